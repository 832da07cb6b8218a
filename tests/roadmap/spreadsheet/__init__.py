"""Tests of roadmap/spreadsheet/, one module per source module."""
