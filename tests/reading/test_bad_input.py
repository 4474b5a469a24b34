"""Bad input: every problem is a one-line ReadError, and a batch never stops for one file."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import accord.reading as reading
from accord.reading import ReadError, expand_paths, read_all, read_bytes, read_path
from accord.records import Document

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def reason(path_or_data, source="x", **kw) -> str:
    with pytest.raises(ReadError) as err:
        if isinstance(path_or_data, bytes):
            read_bytes(path_or_data, source, **kw)
        else:
            read_path(path_or_data, **kw)
    assert "\n" not in str(err.value)
    return err.value.reason


def test_read_error_is_one_line_naming_the_source():
    err = ReadError("dir/a.txt", "damaged PDF (bad\nxref)")
    assert (err.source, err.reason, str(err)) == ("dir/a.txt", "damaged PDF (bad xref)", "dir/a.txt: damaged PDF (bad xref)")


def test_empty_file(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    assert reason(tmp_path / "e.txt") == "empty file"


def test_whitespace_only_file():
    assert reason(b" \n\t\r\n  \n") == "no text"


def test_file_of_nothing_but_boilerplate():
    assert reason(b"Leave a Reply\n\nYour email address will not be published.") == "no text besides boilerplate"


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        (b"PK\x03\x04\x14\x00\x06\x00", "application/zip"),
        (b"\x7fELF\x02\x01\x01\x00", "ELF"),
        (b"\x1f\x8b\x08\x00\x00\x00", "gzip"),
    ],
)
def test_binary_files_are_refused_with_their_type(data, kind):
    why = reason(data + bytes(range(256)))
    assert why.startswith("binary file (") and kind in why


def test_unknown_binary_is_refused_by_its_nul_and_control_bytes():
    assert reason(b"\x00\x01\x02data\x03\x04" * 50).startswith("binary file")
    assert reason(b"text \x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f more" * 20).startswith("binary file")


def test_text_that_starts_like_a_bitmap_is_still_text():
    assert read_bytes(b"BM and MZ are the initials of the two heads of delegation.", "x.txt").text.startswith("BM and MZ")


def test_undecodable_text():
    assert reason(bytes(range(128, 256)) * 4).startswith("undecodable text")


def test_missing_file(tmp_path):
    assert reason(tmp_path / "nope.txt") == "no such file"
    [err] = list(expand_paths([str(tmp_path / "nope.txt")]))
    assert isinstance(err, ReadError) and err.reason == "no such file or directory"


def test_directory_given_to_read_path(tmp_path):
    assert reason(tmp_path) == "is a directory"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_refused_instead_of_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert reason(tmp_path / "pipe.txt") == "not a regular file"


@pytest.mark.skipif(AS_ROOT, reason="root reads any file")
def test_permission_denied(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text("x")
    f.chmod(0)
    try:
        assert reason(f) == "permission denied"
    finally:
        f.chmod(0o644)


def test_permission_denied_even_as_root(tmp_path, monkeypatch):
    f = tmp_path / "secret.txt"
    f.write_text("x")
    monkeypatch.setattr(Path, "open", lambda *a, **k: (_ for _ in ()).throw(PermissionError(13, "Permission denied")))
    assert reason(f) == "permission denied"


def test_file_that_vanishes_between_listing_and_reading(tmp_path, monkeypatch):
    f = tmp_path / "gone.txt"
    f.write_text("x")
    monkeypatch.setattr(Path, "open", lambda *a, **k: (_ for _ in ()).throw(FileNotFoundError(2, "No such file")))
    assert reason(f) == "file vanished before it was read"


def test_too_large_file_is_refused_before_reading(tmp_path, monkeypatch):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as out:
        out.truncate(30 * 1024 * 1024)  # sparse: no disk used
    monkeypatch.setattr(Path, "open", lambda *a, **k: pytest.fail("content read before the size check"))
    assert reason(f) == "file too large (30 MB > 25 MB)"


def test_size_limit_can_be_lowered(tmp_path):
    f = tmp_path / "s.txt"
    f.write_bytes(b"x" * 2048)
    assert reason(f, max_bytes=1024) == "file too large (2 KB > 1 KB)"
    assert len(list(read_all([str(f)], max_bytes=1024))) == 1


def test_symlink_loop_between_directories_is_reported_not_followed_forever(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "s.txt").write_text("The allies met.")
    (tmp_path / "a" / "back").symlink_to(tmp_path, target_is_directory=True)
    loop, statement = list(expand_paths([str(tmp_path)]))
    assert isinstance(loop, ReadError) and loop.source == str(tmp_path / "a" / "back")
    assert loop.reason == "directory loop (a symlink leads back to a parent directory)"
    assert statement == str(tmp_path / "a" / "s.txt")


def test_self_referencing_symlink_is_reported(tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    assert reason(tmp_path / "loop.txt") == "symlink loop"
    [err] = list(read_all([str(tmp_path)]))
    assert isinstance(err, ReadError) and err.reason == "symlink loop"


def test_broken_symlink_is_reported(tmp_path):
    (tmp_path / "dead.txt").symlink_to(tmp_path / "missing.txt")
    assert reason(tmp_path / "dead.txt") == "broken symlink"


def test_unreadable_directory_is_reported_and_the_rest_is_read(tmp_path, monkeypatch):
    (tmp_path / "a-locked").mkdir()
    (tmp_path / "b.txt").write_text("The allies met.")
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("a-locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    got = list(read_all([str(tmp_path)]))
    assert isinstance(got[0], ReadError) and got[0].reason == "permission denied"
    assert isinstance(got[1], Document) and got[1].text == "The allies met."


def test_one_bad_file_never_stops_the_batch(tmp_path):
    (tmp_path / "1.txt").write_text("The allies met.")
    (tmp_path / "2.txt").write_bytes(b"")
    (tmp_path / "3.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "4.txt").write_text("They agreed.")
    got = list(read_all([str(tmp_path), str(tmp_path / "missing.txt")]))
    assert [type(g).__name__ for g in got] == ["Document", "ReadError", "ReadError", "Document", "ReadError"]


def test_an_unexpected_failure_becomes_a_read_error(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("The allies met.")
    (tmp_path / "b.txt").write_text("They agreed.")
    calls = []

    def flaky(data, source, **kw):
        calls.append(source)
        if len(calls) == 1:
            raise RuntimeError("library bug")
        return real(data, source, **kw)

    real = reading.read_bytes
    monkeypatch.setattr(reading, "read_bytes", flaky)
    first, second = list(read_all([str(tmp_path)]))
    assert isinstance(first, ReadError) and "RuntimeError: library bug" in first.reason
    assert second.text == "They agreed."


def test_missing_stdin_is_an_error_not_a_crash(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    [err] = list(read_all(["-"]))
    assert isinstance(err, ReadError) and err.source == "<stdin>"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600), st.sampled_from(["x.txt", "x.html", "x.pdf", "<stdin>"]))
def test_any_bytes_give_a_document_or_a_read_error(data, source):
    try:
        doc = read_bytes(data, source)
    except ReadError:
        return
    assert doc.text and doc.text == doc.text.strip()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_document_or_a_read_error(text):
    try:
        doc = read_bytes(text.encode("utf-8"), "x.txt")
    except ReadError:
        return
    assert doc.text and "\r" not in doc.text and "\n\n\n" not in doc.text
