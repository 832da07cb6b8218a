"""Crossroads Qt application: windows, views, item models and undo commands.

Calls the domain core in `roadmap/`; the core never calls back into here.
"""
