"""The editable PowerPoint deck (python-pptx): the board pack's story as native 16:9 slides."""

from .export import DeckInput, DeckResult, export_deck, prepare_deck, write_deck

__all__ = ["DeckInput", "DeckResult", "export_deck", "prepare_deck", "write_deck"]
