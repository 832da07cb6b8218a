"""Tests of roadmap/boardpack/sections/."""
