"""Dialogs of the main window: roadmap properties, auto-schedule, rules, board pack."""
