"""PDF statements: the text layer of each page, pages separated by a blank line.

A PDF without a text layer (a scan) or one we cannot open is an error the user
should see, not an empty document: there is nothing to extract from it.
"""
from __future__ import annotations

import io
import logging

from .errors import Unreadable

MAGIC = b"%PDF-"


def is_pdf(data: bytes) -> bool:
    """The PDF header may follow a little junk; readers accept it within the first 1 KB."""
    return MAGIC in data[:1024]


def extract(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair warnings are not the user's business
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # many PDFs are encrypted with an empty user password
            except DependencyError:
                raise Unreadable("PDF is encrypted with AES; install 'cryptography' to read it") from None
            if not opened:
                raise Unreadable("PDF is encrypted (password required)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except Unreadable:
        raise
    except FileNotDecryptedError:
        raise Unreadable("PDF is encrypted (password required)") from None
    except Exception as e:  # pypdf raises many kinds of error on damaged files
        raise Unreadable(f"damaged PDF ({type(e).__name__}: {e})") from None
    if not any(p.strip() for p in pages):
        raise Unreadable("PDF has no text layer (scanned?)")
    return "\n\n".join(p.strip("\n") for p in pages if p.strip())
