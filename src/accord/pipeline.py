"""The extraction pipeline: a Document in, its Record out.

Stages live in ``accord.extraction``, one module each, and pass plain records.
"""
