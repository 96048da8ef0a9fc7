"""``vigil review``: the analyst review queue in the terminal (see :mod:`vigil.review`).

``vigil review`` shows the queue one item at a time and reads one-key commands from standard input
(a terminal or a pipe): ``a`` accept, ``r`` reject, ``c`` correct, ``m`` merge, ``x`` split, ``s`` skip, ``q`` quit.
``vigil review --list`` prints the queue as a table; ``vigil review log`` prints the audit log.
"""

from __future__ import annotations

import getpass
import shlex
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from vigil.cli_common import PlainHelpGroup, app, fail
from vigil.cli_store import DbOpt
from vigil.errors import InputError, VigilError

if TYPE_CHECKING:
    from vigil.review import QueueItem
    from vigil.store import Store

review_app = typer.Typer(cls=PlainHelpGroup, help="The analyst review queue: accept, correct, reject, merge, split; the audit log.",
                         invoke_without_command=True)
app.add_typer(review_app, name="review")

HELP = "[a]ccept  [r]eject  [c]orrect  [m]erge  split [x]  [s]kip  [q]uit"


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):   # no login name in this environment
        return "analyst"


@review_app.callback()
def review_cmd(
    ctx: typer.Context,
    db: DbOpt = None,
    user: Annotated[str | None, typer.Option("--user", help="Who is reviewing (default: your login name).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many queue items.")] = 50,
    as_list: Annotated[bool, typer.Option("--list", help="Print the queue as a table and stop.")] = False,
) -> None:
    """Review the queue one item at a time: accept, reject, correct, merge, split or skip each."""
    if ctx.invoked_subcommand is not None:
        return
    from vigil.review import queue_size, review_queue
    from vigil.store import Store

    if limit < 1:
        raise fail("--limit: must be at least 1")
    try:
        store = Store.open(db)
        items = review_queue(store, limit=limit)
        total = queue_size(store)
    except VigilError as e:
        raise fail(str(e)) from None
    con = Console(highlight=False)
    if as_list:
        _print_queue(con, items, total)
        return
    if not items:
        con.print("the review queue is empty")
        return
    _loop(con, store, items, total, user or _default_user())


def _print_queue(con: Console, items: list[QueueItem], total: int) -> None:
    table = Table(title=f"review queue: {len(items)} of {total} item(s)")
    for c in ("item", "incident", "impact", "reasons", "summary"):
        table.add_column(c, justify="right" if c == "impact" else "left")
    for it in items:
        table.add_row(f"{it.kind} {it.target}", it.incident_id or "", f"{it.impact:,}", escape("; ".join(it.reasons)),
                      escape(it.summary))
    con.print(table)


def _ask(con: Console, prompt: str) -> str | None:
    """One line from standard input (None at its end)."""
    con.print(prompt, end="")
    line = sys.stdin.readline()
    if not line:
        con.print()
        return None
    return line.strip()


def _estimate(store: Store, incident_id: str | None) -> str:
    from vigil.incidents import get_incident

    if not incident_id:
        return "no incident"
    try:
        inc = get_incident(store, incident_id)
    except InputError:
        return f"{incident_id} (gone)"
    return f"{inc['id']} best {_n(inc['best'])} (low {_n(inc['low'])}, high {_n(inc['high'])}, {inc['status']})"


def _n(v: Any) -> str:
    return f"{v:,}" if isinstance(v, int) else "–"


def _show(con: Console, store: Store, n: int, total: int, it: QueueItem) -> None:
    con.rule(f"{n} of {total}: {it.kind} {it.target}" + (f" in {it.incident_id}" if it.kind == "claim" and
                                                          it.incident_id else ""))
    con.print(f"[bold]{escape(it.summary)}[/]")
    con.print(f"why: {escape('; '.join(it.reasons))} · impact {it.impact:,}")
    if it.incident_id:
        con.print(f"estimate: {escape(_estimate(store, it.incident_id))}")
    rows = list(store.query_claims(ids=it.claim_ids[:6]))
    for r in rows:
        c = r.claim
        con.print(f"  claim {r.id} · report {r.report_id} ({escape(r.outlet or '?')}, {r.published or '?'}): "
                  f"{c.outcome} {escape(c.count.text)} {c.victims.category}"
                  + (f" · [italic]{r.review}[/]" if r.review else ""))
        con.print(f"    [dim]{escape(c.evidence.text)}[/]")
    if len(it.claim_ids) > 6:
        con.print(f"  … and {len(it.claim_ids) - 6} more claim(s)")


def _pairs(text: str) -> dict[str, str]:
    """``value=45 victims=civilians source="Local Monitor"`` as a dict."""
    try:
        words = shlex.split(text)
    except ValueError as e:
        raise InputError("correction", f"cannot read it ({e})") from None
    out: dict[str, str] = {}
    for w in words:
        if "=" not in w:
            raise InputError("correction", f"{w!r} is not field=value")
        k, v = w.split("=", 1)
        out[k.strip()] = v
    if not out:
        raise InputError("correction", "give field=value pairs, e.g. value=45 victims=civilians")
    return out


