"""Generate the bad-input cases of the reliability suite into a folder.

    python tests/reliability/make_cases.py DIR     # writes the cases, prints what each is

Nothing here is committed as data: the 20 MB file, the PNG, the zip and the
scanned PDF are made at test time, in a temporary folder. Each case says what
Accord must do with it: give a record (with the parts that could be found), or
refuse the file with a one-line message whose reason contains ``reason``.
Cases with ``expect="either"`` (texts in other languages) may go either way,
but must go one of those two ways; the report says which.
"""
from __future__ import annotations

import io
import os
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
STATEMENTS = REPO / "tests" / "fixtures" / "statements"
CORPUS = REPO.parent / "shared" / "corpus"

MB = 1024 * 1024


@dataclass(frozen=True)
class Case:
    name: str            # the path under the cases folder
    what: str            # for the report
    expect: str          # record | error | either
    reason: str = ""     # for errors: a part of the one-line reason
    named: bool = True   # passed to the command by name (else found by walking a folder)
    special: str = ""    # vanish | unreadable | fifo: done to the file while the batch runs


# -- real statements ------------------------------------------------------------------

def statement() -> str:
    """A short real-shaped statement (the KIDD-26 fixture)."""
    return (STATEMENTS / "kidd-26-2025.txt").read_text(encoding="utf-8")


def western_statement() -> tuple[str, str]:
    """A real statement with characters outside ASCII that Windows-1252 can encode: (name, text).

    The U.S.-Japan 2+2 statement of the shared corpus has curly quotes and
    apostrophes; without ../shared, the fixture statement is given some.
    """
    path = CORPUS / "usjapan-2plus2-2024.txt"
    if path.is_file():
        return path.name, path.read_text(encoding="utf-8")
    text = statement().replace("North Korea's", "North Korea\u2019s").replace(
        "The two sides agreed", "The two sides \u201cagreed\u201d")
    return "kidd-26-2025.txt", text


KOREAN = """\
제26차 한미통합국방대화(KIDD) 공동보도문

대한민국 국방부와 미국 국방부는 2025년 4월 14일부터 15일까지 서울에서 제26차 한미통합국방대화(KIDD)를 개최하였다. 조창래 국방정책실장과 일라이 래트너 미 국방부 동아시아 부차관보가 회의를 공동 주관하였다.

양측은 북한의 지속적인 탄도미사일 발사가 유엔 안전보장이사회 결의의 명백한 위반이라고 규탄하였다. 양측은 한미동맹이 그 어느 때보다 강력하다고 평가하고, 한반도의 완전한 비핵화에 대한 공약을 재확인하였다.

미국은 핵, 재래식, 미사일 방어 능력을 포함한 모든 범주의 능력을 운용하여 대한민국에 확장억제를 제공한다는 굳건한 공약을 재확인하였다.

양측은 2025년 하반기 워싱턴 D.C.에서 제27차 KIDD를 개최하기로 합의하였다.
"""

FRENCH = """\
Déclaration conjointe sur le 26e Dialogue de défense intégré Corée–États-Unis

Le ministère de la Défense nationale de la République de Corée et le département de la Défense des États-Unis ont tenu le 26e Dialogue de défense intégré Corée–États-Unis (KIDD) à Séoul les 14 et 15 avril 2025. Le vice-ministre de la politique de défense nationale, Cho Chang-rae, et le secrétaire adjoint à la Défense pour l’Asie de l’Est, Ely Ratner, ont coprésidé les discussions.

Les deux parties ont condamné les tirs répétés de missiles balistiques de la Corée du Nord, qui violent clairement les résolutions du Conseil de sécurité des Nations unies. Elles ont réaffirmé leur engagement en faveur de la dénucléarisation complète de la péninsule coréenne.

Les États-Unis ont réaffirmé leur engagement inébranlable à fournir une dissuasion élargie à la République de Corée, en mobilisant toute la gamme de leurs capacités de défense.

Les deux parties sont convenues de tenir le 27e KIDD à Washington au second semestre 2025.
"""

