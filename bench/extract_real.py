"""Extraction speed on real articles, set against a full spaCy parse of the same text on the same machine.

    python bench/extract_real.py                        # dev + dev2 from ../shared/evals, best of 5
    python bench/extract_real.py --reps 9 --evals /path/to/evals --files dev.jsonl dev2.jsonl

The evaluation articles are read at run time from the evaluation folder (they are third-party text for
evaluation only and are never copied into the repository). The process is pinned to one CPU and
BLAS/OpenMP are limited to one thread before spaCy is imported, and every rate is **articles per
CPU-second** (``time.process_time``), so other work on the machine disturbs it less than wall time.
Three things are timed on the same articles, alternately, best of ``--reps`` runs each:

* **extractor**: ``Extractor.extract_many`` (split, relevance filter, parse of the candidate
  sentences, sentence rules, article-level resolution);
* **full parse**: the stock spaCy model (every component, nothing of Vigil's) run over every sentence
  of every article (``split_sentences``), i.e. what parsing everything would cost;
* **tokenizer**: the model's tokenizer alone over the whole texts (a floor no spaCy-based reading beats).

The **ratio** extractor / full parse does not depend on the machine's speed the way the raw rates do,
so it is the figure to compare across machines (printed best against best, and as the median of each
run's own ratio, which other work on the machine disturbs less). Peak memory is the process's maximum resident set
(``ru_maxrss``) after the extractor's untimed warm-up pass over all the articles (before the stock
model is loaded), and at the end (both loaded).
"""

from __future__ import annotations

import os

_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS",
                "VECLIB_MAXIMUM_THREADS")
for _var in _THREAD_VARS:
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402

DEFAULT_EVALS = Path(__file__).resolve().parent.parent.parent / "shared" / "evals"


def peak_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def cpu_seconds(fn: Callable[[], object]) -> float:
    gc.collect()
    t = time.process_time()
    fn()
    return time.process_time() - t


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--evals", type=Path, default=DEFAULT_EVALS, help=f"evaluation folder (default {DEFAULT_EVALS})")
    ap.add_argument("--files", nargs="+", default=["dev.jsonl", "dev2.jsonl"], help="JSON Lines files in it")
    ap.add_argument("--reps", type=int, default=5, help="timed runs of each, best kept (default 5)")
    args = ap.parse_args(argv)
    from extract import one_core  # bench/extract.py: the same pinning and thread limits

    pinned = one_core()

    import spacy

    from vigil.extract.pipeline import Extractor
    from vigil.extract.sentences import split_sentences
    from vigil.readers import report_from_record

    reports = []
    for name in args.files:
        path = args.evals / name
        if not path.is_file():
            print(f"missing {path} (set --evals)", file=sys.stderr)
            return 1
        with path.open(encoding="utf-8") as fh:
            reports += [report_from_record(json.loads(line)["report"], str(path)) for line in fh if line.strip()]
    texts = [r.text for r in reports]
    sentences = [s.text for t in texts for s in split_sentences(t)]
    n = len(reports)

    ex = Extractor()
    model = ex.settings.spacy_model
    list(ex.extract_many(reports))          # load the model, gazetteer and sources; warm up (untimed)
    rss_extractor = peak_rss_mb()            # before the stock model is loaded beside it
    stock = spacy.load(model)
    list(stock.pipe(sentences[:20]))

    def extract() -> None:
        for _ in ex.extract_many(reports):
            pass

    def full_parse() -> None:
        for _ in stock.pipe(sentences):
            pass

    def tokenize() -> None:
        for t in texts:
            stock.make_doc(t)

    best = {"extractor": float("inf"), "full parse": float("inf"), "tokenizer": float("inf")}
    ratios: list[float] = []            # extractor / full parse within each run (steadier on a busy machine)
    print(f"{n} articles, {len(sentences):,} sentences, {sum(map(len, texts)):,} characters from "
          f"{', '.join(args.files)}; model {model}; {pinned}; best of {args.reps}", flush=True)
    for rep in range(args.reps):
        row = []
        took = {}
        for name, fn in (("extractor", extract), ("full parse", full_parse), ("tokenizer", tokenize)):
            took[name] = secs = cpu_seconds(fn)
            best[name] = min(best[name], secs)
            row.append(f"{name} {n / secs:6.1f}/s")
        ratios.append(took["full parse"] / took["extractor"])
        print(f"  run {rep + 1}: " + ", ".join(row), flush=True)
    rate = {k: n / v for k, v in best.items()}
    print(f"extractor   {rate['extractor']:7.1f} articles per CPU-second")
    print(f"full parse  {rate['full parse']:7.1f} articles per CPU-second (every sentence, stock {model})")
    print(f"tokenizer   {rate['tokenizer']:7.1f} articles per CPU-second")
    print(f"ratio       {rate['extractor'] / rate['full parse']:7.2f}x the full parse (best against best; median of "
          f"the runs' own ratios {statistics.median(ratios):.2f}x)")
    print(f"peak RSS    {rss_extractor:,.0f} MB for the extractor (model loaded, one pass over the articles), "
          f"{peak_rss_mb():,.0f} MB at the end (the stock model loaded beside it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
