"""Serve the app on 127.0.0.1 in a background thread, and start Debian's Chromium for it: shared by
the browser tests, ``bench/dashboard.py`` and ``scripts/screenshots.py``."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from vigil.errors import ConfigError
from vigil.settings import Settings

#: headless Chromium that stays off the network (no background requests, no component updates)
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]


def chromium_path() -> str:
    """Debian's Chromium (or ``VIGIL_CHROMIUM``); never a browser downloaded by Playwright."""
    return os.environ.get("VIGIL_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


@contextmanager
def local_server(settings: Settings, *, timeout: float = 20.0) -> Iterator[str]:
    """``create_app(settings)`` served on a free port of 127.0.0.1; yields its base URL."""
    import uvicorn

    from vigil.api import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise ConfigError(f"the local server on 127.0.0.1:{port} did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
