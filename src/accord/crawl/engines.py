"""Two engines for the one crawl pipeline of ``stages``: ``local`` and ``ray``; chosen in ``engine()``.

Each takes the inputs still to do and yields, per input, its tally and its
record rows; writing them (and so resuming) is the caller's, the same for both.
"""
from __future__ import annotations

import multiprocessing
import os
from typing import Iterator

from accord.crawl.output import Tally
from accord.crawl.readers import Columns
from accord.crawl import stages

Result = tuple[Tally, list[dict]]


def engine(name: str):
    if name == "local":
        return run_local
    if name == "ray":
        return run_ray
    raise ValueError(f"unknown engine {name!r} (local or ray)")


def _results(rows: list[dict]) -> Iterator[Result]:
    """Group the rows of whole inputs into one result per input, in the order the inputs came."""
    by_input: dict[str, list[dict]] = {}
    for r in rows:
        by_input.setdefault(r["input"], []).append(r)
    for name, rs in by_input.items():
        tally = Tally(name)
        records = []
        for r in rs:
            if r["type"] == "stats":
                tally.pages, tally.kept = r["pages"], r["kept"]
            elif r["type"] == "problem":
                where = r["archive"] if r["offset"] is None else f"{r['archive']}@{r['offset']}"
                tally.problems.append(f"{where}: {r['reason']}")
            elif r["type"] == "record":
                records.append(r)
        tally.records = len(records)
        tally.problems.sort()
        yield tally, records


# -- local ------------------------------------------------------------------------------------

_SCREEN = None


def _init_scanner(knowledge: str | None) -> None:
    global _SCREEN
    from accord.crawl.screen import Screen
    from accord.knowledge import Knowledge

    _SCREEN = Screen(Knowledge.load(knowledge) if knowledge else None)


def _scan(args: tuple[str, Columns]) -> list[dict]:
    return list(stages.scan(args[0], _SCREEN, args[1]))


def run_local(inputs: list[str], columns: Columns = Columns(), knowledge: str | None = None,
              workers: int | None = None, html_text: str = "trafilatura", **_) -> Iterator[Result]:
    """Inputs read and screened in a process pool of this machine's cores; the kept pages extracted
    in this process (one spaCy model), while the pool reads ahead."""
    from accord.knowledge import Knowledge
    from accord.pipeline import Pipeline

    workers = workers or os.cpu_count() or 1
    pipe = None
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers, initializer=_init_scanner, initargs=(knowledge,)) as pool:
        for rows in pool.imap(_scan, [(name, columns) for name in inputs]):
            if any(r["type"] == "page" for r in rows):
                pipe = pipe or Pipeline(Knowledge.load(knowledge) if knowledge else None)
            yield from _results(list(stages.extract(rows, pipe, html_text, n_process=None)))


# -- ray --------------------------------------------------------------------------------------

class _Scanner:
    """A Ray Data map: one input name in, its rows out; the screen is built once per worker."""

    def __init__(self, knowledge: str | None, columns: Columns):
        _init_scanner(knowledge)
        self.columns = columns

    def __call__(self, item: dict) -> list[dict]:
        return list(stages.scan(item["input"], _SCREEN, self.columns))


class _Extractor:
    """A Ray Data actor: loads the pipeline and the spaCy model once, then extracts batch after batch."""

    def __init__(self, knowledge: str | None, html_text: str):
        from accord.extraction import parse
        from accord.knowledge import Knowledge
        from accord.pipeline import Pipeline

        self.pipe = Pipeline(Knowledge.load(knowledge) if knowledge else None)
        self.html_text = html_text
        parse.nlp()

    def __call__(self, batch):
        import pyarrow as pa

        return pa.Table.from_pylist(list(stages.extract(batch.to_pylist(), self.pipe, self.html_text)), schema=stages.row_schema())


def run_ray(inputs: list[str], columns: Columns = Columns(), knowledge: str | None = None,
            workers: int | None = None, address: str | None = None, wave: int | None = None,
            html_text: str = "trafilatura") -> Iterator[Result]:
    """Ray Data: inputs as blocks, read and screened by tasks, extracted by an actor pool.

    Inputs go in waves, and each wave's results come back before the next starts, so that the
    output (and a resumed crawl) is the same as the local engine's.
    """
    import logging

    import ray

    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False,
                 **({} if address else {"num_cpus": workers}))
    ray.data.DataContext.get_current().enable_progress_bars = False
    for name in [n for n in logging.root.manager.loggerDict if n.startswith("ray.data")] + ["ray.data"]:
        logging.getLogger(name).setLevel(logging.ERROR)  # the crawl shows its own progress
    cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
    actors = max(1, cpus // 2)
    wave = wave or 4 * cpus
    schema = stages.row_schema()
    for i in range(0, len(inputs), wave):
        names = inputs[i:i + wave]
        ds = ray.data.from_items([{"input": n} for n in names], override_num_blocks=len(names))
        ds = ds.flat_map(_Scanner, fn_constructor_kwargs={"knowledge": knowledge, "columns": columns},
                         concurrency=max(1, cpus - actors))
        ds = ds.map_batches(_Extractor, fn_constructor_kwargs={"knowledge": knowledge, "html_text": html_text}, batch_size=64,
                            batch_format="pyarrow", concurrency=actors)
        rows = []
        for batch in ds.iter_batches(batch_format="pyarrow", batch_size=None):
            rows += batch.cast(schema).to_pylist()
        order = {n: k for k, n in enumerate(names)}
        rows.sort(key=lambda r: order[r["input"]])
        yield from _results(rows)
