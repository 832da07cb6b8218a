<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Advice</name>
    <message>
        <source>revenue or conversion rate (Revenue / ROI)</source>
        <translation>Umsatz oder Konversionsrate (Umsatz / ROI)</translation>
    </message>
    <message>
        <source>revenue per campaign or customer acquisition cost (Revenue / ROI)</source>
        <translation>Umsatz je Kampagne oder Kundengewinnungskosten (Umsatz / ROI)</translation>
    </message>
    <message>
        <source>customer satisfaction (NPS, contact rate)</source>
        <translation>Kundenzufriedenheit (NPS, Kontaktrate)</translation>
    </message>
    <message>
        <source>cost per order or fulfilment cost (Cost saving)</source>
        <translation>Kosten je Bestellung oder Fulfillment-Kosten (Kostensenkung)</translation>
    </message>
    <message>
        <source>cost or days saved (Cost saving)</source>
        <translation>eingesparte Kosten oder Tage (Kostensenkung)</translation>
    </message>
    <message>
        <source>cost saved or incidents avoided (Cost saving)</source>
        <translation>eingesparte Kosten oder vermiedene Störungen (Kostensenkung)</translation>
    </message>
    <message>
        <source>revenue, cost saved or customer satisfaction</source>
        <translation>Umsatz, eingesparte Kosten oder Kundenzufriedenheit</translation>
    </message>
    <message>
        <source>State its benefit area, then let the business department it serves lead ({departments}).</source>
        <translation>Benennen Sie den Nutzenbereich und lassen Sie dann die Fachabteilung führen, der sie dient ({departments}).</translation>
    </message>
    <message>
        <source>State its benefit area and name the business department that benefits to lead it.</source>
        <translation>Benennen Sie den Nutzenbereich und übertragen Sie der profitierenden Fachabteilung die Federführung.</translation>
    </message>
    <message>
        <source>{departments} should lead it (benefit area {area}); IT advises and builds.</source>
        <translation>{departments} sollte die Federführung übernehmen (Nutzenbereich {area}); die IT berät und setzt um.</translation>
    </message>
    <message>
        <source>{departments} could lead it (benefit area {area}); IT advises and builds.</source>
        <translation>{departments} könnten die Federführung übernehmen (Nutzenbereich {area}); die IT berät und setzt um.</translation>
    </message>
    <message>
        <source>No department drives {area}: add it to the benefit areas of the business department that gains, and make that department lead.</source>
        <translation>Keine Abteilung verantwortet {area}: Ergänzen Sie den Bereich bei der profitierenden Fachabteilung und übertragen Sie ihr die Federführung.</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>initiative {id}</source>
        <translation>Initiative {id}</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>keine Abteilung</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>rule {code} could not run: {kind}: {error}</source>
        <translation>Regel {code} konnte nicht ausgeführt werden: {kind}: {error}</translation>
    </message>
