"""A first hour that reads well (issue 14): tables readable at 80 columns and uncut when piped, help
without type tags, incident ids typed as numbers, excerpts that start on a word, toll-history plots
ticked by day. The demo articles are invented."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[1] / "src" / "vigil" / "data" / "demo" / "demo.jsonl"


def vigil(*args: str, columns: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns:
        env["COLUMNS"] = str(columns)
    return subprocess.run([sys.executable, "-m", "vigil", *args], capture_output=True, text=True, timeout=300,
                          env=env)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("hour") / "v.db")
    r = vigil("ingest", str(DEMO), "--db", path)
    assert r.returncode == 0, r.stderr
    return path


@pytest.mark.parametrize("command", ["incidents", "claims", "reports"])
def test_tables_are_readable_at_80_columns(db: str, command: str) -> None:
    r = vigil(command, "--db", db, columns=80)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines and max(len(x) for x in lines) <= 80
    words = set(re.findall(r"[\w-]+", r.stdout))
    from vigil.store import Store

    texts = " ".join(x.report.text for x in Store.open(db).iter_reports())
    for cut in re.findall(r"([\w-]*)…", r.stdout):        # no cell cut ("kill…", "2025…"): an ellipsis
        assert re.search(rf"\b{re.escape(cut)}\b", texts), cut    # may only follow a whole word of a text
    if command == "incidents":
        assert {"killed", "civilians"} <= words
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", w) for w in words)


def test_a_piped_table_is_never_cut(db: str) -> None:
    r = vigil("claims", "--db", db)
    assert r.returncode == 0
    from vigil.store import Store

    sentences = [row.claim.evidence.text for row in Store.open(db).query_claims()]
    # every evidence sentence is on one line, whole
    assert all(any(" ".join(s.split()) in line for line in r.stdout.splitlines()) for s in sentences)
    inc = vigil("incidents", "--db", db)
    assert inc.returncode == 0 and "…" not in inc.stdout.replace("– …", "")


def test_an_incident_number_finds_its_incident(db: str) -> None:
    from vigil.incidents import query_incidents
    from vigil.store import Store

    first = next(iter(query_incidents(Store.open(db))))["id"]
    r = vigil("incident", first[1:], "--db", db)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(first)
    assert vigil("incident", first.lower(), "--db", db).returncode == 0
    r = vigil("incident", "99999", "--db", db)
    assert r.returncode != 0 and "I24" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("command", [["ingest"], ["serve"], ["claims"], ["incidents"], ["user", "add"], ["extract"]])
def test_help_has_no_type_tags(command: list[str]) -> None:
    r = vigil(*command, "--help", columns=100)
    assert r.returncode == 0
    assert not re.search(r"<(bool|str|int|float|list\[\w+\]|path)>", r.stdout), r.stdout
    assert "{" not in r.stdout.splitlines()[1]       # usage names arguments in capitals, not "{paths}"


def test_review_excerpts_start_and_end_on_words() -> None:
    from vigil.web.data import clip_head, clip_tail

    text = "Residents said the convoy had been travelling north toward the border crossing since dawn"
    tail = clip_tail(text, 30)
    assert tail.startswith("…") and text.endswith(tail[1:]) and text[len(text) - len(tail)] == " "
    head = clip_head(text, 30)
    assert head.endswith("…") and text.startswith(head[:-1]) and text[len(head) - 1] == " "
    assert clip_tail("short", 30) == "short" and clip_head("short", 30) == "short"


def test_toll_plot_ticks_are_days(tmp_path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    from vigil.incidents import _day_ticks

    fig, ax = plt.subplots()
    days = [date(2025, 3, 9), date(2025, 3, 9), date(2025, 3, 10)]
    ax.plot(days, [3, 5, 8])
    _day_ticks(ax, days)
    fig.canvas.draw()
    ticks = [mdates.num2date(t) for t in ax.get_xticks()]
    assert ticks and all(t.hour == 0 and t.minute == 0 for t in ticks)
    assert len({t.date() for t in ticks}) == len(ticks)
    plt.close(fig)
