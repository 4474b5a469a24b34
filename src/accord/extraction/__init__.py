"""Extraction stages, one module each, run in this order by ``accord.pipeline``:

layout -> parse -> header -> meeting -> dates -> heads -> sessions -> acts
-> (actors, conditions, commitments, topics) -> milestones
"""
