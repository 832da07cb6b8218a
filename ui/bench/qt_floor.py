"""The cold start's floor: a bare Qt window, what any PySide6 app pays before its own work.

Run by path (`python ui/bench/qt_floor.py`), never as `-m ui.bench...`:
importing the `ui` package would load the core first and the floor would
no longer be bare. It shows a QMainWindow, turns the event loop once (the
first paint), and prints one `BENCH-RESULT {json}` line timed from the
moment the parent launched it, as the other stages do.
"""

import json
import os
import resource
import sys
import time

from PySide6.QtWidgets import QApplication, QMainWindow

LAUNCHED_ENV = "CROSSROADS_BENCH_LAUNCHED"
RESULT_PREFIX = "BENCH-RESULT "


def main() -> None:
    """Show a bare window once and report the seconds since launch."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    app.processEvents()
    seconds = time.time() - float(os.environ[LAUNCHED_ENV])
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(RESULT_PREFIX + json.dumps({"seconds": seconds,
                                      "cpu_seconds": usage.ru_utime + usage.ru_stime,
                                      "peak_mb": usage.ru_maxrss / 1024}), flush=True)


if __name__ == "__main__":
    main()
