"""Robustness suite wiring: count what ran and print the summary line at the end."""

from __future__ import annotations

import pytest

from tests.robustness.kit import TALLY


@pytest.fixture(autouse=True)
def _count_test() -> None:
    TALLY.tests += 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TALLY.tests:
        terminalreporter.write_line(TALLY.line())
