"""``vigil`` commands over incidents: reconcile, incidents, incident."""

from __future__ import annotations

import csv
import json
import sys
from typing import Annotated, Any

import typer
from rich.markup import escape

from vigil.cli_common import app, check_choice, fail, fit_table, out_console
from vigil.cli_store import DbOpt
from vigil.errors import VigilError

STATUSES = ("single-source", "corroborated", "contested", "verified")


@app.command("reconcile")
def reconcile_cmd(db: DbOpt = None) -> None:
    """Group stored claims into incidents with low/best/high estimates (ingest and watch run this too)."""
    from vigil.incidents import count, run_reconcile
    from vigil.store import Store

    try:
        store = Store.open(db)
        with store.exclusive("reconcile"):     # concurrent ingests and reconciles take turns
            run_reconcile(store)
        n, n_episodes = count(store)
    except VigilError as e:
        raise fail(str(e)) from None
    typer.echo(f"{n} incident(s), {n_episodes} episode(s)")


@app.command("incidents")
def incidents_cmd(
    db: DbOpt = None,
    country: Annotated[str | None, typer.Option(help="ISO country code, e.g. SY.")] = None,
    since: Annotated[str | None, typer.Option(help="Incidents ending on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Incidents starting on or before (YYYY-MM-DD).")] = None,
    outcome: Annotated[str | None, typer.Option(help="killed, injured, ... displaced.")] = None,
    victims: Annotated[str | None, typer.Option(help="civilians, state_forces, non_state_fighters, "
                                                     "combatants, people.")] = None,
    status: Annotated[str | None, typer.Option(help=", ".join(STATUSES) + ".")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv.")] = "table",
) -> None:
    """List reconciled incidents and episodes."""
    from vigil.incidents import query_incidents
    from vigil.models import OUTCOMES
    from vigil.readers import parse_date
    from vigil.store import Store

    check_choice("--format", fmt, ("table", "jsonl", "csv"))
    check_choice("--outcome", outcome, OUTCOMES)
    check_choice("--status", status, STATUSES)
    try:
        rows = list(query_incidents(Store.open(db), country=country, outcome=outcome, victims=victims,
                                    status=status, limit=limit,
                                    since=parse_date(since, "--since") if since else None,
                                    until=parse_date(until, "--until") if until else None))
    except VigilError as e:
        raise fail(str(e)) from None
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    cols = ["id", "kind", "parent", "outcome", "victims", "country", "admin1", "start", "end", "low", "best",
            "high", "independent_sources", "status", "sources"]
    if fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(cols)
        for r in rows:
            w.writerow([";".join(r[c]) if isinstance(r[c], list) else r[c] for c in cols])
        return
    # six columns, the figures stacked: readable at 80 columns, nothing cut when piped
    table = fit_table(title=f"{len(rows)} incident(s)", lines=True)
    table.add_column("incident", no_wrap=True)
    table.add_column("what", overflow="fold", min_width=9)
    table.add_column("where, when", overflow="fold", min_width=12, ratio=2)
    table.add_column("estimate", justify="right", overflow="fold", min_width=8)
    table.add_column("sources", overflow="fold", ratio=2)
    table.add_column("status", overflow="fold", min_width=9)
    for r in rows:
        where = ", ".join(r["admin1"]) or (r["country"] or "?")
        when = f"{r['start'] or '…'}\n– {r['end'] or '…'}" if r["start"] != r["end"] else str(r["start"] or "undated")
        ident = r["id"] if not r["parent"] else f"{r['id']}\nin {r['parent']}"
        figures = _n(r["best"]) + ("" if r["low"] == r["high"] == r["best"] else
                                   f"\n{_n(r['low'], '?')}–{_n(r['high'], '?')}")
        table.add_row(ident, f"{r['outcome']}\n{r['victims'].replace('_', ' ')}", escape(f"{where}\n{when}"),
                      figures, f"{r['independent_sources']}: " + escape("; ".join(r["sources"][:3])), r["status"])
    out_console().print(table)


@app.command("incident")
def incident_cmd(
    incident_id: Annotated[str, typer.Argument(metavar="ID", help="Incident or episode id (e.g. I42).")],
    db: DbOpt = None,
    plot: Annotated[str | None, typer.Option(help="Draw the toll history to this PNG/SVG file.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """Show an incident: estimates and their rule, sources, the toll history and every supporting claim."""
    from vigil.incidents import plot_history
    from vigil.store import Store

    try:
        store = Store.open(db)
        inc = _find_incident(store, incident_id)
        claim_rows = {r.id: r for r in store.query_claims() if r.id in set(inc["claims"])}
        if plot:
            plot_history(inc, plot)
    except VigilError as e:
        raise fail(str(e)) from None
    if fmt == "json":
        typer.echo(json.dumps(inc, ensure_ascii=False, indent=1))
        return
    con = out_console()
    con.print(f"[bold]{inc['id']}[/] {inc['kind']}: {inc['outcome']} · {inc['victims']} · "
              f"{escape(', '.join(inc['admin1']) or (inc['country'] or '?'))} · {inc['start']} – {inc['end']}")
    con.print(f"estimate low {_n(inc['low'])} · best {_n(inc['best'])} · high {_n(inc['high'])}   "
              f"status [bold]{inc['status']}[/] · {inc['independent_sources']} independent source(s)")
    con.print(f"[dim]{escape(inc['rule'])}[/]")
    for flag in inc.get("flags", []):
        con.print(f"[yellow]flag[/] {escape(flag)}")
    con.print("sources: " + escape(", ".join(inc["sources"])))
    con.print("\n[bold]toll history[/] (by publication date)")
    for h in inc.get("history", []):
        fig = _n(h["value"]) if h.get("value") is not None else f"{_n(h.get('low'))}–{_n(h.get('high'))}"
        con.print(f"  {h.get('published') or '?':>10}  {fig:>9}  {escape(h.get('source') or 'report voice')}  "
                  f"(report {h['report']}, claim {h['claim']})")
    con.print("\n[bold]claims[/]")
    for cid in inc["claims"]:
        r = claim_rows.get(cid)
        if r is None:
            continue
        c = r.claim
        con.print(f"  claim {cid} · report {r.report_id} ({escape(r.outlet or '?')}, {r.published}): "
                  f"{c.outcome} {escape(c.count.text)}" + (f" · part of {c.part_of}" if c.part_of else ""))
        con.print(f"    [dim]{escape(c.evidence.text)}[/]")
    if plot:
        con.print(f"\ntoll history drawn to {escape(plot)}")


def _find_incident(store: Any, incident_id: str) -> dict[str, Any]:
    """An incident by id; a bare number or a lower-case id is taken as the incident (I…) or episode
    (E…) of that number, and a miss suggests the ids that exist."""
    from vigil.errors import InputError
    from vigil.incidents import get_incident

    want = incident_id.strip()
    tries = [want]
    if want.isdigit():
        tries = [f"I{want}", f"E{want}"]
    elif want[:1] in ("i", "e") and want[1:].isdigit():
        tries = [want.upper()]
    for t in tries:
        try:
            return get_incident(store, t)
        except InputError:
            continue
    hint = " (incident ids look like I24; episodes like E24)" if want[:1].upper() not in ("I", "E") else ""
    raise InputError(incident_id, f"no such incident{hint}; `vigil incidents` lists them (run `vigil reconcile` "
                                  "first if you have just ingested)")


def _n(v: Any, missing: str = "–") -> str:
    return f"{v:,}" if isinstance(v, int) else missing
