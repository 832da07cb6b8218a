"""The pieces of the dependency graph view (ui/views/graph/view.py).

- data: what to draw, read from the roadmap graph and the analysis (no Qt);
- style: pens, brushes and edge styles shared by the items and the legend;
- items: node and edge QGraphicsItems (shapes, level of detail, caching);
- scene: the QGraphicsScene holding them, highlight, filters and focus;
- canvas: the QGraphicsView (zoom, pan, drag-to-connect);
- legend, export, bench: the legend, PNG/SVG export and the repaint benchmark.
"""
