#!/usr/bin/env bash
# Set up a virtualenv with Vigil and run its main job on the bundled, invented demo articles.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e .
.venv/bin/vigil extract src/vigil/data/demo/demo.jsonl
