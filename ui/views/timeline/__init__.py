"""The timeline's parts: scene and items, frozen axis and lanes, drags, legend, timing.

ui/views/timeline/view.py assembles them into the Timeline tab; the
presentation mode reuses the same view with the projector theme.
"""
