"""Benchmarks for the tutor bot: `python -m bench` (table) or `python -m bench --json`.

Not part of `make test`: tests check behaviour, this package measures speed. Every figure is
a median of repeated runs (p99 where latency matters) and every comparison is a ratio measured
in the same process run, because absolute times differ from machine to machine.
"""
