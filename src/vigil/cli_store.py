"""``vigil`` commands over the store: ingest, watch, claims, reports, show, reextract, db."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from vigil.cli import _check_choice, _fail, app, err
from vigil.errors import VigilError
from vigil.settings import Settings

DbOpt = Annotated[str | None, typer.Option("--db", help="Database: a SQLite file or postgresql:// URL "
                                                         "(default: VIGIL_DATABASE_URL or the user data folder).")]
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
app.add_typer(db_app, name="db")


def _progress(total: int | None, label: str) -> Progress:
    return Progress(SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True, disable=not err.is_terminal)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, .jsonl/.csv batches or http(s) URLs.")],
    db: DbOpt = None,
    published: Annotated[str | None, typer.Option(help="Publication date for inputs that carry none.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet for inputs that name none.")] = None,
    allow_private: Annotated[bool, typer.Option(help="Allow URLs on private or loopback addresses.")] = False,
    max_bytes: Annotated[int, typer.Option(help="Refuse inputs larger than this many bytes.")] = 20_000_000,
    reconcile: Annotated[bool, typer.Option(help="Update the incidents afterwards.")] = True,
) -> None:
    """Extract claims from reports and store both, with provenance."""
    from vigil.extract.pipeline import Extractor
    from vigil.fetch import FetchPolicy
    from vigil.ingest import Ingestor, iter_inputs
    from vigil.readers import parse_date
    from vigil.store import Store

    try:
        settings = Settings(max_input_bytes=max_bytes)
        pub = parse_date(published) if published else None
        store = Store.open(db)
        items = list(iter_inputs(paths, settings, published=pub, outlet=outlet,
                                 policy=FetchPolicy(allow_private=allow_private)))
        ingestor = Ingestor(store, Extractor(settings))
        with _progress(len(items), "ingesting") as bar:
            task = bar.add_task("ingest", total=len(items))
            summary = ingestor.ingest(items, progress=lambda n: bar.advance(task, n))
        if reconcile and summary.report_ids:
            from vigil.incidents import run_reconcile

            run_reconcile(store, summary.report_ids)     # only the blocks the new claims fall in
    except VigilError as e:
        raise _fail(str(e)) from None
    except KeyboardInterrupt:
        raise _fail("interrupted: reports already stored are complete; run the same command again to "
                    "finish", 130) from None
    for line in summary.errors[:20]:
        err.print(f"[yellow]failed[/] {escape(line)}", soft_wrap=True)
    if len(summary.errors) > 20:
        err.print(f"… and {len(summary.errors) - 20} more failures")
    typer.echo(summary.line())


@app.command()
def watch(
    feeds_file: Annotated[str, typer.Argument(metavar="FEEDS", help="A file of feed URLs (one a line) or OPML.")],
    db: DbOpt = None,
    interval: Annotated[float, typer.Option(help="Seconds between polls of a feed.")] = 900.0,
    once: Annotated[bool, typer.Option(help="Poll every feed once and stop.")] = False,
    allow_private: Annotated[bool, typer.Option(help="Allow feeds on private or loopback addresses.")] = False,
    reconcile: Annotated[bool, typer.Option(help="Update the incidents after each poll that adds reports.")] = True,
) -> None:
    """Poll RSS/Atom feeds and ingest their new items (Ctrl-C stops)."""
    from pathlib import Path

    from vigil.extract.pipeline import Extractor
    from vigil.feeds import read_feed_list
    from vigil.fetch import FetchPolicy
    from vigil.ingest import Ingestor
    from vigil.store import Store
    from vigil.watch import watch as run_watch

    try:
        urls = read_feed_list(Path(feeds_file))
        store = Store.open(db)
        after = None
        if reconcile:
            from vigil.incidents import run_reconcile

            def after(report_ids: list[int]) -> None:
                run_reconcile(store, report_ids)
        total = run_watch(store, Ingestor(store, Extractor()), urls, FetchPolicy(allow_private=allow_private),
                          interval=interval, once=once, report=lambda s: err.print(escape(s), soft_wrap=True),
                          after_new=after)
    except VigilError as e:
        raise _fail(str(e)) from None
    except KeyboardInterrupt:
        raise _fail("stopped", 130) from None
    typer.echo(total.line())


@app.command("claims")
def claims_cmd(
    db: DbOpt = None,
    country: Annotated[str | None, typer.Option(help="ISO country code, e.g. SY.")] = None,
    since: Annotated[str | None, typer.Option(help="Claims about days on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Claims about days on or before (YYYY-MM-DD).")] = None,
    outcome: Annotated[str | None, typer.Option(help="killed, injured, casualties, missing, abducted, "
                                                     "detained or displaced.")] = None,
    source: Annotated[str | None, typer.Option(help="Source name (part of it).")] = None,
    place: Annotated[str | None, typer.Option(help="Place or province name (part of it).")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many claims.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv.")] = "table",
) -> None:
    """List stored claims with their report, outlet, date and evidence sentence."""
    from vigil.models import OUTCOMES
    from vigil.readers import parse_date
    from vigil.store import Store

    _check_choice("--format", fmt, ("table", "jsonl", "csv"))
    _check_choice("--outcome", outcome, OUTCOMES)
    try:
        rows = list(Store.open(db).query_claims(
            country=country, since=parse_date(since, "--since") if since else None,
            until=parse_date(until, "--until") if until else None, outcome=outcome, source=source, place=place,
            limit=limit))
    except VigilError as e:
        raise _fail(str(e)) from None
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps({"claim_id": r.id, "report_id": r.report_id, "outlet": r.outlet,
                                         "url": r.url, "published": _iso(r.published),
                                         "duplicate_of": r.duplicate_of, **r.claim.to_dict()},
                                        ensure_ascii=False, default=str) + "\n")
        return
    if fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(["claim_id", "report_id", "outlet", "published", "outcome", "value", "low", "high", "qualifier",
                    "victims", "source", "time_start", "time_end", "countries", "admin1", "part_of", "verification",
                    "evidence"])
        for r in rows:
            c = r.claim
            w.writerow([r.id, r.report_id, r.outlet, _iso(r.published), c.outcome, c.count.value, c.count.low,
                        c.count.high, c.count.qualifier, c.victims.category, c.source.name if c.source else "",
                        _iso(c.time.start if c.time else None), _iso(c.time.end if c.time else None),
                        ";".join(sorted({p.country for p in c.places})),
                        ";".join(sorted({p.admin1 for p in c.places if p.admin1})), c.part_of or "",
                        c.verification, c.evidence.text])
        return
    console = Console(highlight=False)
    # a narrow terminal keeps the evidence readable: the claim's facts stack in one column
    table = Table(title=f"{len(rows)} claim(s)", show_lines=True, expand=True)
    table.add_column("claim", ratio=2, min_width=24)
    table.add_column("report", ratio=1, min_width=12, overflow="fold")
    table.add_column("evidence", ratio=4, min_width=30)
    for r in rows:
        c = r.claim
        where = ", ".join(sorted({p.admin1 or p.country for p in c.places}))
        dup = f"\ncopy of {r.duplicate_of}" if r.duplicate_of else ""
        facts = (f"[bold]{r.id}[/] {c.outcome} {escape(c.count.text)}\n{escape(c.victims.category)}"
                 f"\nsource: {escape(c.source.name) if c.source else '(report)'}\nwhere: {escape(where) or '?'}")
        table.add_row(facts, escape(f"{r.report_id} · {r.outlet or '?'}\n{_iso(r.published) or '?'}") + dup,
                      escape(c.evidence.text))
    console.print(table)


@app.command("reports")
def reports_cmd(
    db: DbOpt = None,
    limit: Annotated[int | None, typer.Option(help="At most this many reports.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl.")] = "table",
) -> None:
    """List stored reports with how they arrived."""
    from vigil.store import Store

    try:
        store = Store.open(db)
        rows = list(store.iter_reports(limit=limit))
        counts = {r.id: 0 for r in rows}
        for c in store.query_claims():
            if c.report_id in counts:
                counts[c.report_id] += 1
    except VigilError as e:
        raise _fail(str(e)) from None
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps({"id": r.id, **r.report.meta(), "arrived_via": r.arrived_via,
                                         "origin": r.origin, "retrieved_at": r.retrieved_at.isoformat(),
                                         "extractor_version": r.extractor_version, "duplicate_of": r.duplicate_of,
                                         "claims": counts[r.id]}, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(rows)} report(s)")
    for col in ("id", "published", "outlet", "title / first words", "via", "claims", "copy of"):
        table.add_column(col)
    for r in rows:
        head = r.report.title or r.report.text[:70].replace("\n", " ")
        table.add_row(str(r.id), _iso(r.report.published) or "", escape(r.report.outlet or ""), escape(head),
                      r.arrived_via, str(counts[r.id]), str(r.duplicate_of or ""))
    Console(highlight=False).print(table)


@app.command()
def show(
    report: Annotated[str, typer.Argument(help="Report id, external id or URL.")],
    db: DbOpt = None,
) -> None:
    """Show a report with its claims highlighted in its text."""
    from vigil.store import Store

    try:
        store = Store.open(db)
        sr = store.get_report(report)
        rows = list(store.query_claims(report_id=sr.id))
    except VigilError as e:
        raise _fail(str(e)) from None
    rep = sr.report
    console = Console(highlight=False)
    console.print(f"[bold]report {sr.id}[/] · {escape(rep.outlet or '?')} · {rep.published or '?'}"
                  f"{' (estimated)' if rep.published_estimated else ''} · via {sr.arrived_via} {escape(sr.origin)}")
    if sr.duplicate_of:
        console.print(f"near-duplicate of report {sr.duplicate_of} (similarity {sr.similarity:.2f})")
    text = Text(rep.text)
    for r in rows:
        c = r.claim
        i = c.evidence.text.find(c.count.text)
        start = c.evidence.start + max(i, 0)
        text.stylize("underline", c.evidence.start, c.evidence.end)
        if i >= 0:
            text.stylize("bold reverse", start, start + len(c.count.text))
    console.print(text)
    console.print()
    for r in rows:
        c = r.claim
        bits = [c.outcome, c.count.text, c.victims.category, f"source {c.source.name}" if c.source else "report voice"]
        if c.time and (c.time.start or c.time.end):
            bits.append(f"{c.time.start or '…'}–{c.time.end or '…'}")
        if c.part_of:
            bits.append(f"part of {c.part_of}")
        console.print(f"  {c.id}: " + escape(" · ".join(str(b) for b in bits)))


@app.command()
def reextract(
    db: DbOpt = None,
    everything: Annotated[bool, typer.Option("--all", help="Rerun on every report, not only outdated ones.")] = False,
) -> None:
    """Rerun the extractor over stored reports, replacing their claims."""
    from vigil.extract.pipeline import Extractor
    from vigil.ingest import reextract as run
    from vigil.store import Store, reports

    try:
        store = Store.open(db)
        ex = Extractor()
        with _progress(store.count(reports), "re-extracting") as bar:
            task = bar.add_task("reextract", total=store.count(reports))
            n, k = run(store, ex, everything=everything, progress=lambda i: bar.advance(task, i))
        if n:
            from vigil.incidents import run_reconcile

            found = run_reconcile(store)     # claim ids changed: incidents are rebuilt (analyst verdicts kept)
    except VigilError as e:
        raise _fail(str(e)) from None
    typer.echo(f"{n} report(s) re-extracted with {ex.version}, {k} claims"
               + (f"; {len(found)} incidents reconciled" if n else ""))


@db_app.command("upgrade")
def db_upgrade(db: DbOpt = None) -> None:
    """Create the database or upgrade its schema to this version of Vigil."""
    from vigil.store import Store, database_url

    try:
        Store.open(db, upgrade=True)
    except VigilError as e:
        raise _fail(str(e)) from None
    typer.echo(f"database at {_redact(database_url(db))} is up to date")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _redact(url: str) -> str:
    import re

    return re.sub(r"://([^:/@]+):[^@]+@", r"://\1:***@", url)