</context>
<context>
    <name>Appendix</name>
    <message>
        <source>All {count} initiatives by lead department; # is the reference used on the timeline and the matrix</source>
        <translation>Alle {count} Initiativen nach federführender Abteilung; # ist die Nummer, die Zeitplan und Matrix verwenden</translation>
    </message>
    <message>
        <source> · one line each</source>
        <translation> · je eine Zeile</translation>
    </message>
    <message>
        <source>The appendix lists the {count} initiatives one line each (more than {limit}): descriptions, success measures and milestones are left out, titles and names are shortened to their column.</source>
        <translation>Der Anhang führt die {count} Initiativen mit je einer Zeile auf (mehr als {limit}): Beschreibungen, Erfolgskennzahlen und Meilensteine entfallen, Titel und Namen werden auf ihre Spaltenbreite gekürzt.</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Appendix: initiative details</source>
        <translation>Anhang: Details der Initiativen</translation>
    </message>
    <message>
        <source>Vendors and contracts</source>
        <translation>Anbieter und Verträge</translation>
    </message>
    <message>
        <source>Workshop decisions</source>
        <translation>Entscheidungen aus Workshops</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>keine Abteilung</translation>
    </message>
    <message>
        <source>{count} initiative</source>
        <translation>{count} Initiative</translation>
    </message>
    <message>
        <source>{count} initiatives</source>
        <translation>{count} Initiativen</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht terminiert</translation>
    </message>
    <message>
        <source>no success measure</source>
        <translation>keine Erfolgskennzahl</translation>
    </message>
    <message>
        <source>Depends on {ids}</source>
        <translation>Hängt ab von {ids}</translation>
    </message>
    <message>
        <source>Vendors: {names}</source>
        <translation>Anbieter: {names}</translation>
    </message>
    <message>
        <source>Milestones: {milestones}</source>
        <translation>Meilensteine: {milestones}</translation>
    </message>
    <message>
        <source>priority {priority}</source>
        <translation>Priorität {priority}</translation>
    </message>
    <message>
        <source> · customer facing</source>
        <translation> · kundennah</translation>
    </message>
    <message>
        <source>IT ALONE</source>
        <translation>NUR IT</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>keine verantwortliche Person</translation>
    </message>
    <message>
        <source>Sponsor: {name}</source>
        <translation>Sponsor: {name}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Customer value: {value}</source>
        <translation>Kundennutzen: {value}</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Success measure</source>
        <translation>Erfolgskennzahl</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>ohne Termine</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Status · health</source>
        <translation>Status · Zustand</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>kein Enddatum</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>Initiatives using it</source>
        <translation>Nutzende Initiativen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>BoardPack</name>
    <message>
        <source>there is nothing to print in the chosen sections</source>
        <translation>in den gewählten Abschnitten gibt es nichts zu drucken</translation>
    </message>
    <message>
        <source>The CIO</source>
        <translation>Der CIO</translation>
    </message>
    <message>
        <source>Cycle: {chain}</source>
        <translation>Kreis: {chain}</translation>
    </message>
    <message>
        <source>The roadmap</source>
        <translation>Die Roadmap</translation>
    </message>
    <message>
        <source>E-commerce roadmap board pack, as of {date}</source>
        <translation>Vorstandsunterlage zur E-Commerce-Roadmap, Stand {date}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stand {date}</translation>
    </message>
    <message>
        <source>logo {path} does not exist or is not a file</source>
        <translation>Logo {path} existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <source>logo {path} is not a readable image (use PNG or JPEG)</source>
        <translation>Logo {path} ist kein lesbares Bild (verwenden Sie PNG oder JPEG)</translation>
    </message>
    <message>
        <source>logo {path} has no pixels</source>
        <translation>Logo {path} hat keine Pixel</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>{prog}: {message} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {message} (siehe &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>{path}: the output should end in {suffixes}</source>
        <translation>{path}: Die Ausgabe sollte auf {suffixes} enden</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>{path} is a folder; name the file to write</source>
        <translation>{path} ist ein Ordner; nennen Sie die zu schreibende Datei</translation>
    </message>
    <message>
        <source>{path} already exists; use --force to overwrite it</source>
        <translation>{path} existiert bereits; mit --force wird sie überschrieben</translation>
    </message>
    <message>
        <source>folder {path} does not exist</source>
        <translation>Ordner {path} existiert nicht</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>{what} {path} does not exist</source>
        <translation>{what} {path} existiert nicht</translation>
    </message>
    <message>
        <source>{what} {path} is a folder, not a file</source>
        <translation>{what} {path} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>Crossroads headless commands (run without a command to open the app).</source>
        <translation>Crossroads-Befehle ohne Oberfläche (ohne Befehl aufgerufen, öffnet sich die App).</translation>
    </message>
    <message>
        <source>print the findings of a roadmap (exit 1 when serious ones remain)</source>
        <translation>die Befunde einer Roadmap ausgeben (Exit-Status 1, solange schwerwiegende offen sind)</translation>
    </message>
    <message>
        <source>Print the findings of a .roadmap file grouped by severity. Exit status: 0 when no open finding at or above --fail-on remains, 1 when some do, 2 when the file cannot be read.</source>
        <translation>Gibt die Befunde einer .roadmap-Datei nach Schwere gruppiert aus. Exit-Status: 0, wenn kein offener Befund ab der Schwere --fail-on bleibt, 1, wenn es solche gibt, 2, wenn die Datei nicht lesbar ist.</translation>
    </message>
    <message>
        <source>the .roadmap file to check, or a postgresql:// address</source>
        <translation>die zu prüfende .roadmap-Datei oder eine postgresql://-Adresse</translation>
    </message>
    <message>
        <source>text for people (default), json for scripts</source>
        <translation>text für Menschen (Standard), json für Skripte</translation>
    </message>
    <message>
        <source>lowest severity of open findings that makes the exit status 1 (default high; never: always 0)</source>
        <translation>niedrigste Schwere offener Befunde, die den Exit-Status 1 ergibt (Standard high; never: immer 0)</translation>
    </message>
    <message>
        <source>crossroads: warning: {warning}</source>
        <translation>crossroads: Warnung: {warning}</translation>
    </message>
    <message>
        <source>Crossroads check: {title}</source>
        <translation>Crossroads-Prüfung: {title}</translation>
    </message>
    <message>
        <source>{count} high</source>
        <translation>{count} hoch</translation>
    </message>
    <message>
        <source>{count} medium</source>
        <translation>{count} mittel</translation>
    </message>
    <message>
        <source>{count} low</source>
        <translation>{count} niedrig</translation>
    </message>
    <message>
        <source>{count} findings: {open} open; {accepted} accepted.</source>
        <translation>{count} Befunde: {open} offen; {accepted} akzeptiert.</translation>
    </message>
    <message>
        <source>{severity} ({open} open, {accepted} accepted)</source>
        <translation>{severity} ({open} offen, {accepted} akzeptiert)</translation>
    </message>
    <message>
        <source>        Suggestion: {suggestion}</source>
        <translation>        Empfehlung: {suggestion}</translation>
    </message>
    <message>
        <source>        Accepted by {who} on {date}: {reason}</source>
        <translation>        Akzeptiert von {who} am {date}: {reason}</translation>
    </message>
    <message>
        <source>        Accepted on {date}: {reason}</source>
        <translation>        Akzeptiert am {date}: {reason}</translation>
    </message>
    <message>
        <source>Result: reported only (--fail-on never).</source>
        <translation>Ergebnis: nur berichtet (--fail-on never).</translation>
    </message>
    <message>
        <source>Result: {count} open finding at or above {severity} severity.</source>
        <translation>Ergebnis: {count} offener Befund mit Schwere {severity} oder höher.</translation>
    </message>
    <message>
        <source>Result: {count} open findings at or above {severity} severity.</source>
        <translation>Ergebnis: {count} offene Befunde mit Schwere {severity} oder höher.</translation>
    </message>
    <message>
        <source>Result: no open finding at or above {severity} severity.</source>
        <translation>Ergebnis: kein offener Befund mit Schwere {severity} oder höher.</translation>
    </message>
    <message>
        <source>print what changed in a roadmap since one of its snapshots</source>
        <translation>ausgeben, was sich in einer Roadmap seit einer ihrer Momentaufnahmen geändert hat</translation>
    </message>
    <message>
        <source>Compare a snapshot kept in the roadmap with the roadmap now (or with a later snapshot): initiatives added, removed, moved (in weeks, slips first), re-budgeted, re-owned, status and health changes, findings opened, resolved and newly accepted.</source>
        <translation>Vergleicht eine in der Roadmap gespeicherte Momentaufnahme mit dem aktuellen Stand (oder einer späteren Momentaufnahme): hinzugefügte, entfernte und verschobene Initiativen (in Wochen, Verzüge zuerst), geänderte Budgets und Verantwortungen, Status- und Zustandsänderungen, neue, erledigte und neu akzeptierte Befunde.</translation>
    </message>
    <message>
        <source>the .roadmap file, or a postgresql:// address</source>
        <translation>die .roadmap-Datei oder eine postgresql://-Adresse</translation>
    </message>
    <message>
        <source>the snapshot to compare from</source>
        <translation>die Momentaufnahme, von der aus verglichen wird</translation>
    </message>
    <message>
        <source>a later snapshot to compare to (default: the roadmap now)</source>
        <translation>eine spätere Momentaufnahme zum Vergleich (Standard: der aktuelle Stand)</translation>
    </message>
    <message>
        <source>write the PDF board pack (or the PowerPoint deck) of a roadmap</source>
        <translation>die PDF-Vorstandsunterlage (oder die PowerPoint-Präsentation) einer Roadmap schreiben</translation>
    </message>
    <message>
        <source>Write the board pack of a .roadmap file as a landscape PDF: cover, executive summary, timeline, dependency map, ownership matrix, findings and appendix; or, for an output ending in .pptx, an editable 16:9 PowerPoint deck; .ics, an iCalendar file of milestones, vendor contract ends and board dates; .xml, an MS Project XML file (MSPDI) that MS Project, ProjectLibre and GanttProject open.</source>
        <translation>Schreibt die Vorstandsunterlage einer .roadmap-Datei als PDF im Querformat: Deckblatt, Management-Zusammenfassung, Zeitplan, Abhängigkeitskarte, Verantwortungsmatrix, Befunde und Anhang; bei einer Ausgabe auf .pptx eine bearbeitbare PowerPoint-Präsentation im Format 16:9; bei .ics eine iCalendar-Datei mit Meilensteinen, Vertragsenden der Anbieter und Vorstandsterminen; bei .xml eine MS-Project-XML-Datei (MSPDI), die MS Project, ProjectLibre und GanttProject öffnen.</translation>
    </message>
    <message>
        <source>the .roadmap file to export, or a postgresql:// address</source>
        <translation>die zu exportierende .roadmap-Datei oder eine postgresql://-Adresse</translation>
    </message>
    <message>
        <source>where to write the PDF board pack; the deck if it ends in .pptx, the calendar (.ics) or the MS Project file (.xml)</source>
        <translation>wohin die PDF-Vorstandsunterlage geschrieben wird; die Präsentation bei .pptx, der Kalender (.ics) oder die MS-Project-Datei (.xml)</translation>
    </message>
    <message>
        <source>landscape A4 (default) or Letter</source>
        <translation>A4 quer (Standard) oder Letter</translation>
    </message>
    <message>
        <source>full pack (default), summary (the executive one-pager) or timeline (the chart only)</source>
        <translation>full: vollständige Unterlage (Standard), summary: die Management-Zusammenfassung auf einer Seite, timeline: nur die Grafik</translation>
    </message>
    <message>
        <source>the date the pack is as of (YYYY-MM-DD; default today)</source>
        <translation>das Stichtagsdatum der Unterlage (JJJJ-MM-TT; Standard heute)</translation>
    </message>
    <message>
        <source>the snapshot the &apos;What changed since&apos; page compares with (default: the latest; the page is left out when there is none)</source>
        <translation>die Momentaufnahme, mit der die Seite &apos;Was sich geändert hat&apos; vergleicht (Standard: die neueste; ohne Momentaufnahme entfällt die Seite)</translation>
    </message>
    <message>
        <source>an image for the cover and the page header</source>
        <translation>ein Bild für Deckblatt und Kopfzeile</translation>
    </message>
    <message>
        <source>timeline swimlanes by lead department (default), theme or status</source>
        <translation>Bahnen des Zeitplans nach federführender Abteilung (Standard), Thema oder Status</translation>
    </message>
    <message>
        <source>invalid choice: {text} (choose from {choices})</source>
        <translation>ungültige Auswahl: {text} (möglich: {choices})</translation>
    </message>
    <message>
        <source>{text} is not a date (use YYYY-MM-DD)</source>
        <translation>{text} ist kein Datum (verwenden Sie JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Wrote {count} calendar event to {output}</source>
        <translation>{count} Kalendereintrag nach {output} geschrieben</translation>
    </message>
    <message>
        <source>Wrote {count} calendar events to {output}</source>
        <translation>{count} Kalendereinträge nach {output} geschrieben</translation>
    </message>
    <message>
        <source>Wrote {tasks}, {milestones}, {links} and {resources} to {output}</source>
        <translation>{tasks}, {milestones}, {links} und {resources} nach {output} geschrieben</translation>
    </message>
    <message>
        <source>{count} task</source>
        <translation>{count} Vorgang</translation>
    </message>
    <message>
        <source>{count} tasks</source>
        <translation>{count} Vorgänge</translation>
    </message>
    <message>
        <source>{count} milestone</source>
        <translation>{count} Meilenstein</translation>
    </message>
    <message>
        <source>{count} milestones</source>
        <translation>{count} Meilensteine</translation>
    </message>
    <message>
        <source>{count} dependency</source>
        <translation>{count} Abhängigkeit</translation>
    </message>
    <message>
        <source>{count} dependencies</source>
        <translation>{count} Abhängigkeiten</translation>
    </message>
    <message>
        <source>{count} resource</source>
        <translation>{count} Ressource</translation>
    </message>
    <message>
        <source>{count} resources</source>
        <translation>{count} Ressourcen</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <source>Wrote {count} slide to {output}</source>
        <translation>{count} Folie nach {output} geschrieben</translation>
    </message>
    <message>
        <source>Wrote {count} slides to {output}</source>
        <translation>{count} Folien nach {output} geschrieben</translation>
    </message>
    <message>
        <source>Wrote {count} page to {output}</source>
        <translation>{count} Seite nach {output} geschrieben</translation>
    </message>
    <message>
        <source>Wrote {count} pages to {output}</source>
        <translation>{count} Seiten nach {output} geschrieben</translation>
    </message>
    <message>
        <source>export a roadmap&apos;s initiatives to CSV or .xlsx</source>
        <translation>die Initiativen einer Roadmap als CSV oder .xlsx exportieren</translation>
    </message>
    <message>
        <source>Write every initiative of a roadmap to a CSV or .xlsx sheet, in the shape `import` reads back.</source>
        <translation>Schreibt alle Initiativen einer Roadmap in eine CSV- oder .xlsx-Tabelle, in der Form, die `import` wieder einliest.</translation>
    </message>
    <message>
        <source>the .csv or .xlsx file to write</source>
        <translation>die zu schreibende .csv- oder .xlsx-Datei</translation>
    </message>
    <message>
        <source>overwrite an existing file</source>
        <translation>eine vorhandene Datei überschreiben</translation>
    </message>
    <message>
        <source>Wrote {count} initiative to {output}</source>
        <translation>{count} Initiative nach {output} geschrieben</translation>
    </message>
    <message>
        <source>Wrote {count} initiatives to {output}</source>
        <translation>{count} Initiativen nach {output} geschrieben</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>Beteiligungen</translation>
    </message>
    <message>
        <source>vendor use</source>
        <translation>Anbieterzuordnungen</translation>
    </message>
    <message>
        <source>write a generated roadmap of N initiatives to PATH</source>
        <translation>eine generierte Roadmap mit N Initiativen nach PATH schreiben</translation>
    </message>
    <message>
        <source>Write a deterministic, realistic roadmap of N initiatives (with departments, owners, vendors, milestones and about 1.3 dependencies per initiative) for trying the app at scale and for benchmarks.</source>
        <translation>Schreibt eine reproduzierbare, realistische Roadmap mit N Initiativen (mit Abteilungen, Personen, Anbietern, Meilensteinen und rund 1,3 Abhängigkeiten je Initiative), um die App mit großen Datenmengen zu erproben und für Benchmarks.</translation>
    </message>
    <message>
        <source>how many initiatives (1 to 50,000)</source>
        <translation>wie viele Initiativen (1 bis 50.000)</translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same roadmap (default 2027)</source>
        <translation>Startwert des Zufallsgenerators; derselbe Wert ergibt dieselbe Roadmap (Standard 2027)</translation>
    </message>
    <message>
        <source>where to write the .roadmap file</source>
        <translation>wohin die .roadmap-Datei geschrieben wird</translation>
    </message>
    <message>
        <source>--initiatives must be between {low} and {high}, not {value}</source>
        <translation>--initiatives muss zwischen {low} und {high} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>Wrote {path} in {seconds} s: {details}</source>
        <translation>{path} in {seconds} s geschrieben: {details}</translation>
    </message>
    <message>
        <source>import initiatives from a CSV or .xlsx sheet, or an MS Project XML file, into a roadmap</source>
        <translation>Initiativen aus einer CSV- oder .xlsx-Tabelle oder einer MS-Project-XML-Datei in eine Roadmap importieren</translation>
    </message>
    <message>
        <source>Import initiatives (with their departments, owners, vendors, dependencies and milestones) from a spreadsheet. All or nothing: when any row is bad, the report names each problem by row and column and nothing is written (exit status 1). See resources/templates/README.md for the columns. An MS Project XML (.xml) file imports its tasks: summary tasks as themes, resources as owners, milestones and finish-to-start links (docs/interop.md).</source>
        <translation>Importiert Initiativen (mit Abteilungen, Personen, Anbietern, Abhängigkeiten und Meilensteinen) aus einer Tabelle. Alles oder nichts: Ist eine Zeile fehlerhaft, nennt der Bericht jedes Problem mit Zeile und Spalte, und nichts wird geschrieben (Exit-Status 1). Die Spalten beschreibt resources/templates/README.md. Aus einer MS-Project-XML-Datei (.xml) werden die Vorgänge importiert: Sammelvorgänge als Themen, Ressourcen als Personen, Meilensteine und Ende-Anfang-Beziehungen (docs/interop.md).</translation>
    </message>
    <message>
        <source>the .roadmap file (created when missing), or a postgresql:// address</source>
        <translation>die .roadmap-Datei (wird bei Bedarf angelegt) oder eine postgresql://-Adresse</translation>
    </message>
    <message>
        <source>the .csv or .xlsx sheet, or the MS Project .xml file, to import</source>
        <translation>die zu importierende .csv- oder .xlsx-Tabelle oder MS-Project-.xml-Datei</translation>
    </message>
    <message>
        <source>check the sheet and print the report; write nothing</source>
        <translation>die Tabelle prüfen und den Bericht ausgeben; nichts schreiben</translation>
    </message>
    <message>
        <source>read sheet column HEADER (its header text or letter) as FIELD, e.g. --map &apos;Go live=end&apos;; FIELD &apos;-&apos; ignores the column</source>
        <translation>die Spalte HEADER (Überschrift oder Buchstabe) als Feld FIELD lesen, z. B. --map &apos;Go live=end&apos;; FIELD &apos;-&apos; ignoriert die Spalte</translation>
    </message>
    <message>
        <source>read dates like 03/04/2027 as 3 April</source>
        <translation>Daten wie 03/04/2027 als 3. April lesen</translation>
    </message>
    <message>
        <source>read dates like 03/04/2027 as March 4</source>
        <translation>Daten wie 03/04/2027 als 4. März lesen</translation>
    </message>
    <message>
        <source>read TEXT in column COLUMN (its header or field) as VALUE, e.g. --value &apos;Benefit area:Finanse=finance&apos; or --value &apos;Departments:Mktg=Marketing&apos; (repeatable)</source>
        <translation>TEXT in der Spalte COLUMN (Überschrift oder Feld) als Wert VALUE lesen, z. B. --value &apos;Benefit area:Finanse=finance&apos; oder --value &apos;Departments:Mktg=Marketing&apos; (mehrfach möglich)</translation>
    </message>
    <message>
        <source>refuse rows whose dependencies close a cycle (by default a cycle is imported and reported as CR201)</source>
        <translation>Zeilen ablehnen, deren Abhängigkeiten einen Kreis schließen (standardmäßig wird ein Kreis importiert und als CR201 gemeldet)</translation>
    </message>
    <message>
        <source>report titles already in the roadmap instead of updating them</source>
        <translation>bereits vorhandene Titel melden, statt sie zu aktualisieren</translation>
    </message>
    <message>
        <source>mark a new department as IT (repeatable)</source>
        <translation>eine neue Abteilung als IT kennzeichnen (mehrfach möglich)</translation>
    </message>
    <message>
        <source>mark a new department as not IT, whatever its name suggests</source>
        <translation>eine neue Abteilung als Nicht-IT kennzeichnen, egal was ihr Name nahelegt</translation>
    </message>
    <message>
        <source>read the sheet as a planning tool&apos;s CSV export: jira, msproject, aha or productplan (&apos;none&apos; reads it as it is; by default an export is recognised from its headers)</source>
        <translation>die Tabelle als CSV-Export eines Planungswerkzeugs lesen: jira, msproject, aha oder productplan (&apos;none&apos; liest sie unverändert; standardmäßig wird ein Export an seinen Überschriften erkannt)</translation>
    </message>
    <message>
        <source>use the column and value mappings and date order saved as NAME (--map, --value and --day-first/--month-first given here win)</source>
        <translation>die unter NAME gespeicherten Spalten- und Wertezuordnungen und die Datumsreihenfolge verwenden (hier angegebene --map, --value und --day-first/--month-first haben Vorrang)</translation>
    </message>
    <message>
        <source>save this import&apos;s --map, --value and date order as NAME, to reuse with --mapping NAME (in the per-user folder: $XDG_CONFIG_HOME/crossroads/mappings on Linux, %%APPDATA%%\Crossroads\mappings on Windows, ~/Library/Application Support/Crossroads/mappings on macOS)</source>
        <translation>--map, --value und die Datumsreihenfolge dieses Imports als NAME speichern, zur Wiederverwendung mit --mapping NAME (im Benutzerordner: $XDG_CONFIG_HOME/crossroads/mappings unter Linux, %%APPDATA%%\Crossroads\mappings unter Windows, ~/Library/Application Support/Crossroads/mappings unter macOS)</translation>
    </message>
    <message>
        <source>the CSV file&apos;s encoding (default: detected)</source>
        <translation>die Zeichenkodierung der CSV-Datei (Standard: automatisch erkannt)</translation>
    </message>
    <message>
        <source>the workbook sheet to read (default: &apos;Initiatives&apos; or the first)</source>
        <translation>das zu lesende Tabellenblatt (Standard: &apos;Initiatives&apos; oder das erste)</translation>
    </message>
    <message>
        <source>--map {item}: write it as HEADER=FIELD</source>
        <translation>--map {item}: schreiben Sie es als HEADER=FIELD</translation>
    </message>
    <message>
        <source>--map {item}: unknown field {field}; fields are {fields}</source>
        <translation>--map {item}: unbekanntes Feld {field}; Felder sind {fields}</translation>
    </message>
    <message>
        <source>--preset {name}: unknown preset; presets are {presets} (or none)</source>
        <translation>--preset {name}: unbekannte Vorgabe; Vorgaben sind {presets} (oder none)</translation>
    </message>
    <message>
        <source>--value {item}: write it as COLUMN:TEXT=VALUE, e.g. &apos;Benefit area:Finanse=finance&apos;</source>
        <translation>--value {item}: schreiben Sie es als COLUMN:TEXT=VALUE, z. B. &apos;Benefit area:Finanse=finance&apos;</translation>
    </message>
    <message>
        <source>--value {item}: {name} is not a column the import reads; name its header or its field ({fields})</source>
        <translation>--value {item}: {name} ist keine Spalte, die der Import liest; nennen Sie ihre Überschrift oder ihr Feld ({fields})</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Imported roadmap</source>
        <translation>Importierte Roadmap</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The roadmap already matches the sheet: nothing changed.</source>
        <translation>Die Roadmap entspricht bereits der Tabelle: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{change}: Created {file} in {seconds} s.</source>
        <translation>{change}: {file} in {seconds} s angelegt.</translation>
    </message>
    <message>
        <source>{change}: Saved {file} in {seconds} s.</source>
        <translation>{change}: {file} in {seconds} s gespeichert.</translation>
    </message>
    <message>
        <source>Saved the mapping {name} to {path}.</source>
        <translation>Zuordnung {name} unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2027 are ambiguous on rows {rows}: run again with --day-first (3 April) or --month-first (March 4), or write them as YYYY-MM-DD.</source>
        <translation>Daten wie 03/04/2027 sind in den Zeilen {rows} mehrdeutig: Führen Sie den Befehl erneut mit --day-first (3. April) oder --month-first (4. März) aus oder schreiben Sie sie als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} von {total}</translation>
    </message>
    <message>
        <source>copy a .roadmap file into an empty PostgreSQL database</source>
        <translation>eine .roadmap-Datei in eine leere PostgreSQL-Datenbank kopieren</translation>
    </message>
    <message>
        <source>Copy FILE (roadmap, findings&apos; acceptances and actions, layout, snapshots) into the empty database at URL, for a team to share. The password comes from ~/.pgpass, a service file, PGPASSWORD or the system keyring, never from the URL.</source>
        <translation>Kopiert FILE (Roadmap, Akzeptanzen und Maßnahmen zu Befunden, Layout, Momentaufnahmen) in die leere Datenbank unter URL, damit ein Team sie gemeinsam nutzt. Das Passwort kommt aus ~/.pgpass, einer Service-Datei, PGPASSWORD oder dem Schlüsselbund des Systems, nie aus der URL.</translation>
    </message>
    <message>
        <source>the .roadmap file</source>
        <translation>die .roadmap-Datei</translation>
    </message>
    <message>
        <source>{url} is not a postgresql:// address</source>
        <translation>{url} ist keine postgresql://-Adresse</translation>
    </message>
    <message>
        <source>Published {file} to {url}: {initiatives} initiatives, {snapshots} snapshots in {seconds} s.</source>
        <translation>{file} nach {url} veröffentlicht: {initiatives} Initiativen, {snapshots} Momentaufnahmen in {seconds} s.</translation>
    </message>
    <message>
        <source>write a local .roadmap copy of a roadmap on a PostgreSQL server</source>
        <translation>eine lokale .roadmap-Kopie einer Roadmap auf einem PostgreSQL-Server schreiben</translation>
    </message>
    <message>
        <source>Copy the roadmap at URL, with its layout and snapshots, into FILE.</source>
        <translation>Kopiert die Roadmap unter URL samt Layout und Momentaufnahmen nach FILE.</translation>
    </message>
    <message>
        <source>the .roadmap file to write</source>
        <translation>die zu schreibende .roadmap-Datei</translation>
    </message>
    <message>
        <source>Pulled {url} into {file} in {seconds} s.</source>
        <translation>{url} in {seconds} s nach {file} geholt.</translation>
    </message>
    <message>
        <source>write the sample retailer roadmap to PATH</source>
        <translation>die Beispiel-Roadmap eines Händlers nach PATH schreiben</translation>
    </message>
    <message>
        <source>Write the sample mid-size retailer&apos;s 2027-2028 e-commerce roadmap.</source>
        <translation>Schreibt die E-Commerce-Roadmap 2027–2028 eines mittelgroßen Beispielhändlers.</translation>
    </message>
    <message>
        <source>Wrote the sample roadmap to {path}</source>
        <translation>Beispiel-Roadmap nach {path} geschrieben</translation>
    </message>
    <message>
        <source>take, list, rename or delete the snapshots kept in a roadmap</source>
        <translation>Momentaufnahmen einer Roadmap anlegen, auflisten, umbenennen oder löschen</translation>
    </message>
    <message>
        <source>A snapshot is a named, dated, read-only copy of the whole roadmap (initiatives, links, budgets, dates, owners, accepted findings and the findings as computed then), kept inside the .roadmap file. Without an option, takes one named &apos;Board &lt;date&gt;&apos;. The file is saved at once (an older format is upgraded, with a backup).</source>
        <translation>Eine Momentaufnahme ist eine benannte, datierte, schreibgeschützte Kopie der ganzen Roadmap (Initiativen, Verknüpfungen, Budgets, Termine, Verantwortliche, akzeptierte Befunde und die damals berechneten Befunde), gespeichert in der .roadmap-Datei. Ohne Option wird eine namens &apos;Vorstand &lt;Datum&gt;&apos; angelegt. Die Datei wird sofort gespeichert (ein älteres Format wird mit Sicherungskopie aktualisiert).</translation>
    </message>
    <message>
        <source>take a snapshot with this name (default &apos;Board &lt;date&gt;&apos;)</source>
        <translation>eine Momentaufnahme mit diesem Namen anlegen (Standard &apos;Vorstand &lt;Datum&gt;&apos;)</translation>
    </message>
    <message>
        <source>list the snapshots, oldest first</source>
        <translation>die Momentaufnahmen auflisten, älteste zuerst</translation>
    </message>
    <message>
        <source>rename a snapshot</source>
        <translation>eine Momentaufnahme umbenennen</translation>
    </message>
    <message>
        <source>delete a snapshot</source>
        <translation>eine Momentaufnahme löschen</translation>
    </message>
    <message>
        <source>{file} holds no snapshot yet; take one with &apos;crossroads snapshot {file} --name NAME&apos;.</source>
        <translation>{file} enthält noch keine Momentaufnahme; legen Sie eine an mit &apos;crossroads snapshot {file} --name NAME&apos;.</translation>
    </message>
    <message>
        <source>Renamed snapshot {old} to {new}</source>
        <translation>Momentaufnahme {old} in {new} umbenannt</translation>
    </message>
    <message>
        <source>Deleted snapshot {name}</source>
        <translation>Momentaufnahme {name} gelöscht</translation>
    </message>
    <message>
        <source>Took snapshot {name} of {count} initiative ({size} kB) in {seconds} s</source>
        <translation>Momentaufnahme {name} mit {count} Initiative ({size} kB) in {seconds} s angelegt</translation>
    </message>
    <message>
        <source>Took snapshot {name} of {count} initiatives ({size} kB) in {seconds} s</source>
        <translation>Momentaufnahme {name} mit {count} Initiativen ({size} kB) in {seconds} s angelegt</translation>
    </message>
    <message>
        <source>{message}; saved {file}.</source>
        <translation>{message}; {file} gespeichert.</translation>
    </message>
    <message>
        <source>{text} is not a list of sizes like 200,2000,10000</source>
        <translation>{text} ist keine Liste von Größen wie 200,2000,10000</translation>
    </message>
    <message>
        <source>sizes must be between 1 and 50,000 initiatives</source>
        <translation>Größen müssen zwischen 1 und 50.000 Initiativen liegen</translation>
    </message>
    <message>
        <source>benchmark every stage on generated roadmaps</source>
        <translation>jede Stufe mit generierten Roadmaps messen (Benchmark)</translation>
    </message>
    <message>
        <source>Generate roadmaps of each size and report, stage by stage, wall time and peak memory (each stage in a fresh process), the target and a verdict, and our time as a ratio to two floors (a raw sqlite3 read and a bare networkx topological sort).</source>
        <translation>Erzeugt Roadmaps jeder Größe und berichtet Stufe für Stufe Laufzeit und Spitzenspeicher (jede Stufe in einem frischen Prozess), Zielwert und Urteil sowie unsere Zeit im Verhältnis zu zwei Untergrenzen (ein reines sqlite3-Lesen und eine bloße topologische Sortierung mit networkx).</translation>
    </message>
    <message>
        <source>initiative counts (default 200,2000,10000)</source>
        <translation>Anzahl der Initiativen (Standard 200,2000,10000)</translation>
    </message>
    <message>
        <source>also write the records as JSON to PATH</source>
        <translation>die Messwerte zusätzlich als JSON nach PATH schreiben</translation>
    </message>
    <message>
        <source>generator seed (default 2027)</source>
        <translation>Startwert des Generators (Standard 2027)</translation>
    </message>
    <message>
        <source>only these stages (generate always runs): {stages}</source>
        <translation>nur diese Stufen (generate läuft immer): {stages}</translation>
    </message>
    <message>
        <source>run each stage R times (fresh processes) and keep the fastest</source>
        <translation>jede Stufe R-mal ausführen (frische Prozesse) und die schnellste behalten</translation>
    </message>
    <message>
        <source>keep the generated files and PDFs in DIR</source>
        <translation>die erzeugten Dateien und PDFs in DIR behalten</translation>
    </message>
    <message>
        <source>also measure a shared roadmap on this PostgreSQL server (postgresql://ROLE@HOST/DB, a role that may create databases: each server stage makes its own and drops it)</source>
        <translation>zusätzlich eine gemeinsame Roadmap auf diesem PostgreSQL-Server messen (postgresql://ROLE@HOST/DB, eine Rolle, die Datenbanken anlegen darf: Jede Server-Stufe legt ihre eigene an und löscht sie wieder)</translation>
    </message>
    <message>
        <source>--keep {path} is a file, not a folder</source>
        <translation>--keep {path} ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>--repeat must be between 1 and 20</source>
        <translation>--repeat muss zwischen 1 und 20 liegen</translation>
    </message>
    <message>
        <source>--server {url} is not a postgresql:// address</source>
        <translation>--server {url} ist keine postgresql://-Adresse</translation>
    </message>
    <message>
        <source>--stages: unknown stage {unknown}; stages are {stages}</source>
        <translation>--stages: unbekannte Stufe {unknown}; Stufen sind {stages}</translation>
    </message>
    <message>
        <source>Benchmark: sizes {sizes}; each stage in a fresh process; seconds = wall time; peak MB = peak RSS of that process.</source>
        <translation>Benchmark: Größen {sizes}; jede Stufe in einem frischen Prozess; Sekunden = Laufzeit; Spitzen-MB = maximaler Arbeitsspeicher (RSS) dieses Prozesses.</translation>
    </message>
    <message>
        <source>the benchmark folder</source>
        <translation>der Benchmark-Ordner</translation>
    </message>
    <message>
        <source>Growth from {low} to {high} initiatives (linear would be {linear}x): {ratios}</source>
        <translation>Wachstum von {low} auf {high} Initiativen (linear wäre {linear}x): {ratios}</translation>
    </message>
    <message>
        <source>Not run: {stages} ({why})</source>
        <translation>Nicht ausgeführt: {stages} ({why})</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
</context>
<context>
    <name>CR100</name>
    <message>
        <source>{initiative} has no department and no accountable owner: no one answers for its business result.</source>
        <translation>{initiative} hat weder eine Abteilung noch eine verantwortliche Person: Niemand steht für das Geschäftsergebnis ein.</translation>
    </message>
    <message>
        <source>Name an accountable owner and the department that leads it. {who_should_lead}</source>
        <translation>Benennen Sie eine verantwortliche Person und die federführende Abteilung. {who_should_lead}</translation>
    </message>
</context>
<context>
    <name>CR101</name>
    <message>
        <source> ({names} only enables, which is not ownership)</source>
        <translation> ({names} unterstützt nur, das ist keine Verantwortung)</translation>
    </message>
    <message>
        <source> ({names} only enable, which is not ownership)</source>
        <translation> ({names} unterstützen nur, das ist keine Verantwortung)</translation>
    </message>
    <message>
        <source>No business department leads or contributes to {initiative}{note}: e-commerce run by IT alone gets skimpy budgets and meets no business objective.</source>
        <translation>Keine Fachabteilung führt oder wirkt mit bei {initiative}{note}: E-Commerce, den die IT allein betreibt, bekommt knappe Budgets und erreicht kein Geschäftsziel.</translation>
    </message>
</context>
<context>
    <name>CR102</name>
    <message>
        <source>{departments} leads {initiative} whose benefit is {area}: departments drive, IT enables.</source>
        <translation>{departments} führt {initiative}, deren Nutzen im Bereich {area} liegt: Die Fachabteilungen treiben, die IT befähigt.</translation>
    </message>
    <message>
        <source>{departments} leads {initiative} with no stated benefit area: departments drive, IT enables.</source>
        <translation>{departments} führt {initiative} ohne benannten Nutzenbereich: Die Fachabteilungen treiben, die IT befähigt.</translation>
    </message>
    <message>
        <source>{who_should_lead} Keep IT as contributor or enabler.</source>
        <translation>{who_should_lead} Die IT bleibt mitwirkend oder unterstützend.</translation>
    </message>
</context>
<context>
    <name>CR103</name>
    <message>
        <source>Ask an executive of {department} to sponsor it, e.g. {names}, who already sponsors other work.</source>
        <translation>Bitten Sie eine Führungskraft aus {department} um die Patenschaft, z. B. {names}, die bereits andere Vorhaben fördert.</translation>
    </message>
    <message>
        <source>Ask an executive of {department} to sponsor it, e.g. {names}, who already sponsor other work.</source>
        <translation>Bitten Sie eine Führungskraft aus {department} um die Patenschaft, z. B. {names}, die bereits andere Vorhaben fördern.</translation>
    </message>
    <message>
        <source>Ask an executive of {department} to sponsor it.</source>
        <translation>Bitten Sie eine Führungskraft aus {department} um die Patenschaft.</translation>
    </message>
    <message>
        <source>Ask the executive of the business department that benefits to sponsor it.</source>
        <translation>Bitten Sie die Leitung der profitierenden Fachabteilung um die Patenschaft.</translation>
    </message>
    <message>
        <source>{initiative} has no executive sponsor: work without executive support loses every budget round.</source>
        <translation>{initiative} hat keinen Sponsor aus der Geschäftsleitung: Vorhaben ohne Rückhalt der Führung verlieren jede Budgetrunde.</translation>
    </message>
</context>
<context>
    <name>CR104</name>
    <message>
        <source>its executive sponsor</source>
        <translation>dem Sponsor aus der Geschäftsleitung</translation>
    </message>
    <message>
        <source>{initiative} has no budget: every initiative needs one, or it runs on IT&apos;s leftovers.</source>
        <translation>{initiative} hat kein Budget: Jede Initiative braucht eines, sonst lebt sie von den Resten der IT.</translation>
    </message>
    <message>
        <source>Agree a budget with {who} and record it.</source>
        <translation>Vereinbaren Sie ein Budget mit {who} und erfassen Sie es.</translation>
    </message>
</context>
<context>
    <name>CR105</name>
    <message>
        <source>{initiative} is measured by traffic alone; site visits are not a success measure.</source>
        <translation>{initiative} wird nur an Besucherzahlen gemessen; Seitenbesuche sind keine Erfolgskennzahl.</translation>
    </message>
    <message>
        <source>{initiative} has no kind of success measure; measure return, not activity.</source>
        <translation>{initiative} hat keine Art der Erfolgsmessung; messen Sie Ertrag, nicht Aktivität.</translation>
    </message>
    <message>
        <source>{initiative} states no success measure (kind {kind}); measure return, not activity.</source>
        <translation>{initiative} nennt keine Erfolgskennzahl (Art: {kind}); messen Sie Ertrag, nicht Aktivität.</translation>
    </message>
    <message>
        <source>Measure {measure}, with a target and a date.</source>
        <translation>Messen Sie {measure}, mit Zielwert und Termin.</translation>
    </message>
</context>
<context>
    <name>CR106</name>
    <message>
        <source>Buy or partner: the roadmap already knows {vendors} ({capability}); IT vets, integrates and manages the vendor.</source>
        <translation>Kaufen oder mit Partner umsetzen: Die Roadmap kennt bereits {vendors} ({capability}); die IT prüft, integriert und steuert den Anbieter.</translation>
    </message>
    <message>
        <source>Buy or partner: the market sells {capability} ({products}); IT vets and integrates the vendor.</source>
        <translation>Kaufen oder mit Partner umsetzen: Der Markt bietet {capability} an ({products}); die IT prüft und integriert den Anbieter.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>{initiative} builds its own {capability}: do not build what the market sells.</source>
        <translation>{initiative} entwickelt {capability} selbst: Bauen Sie nicht, was der Markt als Produkt anbietet.</translation>
    </message>
</context>
<context>
    <name>CR107</name>
    <message>
        <source>{initiative} faces customers but states no value for them: align with customers, not with the org chart.</source>
        <translation>{initiative} richtet sich an Kunden, nennt aber keinen Nutzen für sie: Orientieren Sie sich an den Kunden, nicht am Organigramm.</translation>
    </message>
    <message>
        <source>Write in one sentence what the customer gets (faster checkout, delivery choice, easier returns).</source>
        <translation>Beschreiben Sie in einem Satz, was die Kunden davon haben (schnellerer Checkout, Wahl der Lieferung, einfachere Retouren).</translation>
    </message>
</context>
<context>
    <name>CR201</name>
    <message>
        <source>{chain}: each waits for the next, so none of them can ever start.</source>
        <translation>{chain}: Jede wartet auf die nächste, daher kann keine von ihnen je beginnen.</translation>
    </message>
    <message>
        <source>Cut the link &apos;{dependent}&apos; depends on &apos;{prerequisite}&apos;: {why}.</source>
        <translation>Kappen Sie die Abhängigkeit &apos;{dependent}&apos; von &apos;{prerequisite}&apos;: {why}.</translation>
    </message>
</context>
<context>
    <name>CR202</name>
    <message>
        <source>{count} day before {prerequisite} ends</source>
        <translation>{count} Tag vor dem Ende von {prerequisite}</translation>
    </message>
    <message>
        <source>{count} days before {prerequisite} ends</source>
        <translation>{count} Tage vor dem Ende von {prerequisite}</translation>
    </message>
    <message>
        <source>Its link to {prerequisite} closes a dependency cycle (CR201): cut that link rather than moving dates.</source>
        <translation>Ihre Abhängigkeit von {prerequisite} schließt einen Abhängigkeitskreis (CR201): Kappen Sie diese Verbindung, statt Termine zu verschieben.</translation>
    </message>
    <message>
        <source>Start it on or after {date} (auto-schedule does this), or remove the dependency if it is not real.</source>
        <translation>Lassen Sie sie frühestens am {date} beginnen (das übernimmt die automatische Terminierung) oder entfernen Sie die Abhängigkeit, falls sie nicht besteht.</translation>
    </message>
    <message>
        <source>{initiative} starts {gaps}, though it depends on it: finish-to-start is broken.</source>
        <translation>{initiative} beginnt {gaps}, obwohl sie davon abhängt: Die Ende-Anfang-Beziehung ist verletzt.</translation>
    </message>
    <message>
        <source>{initiative} starts {gaps}, though it depends on them: finish-to-start is broken.</source>
        <translation>{initiative} beginnt {gaps}, obwohl sie von diesen abhängt: Die Ende-Anfang-Beziehung ist verletzt.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>CR203</name>
    <message>
        <source>{initiative} depends on cancelled {names}: what it waits for will never be delivered.</source>
        <translation>{initiative} hängt von gestoppter Arbeit ab ({names}): Worauf sie wartet, wird nie geliefert.</translation>
    </message>
    <message>
        <source>Remove the dependency and plan what it really needs, or reconsider the initiative itself.</source>
        <translation>Entfernen Sie die Abhängigkeit und planen Sie, was wirklich gebraucht wird, oder stellen Sie die Initiative selbst auf den Prüfstand.</translation>
    </message>
</context>
<context>
    <name>CR204</name>
    <message>
        <source>starts {count} day before it</source>
        <translation>beginnt {count} Tag davor</translation>
    </message>
    <message>
        <source>starts {count} days before it</source>
        <translation>beginnt {count} Tage davor</translation>
    </message>
    <message>
        <source>ends {count} day after it</source>
        <translation>endet {count} Tag danach</translation>
    </message>
    <message>
        <source>ends {count} days after it</source>
        <translation>endet {count} Tage danach</translation>
    </message>
    <message>
        <source>{initiative} runs outside the planning horizon ({horizon}): it {sides}.</source>
        <translation>{initiative} läuft außerhalb des Planungshorizonts ({horizon}): Sie {sides}.</translation>
    </message>
    <message>
        <source>Move it into the horizon, or put it in the Later bucket until it is planned.</source>
        <translation>Verschieben Sie sie in den Horizont oder ordnen Sie sie bis zur Planung dem Zeithorizont „Später“ zu.</translation>
    </message>
    <message>
        <source>Move it inside {horizon}, or extend the horizon to {extended}.</source>
        <translation>Verschieben Sie sie in den Zeitraum {horizon} oder erweitern Sie den Horizont auf {extended}.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
</context>
<context>
    <name>CR301</name>
    <message>
        <source>{name} is accountable for {peak} initiatives at once on {date}, more than {limit}: no one can own that many results.</source>
        <translation>{name} verantwortet am {date} gleichzeitig {peak} Initiativen, mehr als {limit}: Niemand kann für so viele Ergebnisse einstehen.</translation>
    </message>
    <message>
        <source>Hand {initiatives} to another accountable owner, or stagger the dates.</source>
        <translation>Übergeben Sie {initiatives} an eine andere verantwortliche Person oder staffeln Sie die Termine.</translation>
    </message>
</context>
<context>
    <name>CR302</name>
    <message>
        <source>{vendor}&apos;s contract ends {date}, before {initiatives} that uses it ends.</source>
        <translation>Der Vertrag mit {vendor} endet am {date}, vor dem Ende von {initiatives}, die ihn nutzt.</translation>
    </message>
    <message>
        <source>{vendor}&apos;s contract ends {date}, before {initiatives} that use it end.</source>
        <translation>Der Vertrag mit {vendor} endet am {date}, vor dem Ende von {initiatives}, die ihn nutzen.</translation>
    </message>
    <message>
        <source>Renew or extend the {vendor} contract to at least {last}, or plan the switch to another vendor before {date}.</source>
        <translation>Verlängern Sie den Vertrag mit {vendor} mindestens bis {last} oder planen Sie den Wechsel zu einem anderen Anbieter vor dem {date}.</translation>
    </message>
</context>
<context>
    <name>CR303</name>
    <message>
        <source>{vendors} already on the roadmap</source>
        <translation>{vendors} (bereits auf der Roadmap)</translation>
    </message>
    <message>
        <source>a second supplier</source>
        <translation>einen zweiten Lieferanten</translation>
    </message>
    <message>
        <source>{vendor} carries {share} of the {total} that goes through vendors, more than {limit}: the roadmap depends on one supplier.</source>
        <translation>{vendor} trägt {share} der {total}, die über Anbieter laufen, mehr als {limit}: Die Roadmap hängt von einem einzigen Lieferanten ab.</translation>
    </message>
    <message>
        <source>Negotiate exit terms and data portability with {vendor}, and consider {alternative} for part of the work.</source>
        <translation>Verhandeln Sie mit {vendor} Ausstiegsbedingungen und Datenportabilität und ziehen Sie {alternative} für einen Teil der Arbeit in Betracht.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Milestone of the initiative {title} ({roadmap}).</source>
        <translation>Meilenstein der Initiative {title} ({roadmap}).</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Contract ends: {vendor}</source>
        <translation>Vertragsende: {vendor}</translation>
    </message>
    <message>
        <source>The contract with {vendor} ({category}) ends; initiatives that use it must be done or renewed by then.</source>
        <translation>Der Vertrag mit {vendor} ({category}) endet; Initiativen, die ihn nutzen, müssen bis dahin abgeschlossen oder der Vertrag verlängert sein.</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>Board: {name}</source>
        <translation>Vorstand: {name}</translation>
    </message>
    <message>
        <source>The roadmap as shown to the board ({name}).</source>
        <translation>Die Roadmap, wie sie dem Vorstand vorgelegt wurde ({name}).</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Vorstand</translation>
    </message>
    <message>
        <source>Due: {code} {subject}{who}</source>
        <translation>Fällig: {code} {subject}{who}</translation>
    </message>
    <message>
        <source>Follow-up of finding {code} agreed with the board.</source>
        <translation>Mit dem Vorstand vereinbarte Nachverfolgung des Befunds {code}.</translation>
    </message>
    <message>
        <source>Board follow-up</source>
        <translation>Nachverfolgung Vorstand</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>IT-alone budget</source>
        <translation>Budget nur bei der IT</translation>
    </message>
    <message>
        <source>Business-led budget</source>
        <translation>Fachgeführtes Budget</translation>
    </message>
    <message>
        <source>Budget with a return measure</source>
        <translation>Budget mit Ertragskennzahl</translation>
    </message>
    <message>
        <source>Open high findings</source>
        <translation>Offene hohe Befunde</translation>
    </message>
    <message>
        <source>What changed since {name}</source>
        <translation>Was sich seit {name} geändert hat</translation>
    </message>
    <message>
        <source>Snapshot of {date}</source>
        <translation>Momentaufnahme vom {date}</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>{count} slip</source>
        <translation>{count} Verzug</translation>
    </message>
    <message>
        <source>{count} slips</source>
        <translation>{count} Verzüge</translation>
    </message>
    <message>
        <source>{count} budget move</source>
        <translation>{count} Budgetänderung</translation>
    </message>
    <message>
        <source>{count} budget moves</source>
        <translation>{count} Budgetänderungen</translation>
    </message>
    <message>
        <source>{count} new high finding, {resolved} resolved</source>
        <translation>{count} neuer hoher Befund, {resolved} erledigt</translation>
    </message>
    <message>
        <source>{count} new high findings, {resolved} resolved</source>
        <translation>{count} neue hohe Befunde, {resolved} erledigt</translation>
    </message>
    <message>
        <source>{added} added, {removed} removed</source>
        <translation>{added} hinzugefügt, {removed} entfernt</translation>
    </message>
    <message>
        <source>Biggest slips</source>
        <translation>Größte Verzüge</translation>
    </message>
    <message>
        <source>No initiative slipped.</source>
        <translation>Keine Initiative hat sich verzögert.</translation>
    </message>
    <message>
        <source>Budget moves</source>
        <translation>Budgetänderungen</translation>
    </message>
    <message>
        <source>No budget changed.</source>
        <translation>Kein Budget hat sich geändert.</translation>
    </message>
    <message>
        <source>Decisions taken in workshops since</source>
        <translation>Seitdem in Workshops getroffene Entscheidungen</translation>
    </message>
    <message>
        <source>No decision was recorded since.</source>
        <translation>Seitdem wurde keine Entscheidung erfasst.</translation>
    </message>
    <message>
        <source>and {count} more (&apos;crossroads diff&apos; lists them all)</source>
        <translation>und {count} weitere (&apos;crossroads diff&apos; listet alle auf)</translation>
    </message>
    <message>
        <source>High findings: new and resolved</source>
        <translation>Hohe Befunde: neu und erledigt</translation>
    </message>
    <message>
        <source>No high finding opened or resolved.</source>
        <translation>Kein hoher Befund neu oder erledigt.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>RESOLVED</source>
        <translation>ERLEDIGT</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>Governance trend across snapshots</source>
        <translation>Governance-Trend über die Momentaufnahmen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>lead department</source>
        <translation>federführende Abteilung</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortliche(r)</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings opened</source>
        <translation>Neue Befunde</translation>
    </message>
    <message>
        <source>Findings resolved</source>
        <translation>Erledigte Befunde</translation>
    </message>
    <message>
        <source>Findings accepted</source>
        <translation>Akzeptierte Befunde</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>{number} week</source>
        <translation>{number} Woche</translation>
    </message>
    <message>
        <source>{number} weeks</source>
        <translation>{number} Wochen</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Termin</translation>
    </message>
    <message>
        <source>end {old} -&gt; {new}</source>
        <translation>Ende {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>start {old} -&gt; {new}</source>
        <translation>Beginn {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>{initiative}: slipped, {changes}</source>
        <translation>{initiative}: verzögert, {changes}</translation>
    </message>
    <message>
        <source>{initiative}: moved, {changes}</source>
        <translation>{initiative}: verschoben, {changes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine(r)</translation>
    </message>
    <message>
        <source>{initiative}: new</source>
        <translation>{initiative}: neu</translation>
    </message>
    <message>
        <source>{initiative}: removed</source>
        <translation>{initiative}: entfernt</translation>
    </message>
    <message>
        <source>{initiative}: {field} {old} -&gt; {new}</source>
        <translation>{initiative}: {field} {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>, undated</source>
        <translation>, ohne Termin</translation>
    </message>
    <message>
        <source>, {start} to {end}</source>
        <translation>, {start} bis {end}</translation>
    </message>
    <message>
        <source>{initiative}: budget {old} -&gt; {new} ({delta})</source>
        <translation>{initiative}: Budget {old} -&gt; {new} ({delta})</translation>
    </message>
    <message>
        <source>Changes since {since}</source>
        <translation>Änderungen seit {since}</translation>
    </message>
    <message>
        <source>Changes since {since} until {until}</source>
        <translation>Änderungen seit {since} bis {until}</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>The snapshot {name} is damaged and is left out of the governance trend ({error}).</source>
        <translation>Die Momentaufnahme {name} ist beschädigt und fehlt im Governance-Trend ({error}).</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Other ({count})</source>
        <translation>Sonstige ({count})</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>Confidentiality</name>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Confidential – Board use only</source>
        <translation>Vertraulich – nur für den Vorstand</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation>Streng vertraulich</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>BOARD PACK  ·  E-COMMERCE ROADMAP</source>
        <translation>VORSTANDSUNTERLAGE  ·  E-COMMERCE-ROADMAP</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Planning horizon</source>
        <translation>Planungshorizont</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>IN THIS PACK</source>
        <translation>INHALT</translation>
    </message>
    <message>
        <source>AT A GLANCE</source>
        <translation>AUF EINEN BLICK</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>{scheduled} scheduled · {unscheduled} not yet scheduled</source>
        <translation>{scheduled} terminiert · {unscheduled} noch nicht terminiert</translation>
    </message>
    <message>
        <source>total budget</source>
        <translation>Gesamtbudget</translation>
    </message>
    <message>
        <source>{share} led by business departments</source>
        <translation>{share} unter Führung der Fachabteilungen</translation>
    </message>
    <message>
        <source>initiatives run by IT alone</source>
        <translation>Initiativen nur bei der IT</translation>
    </message>
    <message>
        <source>no business department leads or contributes</source>
        <translation>keine Fachabteilung führt oder wirkt mit</translation>
    </message>
    <message>
        <source>open high-severity findings</source>
        <translation>offene Befunde hoher Schwere</translation>
    </message>
    <message>
        <source>{broken} broken dependencies · {accepted} accepted risks</source>
        <translation>{broken} verletzte Abhängigkeiten · {accepted} akzeptierte Risiken</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>day-first</source>
        <translation>Tag zuerst</translation>
    </message>
    <message>
        <source>month-first</source>
        <translation>Monat zuerst</translation>
    </message>
    <message>
        <source>2027-03-01, 01/03/2027, 1 Mar 2027, March 1, 2027, Q3 2027 or H2 2027</source>
        <translation>2027-03-01, 01.03.2027, 1. März 2027, 1 Mar 2027, Q3 2027 oder H2 2027</translation>
    </message>
    <message>
        <source>{value} is not a date (use {forms})</source>
        <translation>{value} ist kein Datum (verwenden Sie {forms})</translation>
    </message>
    <message>
        <source>{value} is not a valid date</source>
        <translation>{value} ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>{text} cannot be read {order} like the other dates of this column; write it as YYYY-MM-DD</source>
        <translation>{text} lässt sich nicht wie die übrigen Daten dieser Spalte lesen ({order}); schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>{text} is ambiguous: {day_first} (day first) or {month_first} (month first), and no other date in this column decides; write it as YYYY-MM-DD or choose the date order</source>
        <translation>{text} ist mehrdeutig: {day_first} (Tag zuerst) oder {month_first} (Monat zuerst), und kein anderes Datum dieser Spalte entscheidet; schreiben Sie es als JJJJ-MM-TT oder wählen Sie die Datumsreihenfolge</translation>
    </message>
    <message>
        <source>{value} is not a valid date: the weekday does not match</source>
        <translation>{value} ist kein gültiges Datum: Der Wochentag passt nicht</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <source>No &apos;what changed&apos; slide: {error}</source>
        <translation>Keine Folie &apos;Was sich geändert hat&apos;: {error}</translation>
    </message>
    <message>
        <source>E-commerce roadmap board deck, as of {date}</source>
        <translation>Vorstandspräsentation zur E-Commerce-Roadmap, Stand {date}</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stand {date}</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Board pack as of {date}</source>
        <translation>Vorstandsunterlage, Stand {date}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Run by IT alone ({budget})</source>
        <translation>Nur bei der IT ({budget})</translation>
    </message>
    <message>
        <source>Plan by
quarter</source>
        <translation>Plan nach
Quartal</translation>
    </message>
    <message>
        <source>{count} changes since the snapshot{when}</source>
        <translation>{count} Änderungen seit der Momentaufnahme{when}</translation>
    </message>
    <message>
        <source>Nothing changed since the snapshot{when}</source>
        <translation>Keine Änderungen seit der Momentaufnahme{when}</translation>
    </message>
    <message>
        <source>+{count} more in the board pack</source>
        <translation>+{count} weitere in der Vorstandsunterlage</translation>
    </message>
    <message>
        <source> · the critical path and largest budgets; {count} more in the pack</source>
        <translation> · kritischer Pfad und größte Budgets; {count} weitere in der Unterlage</translation>
    </message>
    <message>
        <source> ({number} of {total})</source>
        <translation> ({number} von {total})</translation>
    </message>
    <message>
        <source>  [IT ALONE]</source>
        <translation>  [NUR IT]</translation>
    </message>
    <message>
        <source>Planned: tinted</source>
        <translation>Geplant: getönt</translation>
    </message>
    <message>
        <source>Started: solid</source>
        <translation>Begonnen: voll</translation>
    </message>
    <message>
        <source>IT alone: hatched</source>
        <translation>Nur IT: schraffiert</translation>
    </message>
    <message>
        <source>Critical: bold</source>
        <translation>Kritisch: fett</translation>
    </message>
    <message>
        <source>◆ Milestone</source>
        <translation>◆ Meilenstein</translation>
    </message>
    <message>
        <source>{open} open: {high} high, {medium} medium, {low} low</source>
        <translation>{open} offen: {high} hoch, {medium} mittel, {low} niedrig</translation>
    </message>
    <message>
        <source> · {count} more in the board pack</source>
        <translation> · {count} weitere in der Vorstandsunterlage</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Wer handelt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>DependencyMap</name>
    <message>
        <source>Dependency map</source>
        <translation>Abhängigkeitskarte</translation>
    </message>
    <message>
        <source>{count} dependency between {nodes} initiatives · {broken} broken</source>
        <translation>{count} Abhängigkeit zwischen {nodes} Initiativen · {broken} verletzt</translation>
    </message>
    <message>
        <source>{count} dependencies between {nodes} initiatives · {broken} broken</source>
        <translation>{count} Abhängigkeiten zwischen {nodes} Initiativen · {broken} verletzt</translation>
    </message>
    <message>
        <source>No dependency map: no initiative depends on another.</source>
        <translation>Keine Abhängigkeitskarte: Keine Initiative hängt von einer anderen ab.</translation>
    </message>
    <message>
        <source> · {count} without dependencies not shown</source>
        <translation> · {count} ohne Abhängigkeiten nicht dargestellt</translation>
    </message>
    <message>
        <source>{count} dependencies between {nodes} initiatives, {broken} broken · summarised by lead department; each initiative&apos;s links are in the appendix</source>
        <translation>{count} Abhängigkeiten zwischen {nodes} Initiativen, {broken} verletzt · zusammengefasst nach federführender Abteilung; die Verknüpfungen jeder Initiative stehen im Anhang</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>LEGEND</source>
        <translation>LEGENDE</translation>
    </message>
    <message>
        <source>depends on (arrow points to the initiative that waits)</source>
        <translation>hängt ab von (Pfeil zeigt auf die wartende Initiative)</translation>
    </message>
    <message>
        <source>critical path</source>
        <translation>kritischer Pfad</translation>
    </message>
    <message>
        <source>broken: starts before its prerequisite ends</source>
        <translation>verletzt: beginnt vor dem Ende der Voraussetzung</translation>
    </message>
    <message>
        <source>IT alone</source>
        <translation>Nur IT</translation>
    </message>
    <message>
        <source>STRIPE</source>
        <translation>STREIFEN</translation>
    </message>
    <message>
        <source>Dependencies between lead departments</source>
        <translation>Abhängigkeiten zwischen federführenden Abteilungen</translation>
    </message>
    <message>
        <source>Row: the department whose initiatives wait · column: the department they wait for · red figures: broken dependencies</source>
        <translation>Zeile: Abteilung mit wartenden Initiativen · Spalte: Abteilung, auf die gewartet wird · rote Zahlen: verletzte Abhängigkeiten</translation>
    </message>
    <message>
        <source>{count} broken</source>
        <translation>{count} verletzt</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>No chain of open dependent initiatives.</source>
        <translation>Keine Kette offener, voneinander abhängiger Initiativen.</translation>
    </message>
    <message>
        <source>{count} initiatives; any delay here delays the end of the roadmap</source>
        <translation>{count} Initiativen; jede Verzögerung hier verzögert das Ende der Roadmap</translation>
    </message>
    <message>
        <source>… and {count} more; see the timeline (bold) and the appendix</source>
        <translation>… und {count} weitere; siehe Zeitplan (fett) und Anhang</translation>
    </message>
    <message>
        <source>Most waited for</source>
        <translation>Am meisten erwartet</translation>
    </message>
    <message>
        <source>Initiatives with the most work depending on them directly; a slip here moves all of it</source>
        <translation>Initiativen, von denen die meiste Arbeit direkt abhängt; ein Verzug hier verschiebt all das</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} wartend</translation>
    </message>
    <message>
        <source>, {count} broken</source>
        <translation>, {count} verletzt</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>accepted_at</source>
        <translation>Akzeptiert am</translation>
    </message>
    <message>
        <source>accepted_by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor(in)</translation>
    </message>
    <message>
        <source>benefit_area</source>
        <translation>Nutzenbereich</translation>
    </message>
    <message>
        <source>benefit_areas</source>
        <translation>Nutzenbereiche</translation>
    </message>
    <message>
        <source>bucket</source>
        <translation>Zeithorizont</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>contract_end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>customer_facing</source>
        <translation>Kundennah</translation>
    </message>
    <message>
        <source>customer_value</source>
        <translation>Kundennutzen</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>department_id</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>depends_on_id</source>
        <translation>Abhängig von</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>fiscal_year_start_month</source>
        <translation>Beginn des Geschäftsjahres</translation>
    </message>
    <message>
        <source>health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>horizon_end</source>
        <translation>Horizontende</translation>
    </message>
    <message>
        <source>horizon_start</source>
        <translation>Horizontbeginn</translation>
    </message>
    <message>
        <source>initiative_id</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>is_it</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>journey_stage</source>
        <translation>Phase der Customer Journey</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>made_at</source>
        <translation>Getroffen am</translation>
    </message>
    <message>
        <source>measure_kind</source>
        <translation>Art der Erfolgsmessung</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortliche(r)</translation>
    </message>
    <message>
        <source>owner_id</source>
        <translation>Verantwortliche(r)</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>recorded_at</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>sourcing</source>
        <translation>Beschaffung</translation>
    </message>
    <message>
        <source>sponsor_id</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>success_measure</source>
        <translation>Erfolgskennzahl</translation>
    </message>
    <message>
        <source>taken_at</source>
        <translation>Aufgenommen am</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>vendor_id</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation>{path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>this roadmap</source>
        <translation>diese Roadmap</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}</source>
        <translation>{path} kann nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>has no unsaved changes to recover</source>
        <translation>Es gibt keine ungesicherten Änderungen zum Wiederherstellen</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>Die Datei ist nicht lesbar ({error})</translation>
    </message>
    <message>
        <source>the recovered roadmap</source>
        <translation>die wiederhergestellte Roadmap</translation>
    </message>
    <message>
        <source>a new roadmap</source>
        <translation>eine neue Roadmap</translation>
    </message>
    <message>
        <source>no working copy can be made in {folder} ({error}); set XDG_STATE_HOME to a folder you can write to</source>
        <translation>In {folder} lässt sich keine Arbeitskopie anlegen ({error}); setzen Sie XDG_STATE_HOME auf einen beschreibbaren Ordner</translation>
    </message>
    <message>
        <source>it has no file name yet: choose where to save it</source>
        <translation>Sie hat noch keinen Dateinamen: Wählen Sie, wo sie gespeichert werden soll</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>Das Ziel ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>it changed on disk since you opened it (saved by someone else or another program): reload it, overwrite it, or save yours as another file</source>
        <translation>Die Datei wurde seit dem Öffnen auf dem Datenträger geändert (von jemand anderem oder einem anderen Programm gespeichert): Laden Sie sie neu, überschreiben Sie sie oder speichern Sie Ihre Fassung als andere Datei</translation>
    </message>
    <message>
        <source>the written copy failed its check: it {reason}</source>
        <translation>Die geschriebene Kopie hat die Prüfung nicht bestanden: {reason}</translation>
    </message>
    <message>
        <source>{reason}; the file on disk is unchanged</source>
        <translation>{reason}; die Datei auf dem Datenträger ist unverändert</translation>
    </message>
    <message>
        <source>is not a Crossroads roadmap</source>
        <translation>Die Datei ist keine Crossroads-Roadmap</translation>
    </message>
    <message>
        <source>is damaged (truncated or corrupt)</source>
        <translation>Die Datei ist beschädigt (abgeschnitten oder fehlerhaft)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>Die Datei existiert nicht</translation>
    </message>
    <message>
        <source>is a folder, not a roadmap file</source>
        <translation>Das ist ein Ordner, keine Roadmap-Datei</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>Die Datei ist nicht lesbar (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>is empty: it is not a Crossroads roadmap</source>
        <translation>Die Datei ist leer: Sie ist keine Crossroads-Roadmap</translation>
    </message>
    <message>
        <source> (it looks like a text file)</source>
        <translation> (sie sieht wie eine Textdatei aus)</translation>
    </message>
    <message>
        <source>is an SQLite database, but not a Crossroads roadmap</source>
        <translation>Die Datei ist eine SQLite-Datenbank, aber keine Crossroads-Roadmap</translation>
    </message>
    <message>
        <source>was left in write-ahead-log mode by another program; Crossroads only opens files it can check as a whole</source>
        <translation>Ein anderes Programm hat die Datei im Write-Ahead-Log-Modus hinterlassen; Crossroads öffnet nur Dateien, die es als Ganzes prüfen kann</translation>
    </message>
    <message>
        <source>was written by a newer Crossroads (format {version}; this version reads up to {supported}): update Crossroads to open it</source>
        <translation>Die Datei stammt von einer neueren Crossroads-Version (Format {version}; diese Version liest bis Format {supported}): Aktualisieren Sie Crossroads, um sie zu öffnen</translation>
    </message>
    <message>
        <source>has format version {version}, which no Crossroads ever wrote: {reason}</source>
        <translation>Die Datei hat die Formatversion {version}, die keine Crossroads-Version je geschrieben hat: {reason}</translation>
    </message>
    <message>
        <source>its format version disagrees</source>
        <translation>die Angaben zur Formatversion widersprechen sich</translation>
    </message>
    <message>
        <source>it holds text that is not valid UTF-8</source>
        <translation>sie enthält Text, der kein gültiges UTF-8 ist</translation>
    </message>
    <message>
        <source>a changed {kind} &apos;{name}&apos;</source>
        <translation>ein geändertes Objekt {kind} &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>contains unexpected database objects ({what}): refused for safety</source>
        <translation>Die Datei enthält unerwartete Datenbankobjekte ({what}): aus Sicherheitsgründen abgelehnt</translation>
    </message>
    <message>
        <source>its {kind} &apos;{name}&apos; is missing</source>
        <translation>das Objekt {kind} &apos;{name}&apos; fehlt</translation>
    </message>
    <message>
        <source>row {row} of {table} refers to a missing {parent}</source>
        <translation>Zeile {row} von {table} verweist auf einen fehlenden Eintrag in {parent}</translation>
    </message>
    <message>
        <source>it records no format version</source>
        <translation>sie enthält keine Formatversion</translation>
    </message>
    <message>
        <source>its schema revision disagrees with its format</source>
        <translation>ihre Schemarevision passt nicht zu ihrem Format</translation>
    </message>
    <message>
        <source>its document row is not row 1</source>
        <translation>ihre Dokumentzeile ist nicht Zeile 1</translation>
    </message>
    <message>
        <source>it has {count} document rows instead of one</source>
        <translation>sie hat {count} Dokumentzeilen statt einer</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is in the older format {version} and must be upgraded, but no backup could be kept beside it ({error})</source>
        <translation>Die Datei hat das ältere Format {version} und muss aktualisiert werden, aber daneben ließ sich keine Sicherungskopie anlegen ({error})</translation>
    </message>
    <message>
        <source>is in format {version}, which this Crossroads cannot upgrade</source>
        <translation>Die Datei hat das Format {version}, das diese Crossroads-Version nicht aktualisieren kann</translation>
    </message>
    <message>
        <source>could not be upgraded from format {version} ({detail})</source>
        <translation>Die Datei ließ sich nicht von Format {version} aktualisieren ({detail})</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{open} open: {high} high, {medium} medium, {low} low · {accepted} accepted as known risks</source>
        <translation>{open} offen: {high} hoch, {medium} mittel, {low} niedrig · {accepted} als bekannte Risiken akzeptiert</translation>
    </message>
    <message>
        <source>Findings and recommendations</source>
        <translation>Befunde und Empfehlungen</translation>
    </message>
    <message>
        <source>The analysis found nothing to report.</source>
        <translation>Die Analyse hat nichts zu berichten.</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Rule, and what to do (first case)</source>
        <translation>Regel und was zu tun ist (erster Fall)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>{severity} severity</source>
        <translation>Schwere: {severity}</translation>
    </message>
    <message>
        <source>{count} open</source>
        <translation>{count} offen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Who acts, by when</source>
        <translation>Wer handelt bis wann</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Termin</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>nicht benannt</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig {date}</translation>
    </message>
    <message>
        <source>due {date} (proposed)</source>
        <translation>fällig {date} (Vorschlag)</translation>
    </message>
    <message>
        <source>ACCEPTED</source>
        <translation>AKZEPTIERT</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>not scheduled</source>
        <translation>nicht terminiert</translation>
    </message>
    <message>
        <source>{number} k</source>
        <translation>{number} Tsd.</translation>
    </message>
</context>
<context>
    <name>Ideas</name>
    <message>
        <source>No horizon</source>
        <translation>Ohne Horizont</translation>
    </message>
    <message>
        <source>no lead department</source>
        <translation>keine federführende Abteilung</translation>
    </message>
    <message>
        <source>Not yet scheduled</source>
        <translation>Noch nicht terminiert</translation>
    </message>
    <message>
        <source>{count} initiatives without dates, by horizon</source>
        <translation>{count} Initiativen ohne Termine, nach Zeithorizont</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source> First: {problem}</source>
        <translation> Erstes Problem: {problem}</translation>
    </message>
    <message>
        <source>The sheet has {count} problem(s); nothing was imported.</source>
        <translation>Die Tabelle hat {count} Problem(e); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Import {count} initiative</source>
        <translation>{count} Initiative importieren</translation>
    </message>
    <message>
        <source>Import {count} initiatives</source>
        <translation>{count} Initiativen importieren</translation>
    </message>
    <message>
        <source>{value} is not an amount</source>
        <translation>{value} ist kein Betrag</translation>
    </message>
    <message>
        <source>{value} is not an amount (write it like 1200000, 1,200,000, €1.2m, 250k or 1e6)</source>
        <translation>{value} ist kein Betrag (schreiben Sie ihn etwa als 1200000, 1,200,000, €1.2m, 250k oder 1e6)</translation>
    </message>
    <message>
        <source>{count} initiative row</source>
        <translation>{count} Initiativzeile</translation>
    </message>
    <message>
        <source>{count} initiative rows</source>
        <translation>{count} Initiativzeilen</translation>
    </message>
    <message>
        <source>{count} task</source>
        <translation>{count} Vorgang</translation>
    </message>
    <message>
        <source>{count} tasks</source>
        <translation>{count} Vorgänge</translation>
    </message>
    <message>
        <source>Import from {source}: {rows}.</source>
        <translation>Import aus {source}: {rows}.</translation>
    </message>
    <message>
        <source>Columns: {columns}.</source>
        <translation>Spalten: {columns}.</translation>
    </message>
    <message>
        <source>none recognised</source>
        <translation>keine erkannt</translation>
    </message>
    <message>
        <source>Ignored columns: {columns}.</source>
        <translation>Ignorierte Spalten: {columns}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>{count} problem in {rows}; nothing was imported:</source>
        <translation>{count} Problem in {rows}; nichts wurde importiert:</translation>
    </message>
    <message>
        <source>{count} problems in {rows}; nothing was imported:</source>
        <translation>{count} Probleme in {rows}; nichts wurde importiert:</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>{count} Zeile</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} Zeilen</translation>
    </message>
    <message>
        <source>{count} problem; nothing was imported:</source>
        <translation>{count} Problem; nichts wurde importiert:</translation>
    </message>
    <message>
        <source>{count} problems; nothing was imported:</source>
        <translation>{count} Probleme; nichts wurde importiert:</translation>
    </message>
    <message>
        <source>  ... and {count} more.</source>
        <translation>  ... und {count} weitere.</translation>
    </message>
    <message>
        <source>New departments ({count}): {names}{more}.</source>
        <translation>Neue Abteilungen ({count}): {names}{more}.</translation>
    </message>
    <message>
        <source>New owners ({count}): {names}{more}.</source>
        <translation>Neue Personen ({count}): {names}{more}.</translation>
    </message>
    <message>
        <source>New vendors ({count}): {names}{more}.</source>
        <translation>Neue Anbieter ({count}): {names}{more}.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>Ready: add {added} and update {updated} initiatives.</source>
        <translation>Bereit: {added} Initiativen hinzufügen und {updated} aktualisieren.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no title column: name one of the headers {names}, or map a column to Title (headers found: {found})</source>
        <translation>keine Titelspalte: Benennen Sie eine Überschrift {names} oder ordnen Sie eine Spalte dem Titel zu (gefundene Überschriften: {found})</translation>
    </message>
    <message>
        <source>the sheet has a header row but no initiative</source>
        <translation>die Tabelle hat eine Überschriftenzeile, aber keine Initiative</translation>
    </message>
    <message>
        <source>Recognised a {tool} export from its headers</source>
        <translation>Anhand der Überschriften als {tool}-Export erkannt</translation>
    </message>
    <message>
        <source>Read as a {tool} export (--preset {name})</source>
        <translation>Als {tool}-Export gelesen (--preset {name})</translation>
    </message>
    <message>
        <source>{how}; its columns and values are mapped as {tool} names them.</source>
        <translation>{how}; Spalten und Werte werden so zugeordnet, wie {tool} sie benennt.</translation>
    </message>
    <message>
        <source>Dates in {column} could be read either way; read them {order}, as the other date columns.</source>
        <translation>Die Daten in {column} ließen sich auf beide Arten lesen; gelesen wie die übrigen Datumsspalten ({order}).</translation>
    </message>
    <message>
        <source>duplicate title {title}: it appears on rows {rows}; titles must be unique so dependencies can name them</source>
        <translation>doppelter Titel {title}: Er steht in den Zeilen {rows}; Titel müssen eindeutig sein, damit Abhängigkeiten sie benennen können</translation>
    </message>
    <message>
        <source>the roadmap already has {count} initiatives titled {title}, so this row cannot say which to update; rename them first</source>
        <translation>die Roadmap hat bereits {count} Initiativen mit dem Titel {title}, daher ist unklar, welche diese Zeile aktualisiert; benennen Sie sie zuerst um</translation>
    </message>
    <message>
        <source>an initiative titled {title} is already in the roadmap; rename the row, remove it, or choose to update existing initiatives</source>
        <translation>eine Initiative mit dem Titel {title} ist bereits in der Roadmap; benennen Sie die Zeile um, entfernen Sie sie oder lassen Sie vorhandene Initiativen aktualisieren</translation>
    </message>
    <message>
        <source>{name} is described as {category}{end} here but differently on row {row}; describe each vendor the same way</source>
        <translation>{name} ist hier als {category}{end} beschrieben, in Zeile {row} aber anders; beschreiben Sie jeden Anbieter gleich</translation>
    </message>
    <message>
        <source>{title} cannot depend on itself</source>
        <translation>{title} kann nicht von sich selbst abhängen</translation>
    </message>
    <message>
        <source>{title} is neither a title in this sheet nor an initiative in the roadmap</source>
        <translation>{title} ist weder ein Titel in dieser Tabelle noch eine Initiative der Roadmap</translation>
    </message>
    <message>
        <source>CR201 dependency cycle kept as imported: {cycle}; the roadmap&apos;s check reports it until one link is cut.</source>
        <translation>Zirkuläre Abhängigkeit (CR201) wie importiert übernommen: {cycle}; die Prüfung der Roadmap meldet sie, bis eine Verbindung gekappt ist.</translation>
    </message>
    <message>
        <source>dependency cycle: {cycle}; remove one of these links (or import without --refuse-cycles to keep it as CR201)</source>
        <translation>zirkuläre Abhängigkeit: {cycle}; entfernen Sie eine dieser Verbindungen (oder importieren Sie ohne --refuse-cycles, um sie als CR201 zu behalten)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>UTF-8 (with byte-order mark)</source>
        <translation>UTF-8 (mit Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>UTF-16 LE (no byte-order mark)</source>
        <translation>UTF-16 LE (ohne Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>UTF-16 BE (no byte-order mark)</source>
        <translation>UTF-16 BE (ohne Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>{source} (Excel workbook)</source>
        <translation>{source} (Excel-Arbeitsmappe)</translation>
    </message>
    <message>
        <source>{source} (CSV, {encoding}, {delimiter}-separated)</source>
        <translation>{source} (CSV, {encoding}, getrennt durch {delimiter})</translation>
    </message>
    <message>
        <source>the file is {size} MB; at most {limit} MB can be imported</source>
        <translation>die Datei ist {size} MB groß; importiert werden können höchstens {limit} MB</translation>
    </message>
    <message>
        <source>old .xls workbooks are not supported; save it as .xlsx or CSV</source>
        <translation>alte .xls-Arbeitsmappen werden nicht unterstützt; speichern Sie sie als .xlsx oder CSV</translation>
    </message>
    <message>
        <source>the project has no tasks to import (summary tasks become themes, milestones belong to tasks)</source>
        <translation>das Projekt hat keine Vorgänge zum Importieren (Sammelvorgänge werden zu Themen, Meilensteine gehören zu Vorgängen)</translation>
    </message>
    <message>
        <source>the file is empty: there is no header row and no initiative</source>
        <translation>die Datei ist leer: Es gibt weder eine Überschriftenzeile noch eine Initiative</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>unbekannte Zeichenkodierung {encoding}</translation>
    </message>
    <message>
        <source>the file is not valid {encoding}: byte {byte} at offset {offset}</source>
        <translation>die Datei ist kein gültiges {encoding}: Byte {byte} an Position {offset}</translation>
    </message>
    <message>
        <source>the file starts with a {encoding} byte-order mark but is not valid {encoding} (offset {offset})</source>
        <translation>die Datei beginnt mit einer {encoding}-Byte-Order-Mark, ist aber kein gültiges {encoding} (Position {offset})</translation>
    </message>
    <message>
        <source>this is not a text file (a NUL byte at offset {offset}); save the sheet as CSV (UTF-8) or .xlsx</source>
        <translation>das ist keine Textdatei (ein NUL-Byte an Position {offset}); speichern Sie die Tabelle als CSV (UTF-8) oder .xlsx</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (byte {byte} at offset {offset}); read it as {encoding}. Check accented names in the preview, or save the sheet as CSV UTF-8.</source>
        <translation>Die Datei ist kein gültiges UTF-8 (Byte {byte} an Position {offset}); als {encoding} gelesen. Prüfen Sie Namen mit Akzenten und Umlauten in der Vorschau oder speichern Sie die Tabelle als CSV UTF-8.</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook ({error})</source>
        <translation>keine lesbare .xlsx-Arbeitsmappe ({error})</translation>
    </message>
    <message>
        <source>the workbook has no sheet {name}; it has {names}</source>
        <translation>die Arbeitsmappe hat kein Blatt {name}; sie hat {names}</translation>
    </message>
    <message>
        <source>the workbook is damaged ({kind}: {error})</source>
        <translation>die Arbeitsmappe ist beschädigt ({kind}: {error})</translation>
    </message>
    <message>
        <source>Read sheet {name} of the workbook&apos;s {count} sheets.</source>
        <translation>Blatt {name} von {count} Blättern der Arbeitsmappe gelesen.</translation>
    </message>
    <message>
        <source>column {name}</source>
        <translation>Spalte {name}</translation>
    </message>
    <message>
        <source>field {name}</source>
        <translation>Feld {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>{text} → {label}? (not applied until confirmed: --value &apos;{header}:{raw}={value}&apos; or the import dialog); {message}</source>
        <translation>{text} → {label}? (erst nach Bestätigung übernommen: --value &apos;{header}:{raw}={value}&apos; oder im Importdialog); {message}</translation>
    </message>
    <message>
        <source>{role} is not a role for {name}; a department takes part as {roles}</source>
        <translation>{role} ist keine Rolle für {name}; eine Abteilung wirkt mit als {roles}</translation>
    </message>
    <message>
        <source>{name} is listed twice, as {first} and as {second}; keep one</source>
        <translation>{name} ist doppelt aufgeführt, als {first} und als {second}; behalten Sie eines</translation>
    </message>
    <message>
        <source>milestone {item} has no date; write it like &apos;Go-live 2027-06-30&apos;</source>
        <translation>Meilenstein {item} hat kein Datum; schreiben Sie ihn etwa als &apos;Go-live 2027-06-30&apos;</translation>
    </message>
    <message>
        <source>milestone {item} has no name; write it like &apos;Go-live 2027-06-30&apos;</source>
        <translation>Meilenstein {item} hat keinen Namen; schreiben Sie ihn etwa als &apos;Go-live 2027-06-30&apos;</translation>
    </message>
    <message>
        <source>{category} is not a vendor category for {name}; write one of {choices}</source>
        <translation>{category} ist keine Anbieterkategorie für {name}; schreiben Sie eine von {choices}</translation>
    </message>
    <message>
        <source>unknown column {key}; known: {known}</source>
        <translation>unbekannte Spalte {key}; bekannt sind: {known}</translation>
    </message>
    <message>
        <source>unknown field {key}; known: {known}</source>
        <translation>unbekanntes Feld {key}; bekannt sind: {known}</translation>
    </message>
    <message>
        <source>the sheet has no column {name}</source>
        <translation>die Tabelle hat keine Spalte {name}</translation>
    </message>
    <message>
        <source>Column {header} ({letter}) also looks like {field}; using {used} ({used_letter}) and ignoring it.</source>
        <translation>Die Spalte {header} ({letter}) sieht ebenfalls nach {field} aus; verwendet wird {used} ({used_letter}), sie selbst wird ignoriert.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>{text}: no close match; choose one</source>
        <translation>{text}: keine passende Entsprechung; bitte auswählen</translation>
    </message>
    <message>
        <source>{text} → new {noun}?</source>
        <translation>{text} → neu als {noun}?</translation>
    </message>
    <message>
        <source>{text} → {label}?</source>
        <translation>{text} → {label}?</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>New: {text}</source>
        <translation>Neu: {text}</translation>
    </message>
</context>
<context>
    <name>Interop</name>
    <message>
        <source>{count} initiative(s) without dates are not in the project file (a schedule needs dates): {titles}</source>
        <translation>{count} Initiative(n) ohne Termine fehlen in der Projektdatei (ein Zeitplan braucht Termine): {titles}</translation>
    </message>
    <message>
        <source>the link {dependent} depends on {prerequisite} closes a dependency cycle (CR201) and is left out: project tools refuse circular links</source>
        <translation>die Abhängigkeit {dependent} von {prerequisite} schließt einen Abhängigkeitskreis (CR201) und entfällt: Projektwerkzeuge lehnen zirkuläre Verknüpfungen ab</translation>
    </message>
    <message>
        <source>finish-to-finish</source>
        <translation>Ende-Ende</translation>
    </message>
    <message>
        <source>start-to-finish</source>
        <translation>Anfang-Ende</translation>
    </message>
    <message>
        <source>start-to-start</source>
        <translation>Anfang-Anfang</translation>
    </message>
    <message>
        <source>the XML declares a DOCTYPE or entities; MS Project XML never does, and such a file is refused so that entity expansion cannot exhaust memory</source>
        <translation>das XML deklariert einen DOCTYPE oder Entitäten; MS-Project-XML tut das nie, und eine solche Datei wird abgelehnt, damit die Expansion von Entitäten nicht den Speicher erschöpft</translation>
    </message>
    <message>
        <source>not well-formed XML ({error})</source>
        <translation>kein wohlgeformtes XML ({error})</translation>
    </message>
    <message>
        <source>not MS Project XML: its root element is &lt;{root}&gt;, MSPDI&apos;s is &lt;Project&gt; (save as XML from MS Project, ProjectLibre or GanttProject)</source>
        <translation>kein MS-Project-XML: Das Wurzelelement ist &lt;{root}&gt;, bei MSPDI ist es &lt;Project&gt; (als XML aus MS Project, ProjectLibre oder GanttProject speichern)</translation>
    </message>
    <message>
        <source>{count} link(s) into summary tasks or milestones left out (a theme has no dependencies; a milestone keeps only its own initiative).</source>
        <translation>{count} Verknüpfung(en) zu Sammelvorgängen oder Meilensteinen ausgelassen (ein Thema hat keine Abhängigkeiten; ein Meilenstein behält nur seine eigene Initiative).</translation>
    </message>
    <message>
        <source>{count} summary task(s) ({names}{more}) read as the theme of the tasks under them, not as initiatives.</source>
        <translation>{count} Sammelvorgang/Sammelvorgänge ({names}{more}) als Thema der darunterliegenden Vorgänge gelesen, nicht als Initiativen.</translation>
    </message>
    <message>
        <source>{count} further resource assignment(s) left out: the first work resource assigned to a task is its owner (an initiative has one).</source>
        <translation>{count} weitere Ressourcenzuordnung(en) ausgelassen: Die erste einem Vorgang zugeordnete Arbeitsressource ist seine verantwortliche Person (eine Initiative hat eine).</translation>
    </message>
    <message>
        <source>{count} material or cost resource assignment(s) left out: only people (work resources) become owners.</source>
        <translation>{count} Material- oder Kostenressourcenzuordnung(en) ausgelassen: Nur Menschen (Arbeitsressourcen) werden zu verantwortlichen Personen.</translation>
    </message>
    <message>
        <source>Milestone {name} (task {number}) has no task to belong to; imported as a one-day initiative.</source>
        <translation>Meilenstein {name} (Vorgang {number}) gehört zu keinem Vorgang; als eintägige Initiative importiert.</translation>
    </message>
    <message>
        <source>Task names repeated in the project were made unique, as a roadmap&apos;s titles are: {names}</source>
        <translation>Im Projekt wiederholte Vorgangsnamen wurden eindeutig gemacht, wie es Titel einer Roadmap sind: {names}</translation>
    </message>
    <message>
        <source> and {count} more.</source>
        <translation> und {count} weitere.</translation>
    </message>
    <message>
        <source>{count} link(s) to tasks in other projects or not in the file left out.</source>
        <translation>{count} Verknüpfung(en) zu Vorgängen in anderen Projekten oder außerhalb der Datei ausgelassen.</translation>
    </message>
    <message>
        <source>{count} link(s) from summary tasks (a theme has no dependencies) left out.</source>
        <translation>{count} Verknüpfung(en) von Sammelvorgängen ausgelassen (ein Thema hat keine Abhängigkeiten).</translation>
    </message>
    <message>
        <source>of type {type}</source>
        <translation>vom Typ {type}</translation>
    </message>
    <message>
        <source>{count} link(s) {kind} (a roadmap dependency is finish-to-start) left out.</source>
        <translation>{count} Verknüpfung(en) {kind} ausgelassen (eine Abhängigkeit der Roadmap ist Ende-Anfang).</translation>
    </message>
    <message>
        <source>{count} link(s) from the task&apos;s own milestones left out.</source>
        <translation>{count} Verknüpfung(en) von den eigenen Meilensteinen des Vorgangs ausgelassen.</translation>
    </message>
    <message>
        <source>{count} link(s) from a milestone read as links from the milestone&apos;s initiative.</source>
        <translation>{count} Verknüpfung(en) von einem Meilenstein als Verknüpfungen seiner Initiative gelesen.</translation>
    </message>
    <message>
        <source>{count} link(s) with a lag or lead kept without it: a roadmap dependency has no lag.</source>
        <translation>{count} Verknüpfung(en) mit Verzögerung oder Vorlauf ohne diese übernommen: Eine Abhängigkeit der Roadmap hat keine Verzögerung.</translation>
    </message>
    <message>
        <source>unknown preset {name}; presets are {presets}</source>
        <translation>unbekannte Vorgabe {name}; Vorgaben sind {presets}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>{count} {tool} grouping row(s) ({names}{more}) read as the theme of the rows under them, not as initiatives.</source>
        <translation>{count} Gruppierungszeile(n) aus {tool} ({names}{more}) als Thema der darunterliegenden Zeilen gelesen, nicht als Initiativen.</translation>
    </message>
    <message>
        <source>{count} link(s) to rows this sheet does not hold, which wait for rows here, left out.</source>
        <translation>{count} Verknüpfung(en) zu Zeilen, die diese Tabelle nicht enthält und die auf Zeilen hier warten, ausgelassen.</translation>
    </message>
    <message>
        <source>{count} link(s) to or from grouping rows left out: a theme has no dependencies.</source>
        <translation>{count} Verknüpfung(en) zu oder von Gruppierungszeilen ausgelassen: Ein Thema hat keine Abhängigkeiten.</translation>
    </message>
    <message>
        <source>the workbook has {count} parts; a workbook of initiatives has a few dozen (at most {limit} are read)</source>
        <translation>die Arbeitsmappe hat {count} Teile; eine Arbeitsmappe mit Initiativen hat einige Dutzend (gelesen werden höchstens {limit})</translation>
    </message>
    <message>
        <source>the {packed} workbook unpacks to {total}; a roadmap&apos;s sheet needs far less (at most {limit} is read): it was not opened</source>
        <translation>die Arbeitsmappe mit {packed} entpackt sich auf {total}; eine Roadmap-Tabelle braucht weit weniger (gelesen werden höchstens {limit}): Sie wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>the workbook part {part} packs {size} into {packed} ({ratio} to 1; sheets pack about 10 to 1): it looks like a zip bomb and was not opened</source>
        <translation>der Teil {part} der Arbeitsmappe packt {size} in {packed} ({ratio} zu 1; Tabellen packen etwa 10 zu 1): Er sieht wie eine Zip-Bombe aus und wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>the XML file is {size}; at most {limit} is read</source>
        <translation>die XML-Datei ist {size} groß; gelesen werden höchstens {limit}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Finance and administration</source>
        <translation>Finanzen und Verwaltung</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Revenue / ROI</source>
        <translation>Umsatz / ROI</translation>
    </message>
    <message>
        <source>Cost saving</source>
        <translation>Kostensenkung</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Kundenzufriedenheit</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Besucherzahlen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Eigenentwicklung</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Commerce platform</source>
        <translation>Commerce-Plattform</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungsabwicklung</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Email marketing</source>
        <translation>E-Mail-Marketing</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Stöbern</translation>
    </message>
    <message>
        <source>Cart and checkout</source>
        <translation>Warenkorb und Kasse</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Federführung</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Mitwirkung</translation>
    </message>
    <message>
        <source>Enabler</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>Mappings</name>
    <message>
        <source>a mapping needs a name, such as &apos;PMO monthly&apos;</source>
        <translation>eine Zuordnung braucht einen Namen, etwa &apos;PMO monatlich&apos;</translation>
    </message>
    <message>
        <source>a mapping&apos;s name has at most {limit} characters</source>
        <translation>der Name einer Zuordnung hat höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>cannot create the mappings folder {folder}: {error}</source>
        <translation>der Ordner für Zuordnungen {folder} lässt sich nicht anlegen: {error}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no saved mapping {name} in {folder} (saved mappings: {known})</source>
        <translation>keine gespeicherte Zuordnung {name} in {folder} (gespeicherte Zuordnungen: {known})</translation>
    </message>
    <message>
        <source>the mapping file {path} is damaged: {reason}; save the mapping again, or delete the file</source>
        <translation>die Zuordnungsdatei {path} ist beschädigt: {reason}; speichern Sie die Zuordnung erneut oder löschen Sie die Datei</translation>
    </message>
    <message>
        <source>it is {size} bytes, far more than a mapping</source>
        <translation>sie ist {size} Bytes groß, weit mehr als eine Zuordnung</translation>
    </message>
    <message>
        <source>cannot read the mapping file {path}: {error}</source>
        <translation>die Zuordnungsdatei {path} ist nicht lesbar: {error}</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>not JSON (line {line}, column {column}: {error})</source>
        <translation>kein JSON (Zeile {line}, Spalte {column}: {error})</translation>
    </message>
    <message>
        <source>it is not a Crossroads import mapping (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>sie ist keine Importzuordnung von Crossroads (kein &quot;format&quot;: &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>version {version}; this Crossroads reads version {supported}</source>
        <translation>Version {version}; diese Crossroads-Version liest Version {supported}</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>sie hat keinen Namen</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must map headers to fields</source>
        <translation>&quot;columns&quot; muss Überschriften Feldern zuordnen</translation>
    </message>
    <message>
        <source>column {header} maps to {key}, which is not a field (fields: {fields})</source>
        <translation>die Spalte {header} ist {key} zugeordnet, das kein Feld ist (Felder: {fields})</translation>
    </message>
    <message>
        <source>&quot;values&quot; must be a list</source>
        <translation>&quot;values&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>value mapping {number} needs a column, a text and a value</source>
        <translation>die Wertezuordnung {number} braucht eine Spalte, einen Text und einen Wert</translation>
    </message>
    <message>
        <source>value mapping {number} names the column {column}, which is not a field</source>
        <translation>die Wertezuordnung {number} nennt die Spalte {column}, die kein Feld ist</translation>
    </message>
    <message>
        <source>date order {order}; it is day-first, month-first or null</source>
        <translation>Datumsreihenfolge {order}; erlaubt sind day-first, month-first oder null</translation>
    </message>
    <message>
        <source>Used the saved mapping {name}.</source>
        <translation>Gespeicherte Zuordnung {name} verwendet.</translation>
    </message>
    <message>
        <source>The saved mapping {name} names column(s) this sheet does not have, skipped: {columns}.</source>
        <translation>Die gespeicherte Zuordnung {name} nennt Spalten, die diese Tabelle nicht hat; übersprungen: {columns}.</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Full pack</source>
        <translation>Vollständige Unterlage</translation>
    </message>
    <message>
        <source>Executive one-pager</source>
        <translation>Management-Zusammenfassung auf einer Seite</translation>
    </message>
    <message>
        <source>Chart only (the timeline)</source>
        <translation>Nur die Grafik (der Zeitplan)</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation>Letter quer</translation>
    </message>
</context>
<context>
    <name>Outlook</name>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht terminiert</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Name a business lead for {count} IT-alone initiative ({budget}, {share} of the budget), or stop them.</source>
        <translation>Benennen Sie eine fachliche Führung für {count} Initiative, die nur die IT trägt ({budget}, {share} des Budgets), oder stoppen Sie sie.</translation>
    </message>
    <message>
        <source>Name a business lead for {count} IT-alone initiatives ({budget}, {share} of the budget), or stop them.</source>
        <translation>Benennen Sie eine fachliche Führung für {count} Initiativen, die nur die IT trägt ({budget}, {share} des Budgets), oder stoppen Sie sie.</translation>
    </message>
    <message>
        <source>Decide which link to cut in {count} dependency cycle (the findings name one).</source>
        <translation>Entscheiden Sie, welche Verbindung in {count} Abhängigkeitskreis gekappt wird (die Befunde schlagen eine vor).</translation>
    </message>
    <message>
        <source>Decide which link to cut in {count} dependency cycles (the findings name one).</source>
        <translation>Entscheiden Sie, welche Verbindung in {count} Abhängigkeitskreisen gekappt wird (die Befunde schlagen je eine vor).</translation>
    </message>
    <message>
        <source>Approve new dates for {count} initiative that start before their prerequisites end, or accept the risk.</source>
        <translation>Genehmigen Sie neue Termine für {count} Initiative, die vor dem Ende ihrer Voraussetzungen beginnt, oder akzeptieren Sie das Risiko.</translation>
    </message>
    <message>
        <source>Approve new dates for {count} initiatives that start before their prerequisites end, or accept the risk.</source>
        <translation>Genehmigen Sie neue Termine für {count} Initiativen, die vor dem Ende ihrer Voraussetzungen beginnen, oder akzeptieren Sie das Risiko.</translation>
    </message>
    <message>
        <source>Give {count} initiative nobody owns an accountable owner.</source>
        <translation>Geben Sie {count} Initiative ohne Verantwortung eine verantwortliche Person.</translation>
    </message>
    <message>
        <source>Give {count} initiatives nobody owns an accountable owner.</source>
        <translation>Geben Sie {count} Initiativen ohne Verantwortung je eine verantwortliche Person.</translation>
    </message>
    <message>
        <source>Find an executive sponsor for {count} initiative.</source>
        <translation>Finden Sie einen Sponsor aus der Geschäftsleitung für {count} Initiative.</translation>
    </message>
    <message>
        <source>Find an executive sponsor for {count} initiatives.</source>
        <translation>Finden Sie Sponsoren aus der Geschäftsleitung für {count} Initiativen.</translation>
    </message>
    <message>
        <source>Fund or park {count} initiative without a budget.</source>
        <translation>Finanzieren oder parken Sie {count} Initiative ohne Budget.</translation>
    </message>
    <message>
        <source>Fund or park {count} initiatives without a budget.</source>
        <translation>Finanzieren oder parken Sie {count} Initiativen ohne Budget.</translation>
    </message>
    <message>
        <source>Review {count} high-severity finding and agree who acts by when.</source>
        <translation>Prüfen Sie {count} Befund hoher Schwere und vereinbaren Sie, wer bis wann handelt.</translation>
    </message>
    <message>
        <source>Review {count} high-severity findings and agree who acts by when.</source>
        <translation>Prüfen Sie {count} Befunde hoher Schwere und vereinbaren Sie, wer bis wann handelt.</translation>
    </message>
    <message>
        <source>No decision is needed: note the plan as presented.</source>
        <translation>Keine Entscheidung nötig: Nehmen Sie den Plan wie vorgelegt zur Kenntnis.</translation>
    </message>
</context>
<context>
    <name>Ownership</name>
    <message>
        <source>L</source>
        <translation>F</translation>
    </message>
    <message>
        <source>C</source>
        <translation>M</translation>
    </message>
    <message>
        <source>E</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Ownership matrix</source>
        <translation>Verantwortungsmatrix</translation>
    </message>
    <message>
        <source>Who drives each initiative: {lead} lead · {contributor} contributor · {enabler} enabler · * by owner or sponsor · IT ALONE: {count} with no business department</source>
        <translation>Wer jede Initiative treibt: {lead} federführend · {contributor} mitwirkend · {enabler} unterstützend · * über Verantwortliche(n) oder Sponsor · NUR IT: {count} ohne Fachabteilung</translation>
    </message>
    <message>
        <source> · departments part {part} of {parts}</source>
        <translation> · Abteilungen Teil {part} von {parts}</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>{count} initiative led</source>
        <translation>{count} Initiative geführt</translation>
    </message>
    <message>
        <source>{count} initiatives led</source>
        <translation>{count} Initiativen geführt</translation>
    </message>
    <message>
        <source>IT ALONE</source>
        <translation>NUR IT</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine(r)</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>accepted risks</source>
        <translation>akzeptierte Risiken</translation>
    </message>
    <message>
        <source>appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>changes findings</source>
        <translation>Änderungen: Befunde</translation>
    </message>
    <message>
        <source>cover contents</source>
        <translation>Deckblatt: Inhalt</translation>
    </message>
    <message>
        <source>cover figures</source>
        <translation>Deckblatt: Kennzahlen</translation>
    </message>
    <message>
        <source>cover organisation</source>
        <translation>Deckblatt: Organisation</translation>
    </message>
    <message>
        <source>cover title</source>
        <translation>Deckblatt: Titel</translation>
    </message>
    <message>
        <source>cover as of</source>
        <translation>Deckblatt: Stand</translation>
    </message>
    <message>
        <source>cover planning horizon</source>
        <translation>Deckblatt: Planungshorizont</translation>
    </message>
    <message>
        <source>cover version</source>
        <translation>Deckblatt: Version</translation>
    </message>
    <message>
        <source>cover prepared by</source>
        <translation>Deckblatt: Erstellt von</translation>
    </message>
    <message>
        <source>cover classification</source>
        <translation>Deckblatt: Einstufung</translation>
    </message>
    <message>
        <source>critical path</source>
        <translation>kritischer Pfad</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>dependency map</source>
        <translation>Abhängigkeitskarte</translation>
    </message>
    <message>
        <source>dependency map legend</source>
        <translation>Legende der Abhängigkeitskarte</translation>
    </message>
    <message>
        <source>dependency summary</source>
        <translation>Abhängigkeitsübersicht</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>findings overview</source>
        <translation>Befundübersicht</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>most waited for</source>
        <translation>meist erwartet</translation>
    </message>
    <message>
        <source>not yet scheduled</source>
        <translation>noch nicht terminiert</translation>
    </message>
    <message>
        <source>ownership matrix</source>
        <translation>Verantwortungsmatrix</translation>
    </message>
    <message>
        <source>page footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>page header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>roadmap author</source>
        <translation>Roadmap: Autor(in)</translation>
    </message>
    <message>
        <source>roadmap confidentiality</source>
        <translation>Roadmap: Vertraulichkeit</translation>
    </message>
    <message>
        <source>roadmap organisation</source>
        <translation>Roadmap: Organisation</translation>
    </message>
    <message>
        <source>roadmap title</source>
        <translation>Roadmap: Titel</translation>
    </message>
    <message>
        <source>roadmap version</source>
        <translation>Roadmap: Version</translation>
    </message>
    <message>
        <source>section key message</source>
        <translation>Kernaussage des Abschnitts</translation>
    </message>
    <message>
        <source>snapshot name</source>
        <translation>Name der Momentaufnahme</translation>
    </message>
    <message>
        <source>summary asks</source>
        <translation>Zusammenfassung: Entscheidungen</translation>
    </message>
    <message>
        <source>summary chart</source>
        <translation>Zusammenfassung: Diagramm</translation>
    </message>
    <message>
        <source>summary figures</source>
        <translation>Zusammenfassung: Kennzahlen</translation>
    </message>
    <message>
        <source>summary findings</source>
        <translation>Zusammenfassung: Befunde</translation>
    </message>
    <message>
        <source>summary milestones</source>
        <translation>Zusammenfassung: Meilensteine</translation>
    </message>
    <message>
        <source>summary quarters</source>
        <translation>Zusammenfassung: Quartale</translation>
    </message>
    <message>
        <source>timeline contract ends</source>
        <translation>Zeitplan: Vertragsenden</translation>
    </message>
    <message>
        <source>timeline ideas</source>
        <translation>Zeitplan: Ideen</translation>
    </message>
    <message>
        <source>timeline lane</source>
        <translation>Zeitplan: Bahn</translation>
    </message>
    <message>
        <source>timeline status</source>
        <translation>Zeitplan: Status</translation>
    </message>
    <message>
        <source>timeline title</source>
        <translation>Zeitplan: Titel</translation>
    </message>
    <message>
        <source>trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>success measure</source>
        <translation>Erfolgskennzahl</translation>
    </message>
    <message>
        <source>customer value</source>
        <translation>Kundennutzen</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>acceptance reason</source>
        <translation>Begründung der Akzeptanz</translation>
    </message>
    <message>
        <source>accepted by</source>
        <translation>akzeptiert von</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>No font has a glyph for {count} character(s): {shown}{more}; they print as {box}. In: {places}</source>
        <translation>Keine Schrift enthält {count} Zeichen: {shown}{more}; sie erscheinen als {box}. In: {places}</translation>
    </message>
    <message>
        <source>Shortened to fit ({place}): {text} (shows {kept} of {whole} characters)</source>
        <translation>Zum Einpassen gekürzt ({place}): {text} (zeigt {kept} von {whole} Zeichen)</translation>
    </message>
    <message>
        <source>... and {count} more labels shortened to fit</source>
        <translation>... und {count} weitere zum Einpassen gekürzte Beschriftungen</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Analysing</source>
        <translation>Analyse läuft</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>dependency map</source>
        <translation>Abhängigkeitskarte</translation>
    </message>
    <message>
        <source>ownership</source>
        <translation>Verantwortungsmatrix</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Preparing {section}</source>
        <translation>{section} wird vorbereitet</translation>
    </message>
    <message>
        <source>Laying out page {number}</source>
        <translation>Seite {number} wird gesetzt</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Building slides</source>
        <translation>Folien werden erstellt</translation>
    </message>
    <message>
        <source>Drawing the timeline</source>
        <translation>Zeitplan wird gezeichnet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Dependency cycle</source>
        <translation>Zirkuläre Abhängigkeit</translation>
    </message>
    <message>
        <source>Initiatives depend on each other in a circle: none of them can start.</source>
        <translation>Initiativen hängen im Kreis voneinander ab: Keine von ihnen kann beginnen.</translation>
    </message>
    <message>
        <source>Starts too early</source>
        <translation>Beginnt zu früh</translation>
    </message>
    <message>
        <source>Starts before an initiative it depends on ends.</source>
        <translation>Beginnt, bevor eine Initiative endet, von der sie abhängt.</translation>
    </message>
    <message>
        <source>Depends on cancelled work</source>
        <translation>Hängt von gestoppter Arbeit ab</translation>
    </message>
    <message>
        <source>Depends on an initiative that was cancelled.</source>
        <translation>Hängt von einer gestoppten Initiative ab.</translation>
    </message>
    <message>
        <source>Outside the horizon</source>
        <translation>Außerhalb des Horizonts</translation>
    </message>
    <message>
        <source>Runs outside the planning horizon.</source>
        <translation>Läuft außerhalb des Planungshorizonts.</translation>
    </message>
    <message>
        <source>Nobody owns it</source>
        <translation>Niemand ist verantwortlich</translation>
    </message>
    <message>
        <source>No department takes part and no accountable owner is named.</source>
        <translation>Keine Abteilung ist beteiligt und keine verantwortliche Person benannt.</translation>
    </message>
    <message>
        <source>IT alone</source>
        <translation>Nur IT</translation>
    </message>
    <message>
        <source>IT is involved and no business department leads or contributes.</source>
        <translation>Die IT ist beteiligt, aber keine Fachabteilung führt oder wirkt mit.</translation>
    </message>
    <message>
        <source>IT leads business work</source>
        <translation>IT führt Fachthema</translation>
    </message>
    <message>
        <source>An IT department leads an initiative whose benefit is not infrastructure.</source>
        <translation>Eine IT-Abteilung führt eine Initiative, deren Nutzen nicht in der Infrastruktur liegt.</translation>
    </message>
    <message>
        <source>No executive sponsor</source>
        <translation>Kein Sponsor aus der Geschäftsleitung</translation>
    </message>
    <message>
        <source>The initiative has no executive sponsor.</source>
        <translation>Die Initiative hat keinen Sponsor aus der Geschäftsleitung.</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <source>The initiative has no budget.</source>
        <translation>Die Initiative hat kein Budget.</translation>
    </message>
    <message>
        <source>Traffic is not return</source>
        <translation>Besucher sind kein Ertrag</translation>
    </message>
    <message>
        <source>Success is measured by traffic alone, or not measured.</source>
        <translation>Der Erfolg wird nur an Besucherzahlen oder gar nicht gemessen.</translation>
    </message>
    <message>
        <source>Home-grown commodity</source>
        <translation>Eigenbau von Standardware</translation>
    </message>
    <message>
        <source>Sourcing is build for a capability the market sells.</source>
        <translation>Eigenentwicklung einer Fähigkeit, die der Markt als Produkt anbietet.</translation>
    </message>
    <message>
        <source>No customer value</source>
        <translation>Kein Kundennutzen</translation>
    </message>
    <message>
        <source>Customer-facing work without a stated customer value.</source>
        <translation>Kundennahe Arbeit ohne benannten Kundennutzen.</translation>
    </message>
    <message>
        <source>Owner overloaded</source>
        <translation>Verantwortliche(r) überlastet</translation>
    </message>
    <message>
        <source>An owner is accountable for more than N overlapping initiatives (CR301.max_overlapping).</source>
        <translation>Eine verantwortliche Person trägt mehr als N gleichzeitige Initiativen (CR301.max_overlapping).</translation>
    </message>
    <message>
        <source>Contract ends too soon</source>
        <translation>Vertrag endet zu früh</translation>
    </message>
    <message>
        <source>A vendor&apos;s contract ends before an initiative that uses it ends.</source>
        <translation>Der Vertrag eines Anbieters endet vor einer Initiative, die ihn nutzt.</translation>
    </message>
    <message>
        <source>Vendor concentration</source>
        <translation>Anbieterkonzentration</translation>
    </message>
    <message>
        <source>One vendor carries more than X% of the vendor-using budget (CR303.max_share_percent).</source>
        <translation>Ein Anbieter trägt mehr als X % des über Anbieter laufenden Budgets (CR303.max_share_percent).</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>the plan already starts it {count} day before that ends, so cutting this link moves no dates</source>
        <translation>der Plan lässt sie bereits {count} Tag vor deren Ende beginnen, das Kappen dieser Verbindung verschiebt also keine Termine</translation>
    </message>
    <message>
        <source>the plan already starts it {count} days before that ends, so cutting this link moves no dates</source>
        <translation>der Plan lässt sie bereits {count} Tage vor deren Ende beginnen, das Kappen dieser Verbindung verschiebt also keine Termine</translation>
    </message>
    <message>
        <source>its dates leave the most room, so cutting it moves no dates</source>
        <translation>ihre Termine lassen den meisten Spielraum, das Kappen verschiebt also keine Termine</translation>
    </message>
    <message>
        <source>it is the newest link in the cycle</source>
        <translation>sie ist die jüngste Verbindung im Kreis</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>holds no roadmap yet: publish one with &apos;crossroads publish FILE {address}&apos;</source>
        <translation>Die Datenbank enthält noch keine Roadmap: Veröffentlichen Sie eine mit &apos;crossroads publish FILE {address}&apos;</translation>
    </message>
    <message>
        <source>holds tables of something other than a Crossroads roadmap: use an empty database of its own</source>
        <translation>Die Datenbank enthält Tabellen von etwas anderem als einer Crossroads-Roadmap: Verwenden Sie eine eigene, leere Datenbank</translation>
    </message>
    <message>
        <source>was written by a newer Crossroads (schema revision {revision}; this version reads up to format {supported}): update Crossroads to open it</source>
        <translation>wurde von einer neueren Crossroads-Version angelegt (Schema-Revision {revision}; diese Version liest bis Format {supported}): Aktualisieren Sie Crossroads, um sie zu öffnen</translation>
    </message>
    <message>
        <source>already holds a roadmap or other tables: publish into an empty database (createdb NAME)</source>
        <translation>Die Datenbank enthält bereits eine Roadmap oder andere Tabellen: Veröffentlichen Sie in eine leere Datenbank (createdb NAME)</translation>
    </message>
    <message>
        <source>could not take the roadmap ({error}); nothing was written</source>
        <translation>Die Roadmap ließ sich nicht übernehmen ({error}); nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>is not a valid postgresql:// address</source>
        <translation>Das ist keine gültige postgresql://-Adresse</translation>
    </message>
    <message>
        <source>puts a password in the address: Crossroads never stores one; use ~/.pgpass, a service file, PGPASSWORD or the system keyring instead</source>
        <translation>Die Adresse enthält ein Passwort: Crossroads speichert nie eines; verwenden Sie stattdessen ~/.pgpass, eine Service-Datei, PGPASSWORD oder den Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>The server of {location} stopped answering: your edit was not applied and is kept; try again when it is back (nothing on this computer was lost).</source>
        <translation>Der Server von {location} antwortet nicht mehr: Ihre Änderung wurde nicht übernommen, bleibt aber erhalten; versuchen Sie es erneut, sobald er wieder erreichbar ist (auf diesem Computer ging nichts verloren).</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>Ihr Benutzer</translation>
    </message>
    <message>
        <source>refused the login of {user}: wrong password; check ~/.pgpass, PGPASSWORD or the keyring entry</source>
        <translation>Der Server hat die Anmeldung von {user} abgelehnt: falsches Passwort; prüfen Sie ~/.pgpass, PGPASSWORD oder den Eintrag im Schlüsselbund</translation>
    </message>
    <message>
        <source>asks for a password for {user}: put it in ~/.pgpass (libpq&apos;s password file), a service file, PGPASSWORD or the system keyring</source>
        <translation>Der Server verlangt ein Passwort für {user}: Hinterlegen Sie es in ~/.pgpass (der Passwortdatei von libpq), einer Service-Datei, PGPASSWORD oder dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>has no database {name}: ask its administrator to create it (createdb {database})</source>
        <translation>Der Server hat keine Datenbank {name}: Bitten Sie die Administration, sie anzulegen (createdb {database})</translation>
    </message>
    <message>
        <source>has no role {user}: ask its administrator to create it</source>
        <translation>Der Server hat keine Rolle {user}: Bitten Sie die Administration, sie anzulegen</translation>
    </message>
    <message>
        <source>refused the secure connection ({error}): check sslmode and certificates</source>
        <translation>Der Server hat die sichere Verbindung abgelehnt ({error}): Prüfen Sie sslmode und die Zertifikate</translation>
    </message>
    <message>
        <source>does not let {user} read the roadmap ({error}): ask for a viewer grant</source>
        <translation>Der Server lässt {user} die Roadmap nicht lesen ({error}): Bitten Sie um Leserechte</translation>
    </message>
    <message>
        <source>cannot be reached ({error}): is the server running and the address right?</source>
        <translation>Der Server ist nicht erreichbar ({error}): Läuft er, und stimmt die Adresse?</translation>
    </message>
    <message>
        <source>the role {user} may read this roadmap but not change it (no INSERT, UPDATE or DELETE grant on {table})</source>
        <translation>die Rolle {user} darf diese Roadmap lesen, aber nicht ändern (kein INSERT-, UPDATE- oder DELETE-Recht auf {table})</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Run rule {code}.</source>
        <translation>Regel {code} ausführen.</translation>
    </message>
    <message>
        <source>Most initiatives one owner may be accountable for at the same moment.</source>
        <translation>Höchstzahl der Initiativen, die eine Person gleichzeitig verantworten darf.</translation>
    </message>
    <message>
        <source>Most of the vendor-using budget (%) one vendor may carry.</source>
        <translation>Höchster Anteil (%) des über Anbieter laufenden Budgets, den ein Anbieter tragen darf.</translation>
    </message>
    <message>
        <source>Most dependency cycles named one by one.</source>
        <translation>Höchstzahl einzeln benannter Abhängigkeitskreise.</translation>
    </message>
    <message>
        <source>setting {key}: {error}; using {value}</source>
        <translation>Einstellung {key}: {error}; verwendet wird {value}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} liegt unter dem Mindestwert {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} liegt über dem Höchstwert {maximum}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>Board {date}</source>
        <translation>Vorstand {date}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>There is no snapshot named {name} (known: {known}).</source>
        <translation>Es gibt keine Momentaufnahme namens {name} (vorhanden: {known}).</translation>
    </message>
    <message>
        <source>There is no snapshot with id {key}.</source>
        <translation>Es gibt keine Momentaufnahme mit der ID {key}.</translation>
    </message>
    <message>
        <source>a snapshot needs a name</source>
        <translation>eine Momentaufnahme braucht einen Namen</translation>
    </message>
    <message>
        <source>the name is {length} characters long; a snapshot name has at most {limit}</source>
        <translation>der Name ist {length} Zeichen lang; ein Name einer Momentaufnahme hat höchstens {limit}</translation>
    </message>
    <message>
        <source>a snapshot named {name} already exists: choose another name</source>
        <translation>eine Momentaufnahme namens {name} existiert bereits: Wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>it holds no data</source>
        <translation>sie enthält keine Daten</translation>
    </message>
    <message>
        <source>it is too large to read</source>
        <translation>sie ist zu groß zum Lesen</translation>
    </message>
    <message>
        <source>its data is cut short</source>
        <translation>ihre Daten sind abgeschnitten</translation>
    </message>
    <message>
        <source>its data does not read ({kind})</source>
        <translation>ihre Daten sind nicht lesbar ({kind})</translation>
    </message>
    <message>
        <source>it is not a Crossroads snapshot</source>
        <translation>sie ist keine Momentaufnahme von Crossroads</translation>
    </message>
    <message>
        <source>it was taken by a newer Crossroads (snapshot format {format})</source>
        <translation>sie stammt von einer neueren Crossroads-Version (Format {format})</translation>
    </message>
    <message>
        <source>it holds no tables</source>
        <translation>sie enthält keine Tabellen</translation>
    </message>
    <message>
        <source>The snapshot {name} is damaged and cannot be read: {error}</source>
        <translation>Die Momentaufnahme {name} ist beschädigt und nicht lesbar: {error}</translation>
    </message>
    <message>
        <source>the columns of {table} do not read</source>
        <translation>die Spalten von {table} sind nicht lesbar</translation>
    </message>
    <message>
        <source>the rows of {table} do not read</source>
        <translation>die Zeilen von {table} sind nicht lesbar</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} ist kein Text</translation>
    </message>
    <message>
        <source>the findings do not read</source>
        <translation>die Befunde sind nicht lesbar</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Executive summary</source>
        <translation>Management-Zusammenfassung</translation>
    </message>
    <message>
        <source>{count} initiative</source>
        <translation>{count} Initiative</translation>
    </message>
    <message>
        <source>{count} initiatives</source>
        <translation>{count} Initiativen</translation>
    </message>
    <message>
        <source>{share} of the budget led by the business</source>
        <translation>{share} des Budgets unter Führung der Fachabteilungen</translation>
    </message>
    <message>
        <source>{count} run by IT alone</source>
        <translation>{count} nur von der IT getragen</translation>
    </message>
    <message>
        <source>none run by IT alone</source>
        <translation>keine nur von der IT getragen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source> · due {date}</source>
        <translation> · fällig {date}</translation>
    </message>
    <message>
        <source> (proposed)</source>
        <translation> (Vorschlag)</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>nicht benannt</translation>
    </message>
    <message>
        <source>{count} initiative is run by IT alone; {more} more cannot move until that work is done.</source>
        <translation>{count} Initiative wird nur von der IT getragen; {more} weitere kommen erst voran, wenn diese Arbeit erledigt ist.</translation>
    </message>
    <message>
        <source>{count} initiatives are run by IT alone; {more} more cannot move until that work is done.</source>
        <translation>{count} Initiativen werden nur von der IT getragen; {more} weitere kommen erst voran, wenn diese Arbeit erledigt ist.</translation>
    </message>
    <message>
        <source>Business departments lead {share} of the budget; departments drive, IT enables.</source>
        <translation>Fachabteilungen führen {share} des Budgets; die Fachabteilungen treiben, die IT befähigt.</translation>
    </message>
    <message>
        <source>, ending {date}</source>
        <translation>, Ende {date}</translation>
    </message>
    <message>
        <source>The critical path runs through {count} initiative{end}.</source>
        <translation>Der kritische Pfad führt über {count} Initiative{end}.</translation>
    </message>
    <message>
        <source>The critical path runs through {count} initiatives{end}.</source>
        <translation>Der kritische Pfad führt über {count} Initiativen{end}.</translation>
    </message>
    <message>
        <source>{count} dependency is broken: work starts before what it waits for has finished.</source>
        <translation>{count} Abhängigkeit ist verletzt: Arbeit beginnt, bevor das Vorausgesetzte fertig ist.</translation>
    </message>
    <message>
        <source>{count} dependencies are broken: work starts before what it waits for has finished.</source>
        <translation>{count} Abhängigkeiten sind verletzt: Arbeit beginnt, bevor das Vorausgesetzte fertig ist.</translation>
    </message>
    <message>
        <source>No initiative involves: {departments}.</source>
        <translation>An keiner Initiative beteiligt: {departments}.</translation>
    </message>
    <message>
        <source>No investment in journey stages: {stages}.</source>
        <translation>Keine Investition in diese Phasen der Customer Journey: {stages}.</translation>
    </message>
    <message>
        <source>{count} finding is accepted as known risks (see Findings).</source>
        <translation>{count} Befund ist als bekanntes Risiko akzeptiert (siehe Befunde).</translation>
    </message>
    <message>
        <source>{count} findings are accepted as known risks (see Findings).</source>
        <translation>{count} Befunde sind als bekannte Risiken akzeptiert (siehe Befunde).</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>{scheduled} scheduled, {unscheduled} not yet</source>
        <translation>{scheduled} terminiert, {unscheduled} offen</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation>Gesamtbudget</translation>
    </message>
    <message>
        <source>excluding cancelled work</source>
        <translation>ohne gestoppte Vorhaben</translation>
    </message>
    <message>
        <source>Business-led budget</source>
        <translation>Fachgeführtes Budget</translation>
    </message>
    <message>
        <source>business departments lead</source>
        <translation>Fachabteilungen führen</translation>
    </message>
    <message>
        <source>Budget run by IT alone</source>
        <translation>Budget nur bei der IT</translation>
    </message>
    <message>
        <source>{count} initiative, {budget}</source>
        <translation>{count} Initiative, {budget}</translation>
    </message>
    <message>
        <source>{count} initiatives, {budget}</source>
        <translation>{count} Initiativen, {budget}</translation>
    </message>
    <message>
        <source>High findings open</source>
        <translation>Offene hohe Befunde</translation>
    </message>
    <message>
        <source>{medium} medium, {low} low</source>
        <translation>{medium} mittel, {low} niedrig</translation>
    </message>
    <message>
        <source>Broken dependencies</source>
        <translation>Terminkonflikte</translation>
    </message>
    <message>
        <source>start too early</source>
        <translation>beginnen zu früh</translation>
    </message>
    <message>
        <source>Budget by lead department</source>
        <translation>Budget nach federführender Abteilung</translation>
    </message>
    <message>
        <source>Budget by fiscal year</source>
        <translation>Budget nach Geschäftsjahr</translation>
    </message>
    <message>
        <source>Status mix</source>
        <translation>Statusverteilung</translation>
    </message>
    <message>
        <source>PLAN BY</source>
        <translation>PLAN NACH</translation>
    </message>
    <message>
        <source>QUARTER</source>
        <translation>QUARTAL</translation>
    </message>
    <message>
        <source>  (now)</source>
        <translation>  (jetzt)</translation>
    </message>
    <message>
        <source>{starts} start · {finishes} end</source>
        <translation>{starts} Beginn · {finishes} Ende</translation>
    </message>
    <message>
        <source>Top findings</source>
        <translation>Wichtigste Befunde</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Keine offenen Befunde.</translation>
    </message>
    <message>
        <source> +{count} more</source>
        <translation> +{count} weitere</translation>
    </message>
    <message>
        <source>Next milestones</source>
        <translation>Nächste Meilensteine</translation>
    </message>
    <message>
        <source>None ahead.</source>
        <translation>Keine anstehend.</translation>
    </message>
    <message>
        <source>Decisions asked of the board</source>
        <translation>Entscheidungen für den Vorstand</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>owner</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>Beteiligung</translation>
    </message>
    <message>
        <source>vendor use</source>
        <translation>Anbieterzuordnung</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>acceptance</source>
        <translation>Akzeptanz</translation>
    </message>
    <message>
        <source>node position</source>
        <translation>Knotenposition</translation>
    </message>
    <message>
        <source>finding action</source>
        <translation>Maßnahme zum Befund</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>Momentaufnahme</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>Roadmap</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>lead department</source>
        <translation>federführender Abteilung</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roadmap timeline</source>
        <translation>Zeitplan der Roadmap</translation>
    </message>
    <message>
        <source>Roadmap timeline (continued)</source>
        <translation>Zeitplan der Roadmap (Fortsetzung)</translation>
    </message>
    <message>
        <source>{count} scheduled initiatives by {lanes}, {start} to {end}</source>
        <translation>{count} terminierte Initiativen nach {lanes}, {start} bis {end}</translation>
    </message>
    <message>
        <source> · part {part} of {parts}</source>
        <translation> · Teil {part} von {parts}</translation>
    </message>
    <message>
        <source>No initiative has both a start and an end.</source>
        <translation>Keine Initiative hat sowohl Beginn als auch Ende.</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(Fortsetzung)</translation>
    </message>
    <message>
        <source>LANE</source>
        <translation>BAHN</translation>
    </message>
    <message>
        <source>INITIATIVE</source>
        <translation>INITIATIVE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Vendor contract ends</source>
        <translation>Vertragsenden der Anbieter</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(kein Platz)</translation>
    </message>
    <message>
        <source>{count} idea not yet scheduled (below)</source>
        <translation>{count} Idee ohne Termin (unten)</translation>
    </message>
    <message>
        <source>{count} ideas not yet scheduled (below)</source>
        <translation>{count} Ideen ohne Termin (unten)</translation>
    </message>
    <message>
        <source>Not yet scheduled</source>
        <translation>Ohne Termin</translation>
    </message>
    <message>
        <source>{count} without dates</source>
        <translation>{count} ohne Termine</translation>
    </message>
    <message>
        <source>LEGEND</source>
        <translation>LEGENDE</translation>
    </message>
    <message>
        <source>{health} health</source>
        <translation>Zustand {health}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress / done</source>
        <translation>In Arbeit / erledigt</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>IT alone (hatched, IT badge)</source>
        <translation>Nur IT (schraffiert, IT-Kennzeichen)</translation>
    </message>
    <message>
        <source>Critical path (bold outline and title)</source>
        <translation>Kritischer Pfad (fetter Rahmen und Titel)</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Broken dependency (red, dashed)</source>
        <translation>Verletzte Abhängigkeit (rot, gestrichelt)</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stand {date}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>This roadmap is read-only: {why}.</source>
        <translation>Diese Roadmap ist schreibgeschützt: {why}.</translation>
    </message>
    <message>
        <source>Changed by {who}</source>
        <translation>Geändert von {who}</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>The server of {location} stopped answering: your edit was not applied and is kept; try again when it is back.</source>
        <translation>Der Server von {location} antwortet nicht mehr: Ihre Änderung wurde nicht übernommen, bleibt aber erhalten; versuchen Sie es erneut, sobald er wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>This roadmap is read-only for your role: {error}</source>
        <translation>Diese Roadmap ist für Ihre Rolle schreibgeschützt: {error}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>this {noun} already exists</source>
        <translation>dieser Eintrag ({noun}) existiert bereits</translation>
    </message>
    <message>
        <source>there is no {noun} with id {key}</source>
        <translation>es gibt keinen Eintrag ({noun}) mit der ID {key}</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>{noun} hinzufügen</translation>
    </message>
    <message>
        <source>There is no such {noun}.</source>
        <translation>Diesen Eintrag ({noun}) gibt es nicht.</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>{dependent} already depends on {prerequisite}</source>
        <translation>{dependent} hängt bereits von {prerequisite} ab</translation>
    </message>
    <message>
        <source>these dependencies would close a cycle: {names}</source>
        <translation>diese Abhängigkeiten würden einen Kreis schließen: {names}</translation>
    </message>
    <message>
        <source>this dependency would close a cycle: {names}</source>
        <translation>diese Abhängigkeit würde einen Kreis schließen: {names}</translation>
    </message>
    <message>
        <source>Department Role</source>
        <translation>Abteilungsrolle</translation>
    </message>
    <message>
        <source>Vendor Link</source>
        <translation>Anbieterzuordnung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Accountable Owner</source>
        <translation>Verantwortliche(n)</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>IT Flag</source>
        <translation>IT-Kennzeichen</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>There is no {noun} with id {key}.</source>
        <translation>Es gibt keinen Eintrag ({noun}) mit der ID {key}.</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>{noun} löschen</translation>
    </message>
    <message>
        <source>Rename {noun}</source>
        <translation>{noun} umbenennen</translation>
    </message>
    <message>
        <source>Reschedule {noun}</source>
        <translation>{noun} neu terminieren</translation>
    </message>
    <message>
        <source>Change {noun} {field}</source>
        <translation>{noun}: {field} ändern</translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation>{noun} bearbeiten</translation>
    </message>
    <message>
        <source>a {noun} named {name} already exists</source>
        <translation>ein Eintrag ({noun}) namens {name} existiert bereits</translation>
    </message>
    <message>
        <source>Edit Roadmap Properties</source>
        <translation>Roadmap-Eigenschaften bearbeiten</translation>
    </message>
    <message>
        <source>Rename Roadmap</source>
        <translation>Roadmap umbenennen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Auto-schedule</source>
        <translation>Automatisch terminieren</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Accepted Risk</source>
        <translation>Akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>Accept Finding</source>
        <translation>Befund akzeptieren</translation>
    </message>
    <message>
        <source>Finding {code} on {subject} is not accepted.</source>
        <translation>Der Befund {code} zu {subject} ist nicht akzeptiert.</translation>
    </message>
    <message>
        <source>this finding is already accepted</source>
        <translation>dieser Befund ist bereits akzeptiert</translation>
    </message>
    <message>
        <source>Finding Action</source>
        <translation>Maßnahme zum Befund</translation>
    </message>
    <message>
        <source>this finding already has an action</source>
        <translation>dieser Befund hat bereits eine Maßnahme</translation>
    </message>
    <message>
        <source>Node Position</source>
        <translation>Knotenposition</translation>
    </message>
    <message>
        <source>Move Node</source>
        <translation>Knoten verschieben</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>Neu anordnen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>{row} was changed by {who}{fields}</source>
        <translation>{row} wurde von {who} geändert{fields}</translation>
    </message>
    <message>
        <source>{row} was changed{fields}</source>
        <translation>{row} wurde geändert{fields}</translation>
    </message>
    <message>
        <source>{changes} since you read it. Your edit was not applied and is kept: apply it again over their change, or keep theirs.</source>
        <translation>{changes}, seit Sie den Stand gelesen haben. Ihre Änderung wurde nicht übernommen, bleibt aber erhalten: Wenden Sie sie erneut auf die andere Änderung an oder behalten Sie diese.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>unknown value {value}; expected one of {choices}</source>
        <translation>unbekannter Wert {value}; erwartet wird einer von {choices}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit}</source>
        <translation>ist {length} Zeichen lang; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>ein Datum ist erforderlich</translation>
    </message>
    <message>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} ist kein Datum (verwenden Sie JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>eine Zahl ist erforderlich</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} ist keine Zahl</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{number} is negative; it must be at least {minimum}</source>
        <translation>{number} ist negativ; der Wert muss mindestens {minimum} sein</translation>
    </message>
    <message>
        <source>{number} is below {minimum}; it must be at least {minimum}</source>
        <translation>{number} liegt unter {minimum}; der Wert muss mindestens {minimum} sein</translation>
    </message>
    <message>
        <source>{number} is above the maximum {maximum}</source>
        <translation>{number} liegt über dem Höchstwert {maximum}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} ist weder Ja noch Nein</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>{value} is not a colour like #4477AA</source>
        <translation>{value} ist keine Farbe wie #4477AA</translation>
    </message>
    <message>
        <source>{value} is not a date and time</source>
        <translation>{value} ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>{type} is not bytes</source>
        <translation>{type} sind keine Bytes</translation>
    </message>
    <message>
        <source>is {length} bytes long; at most {limit}</source>
        <translation>ist {length} Bytes lang; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>is not a field of {table}</source>
        <translation>ist kein Feld von {table}</translation>
    </message>
    <message>
        <source>end date {end} is before start date {start}</source>
        <translation>das Enddatum {end} liegt vor dem Anfangsdatum {start}</translation>
    </message>
    <message>
        <source>give both a start and an end date, or neither</source>
        <translation>geben Sie Anfangs- und Enddatum an oder keines von beiden</translation>
    </message>
    <message>
        <source>the horizon ends ({end}) before it starts ({start})</source>
        <translation>der Horizont endet ({end}), bevor er beginnt ({start})</translation>
    </message>
    <message>
        <source>an initiative cannot depend on itself</source>
        <translation>eine Initiative kann nicht von sich selbst abhängen</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>No lead department</source>
        <translation>Keine federführende Abteilung</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Kein Thema</translation>
    </message>
    <message>
        <source>Unsorted</source>
        <translation>Ohne Zuordnung</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht terminiert</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>Federführende Abteilung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>{names} or {last}</source>
        <translation>{names} oder {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms zeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s Argument erwartet</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s Argumente erwartet</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit Argument %s erlaubt</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>explizites Argument %r ignoriert</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; kann nicht geöffnet werden: %(error)s</translation>
    </message>
</context>
</TS>
