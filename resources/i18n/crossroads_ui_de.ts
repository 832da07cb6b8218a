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
</TS>
