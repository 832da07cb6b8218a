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
        <translation>Eine neue, leere Roadmap beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a .roadmap file</source>
        <translation>Eine .roadmap-Datei öffnen</translation>
    </message>
    <message>
        <source>Open S&amp;hared Roadmap…</source>
        <translation>&amp;Geteilte Roadmap öffnen…</translation>
    </message>
    <message>
        <source>Open a team roadmap on a PostgreSQL server</source>
        <translation>Eine Team-Roadmap auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the roadmap</source>
        <translation>Die Roadmap speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the roadmap under a new name</source>
        <translation>Die Roadmap unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation>Gespeicherte Fassung wiede&amp;rherstellen</translation>
    </message>
    <message>
        <source>Discard unsaved changes and reload the file</source>
        <translation>Nicht gespeicherte Änderungen verwerfen und die Datei neu laden</translation>
    </message>
    <message>
        <source>Export &amp;Board Pack…</source>
        <translation>&amp;Vorstandsunterlage exportieren…</translation>
    </message>
    <message>
        <source>Write the board-ready PDF roadmap</source>
        <translation>Die vorstandsreife Roadmap als PDF schreiben</translation>
    </message>
    <message>
        <source>Export &amp;PowerPoint Deck…</source>
        <translation>&amp;PowerPoint-Präsentation exportieren…</translation>
    </message>
    <message>
        <source>Write the board pack as an editable PowerPoint deck</source>
        <translation>Die Vorstandsunterlage als bearbeitbare PowerPoint-Präsentation schreiben</translation>
    </message>
    <message>
        <source>Export View as P&amp;icture…</source>
        <translation>Ansicht als &amp;Bild exportieren…</translation>
    </message>
    <message>
        <source>Write the view on show as a PNG or SVG picture at a chosen size</source>
        <translation>Die angezeigte Ansicht als PNG- oder SVG-Bild in wählbarer Größe schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>Quit Crossroads</source>
        <translation>Crossroads beenden</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected items (undoable)</source>
        <translation>Die ausgewählten Elemente löschen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Copy View as &amp;Picture</source>
        <translation>Ansicht als &amp;Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the view on show to the clipboard as a picture, ready for a slide</source>
        <translation>Die angezeigte Ansicht als Bild in die Zwischenablage kopieren, bereit für eine Folie</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Filter the navigator by name</source>
        <translation>Den Navigator nach Namen filtern</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language and high contrast, for this user</source>
        <translation>Sprache und hoher Kontrast, für diese Person</translation>
    </message>
    <message>
        <source>Next View</source>
        <translation>Nächste Ansicht</translation>
    </message>
    <message>
        <source>Show the next view</source>
        <translation>Die nächste Ansicht zeigen</translation>
    </message>
    <message>
        <source>Previous View</source>
        <translation>Vorherige Ansicht</translation>
    </message>
    <message>
        <source>Show the previous view</source>
        <translation>Die vorherige Ansicht zeigen</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>Den Tastaturfokus in den nächsten Bereich setzen</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full-screen workshop mode</source>
        <translation>Workshop-Modus im Vollbild</translation>
    </message>
    <message>
        <source>&amp;Initiative</source>
        <translation>&amp;Initiative</translation>
    </message>
    <message>
        <source>Add a new initiative</source>
        <translation>Eine neue Initiative hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Abteilung</translation>
    </message>
    <message>
        <source>Add a new department</source>
        <translation>Eine neue Abteilung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortliche(r)</translation>
    </message>
    <message>
        <source>Add a new person (owner or sponsor)</source>
        <translation>Eine neue Person hinzufügen (Verantwortliche(r) oder Sponsor)</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>A&amp;nbieter</translation>
    </message>
    <message>
        <source>Add a new vendor</source>
        <translation>Einen neuen Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation>&amp;Meilenstein</translation>
    </message>
    <message>
        <source>Add a milestone to the selected initiative</source>
        <translation>Der ausgewählten Initiative einen Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;ependency…</source>
        <translation>Abhängig&amp;keit…</translation>
    </message>
    <message>
        <source>Make the selected initiative wait for another</source>
        <translation>Die ausgewählte Initiative auf eine andere warten lassen</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>Title, organisation, planning horizon, currency</source>
        <translation>Titel, Organisation, Planungshorizont, Währung</translation>
    </message>
    <message>
        <source>&amp;Auto-schedule…</source>
        <translation>&amp;Automatisch planen…</translation>
    </message>
    <message>
        <source>Preview and apply the earliest schedule that satisfies every dependency</source>
        <translation>Den frühesten Zeitplan, der jede Abhängigkeit erfüllt, ansehen und übernehmen</translation>
    </message>
    <message>
        <source>&amp;Rule Settings…</source>
        <translation>&amp;Regeleinstellungen…</translation>
    </message>
    <message>
        <source>Turn checks on or off, set thresholds</source>
        <translation>Prüfungen ein- oder ausschalten, Schwellenwerte festlegen</translation>
    </message>
    <message>
        <source>Take &amp;Snapshot…</source>
        <translation>&amp;Momentaufnahme erstellen…</translation>
    </message>
    <message>
        <source>Keep a named, read-only copy of the roadmap in the file, to compare with later</source>
        <translation>Eine benannte, schreibgeschützte Kopie der Roadmap in der Datei aufbewahren, um später zu vergleichen</translation>
    </message>
    <message>
        <source>S&amp;napshots…</source>
        <translation>Momentaufnahme&amp;n…</translation>
    </message>
    <message>
        <source>Rename or delete the snapshots kept in the file</source>
        <translation>Die in der Datei aufbewahrten Momentaufnahmen umbenennen oder löschen</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The offline guide: views, findings, board pack, files</source>
        <translation>Das Offline-Handbuch: Ansichten, Befunde, Vorstandsunterlage, Dateien</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action and its keys</source>
        <translation>Jede Aktion und ihre Tasten</translation>
    </message>
    <message>
        <source>&amp;About Crossroads</source>
        <translation>&amp;Über Crossroads</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Die letzte Bearbeitung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the edit undone last</source>
        <translation>Die zuletzt rückgängig gemachte Bearbeitung wiederholen</translation>
    </message>
</context>
<context>
    <name>AnalysisRefresher</name>
    <message>
        <source>The checks could not run: {error}</source>
        <translation>Die Prüfungen konnten nicht laufen: {error}</translation>
    </message>
    <message>
        <source>The checks could not run: {result}</source>
        <translation>Die Prüfungen konnten nicht laufen: {result}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>--size {text!r} is not WIDTHxHEIGHT, e.g. 1600x1000</source>
        <translation>--size {text!r} ist nicht BREITExHÖHE, z. B. 1600x1000</translation>
    </message>
    <message>
        <source>--size {text} is out of range (320x240 to 8000x8000)</source>
        <translation>--size {text} liegt außerhalb des Bereichs (320x240 bis 8000x8000)</translation>
    </message>
    <message>
        <source>The shared roadmap could not be opened: {error}</source>
        <translation>Die geteilte Roadmap konnte nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>{name} could not be opened: it {reason}.</source>
        <translation>{name} konnte nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <source>--screenshot and --picture cannot be combined: choose one</source>
        <translation>--screenshot und --picture lassen sich nicht kombinieren: Wählen Sie eines</translation>
    </message>
    <message>
        <source>--language {asked!r} is not one of: </source>
        <translation>--language {asked!r} ist keine von: </translation>
    </message>
    <message>
        <source>--view {view!r} is not a view; use one of {names}</source>
        <translation>--view {view!r} ist keine Ansicht; verwenden Sie eine von {names}</translation>
    </message>
    <message>
        <source>--present needs --screenshot PNG (F5 presents in the app)</source>
        <translation>--present braucht --screenshot PNG (F5 präsentiert in der Anwendung)</translation>
    </message>
    <message>
        <source>Cannot Open Roadmap</source>
        <translation>Roadmap kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>

Crossroads opened {display_name} instead.</source>
        <translation>

Crossroads hat stattdessen {display_name} geöffnet.</translation>
    </message>
    <message>
        <source>could not write the screenshot to {path}</source>
        <translation>der Screenshot konnte nicht nach {path} geschrieben werden</translation>
    </message>
    <message>
        <source>Wrote {path} ({width}x{height}): presentation page {page}</source>
        <translation>{path} geschrieben ({width}x{height}): Präsentationsseite {page}</translation>
    </message>
    <message>
        <source>the {name} view cannot be drawn as a picture; use --view timeline, graph, table or matrix</source>
        <translation>die Ansicht {name} kann nicht als Bild gezeichnet werden; verwenden Sie --view timeline, graph, table oder matrix</translation>
    </message>
    <message>
        <source>Wrote {written} ({width}x{height}): the {name} view</source>
        <translation>{written} geschrieben ({width}x{height}): die Ansicht {name}</translation>
    </message>
    <message>
        <source>Wrote {path} ({width}x{height}); window ready in {ready:.2f} s</source>
        <translation>{path} geschrieben ({width}x{height}); Fenster bereit nach {ready:.2f} s</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Keep their change</source>
        <translation>Ihre Änderung behalten</translation>
    </message>
</context>
<context>
    <name>BoardPackDialog</name>
    <message>
        <source>PDF board pack</source>
        <translation>Vorstandsunterlage als PDF</translation>
    </message>
    <message>
        <source>PowerPoint deck (editable)</source>
        <translation>PowerPoint-Präsentation (bearbeitbar)</translation>
    </message>
    <message>
        <source>Export PowerPoint Deck</source>
        <translation>PowerPoint-Präsentation exportieren</translation>
    </message>
    <message>
        <source>Export Board Pack</source>
        <translation>Vorstandsunterlage exportieren</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>{name} board pack.{suffix}</source>
        <translation>{name} Vorstandsunterlage.{suffix}</translation>
    </message>
    <message>
        <source>The file the board pack or deck is written to</source>
        <translation>Die Datei, in die Vorstandsunterlage oder Präsentation geschrieben wird</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Speicherort wählen</translation>
    </message>
    <message>
        <source>Choose the file to write with a file chooser</source>
        <translation>Die zu schreibende Datei in einem Dateidialog wählen</translation>
    </message>
    <message>
        <source>The whole pack, or only the executive summary</source>
        <translation>Die ganze Unterlage oder nur die Zusammenfassung für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>The paper size and orientation of the PDF</source>
        <translation>Papierformat und Ausrichtung des PDF</translation>
    </message>
    <message>
        <source>Group the timeline&apos;s lanes by lead department, theme or status</source>
        <translation>Die Bahnen des Zeitplans nach federführender Abteilung, Thema oder Status gruppieren</translation>
    </message>
    <message>
        <source>The date the pack reports as of: what is late, what is next</source>
        <translation>Der Stichtag der Unterlage: was verspätet ist, was als Nächstes kommt</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>optional PNG or JPEG</source>
        <translation>optional PNG oder JPEG</translation>
    </message>
    <message>
        <source>An image printed on the cover and in the page headers</source>
        <translation>Ein Bild auf dem Deckblatt und in den Seitenköpfen</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Ein Logo wählen</translation>
    </message>
    <message>
        <source>Choose the logo image with a file chooser</source>
        <translation>Das Logo in einem Dateidialog wählen</translation>
    </message>
    <message>
        <source>A PDF for the board, or a PowerPoint deck of shapes you can edit</source>
        <translation>Ein PDF für den Vorstand oder eine PowerPoint-Präsentation aus bearbeitbaren Formen</translation>
    </message>
    <message>
        <source>The snapshot the pack&apos;s &apos;what changed&apos; section compares with</source>
        <translation>Die Momentaufnahme, mit der der Abschnitt „Was sich geändert hat“ vergleicht</translation>
    </message>
    <message>
        <source>The latest snapshot</source>
        <translation>Die neueste Momentaufnahme</translation>
    </message>
    <message>
        <source>No snapshot yet</source>
        <translation>Noch keine Momentaufnahme</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>S&amp;ections:</source>
        <translation>&amp;Abschnitte:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Timeline &amp;lanes by:</source>
        <translation>&amp;Bahnen im Zeitplan nach:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>S&amp;tichtag:</translation>
    </message>
    <message>
        <source>L&amp;ogo:</source>
        <translation>L&amp;ogo:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>Die Datei schreiben</translation>
    </message>
    <message>
        <source>Choose where to save the {upper}.</source>
        <translation>Wählen Sie, wo die {upper}-Datei gespeichert wird.</translation>
    </message>
    <message>
        <source>Exporting {what}</source>
        <translation>Export: {what}</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The {what} was saved to {path}.</source>
        <translation>{what} wurde unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>

