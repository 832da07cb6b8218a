"""The main window's docks: navigator, inspector and findings panel."""
