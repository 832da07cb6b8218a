"""The timeline view: `view.TimelineView` and its parts (scene, items, axis, lanes, drags, legend).

`view.py` assembles them into the Timeline tab; the
presentation mode reuses the same view with the projector theme.
"""
