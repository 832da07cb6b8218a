"""Update the translation catalogues from the code, and compile them.

    python packaging/translations.py            # extract, then compile
    python packaging/translations.py crossroads_ui   # one catalogue only
    python packaging/translations.py --check    # exit 1 if a catalogue is stale
    python packaging/translations.py --todo crossroads_ui_de.ts   # unfinished, as JSON
    python packaging/translations.py --fill crossroads_ui_de.ts done.json

Extraction runs pyside6-lupdate over ui/ and main.py (the app's catalogue,
crossroads_ui) and over roadmap/ (the core's, crossroads_core), for every
language in roadmap.i18n.SUPPORTED_LANGUAGES but English: new texts are added
as unfinished, texts gone from the code are dropped. Translators then fill
the .ts files (Qt Linguist, or any XML editor) and this script compiles each
to the .qm the app loads. Locations are left out of the .ts files so that
moving code does not churn them.

`--todo` prints the unfinished messages of a catalogue as JSON
({context: {source: ""}}); `--fill` writes the translations of such a file
(filled in) into the catalogue, marks them finished and compiles it.

`--check` extracts to a temporary folder and compiles there, and fails when
the code has a text the shipped catalogue lacks, when a message is
unfinished, or when a shipped .qm differs from its .ts compiled afresh.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = {"crossroads_ui": ["ui", "main.py"], "crossroads_core": ["roadmap"]}


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def _languages() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from roadmap.i18n import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES

    return [code for code in SUPPORTED_LANGUAGES if code != SOURCE_LANGUAGE]


def extract(ts: Path, sources: list[str], language: str) -> None:
    """Bring `ts` up to date with the texts the code in `sources` passes for translation."""
    subprocess.run([_tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none",
                    "-no-obsolete", "-source-language", "en", "-target-language", language,
                    *sources, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)


def compile_catalogue(ts: Path, qm: Path) -> None:
    """Compile `ts` to `qm` (what the app loads)."""
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)


def unfinished(ts: Path) -> list[str]:
    """The source texts of `ts` that have no finished translation."""
    root = ET.parse(ts).getroot()
    missing = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished") or (
                not (translation.text or "").strip() and not len(translation)):
            missing.append(message.findtext("source") or "")
    return missing


def sources_of(ts: Path) -> set[tuple[str, str]]:
    """Every (context, source text) of `ts`."""
    root = ET.parse(ts).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context") for message in context.iter("message")}


def todo(ts: Path) -> dict[str, dict[str, str]]:
    """The unfinished messages of `ts`, by context, each with an empty translation."""
    root = ET.parse(ts).getroot()
    found: dict[str, dict[str, str]] = {}
    left = set(unfinished(ts))
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source in left:
                found.setdefault(name, {})[source] = ""
    return found


def fill(ts: Path, translations: dict[str, dict[str, str]]) -> int:
    """Write `translations` ({context: {source: text}}) into `ts`; returns how many were set."""
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        wanted = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source") or "")
            if not text:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = text
            translation.attrib.pop("type", None)
            count += 1
    ET.indent(tree, space="    ")
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    compile_catalogue(ts, ts.with_suffix(".qm"))
    return count


def update(names: list[str]) -> None:
    """Extract the catalogues `names` (all when empty) from the code and compile them."""
    I18N.mkdir(parents=True, exist_ok=True)
    for language in _languages():
        for name, sources in SOURCES.items():
            if names and name not in names:
                continue
            ts = I18N / f"{name}_{language}.ts"
            extract(ts, sources, language)
            compile_catalogue(ts, I18N / f"{name}_{language}.qm")
            left = unfinished(ts)
            print(f"{ts.relative_to(ROOT)}: {len(sources_of(ts))} texts, "
                  f"{len(left)} unfinished")


def check() -> list[str]:
    """What is stale about the shipped catalogues (empty when all is current)."""
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        for language in _languages():
            for name, sources in SOURCES.items():
                shipped = I18N / f"{name}_{language}.ts"
                if not shipped.exists():
                    problems.append(f"{shipped.relative_to(ROOT)} is missing")
                    continue
                fresh = Path(folder) / shipped.name
                shutil.copy(shipped, fresh)
                extract(fresh, sources, language)
                new = sources_of(fresh) - sources_of(shipped)
                problems += [f"{shipped.name}: not in the catalogue: [{c}] {s!r}"
                             for c, s in sorted(new)]
                problems += [f"{shipped.name}: unfinished: {s!r}" for s in unfinished(shipped)]
                qm = Path(folder) / f"{name}_{language}.qm"
                compile_catalogue(shipped, qm)
                built = I18N / qm.name
                if not built.exists() or built.read_bytes() != qm.read_bytes():
                    problems.append(f"{built.relative_to(ROOT)} is not {shipped.name} compiled")
    return problems


def main() -> int:
    """Update the catalogues, or with --check report what is stale."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help="catalogues to update: " + ", ".join(SOURCES) + " (default: all)")
    parser.add_argument("--check", action="store_true", help="report stale catalogues")
    parser.add_argument("--todo", metavar="TS", help="print a catalogue's unfinished messages")
    parser.add_argument("--fill", nargs=2, metavar=("TS", "JSON"),
                        help="write the translations of JSON into a catalogue")
    args = parser.parse_args()
    for name in args.names:
        if name not in SOURCES:
            parser.error(f"no catalogue {name!r}; choose from " + ", ".join(SOURCES))
    if args.todo:
        print(json.dumps(todo(I18N / args.todo), ensure_ascii=False, indent=1))
        return 0
    if args.fill:
        ts = I18N / args.fill[0]
        count = fill(ts, json.loads(Path(args.fill[1]).read_text(encoding="utf-8")))
        name, _, language = ts.stem.rpartition("_")
        if name in SOURCES:  # back into lupdate's own layout, so diffs stay small
            extract(ts, SOURCES[name], language)
            compile_catalogue(ts, ts.with_suffix(".qm"))
        print(f"{ts.name}: {count} translations written, {len(unfinished(ts))} unfinished")
        return 0
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    update(args.names)
    return 0


if __name__ == "__main__":
    sys.exit(main())
