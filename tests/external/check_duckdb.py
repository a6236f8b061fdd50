"""The Parquet tables in a real consumer (issue 13): DuckDB reads the folder that
`rectify tables` writes for the fixture notices, and answers SQL that joins reports, areas,
measures and indicators; every answer is checked against figures computed here, in
Python, from the reports' JSON (`rectify parse` for the notices, the gold file as it is)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import duckdb

from fixtures import FIXTURES, ROOT, verdict

BUILD = Path(__file__).resolve().parent / "build" / "tables"


def rectify_binary() -> Path:
    """Builds the command and gives its path (wherever CARGO_TARGET_DIR puts it)."""
    subprocess.run(
        ["cargo", "build", "--quiet", "--locked", "--features", "cli", "--manifest-path", str(ROOT / "Cargo.toml")],
        check=True,
    )
    metadata = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps", "--manifest-path", str(ROOT / "Cargo.toml")],
        check=True,
        capture_output=True,
        text=True,
    )
    return Path(json.loads(metadata.stdout)["target_directory"]) / "debug" / "rectify"


def inputs() -> list[Path]:
    """The fixture notices (genre, notices, the web page, the example) and the gold report,
    named one by one: each report's id is then its file name."""
    notices = (
        sorted((FIXTURES / "genre").glob("*.txt"))
        + sorted((FIXTURES / "notices").glob("*.txt"))
        + sorted((FIXTURES / "html").glob("*.html"))
        + [FIXTURES / "qingyuan-publicity-2025.txt"]
    )
    return [*notices, FIXTURES / "qingyuan-publicity-2025.json"]


def reports_json(rectify: Path, files: list[Path]) -> dict[str, dict]:
    """Each input's report as JSON, by its id: the notices through `rectify parse --ndjson`
    (one line per notice, in order), the report file as it is."""
    notices = [f for f in files if f.suffix != ".json"]
    parsed = subprocess.run([rectify, "parse", "--ndjson", *notices], capture_output=True, text=True)
    # 1: some parsed report breaks a rule (a notice that leaves out a needed part); still written.
    if parsed.returncode not in (0, 1):
        raise SystemExit(f"rectify parse failed: {parsed.stderr}")
    lines = parsed.stdout.splitlines()
    if len(lines) != len(notices):
        raise SystemExit(f"rectify parse gave {len(lines)} reports for {len(notices)} notices")
    reports = {f.name: json.loads(line) for f, line in zip(notices, lines)}
    for f in files:
        if f.suffix == ".json":
            reports[f.name] = json.loads(f.read_text(encoding="utf-8"))
    return reports


def walk(areas: list[dict], path: str = ""):
    """Every area with its path (3.2), in the notice's order."""
    for i, area in enumerate(areas, 1):
        here = f"{path}.{i}" if path else str(i)
        yield here, area
        yield from walk(area.get("subAreas", []), here)


def measures(report: dict):
    for _, area in walk(report["areas"]):
        yield from area.get("measures", [])


