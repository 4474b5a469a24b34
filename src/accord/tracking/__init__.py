"""Tracking across rounds: threads of the same position, wording changes, follow-through,
conditions and briefs. Pure functions over records; the store supplies them with
analysts' corrections applied (``source.load_records``).
"""
