"""Bytes to text: refuse binary files, decode, and normalize only what must be.

Every offset the extractor produces points into the text made here, so the
text is kept verbatim apart from three things that would otherwise make the
same statement yield different offsets: line endings (``\\r\\n`` and ``\\r``
become ``\\n``), Unicode composition (NFC), and a byte-order mark.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from .errors import Unreadable

# Magic numbers of the binary formats a user is likely to pass by mistake.
_MAGIC: list[tuple[int, bytes, str]] = [
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"GIF87a", "image/gif"),
    (0, b"GIF89a", "image/gif"),
    (8, b"WEBP", "image/webp"),
    (0, b"II*\x00", "image/tiff"),
    (0, b"MM\x00*", "image/tiff"),
    (0, b"BM", "image/bmp"),
    (4, b"ftyp", "video/mp4"),
    (0, b"ID3", "audio/mpeg"),
    (0, b"OggS", "audio/ogg"),
    (0, b"PK\x03\x04", "application/zip (also .docx/.xlsx/.odt)"),
    (0, b"PK\x05\x06", "application/zip"),
    (0, b"\x1f\x8b", "application/gzip"),
    (0, b"BZh", "application/x-bzip2"),
    (0, b"\xfd7zXZ\x00", "application/x-xz"),
    (0, b"\x28\xb5\x2f\xfd", "application/zstd"),
    (0, b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (0, b"Rar!\x1a\x07", "application/vnd.rar"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/msword (OLE)"),
    (0, b"\x7fELF", "application/x-executable (ELF)"),
    (0, b"MZ", "application/x-msdownload (EXE)"),
    (0, b"\xcf\xfa\xed\xfe", "application/x-mach-binary"),
    (0, b"\xca\xfe\xba\xbe", "application/java-vm"),
    (0, b"\x00asm", "application/wasm"),
    (0, b"SQLite format 3\x00", "application/vnd.sqlite3"),
]

_BOMS = [  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

# C0 controls that never occur in text (tab, newlines and form feed do).
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c") + b"\x7f"
_SNIFF = 8192
_WESTERN = {"ascii", "iso8859-1", "iso8859-15", "cp1252"}


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if the data starts with one."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def check_not_binary(data: bytes) -> None:
    """Raise for data that is not text: a known magic number, NUL bytes, or many control bytes."""
    for offset, magic, mime in _MAGIC:
        if data[offset:offset + len(magic)] == magic:
            # "BM" and "MZ" are short enough to begin a text file: trust them only
            # when the rest looks binary as well.
            if len(magic) > 2 or _looks_binary(data):
                raise Unreadable(f"binary file ({mime})")
    if bom_encoding(data) in ("utf-16", "utf-32"):
        return  # NUL bytes are expected there
    if _looks_binary(data):
        raise Unreadable("binary file (NUL or control bytes)")


def _looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls > max(2, len(head) // 20)


@dataclass(frozen=True)
class Decoded:
    """Text and how it was decoded; ``warning`` says what the user should know (a guess, a loss)."""

    text: str
    encoding: str
    warning: str | None = None


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode bytes: BOM, then UTF-8, then detection; a guess or a lossy decode is reported.

    UTF-8 comes before a declared charset because pages that declare
    ISO-8859-1 but are UTF-8 are far more common than the reverse. A file
    that is UTF-8 but for a few damaged bytes stays UTF-8 (the bad bytes
    become U+FFFD and are counted): decoding all of it as Windows-1252 would
    garble every dash and quote of the statement instead.
    """
    enc = bom_encoding(data)
    if enc:
        try:
            return Decoded(data.decode(enc), enc)
        except UnicodeDecodeError as e:
            raise Unreadable(f"undecodable text: invalid {enc} after its byte-order mark ({e.reason})")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    valid, invalid, first = _utf8_evidence(data)
    if valid >= invalid:
        return Decoded(data.decode("utf-8", errors="replace"), "utf-8",
                       f"not valid UTF-8: {invalid} invalid byte sequence{'s' if invalid > 1 else ''} "
                       f"replaced with U+FFFD (first at byte {first})")
    for enc in filter(None, [_codec(declared), _guess(data), "cp1252"]):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        return Decoded(text, enc, f"not UTF-8: decoded as {enc} (detected)")
    raise Unreadable("undecodable text (not UTF-8, UTF-16 or Windows-1252)")


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf8_evidence(data: bytes) -> tuple[int, int, int]:
    """(valid multi-byte UTF-8 sequences, invalid sequences, byte offset of the first invalid one)."""
    try:
        data.decode("utf-8")
        return len(_UTF8_MULTIBYTE.findall(data)), 0, -1
    except UnicodeDecodeError as e:
        first = e.start
    invalid = data.decode("utf-8", errors="replace").count("\ufffd") - data.count(b"\xef\xbf\xbd")
    return len(_UTF8_MULTIBYTE.findall(data)), invalid, first


