"""Accord's web app: see, search and correct the record in a browser (``accord serve``)."""
from __future__ import annotations


def create_app(*args, **kwargs):
    """The ASGI app over one database; see ``accord.web.app.create_app``."""
    from accord.web.app import create_app as _create

    return _create(*args, **kwargs)


__all__ = ["create_app"]
