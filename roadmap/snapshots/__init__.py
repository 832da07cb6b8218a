"""Snapshots of the roadmap and what changed since: payloads, comparison, governance trend.

A layer above the analysis (a snapshot keeps the findings as computed when it
was taken) and below the views, the board pack and the command line, which
show a comparison. roadmap.services.snapshots stores the rows; this package
decides what a payload holds and how two states compare.
"""
