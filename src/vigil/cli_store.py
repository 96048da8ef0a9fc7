"""``vigil`` commands over the store: ingest, watch, claims, reports, show, reextract, db."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from typing import Annotated

import typer
from rich.markup import escape
from rich.text import Text

from vigil.cli_common import (
    PlainHelpGroup,
    app,
    check_choice,
    err,
    fail,
    fit_table,
    out_console,
    print_failures,
    progress_bar,
)
from vigil.errors import VigilError
from vigil.settings import Settings

DbOpt = Annotated[str | None, typer.Option("--db", help="Database: a SQLite file or postgresql:// URL "
                                                         "(default: VIGIL_DATABASE_URL or the user data folder).")]
db_app = typer.Typer(cls=PlainHelpGroup, help="Database maintenance.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, .jsonl/.csv batches or http(s) URLs.")],
    db: DbOpt = None,
    published: Annotated[str | None, typer.Option(help="Publication date for inputs that carry none.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet for inputs that name none.")] = None,
    allow_private: Annotated[bool, typer.Option(help="Allow URLs on private or loopback addresses.")] = False,
    max_bytes: Annotated[int, typer.Option(help="Refuse inputs larger than this many bytes.")] = 20_000_000,
    reconcile: Annotated[bool, typer.Option(help="Update the incidents afterwards.")] = True,
    workers: Annotated[int | None, typer.Option(help="Extraction processes (default: VIGIL_WORKERS or the "
                                                     "machine's cores; small inputs run in one).")] = None,
    dask: Annotated[str | None, typer.Option(help="Extract on this Dask scheduler and store in batches "
                                                  "(default: VIGIL_DASK_SCHEDULER); see docs/scale.md.")] = None,
) -> None:
    """Extract claims from reports and store both, with provenance."""
    from vigil.distributed import dask_address
    from vigil.fetch import FetchPolicy
    from vigil.ingest import Ingestor, iter_inputs
    from vigil.parallel import ParallelExtractor
    from vigil.readers import parse_date
    from vigil.store import Store

    try:
        settings = Settings(max_input_bytes=max_bytes)
        pub = parse_date(published) if published else None
        store = Store.open(db)
        items = list(iter_inputs(paths, settings, published=pub, outlet=outlet,
                                 policy=FetchPolicy(allow_private=allow_private)))
        address = dask_address(dask)
        with ParallelExtractor(settings, 1 if address else workers) as ex, \
                progress_bar("ingesting") as bar:
            task = bar.add_task("ingest", total=len(items))
            if address:
                from vigil.bulk import bulk_ingest

                summary = bulk_ingest(store, items, settings, extractor=ex, dask=address, reconcile=False,
                                      progress=lambda n: bar.advance(task, n))
            else:
                summary = Ingestor(store, ex, batch_size=32 * ex.workers).ingest(
                    items, progress=lambda n: bar.advance(task, n))
        if reconcile:
            from vigil.ingest import reconcile_pending

            # the new claims' blocks, plus any claim an interrupted run left in no incident
            reconcile_pending(store, summary.report_ids)
    except VigilError as e:
        raise fail(str(e)) from None
    except KeyboardInterrupt:
        raise fail("interrupted: reports already stored are complete; run the same command again to "
                    "finish", 130) from None
    print_failures(summary.errors, summary.failed)
    typer.echo(summary.line())
    if summary.new + summary.duplicates + summary.unchanged == 0:
        what = f"all {summary.failed} input(s) failed, see above" if summary.failed else "no reports in the inputs"
        raise fail(f"nothing was ingested ({what})")


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
            from vigil.ingest import reconcile_pending

            def after(report_ids: list[int]) -> None:
                reconcile_pending(store, report_ids)
        total = run_watch(store, Ingestor(store, Extractor()), urls, FetchPolicy(allow_private=allow_private),
                          interval=interval, once=once, report=lambda s: err.print(escape(s), soft_wrap=True),
                          after_new=after)
    except VigilError as e:
        raise fail(str(e)) from None
    except KeyboardInterrupt:
        raise fail("stopped", 130) from None
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

    check_choice("--format", fmt, ("table", "jsonl", "csv"))
    check_choice("--outcome", outcome, OUTCOMES)
    try:
        rows = list(Store.open(db).query_claims(
            country=country, since=parse_date(since, "--since") if since else None,
            until=parse_date(until, "--until") if until else None, outcome=outcome, source=source, place=place,
            limit=limit))
    except VigilError as e:
        raise fail(str(e)) from None
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
    console = out_console()
    # a narrow terminal keeps the evidence readable: the claim's facts stack in one column
    table = fit_table(title=f"{len(rows)} claim(s)", lines=True)
    table.add_column("claim", ratio=2, min_width=20, overflow="fold")
    table.add_column("report", width=12, overflow="fold")
    table.add_column("evidence", ratio=4, min_width=30, overflow="fold")
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
        raise fail(str(e)) from None
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps({"id": r.id, **r.report.meta(), "arrived_via": r.arrived_via,
                                         "origin": r.origin, "retrieved_at": r.retrieved_at.isoformat(),
                                         "extractor_version": r.extractor_version, "duplicate_of": r.duplicate_of,
                                         "claims": counts[r.id]}, ensure_ascii=False) + "\n")
        return
    table = fit_table(title=f"{len(rows)} report(s)", lines=True)
    table.add_column("id", no_wrap=True, justify="right")
    table.add_column("published", min_width=10, overflow="fold")
    table.add_column("outlet, via", ratio=1, overflow="fold")
    table.add_column("title / first words", ratio=3, overflow="fold")
    table.add_column("claims", justify="right", no_wrap=True)
    for r in rows:
        head = r.report.title or _first_words(r.report.text, 80)
        via = r.arrived_via + (f", copy of {r.duplicate_of}" if r.duplicate_of else "")
        table.add_row(str(r.id), _iso(r.report.published) or "", escape(f"{r.report.outlet or '?'}\n{via}"),
                      escape(head), str(counts[r.id]))
    out_console().print(table)


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
        raise fail(str(e)) from None
    rep = sr.report
    console = out_console()
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
    workers: Annotated[int | None, typer.Option(help="Extraction processes (default: VIGIL_WORKERS or the "
                                                     "machine's cores; small inputs run in one).")] = None,
    dask: Annotated[str | None, typer.Option(help="Extract on this Dask scheduler (default: "
                                                  "VIGIL_DASK_SCHEDULER; none: local processes).")] = None,
) -> None:
    """Rerun the extractor over stored reports, replacing their claims."""
    from vigil.distributed import dask_address
    from vigil.ingest import reextract as run
    from vigil.parallel import ParallelExtractor
    from vigil.store import Store, reports

    try:
        store = Store.open(db)
        address = dask_address(dask)
        if address:
            from vigil.distributed import DaskExtractor

            pool: ParallelExtractor | DaskExtractor = DaskExtractor(address, Settings())
        else:
            pool = ParallelExtractor(Settings(), workers, min_parallel=32)
        with pool as ex, progress_bar("re-extracting") as bar:
            task = bar.add_task("reextract", total=store.count(reports))
            n, k = run(store, ex, everything=everything, progress=lambda i: bar.advance(task, i))
        if n:
            from vigil.incidents import run_reconcile

            with store.exclusive("reconcile"):   # claim ids changed: incidents are rebuilt (verdicts kept)
                found = run_reconcile(store)
    except VigilError as e:
        raise fail(str(e)) from None
    typer.echo(f"{n} report(s) re-extracted with {ex.version}, {k} claims"
               + (f"; {len(found)} incidents reconciled" if n else ""))


@db_app.command("upgrade")
def db_upgrade(db: DbOpt = None) -> None:
    """Create the database or upgrade its schema to this version of Vigil."""
    from vigil.store import Store, database_url

    try:
        Store.open(db, upgrade=True)
    except VigilError as e:
        raise fail(str(e)) from None
    typer.echo(f"database at {_redact(database_url(db))} is up to date")


def _first_words(text: str, limit: int) -> str:
    """The start of a text, cut at a word boundary with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    return flat[:cut if cut > limit // 2 else limit].rstrip(",;:") + "…"


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _redact(url: str) -> str:
    import re

    return re.sub(r"://([^:/@]+):[^@]+@", r"://\1:***@", url)