NEWS_ELSEWHERE = """\
Record crowds for the spring festival along the river

Seoul, April 14 (City Desk) -- More than two million visitors walked the riverside paths this weekend as the cherry trees reached full bloom, according to the city's tourism office.

Vendors reported brisk sales of street food, and the subway operator added trains on three lines to carry the crowds. Rain is forecast for Tuesday, which is likely to bring the blossoms down early.

The festival closes on Sunday with a fireworks display over the river, weather permitting.
"""


# -- binary files, made from scratch ------------------------------------------------------

def png(width: int = 16, height: int = 16) -> bytes:
    """A real, valid PNG (a grey gradient)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + bytes((x * 16 + y) % 256 for x in range(width)) for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def zip_of(name: str, text: str) -> bytes:
    """A zip archive holding a statement: the reader must not look inside it."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, text)
    return buf.getvalue()


def scanned_pdf() -> bytes:
    """A valid one-page PDF whose page is an image only (a scan): no text layer."""
    side = 8
    pixels = bytes((x * y * 4) % 256 for y in range(side) for x in range(side))
    content = b"q 500 0 0 700 50 50 cm /Im1 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /XObject << /Im1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
        b" /BitsPerComponent 8 /Length %d >>\nstream\n" % (side, side, len(pixels)) + pixels + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# -- hostile HTML -------------------------------------------------------------------------

def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def deeply_nested_html(text: str, depth: int = 5000) -> str:
    """The statement's paragraphs inside ``depth`` nested <div><span> pairs (2 x depth elements)."""
    title, *body = _paragraphs(text)
    inner = f"<h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in body)
    return ("<!DOCTYPE html><html><head><title>" + title + "</title></head><body>"
            + "<div><span>" * depth + inner + "</span></div>" * depth + "</body></html>")


def unclosed_html(text: str) -> str:
    """Tags left open everywhere, a stray '<', an unclosed table and an unclosed comment at the end."""
    title, *body = _paragraphs(text)
    parts = ["<html><head><title>" + title, "<body><div class=main><h1>" + title]
    for i, p in enumerate(body):
        parts.append(("<p><b>" if i % 2 else "<p><i>") + p.replace(" and ", " and <em>", 1))
    parts.append("<table><tr><td>3 < 4 and x <y")
    parts.append("<!-- an unclosed comment, to the end of the file")
    return "\n".join(parts)


# -- the cases ------------------------------------------------------------------------

def cases() -> list[Case]:
    """Every case, in the order they are passed to a command (nothing is written)."""
    return [case for case, _ in _specs()]


def make_cases(dest: str | os.PathLike) -> list[Case]:
    """Write every case under ``dest``; returns them in the order they are passed to a command."""
    dest = Path(dest)
    out = []
    for case, make in _specs():
        path = dest / case.name
        path.parent.mkdir(parents=True, exist_ok=True)
        make(path)
        out.append(case)
    return out


