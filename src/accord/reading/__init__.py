"""The reading layer: files, directories and stdin in, cleaned ``Document``s out.

Every format ends as the same thing — a cleaned text that the extractor's
offsets point into — and every failure as a ``ReadError`` naming the file and
the reason, so one bad file in a batch is reported and the batch goes on.
Dispatch trusts content over names: a PDF called ``.txt`` is read as a PDF,
and the extension only decides for text that might be an HTML fragment.
"""
from __future__ import annotations

import errno
import re
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..extraction.dates import find_dates
from ..records import Document, document_id
from . import html, pdf, text
from .clean import clean
from .errors import ReadError, Unreadable

__all__ = ["ReadError", "read_path", "read_bytes", "expand_paths", "read_all", "MAX_BYTES", "READABLE"]

MB = 1024 * 1024
MAX_BYTES = 25 * MB
READABLE = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".pdf"})
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def read_path(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read one file. The size is checked before any content is read."""
    source = str(path)
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise ReadError(source, "broken symlink" if p.is_symlink() else "no such file") from None
    except OSError as e:
        raise ReadError(source, _os_reason(e)) from None
    if stat.S_ISDIR(st.st_mode):
        raise ReadError(source, "is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise ReadError(source, "not a regular file")  # a FIFO or device would block or never end
    _check_size(source, st.st_size, max_bytes)
    try:
        with p.open("rb") as f:
            data = f.read(max_bytes + 1)  # +1: a file that grew since stat is still caught
    except FileNotFoundError:
        raise ReadError(source, "file vanished before it was read") from None
    except OSError as e:
        raise ReadError(source, _os_reason(e)) from None
    return read_bytes(data, source, max_bytes=max_bytes)


def read_bytes(data: bytes, source: str, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read one document from bytes (stdin); ``source`` names it in the record and in errors."""
    _check_size(source, len(data), max_bytes)
    try:
        fmt, body, title, published, warning = _extract(data, Path(source).suffix.lower())
    except Unreadable as e:
        raise ReadError(source, str(e)) from None
    body, stamped = _crawl_stamp(text.normalize(body))
    published = published or stamped
    cleaned, removed = clean(body)
    if not cleaned:
        raise ReadError(source, "no text besides boilerplate" if removed else "no text")
    published = published or _dated(removed, cleaned)
    return Document(
        id=document_id(cleaned), source=source, text=cleaned, title=title,
        published=published, format=fmt, removed=removed, warnings=[warning] if warning else [],
    )


def _extract(data: bytes, suffix: str) -> tuple[str, str, str | None, str | None, str | None]:
    """(format, text, title, published date, a warning about the decode or None)."""
    if not data:
        raise Unreadable("empty file")
    if pdf.is_pdf(data):
        return "pdf", pdf.extract(data), None, None, None
    text.check_not_binary(data)
    head = data[:4096].decode("latin-1").replace("\x00", "")  # enough to sniff, even in UTF-16
    if html.looks_like_html(head) or (suffix in _HTML_SUFFIXES and "<" in head):
        decoded = text.decode(data, html.declared_charset(head))
        return ("html", *html.extract(decoded.text), decoded.warning)
    decoded = text.decode(data)
    return "text", decoded.text, None, None, decoded.warning


_STAMP = re.compile(r"\A\s*date\s+((?:19|20)\d\d-[01]\d(?:-[0-3]\d)?)\b[ \t]*")


def _crawl_stamp(body: str) -> tuple[str, str | None]:
    """A crawler's "date 2022-11-04" glued before the page's first line: the page's date, not its text."""
    m = _STAMP.match(body)
    if not m:
        return body, None
    return body[m.end():], m[1] if len(m[1]) == 10 else None


# An aggregator's stamp in numbers: "06/10/2026 | Press release" (the month first), "10.06.2026" (the day first),
# or a Korean blog's "2026. 6. 10. 14:22" (the year first).
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(?:(?:(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/|(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.)"
                           r"(?P<y>(?:19|20)\d\d)(?![\d/.]\d)|(?P<y3>(?:19|20)\d\d)\.\s?(?P<m3>[01]?\d)\.\s?(?P<d3>[0-3]?\d)\b)")


PROSE_WORDS = 20
OPENING_CHARS = 600  # where a dateline tells which way round a stamp's numbers go


def _dated(chrome: list[str], body: str = "") -> str | None:
    """The publication date a byline or page header gave, when the chrome was all that dated the page.

    A stamp or byline is a short line; a date inside a caption's prose ("the 12 August 2008 ceasefire") is
    what the story is about, so such lines are read last.
    """
    lines = sorted(chrome[:40], key=lambda line: len(line.split()) > PROSE_WORDS)
    for line in lines:
        for d in find_dates(line):
            if d.year and d.month and d.day:
                return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    for line in lines:
        for m in _NUMERIC_DATE.finditer(line):
            year, month, day = int(m["y"] or m["y3"]), int(m["m"] or m["m2"] or m["m3"]), int(m["d"] or m["d2"] or m["d3"])
            if m["m"] and (month > 12 or month != day and day <= 12 and (day, month) in _days_said(body)):
                month, day = day, month  # "25/06/2026", or "09/07/2026" over a lead dated "July 9": the day first
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _days_said(body: str) -> set[tuple[int, int]]:
    """The (month, day) pairs the opening of the text gives in words (a dateline's "July 9")."""
    return {(d.month, d.day) for d in find_dates(body[:OPENING_CHARS])}


def _check_size(source: str, size: int, limit: int) -> None:
    if size > limit:
        raise ReadError(source, f"file too large ({_size(size)} > {_size(limit)})")


def _size(n: int) -> str:
    value, unit = (n / MB, "MB") if n >= MB else (n / 1024, "KB") if n >= 1024 else (n, "bytes")
    return f"{value:.1f}".removesuffix(".0") + " " + unit


def _os_reason(e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "symlink loop"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return (e.strerror or str(e) or type(e).__name__).lower()


def expand_paths(paths: Iterable[str]) -> Iterator[str | ReadError]:
    """Files to read, in a stable order; a problem with a path is yielded, never raised.

    Directories are walked recursively in name order, keeping readable
    extensions and skipping hidden entries; a file named directly is kept
    whatever its name. ``-`` (stdin) passes through.
    """
    for given in paths:
        given = os.fspath(given)
        if given == "-":
            yield given
            continue
        try:
            is_dir = stat.S_ISDIR(os.stat(given).st_mode)
        except FileNotFoundError:
            yield ReadError(given, "broken symlink" if os.path.islink(given) else "no such file or directory")
            continue
        except OSError as e:
            yield ReadError(given, _os_reason(e))
            continue
        if is_dir:
            yield from _walk(given)
        else:
            yield given


def _walk(top: str) -> Iterator[str | ReadError]:
    """Depth-first walk in name order, without recursion; reports loops and unreadable dirs."""
    visited: set[tuple[int, int]] = set()
    stack: list[tuple[Iterator[os.DirEntry], frozenset[tuple[int, int]]]] = []
    to_open: list[tuple[str, frozenset[tuple[int, int]]]] = [(top, frozenset())]
    while to_open or stack:
        if to_open:  # a directory just met is listed before its later siblings
            opened = _open_dir(*to_open.pop(), visited)
            if isinstance(opened, ReadError):
                yield opened
            elif opened:
                stack.append(opened)
            continue
        entries, ancestors = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        try:
            is_dir = entry.is_dir()
        except OSError as e:
            yield ReadError(entry.path, _os_reason(e))
            continue
        if is_dir:
            to_open.append((entry.path, ancestors))
        elif Path(entry.name).suffix.lower() in READABLE:
            yield entry.path


def _open_dir(path: str, ancestors: frozenset, visited: set):
    """The sorted entries of a directory with its ancestry, a ReadError, or None if already walked."""
    try:
        st = os.stat(path)
        key = (st.st_dev, st.st_ino)
        if key in ancestors:
            return ReadError(path, "directory loop (a symlink leads back to a parent directory)")
        if key in visited:
            return None  # reached again through a symlink: already read
        visited.add(key)
        with os.scandir(path) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as e:
        return ReadError(path, _os_reason(e))
    return iter(entries), ancestors | {key}


def read_all(paths: Iterable[str], *, max_bytes: int = MAX_BYTES) -> Iterator[Document | ReadError]:
    """Expand and read every path; each failure is yielded as a ReadError and the batch goes on."""
    for item in expand_paths(paths):
        if isinstance(item, ReadError):
            yield item
            continue
        try:
            result = _read_stdin(max_bytes) if item == "-" else read_path(item, max_bytes=max_bytes)
        except ReadError as e:
            result = e
        except Exception as e:  # a library bug on one file must not end the batch
            result = ReadError("<stdin>" if item == "-" else item, f"unexpected error: {type(e).__name__}: {e}")
        yield result


def _read_stdin(max_bytes: int) -> Document:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise ReadError("<stdin>", "no standard input")
    try:
        data = stream.read(max_bytes + 1)
    except OSError as e:
        raise ReadError("<stdin>", _os_reason(e)) from None
    return read_bytes(data, "<stdin>", max_bytes=max_bytes)
