"""Exchange with the tools a roadmap comes from and goes to.

Small modules with one job each: `values` matches what a sheet writes
("Finance", "Ops", "Finanse") to the roadmap's values; `presets` knows the
columns Jira, MS Project, Aha! and ProductPlan export; `mspdi_read` and
`mspdi_write` read and write MS Project XML; `ical` writes milestones,
contract ends and board dates as an iCalendar file; `safety` refuses a
workbook or XML file that unpacks to far more than a roadmap needs, before
it is parsed. Nothing here imports Qt.
"""
