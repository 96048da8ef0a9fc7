"""``vigil backfill``: archives of reports through the bulk store path, on worker processes or Dask."""

from __future__ import annotations

from typing import Annotated

import typer

from vigil.cli_common import app, fail, print_failures, progress_bar
from vigil.errors import VigilError
from vigil.settings import Settings


@app.command()
def backfill(
    paths: Annotated[list[str], typer.Argument(help="JSON Lines or CSV files (.gz too), Parquet files, folders of "
                                                    "them; text and HTML files and URLs as with ingest.")],
    db: Annotated[str | None, typer.Option("--db", help="Database: a SQLite file or postgresql:// URL "
                                                        "(default: VIGIL_DATABASE_URL or the user data folder).")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date for records that carry none.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet for records that name none.")] = None,
    workers: Annotated[int | None, typer.Option(help="Extraction processes (default: VIGIL_WORKERS or the "
                                                     "machine's cores).")] = None,
    dask: Annotated[str | None, typer.Option(help="Extract on this Dask scheduler (default: "
                                                  "VIGIL_DASK_SCHEDULER); see docs/scale.md.")] = None,
    batch_size: Annotated[int, typer.Option(help="Reports written per transaction.")] = 500,
    reconcile: Annotated[bool, typer.Option(help="Update the incidents with each batch.")] = True,
    reconcile_once: Annotated[bool, typer.Option(help="Update the incidents once, after the last batch, "
                                                      "instead of with each batch: faster on very large "
                                                      "archives, whose incidents are stale until the end.")] = False,
) -> None:
    """Store a large archive fast: streamed inputs, parallel extraction, one transaction per batch."""
    from vigil.bulk import bulk_ingest
    from vigil.distributed import dask_address
    from vigil.parallel import ParallelExtractor
    from vigil.readers import parse_date
    from vigil.store import Store

    if batch_size < 1:
        raise fail("--batch-size: must be at least 1")
    try:
        from vigil.backfill import iter_backfill

        settings = Settings()
        pub = parse_date(published) if published else None
        store = Store.open(db)
        address = dask_address(dask)
        with ParallelExtractor(settings, 1 if address else workers) as ex, progress_bar("backfilling") as bar:
            task = bar.add_task("backfill", total=None)
            summary = bulk_ingest(store, iter_backfill(paths, settings, published=pub, outlet=outlet), settings,
                                  extractor=ex, dask=address, batch_size=batch_size,
                                  reconcile=reconcile and not reconcile_once,
                                  progress=lambda n: bar.advance(task, n))
        if reconcile and reconcile_once:
            from vigil.ingest import reconcile_pending

            with progress_bar("reconciling") as bar:
                bar.add_task("reconcile", total=None)
                # every block the new claims fall in, once, plus any claim an interrupted run left out
                reconcile_pending(store, summary.report_ids)
    except VigilError as e:
        raise fail(str(e)) from None
    except KeyboardInterrupt:
        raise fail("interrupted: batches already written are complete; run the same command again to "
                    "finish", 130) from None
    print_failures(summary.errors, summary.failed)
    typer.echo(summary.line())
    if summary.failed and not (summary.new or summary.duplicates or summary.unchanged):
        raise fail("nothing was ingested")
