#!/usr/bin/env bash
# Set up a virtualenv with Vigil, ingest the bundled invented demo articles into the default
# database (SQLite under the user's data folder, or VIGIL_DATABASE_URL), list their claims and
# print what to try next.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
# justext (a trafilatura dependency) asks for lxml's old "html_clean" extra, which lxml 6 no longer
# has; Vigil requires lxml_html_clean itself, so pip's warning about it is noise and is left out here
.venv/bin/pip install -q --disable-pip-version-check -e . 2>&1 | { grep -v "does not provide the extra 'html_clean'" || true; }
.venv/bin/vigil ingest src/vigil/data/demo/demo.jsonl
.venv/bin/vigil claims
cat <<'NEXT'

Next steps (put `vigil` on your PATH first: source .venv/bin/activate):
  vigil incidents                          # the claims grouped into incidents
  vigil serve                              # the dashboard at http://127.0.0.1:8000/
  vigil user add ana --role analyst        # an account for the review queue (/review)
  vigil ingest FILES_OR_URLS               # your own articles (.txt, .html, .jsonl, .csv, URLs)
  vigil --help                             # every command
NEXT
