"""The board pack: the PDF roadmap a board reads without ever seeing the app.

`options` holds what the user chooses (sections, paper, lanes, as-of date,
logo) and loads nothing heavy, so the command line and the app can offer the
choices at start-up; `export.export_board_pack` writes the PDF; `facts`
reads the roadmap into what the pages print; `sections/` holds one module
per section; `renderer` is the page template (header, footer, outline).
"""

from .options import BoardPackOptions, PageSize, Sections

__all__ = ["BoardPackOptions", "PageSize", "Sections"]
