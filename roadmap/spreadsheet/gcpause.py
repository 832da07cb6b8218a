"""Pause Python's cyclic garbage collector while a big import builds millions of objects.

Planning and writing a 50,000-row sheet creates a few million small dicts,
tuples and lists, none of them in reference cycles that need the collector.
Each generation-2 collection walks every live object, and a big import
triggers many: about a third of its time. `paused_gc()` turns the collector
off for the duration and back on (if it was on) afterwards; memory is still
freed by reference counting as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the block with the cyclic garbage collector off, restoring its state after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
