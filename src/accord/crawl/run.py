"""A crawl from start to summary: inputs expanded, the done ones skipped, the rest run and written."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

from accord.crawl.engines import engine as pick_engine
from accord.crawl.dedup import near_duplicates
from accord.crawl.output import Output, Tally, read_groups, read_records
from accord.crawl.readers import Columns, Problem, expand


@dataclass
class Summary:
    inputs: int = 0
    resumed: int = 0  # inputs already done by an earlier run with the same output
    pages: int = 0
    kept: int = 0
    records: int = 0
    documents: int = 0  # distinct texts among all the records of the output
    groups: int = 0  # groups of near-duplicate documents among them
    problems: list[str] = field(default_factory=list)
    missing: int = 0  # the first problems: inputs that do not exist
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def crawl(inputs: list[str], out: str, engine: str = "local", columns: Columns = Columns(),
          knowledge: str | None = None, workers: int | None = None, address: str | None = None,
          html_text: str = "trafilatura",
          on_start: Callable[[int], None] | None = None,
          on_input: Callable[[Tally], None] | None = None) -> Summary:
    """Crawl the inputs into ``out``; an input done by an earlier run into the same ``out`` is skipped."""
    started = time.perf_counter()
    run = pick_engine(engine)
    summary = Summary()
    names = []
    for item in expand(inputs):
        if isinstance(item, Problem):
            summary.problems.append(str(item))
            summary.missing += 1
        else:
            names.append(item)
    output = Output(out)
    done = output.done()
    todo = [n for n in names if n not in done]
    summary.inputs, summary.resumed = len(names), len(names) - len(todo)
    if on_start:
        on_start(len(todo))
    for tally, records in (run(todo, columns=columns, knowledge=knowledge, workers=workers, address=address,
                               html_text=html_text)
                           if todo else ()):
        output.write(tally, records)
        summary.pages += tally.pages
        summary.kept += tally.kept
        summary.records += tally.records
        summary.problems += tally.problems
        if on_input:
            on_input(tally)
    if todo or not output.fs.exists(f"{output.path}/groups.parquet"):
        groups = near_duplicates((r["document"]["id"], r["document"]["text"]) for r in read_records(out))
        output.write_groups(groups)
    else:
        groups = read_groups(out)
    summary.documents, summary.groups = len(groups), len(set(groups.values()))
    summary.seconds = time.perf_counter() - started
    return summary
