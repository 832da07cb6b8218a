"""Roadmaps made by the program: the bundled sample and generated roadmaps of any size."""
