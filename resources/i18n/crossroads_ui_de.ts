<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Roadmap</source>
        <translation>&amp;Neue Roadmap</translation>
    </message>
    <message>
        <source>Start a new, empty roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a .roadmap file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open S&amp;hared Roadmap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a team roadmap on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the roadmap under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved changes and reload the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Board Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the board-ready PDF roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PowerPoint Deck…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the board pack as an editable PowerPoint deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View as P&amp;icture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the view on show as a PNG or SVG picture at a chosen size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Crossroads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected items (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy View as &amp;Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the view on show to the clipboard as a picture, ready for a slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the navigator by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-screen workshop mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new person (owner or sponsor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a milestone to the selected initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ependency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected initiative wait for another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, organisation, planning horizon, currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and apply the earliest schedule that satisfies every dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn checks on or off, set thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a named, read-only copy of the roadmap in the file, to compare with later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;napshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or delete the snapshots kept in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline guide: views, findings, board pack, files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action and its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Crossroads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the edit undone last</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisRefresher</name>
    <message>
        <source>The checks could not run: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not run: {result}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The shared roadmap could not be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be opened: it {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Crossroads opened {display_name} instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Keep their change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPackDialog</name>
    <message>
        <source>PDF board pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint deck (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PowerPoint Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Board Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} board pack.{suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file the board pack or deck is written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write with a file chooser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole pack, or only the executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper size and orientation of the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the timeline&apos;s lanes by lead department, theme or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the pack reports as of: what is late, what is next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional PNG or JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image printed on the cover and in the page headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo image with a file chooser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF for the board, or a PowerPoint deck of shapes you can edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot the pack&apos;s &apos;what changed&apos; section compares with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline &amp;lanes by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ogo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the {upper}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} was saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Pre-flight changed:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>board pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint (*.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot today&apos;s roadmap is compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what changed (table and map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the table and the map to the initiatives that changed since the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the snapshot&apos;s dates as ghost bars behind today&apos;s, slips marked in red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change since the snapshot; select one to select its initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a snapshot (Roadmap ▸ Take Snapshot…) to see what changes after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a snapshot to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing once the checks have run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} added, {removed} removed, {slips} slipped, {budget} re-budgeted, {findings_opened} findings opened and {findings_resolved} resolved since {label}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterItem</name>
    <message>
        <source>{count} initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {count} IT alone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the initiative delivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings; IT alone marks work no business department drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments (role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments taking part, and their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accountable owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The executive sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourcing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (highest) to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now, next or later, for undated ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer facing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictPrompt</name>
    <message>
        <source>Apply Mine Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was not applied: someone else changed the same thing since you read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was not applied: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Decision, in one line (Enter records · Esc skips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on: {description}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colour like #4477AA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the department&apos;s colour from a colour chooser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT, digital or infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT departments enable; business departments should lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit areas it drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department drives {lower}: initiatives whose benefit lands there should be led by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes part in {roles} initiatives; leads {leads}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentRolesDelegate</name>
    <message>
        <source>Departments and roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentRolesEditor</name>
    <message>
        <source>Role of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No departments yet: add one with Insert ▸ Department.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DependencyDialog</name>
    <message>
        <source>Add Dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative it waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initiative that must finish before this one starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waits for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the dependency (a cycle is refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot start before the chosen initiative ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an initiative from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DragTip</name>
    <message>
        <source>{start} – {end}  ({weeks:.0f} weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks: starts before “{title}” ends ({end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks: “{title}” starts {start}, before this ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EdgeItem</name>
    <message>
        <source>{head} waits for {tail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Violated&lt;/b&gt;: it starts before the other ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tail} → {head}: {lower}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Delete Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} Vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} Items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionReporter</name>
    <message>
        <source>

Details were written to {log_path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong, but your roadmap is unchanged and still open. Save your work to be safe.

{summary}{where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPictureDialog</name>
    <message>
        <source>PNG image (for slides and documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (scales without blur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View as Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG for slides and documents, SVG for drawings that scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A size for slides or print, or your own in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on screen ({width} × {height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture width in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture height in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file the picture is written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the picture to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file with a file chooser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the picture to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the picture to the clipboard, to paste into slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pixels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{description}, from {MIN_SIDE} to {MAX_SIDE}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{upper} files (*.{kind})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Crossroads roadmaps (*.roadmap);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be opened: it {reason}.

Your current roadmap is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be opened: {user_message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Shared Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user_message}

Your current roadmap is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read, check and export this roadmap, but not change it: {read_only}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Roadmap As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard every change made since {display_name} was last saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to {display_name} before closing it?

Your changes will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossroads closed without saving changes to {name} (last edit {when}).

Recover them? Discard throws them away for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap was not saved: {user_message}

Nothing was lost: it is still open. Try Save As with another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap Already Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already open for editing in {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If both of you edit it, one of you loses work when the other saves. Open it read-only to look, check and export, or edit it anyway if that other window is yours and idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} was changed on disk since you opened it (saved by someone else or another program). Saving now would discard their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mine &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent roadmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>it is open for editing in another Crossroads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Crossroads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingActionDialog</name>
    <message>
        <source>Finding Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person accountable for acting on the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is accountable for acting on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the action a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the action is due; printed in the board pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done about the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the action (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the open findings, the accepted ones, or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the finding as a known risk, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record who acts on the finding, by when, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the accepted finding as open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why This Matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the user guide at this finding: why it matters and how to resolve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the checks found, worst first; double-click a finding to select what it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an open finding to record an action on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: {title}

Why is this an acceptable risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required to accept a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an accepted finding to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open_count} open, {accepted} accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings ({open_count} open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} · {message}
Suggestion: {suggestion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Action: {owner}{due}{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Accepted by {name}: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion: {suggestion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted{by}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsStep</name>
    <message>
        <source>HIGH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin:18px 0 0 0&apos;&gt;&lt;b&gt;Accepted risks&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No findings: every check passes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{text!r} is not an amount (e.g. 250000, 250k, 1.2m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphCanvas</name>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphControls</name>
    <message>
        <source>Layered flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show initiative nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show department nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show owner nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show vendor nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to arrange the nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget dragged positions of this layout (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kinds of node the map shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every department&apos;s initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which departments&apos; initiatives the map shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw ownership and vendor links of every node, not only of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the selection&apos;s neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many links away from the selection focus mode reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus reach in hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name; Enter jumps to the next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the visible graph as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the visible graph as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphData</name>
    <message>
        <source>no dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphLegend</name>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violated: starts too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT ALONE: no business lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: green, amber, red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selection waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What waits for the selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphStyle</name>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B waits for A (A → B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department drives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department takes part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department (often IT) enables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner answers for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executive sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buys from the vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violated dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>No node matches {strip!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is hidden by the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link refused: {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} now waits for {names2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {count} Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the link: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: dependency graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the graph to {written}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Crossroads User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>Slide, full HD (1920 × 1080)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide, HD (1280 × 720)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide, 4K (3840 × 2160)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 landscape at 150 dpi (1754 × 1240)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 landscape at 300 dpi (3508 × 2480)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture&apos;s {name} of {side} px is outside {MIN_SIDE}–{MAX_SIDE} px.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a size: write it as WIDTHxHEIGHT, for example 1920x1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export a picture as {name}: the name must end in .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from Crossroads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start drawing the SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the picture as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {parent} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Spreadsheets and MS Project XML (*.xlsx *.csv *.tsv *.txt *.xml);;Spreadsheets (*.xlsx *.csv *.tsv *.txt);;MS Project XML (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning tool: recognise from the headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning tool: none (read as a sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS Project CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aha! CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProductPlan CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (nothing is imported while any remain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New departments (tick the IT ones):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every value listed as its proposed match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values to confirm (double-click Import as to change one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which field sheet column {header!r} holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: decide per column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: day first (31/12/2027)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: month first (12/31/2027)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles already in the roadmap: update them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles already in the roadmap: refuse them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the sheet as a planning tool&apos;s CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{choices} value(s) in the sheet are not exactly the roadmap&apos;s; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waiting} need a choice before the import. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every department, benefit area, status, owner and vendor matches exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {value} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: an IT department (IT, digital, infrastructure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {value} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {label} ({items}): {names}{more}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new owners or vendors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{describe}: {rows} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to add {to_add} and update {to_update} initiatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ {count} problem in {rows} rows: fix the sheet or the column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ {count} problems in {rows} rows: fix the sheet or the column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSheet</name>
    <message>
        <source>Import Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import initiatives from a CSV or Excel sheet or an MS Project XML file, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the initiatives to an Excel or CSV sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} initiatives to {target}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeForm</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the timeline, the map and the board pack show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the initiative delivers and why, in a few sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strategic theme it belongs to; the timeline can group lanes by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands: idea, planned, in progress, done or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green on track, amber at risk, red in trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is the highest priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accountable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person accountable for the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ponsor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The executive sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and their roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the work; empty while it is not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the work is done; on or after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now, next or later: for ideas not yet scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initiative&apos;s milestones: a name and a date inside its start and end; F2 edits a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a milestone to this initiative (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected milestone (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benefit area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the benefit lands: decides which department should lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success &amp;measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How success is measured: revenue, cost, satisfaction, not traffic alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of figure the success measure is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer facing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers see or use the result directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer gets from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journey stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step of the customer journey it improves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget in the roadmap&apos;s currency, e.g. 250k or 1.2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourcing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build in-house, buy, or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of capability it delivers (building a commodity is CR106)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendors used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the vendors this initiative relies on; their contract ends are checked against its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendors used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initiatives that must finish before this one starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an initiative this one waits for (a cycle is refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected dependency (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on (must end before this starts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings about this initiative; Why this matters opens the guide at the finding&apos;s explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: nothing to fix here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a milestone to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dependency to remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeTable</name>
    <message>
        <source>Filter initiatives by title, theme, owner, department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the initiatives whose title, theme, owner or department contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} initiatives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeTableModel</name>
    <message>
        <source>⚠ IT alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT alone: no business department leads or contributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an initiative, department, owner or vendor to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every selected row with its links (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parsed} items selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneColumn</name>
    <message>
        <source>Vendor contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} initiatives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanePager</name>
    <message>
        <source>lane {first} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lanes {first}–{last} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the {lower} view (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the {lower} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one initiative to add a milestone to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one initiative first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view cannot be exported as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the view to {written}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view cannot be copied as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the view as a {width} × {height} picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Crossroads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crossroads {version}&lt;/h3&gt;&lt;p&gt;Plan e-commerce initiatives as a dependency graph of initiatives, departments, owners and vendors; see which initiatives IT owns alone; export a board-ready PDF roadmap.&lt;/p&gt;&lt;p&gt;Departments drive, IT enables.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read, check and export this roadmap, but not change it: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open_findings} open findings ({high} high) · {alone} IT alone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}: the accountable owner belongs to this department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}: the sponsor belongs to this department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}  ⚠ IT alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}
IT alone: no business department leads or contributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} (via {via})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stated: {role})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixStep</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrib.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  · IT ALONE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Each initiative&apos;s role for each department: lead, co-owner, contributor or informed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyDelegate</name>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>no budget (e.g. 250k, 1.2m)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorDock</name>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments, owners, vendors and initiatives; select one to inspect it, double-click to open it in the Inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  ⚠ IT alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}
IT alone: no business department leads or contributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>&lt;b&gt;IT ALONE&lt;/b&gt;: no business department leads or contributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT ALONE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerDelegate</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title, e.g. Head of Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department the person works in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountable for {owns} initiatives; sponsors {sponsors}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRowsModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ {count} problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ {count} problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, views, the board pack and the deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Crossroads next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast (black on white, strong outlines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black text on white, strong focus and selection outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who drives each initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings and recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgDn/PgUp step · Ctrl+Z undo · Ctrl+Backspace revert all · Esc leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} – Crossroads presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted {count} change made in this presentation · Ctrl+Shift+Backspace brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted {count} changes made in this presentation · Ctrl+Shift+Backspace brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to revert: the roadmap is as it was when the presentation began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back every change of this presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone now outside the initiative&apos;s dates: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones now outside the initiative&apos;s dates: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule “{title}” to {start:%d %b %Y} – {end:%d %b %Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was not recorded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not run: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} violated dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} violated dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} open high finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} open high findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap&apos;s name, on the window title and the board pack&apos;s cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company the roadmap is for, on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who prepared the roadmap, on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap&apos;s version, e.g. 2027.1, on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidentiality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A marking printed on every page, e.g. Board confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three-letter currency code budgets are in, e.g. EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day the timeline and the board pack show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon &amp;starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day the timeline and the board pack show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon &amp;ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = January: fiscal quarters count from this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts (month):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the properties (one undoable edit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteWatcher</name>
    <message>
        <source>The server stopped sending changes: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rule Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the rule settings (one undoable edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Rule Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedMappingBar</name>
    <message>
        <source>Saved mapping: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column and value mappings saved by name, in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the column and value mappings and the date order under a name, to reuse on the next import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mapping: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged mapping file (see its tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for these column and value mappings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Auto-schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every dependency is already satisfied: nothing moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{moves} initiatives move later so that each starts after what it depends on ends. Durations stay the same; you can undo this in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each initiative the schedule would move: its new start and end, and by how many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shift} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the initiatives as shown (one undoable edit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScrollPager</name>
    <message>
        <source>{noun} {first}–{last} of {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {value} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedRoadmap</name>
    <message>
        <source>Open Shared Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the roadmap&apos;s database (postgresql://user@host/database;
add ?sslmode=verify-full for TLS; passwords come from ~/.pgpass or the keyring):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter actions or keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command of the window and its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshots kept in this file, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name for the selected snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected snapshot the new name (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected snapshot after asking (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed since the selected snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  —  taken {taken_at:%d %b %Y %H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the snapshot “{name}”? Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>initiatives on the roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the budget led by business departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initiatives IT runs alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initiatives waiting on IT-alone work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open high-severity findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{violated} dependencies violated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counting {cancelled} cancelled · {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT alone: {it_alone_share:.0f} % of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no business department leads or contributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move without IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium {medium} · low {low} · accepted {accepted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments with no initiative: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey stages with no investment: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Every initiative, one row each; F2 edits a cell, a header sorts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeSnapshotDialog</name>
    <message>
        <source>Take Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name to find the snapshot by, e.g. Board, March 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of the roadmap as it is now, in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only copy of the whole roadmap and its findings, kept in the file, to compare with later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>IT ALONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>All symbols…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what every colour, pattern and mark means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violated dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor contract ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection waits for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <source>unsorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled ({bucket})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status} · Health: {health}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT alone: no business department leads or contributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Group the swimlanes by lead department, theme or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share a row between initiatives that do not overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole roadmap (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueMappingModel</name>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to choose what this value is imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows {rows}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorEventItem</name>
    <message>
        <source>{name}: contract ends {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorForm</name>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the vendor supplies: platform, payments, logistics, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract &amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives using this vendor should end before its contract does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth knowing about the vendor or its contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by {titles} initiatives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewHost</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} view could not be shown:
{error}

The rest of the app works; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership Matrix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Close without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopLayout</name>
    <message>
        <source>&amp;Pin Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Inspector open when nothing is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide every panel and enlarge the type for a projector (Ctrl+Shift+F11 again brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
