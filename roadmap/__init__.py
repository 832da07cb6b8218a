"""Crossroads domain core: the roadmap model, its files, analysis and board pack.

Pure Python by design: nothing in this package imports Qt, so every rule,
file operation and report can be tested without a screen.
"""

__version__ = "0.1.0"
