"""Accord: the system of record for alliance defense dialogues."""

__version__ = "0.1.0"
