"""The dependency graph view: `view.GraphView` and its pieces.

- data: what to draw, read from the roadmap graph and the analysis (no Qt);
- style: pens, brushes and edge styles shared by the items and the legend;
- items: node and edge QGraphicsItems (shapes, level of detail, caching);
- scene: the QGraphicsScene holding them, highlight, filters and focus;
- canvas: the QGraphicsView (zoom, pan, drag-to-connect);
- controls, legend, export: the toolbar, the legend and PNG/SVG export.

The repaint benchmark lives with the others in ui/bench/.
"""