def _claim_of(con: Console, it: QueueItem) -> int | None:
    """The claim an action is about: the item's, or one the analyst names for an incident."""
    if it.kind == "claim":
        return int(it.target)
    if len(it.claim_ids) == 1:
        return it.claim_ids[0]
    answer = _ask(con, f"which claim ({', '.join(map(str, it.claim_ids[:12]))})? ")
    if answer is None or not answer:
        return None
    if not answer.isdigit() or int(answer) not in it.claim_ids:
        raise InputError(answer, f"not a claim of {it.target}")
    return int(answer)


def _locked(store: Store, action: Callable[..., list[str]], *args: Any, **kwargs: Any) -> list[str]:
    """Run a review action (which reconciles) in its turn with ingests doing the same."""
    with store.exclusive("reconcile"):
        return action(*args, **kwargs)


def _act(con: Console, store: Store, it: QueueItem, key: str, user: str) -> list[str] | None:
    """Carry out one command; the incidents now holding the claims, or None when nothing was done."""
    from vigil import review

    if key == "a":
        if it.kind == "claim":
            return _locked(store, review.accept, store, user, claim_ids=[int(it.target)])
        return _locked(store, review.accept, store, user, incident_id=it.target)
    if key == "r":
        cid = _claim_of(con, it)
        if cid is None:
            return None
        reason = _ask(con, "reason: ")
        return _locked(store, review.reject, store, user, cid, reason=reason or "")
    if key == "c":
        cid = _claim_of(con, it)
        if cid is None:
            return None
        answer = _ask(con, f"field=value pairs ({', '.join(review.CORRECTABLE)}): ")
        if not answer:
            return None
        changes = _pairs(answer)
        reason = _ask(con, "reason: ")
        return _locked(store, review.correct, store, user, cid, changes, reason=reason or "")
    if key in ("m", "x"):
        if not it.incident_id:
            raise InputError(f"claim {it.target}", "is in no incident")
        question = (f"merge {it.incident_id} with incident: " if key == "m"
                    else f"claim ids to split off {it.incident_id} into a new incident: ")
        answer = _ask(con, question)
        if not answer:
            return None
        words = answer.replace(",", " ").split()
        ids = [int(x) for x in words if x.isdecimal() and len(x) < 12]
        if key == "x" and not ids:
            raise InputError(answer, "give claim ids, e.g. 12 14")
        reason = _ask(con, "reason: ") or ""
        if key == "m":
            return _locked(store, review.merge, store, user, [it.incident_id, *words], reason=reason)
        return _locked(store, review.split, store, user, it.incident_id, ids, reason=reason)
    raise InputError(key, f"unknown command; {HELP}")


def _loop(con: Console, store: Store, items: list[QueueItem], total: int, user: str) -> None:
    from vigil.review import queue_size

    done = 0
    i = 0
    while i < len(items):
        it = items[i]
        _show(con, store, i + 1, total, it)
        key = _ask(con, f"{escape(HELP)} > ")
        if key is None or key.lower() in ("q", "quit"):
            break
        key = key.lower()[:1]
        if key == "s":
            i += 1
            continue
        before = _estimate(store, it.incident_id)
        try:
            now = _act(con, store, it, key, user)
        except VigilError as e:
            con.print(f"[red]{escape(str(e))}[/]")
            continue
        if now is None:
            con.print("nothing done")
            continue
        done += 1
        after = "; ".join(_estimate(store, x) for x in now) or "no incident"
        con.print(f"[green]done[/]: {escape(before)} → {escape(after)}")
        i += 1
    try:
        left = f"{queue_size(store)} item(s) left in the queue"
    except VigilError:
        left = "queue size unknown"
    con.print(f"{done} change(s) by {escape(user)}; {left}")


@review_app.command("log")
def log_cmd(
    db: DbOpt = None,
    incident: Annotated[str | None, typer.Option("--incident", help="Only entries about this incident.")] = None,
    claim: Annotated[list[int] | None, typer.Option("--claim", help="Only entries about this claim.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many entries (newest first).")] = 200,
) -> None:
    """Print the audit log: who changed what, when and why."""
    from vigil.review import audit
    from vigil.store import Store

    try:
        entries = audit(Store.open(db), incident_id=incident, claim_ids=claim or [], limit=limit)
    except VigilError as e:
        raise fail(str(e)) from None
    table = Table(title=f"{len(entries)} audit entr{'y' if len(entries) == 1 else 'ies'}")
    for c in ("at", "user", "action", "target", "incident", "before → after", "reason"):
        table.add_column(c)
    for entry in entries:
        change = f"{_brief(entry.before)} → {_brief(entry.after)}"
        table.add_row(entry.at.strftime("%Y-%m-%d %H:%M"), escape(entry.user), entry.action, entry.target,
                      entry.incident_id or "", escape(change), escape(entry.reason))
    Console(highlight=False).print(table)


def _brief(d: dict[str, Any] | None) -> str:
    if not d:
        return "–"
    return ", ".join(f"{k}={v}" for k, v in d.items() if k not in ("claims", "merged"))
