"""``vigil user`` commands: accounts for the dashboard (add, list, passwd, role, remove)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from vigil.cli_common import PlainHelpGroup, app, fail
from vigil.cli_store import DbOpt
from vigil.errors import VigilError

user_app = typer.Typer(cls=PlainHelpGroup, help="Dashboard accounts (viewer, analyst, admin).", no_args_is_help=True)
app.add_typer(user_app, name="user")

NameArg = Annotated[str, typer.Argument(metavar="NAME", help="Account name: letters, digits, '.', '_' or '-'.")]
StdinOpt = Annotated[bool, typer.Option("--password-stdin",
                                        help="Read the password from the first line of standard input.")]


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    value: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return value


@user_app.command("add")
def user_add(
    name: NameArg,
    role: Annotated[str, typer.Option(help="viewer, analyst or admin.")],
    db: DbOpt = None,
    password_stdin: StdinOpt = False,
) -> None:
    """Create an account (the password is prompted for twice, or read from standard input)."""
    from vigil.auth import ROLES, add_user
    from vigil.store import Store

    if role not in ROLES:      # before asking for a password
        raise fail(f"--role: {role!r} is not one of {', '.join(ROLES)}")
    try:
        store = Store.open(db)
        user = add_user(store, name, role, _password(password_stdin))
    except VigilError as e:
        raise fail(str(e)) from None
    typer.echo(f"added {user.name} ({user.role})")


@user_app.command("list")
def user_list(db: DbOpt = None) -> None:
    """List accounts and their roles."""
    from vigil.auth import list_users
    from vigil.store import Store

    try:
        found = list_users(Store.open(db))
    except VigilError as e:
        raise fail(str(e)) from None
    if not found:
        typer.echo("no users", err=True)
    for u in found:
        typer.echo(f"{u.name:<24} {u.role}")


@user_app.command("passwd")
def user_passwd(name: NameArg, db: DbOpt = None, password_stdin: StdinOpt = False) -> None:
    """Change a password; the account's sessions end."""
    from vigil.auth import set_password
    from vigil.store import Store

    try:
        store = Store.open(db)
        set_password(store, name, _password(password_stdin))
    except VigilError as e:
        raise fail(str(e)) from None
    typer.echo(f"password changed for {name}")


@user_app.command("role")
def user_role(
    name: NameArg,
    role: Annotated[str, typer.Argument(metavar="ROLE", help="viewer, analyst or admin.")],
    db: DbOpt = None,
) -> None:
    """Change an account's role (the last admin cannot be demoted)."""
    from vigil.auth import set_role
    from vigil.store import Store

    try:
        user = set_role(Store.open(db), name, role)
    except VigilError as e:
        raise fail(str(e)) from None
    typer.echo(f"{user.name} is now {user.role}")


@user_app.command("remove")
def user_remove(name: NameArg, db: DbOpt = None) -> None:
    """Delete an account and its sessions (the last admin cannot be removed)."""
    from vigil.auth import remove_user
    from vigil.store import Store

    try:
        remove_user(Store.open(db), name)
    except VigilError as e:
        raise fail(str(e)) from None
    typer.echo(f"removed {name}")
