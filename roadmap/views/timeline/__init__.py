"""The timeline view model: records, lanes, rows, geometry in time units, arrows and events."""
