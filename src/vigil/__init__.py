"""Vigil: sourced, reconciled casualty claims from news reports."""

from __future__ import annotations

__version__ = "0.1.0"
