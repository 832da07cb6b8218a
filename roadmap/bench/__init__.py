"""The benchmark: stages measured in fresh processes against floors run side by side."""
