"""``vigil`` commands for serving: serve, token."""

from __future__ import annotations

from typing import Annotated

import typer

from vigil.cli_common import PlainHelpGroup, app, check_choice, fail
from vigil.cli_store import DbOpt
from vigil.errors import VigilError
from vigil.settings import Settings

token_app = typer.Typer(cls=PlainHelpGroup, help="API tokens for writes.", no_args_is_help=True)
app.add_typer(token_app, name="token")


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    access: Annotated[str | None, typer.Option(
        "--access", metavar="MODE",
        help="Who may read stored data: open (anyone; the default), login (pages and downloads need a "
             "login, the API a login or a token) or private (pages and downloads need a login, the API a "
             "token).")] = None,
    private: Annotated[bool, typer.Option("--private", hidden=True, help="Same as --access private.")] = False,
    anonymous: Annotated[bool, typer.Option("--anonymous-read/--login-to-read", hidden=True,
                                            help="--login-to-read is the same as --access login.")] = True,
    allow_private_urls: Annotated[bool, typer.Option(
        "--allow-private-urls",
        help="Let URLs posted to the API be fetched from private or loopback network addresses "
             "(not about who may read).")] = False,
    allow_private: Annotated[bool, typer.Option("--allow-private", hidden=True,
                                                help="Same as --allow-private-urls.")] = False,
    secure_cookies: Annotated[bool, typer.Option("--secure-cookies",
                                                 help="Send session cookies over HTTPS only (behind TLS).")] = False,
) -> None:
    """Serve the dashboard at / and the REST API at /api (OpenAPI schema at /openapi.json).

    Accounts for the dashboard: `vigil user add NAME --role viewer|analyst|admin`."""
    import uvicorn

    from vigil.api import create_app
    from vigil.settings import READ_ACCESS
    from vigil.store import Store

    check_choice("--access", access, READ_ACCESS)
    given = [m for m, on in (("private", private), ("login", not anonymous), (access, access is not None)) if on]
    if len(set(given)) > 1:
        raise fail(f"--access: {', '.join(dict.fromkeys(str(g) for g in given))} disagree; give one read mode")
    settings = Settings(database_url=db, allow_private_urls=allow_private_urls or allow_private, secure_cookies=secure_cookies,
                        read_access=given[0] if given else "open")
    try:
        Store.open(db).close()            # create or upgrade the schema before serving
    except VigilError as e:
        raise fail(str(e)) from None
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Argument(help="Who or what the token is for.")],
    db: DbOpt = None,
) -> None:
    """Create an API token; it is printed once and only its hash is stored."""
    from vigil.store import Store

    try:
        token = Store.open(db).create_token(name)
    except VigilError as e:
        raise fail(str(e)) from None
    typer.echo(token)


reference_app = typer.Typer(cls=PlainHelpGroup, help="Reference event datasets (UCDP GED, ACLED) and comparison.", no_args_is_help=True)
app.add_typer(reference_app, name="reference")


@app.command("export")
def export_cmd(
    fmt: Annotated[str, typer.Argument(metavar="FORMAT", help="acled, ucdp, geojson, csv or jsonl.")],
    out: Annotated[str, typer.Option("--output", "-o", help="File to write ('-' for standard output).")] = "-",
    db: DbOpt = None,
    country: Annotated[str | None, typer.Option(help="ISO country code.")] = None,
    since: Annotated[str | None, typer.Option(help="Incidents ending on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Incidents starting on or before (YYYY-MM-DD).")] = None,
    outcome: Annotated[str | None, typer.Option(help="killed, injured, ... displaced.")] = None,
    victims: Annotated[str | None, typer.Option(help="Victims category.")] = None,
    status: Annotated[str | None, typer.Option(help="single-source, corroborated, contested, verified.")] = None,
) -> None:
    """Stream incidents as ACLED- or UCDP-compatible CSV, GeoJSON, CSV or JSON Lines (see docs/exports.md)."""
    import sys

    from vigil.exports import FORMATS, IncidentFilter, export
    from vigil.readers import parse_date
    from vigil.store import Store

    if fmt not in FORMATS:
        raise fail(f"FORMAT: {fmt!r} is not one of {', '.join(FORMATS)}")
    try:
        f = IncidentFilter(country=country, outcome=outcome, victims=victims, status=status,
                           since=parse_date(since, "--since") if since else None,
                           until=parse_date(until, "--until") if until else None)
        store = Store.open(db)
        if out == "-":
            n = export(store, fmt, sys.stdout, f)
        else:
            try:
                with open(out, "w", encoding="utf-8", newline="") as fh:
                    n = export(store, fmt, fh, f)
            except OSError as e:
                raise fail(f"{out}: cannot write ({e.strerror})") from None
    except VigilError as e:
        raise fail(str(e)) from None
    if out != "-":
        typer.echo(f"{n} row(s) written to {out}")


@reference_app.command("import")
def reference_import(
    path: Annotated[str, typer.Argument(metavar="FILE", help="UCDP GED or ACLED CSV (detected from the header).")],
    db: DbOpt = None,
) -> None:
    """Load a reference event dataset for comparison."""
    from pathlib import Path

    from vigil.reference import import_reference
    from vigil.store import Store

    try:
        dataset, n, bad = import_reference(Store.open(db), Path(path))
    except VigilError as e:
        raise fail(str(e)) from None
    typer.echo(f"{dataset}: {n} event(s) imported, {bad} skipped")


@reference_app.command("compare")
def reference_compare(
    db: DbOpt = None,
    days: Annotated[int, typer.Option(help="Date window (± days).")] = 1,
    km: Annotated[float, typer.Option(help="Distance window (km).")] = 50.0,
    dataset: Annotated[str | None, typer.Option(help="ucdp or acled (default: all imported).")] = None,
    top: Annotated[int, typer.Option(help="How many of the largest disagreements to list.")] = 10,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """Match incidents to reference events: coverage, fatality agreement, largest disagreements."""
    import json

    from vigil.reference import compare
    from vigil.store import Store

    try:
        result = compare(Store.open(db), days=days, km=km, dataset=dataset, top=top)
    except VigilError as e:
        raise fail(str(e)) from None
    d = result.to_dict()
    if fmt == "json":
        typer.echo(json.dumps(d, ensure_ascii=False, default=str))
        return
    for k, v in d.items():
        if k != "largest":
            typer.echo(f"{k:>20}: {v}")
    for row in d.get("largest", []):
        typer.echo("  " + json.dumps(row, ensure_ascii=False, default=str)[:300])