Pre-flight changed:
</source>
        <translation>

Vorabprüfung hat geändert:
</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>deck</source>
        <translation>Die Präsentation</translation>
    </message>
    <message>
        <source>board pack</source>
        <translation>Die Vorstandsunterlage</translation>
    </message>
    <message>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Compare with snapshot</source>
        <translation>Mit Momentaufnahme vergleichen</translation>
    </message>
    <message>
        <source>The snapshot today&apos;s roadmap is compared with</source>
        <translation>Die Momentaufnahme, mit der die heutige Roadmap verglichen wird</translation>
    </message>
    <message>
        <source>Only what changed (table and map)</source>
        <translation>Nur Geändertes (Tabelle und Karte)</translation>
    </message>
    <message>
        <source>Filter the table and the map to the initiatives that changed since the snapshot</source>
        <translation>Tabelle und Karte auf die Initiativen filtern, die sich seit der Momentaufnahme geändert haben</translation>
    </message>
    <message>
        <source>Baseline on the timeline</source>
        <translation>Basisplan im Zeitplan</translation>
    </message>
    <message>
        <source>Show the snapshot&apos;s dates as ghost bars behind today&apos;s, slips marked in red</source>
        <translation>Die Termine der Momentaufnahme als blasse Balken hinter den heutigen zeigen, Verzüge rot markiert</translation>
    </message>
    <message>
        <source>Changes since the snapshot</source>
        <translation>Änderungen seit der Momentaufnahme</translation>
    </message>
    <message>
        <source>Each change since the snapshot; select one to select its initiative</source>
        <translation>Jede Änderung seit der Momentaufnahme; eine Auswahl wählt ihre Initiative aus</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Seit:</translation>
    </message>
    <message>
        <source>No snapshot</source>
        <translation>Keine Momentaufnahme</translation>
    </message>
    <message>
        <source>Take a snapshot (Roadmap ▸ Take Snapshot…) to see what changes after it.</source>
        <translation>Erstellen Sie eine Momentaufnahme (Roadmap ▸ Momentaufnahme erstellen…), um zu sehen, was sich danach ändert.</translation>
    </message>
    <message>
        <source>Choose a snapshot to compare with.</source>
        <translation>Wählen Sie eine Momentaufnahme zum Vergleich.</translation>
    </message>
    <message>
        <source>Comparing once the checks have run…</source>
        <translation>Der Vergleich folgt, sobald die Prüfungen gelaufen sind…</translation>
    </message>
    <message>
        <source>Nothing changed since {label}.</source>
        <translation>Seit {label} hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>{added} added, {removed} removed, {slips} slipped, {budget} re-budgeted, {findings_opened} findings opened and {findings_resolved} resolved since {label}.</source>
        <translation>Seit {label}: {added} hinzugefügt, {removed} entfernt, {slips} verschoben, {budget} neu budgetiert, {findings_opened} Befunde neu und {findings_resolved} erledigt.</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
</context>
<context>
    <name>ClusterItem</name>
    <message>
        <source>{count} initiative</source>
        <translation>{count} Initiative</translation>
    </message>
    <message>
        <source>{count} initiatives</source>
        <translation>{count} Initiativen</translation>
    </message>
    <message>
        <source> · {count} IT alone</source>
        <translation> · {count} nur IT</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>What the initiative delivers</source>
        <translation>Was die Initiative liefert</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Open findings; IT alone marks work no business department drives</source>
        <translation>Offene Befunde; „nur IT“ markiert Arbeit, die keine Fachabteilung vorantreibt</translation>
    </message>
    <message>
        <source>Departments (role)</source>
        <translation>Abteilungen (Rolle)</translation>
    </message>
    <message>
        <source>Departments taking part, and their role</source>
        <translation>Beteiligte Abteilungen und ihre Rolle</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>The accountable owner</source>
        <translation>Die verantwortliche Person</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>The executive sponsor</source>
        <translation>Der Sponsor aus der Geschäftsleitung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Sourcing</source>
        <translation>Beschaffung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>1 (highest) to 5</source>
        <translation>1 (höchste) bis 5</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Journey-Phase</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <source>Now, next or later, for undated ideas</source>
        <translation>Jetzt, als Nächstes oder später, für Ideen ohne Termin</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Customer facing</source>
        <translation>Kundensichtbar</translation>
    </message>
</context>
<context>
    <name>ConflictPrompt</name>
    <message>
        <source>Apply Mine Again</source>
        <translation>Meine erneut anwenden</translation>
    </message>
    <message>
        <source>Undo Anyway</source>
        <translation>Trotzdem rückgängig machen</translation>
    </message>
    <message>
        <source>Redo Anyway</source>
        <translation>Trotzdem wiederholen</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Ihre Bearbeitung</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>{what} was not applied: someone else changed the same thing since you read it.</source>
        <translation>{what} wurde nicht angewendet: Jemand anderes hat dasselbe geändert, seit Sie es gelesen haben.</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Deren Stand behalten</translation>
    </message>
    <message>
        <source>Not Applied</source>
        <translation>Nicht angewendet</translation>
    </message>
    <message>
        <source>{what} was not applied: {error}</source>
        <translation>{what} wurde nicht angewendet: {error}</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Decision, in one line (Enter records · Esc skips)</source>
        <translation>Entscheidung in einer Zeile (Eingabe hält fest · Esc überspringt)</translation>
    </message>
    <message>
        <source>Decision on: {description}</source>
        <translation>Entscheidung zu: {description}</translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The department&apos;s name</source>
        <translation>Der Name der Abteilung</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>A colour like #4477AA</source>
        <translation>Eine Farbe wie #4477AA</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>Pick the department&apos;s colour from a colour chooser</source>
        <translation>Die Farbe der Abteilung in einem Farbdialog wählen</translation>
    </message>
    <message>
        <source>IT:</source>
        <translation>IT:</translation>
    </message>
    <message>
        <source>IT, digital or infrastructure</source>
        <translation>IT, Digital oder Infrastruktur</translation>
    </message>
    <message>
        <source>IT departments enable; business departments should lead</source>
        <translation>IT-Abteilungen ermöglichen; Fachabteilungen sollten führen</translation>
    </message>
    <message>
        <source>Benefit areas it drives</source>
        <translation>Nutzenbereiche, die sie vorantreibt</translation>
    </message>
    <message>
        <source>The department drives {lower}: initiatives whose benefit lands there should be led by it</source>
        <translation>Die Abteilung treibt {area} voran: Initiativen mit Nutzen in diesem Bereich sollte sie führen</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Beteiligung</translation>
    </message>
    <message>
        <source>Takes part in {roles} initiatives; leads {leads}.</source>
        <translation>Beteiligt an {roles} Initiativen; führt {leads}.</translation>
    </message>
    <message>
        <source>Department Colour</source>
        <translation>Abteilungsfarbe</translation>
    </message>
</context>
<context>
    <name>DepartmentRolesDelegate</name>
    <message>
        <source>Departments and roles</source>
        <translation>Abteilungen und Rollen</translation>
    </message>
</context>
<context>
    <name>DepartmentRolesEditor</name>
    <message>
        <source>Role of {name}</source>
        <translation>Rolle von {name}</translation>
    </message>
    <message>
        <source>No departments yet: add one with Insert ▸ Department.</source>
        <translation>Noch keine Abteilungen: Fügen Sie eine mit Einfügen ▸ Abteilung hinzu.</translation>
    </message>
</context>
<context>
    <name>DependencyDialog</name>
    <message>
        <source>Add Dependency</source>
        <translation>Abhängigkeit hinzufügen</translation>
    </message>
    <message>
        <source>Initiative it waits for</source>
        <translation>Initiative, auf die sie wartet</translation>
    </message>
    <message>
        <source>The initiative that must finish before this one starts</source>
        <translation>Die Initiative, die enden muss, bevor diese beginnt</translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation>Initiative:</translation>
    </message>
    <message>
        <source>&amp;Waits for:</source>
        <translation>&amp;Wartet auf:</translation>
    </message>
    <message>
        <source>Add the dependency (a cycle is refused)</source>
        <translation>Die Abhängigkeit hinzufügen (ein Zyklus wird abgelehnt)</translation>
    </message>
    <message>
        <source>It cannot start before the chosen initiative ends.</source>
        <translation>Sie kann nicht beginnen, bevor die gewählte Initiative endet.</translation>
    </message>
    <message>
        <source>Choose an initiative from the list.</source>
        <translation>Wählen Sie eine Initiative aus der Liste.</translation>
    </message>
</context>
<context>
    <name>DesktopInstall</name>
    <message>
        <source>{tool} not found: skipped {task}</source>
        <translation>{tool} nicht gefunden: {task} übersprungen</translation>
    </message>
    <message>
        <source>{tool} could not run: {error}</source>
        <translation>{tool} konnte nicht laufen: {error}</translation>
    </message>
    <message>
        <source>{tool} failed ({reason})</source>
        <translation>{tool} fehlgeschlagen ({reason})</translation>
    </message>
    <message>
        <source>exit status {status}</source>
        <translation>Exit-Status {status}</translation>
    </message>
    <message>
        <source>the file type database is up to date</source>
        <translation>die Dateityp-Datenbank ist aktuell</translation>
    </message>
    <message>
        <source>updating the file type database</source>
        <translation>Aktualisieren der Dateityp-Datenbank</translation>
    </message>
    <message>
        <source>the application menu is up to date</source>
        <translation>das Anwendungsmenü ist aktuell</translation>
    </message>
    <message>
        <source>updating the application menu</source>
        <translation>Aktualisieren des Anwendungsmenüs</translation>
    </message>
    <message>
        <source>Installed the desktop entry {entry}</source>
        <translation>Desktop-Eintrag {entry} installiert</translation>
    </message>
    <message>
        <source>Installed the file type {mime_type} (*.roadmap) in {mime}</source>
        <translation>Dateityp {mime_type} (*.roadmap) in {mime} installiert</translation>
    </message>
    <message>
        <source>Installed the icon at {count} sizes and as SVG under {folder}</source>
        <translation>Symbol in {count} Größen und als SVG unter {folder} installiert</translation>
    </message>
    <message>
        <source>Crossroads opens .roadmap files</source>
        <translation>Crossroads öffnet .roadmap-Dateien</translation>
    </message>
    <message>
        <source>making Crossroads the default for .roadmap files</source>
        <translation>Crossroads als Standard für .roadmap-Dateien festlegen</translation>
    </message>
    <message>
        <source>Removed {count} file(s) of the desktop integration from {home}</source>
        <translation>{count} Datei(en) der Desktop-Integration aus {home} entfernt</translation>
    </message>
    <message>
        <source>Nothing of Crossroads was registered under {home}</source>
        <translation>Unter {home} war nichts von Crossroads registriert</translation>
    </message>
