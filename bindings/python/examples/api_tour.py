"""The whole API of rectify in one script, typed for `mypy --strict`.

    python examples/api_tour.py NOTICE.txt [MORE_NOTICES...]

Parses the notices (any encoding, or saved web pages), prints what was read and what was
not, validates each report, renders the first back to text and reads it again.
"""

from __future__ import annotations

import json
import sys
from typing import Any, Dict, List, Union

import rectify


def describe(parsed: rectify.Parsed) -> str:
    report: Dict[str, Any] = parsed.report
    timeline: Dict[str, Any] = report.get("timeline", {})
    coverage: rectify.Coverage = parsed.coverage()
    return (
        f"{parsed.file}: {report['title']} — {len(report['areas'])} areas, "
        f"feedback {timeline.get('feedback', '?')}, {len(parsed.diagnostics)} diagnostics, "
        f"{coverage.ratio():.1%} of the text in fields"
    )


def where(parsed: rectify.Parsed, pointer: str) -> str:
    span: rectify.Span = parsed.spans[pointer]
    start, end = span.chars
    return f"{pointer} read at line {span.line}, column {span.column}: {parsed.text[start:end]}"


def main(paths: List[str]) -> int:
    results: List[Union[rectify.Parsed, rectify.RectifyError]] = rectify.parse_files(paths)
    parsed_ones: List[rectify.Parsed] = []
    for result in results:
        if isinstance(result, rectify.RectifyError):
            print(f"not parsed: {result}", file=sys.stderr)
            continue
        parsed_ones.append(result)
        print(describe(result))
        for diagnostic in result.diagnostics:
            d: rectify.Diagnostic = diagnostic
            print(f"  {d.line}:{d.column} {d.kind}: {d.message} “{d.text}”")
        violations: List[rectify.Violation] = rectify.validate(result.report)
        for violation in violations:
            print(f"  {violation.severity} {violation.code} at {violation.path}: {violation.message}")
    if not parsed_ones:
        return 1

    first = parsed_ones[0]
    if "/timeline/feedback" in first.spans:
        print(where(first, "/timeline/feedback"))
    text: str = rectify.render(first.report)
    again = rectify.parse(text)
    print(f"render → parse gives the same areas: {again.report['areas'] == first.report['areas']}")

    single = rectify.parse_file(paths[0])
    assert single.report == first.report
    loaded: Dict[str, Any] = rectify.load(json.dumps(first.report))
    assert loaded == first.report
    schema: Dict[str, Any] = rectify.schema()
    print(f"schema {schema['$id']}, rectify {rectify.__version__}")
    try:
        rectify.load({"title": 1})
    except rectify.ShapeError as error:
        print(f"refused at {error.path} (line {error.line}, column {error.column}): {error}")
    try:
        rectify.parse("今天天气很好。")
    except rectify.ParseError as error:
        print(f"not a notice ({error.reason})")
    page: str = first.review_html()
    print(f"review page: {len(page)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
