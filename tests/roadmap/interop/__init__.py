"""Tests of roadmap/interop/, one module per source module."""
