"""PDF statements: their text layer is read; scans and locked files are clear errors."""
from __future__ import annotations

import io

import pypdf
import pytest

from accord.reading import ReadError, read_all, read_bytes, read_path

STATEMENT = [
    ["Joint Statement of the 51st Security Consultative Meeting (Excerpt)", "The two sides reaffirmed (again) their commitment."],
    ["Page 2 of 2", "Both sides agreed to meet in 2020."],
]


def encrypted(pdf: bytes, user_password: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf))
    writer.encrypt(user_password=user_password, owner_password="owner")  # RC4: no extra package needed
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_text_layer_is_read(make_pdf, tmp_path):
    f = tmp_path / "scm-51.pdf"
    f.write_bytes(make_pdf(STATEMENT))
    doc = read_path(f)
    assert doc.format == "pdf" and doc.source == str(f)
    assert doc.text.startswith("Joint Statement of the 51st Security Consultative Meeting (Excerpt)\n")
    assert "The two sides reaffirmed (again) their commitment." in doc.text


def test_pages_are_separated_by_a_blank_line_and_page_numbers_dropped(make_pdf):
    doc = read_bytes(make_pdf(STATEMENT), "s.pdf")
    assert doc.text.endswith("their commitment.\n\nBoth sides agreed to meet in 2020.")
    assert doc.removed == ["Page 2 of 2"]


def test_pdf_is_recognized_by_content_whatever_its_name(make_pdf):
    assert read_bytes(make_pdf(STATEMENT), "statement.txt").format == "pdf"


def test_scanned_pdf_without_text_layer_is_an_error(make_pdf):
    with pytest.raises(ReadError) as err:
        read_bytes(make_pdf([[], []]), "scan.pdf")
    assert err.value.reason == "PDF has no text layer (scanned?)"
    assert str(err.value) == "scan.pdf: PDF has no text layer (scanned?)"


def test_password_protected_pdf_is_a_clear_error(make_pdf):
    with pytest.raises(ReadError, match="encrypted.*password"):
        read_bytes(encrypted(make_pdf(STATEMENT), "secret"), "locked.pdf")


def test_pdf_encrypted_without_a_user_password_is_read(make_pdf):
    doc = read_bytes(encrypted(make_pdf(STATEMENT), ""), "restricted.pdf")
    assert "Both sides agreed to meet in 2020." in doc.text


def test_damaged_pdf_is_an_error_that_does_not_stop_the_batch(make_pdf, tmp_path):
    (tmp_path / "a-broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF")
    (tmp_path / "b-good.pdf").write_bytes(make_pdf(STATEMENT))
    first, second = list(read_all([str(tmp_path)]))
    assert isinstance(first, ReadError) and first.source.endswith("a-broken.pdf")
    assert "PDF" in first.reason
    assert second.format == "pdf"
