"""``vigil user`` commands: accounts for the dashboard (placeholder, being written)."""

from __future__ import annotations
