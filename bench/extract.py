"""Extraction benchmark: throughput, relevance-filter selectivity, claims and peak memory.

    python bench/extract.py                          # two mixes (20% and 100% violent), 1,000 articles each
    python bench/extract.py --quick                  # 100 articles per mix
    python bench/extract.py --violent-share 0.5 --n 2000 --model en_core_web_sm
    python bench/extract.py --quick --profile        # plus cProfile, top 25 functions by cumulative time

The corpus comes from ``bench/corpus.py`` (invented articles, deterministic for a seed). By default the
process is pinned to one CPU and BLAS/OpenMP are limited to one thread, so "articles/s" means per core.
See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import resource
import sys
import time
import traceback
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from corpus import generate
from rich.console import Console
from rich.table import Table

from vigil.models import Report

#: throughput targets (articles/s on one core) for the two standard mixes
TARGETS: dict[float, float] = {0.2: 50.0, 1.0: 10.0}
DEFAULT_SHARES = (0.2, 1.0)
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS",
                "VECLIB_MAXIMUM_THREADS")


@dataclass
class MixResult:
    share: float
    n: int
    sentences: int
    parsed: int
    chars: int
    seconds: float | None = None
    claims: int = 0
    reports_with_claims: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    peak_rss_mb: float | None = None
    error: str | None = None

    @property
    def rate(self) -> float | None:
        return self.n / self.seconds if self.seconds else None

    @property
    def target(self) -> float | None:
        return TARGETS.get(round(self.share, 6))


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (``ru_maxrss`` is KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def one_core() -> str:
    """Limit numeric libraries to one thread and pin the process to one CPU (Linux); says what it did."""
    for var in _THREAD_VARS:
        os.environ.setdefault(var, "1")
    if hasattr(os, "sched_setaffinity") and hasattr(os, "sched_getaffinity"):
        cpus = sorted(os.sched_getaffinity(0))
        if cpus:
            os.sched_setaffinity(0, {cpus[0]})
            return f"pinned to CPU {cpus[0]}, one BLAS/OpenMP thread"
    return "one BLAS/OpenMP thread (CPU pinning unavailable)"


def count_sentences(reports: Sequence[Report], max_chars: int) -> tuple[int, int]:
    """(all sentences, sentences the relevance filter would hand to the parser)."""
    from vigil.extract.sentences import may_hold_figure, split_sentences

    total = parsed = 0
    for r in reports:
        for s in split_sentences(r.text):
            total += 1
            if len(s.text) <= max_chars and may_hold_figure(s.text):
                parsed += 1
    return total, parsed


def make_extractor(model: str | None) -> Any:
    from vigil.extract.pipeline import Extractor
    from vigil.settings import Settings

    return Extractor(Settings(spacy_model=model)) if model else Extractor()


def load(ex: Any, warmup: Sequence[Report]) -> tuple[float | None, float]:
    """Load the model (if the extractor exposes it) and run a warm-up; returns (model load s, warm-up s)."""
    model_s = None
    if isinstance(getattr(type(ex), "nlp", None), property):
        t = time.perf_counter()
        _ = ex.nlp
        model_s = time.perf_counter() - t
    t = time.perf_counter()
    list(ex.extract_many(warmup))
    return model_s, time.perf_counter() - t


def run_mix(ex: Any, reports: Sequence[Report], res: MixResult) -> None:
    gc.collect()
    t = time.perf_counter()
    results = list(ex.extract_many(reports))
    res.seconds = time.perf_counter() - t
    res.peak_rss_mb = peak_rss_mb()
    for er in results:
        res.claims += len(er.claims)
        res.reports_with_claims += bool(er.claims)
        res.outcomes.update(c.outcome for c in er.claims)


def profile_mix(ex: Any, reports: Sequence[Report], top: int, sort: str) -> str:
    prof = cProfile.Profile()
    prof.enable()
    list(ex.extract_many(reports))
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(sort).print_stats(top)
    text = buf.getvalue()
    # drop pstats' preamble up to the total line, keep the header and rows
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if "function calls" in line:
            return "\n".join(lines[i:]).strip("\n")
    return text


def _fmt(x: float | None, spec: str) -> str:
    return "—" if x is None else format(x, spec)


def results_table(mixes: Sequence[MixResult]) -> Table:
    t = Table(title="Vigil extraction benchmark", title_justify="left")
    for col in ("violent", "articles", "secs", "art/s", "target", "sentences", "parsed", "parsed %",
                "claims", "per art.", "w/ claims", "peak RSS MB"):
        t.add_column(col, justify="left" if col == "violent" else "right", no_wrap=True)
    for m in mixes:
        rate = m.rate
        if m.error:
            verdict = "[red]error[/]"
        elif m.target is None or rate is None:
            verdict = "—"
        else:
            ok = rate >= m.target
            verdict = f"[{'green' if ok else 'red'}]≥{m.target:g} {'ok' if ok else 'MISSED'}[/]"
        t.add_row(
            f"{m.share:.0%}", f"{m.n:,}", _fmt(m.seconds, ".2f"), _fmt(rate, ",.1f"), verdict,
            f"{m.sentences:,}", f"{m.parsed:,}", f"{100 * m.parsed / m.sentences:.1f}" if m.sentences else "—",
            f"{m.claims:,}" if not m.error else "—", f"{m.claims / m.n:.2f}" if m.n and not m.error else "—",
            f"{m.reports_with_claims:,}" if not m.error else "—", _fmt(m.peak_rss_mb, ",.0f"),
        )
    return t


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--n", type=int, default=1000, help="articles per mix (default 1000)")
    ap.add_argument("--violent-share", type=float, action="append", dest="shares", metavar="SHARE",
                    help="share of conflict reports; repeat for several mixes (default: 0.2 and 1.0)")
    ap.add_argument("--model", default=None, help="spaCy model name (default: Vigil's setting)")
    ap.add_argument("--quick", action="store_true", help="100 articles per mix")
    ap.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    ap.add_argument("--warmup", type=int, default=8, help="warm-up articles, not timed (default 8)")
    ap.add_argument("--profile", action="store_true", help="also run each mix under cProfile")
    ap.add_argument("--profile-top", type=int, default=25, help="functions to show (default 25)")
    ap.add_argument("--profile-sort", default="cumulative", choices=("cumulative", "tottime", "ncalls"),
                    help="profile sort key (default cumulative)")
    ap.add_argument("--all-cores", action="store_true", help="do not pin to one CPU / one BLAS thread")
    ap.add_argument("--strict", action="store_true", help="exit 2 when a throughput target is missed")
    args = ap.parse_args(argv)
    if args.quick:
        args.n = 100
    args.shares = tuple(args.shares) if args.shares else DEFAULT_SHARES
    for s in args.shares:
        if not 0.0 <= s <= 1.0:
            ap.error(f"--violent-share must be between 0 and 1, got {s}")
    if args.n < 1:
        ap.error("--n must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    cores = "all cores" if args.all_cores else one_core()
    # a wide page when piped to a file, so the table is not squeezed to 80 columns
    console = Console() if sys.stdout.isatty() else Console(width=130)
    console.print(f"[bold]Vigil extraction benchmark[/]  n={args.n:,} per mix, seed={args.seed}, {cores}, "
                  f"Python {sys.version.split()[0]}")

    # --- model load + warm-up (reported separately, not part of throughput) -------------------------
    ex: Any = None
    load_error = None
    rss_before = peak_rss_mb()
    t = time.perf_counter()
    try:
        ex = make_extractor(args.model)
        init_s = time.perf_counter() - t
        model_s, warm_s = load(ex, generate(args.warmup, 0.5, seed=args.seed + 10_000))
    except Exception:
        load_error = traceback.format_exc()
        ex = None
    if ex is None:
        console.print("[red]Extractor failed to load or to run the warm-up:[/]")
        console.print(load_error, markup=False, highlight=False)
    else:
        model_name = getattr(getattr(ex, "settings", None), "spacy_model", args.model)
        console.print(f"model {model_name}: Extractor() {init_s:.2f} s, model load {_fmt(model_s, '.2f')} s, "
                      f"warm-up on {args.warmup} articles {warm_s:.2f} s; "
                      f"peak RSS {rss_before:,.0f} → {peak_rss_mb():,.0f} MB")
    max_chars = getattr(getattr(ex, "settings", None), "max_sentence_chars", 2000)

    # --- the mixes ----------------------------------------------------------------------------------
    mixes: list[tuple[MixResult, list[Report]]] = []
    for share in args.shares:
        t = time.perf_counter()
        reports = generate(args.n, share, seed=args.seed)
        gen_s = time.perf_counter() - t
        total, parsed = count_sentences(reports, max_chars)
        res = MixResult(share, len(reports), total, parsed, sum(len(r.text) for r in reports))
        console.print(f"mix {share:.0%}: generated {res.n:,} articles ({res.chars / max(res.n, 1):,.0f} chars, "
                      f"{total / max(res.n, 1):.1f} sentences each) in {gen_s:.2f} s", highlight=False)
        if ex is not None:
            try:
                run_mix(ex, reports, res)
            except Exception:
                res.error = traceback.format_exc()
                console.print(f"[red]extraction failed on mix {share:.0%}:[/]")
                console.print(res.error, markup=False, highlight=False)
        mixes.append((res, reports))

    console.print()
    console.print(results_table([m for m, _ in mixes]))
    for m, _ in mixes:
        if m.outcomes:
            parts = ", ".join(f"{k} {v:,}" for k, v in m.outcomes.most_common())
            console.print(f"  claims by outcome, mix {m.share:.0%}: {parts}", highlight=False)
    console.print("  parsed = sentences that pass the relevance filter (may_hold_figure) and go to spaCy; "
                  "peak RSS is the process maximum so far (ru_maxrss), so it only grows across mixes.",
                  style="dim")

    # --- optional profile (separate runs, so timings above are not perturbed) ----------------------
    if args.profile and ex is not None:
        for m, reports in mixes:
            if m.error:
                continue
            console.print()
            console.rule(f"cProfile, mix {m.share:.0%} ({m.n:,} articles), top {args.profile_top} "
                         f"by {args.profile_sort}")
            console.print(profile_mix(ex, reports, args.profile_top, args.profile_sort),
                          markup=False, highlight=False, soft_wrap=True)

    if ex is None or any(m.error for m, _ in mixes):
        return 1
    if args.strict and any(m.target is not None and (m.rate or 0) < m.target for m, _ in mixes):
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
