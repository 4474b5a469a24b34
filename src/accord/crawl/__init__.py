"""From web archives and page tables to records: read, screen, extract, write; resumable, on two engines.

``readers`` (WARC, WET, JSONL, Parquet; any fsspec filesystem) → ``screen``
(one multi-pattern matcher over the raw bytes) → ``stages`` (the pipeline,
defined once) → ``engines`` (local or Ray Data) → ``output`` (a Parquet
dataset, one part per input, resumable). ``run.crawl`` ties them together.
"""
