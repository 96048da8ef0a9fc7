#!/usr/bin/env bash
# Set up a virtualenv with Vigil, ingest the bundled invented demo articles into the default
# database (SQLite under the user's data folder, or VIGIL_DATABASE_URL) and list their claims.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e .
.venv/bin/vigil ingest src/vigil/data/demo/demo.jsonl
.venv/bin/vigil claims
