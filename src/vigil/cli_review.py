"""``vigil review``: the analyst review queue in the terminal (placeholder, being written)."""

from __future__ import annotations
