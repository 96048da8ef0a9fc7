"""Vigil's web dashboard: map, timeline, incident and report pages, the analyst review queue and
account pages, served by the same FastAPI app as the REST API (see :func:`vigil.api.create_app`)."""

from __future__ import annotations

from vigil.web.pages import mount

__all__ = ["mount"]