def _codec(name: str | None) -> str | None:
    """The codec of a declared charset; Latin-1 and ASCII labels mean Windows-1252, as in browsers."""
    try:
        codec = codecs.lookup(name).name if name else None
    except LookupError:
        return None
    return "cp1252" if codec in _WESTERN else codec


def _guess(data: bytes) -> str | None:
    """Windows-1252 if charset-normalizer counts it among the encodings that fit, else its best guess.

    For mostly-English text with a few curly quotes its first choice is often
    a sibling code page (cp852, cp1250...) that garbles the quotes; the
    statements of this genre are Western unless the bytes say otherwise
    (Korean EUC-KR or Cyrillic text does not fit cp1252 and keeps its guess).
    """
    from charset_normalizer import from_bytes  # only needed for the rare non-UTF-8 file

    matches = from_bytes(data[:262144])
    if not matches:
        return None
    fits = {codecs.lookup(e).name for m in matches for e in [m.encoding, *m.could_be_from_charset]}
    return "cp1252" if fits & _WESTERN else matches.best().encoding


_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029]")


# a pair of names whose hyphen lost its closing up ("the Chile- Norway Commission", "Chile -Norway")
_LOOSE_HYPHEN = re.compile(r"(?<=\b[A-Z][a-z]{2})([a-z]*)(?:- | -)(?=[A-Z][a-z]{2,}\b)")
# a grave or an acute accent typed for an apostrophe ("Indonesia`s delegation", "China´s"): the parser would read
# neither as one
_ACCENT_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[`´](?=[a-z])")
_RUN_ON = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]|“[A-Z])|(?<=[a-z]{2}[.!?][”\"’])(?=[A-Z][a-z])"
                     r"|(?<=[\s\d]\d[.!?])(?=[A-Z][a-z]{2})")  # "... on June 2.Senior officials ...", "in 2027.The"


# Cyrillic and Greek letters drawn as Latin ones, and a word that mixes them with Latin letters
_LATIN_LOOKALIKES = str.maketrans("аеорсухіјѕԁАВЕКМНОРСТХІЈЅοΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "aeopcyxijsdABEKMHOPCTXIJSoABEZHIKMNOPTYX")
_LOOKALIKE_CLASS = "аеорсухіјѕԁАВЕКМНОРСТХІЈЅοΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
_MIXED_SCRIPT = re.compile(rf"\b(?=[\w{_LOOKALIKE_CLASS}]*[A-Za-z])(?=[\w]*[{_LOOKALIKE_CLASS}])[A-Za-z{_LOOKALIKE_CLASS}]+\b")


def normalize(text: str) -> str:
    """Unify line endings and Unicode composition, and give a sentence run into the next its space
    ("cooperation.This came": the parser would read one word), a pair of names its hyphen and an apostrophe typed
    as an accent its apostrophe, and a Latin word its Latin letters where a Cyrillic or Greek look-alike was typed
    ("Defenсe" with a Cyrillic "с": no title or name would match it); leave every other character as it is."""
    text = _RUN_ON.sub(" ", unicodedata.normalize("NFC", _NEWLINES.sub("\n", text.lstrip("\ufeff"))))
    text = _MIXED_SCRIPT.sub(lambda m: m.group().translate(_LATIN_LOOKALIKES), text)
    return _ACCENT_APOSTROPHE.sub("’", _LOOSE_HYPHEN.sub(r"\1-", text))
