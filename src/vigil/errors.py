"""Vigil's one exception hierarchy.

Every error a user can cause derives from :class:`VigilError`; the CLI and API turn these into a
one-line message (``str(error)``) and never show a traceback for them.
"""

from __future__ import annotations


class VigilError(Exception):
    """Base class of every error Vigil raises on purpose."""


class InputError(VigilError):
    """An input (file, line, URL, option) that Vigil cannot use; the message names it and why."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class ConfigError(VigilError):
    """A setting that is missing or invalid (for example a spaCy model that is not installed)."""
