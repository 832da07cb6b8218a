"""Tests of roadmap/cli/, one module per source module."""
