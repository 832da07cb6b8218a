"""Refuse files that unpack to far more than a roadmap needs, before anything parses them.

An .xlsx workbook is a zip archive: 412 KB can unpack to 400 MB of XML, which
openpyxl would read for seconds in half a gigabyte of memory (and a larger
one would exhaust a laptop). `check_archive` reads only the archive's
directory, the sizes its members claim, and refuses a workbook whose
contents add up to more than `MAX_UNPACKED` or whose members are packed
suspiciously tight, with the sizes in the message. Zip members are then
read by openpyxl, which parses their XML with defusedxml (installed with
Crossroads), and MS Project XML is parsed with defusedxml here: entity
expansion ("billion laughs") and external entities are refused.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from roadmap import formats
from roadmap.i18n import translate

MAX_UNPACKED = 256 * 2**20
"""Bytes a workbook may unpack to: a 50,000-initiative export unpacks to about 90 MB."""
MAX_RATIO = 100
"""Unpacked/packed ratio above which a big member is a zip bomb (sheet XML packs ~10:1)."""
RATIO_FLOOR = 16 * 2**20
"""Members smaller than this are never refused for their ratio (a blank sheet packs well)."""
MAX_MEMBERS = 10_000
MAX_XML_BYTES = 200 * 2**20
"""Bytes an MS Project XML file may have."""


class TooBigError(ValueError):
    """The file would unpack to far more than a roadmap needs; nothing was parsed."""


def size_text(size: int) -> str:
    """'412 KB', '400 MB', '1.2 GB': a size for a message."""
    if size >= 2**30:
        return f"{formats.number(size / 2**30, 1, fixed=True)} GB"
    if size >= 2**20:
        return f"{size / 2**20:.0f} MB"
    return f"{max(1, round(size / 2**10))} KB"


def check_archive(data: bytes) -> None:
    """Refuse a zip archive (workbook) that unpacks too big; TooBigError says the sizes.

    Only the central directory is read. A member's claimed size is what the
    zip reader will enforce when the member is read (it stops at that size),
    so the claim can be trusted as an upper bound.
    """
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not an archive: the workbook reader says so in its own words
    if len(members) > MAX_MEMBERS:
        raise TooBigError(translate("Interop", "the workbook has {count} parts; a workbook of "
                                    "initiatives has a few dozen (at most {limit} are "
                                    "read)").format(count=formats.number(len(members)),
                                                    limit=formats.number(MAX_MEMBERS)))
    total = sum(member.file_size for member in members)
    packed = len(data)
    if total > MAX_UNPACKED:
        raise TooBigError(
            translate("Interop", "the {packed} workbook unpacks to {total}; a roadmap's sheet "
                      "needs far less (at most {limit} is read): it was not opened").format(
                packed=size_text(packed), total=size_text(total),
                limit=size_text(MAX_UNPACKED)))
    for member in members:
        ratio = member.file_size / max(1, member.compress_size)
        if member.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise TooBigError(
                translate("Interop", "the workbook part {part} packs {size} into {packed} "
                          "({ratio} to 1; sheets pack about 10 to 1): it looks like a zip bomb "
                          "and was not opened").format(
                    part=member.filename, size=size_text(member.file_size),
                    packed=size_text(member.compress_size), ratio=formats.number(ratio)))


def check_xml_size(path: Path) -> int:
    """The size of an XML file, or TooBigError when it is more than `MAX_XML_BYTES`."""
    size = path.stat().st_size
    if size > MAX_XML_BYTES:
        raise TooBigError(translate("Interop", "the XML file is {size}; at most {limit} is "
                                    "read").format(size=size_text(size),
                                                   limit=size_text(MAX_XML_BYTES)))
    return size
