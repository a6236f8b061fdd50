"""The figures (指标) of a folder of notices as one pandas DataFrame.

    python examples/indicators_dataframe.py NOTICES_FOLDER

One row per figure: the notice's file and issuer, where in the report the figure stands
(a measure's, an area's, or the report's own), and the figure itself: subject, kind,
value, unit, qualifier. The folder's notices are parsed on all cores.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pandas as pd

import rectify


def figures(report: Dict[str, Any]) -> Iterator[Dict[str, Any]]:
    """Every indicator of a report, with the JSON Pointer of where it stands."""
    for at, indicator in enumerate(report.get("indicators", [])):
        yield {"pointer": f"/indicators/{at}", **indicator}
    stack = [(f"/areas/{i}", area) for i, area in enumerate(report.get("areas", []))]
    while stack:
        pointer, area = stack.pop(0)
        for at, indicator in enumerate(area.get("indicators", [])):
            yield {"pointer": f"{pointer}/indicators/{at}", **indicator}
        for m, measure in enumerate(area.get("measures", [])):
            for at, indicator in enumerate(measure.get("indicators", [])):
                yield {"pointer": f"{pointer}/measures/{m}/indicators/{at}", **indicator}
        stack.extend((f"{pointer}/subAreas/{i}", sub) for i, sub in enumerate(area.get("subAreas", [])))


def indicators_frame(folder: Path) -> pd.DataFrame:
    paths = sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".html", ".htm"))
    rows: List[Dict[str, Any]] = []
    for result in rectify.parse_files(paths):
        if isinstance(result, rectify.RectifyError):
            print(f"skipped: {result}", file=sys.stderr)
            continue
        report = result.report
        for figure in figures(report):
            rows.append({"file": result.file, "issuer": report.get("issuer"), **figure})
    columns = ["file", "issuer", "pointer", "subject", "kind", "value", "unit", "qualifier"]
    frame = pd.DataFrame(rows)
    return frame.reindex(columns=columns + [c for c in frame.columns if c not in columns])


if __name__ == "__main__":
    frame = indicators_frame(Path(sys.argv[1]))
    print(frame[["issuer", "subject", "value", "unit"]].head(20).to_string())
    print(f"\n{len(frame)} figures from {frame['file'].nunique()} notices")
    print(frame.groupby("unit")["value"].agg(["count", "sum"]).sort_values("count", ascending=False).head(10))
