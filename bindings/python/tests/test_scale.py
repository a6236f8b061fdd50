"""At scale: 1,000 notices on a Dask LocalCluster of two worker processes give exactly the
reports of the serial run, in order."""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import List

import pytest

import rectify

from conftest import FIXTURES, NOTICE

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _example(name: str) -> ModuleType:
    """An example script as a module. Importable by name, so that the cluster's worker
    processes (which start with this process's `sys.path`) find its functions."""
    if str(EXAMPLES) not in sys.path:
        sys.path.insert(0, str(EXAMPLES))
    return importlib.import_module(name)


@pytest.fixture(scope="module")
def thousand_notices(tmp_path_factory: pytest.TempPathFactory) -> List[str]:
    """1,000 files cycling through the genre fixtures and the example notice, some in GBK."""
    sources = sorted((FIXTURES / "genre").glob("*.txt")) + [NOTICE]
    folder = tmp_path_factory.mktemp("thousand")
    paths: List[str] = []
    for i in range(1000):
        source = sources[i % len(sources)]
        target = folder / f"{i:04}-{source.name}"
        if i % 7 == 0:
            target.write_bytes(source.read_text(encoding="utf-8").encode("gb18030"))
        else:
            shutil.copyfile(source, target)
        paths.append(str(target))
    return paths


def test_a_local_cluster_gives_the_serial_reports(thousand_notices: List[str]) -> None:
    from dask.distributed import Client, LocalCluster

    dask_bag = _example("dask_bag")
    serial = [rectify.parse_file(path).report for path in thousand_notices]
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        distributed = dask_bag.parse_on_cluster(thousand_notices, client)
    assert len(distributed) == 1000
    assert distributed == serial


def test_the_indicators_of_a_folder_as_a_dataframe() -> None:
    frame = _example("indicators_dataframe").indicators_frame(FIXTURES / "genre")
    expected, files_with_figures = 0, 0
    for path in sorted((FIXTURES / "genre").glob("*.txt")):
        report = rectify.parse_file(path).report
        figures = sum(1 for _ in _example_figures(report))
        expected += figures
        files_with_figures += figures > 0
    assert len(frame) == expected > 200
    assert frame["file"].nunique() == files_with_figures >= 24
    assert set(frame.columns) >= {"file", "issuer", "pointer", "subject", "kind", "value", "unit"}
    assert (frame["value"] >= 0).all()


def _example_figures(report: dict) -> List[object]:  # type: ignore[type-arg]
    """Indicators counted independently of the example: every dict under an
    `indicators` key anywhere in the report."""
    found: List[object] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "indicators":
                    found.extend(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(report)
    return found


def test_the_api_tour_passes_mypy_strict_and_runs(capsys: pytest.CaptureFixture[str]) -> None:
    from mypy import api

    stdout, stderr, status = api.run(["--strict", str(EXAMPLES / "api_tour.py")])
    assert status == 0, stdout + stderr
    tour = _example("api_tour")
    assert tour.main([str(NOTICE), str(FIXTURES / "html" / "supervision.html")]) == 0
    out = capsys.readouterr().out
    assert "/timeline/feedback read at line 3, column 51: 2024年9月26日" in out
    assert "render → parse gives the same areas: True" in out
