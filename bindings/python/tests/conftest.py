"""Shared fixtures: the repository's own notices and reports (tests/fixtures)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List

import pytest

FIXTURES = Path(__file__).resolve().parents[3] / "tests" / "fixtures"
NOTICE = FIXTURES / "qingyuan-publicity-2025.txt"
GOLD = FIXTURES / "qingyuan-publicity-2025.json"


@pytest.fixture(scope="session")
def notice_text() -> str:
    return NOTICE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold() -> Dict[str, Any]:
    report: Dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return report


@pytest.fixture(scope="session")
def genre_notices() -> List[Path]:
    """The notices of tests/fixtures/genre (20 or more), each with its key facts beside it."""
    notices = sorted((FIXTURES / "genre").glob("*.txt"))
    assert len(notices) >= 20
    return notices
