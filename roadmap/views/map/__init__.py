"""The dependency map view model.

Layered and clustered layouts shared by the graph view and the PDF.
"""
