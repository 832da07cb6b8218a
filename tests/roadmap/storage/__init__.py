"""Tests of roadmap/storage/, one module per source module."""
