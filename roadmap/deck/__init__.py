"""The editable PowerPoint deck (python-pptx): the board pack's story as native 16:9 slides."""

from .export import DeckResult, export_deck

__all__ = ["DeckResult", "export_deck"]
