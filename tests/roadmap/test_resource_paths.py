"""Bundled files are found however `resources` is packaged: a folder, a namespace, a bundle.

A PyInstaller bundle or a namespace install gives `importlib.resources.files`
a MultiplexedPath, whose joinpath takes one name at a time on Python 3.11.
"""

from __future__ import annotations

from importlib import resources
from importlib.readers import MultiplexedPath
from pathlib import Path

import pytest

from roadmap.boardpack import fonts, styles
from roadmap.samples import bundled

REAL = Path(str(resources.files("resources")))


@pytest.fixture
def multiplexed(monkeypatch: pytest.MonkeyPatch) -> None:
    """`resources.files("resources")` answers a MultiplexedPath, as for a namespace package."""
    real_files = resources.files

    def files(package: str):  # type: ignore[no-untyped-def]
        return MultiplexedPath(str(REAL)) if package == "resources" else real_files(package)

    monkeypatch.setattr(resources, "files", files)


def test_fonts_and_the_sample_are_found_through_a_multiplexed_path(multiplexed: None) -> None:
    assert fonts.shipped_path("DejaVuSans.ttf").is_file()
    assert styles.font_path(next(iter(styles.FONT_FILES))).is_file()
    assert bundled.bundled_sample_path().is_file()
