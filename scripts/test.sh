#!/usr/bin/env bash
# Set up a virtualenv with Vigil and its test tools, then run the linters and the tests.
# The evaluation gate (tests/test_evalgate.py) runs when ../shared/evals exists.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e '.[dev]'
.venv/bin/ruff check src tests bench scripts
.venv/bin/mypy
.venv/bin/pytest "$@"
