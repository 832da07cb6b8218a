"""View models.

Each view (timeline, dependency map, ownership matrix) computed once, rendered
by the app, the presentation and the PDF.
"""
