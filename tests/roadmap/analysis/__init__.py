"""Tests of roadmap/analysis/, one module per source module."""
