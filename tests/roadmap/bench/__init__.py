"""Tests of roadmap/bench/, one module per source module."""
