"""Benchmark stages that need Qt: window ready, timeline and graph repaints."""
