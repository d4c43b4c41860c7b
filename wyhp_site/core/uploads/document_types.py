"""Is an uploaded document what its extension says? Checked on its bytes, so that an HTML
page renamed ``.pdf`` (or a macro workbook renamed ``.xlsx``) is refused.

Each allowed extension (``WAGTAILDOCS_EXTENSIONS``) has a check here; an extension without
one is refused, so widening the list means saying how to recognise the new type.
"""

import codecs
import zipfile
import zlib
from collections.abc import Callable
from typing import IO

# Enough of a text file to judge it by; CSV exports are read in full by no one here.
TEXT_SAMPLE_BYTES = 64 * 1024
# What a damaged, encrypted or oddly compressed zip raises when it is opened or read.
UNREADABLE_ZIP = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    ValueError,
    RuntimeError,
    NotImplementedError,
    EOFError,
)
# How text files that are really web pages or scripts begin.
MARKUP_STARTS = (b"<!doctype", b"<html", b"<head", b"<body", b"<script", b"<svg", b"<?xml", b"<iframe")


def _starts_with(file: IO[bytes], signature: bytes) -> bool:
    file.seek(0)
    return file.read(len(signature)) == signature


def _is_pdf(file: IO[bytes]) -> bool:
    return _starts_with(file, b"%PDF-")


def _zip_names(file: IO[bytes]) -> list[str] | None:
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            return archive.namelist()
    except UNREADABLE_ZIP:
        return None


def _office_open_xml(main_part: str) -> Callable[[IO[bytes]], bool]:
    """docx, xlsx, pptx: a zip with a content-types list and the format's main part, and
    no macros (those belong in .docm/.xlsm/.pptm, which are not allowed)."""

    def check(file: IO[bytes]) -> bool:
        names = _zip_names(file)
        return (
            names is not None
            and "[Content_Types].xml" in names
            and main_part in names
            and not any(name.lower().endswith("vbaproject.bin") for name in names)
        )

    return check


def _open_document(mimetype: bytes) -> Callable[[IO[bytes]], bool]:
    """odt, ods: a zip whose first member, stored uncompressed, is "mimetype" naming the format."""

    def check(file: IO[bytes]) -> bool:
        file.seek(0)
        try:
            with zipfile.ZipFile(file) as archive:
                members = archive.infolist()
                if not members or members[0].filename != "mimetype" or members[0].file_size > 100:
                    return False
                return archive.read(members[0]).strip() == mimetype
        except UNREADABLE_ZIP:
            return False

    return check


def _is_plain_text(file: IO[bytes]) -> bool:
    """UTF-8 (with or without a byte-order mark) or Windows-1252, as spreadsheets export CSV;
    no NUL bytes (binary files); not a web page or script in disguise."""
    file.seek(0)
    sample = file.read(TEXT_SAMPLE_BYTES)
    if b"\x00" in sample:
        return False
    if sample.lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith(MARKUP_STARTS):
        return False
    try:
        # Not final: the sample may end inside a multi-byte character.
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        try:
            sample.decode("cp1252")
        except UnicodeDecodeError:
            return False
    return True


CHECKS: dict[str, Callable[[IO[bytes]], bool]] = {
    "pdf": _is_pdf,
    "docx": _office_open_xml("word/document.xml"),
    "xlsx": _office_open_xml("xl/workbook.xml"),
    "pptx": _office_open_xml("ppt/presentation.xml"),
    "odt": _open_document(b"application/vnd.oasis.opendocument.text"),
    "ods": _open_document(b"application/vnd.oasis.opendocument.spreadsheet"),
    "csv": _is_plain_text,
    "txt": _is_plain_text,
}


def content_matches_extension(file: IO[bytes], extension: str) -> bool:
    check = CHECKS.get(extension.lower())
    if check is None:
        return False
    try:
        return check(file)
    finally:
        file.seek(0)