</context>
<context>
    <name>DragTip</name>
    <message>
        <source>{start} – {end}  ({weeks:.0f} weeks)</source>
        <translation>{start} – {end}  ({weeks:.0f} Wochen)</translation>
    </message>
    <message>
        <source>Breaks: starts before “{title}” ends ({end})</source>
        <translation>Verletzt: beginnt, bevor „{title}“ endet ({end})</translation>
    </message>
    <message>
        <source>Breaks: “{title}” starts {start}, before this ends</source>
        <translation>Verletzt: „{title}“ beginnt am {start}, bevor diese endet</translation>
    </message>
</context>
<context>
    <name>EdgeItem</name>
    <message>
        <source>{head} waits for {tail}</source>
        <translation>{head} wartet auf {tail}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Violated&lt;/b&gt;: it starts before the other ends</source>
        <translation>&lt;br&gt;&lt;b&gt;Verletzt&lt;/b&gt;: sie beginnt, bevor die andere endet</translation>
    </message>
    <message>
        <source>{tail} → {head}: {lower}</source>
        <translation>{tail} → {head}: {kind}</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Delete Initiative</source>
        <translation>Initiative löschen</translation>
    </message>
    <message>
        <source>Delete Department</source>
        <translation>Abteilung löschen</translation>
    </message>
    <message>
        <source>Delete Owner</source>
        <translation>Verantwortliche(n) löschen</translation>
    </message>
    <message>
        <source>Delete Vendor</source>
        <translation>Anbieter löschen</translation>
    </message>
    <message>
        <source>Delete Milestone</source>
        <translation>Meilenstein löschen</translation>
    </message>
    <message>
        <source>Delete {count} Initiatives</source>
        <translation>{count} Initiativen löschen</translation>
    </message>
    <message>
        <source>Delete {count} Departments</source>
        <translation>{count} Abteilungen löschen</translation>
    </message>
    <message>
        <source>Delete {count} Owners</source>
        <translation>{count} Verantwortliche löschen</translation>
    </message>
    <message>
        <source>Delete {count} Vendors</source>
        <translation>{count} Anbieter löschen</translation>
    </message>
    <message>
        <source>Delete {count} Milestones</source>
        <translation>{count} Meilensteine löschen</translation>
    </message>
    <message>
        <source>Change Departments</source>
        <translation>Abteilungen ändern</translation>
    </message>
    <message>
        <source>Change Vendors</source>
        <translation>Anbieter ändern</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Neue Initiative</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete {count} Items</source>
        <translation>{count} Elemente löschen</translation>
    </message>
</context>
<context>
    <name>ExceptionReporter</name>
    <message>
        <source>

Details were written to {log_path}.</source>
        <translation>

Einzelheiten stehen in {log_path}.</translation>
    </message>
    <message>
        <source>Unexpected Error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong, but your roadmap is unchanged and still open. Save your work to be safe.

{summary}{where}</source>
        <translation>Etwas ist schiefgegangen, aber Ihre Roadmap ist unverändert und noch geöffnet. Speichern Sie sicherheitshalber Ihre Arbeit.

{summary}{where}</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ExportPictureDialog</name>
    <message>
        <source>PNG image (for slides and documents)</source>
        <translation>PNG-Bild (für Folien und Dokumente)</translation>
    </message>
    <message>
        <source>SVG drawing (scales without blur)</source>
        <translation>SVG-Zeichnung (skaliert ohne Unschärfe)</translation>
    </message>
    <message>
        <source>Export View as Picture</source>
        <translation>Ansicht als Bild exportieren</translation>
    </message>
    <message>
        <source>PNG for slides and documents, SVG for drawings that scale</source>
        <translation>PNG für Folien und Dokumente, SVG für skalierbare Zeichnungen</translation>
    </message>
    <message>
        <source>Picture format</source>
        <translation>Bildformat</translation>
    </message>
    <message>
        <source>A size for slides or print, or your own in pixels</source>
        <translation>Eine Größe für Folien oder Druck oder eine eigene in Pixeln</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>As on screen ({width} × {height})</source>
        <translation>Wie auf dem Bildschirm ({width} × {height})</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Eigene Größe</translation>
    </message>
    <message>
        <source>Picture width in pixels</source>
        <translation>Bildbreite in Pixeln</translation>
    </message>
    <message>
        <source>Picture height in pixels</source>
        <translation>Bildhöhe in Pixeln</translation>
    </message>
    <message>
        <source>The file the picture is written to</source>
        <translation>Die Datei, in die das Bild geschrieben wird</translation>
    </message>
    <message>
        <source>Save the picture to</source>
        <translation>Das Bild speichern unter</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file with a file chooser</source>
        <translation>Die Datei in einem Dateidialog wählen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Write the picture to the file</source>
        <translation>Das Bild in die Datei schreiben</translation>
    </message>
    <message>
        <source>Copy the picture to the clipboard, to paste into slides</source>
        <translation>Das Bild in die Zwischenablage kopieren, um es in Folien einzufügen</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Schließen, ohne zu exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Pixels:</source>
        <translation>&amp;Pixel:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Choose where to save the picture.</source>
        <translation>Wählen Sie, wo das Bild gespeichert wird.</translation>
    </message>
    <message>
        <source>{description}, from {MIN_SIDE} to {MAX_SIDE}</source>
        <translation>{description}, von {MIN_SIDE} bis {MAX_SIDE}</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>{upper} files (*.{kind})</source>
        <translation>{upper}-Dateien (*.{kind})</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Crossroads roadmaps (*.roadmap);;All files (*)</source>
        <translation>Crossroads-Roadmaps (*.roadmap);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>New Roadmap</source>
        <translation>Neue Roadmap</translation>
    </message>
    <message>
        <source>Open Roadmap</source>
        <translation>Roadmap öffnen</translation>
    </message>
    <message>
        <source>Cannot Open Roadmap</source>
        <translation>Roadmap kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{name} could not be opened: it {reason}.

Your current roadmap is still open.</source>
        <translation>{name} konnte nicht geöffnet werden: {reason}.

Ihre aktuelle Roadmap ist weiterhin geöffnet.</translation>
    </message>
    <message>
        <source>{name} could not be opened: {user_message}</source>
        <translation>{name} konnte nicht geöffnet werden: {user_message}</translation>
    </message>
    <message>
        <source>Cannot Open Shared Roadmap</source>
        <translation>Geteilte Roadmap kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{user_message}

Your current roadmap is still open.</source>
        <translation>{user_message}

Ihre aktuelle Roadmap ist weiterhin geöffnet.</translation>
    </message>
    <message>
        <source>Read-only Roadmap</source>
        <translation>Schreibgeschützte Roadmap</translation>
    </message>
    <message>
        <source>You can read, check and export this roadmap, but not change it: {read_only}.</source>
        <translation>Sie können diese Roadmap lesen, prüfen und exportieren, aber nicht ändern: {read_only}.</translation>
    </message>
    <message>
        <source>Save Roadmap As</source>
        <translation>Roadmap speichern unter</translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation>Gespeicherte Fassung wiederherstellen</translation>
    </message>
    <message>
        <source>Discard every change made since {display_name} was last saved?</source>
        <translation>Alle Änderungen seit dem letzten Speichern von {display_name} verwerfen?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to {display_name} before closing it?

Your changes will be lost if you don&apos;t save them.</source>
        <translation>Änderungen an {display_name} vor dem Schließen speichern?

Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>an untitled roadmap</source>
        <translation>eine unbenannte Roadmap</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Crossroads closed without saving changes to {name} (last edit {when}).

Recover them? Discard throws them away for good.</source>
        <translation>Crossroads wurde beendet, ohne die Änderungen an {name} zu speichern (letzte Bearbeitung {when}).

Wiederherstellen? Verwerfen löscht sie endgültig.</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot Save Roadmap</source>
        <translation>Roadmap kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The roadmap was not saved: {user_message}

Nothing was lost: it is still open. Try Save As with another folder.</source>
        <translation>Die Roadmap wurde nicht gespeichert: {user_message}

Nichts ist verloren: Sie ist weiterhin geöffnet. Versuchen Sie „Speichern unter“ mit einem anderen Ordner.</translation>
    </message>
    <message>
        <source>Roadmap Already Open</source>
        <translation>Roadmap bereits geöffnet</translation>
    </message>
    <message>
        <source>{name} is already open for editing in {who}.</source>
        <translation>{name} ist bereits zur Bearbeitung geöffnet in {who}.</translation>
    </message>
    <message>
        <source>If both of you edit it, one of you loses work when the other saves. Open it read-only to look, check and export, or edit it anyway if that other window is yours and idle.</source>
        <translation>Wenn Sie beide bearbeiten, verliert einer Arbeit, sobald der andere speichert. Öffnen Sie sie schreibgeschützt zum Ansehen, Prüfen und Exportieren, oder bearbeiten Sie sie trotzdem, wenn das andere Fenster Ihnen gehört und ungenutzt ist.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Edit Anyway</source>
        <translation>Trotzdem bearbeiten</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>{display_name} was changed on disk since you opened it (saved by someone else or another program). Saving now would discard their changes.</source>
        <translation>{display_name} wurde seit dem Öffnen auf dem Datenträger geändert (von jemand anderem oder einem anderen Programm gespeichert). Jetzt zu speichern würde diese Änderungen verwerfen.</translation>
    </message>
    <message>
        <source>&amp;Reload Theirs</source>
        <translation>Deren Stand &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Save Mine &amp;As…</source>
        <translation>Meine speichern &amp;unter…</translation>
    </message>
    <message>
        <source>No recent roadmaps</source>
        <translation>Keine zuletzt geöffneten Roadmaps</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>it is open for editing in another Crossroads</source>
        <translation>sie ist in einem anderen Crossroads zur Bearbeitung geöffnet</translation>
    </message>
    <message>
        <source>another Crossroads</source>
        <translation>einem anderen Crossroads</translation>
    </message>
</context>
<context>
    <name>FindingActionDialog</name>
    <message>
        <source>Finding Action</source>
        <translation>Maßnahme zum Befund</translation>
    </message>
    <message>
        <source>The person accountable for acting on the finding</source>
        <translation>Die Person, die für die Maßnahme zum Befund verantwortlich ist</translation>
    </message>
    <message>
        <source>Who is accountable for acting on it</source>
        <translation>Wer für die Maßnahme verantwortlich ist</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Fällig bis</translation>
    </message>
    <message>
        <source>Give the action a due date</source>
        <translation>Der Maßnahme ein Fälligkeitsdatum geben</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>The day the action is due; printed in the board pack</source>
        <translation>Der Tag, an dem die Maßnahme fällig ist; steht in der Vorstandsunterlage</translation>
    </message>
    <message>
        <source>What will be done about the finding</source>
        <translation>Was gegen den Befund unternommen wird</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Record the action (undoable)</source>
        <translation>Die Maßnahme festhalten (rückgängig zu machen)</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Show findings</source>
        <translation>Befunde anzeigen</translation>
    </message>
    <message>
        <source>Show the open findings, the accepted ones, or all</source>
        <translation>Die offenen, die akzeptierten oder alle Befunde anzeigen</translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation>Befunde filtern…</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Akzeptieren…</translation>
    </message>
    <message>
        <source>Accept the finding as a known risk, with a reason</source>
        <translation>Den Befund mit Begründung als bekanntes Risiko akzeptieren</translation>
    </message>
    <message>
        <source>Ac&amp;tion…</source>
        <translation>&amp;Maßnahme…</translation>
    </message>
    <message>
        <source>Record who acts on the finding, by when, with a note</source>
        <translation>Festhalten, wer bis wann etwas gegen den Befund unternimmt, mit Notiz</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Count the accepted finding as open again</source>
        <translation>Den akzeptierten Befund wieder als offen zählen</translation>
    </message>
    <message>
        <source>&amp;Why This Matters</source>
        <translation>&amp;Warum wichtig?</translation>
    </message>
    <message>
        <source>Open the user guide at this finding: why it matters and how to resolve it</source>
        <translation>Das Benutzerhandbuch bei diesem Befund öffnen: warum er wichtig ist und wie er sich beheben lässt</translation>
    </message>
    <message>
        <source>What the checks found, worst first; double-click a finding to select what it is about</source>
        <translation>Was die Prüfungen gefunden haben, Schwerstes zuerst; Doppelklick auf einen Befund wählt aus, worum es geht</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Select an open finding to record an action on.</source>
        <translation>Wählen Sie einen offenen Befund, um eine Maßnahme festzuhalten.</translation>
    </message>
    <message>
        <source>Select a finding to accept.</source>
        <translation>Wählen Sie einen Befund zum Akzeptieren.</translation>
    </message>
    <message>
        <source>Accept Finding</source>
        <translation>Befund akzeptieren</translation>
    </message>
    <message>
        <source>{code}: {title}

