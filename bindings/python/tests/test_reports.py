"""rectify.load, validate, render and schema: reports checked by the same Rust code."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Dict

import pytest

import rectify

from conftest import FIXTURES


def test_load_takes_text_bytes_and_dicts_alike(gold: Dict[str, Any]) -> None:
    text = json.dumps(gold, ensure_ascii=False)
    assert rectify.load(text) == gold
    assert rectify.load(text.encode("utf-8")) == gold
    assert rectify.load(gold) == gold


def test_every_refused_report_is_refused_with_the_loaders_words() -> None:
    reasons = json.loads((FIXTURES / "invalid" / "shape-reasons.json").read_text(encoding="utf-8"))
    files = sorted((FIXTURES / "invalid" / "shape").glob("*.json"))
    assert len(files) == len(reasons["reasons"])
    for path in files:
        phrase = reasons["reasons"][path.stem]["loader"]
        text = path.read_text(encoding="utf-8")
        with pytest.raises(rectify.ShapeError) as from_text:
            rectify.load(text)
        with pytest.raises(rectify.ShapeError) as from_dict:
            rectify.load(json.loads(text))
        for error in (from_text.value, from_dict.value):
            assert phrase in str(error), (path.name, str(error))
            assert error.kind == "shape"
            assert str(error).startswith(f"line {error.line}, column {error.column}, at ")
        # The same field, and the same words after the place.
        assert from_dict.value.path == from_text.value.path, path.name
        assert str(from_dict.value).split(": ", 1)[1] == str(from_text.value).split(": ", 1)[1]
        assert from_dict.value.line == 1


def test_a_shape_error_says_line_column_and_path(gold: Dict[str, Any]) -> None:
    broken = copy.deepcopy(gold)
    broken["timeline"]["feedback"] = "2024/09/26"
    text = json.dumps(broken, ensure_ascii=False, indent=2)
    with pytest.raises(rectify.ShapeError) as caught:
        rectify.load(text)
    error = caught.value
    assert error.path == "/timeline/feedback"
    line = text.split("\n")[error.line - 1]
    assert '"feedback": "2024/09/26"' in line
    assert isinstance(error, ValueError) and isinstance(error, rectify.RectifyError)
    with pytest.raises(rectify.ShapeError) as syntax:
        rectify.load('{"title": ')
    assert syntax.value.kind == "eof"
    with pytest.raises(rectify.ShapeError) as not_json:
        rectify.load("{title}")
    assert not_json.value.kind == "syntax"


def test_areas_nested_too_deep_are_beyond_the_limits(gold: Dict[str, Any]) -> None:
    area: Dict[str, Any] = {"number": 1, "title": "关于某方面问题", "measures": []}
    deep = area
    for _ in range(40):
        child: Dict[str, Any] = {"number": 1, "title": "关于某方面问题", "measures": []}
        deep["subAreas"] = [child]
        deep = child
    report = copy.deepcopy(gold)
    report["areas"] = [area]
    with pytest.raises(rectify.LimitError) as caught:
        rectify.load(report)
    assert caught.value.limit == "areaDepth"
    assert caught.value.found > caught.value.max


def test_validate_lists_each_rules_fixture_by_its_code(gold: Dict[str, Any]) -> None:
    assert rectify.validate(gold) == []
    files = sorted((FIXTURES / "invalid" / "rules").glob("*.json"))
    assert len(files) >= 20
    for path in files:
        violations = rectify.validate(path.read_text(encoding="utf-8"))
        assert {v.code for v in violations} == {path.stem}, path.name
        for violation in violations:
            assert violation.path.startswith("/") or violation.path == ""
            assert violation.severity in ("error", "warning")
            assert violation.message


def test_a_violation_names_where_and_what(gold: Dict[str, Any]) -> None:
    report = copy.deepcopy(gold)
    report["timeline"]["published"] = "2024-01-01"
    violations = rectify.validate(report)
    codes = {(v.code, v.path) for v in violations}
    assert ("dateAfterPublication", "/timeline/feedback") in codes or any(
        v.code == "dateAfterPublication" for v in violations
    ), violations
    assert all(v.severity == "error" for v in violations if v.code == "dateAfterPublication")


def test_load_validate_render_parse_round_trip(gold: Dict[str, Any]) -> None:
    report = rectify.load(json.dumps(gold))
    assert rectify.validate(report) == []
    text = rectify.render(report)
    assert text.startswith(gold["title"] + "\n")
    again = rectify.parse(text)
    assert again.report == gold
    assert again.diagnostics == []


def test_render_refuses_what_load_refuses() -> None:
    with pytest.raises(rectify.ShapeError):
        rectify.render({"title": "关于巡察整改情况的通报"})


def test_the_schema_is_the_commands_schema() -> None:
    schema = rectify.schema()
    assert schema["$id"] == "urn:rectify:schema:rectification-report:1.0"
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    exported = FIXTURES.parent.parent / "schema" / "rectification-report.schema.json"
    assert json.loads(exported.read_text(encoding="utf-8")) == schema
    assert rectify.SCHEMA_VERSION == "1.0"
    assert rectify.__version__


def test_valid_fixtures_load_and_validate() -> None:
    for path in sorted((FIXTURES / "valid").glob("*.json")):
        report = rectify.load(Path(path).read_text(encoding="utf-8"))
        assert not [v for v in rectify.validate(report) if v.severity == "error"], path.name
