"""Every edit of a roadmap.

The document facade, its row and link services, and the Change undo reverses.
"""