Why is this an acceptable risk?</source>
        <translation>{code}: {title}

Warum ist das ein akzeptables Risiko?</translation>
    </message>
    <message>
        <source>A reason is required to accept a finding.</source>
        <translation>Um einen Befund zu akzeptieren, ist eine Begründung nötig.</translation>
    </message>
    <message>
        <source>Select an accepted finding to revoke.</source>
        <translation>Wählen Sie einen akzeptierten Befund zum Widerrufen.</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>{open_count} open, {accepted} accepted</source>
        <translation>{open_count} offen, {accepted} akzeptiert</translation>
    </message>
    <message>
        <source>Findings ({open_count} open)</source>
        <translation>Befunde ({open_count} offen)</translation>
    </message>
    <message>
        <source>{code} · {message}
Suggestion: {suggestion}</source>
        <translation>{code} · {message}
Vorschlag: {suggestion}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source> by {date}</source>
        <translation> bis {date}</translation>
    </message>
    <message>
        <source>
Action: {owner}{due}{note}</source>
        <translation>
Maßnahme: {owner}{due}{note}</translation>
    </message>
    <message>
        <source>
Accepted by {name}: </source>
        <translation>
Akzeptiert von {name}: </translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted: {reason}</source>
        <translation>Akzeptiert: {reason}</translation>
    </message>
    <message>
        <source>Suggestion: {suggestion}</source>
        <translation>Vorschlag: {suggestion}</translation>
    </message>
    <message>
        <source>Accepted by {name}: {reason}</source>
        <translation>Akzeptiert von {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>FindingsStep</name>
    <message>
        <source>HIGH</source>
        <translation>HOCH</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>MITTEL</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>NIEDRIG</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin:18px 0 0 0&apos;&gt;&lt;b&gt;Accepted risks&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin:18px 0 0 0&apos;&gt;&lt;b&gt;Akzeptierte Risiken&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ACCEPTED</source>
        <translation>AKZEPTIERT</translation>
    </message>
    <message>
        <source>&lt;p&gt;No findings: every check passes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Befunde: Jede Prüfung ist bestanden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{text!r} is not an amount (e.g. 250000, 250k, 1.2m)</source>
        <translation>{text!r} ist kein Betrag (z. B. 250000, 250k, 1,2m)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>GraphCanvas</name>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation>In Ansicht einpassen</translation>
    </message>
</context>
<context>
    <name>GraphControls</name>
    <message>
        <source>Layered flow</source>
        <translation>Geschichteter Fluss</translation>
    </message>
    <message>
        <source>Department clusters</source>
        <translation>Abteilungsgruppen</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>Show initiative nodes</source>
        <translation>Initiativknoten zeigen</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Show department nodes</source>
        <translation>Abteilungsknoten zeigen</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>Show owner nodes</source>
        <translation>Knoten der Verantwortlichen zeigen</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Show vendor nodes</source>
        <translation>Anbieterknoten zeigen</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>How to arrange the nodes</source>
        <translation>Wie die Knoten angeordnet werden</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>Neu anordnen</translation>
    </message>
    <message>
        <source>Forget dragged positions of this layout (undoable)</source>
        <translation>Gezogene Positionen dieser Anordnung vergessen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Which kinds of node the map shows</source>
        <translation>Welche Knotenarten die Karte zeigt</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>Show every department&apos;s initiatives</source>
        <translation>Die Initiativen jeder Abteilung zeigen</translation>
    </message>
    <message>
        <source>Which departments&apos; initiatives the map shows</source>
        <translation>Die Initiativen welcher Abteilungen die Karte zeigt</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <source>Draw ownership and vendor links of every node, not only of the selection</source>
        <translation>Verantwortungs- und Anbieterverbindungen jedes Knotens zeichnen, nicht nur der Auswahl</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Show only the selection&apos;s neighbourhood</source>
        <translation>Nur die Umgebung der Auswahl zeigen</translation>
    </message>
    <message>
        <source> hops</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <source>How many links away from the selection focus mode reaches</source>
        <translation>Wie viele Verbindungen weit der Fokusmodus von der Auswahl aus reicht</translation>
    </message>
    <message>
        <source>Focus reach in hops</source>
        <translation>Reichweite des Fokus in Schritten</translation>
    </message>
    <message>
        <source>Find a node…</source>
        <translation>Knoten suchen…</translation>
    </message>
    <message>
        <source>Type a name; Enter jumps to the next match</source>
        <translation>Namen eingeben; Eingabe springt zum nächsten Treffer</translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation>Knoten suchen</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the visible graph as a PNG image</source>
        <translation>Die sichtbare Karte als PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the visible graph as an SVG drawing</source>
        <translation>Die sichtbare Karte als SVG-Zeichnung exportieren</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation>Die Legende ein- oder ausblenden</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(keine Abteilung)</translation>
    </message>
</context>
<context>
    <name>GraphData</name>
    <message>
        <source>no dates</source>
        <translation>ohne Termine</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>GraphLegend</name>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Violated: starts too early</source>
        <translation>Verletzt: beginnt zu früh</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>IT ALONE: no business lead</source>
        <translation>NUR IT: keine fachliche Führung</translation>
    </message>
    <message>
        <source>Health: green, amber, red</source>
        <translation>Zustand: grün, gelb, rot</translation>
    </message>
    <message>
        <source>What the selection waits for</source>
        <translation>Worauf die Auswahl wartet</translation>
    </message>
    <message>
        <source>What waits for the selection</source>
        <translation>Was auf die Auswahl wartet</translation>
    </message>
</context>
<context>
    <name>GraphStyle</name>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>B waits for A (A → B)</source>
        <translation>B wartet auf A (A → B)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Führt</translation>
    </message>
    <message>
        <source>department drives it</source>
        <translation>Abteilung treibt sie voran</translation>
    </message>
    <message>
        <source>Contributes</source>
        <translation>Wirkt mit</translation>
    </message>
    <message>
        <source>department takes part</source>
        <translation>Abteilung ist beteiligt</translation>
    </message>
    <message>
        <source>Enables</source>
        <translation>Ermöglicht</translation>
    </message>
    <message>
        <source>department (often IT) enables</source>
        <translation>Abteilung (oft IT) ermöglicht</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>owner answers for it</source>
        <translation>Verantwortliche(r) steht dafür ein</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Sponsert</translation>
    </message>
    <message>
        <source>executive sponsor</source>
        <translation>Sponsor aus der Geschäftsleitung</translation>
    </message>
    <message>
        <source>Uses vendor</source>
        <translation>Nutzt Anbieter</translation>
    </message>
    <message>
        <source>buys from the vendor</source>
        <translation>kauft beim Anbieter</translation>
    </message>
    <message>
        <source>Violated dependency</source>
        <translation>Verletzte Abhängigkeit</translation>
    </message>
    <message>
        <source>starts too early</source>
        <translation>beginnt zu früh</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortliche(r)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>No node matches {text!r}.</source>
        <translation>Kein Knoten passt zu {text!r}.</translation>
    </message>
    <message>
        <source>Found {label}.</source>
        <translation>{label} gefunden.</translation>
    </message>
    <message>
        <source>{label} is hidden by the filters.</source>
        <translation>{label} ist durch die Filter ausgeblendet.</translation>
    </message>
    <message>
        <source>Link refused: {message}.</source>
        <translation>Verbindung abgelehnt: {message}.</translation>
    </message>
    <message>
        <source>{names} now waits for {names2}.</source>
        <translation>{names} wartet jetzt auf {names2}.</translation>
    </message>
    <message>
        <source>Move {count} Nodes</source>
        <translation>{count} Knoten verschieben</translation>
    </message>
    <message>
        <source>Move “{name}”</source>
        <translation>„{name}“ verschieben</translation>
    </message>
    <message>
        <source>Move Node</source>
        <translation>Knoten verschieben</translation>
    </message>
    <message>
        <source>Delete Links</source>
        <translation>Verbindungen löschen</translation>
    </message>
    <message>
        <source>Cannot delete the link: {error}</source>
        <translation>Die Verbindung kann nicht gelöscht werden: {error}</translation>
    </message>
    <message>
        <source>{label} done.</source>
        <translation>{label} erledigt.</translation>
    </message>
    <message>
        <source>{title}: dependency graph</source>
        <translation>{title}: Abhängigkeitskarte</translation>
    </message>
    <message>
        <source>Exported the graph to {written}.</source>
        <translation>Die Karte wurde nach {written} exportiert.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Crossroads User Guide</source>
        <translation>Crossroads-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>Slide, full HD (1920 × 1080)</source>
        <translation>Folie, Full HD (1920 × 1080)</translation>
    </message>
    <message>
        <source>Slide, HD (1280 × 720)</source>
        <translation>Folie, HD (1280 × 720)</translation>
    </message>
    <message>
        <source>Slide, 4K (3840 × 2160)</source>
        <translation>Folie, 4K (3840 × 2160)</translation>
    </message>
    <message>
        <source>A4 landscape at 150 dpi (1754 × 1240)</source>
        <translation>A4 quer mit 150 dpi (1754 × 1240)</translation>
    </message>
    <message>
        <source>A4 landscape at 300 dpi (3508 × 2480)</source>
        <translation>A4 quer mit 300 dpi (3508 × 2480)</translation>
    </message>
    <message>
        <source>The picture&apos;s width of {side} px is outside {low}–{high} px.</source>
        <translation>Die Bildbreite von {side} px liegt außerhalb von {low}–{high} px.</translation>
    </message>
    <message>
        <source>The picture&apos;s height of {side} px is outside {low}–{high} px.</source>
        <translation>Die Bildhöhe von {side} px liegt außerhalb von {low}–{high} px.</translation>
    </message>
    <message>
        <source>{text!r} is not a size: write it as WIDTHxHEIGHT, for example 1920x1080.</source>
        <translation>{text!r} ist keine Größe: Schreiben Sie BREITExHÖHE, zum Beispiel 1920x1080.</translation>
    </message>
    <message>
        <source>Cannot export a picture as {name}: the name must end in .png or .svg.</source>
        <translation>Ein Bild kann nicht als {name} exportiert werden: Der Name muss auf .png oder .svg enden.</translation>
    </message>
    <message>
        <source>Exported from Crossroads</source>
        <translation>Aus Crossroads exportiert</translation>
    </message>
    <message>
        <source>Could not start drawing the SVG.</source>
        <translation>Das Zeichnen des SVG konnte nicht beginnen.</translation>
    </message>
    <message>
        <source>Could not encode the picture as PNG.</source>
        <translation>Das Bild konnte nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {parent} does not exist.</source>
        <translation>{path} kann nicht geschrieben werden: Der Ordner {parent} existiert nicht.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Spreadsheets and MS Project XML (*.xlsx *.csv *.tsv *.txt *.xml);;Spreadsheets (*.xlsx *.csv *.tsv *.txt);;MS Project XML (*.xml);;All files (*)</source>
        <translation>Tabellen und MS-Project-XML (*.xlsx *.csv *.tsv *.txt *.xml);;Tabellen (*.xlsx *.csv *.tsv *.txt);;MS-Project-XML (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Planning tool: recognise from the headers</source>
        <translation>Planungswerkzeug: an den Spaltenköpfen erkennen</translation>
    </message>
    <message>
        <source>Planning tool: none (read as a sheet)</source>
        <translation>Planungswerkzeug: keines (als Tabelle lesen)</translation>
    </message>
    <message>
        <source>Jira CSV export</source>
        <translation>Jira-CSV-Export</translation>
    </message>
    <message>
        <source>MS Project CSV export</source>
        <translation>MS-Project-CSV-Export</translation>
    </message>
    <message>
        <source>Aha! CSV export</source>
        <translation>Aha!-CSV-Export</translation>
    </message>
    <message>
        <source>ProductPlan CSV export</source>
        <translation>ProductPlan-CSV-Export</translation>
    </message>
    <message>
        <source>Import {source}</source>
        <translation>{source} importieren</translation>
    </message>
    <message>
        <source>Problems (nothing is imported while any remain)</source>
        <translation>Probleme (nichts wird importiert, solange welche bestehen)</translation>
    </message>
    <message>
        <source>New departments (tick the IT ones):</source>
        <translation>Neue Abteilungen (IT-Abteilungen ankreuzen):</translation>
    </message>
    <message>
        <source>Created by the import</source>
        <translation>Durch den Import angelegt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Values to confirm</source>
        <translation>Zu bestätigende Werte</translation>
    </message>
    <message>
        <source>Accept All Proposals</source>
        <translation>Alle Vorschläge übernehmen</translation>
    </message>
    <message>
        <source>Import every value listed as its proposed match</source>
        <translation>Jeden aufgeführten Wert als seinen vorgeschlagenen Treffer importieren</translation>
    </message>
    <message>
        <source>Values to confirm (double-click Import as to change one)</source>
        <translation>Zu bestätigende Werte (Doppelklick auf „Importieren als“ ändert einen)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Which field sheet column {header!r} holds</source>
        <translation>Welches Feld die Tabellenspalte {header!r} enthält</translation>
    </message>
    <message>
        <source>(column {value})</source>
        <translation>(Spalte {value})</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Dates: decide per column</source>
        <translation>Datumsangaben: je Spalte entscheiden</translation>
    </message>
    <message>
        <source>Dates: day first (31/12/2027)</source>
        <translation>Datumsangaben: Tag zuerst (31/12/2027)</translation>
    </message>
    <message>
        <source>Dates: month first (12/31/2027)</source>
        <translation>Datumsangaben: Monat zuerst (12/31/2027)</translation>
    </message>
    <message>
        <source>Titles already in the roadmap: update them</source>
        <translation>Titel, die schon in der Roadmap sind: aktualisieren</translation>
    </message>
    <message>
        <source>Titles already in the roadmap: refuse them</source>
        <translation>Titel, die schon in der Roadmap sind: ablehnen</translation>
    </message>
    <message>
        <source>Read the sheet as a planning tool&apos;s CSV export</source>
        <translation>Die Tabelle als CSV-Export eines Planungswerkzeugs lesen</translation>
    </message>
    <message>
        <source>Checking the sheet…</source>
        <translation>Die Tabelle wird geprüft…</translation>
    </message>
    <message>
        <source>Cannot read the sheet</source>
        <translation>Die Tabelle kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>{choices} value(s) in the sheet are not exactly the roadmap&apos;s; </source>
        <translation>{choices} Wert(e) der Tabelle entsprechen nicht genau denen der Roadmap; </translation>
    </message>
    <message>
        <source>{waiting} need a choice before the import. </source>
        <translation>{waiting} brauchen vor dem Import eine Entscheidung. </translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>Nichts wird geschrieben, bevor Sie „Importieren“ drücken.</translation>
    </message>
    <message>
        <source>Every department, benefit area, status, owner and vendor matches exactly.</source>
        <translation>Jede Abteilung, jeder Nutzenbereich, Status, jede verantwortliche Person und jeder Anbieter passt genau.</translation>
    </message>
    <message>
        <source>… and {value} more</source>
        <translation>… und {value} weitere</translation>
    </message>
    <message>
        <source>Ticked: an IT department (IT, digital, infrastructure)</source>
        <translation>Angekreuzt: eine IT-Abteilung (IT, Digital, Infrastruktur)</translation>
    </message>
    <message>
        <source>owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source> and {value} more</source>
        <translation> und {value} weitere</translation>
    </message>
    <message>
        <source>New {label} ({items}): {names}{more}.</source>
        <translation>Neue {label} ({items}): {names}{more}.</translation>
    </message>
    <message>
        <source>No new owners or vendors.</source>
        <translation>Keine neuen Verantwortlichen oder Anbieter.</translation>
    </message>
    <message>
        <source>{describe}: {rows} rows.</source>
        <translation>{describe}: {rows} Zeilen.</translation>
    </message>
    <message>
        <source>Ready to add {to_add} and update {to_update} initiatives.</source>
        <translation>Bereit: {to_add} Initiativen hinzufügen und {to_update} aktualisieren.</translation>
    </message>
    <message>
        <source>✗ {count} problem in {rows} rows: fix the sheet or the column mapping.</source>
        <translation>✗ {count} Problem in {rows} Zeilen: Korrigieren Sie die Tabelle oder die Spaltenzuordnung.</translation>
    </message>
    <message>
        <source>✗ {count} problems in {rows} rows: fix the sheet or the column mapping.</source>
        <translation>✗ {count} Probleme in {rows} Zeilen: Korrigieren Sie die Tabelle oder die Spaltenzuordnung.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Import failed: nothing was imported</source>
        <translation>Import fehlgeschlagen: Nichts wurde importiert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>ImportSheet</name>
    <message>
        <source>Import Spreadsheet</source>
        <translation>Tabelle importieren</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Diese Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>Export Spreadsheet</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the spreadsheet</source>
        <translation>Die Tabelle kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet…</source>
        <translation>Tabelle &amp;importieren…</translation>
    </message>
    <message>
        <source>Import initiatives from a CSV or Excel sheet or an MS Project XML file, with a preview</source>
        <translation>Initiativen aus einer CSV- oder Excel-Tabelle oder einer MS-Project-XML-Datei importieren, mit Vorschau</translation>
    </message>
    <message>
        <source>E&amp;xport Spreadsheet…</source>
        <translation>Tabelle e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the initiatives to an Excel or CSV sheet</source>
        <translation>Die Initiativen in eine Excel- oder CSV-Tabelle schreiben</translation>
    </message>
    <message>
        <source>Exported {count} initiatives to {target}</source>
        <translation>{count} Initiativen nach {target} exportiert</translation>
    </message>
</context>
<context>
    <name>InitiativeForm</name>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>The name the timeline, the map and the board pack show</source>
        <translation>Der Name, den Zeitplan, Karte und Vorstandsunterlage zeigen</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>What the initiative delivers and why, in a few sentences</source>
        <translation>Was die Initiative liefert und warum, in wenigen Sätzen</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>The strategic theme it belongs to; the timeline can group lanes by it</source>
        <translation>Das strategische Thema, zu dem sie gehört; der Zeitplan kann Bahnen danach gruppieren</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Where it stands: idea, planned, in progress, done or cancelled</source>
        <translation>Wo sie steht: Idee, geplant, in Arbeit, erledigt oder abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Health:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>Green on track, amber at risk, red in trouble</source>
        <translation>Grün im Plan, gelb gefährdet, rot in Schwierigkeiten</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>1 is the highest priority</source>
        <translation>1 ist die höchste Priorität</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>&amp;Accountable:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>The person accountable for the result</source>
        <translation>Die Person, die für das Ergebnis verantwortlich ist</translation>
    </message>
    <message>
        <source>S&amp;ponsor:</source>
        <translation>S&amp;ponsor:</translation>
    </message>
    <message>
        <source>The executive sponsor</source>
        <translation>Der Sponsor aus der Geschäftsleitung</translation>
    </message>
    <message>
        <source>Departments and their roles:</source>
        <translation>Abteilungen und ihre Rollen:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>The first day of the work; empty while it is not scheduled</source>
        <translation>Der erste Arbeitstag; leer, solange sie nicht eingeplant ist</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>The day the work is done; on or after the start</source>
        <translation>Der Tag, an dem die Arbeit fertig ist; am oder nach dem Beginn</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Einordnung:</translation>
    </message>
    <message>
        <source>Now, next or later: for ideas not yet scheduled</source>
        <translation>Jetzt, als Nächstes oder später: für noch nicht eingeplante Ideen</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>The initiative&apos;s milestones: a name and a date inside its start and end; F2 edits a cell</source>
        <translation>Die Meilensteine der Initiative: ein Name und ein Datum zwischen Beginn und Ende; F2 bearbeitet eine Zelle</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>Add a milestone to this initiative (undoable)</source>
        <translation>Dieser Initiative einen Meilenstein hinzufügen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Meilenstein entfernen</translation>
    </message>
    <message>
        <source>Remove the selected milestone (undoable)</source>
        <translation>Den ausgewählten Meilenstein entfernen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Meilensteine:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Benefit area:</source>
        <translation>&amp;Nutzenbereich:</translation>
    </message>
    <message>
        <source>Where the benefit lands: decides which department should lead</source>
        <translation>Wo der Nutzen entsteht: entscheidet, welche Abteilung führen sollte</translation>
    </message>
    <message>
        <source>Success &amp;measure:</source>
        <translation>&amp;Erfolgsmaß:</translation>
    </message>
    <message>
        <source>How success is measured: revenue, cost, satisfaction, not traffic alone</source>
        <translation>Wie Erfolg gemessen wird: Umsatz, Kosten, Zufriedenheit, nicht nur Besucherzahlen</translation>
    </message>
    <message>
        <source>Measure kind:</source>
        <translation>Art des Maßes:</translation>
    </message>
    <message>
        <source>What kind of figure the success measure is</source>
        <translation>Welche Art Kennzahl das Erfolgsmaß ist</translation>
    </message>
    <message>
        <source>Customer facing:</source>
        <translation>Kundensichtbar:</translation>
    </message>
    <message>
        <source>Customers see it</source>
        <translation>Kunden sehen es</translation>
    </message>
    <message>
        <source>Customers see or use the result directly</source>
        <translation>Kunden sehen oder nutzen das Ergebnis direkt</translation>
    </message>
    <message>
        <source>Customer &amp;value:</source>
        <translation>&amp;Kundennutzen:</translation>
    </message>
    <message>
        <source>What the customer gets from it</source>
        <translation>Was der Kunde davon hat</translation>
    </message>
    <message>
        <source>&amp;Journey stage:</source>
        <translation>&amp;Journey-Phase:</translation>
    </message>
    <message>
        <source>The step of the customer journey it improves</source>
        <translation>Der Schritt der Customer Journey, den sie verbessert</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget:</translation>
    </message>
    <message>
        <source>The budget in the roadmap&apos;s currency, e.g. 250k or 1.2m</source>
        <translation>Das Budget in der Währung der Roadmap, z. B. 250k oder 1,2m</translation>
    </message>
    <message>
        <source>Sourcing:</source>
        <translation>Beschaffung:</translation>
    </message>
    <message>
        <source>Build in-house, buy, or partner</source>
        <translation>Selbst bauen, kaufen oder mit Partner</translation>
    </message>
    <message>
        <source>Capability:</source>
        <translation>Fähigkeit:</translation>
    </message>
    <message>
        <source>What kind of capability it delivers (building a commodity is CR106)</source>
        <translation>Welche Art Fähigkeit sie liefert (Standardware selbst zu bauen ist CR106)</translation>
    </message>
    <message>
        <source>Vendors used</source>
        <translation>Genutzte Anbieter</translation>
    </message>
    <message>
        <source>Tick the vendors this initiative relies on; their contract ends are checked against its end</source>
        <translation>Die Anbieter ankreuzen, auf die diese Initiative angewiesen ist; ihre Vertragsenden werden gegen ihr Ende geprüft</translation>
    </message>
    <message>
        <source>Vendors used:</source>
        <translation>Genutzte Anbieter:</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>The initiatives that must finish before this one starts</source>
        <translation>Die Initiativen, die enden müssen, bevor diese beginnt</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add dependency</source>
        <translation>Abhängigkeit hinzufügen</translation>
    </message>
    <message>
        <source>Choose an initiative this one waits for (a cycle is refused)</source>
        <translation>Eine Initiative wählen, auf die diese wartet (ein Zyklus wird abgelehnt)</translation>
    </message>
    <message>
        <source>Remove dependency</source>
        <translation>Abhängigkeit entfernen</translation>
    </message>
    <message>
        <source>Remove the selected dependency (undoable)</source>
        <translation>Die ausgewählte Abhängigkeit entfernen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Depends on (must end before this starts):</source>
        <translation>Hängt ab von (muss enden, bevor diese beginnt):</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>The findings about this initiative; Why this matters opens the guide at the finding&apos;s explanation</source>
        <translation>Die Befunde zu dieser Initiative; „Warum das wichtig ist“ öffnet das Handbuch bei der Erklärung des Befunds</translation>
    </message>
    <message>
        <source>No findings: nothing to fix here.</source>
        <translation>Keine Befunde: Hier ist nichts zu beheben.</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source> (accepted)</source>
        <translation> (akzeptiert)</translation>
    </message>
    <message>
        <source>Select a milestone to remove.</source>
        <translation>Wählen Sie einen Meilenstein zum Entfernen.</translation>
    </message>
    <message>
        <source>Select a dependency to remove.</source>
        <translation>Wählen Sie eine Abhängigkeit zum Entfernen.</translation>
    </message>
</context>
<context>
    <name>InitiativeTable</name>
    <message>
        <source>Filter initiatives by title, theme, owner, department…</source>
        <translation>Initiativen nach Titel, Thema, Verantwortlichen, Abteilung filtern…</translation>
    </message>
    <message>
        <source>Filter initiatives</source>
        <translation>Initiativen filtern</translation>
    </message>
    <message>
        <source>Show only the initiatives whose title, theme, owner or department contains the text</source>
        <translation>Nur die Initiativen zeigen, deren Titel, Thema, Verantwortliche(r) oder Abteilung den Text enthält</translation>
    </message>
    <message>
        <source>{total} initiatives</source>
        <translation>{total} Initiativen</translation>
    </message>
    <message>
        <source>{shown} of {total} initiatives</source>
        <translation>{shown} von {total} Initiativen</translation>
    </message>
</context>
<context>
    <name>InitiativeTableModel</name>
    <message>
        <source>⚠ IT alone</source>
        <translation>⚠ nur IT</translation>
    </message>
    <message>
        <source>{count} open</source>
        <translation>{count} offen</translation>
    </message>
    <message>
        <source>IT alone: no business department leads or contributes</source>
        <translation>Nur IT: Keine Fachabteilung führt oder wirkt mit</translation>
    </message>
    <message>
        <source>No open findings</source>
        <translation>Keine offenen Befunde</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Select an initiative, department, owner or vendor to edit it here.</source>
        <translation>Wählen Sie eine Initiative, Abteilung, verantwortliche Person oder einen Anbieter, um sie hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>Delete Selected</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <source>Delete every selected row with its links (undoable)</source>
        <translation>Jede ausgewählte Zeile mit ihren Verbindungen löschen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>{parsed} items selected.</source>
        <translation>{parsed} Elemente ausgewählt.</translation>
    </message>
</context>
<context>
    <name>LaneColumn</name>
    <message>
        <source>Vendor contracts</source>
        <translation>Anbieterverträge</translation>
    </message>
    <message>
        <source>{count} initiative</source>
        <translation>{count} Initiative</translation>
    </message>
    <message>
        <source>{count} initiatives</source>
        <translation>{count} Initiativen</translation>
    </message>
</context>
<context>
    <name>LanePager</name>
    <message>
        <source>lane {first} of {count}</source>
        <translation>Bahn {first} von {count}</translation>
    </message>
    <message>
        <source>lanes {first}–{last} of {count}</source>
        <translation>Bahnen {first}–{last} von {count}</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Plan e-commerce initiatives as a dependency graph; export a board pack.</source>
        <translation>E-Commerce-Initiativen als Abhängigkeitskarte planen; eine Vorstandsunterlage exportieren.</translation>
    </message>
    <message>
        <source>Headless commands: {commands}. Run &apos;crossroads COMMAND --help&apos; for each.</source>
        <translation>Befehle ohne Fenster: {commands}. Hilfe zu jedem mit &apos;crossroads BEFEHL --help&apos;.</translation>
    </message>
    <message>
        <source>a .roadmap file, or a postgresql://host/db address, to open</source>
        <translation>eine .roadmap-Datei oder eine postgresql://host/db-Adresse zum Öffnen</translation>
    </message>
    <message>
        <source>render the window offscreen to PNG and exit</source>
        <translation>das Fenster unsichtbar als PNG zeichnen und beenden</translation>
    </message>
    <message>
        <source>write the --view (timeline, graph, table or matrix) as a PNG or SVG picture of --size and exit</source>
        <translation>die --view (timeline, graph, table oder matrix) als PNG- oder SVG-Bild in --size schreiben und beenden</translation>
    </message>
    <message>
        <source>the view to show first</source>
        <translation>die zuerst gezeigte Ansicht</translation>
    </message>
    <message>
        <source>window size for --screenshot (default 1600x1000), picture size for --picture (default 1920x1080)</source>
        <translation>Fenstergröße für --screenshot (Standard 1600x1000), Bildgröße für --picture (Standard 1920x1080)</translation>
    </message>
    <message>
        <source>the language of the window and of the commands: {languages} (default: Preferences, else the system&apos;s)</source>
        <translation>die Sprache des Fensters und der Befehle: {languages} (Standard: Einstellungen, sonst die des Systems)</translation>
    </message>
    <message>
        <source>with --screenshot: render presentation page PAGE (1-5 or a name such as timeline) instead of the main window</source>
        <translation>mit --screenshot: Präsentationsseite PAGE (1-5 oder ein Name wie timeline) statt des Hauptfensters zeichnen</translation>
    </message>
    <message>
        <source>register the desktop entry, icon and .roadmap file type for this user (under $XDG_DATA_HOME) and exit</source>
        <translation>Desktop-Eintrag, Symbol und .roadmap-Dateityp für diesen Benutzer registrieren (unter $XDG_DATA_HOME) und beenden</translation>
    </message>
    <message>
        <source>remove what --install-desktop registered and exit</source>
        <translation>entfernen, was --install-desktop registriert hat, und beenden</translation>
    </message>
    <message>
        <source>--language {asked!r} is not one of: {languages}</source>
        <translation>--language {asked!r} ist keine von: {languages}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New department</source>
        <translation>Neue Abteilung</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Neue verantwortliche Person</translation>
    </message>
    <message>
        <source>New vendor</source>
        <translation>Neuer Anbieter</translation>
    </message>
    <message>
        <source>Read-only roadmap</source>
        <translation>Schreibgeschützte Roadmap</translation>
    </message>
    <message>
        <source>Show the {lower} view (Ctrl+{number})</source>
        <translation>Ansicht „{title}“ zeigen (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Show or hide the {lower} ({key})</source>
        <translation>{title} ein- oder ausblenden ({key})</translation>
    </message>
    <message>
        <source>Cannot Add</source>
        <translation>Hinzufügen nicht möglich</translation>
    </message>
    <message>
        <source>Select one initiative to add a milestone to.</source>
        <translation>Wählen Sie eine Initiative, der ein Meilenstein hinzugefügt werden soll.</translation>
    </message>
    <message>
        <source>Select one initiative first.</source>
        <translation>Wählen Sie zuerst eine Initiative.</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Auto-schedule</source>
        <translation>Automatisch planen</translation>
    </message>
    <message>
        <source>This view cannot be exported as a picture.</source>
        <translation>Diese Ansicht kann nicht als Bild exportiert werden.</translation>
    </message>
    <message>
        <source>Exported the view to {written}.</source>
        <translation>Die Ansicht wurde nach {written} exportiert.</translation>
    </message>
    <message>
        <source>This view cannot be copied as a picture.</source>
        <translation>Diese Ansicht kann nicht als Bild kopiert werden.</translation>
    </message>
    <message>
        <source>Copied the view as a {width} × {height} picture.</source>
        <translation>Die Ansicht wurde als Bild mit {width} × {height} kopiert.</translation>
    </message>
    <message>
        <source>About Crossroads</source>
        <translation>Über Crossroads</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crossroads {version}&lt;/h3&gt;&lt;p&gt;Plan e-commerce initiatives as a dependency graph of initiatives, departments, owners and vendors; see which initiatives IT owns alone; export a board-ready PDF roadmap.&lt;/p&gt;&lt;p&gt;Departments drive, IT enables.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crossroads {version}&lt;/h3&gt;&lt;p&gt;Planen Sie E-Commerce-Initiativen als Abhängigkeitskarte aus Initiativen, Abteilungen, Verantwortlichen und Anbietern; sehen Sie, welche Initiativen die IT allein verantwortet; exportieren Sie eine vorstandsreife Roadmap als PDF.&lt;/p&gt;&lt;p&gt;Die Fachabteilungen treiben, die IT ermöglicht.&lt;/p&gt;&lt;p&gt;MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>You can read, check and export this roadmap, but not change it: {reason}.</source>
        <translation>Sie können diese Roadmap lesen, prüfen und exportieren, aber nicht ändern: {reason}.</translation>
    </message>
    <message>
        <source>{open_findings} open findings ({high} high) · {alone} IT alone</source>
        <translation>{open_findings} offene Befunde ({high} hoch) · {alone} nur IT</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>owner</source>
        <translation>Verantwortliche(n)</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>{role}: the accountable owner belongs to this department</source>
        <translation>{role}: Die verantwortliche Person gehört zu dieser Abteilung</translation>
    </message>
    <message>
        <source>{role}: the sponsor belongs to this department</source>
        <translation>{role}: Der Sponsor gehört zu dieser Abteilung</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>{title}  ⚠ IT alone</source>
        <translation>{title}  ⚠ nur IT</translation>
    </message>
    <message>
        <source>{title}
IT alone: no business department leads or contributes</source>
        <translation>{title}
Nur IT: Keine Fachabteilung führt oder wirkt mit</translation>
    </message>
    <message>
        <source>{role} (via {via})</source>
        <translation>{role} (über {via})</translation>
    </message>
    <message>
        <source> (stated: {role})</source>
        <translation> (angegeben: {role})</translation>
    </message>
</context>
<context>
    <name>MatrixStep</name>
    <message>
        <source>Lead</source>
        <translation>Führung</translation>
    </message>
    <message>
        <source>Contrib.</source>
        <translation>Mitw.</translation>
    </message>
    <message>
        <source>Enabler</source>
        <translation>Befähiger</translation>
    </message>
    <message>
        <source>  · IT ALONE</source>
        <translation>  · NUR IT</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Each initiative&apos;s role for each department: lead, co-owner, contributor or informed</source>
        <translation>Die Rolle jeder Abteilung bei jeder Initiative: federführend, mitverantwortlich, mitwirkend oder informiert</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Roadmap</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>MoneyDelegate</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>no budget (e.g. 250k, 1.2m)</source>
        <translation>kein Budget (z. B. 250k, 1,2m)</translation>
    </message>
</context>
<context>
    <name>NavigatorDock</name>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Nach Namen filtern…</translation>
    </message>
    <message>
        <source>Filter the navigator</source>
        <translation>Den Navigator filtern</translation>
    </message>
    <message>
        <source>Departments, owners, vendors and initiatives; select one to inspect it, double-click to open it in the Inspector</source>
        <translation>Abteilungen, Verantwortliche, Anbieter und Initiativen; Auswahl zeigt Einzelheiten, Doppelklick öffnet im Inspektor</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>{name}  ⚠ IT alone</source>
        <translation>{name}  ⚠ nur IT</translation>
    </message>
    <message>
        <source>{title}
IT alone: no business department leads or contributes</source>
        <translation>{title}
Nur IT: Keine Fachabteilung führt oder wirkt mit</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>&lt;b&gt;IT ALONE&lt;/b&gt;: no business department leads or contributes</source>
        <translation>&lt;b&gt;NUR IT&lt;/b&gt;: Keine Fachabteilung führt oder wirkt mit</translation>
    </message>
    <message>
        <source>IT ALONE</source>
        <translation>NUR IT</translation>
    </message>
</context>
<context>
    <name>OwnerDelegate</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>OwnerForm</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The person&apos;s full name</source>
        <translation>Der vollständige Name der Person</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Job title, e.g. Head of Marketing</source>
        <translation>Funktion, z. B. Leitung Marketing</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>The department the person works in</source>
        <translation>Die Abteilung, in der die Person arbeitet</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message>
        <source>Accountable for {owns} initiatives; sponsors {sponsors}.</source>
        <translation>Verantwortlich für {owns} Initiativen; Sponsor von {sponsors}.</translation>
    </message>
</context>
<context>
    <name>PlanRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>(column {value})</source>
        <translation>(Spalte {value})</translation>
    </message>
    <message>
        <source>✗ {count} problem</source>
        <translation>✗ {count} Problem</translation>
    </message>
    <message>
        <source>✗ {count} problems</source>
        <translation>✗ {count} Probleme</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of menus, views, the board pack and the deck</source>
        <translation>Die Sprache von Menüs, Ansichten, Vorstandsunterlage und Präsentation</translation>
    </message>
    <message>
        <source>A new language applies when Crossroads next starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Crossroads.</translation>
    </message>
    <message>
        <source>&amp;High contrast (black on white, strong outlines)</source>
        <translation>&amp;Hoher Kontrast (schwarz auf weiß, kräftige Umrisse)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Black text on white, strong focus and selection outlines</source>
        <translation>Schwarzer Text auf Weiß, kräftige Fokus- und Auswahlumrisse</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Keep these preferences</source>
        <translation>Diese Einstellungen übernehmen</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>Roadmap timeline</source>
        <translation>Zeitplan der Roadmap</translation>
    </message>
    <message>
        <source>Dependency map</source>
        <translation>Abhängigkeitskarte</translation>
    </message>
    <message>
        <source>Who drives each initiative</source>
        <translation>Wer jede Initiative vorantreibt</translation>
    </message>
    <message>
        <source>Findings and recommendations</source>
        <translation>Befunde und Empfehlungen</translation>
    </message>
    <message>
        <source>PgDn/PgUp step · Ctrl+Z undo · Ctrl+Backspace revert all · Esc leave</source>
        <translation>PgDn/PgUp blättern · Ctrl+Z rückgängig · Ctrl+Backspace alles zurück · Esc Ende</translation>
    </message>
    <message>
        <source>--present {page!r} is not a page; use 1-{count} or one of </source>
        <translation>--present {page!r} ist keine Seite; verwenden Sie 1-{count} oder eine von </translation>
    </message>
    <message>
        <source>{title} – Crossroads presentation</source>
        <translation>{title} – Crossroads-Präsentation</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>Lanes: {label}</source>
        <translation>Bahnen: {label}</translation>
    </message>
    <message>
        <source>Reverted {count} change made in this presentation · Ctrl+Shift+Backspace brings them back</source>
        <translation>{count} Änderung dieser Präsentation zurückgenommen · Ctrl+Shift+Backspace holt sie zurück</translation>
    </message>
    <message>
        <source>Reverted {count} changes made in this presentation · Ctrl+Shift+Backspace brings them back</source>
        <translation>{count} Änderungen dieser Präsentation zurückgenommen · Ctrl+Shift+Backspace holt sie zurück</translation>
    </message>
    <message>
        <source>Nothing to revert: the roadmap is as it was when the presentation began</source>
        <translation>Nichts zurückzunehmen: Die Roadmap ist wie zu Beginn der Präsentation</translation>
    </message>
    <message>
        <source>Nothing to bring back</source>
        <translation>Nichts zurückzuholen</translation>
    </message>
    <message>
        <source>Brought back every change of this presentation</source>
        <translation>Jede Änderung dieser Präsentation zurückgeholt</translation>
    </message>
    <message>
        <source>Milestone now outside the initiative&apos;s dates: {names}</source>
        <translation>Meilenstein jetzt außerhalb der Termine der Initiative: {names}</translation>
    </message>
    <message>
        <source>Milestones now outside the initiative&apos;s dates: {names}</source>
        <translation>Meilensteine jetzt außerhalb der Termine der Initiative: {names}</translation>
    </message>
    <message>
        <source>Reschedule “{title}” to {start:%d %b %Y} – {end:%d %b %Y}</source>
        <translation>„{title}“ verlegen auf {start:%d.%m.%Y} – {end:%d.%m.%Y}</translation>
    </message>
    <message>
        <source>The decision was not recorded: {error}</source>
        <translation>Die Entscheidung wurde nicht festgehalten: {error}</translation>
    </message>
    <message>
        <source>Decision recorded: {text}</source>
        <translation>Entscheidung festgehalten: {text}</translation>
    </message>
    <message>
        <source>The checks could not run: {error}</source>
        <translation>Die Prüfungen konnten nicht laufen: {error}</translation>
    </message>
    <message>
        <source>{count} change</source>
        <translation>{count} Änderung</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>{count} Änderungen</translation>
    </message>
    <message>
        <source>{count} violated dependency</source>
        <translation>{count} verletzte Abhängigkeit</translation>
    </message>
    <message>
        <source>{count} violated dependencies</source>
        <translation>{count} verletzte Abhängigkeiten</translation>
    </message>
    <message>
        <source>{count} open high finding</source>
        <translation>{count} offener schwerer Befund</translation>
    </message>
    <message>
        <source>{count} open high findings</source>
        <translation>{count} offene schwere Befunde</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>The roadmap&apos;s name, on the window title and the board pack&apos;s cover</source>
        <translation>Der Name der Roadmap, im Fenstertitel und auf dem Deckblatt der Vorstandsunterlage</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>The company the roadmap is for, on the cover</source>
        <translation>Das Unternehmen, für das die Roadmap ist, auf dem Deckblatt</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Who prepared the roadmap, on the cover</source>
        <translation>Wer die Roadmap erstellt hat, auf dem Deckblatt</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>The roadmap&apos;s version, e.g. 2027.1, on the cover</source>
        <translation>Die Version der Roadmap, z. B. 2027.1, auf dem Deckblatt</translation>
    </message>
    <message>
        <source>&amp;Confidentiality:</source>
        <translation>&amp;Vertraulichkeit:</translation>
    </message>
    <message>
        <source>A marking printed on every page, e.g. Board confidential</source>
        <translation>Ein Vermerk auf jeder Seite, z. B. Vertraulich – nur für den Vorstand</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>The three-letter currency code budgets are in, e.g. EUR</source>
        <translation>Der dreistellige Währungscode der Budgets, z. B. EUR</translation>
    </message>
    <message>
        <source>Roadmap Properties</source>
        <translation>Eigenschaften der Roadmap</translation>
    </message>
    <message>
        <source>The first day the timeline and the board pack show</source>
        <translation>Der erste Tag, den Zeitplan und Vorstandsunterlage zeigen</translation>
    </message>
    <message>
        <source>Horizon &amp;starts:</source>
        <translation>Horizont &amp;beginnt:</translation>
    </message>
    <message>
        <source>The last day the timeline and the board pack show</source>
        <translation>Der letzte Tag, den Zeitplan und Vorstandsunterlage zeigen</translation>
    </message>
    <message>
        <source>Horizon &amp;ends:</source>
        <translation>Horizont &amp;endet:</translation>
    </message>
    <message>
        <source>1 = January: fiscal quarters count from this month</source>
        <translation>1 = Januar: Geschäftsquartale zählen ab diesem Monat</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts (month):</source>
        <translation>&amp;Geschäftsjahr beginnt (Monat):</translation>
    </message>
    <message>
        <source>Keep the properties (one undoable edit)</source>
        <translation>Die Eigenschaften übernehmen (eine Bearbeitung, rückgängig zu machen)</translation>
    </message>
</context>
<context>
    <name>RemoteWatcher</name>
    <message>
        <source>The server stopped sending changes: {error}</source>
        <translation>Der Server sendet keine Änderungen mehr: {error}</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rule Settings</source>
        <translation>Regeleinstellungen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>Keep the rule settings (one undoable edit)</source>
        <translation>Die Regeleinstellungen übernehmen (eine Bearbeitung, rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Change Rule Settings</source>
        <translation>Regeleinstellungen ändern</translation>
    </message>
</context>
<context>
    <name>SavedMappingBar</name>
    <message>
        <source>Saved mapping: none</source>
        <translation>Gespeicherte Zuordnung: keine</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Gespeicherte Zuordnung</translation>
    </message>
    <message>
        <source>Column and value mappings saved by name, in {folder}</source>
        <translation>Spalten- und Wertzuordnungen, unter Namen gespeichert in {folder}</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>Zuordnung speichern…</translation>
    </message>
    <message>
        <source>Save the column and value mappings and the date order under a name, to reuse on the next import</source>
        <translation>Die Spalten- und Wertzuordnungen und die Datumsreihenfolge unter einem Namen speichern, um sie beim nächsten Import wiederzuverwenden</translation>
    </message>
    <message>
        <source>Saved mapping: {name}</source>
        <translation>Gespeicherte Zuordnung: {name}</translation>
    </message>
    <message>
        <source>Damaged mapping file (see its tooltip)</source>
        <translation>Beschädigte Zuordnungsdatei (siehe Tooltip)</translation>
    </message>
    <message>
        <source>Cannot save the mapping</source>
        <translation>Die Zuordnung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot use the mapping</source>
        <translation>Die Zuordnung kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Name for these column and value mappings:</source>
        <translation>Name für diese Spalten- und Wertzuordnungen:</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Auto-schedule</source>
        <translation>Automatisch planen</translation>
    </message>
    <message>
        <source>Every dependency is already satisfied: nothing moves.</source>
        <translation>Jede Abhängigkeit ist bereits erfüllt: Nichts wird verschoben.</translation>
    </message>
    <message>
        <source>{moves} initiatives move later so that each starts after what it depends on ends. Durations stay the same; you can undo this in one step.</source>
        <translation>{moves} Initiativen werden nach hinten verschoben, sodass jede erst beginnt, wenn das endet, wovon sie abhängt. Die Dauern bleiben gleich; Sie können das in einem Schritt rückgängig machen.</translation>
    </message>
    <message>
        <source>Proposed moves</source>
        <translation>Vorgeschlagene Verschiebungen</translation>
    </message>
    <message>
        <source>Each initiative the schedule would move: its new start and end, and by how many days</source>
        <translation>Jede Initiative, die der Zeitplan verschieben würde: ihr neuer Beginn und ihr neues Ende und um wie viele Tage</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Moves by</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <source>{shift} days</source>
        <translation>{shift} Tage</translation>
    </message>
    <message>
        <source>Move the initiatives as shown (one undoable edit)</source>
        <translation>Die Initiativen wie gezeigt verschieben (eine Bearbeitung, rückgängig zu machen)</translation>
    </message>
</context>
<context>
    <name>ScrollPager</name>
    <message>
        <source>{noun} {first}–{last} of {rows}</source>
        <translation>{noun} {first}–{last} von {rows}</translation>
    </message>
    <message>
        <source>page {value} of {total}</source>
        <translation>Seite {value} von {total}</translation>
    </message>
</context>
<context>
    <name>SharedRoadmap</name>
    <message>
        <source>Open Shared Roadmap</source>
        <translation>Geteilte Roadmap öffnen</translation>
    </message>
    <message>
        <source>Address of the roadmap&apos;s database (postgresql://user@host/database;
add ?sslmode=verify-full for TLS; passwords come from ~/.pgpass or the keyring):</source>
        <translation>Adresse der Datenbank der Roadmap (postgresql://benutzer@host/datenbank;
?sslmode=verify-full für TLS anhängen; Passwörter kommen aus ~/.pgpass oder dem Schlüsselbund):</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter actions or keys…</source>
        <translation>Aktionen oder Tasten filtern…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command of the window and its keys</source>
        <translation>Jeder Befehl des Fensters und seine Tasten</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>Die Liste schließen</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie tut</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshots</source>
        <translation>Momentaufnahmen</translation>
    </message>
    <message>
        <source>The snapshots kept in this file, newest first</source>
        <translation>Die in dieser Datei aufbewahrten Momentaufnahmen, neueste zuerst</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>The new name for the selected snapshot</source>
        <translation>Der neue Name der ausgewählten Momentaufnahme</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Give the selected snapshot the new name (undoable)</source>
        <translation>Der ausgewählten Momentaufnahme den neuen Namen geben (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected snapshot after asking (undoable)</source>
        <translation>Die ausgewählte Momentaufnahme nach Rückfrage löschen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Compare with Now</source>
        <translation>Mit heute vergleichen</translation>
    </message>
    <message>
        <source>Show what changed since the selected snapshot</source>
        <translation>Zeigen, was sich seit der ausgewählten Momentaufnahme geändert hat</translation>
    </message>
    <message>
        <source>Close the snapshots</source>
        <translation>Die Momentaufnahmen schließen</translation>
    </message>
    <message>
        <source>{name}  —  taken {taken_at:%d %b %Y %H:%M}</source>
        <translation>{name}  —  erstellt {taken_at:%d.%m.%Y %H:%M}</translation>
    </message>
    <message>
        <source>Delete the snapshot “{name}”? Edit ▸ Undo brings it back.</source>
        <translation>Die Momentaufnahme „{name}“ löschen? Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Momentaufnahme löschen</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>{currency} {millions} M</source>
        <translation>{millions} Mio. {currency}</translation>
    </message>
    <message>
        <source>{currency} {thousands} k</source>
        <translation>{thousands} Tsd. {currency}</translation>
    </message>
    <message>
        <source>{currency} {amount}</source>
        <translation>{amount} {currency}</translation>
    </message>
    <message>
        <source>initiatives on the roadmap</source>
        <translation>Initiativen in der Roadmap</translation>
    </message>
    <message>
        <source>total budget</source>
        <translation>Gesamtbudget</translation>
    </message>
    <message>
        <source>of the budget led by business departments</source>
        <translation>fachlich geführt</translation>
    </message>
    <message>
        <source>initiatives IT runs alone</source>
        <translation>Initiativen nur der IT</translation>
    </message>
    <message>
        <source>initiatives waiting on IT-alone work</source>
        <translation>warten auf nur IT</translation>
    </message>
    <message>
        <source>open high-severity findings</source>
        <translation>offene schwere Befunde</translation>
    </message>
    <message>
        <source>{violated} dependencies violated</source>
        <translation>{violated} Abhängigkeiten verletzt</translation>
    </message>
    <message>
        <source>not counting {cancelled} cancelled · {detail}</source>
        <translation>ohne {cancelled} abgebrochene · {detail}</translation>
    </message>
    <message>
        <source>IT alone: {it_alone_share:.0f} % of the budget</source>
        <translation>Nur IT: {it_alone_share:.0f} % des Budgets</translation>
    </message>
    <message>
        <source>no business department leads or contributes</source>
        <translation>keine Fachabteilung beteiligt</translation>
    </message>
    <message>
        <source>cannot move without IT</source>
        <translation>kommen ohne IT nicht voran</translation>
    </message>
    <message>
        <source>medium {medium} · low {low} · accepted {accepted}</source>
        <translation>mittel {medium} · niedrig {low} · akz. {accepted}</translation>
    </message>
    <message>
        <source>Departments with no initiative: </source>
        <translation>Abteilungen ohne Initiative: </translation>
    </message>
    <message>
        <source>Journey stages with no investment: </source>
        <translation>Journey-Phasen ohne Investition: </translation>
    </message>
    <message>
        <source>+{count} more on the findings page</source>
        <translation>+{count} weitere auf der Befundseite</translation>
    </message>
    <message>
        <source>+1 more on the findings page</source>
        <translation>+1 weiterer auf der Befundseite</translation>
    </message>
    <message>
        <source>Top findings</source>
        <translation>Wichtigste Befunde</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Every initiative, one row each; F2 edits a cell, a header sorts</source>
        <translation>Jede Initiative in einer Zeile; F2 bearbeitet eine Zelle, ein Spaltenkopf sortiert</translation>
    </message>
</context>
<context>
    <name>TakeSnapshotDialog</name>
    <message>
        <source>Take Snapshot</source>
        <translation>Momentaufnahme erstellen</translation>
    </message>
    <message>
        <source>Snapshot name</source>
        <translation>Name der Momentaufnahme</translation>
    </message>
    <message>
        <source>A name to find the snapshot by, e.g. Board, March 2027</source>
        <translation>Ein Name, unter dem die Momentaufnahme zu finden ist, z. B. Vorstand, März 2027</translation>
    </message>
    <message>
        <source>Keep a copy of the roadmap as it is now, in the file</source>
        <translation>Eine Kopie der Roadmap im jetzigen Stand in der Datei aufbewahren</translation>
    </message>
    <message>
        <source>A read-only copy of the whole roadmap and its findings, kept in the file, to compare with later.</source>
        <translation>Eine schreibgeschützte Kopie der ganzen Roadmap mit ihren Befunden, in der Datei aufbewahrt, um später zu vergleichen.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>IT ALONE</source>
        <translation>NUR IT</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Unsorted</source>
        <translation>Ohne Einordnung</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht eingeplant</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>All symbols…</source>
        <translation>Alle Symbole…</translation>
    </message>
    <message>
        <source>Show what every colour, pattern and mark means</source>
        <translation>Zeigen, was jede Farbe, jedes Muster und jede Markierung bedeutet</translation>
    </message>
    <message>
        <source>{label} health</source>
        <translation>Zustand {label}</translation>
    </message>
    <message>
        <source>IT alone</source>
        <translation>Nur IT</translation>
    </message>
    <message>
        <source>Violated dependency</source>
        <translation>Verletzte Abhängigkeit</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Vendor contract ends</source>
        <translation>Anbietervertrag endet</translation>
    </message>
    <message>
        <source>Waits for selection</source>
        <translation>Wartet auf Auswahl</translation>
    </message>
    <message>
        <source>Selection waits for</source>
        <translation>Auswahl wartet auf</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <source>unsorted</source>
        <translation>ohne Einordnung</translation>
    </message>
    <message>
        <source>Not scheduled ({bucket})</source>
        <translation>Nicht eingeplant ({bucket})</translation>
    </message>
    <message>
        <source>Status: {status} · Health: {health}</source>
        <translation>Status: {status} · Zustand: {health}</translation>
    </message>
    <message>
        <source>IT alone: no business department leads or contributes</source>
        <translation>Nur IT: Keine Fachabteilung führt oder wirkt mit</translation>
    </message>
    <message>
        <source>Waits for: </source>
        <translation>Wartet auf: </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Group the swimlanes by lead department, theme or status</source>
        <translation>Die Bahnen nach federführender Abteilung, Thema oder Status gruppieren</translation>
    </message>
    <message>
        <source>Compact rows</source>
        <translation>Kompakte Zeilen</translation>
    </message>
    <message>
        <source>Share a row between initiatives that do not overlap</source>
        <translation>Initiativen, die sich nicht überschneiden, teilen sich eine Zeile</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Bahnen:</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, Ctrl+wheel)</source>
        <translation>Verkleinern (Ctrl+-, Ctrl+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=, Ctrl+wheel)</source>
        <translation>Vergrößern (Ctrl+=, Ctrl+Mausrad)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole roadmap (Ctrl+0)</source>
        <translation>Die ganze Roadmap einpassen (Ctrl+0)</translation>
    </message>
    <message>
        <source>{title}: timeline</source>
        <translation>{title}: Zeitplan</translation>
    </message>
</context>
<context>
    <name>ValueMappingModel</name>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>In der Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Proposed match</source>
        <translation>Vorgeschlagener Treffer</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Double-click to choose what this value is imported as</source>
        <translation>Doppelklick wählt, als was dieser Wert importiert wird</translation>
    </message>
    <message>
        <source>Rows {rows}</source>
        <translation>Zeilen {rows}</translation>
    </message>
</context>
<context>
    <name>VendorEventItem</name>
    <message>
        <source>{name}: contract ends {date}</source>
        <translation>{name}: Vertrag endet am {date}</translation>
    </message>
</context>
<context>
    <name>VendorForm</name>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The vendor&apos;s name</source>
        <translation>Der Name des Anbieters</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>What the vendor supplies: platform, payments, logistics, ...</source>
        <translation>Was der Anbieter liefert: Plattform, Zahlungen, Logistik, ...</translation>
    </message>
    <message>
        <source>Contract &amp;end:</source>
        <translation>Vertrags&amp;ende:</translation>
    </message>
    <message>
        <source>Initiatives using this vendor should end before its contract does</source>
        <translation>Initiativen mit diesem Anbieter sollten vor seinem Vertrag enden</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Anything worth knowing about the vendor or its contract</source>
        <translation>Alles Wissenswerte über den Anbieter oder seinen Vertrag</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <source>Used by {titles} initiatives.</source>
        <translation>Genutzt von {titles} Initiativen.</translation>
    </message>
</context>
<context>
    <name>ViewHost</name>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>The {name} view could not be shown:
{error}

The rest of the app works; the details are in the log.</source>
        <translation>Die Ansicht {name} konnte nicht gezeigt werden:
{error}

Der Rest der Anwendung funktioniert; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Dependency Graph</source>
        <translation>Abhängigkeitskarte</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Ownership Matrix</source>
        <translation>Verantwortungsmatrix</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
</context>
<context>
    <name>WorkshopLayout</name>
    <message>
        <source>&amp;Pin Inspector</source>
        <translation>Inspektor an&amp;heften</translation>
    </message>
    <message>
        <source>Keep the Inspector open when nothing is selected</source>
        <translation>Den Inspektor geöffnet lassen, wenn nichts ausgewählt ist</translation>
    </message>
    <message>
        <source>&amp;Workshop Layout</source>
        <translation>&amp;Workshop-Layout</translation>
    </message>
    <message>
        <source>Hide every panel and enlarge the type for a projector (Ctrl+Shift+F11 again brings them back)</source>
        <translation>Alle Bereiche ausblenden und die Schrift für einen Beamer vergrößern (Ctrl+Shift+F11 holt sie zurück)</translation>
    </message>
</context>
</TS>
