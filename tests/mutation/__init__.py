"""Mutation checks run by hand (not collected by pytest); see hand_mutants.py."""
