"""What every ``vigil`` command module shares: the application (:data:`app`), the error console, the
one-line failure, tables that read well at 80 columns, and help without type tags. The command modules
(``cli.py``, ``cli_*.py``) import from here, never from each other's entry point, so there is no
import cycle; :func:`vigil.cli.main` imports them to register their commands."""

from __future__ import annotations

import os
import sys
from typing import Any

import typer
from rich import box
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
from typer.core import TyperArgument, TyperGroup, TyperOption

__all__ = ["PIPE_WIDTH", "PlainHelpGroup", "app", "check_choice", "err", "fail", "fit_table", "out_console",
           "print_failures", "progress_bar"]


class PlainHelpGroup(TyperGroup):
    """Vigil's command group: help without Typer's type tags (``<bool>``, ``<list[str]>``). Flags show
    none, options a metavar in capitals (``--since SINCE``), arguments their name only (``PATHS...``).

    Typer (0.29) has no setting for this: an option's tag can be replaced through its ``metavar``, but an
    argument's is always printed. So the group (given to ``typer.Typer(cls=...)``, Typer's hook for a
    custom group class) gives each command's options a metavar and its arguments the help display of
    :class:`_PlainArgument`, when the command is looked up. Nothing in Typer itself is changed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _plain_params(self)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        cmd = super().get_command(ctx, cmd_name)
        if cmd is not None:
            _plain_params(cmd, cmd.get_help_option(ctx))
        return cmd

    def get_help_option(self, ctx: Any) -> Any:
        opt = super().get_help_option(ctx)
        _plain_params(self, opt)
        return opt


class _PlainArgument(TyperArgument):
    """An argument shown by its name only: no type tag, ``PATHS...`` and ``[NAME]`` in the usage line."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def _usage_display_name(self) -> str:
        name = (self.metavar or self.name or "arg").upper()
        name = name if self.required else f"[{name}]"
        return name + ("..." if self.nargs != 1 else "")


def _plain_params(cmd: Any, *more: Any) -> None:
    """Give ``cmd``'s options (and ``more``: its ``--help``, made apart from its params) a metavar, its
    arguments :class:`_PlainArgument`'s display. Typer's classes are typed against its own copy of click
    (``typer._click``), hence ``Any``."""
    for p in (*cmd.params, *(m for m in more if m is not None)):
        if isinstance(p, TyperOption) and p.metavar is None:
            p.metavar = "" if p.is_flag else (p.name or "value").upper()
        elif isinstance(p, TyperArgument) and not isinstance(p, _PlainArgument):
            p.__class__ = _PlainArgument


app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, cls=PlainHelpGroup,
                  help="Vigil: sourced casualty claims from news reports about armed violence.")
err = Console(stderr=True, highlight=False)


def progress_bar(label: str) -> Progress:
    """The progress display of a long-running command, on stderr and only on a terminal: a bar with
    ``done/total`` where the task is given a total, a running count where it is not."""
    return Progress(SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True, disable=not err.is_terminal)


#: when standard output is piped and COLUMNS is unset, tables are laid out this wide (no cell is cut)
PIPE_WIDTH = 1000


def out_console() -> Console:
    """A console for standard output: the terminal's width (or COLUMNS); piped, wide enough that no
    cell of a table is cut (tables then take their natural width)."""
    if sys.stdout.isatty() or os.environ.get("COLUMNS"):
        return Console(highlight=False)
    return Console(highlight=False, width=PIPE_WIDTH)


def fit_table(*, title: str | None = None, lines: bool = False) -> Table:
    """A table that stays readable in 80 columns: light borders, cells wrapped (long words folded, never
    cut with an ellipsis), stretched to the terminal only when there is one."""
    wide = sys.stdout.isatty() or bool(os.environ.get("COLUMNS"))
    return Table(title=title, show_lines=lines, expand=wide, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)


def print_failures(errors: list[str], failed: int, shown: int = 20) -> None:
    """The first ``shown`` of a run's failed inputs on standard error, then how many more failed."""
    for line in errors[:shown]:
        err.print(f"[yellow]failed[/] {escape(line)}", soft_wrap=True)
    more = max(failed, len(errors)) - shown
    if more > 0:
        err.print(f"… and {more} more failures")


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", markup=True, soft_wrap=True)
    return typer.Exit(code)


def check_choice(option: str, value: str | None, choices: tuple[str, ...]) -> None:
    """A one-line error for an option value outside its choices."""
    if value is not None and value not in choices:
        raise fail(f"{option}: {value!r} is not one of {', '.join(choices)}")


_check_choice = check_choice