def _specs():
    """(case, a function that makes it at a path), lazily: the 20 MB text is built only when written."""
    text = statement()
    western_name, western = western_statement()
    para = "\n\n".join(_paragraphs(text)[1:]) + "\n\n"

    def data(make):
        return lambda path: path.write_bytes(_bytes(make()))

    def symlink(target: str, is_dir: bool = False):
        return lambda path: path.symlink_to(target, target_is_directory=is_dir)

    def loop_dir(path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to("..", target_is_directory=True)

    yield Case("good-statement.txt", "a real statement, as a control", "record"), data(lambda: text)
    yield Case("empty.txt", "an empty file", "error", "empty file"), data(lambda: b"")
    yield Case("whitespace.txt", "whitespace only", "error", "no text"), data(lambda: " \n\t\n\r\n   \n" * 50)
    yield Case("image.png", "a real PNG image", "error", "binary file (image/png)"), data(png)
    yield Case("photo-named.txt", "a PNG named .txt", "error", "binary file (image/png)"), data(png)
    yield (Case("archive.zip", "a zip archive holding a statement", "error", "binary file (application/zip"),
           data(lambda: zip_of("statement.txt", text)))
    yield (Case("twenty-megabytes.txt", "20 MB of statement text", "error", "text too long for a statement"),
           data(lambda: (para * (20 * MB // len(para) + 1))[:20 * MB]))
    yield (Case("korean.txt", "the statement in Korean", "either", "no dialogue meeting or act of record found"),
           data(lambda: KOREAN))
    yield (Case("french.txt", "the statement in French", "either", "no dialogue meeting or act of record found"),
           data(lambda: FRENCH))
    yield (Case("news-elsewhere.txt", "a news item about something else (no meeting)", "error",
                "no dialogue meeting or act of record found"), data(lambda: NEWS_ELSEWHERE))
    yield (Case("nested-300-deep.html", "HTML nested 300 elements deep (a browser shows it)", "record"),
           data(lambda: deeply_nested_html(text, 150)))
    yield (Case("nested-10000-deep.html", "HTML nested 10,000 elements deep", "record"),
           data(lambda: deeply_nested_html(text, 5000)))
    yield (Case("unclosed-tags.html", "HTML with unclosed tags, a stray '<' and an open comment", "record"),
           data(lambda: unclosed_html(text)))
    yield (Case("scanned.pdf", "a PDF with an image and no text layer", "error", "PDF has no text layer"),
           data(scanned_pdf))
    yield (Case("windows-1252.txt", f"{western_name} in Windows-1252", "record"),
           data(lambda: western.encode("cp1252")))
    yield (Case("utf-16.txt", f"{western_name} in UTF-16 (with BOM)", "record"),
           data(lambda: western.encode("utf-16")))
    yield (Case("utf-16.html", f"{western_name} as UTF-16 HTML", "record"),
           data(lambda: ("<html><body><article><p>" + "</p><p>".join(_paragraphs(western))
                         + "</p></article></body></html>").encode("utf-16")))
    yield (Case("mid-batch/vanishes.txt", "a file removed after it was listed", "error", "no such file",
                named=False, special="vanish"), data(lambda: text.replace("26th", "31st")))
    yield (Case("mid-batch/loses-permission.txt", "a file whose read permission goes after it was listed",
                "error", "permission denied", named=False, special="unreadable"),
           data(lambda: text.replace("26th", "32nd")))
    yield (Case("mid-batch/still-read.txt", "a statement listed after those two", "record", named=False),
           data(lambda: text.replace("26th", "33rd")))
    if hasattr(os, "mkfifo"):
        yield (Case("mid-batch/pipe.txt", "a FIFO named like a statement (reading it would block)", "error",
                    "not a regular file", named=False, special="fifo"), os.mkfifo)
    yield (Case("loops/inner/up", "a symlink back to its parent directory", "error", "directory loop",
                named=False), loop_dir)
    yield Case("loops/dangling.txt", "a symlink to nothing", "error", "broken symlink", named=False), \
        symlink("nowhere.txt")
    yield Case("loops/self.txt", "a symlink to itself", "error", "symlink loop", named=False), symlink("self.txt")


def _bytes(value: bytes | str) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


def arguments(dest: str | os.PathLike, cases: list[Case]) -> list[str]:
    """What to pass to `accord extract`/`accord ingest`: the named files, then the two folders."""
    dest = Path(dest)
    named = [str(dest / c.name) for c in cases if c.named]
    return named + [str(dest / "mid-batch"), str(dest / "loops")]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_cases.py DIR")
    for c in make_cases(sys.argv[1]):
        print(f"{c.name:32} {c.expect:7} {c.reason or ''}  ({c.what})")
