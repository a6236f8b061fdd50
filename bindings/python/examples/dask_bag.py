"""Many thousands of notices on a Dask cluster: one report per notice, in input order.

    python examples/dask_bag.py NOTICES_FOLDER [SCHEDULER_ADDRESS] > reports.jsonl

Without a scheduler address, a LocalCluster of two worker processes is started on this
machine; with one (``tcp://scheduler:8786``), the same code runs on that cluster. Each
worker takes a partition of paths and parses it with :func:`rectify.parse_files`, which
uses all of the worker's cores with the GIL released, so one worker process per machine
is enough. Workers read the files themselves: on a real cluster the folder must be
visible to them at the same path (a shared file system), or the partitions can hold the
texts instead of paths, mapped with :func:`rectify.parse`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

import dask.bag as db
from dask.distributed import Client, LocalCluster

import rectify


def reports_of(paths: List[str]) -> List[Dict[str, Any]]:
    """One partition: each path's report, or its error, in order. Results cross between
    processes as plain dicts (a `rectify.Parsed` holds Rust data and is not pickled)."""
    out: List[Dict[str, Any]] = []
    for result in rectify.parse_files(paths):
        if isinstance(result, rectify.Parsed):
            out.append(result.report)
        else:
            out.append({"error": str(result), "kind": type(result).__name__})
    return out


def parse_on_cluster(paths: List[str], client: Client, partition_size: int = 100) -> List[Dict[str, Any]]:
    """Every path's report (or error), in the paths' order, parsed by the client's workers."""
    bag = db.from_sequence(paths, partition_size=partition_size).map_partitions(reports_of)
    reports: List[Dict[str, Any]] = bag.compute(scheduler=client.get)
    return reports


def main(folder: Path, address: Optional[str]) -> None:
    paths = sorted(str(p) for p in folder.rglob("*") if p.suffix in (".txt", ".html", ".htm"))
    if address is None:
        with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
            with Client(cluster) as client:
                reports = parse_on_cluster(paths, client)
    else:
        with Client(address) as client:
            reports = parse_on_cluster(paths, client)
    for report in reports:
        print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else None)
