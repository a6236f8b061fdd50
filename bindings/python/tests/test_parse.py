"""rectify.parse: text to report, diagnostics, spans and coverage."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any, Dict, List

import pytest

import rectify


def test_the_example_notice_parses_into_exactly_its_gold(
    notice_text: str, gold: Dict[str, Any]
) -> None:
    parsed = rectify.parse(notice_text)
    assert parsed.report == gold
    assert parsed.diagnostics == []
    assert parsed.file is None
    assert parsed.text == notice_text
    assert len(parsed.report["areas"]) == 11


def test_the_report_is_a_fresh_view_of_the_same_dict(notice_text: str) -> None:
    parsed = rectify.parse(notice_text)
    assert parsed.report is parsed.report
    assert json.loads(json.dumps(parsed.report)) == parsed.report


def test_spans_slice_the_text_by_characters_and_bytes(notice_text: str) -> None:
    parsed = rectify.parse(notice_text)
    span = parsed.spans["/timeline/feedback"]
    assert parsed.text[slice(*span.chars)] == "2024年9月26日"
    assert notice_text.encode()[slice(*span.bytes)].decode() == "2024年9月26日"
    assert (span.line, span.end_line) == (3, 3)
    assert span.end_column - span.column == len("2024年9月26日")
    # Every span of a measure's text holds that text.
    texts = 0
    for pointer, span in parsed.spans.items():
        if pointer.endswith("/text") and "/measures/" in pointer:
            node: Any = parsed.report
            for part in pointer.strip("/").split("/"):
                node = node[int(part)] if isinstance(node, list) else node[part]
            assert parsed.text[slice(*span.chars)] == node
            texts += 1
    assert texts == sum(len(area.get("measures", [])) for area in _areas(parsed.report))


def _areas(report: Dict[str, Any]) -> List[Dict[str, Any]]:
    found: List[Dict[str, Any]] = []
    stack = list(report["areas"])
    while stack:
        area = stack.pop()
        found.append(area)
        stack.extend(area.get("subAreas", []))
    return found


def test_coverage_accounts_for_every_character(notice_text: str) -> None:
    coverage = rectify.parse(notice_text).coverage()
    assert coverage.lost == []
    assert coverage.characters == sum(1 for c in notice_text if not c.isspace() and c != "\ufeff")
    assert coverage.ratio() == 1.0


def test_text_the_parser_cannot_place_is_kept_in_a_diagnostic(notice_text: str) -> None:
    lines = notice_text.split("\n")
    stray = "附件：相关工作台账（另行印发）"
    # Between the title and the opening: no field takes it.
    text = "\n".join(lines[:1] + [stray] + lines[1:])
    parsed = rectify.parse(text)
    quoted = [d for d in parsed.diagnostics if stray in d.text]
    assert len(quoted) == 1, parsed.diagnostics
    diagnostic = quoted[0]
    assert diagnostic.kind == "unplaced"
    assert diagnostic.line == 2 and diagnostic.column == 1
    assert text[slice(*diagnostic.span.chars)] == stray
    assert parsed.coverage().lost == []


def test_genre_notices_parse_without_losing_text(genre_notices: List[Path]) -> None:
    for path in genre_notices:
        parsed = rectify.parse(path.read_text(encoding="utf-8"))
        assert parsed.coverage().lost == [], path.name
        facts = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert isinstance(facts, dict)


def test_what_is_not_a_notice_is_refused() -> None:
    with pytest.raises(rectify.ParseError) as caught:
        rectify.parse("今天天气很好。")
    assert caught.value.reason == "notANotice"
    assert "今天天气很好。" in str(caught.value)
    assert caught.value.file is None
    with pytest.raises(rectify.ParseError) as empty:
        rectify.parse("  \n\n")
    assert empty.value.reason == "empty"
    assert isinstance(empty.value, rectify.RectifyError)
    assert isinstance(empty.value, ValueError)
    with pytest.raises(TypeError):
        rectify.parse(b"bytes are not text")  # type: ignore[arg-type]


def test_review_page_marks_the_values(notice_text: str) -> None:
    page = rectify.parse(notice_text).review_html()
    assert page.startswith("<!DOCTYPE html>")
    assert 'data-pointer="/timeline/feedback"' in page


def test_parses_run_in_parallel_threads(notice_text: str) -> None:
    """The GIL is released while parsing: threads each get the same report."""
    reports: List[Dict[str, Any]] = []
    lock = threading.Lock()

    def work() -> None:
        report = rectify.parse(notice_text).report
        with lock:
            reports.append(report)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(reports) == 4
    assert all(report == reports[0] for report in reports)


def test_repr_names_the_notice(notice_text: str) -> None:
    assert repr(rectify.parse(notice_text)) == (
        '<rectify.Parsed "中共清远市委宣传部关于八届市委第五轮巡察整改进展情况的通报": '
        "11 areas, 0 diagnostics>"
    )
