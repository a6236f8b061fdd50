"""Speed of the Python package, as ratios measured in one run (no timed tests).

    python bench/bench.py [--notices 1000] [--repeat 5]

1. parse_files on N notices (the genre fixtures and the example notice, cycled into a
   temporary folder) with 2 threads against 1 thread. Target: ≥ 1.8× (on 2 free cores).
2. The cost of crossing into Python: ``rectify.parse(text).report`` (parse, then the
   report built as a dict) against the Rust parse alone (``_parse_only``: the same call
   into Rust, the result dropped there). Target: ≤ 1.5×.

Each figure is the median of --repeat runs; both sides of a ratio are measured in
alternation, so that a load on the machine falls on both.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable, List, Tuple

import rectify
from rectify import _rectify

FIXTURES = Path(__file__).resolve().parents[3] / "tests" / "fixtures"
NOTICE = FIXTURES / "qingyuan-publicity-2025.txt"


def notices(folder: Path, count: int) -> List[Path]:
    sources = sorted((FIXTURES / "genre").glob("*.txt")) + [NOTICE]
    paths = []
    for i in range(count):
        source = sources[i % len(sources)]
        target = folder / f"{i:05}-{source.name}"
        shutil.copyfile(source, target)
        paths.append(target)
    return paths


def alternate(a: Callable[[], object], b: Callable[[], object], repeat: int) -> Tuple[float, float]:
    """Median seconds of `a` and of `b`, measured in turn."""
    times_a, times_b = [], []
    a(), b()  # warm the caches and the thread pool's first start
    for _ in range(repeat):
        for fn, times in ((a, times_a), (b, times_b)):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
    return statistics.median(times_a), statistics.median(times_b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--notices", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        paths = notices(Path(tmp), args.notices)
        one, two = alternate(
            lambda: rectify.parse_files(paths, jobs=1),
            lambda: rectify.parse_files(paths, jobs=2),
            args.repeat,
        )
    speedup = one / two
    print(f"parse_files, {args.notices} notices: 1 thread {one * 1e3:.1f} ms, "
          f"2 threads {two * 1e3:.1f} ms: {speedup:.2f}× (target ≥ 1.8×: "
          f"{'met' if speedup >= 1.8 else 'missed'})")

    text = NOTICE.read_text(encoding="utf-8")
    calls = 200
    rust, python = alternate(
        lambda: [_rectify._parse_only(text) for _ in range(calls)],
        lambda: [rectify.parse(text).report for _ in range(calls)],
        args.repeat,
    )
    crossing = python / rust
    print(f"parse of the example notice: Rust alone {rust / calls * 1e6:.0f} µs, "
          f"returning the report as a dict {python / calls * 1e6:.0f} µs: {crossing:.2f}× "
          f"(target ≤ 1.5×: {'met' if crossing <= 1.5 else 'missed'})")


if __name__ == "__main__":
    main()