def first_day(partial: str) -> date:
    """A partial date's first day, as the tables give it."""
    parts = [int(p) for p in partial.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def main() -> int:
    rectify = rectify_binary()
    files = inputs()
    if len({f.name for f in files}) != len(files):
        raise SystemExit("two fixtures share a file name: their ids would clash")
    written = subprocess.run([rectify, "tables", "--out", BUILD, *files], capture_output=True, text=True)
    if written.returncode != 0:
        raise SystemExit(f"rectify tables failed ({written.returncode}): {written.stderr}")
    reports = reports_json(rectify, files)

    db = duckdb.connect()
    for table in ["reports", "parties", "areas", "measures", "indicators", "documents", "measure_parties"]:
        db.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{BUILD / (table + '.parquet')}')")
    failures: list[str] = []

    def check(what: str, got, expected) -> None:
        if got != expected:
            failures.append(f"{what}:\n  DuckDB: {got}\n  JSON:   {expected}")

    # The columns are typed: dates are dates, rates are doubles, counts are integers.
    types = dict(db.execute("SELECT column_name, column_type FROM (DESCRIBE reports)").fetchall())
    check(
        "column types",
        [types[c] for c in ["feedback", "problems_completion_rate", "n_measures", "parsed"]],
        ["DATE", "DOUBLE", "BIGINT", "BOOLEAN"],
    )

    # 1. Per report: its measures, their figures and the sum of their values, through
    #    reports → areas → measures → indicators.
    got = db.execute(
        """
        SELECT r.id, r.kind, count(DISTINCT (m.area_path, m.measure)), count(i.indicator),
               round(coalesce(sum(i.value), 0), 6)
        FROM reports r
        JOIN areas a ON a.report_id = r.id
        JOIN measures m ON m.report_id = a.report_id AND m.area_path = a.area_path
        LEFT JOIN indicators i
               ON i.report_id = m.report_id AND i.area_path = m.area_path AND i.measure = m.measure
        GROUP BY ALL ORDER BY r.id
        """
    ).fetchall()
    expected = sorted(
        (
            rid,
            report["inspection"]["kind"],
            len(list(measures(report))),
            sum(len(m.get("indicators", [])) for m in measures(report)),
            round(sum(i["value"] for m in measures(report) for i in m.get("indicators", [])), 6),
        )
        for rid, report in reports.items()
        if any(True for _ in measures(report))
    )
    check("measures and their figures per report", got, expected)

    # 2. Per top-level area: its measures, its sub-areas' included, by the area's path.
    got = db.execute(
        """
        SELECT a.report_id, a.area_path, a.title, count(m.measure)
        FROM areas a
        LEFT JOIN measures m
               ON m.report_id = a.report_id
              AND (m.area_path = a.area_path OR starts_with(m.area_path, a.area_path || '.'))
        WHERE a.parent_path IS NULL
        GROUP BY ALL ORDER BY a.report_id, a.area_path
        """
    ).fetchall()

    def below(area: dict) -> int:
        return len(area.get("measures", [])) + sum(below(s) for s in area.get("subAreas", []))

    expected = sorted(
        (rid, str(i), area["title"], below(area))
        for rid, report in reports.items()
        for i, area in enumerate(report["areas"], 1)
    )
    check("measures per top-level area", got, expected)

    # 3. How many measures name a deadline of 年底前 (a year), by report.
    got = db.execute(
        """
        SELECT report_id, count(*) FROM measures
        WHERE deadline_by_precision = 'year' GROUP BY ALL ORDER BY report_id
        """
    ).fetchall()
    counts = Counter(
        rid
        for rid, report in reports.items()
        for m in measures(report)
        if len(m.get("deadline", {}).get("by", "")) == 4
    )
    check("measures due by the end of a year", got, sorted(counts.items()))

    # 4. Days from feedback to publication, by inspection kind and year of publication.
    got = db.execute(
        """
        SELECT kind, year(published), count(*), round(avg(published - feedback), 3)
        FROM reports
        WHERE feedback_precision = 'day' AND published_precision = 'day'
        GROUP BY ALL ORDER BY ALL
        """
    ).fetchall()
    days: dict[tuple, list[int]] = defaultdict(list)
    for report in reports.values():
        t = report["timeline"]
        if len(t.get("feedback", "")) == 10 and len(t.get("published", "")) == 10:
            published = first_day(t["published"])
            days[(report["inspection"]["kind"], published.year)].append(
                (published - first_day(t["feedback"])).days
            )
    expected = sorted((k, y, len(v), round(sum(v) / len(v), 3)) for (k, y), v in days.items())
    check("days from feedback to publication", got, expected)

    # 5. Which bureaus state a completion rate above what their own tallies give.
    got = db.execute(
        """
        SELECT id, issuer_name, problems_completion_rate FROM reports
        WHERE problems_total > 0
          AND problems_completion_rate > 100.0 * problems_completed / problems_total
        ORDER BY id
        """
    ).fetchall()
    expected = []
    for rid, report in sorted(reports.items()):
        tally = (report.get("progress") or {}).get("problems") or {}
        if tally.get("total") and "completed" in tally and "completionRate" in tally:
            if tally["completionRate"] > 100.0 * tally["completed"] / tally["total"]:
                issuer = next(p["name"] for p in report["parties"] if p["id"] == report["issuer"])
                expected.append((rid, issuer, tally["completionRate"]))
    check("rates above their tallies", got, expected)

    # 6. No orphans: every measure's area, every figure's measure, every link's party exist.
    orphans = db.execute(
        """
        SELECT (SELECT count(*) FROM measures m ANTI JOIN areas a USING (report_id, area_path))
             + (SELECT count(*) FROM indicators i ANTI JOIN measures m USING (report_id, area_path, measure)
                WHERE i.measure IS NOT NULL)
             + (SELECT count(*) FROM measure_parties l ANTI JOIN parties p USING (report_id, party_id))
             + (SELECT count(*) FROM areas a ANTI JOIN reports r ON r.id = a.report_id)
        """
    ).fetchone()[0]
    check("orphan rows", orphans, 0)

    total = db.execute("SELECT count(*) FROM reports").fetchone()[0]
    check("reports", total, len(files))
    if not failures:
        print(f"DuckDB {duckdb.__version__} read the tables of {total} reports; 7 queries agree with the JSON")
    return verdict(failures)


if __name__ == "__main__":
    sys.exit(main())
