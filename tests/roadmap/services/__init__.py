"""Tests of roadmap/services/, one module per source module."""
