"""The shared fixture set, as tests/it/fixtures.rs reads it (see its module docs)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SCHEMA = ROOT / "schema" / "rectification-report.schema.json"


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json"))


def valid() -> list[Path]:
    """Valid reports: every check must accept them."""
    return _files(FIXTURES) + _files(FIXTURES / "valid")


def shape() -> list[Path]:
    """Reports with one shape error, named after it: every schema check must refuse them."""
    return _files(FIXTURES / "invalid" / "shape")


def rules() -> list[Path]:
    """Reports of the right shape that break a rule only `validate` checks: the schema
    accepts them (which proves it is not stricter than the contract)."""
    return _files(FIXTURES / "invalid" / "rules")


def reason(path: Path) -> dict:
    """Why a shape fixture is refused: {"loader": phrase, "schema": [keywords]}."""
    reasons = load(FIXTURES / "invalid" / "shape-reasons.json")["reasons"]
    if path.stem not in reasons:
        raise SystemExit(f"{name(path)}: no reason in tests/fixtures/invalid/shape-reasons.json")
    return reasons[path.stem]


def load(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def name(path: Path) -> str:
    return str(path.relative_to(ROOT))


def schema() -> dict:
    return load(SCHEMA)


def verdict(failures: list[str]) -> int:
    """Prints each failure and gives the exit status: 0 when there is none."""
    for failure in failures:
        print("FAIL", failure, file=sys.stderr)
    return 1 if failures else 0
