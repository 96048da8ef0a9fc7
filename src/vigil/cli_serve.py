"""``vigil`` commands for serving: serve, token."""

from __future__ import annotations

from typing import Annotated

import typer

from vigil.cli import _fail, app
from vigil.cli_store import DbOpt
from vigil.errors import VigilError
from vigil.settings import Settings

token_app = typer.Typer(help="API tokens for writes.", no_args_is_help=True)
app.add_typer(token_app, name="token")


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    private: Annotated[bool, typer.Option(help="Require a token for reads too.")] = False,
    allow_private: Annotated[bool, typer.Option(help="Let posted URLs reach private or loopback addresses.")] = False,
) -> None:
    """Serve the REST API (OpenAPI docs at /docs)."""
    import uvicorn

    from vigil.api import create_app
    from vigil.store import Store

    settings = Settings(database_url=db, private=private, allow_private_urls=allow_private)
    try:
        Store.open(db).close()            # create or upgrade the schema before serving
    except VigilError as e:
        raise _fail(str(e)) from None
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
        raise _fail(str(e)) from None
    typer.echo(token)
