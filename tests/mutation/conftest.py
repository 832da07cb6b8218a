"""hand_mutants.py is a script run by hand, not a test module: pytest must not collect it."""

collect_ignore = ["hand_mutants.py"]
