"""Speed of the Python package, as ratios measured in one run (no timed tests).

    python bench/bench.py [--notices 1000] [--repeat 5]

1. parse_files on N notices (the genre fixtures and the example notice, cycled into a
   temporary folder) with 2 threads against 1 thread. Target: ≥ 1.8× (on 2 free cores).
2. The cost of crossing into Python: ``rectify.parse(text).report`` (parse, then the
   report built as a dict) against the Rust parse alone (``_parse_only``: the same call
   into Rust, the result dropped there). Target: ≤ 1.5×.

Both sides of a ratio are measured in alternation, --repeat times each, so that a load on
the machine falls on both. Each ratio is given from the fastest runs (as the `timeit`
documentation advises: slower runs measure what else the machine was doing) and from the
medians; the targets are judged on the fastest.
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


class Pair:
    """Seconds of two functions measured in turn."""

    def __init__(self, a: List[float], b: List[float]) -> None:
        self.a, self.b = a, b

    def fastest(self) -> Tuple[float, float]:
        return min(self.a), min(self.b)

    def median(self) -> Tuple[float, float]:
        return statistics.median(self.a), statistics.median(self.b)

    def ratio(self) -> float:
        """`a` over `b`, from the fastest runs."""
        a, b = self.fastest()
        return a / b

    def median_ratio(self) -> float:
        a, b = self.median()
        return a / b


def verdict(met: bool, target: str) -> str:
    """Whether a ratio meets its target, as the report line says it."""
    return f"target {target}: {'met' if met else 'missed'}"


def alternate(a: Callable[[], object], b: Callable[[], object], repeat: int) -> Pair:
    """`a` and `b`, each timed `repeat` times, in turn."""
    times_a, times_b = [], []
    a(), b()  # warm the caches and the thread pool's first start
    for _ in range(repeat):
        for fn, times in ((a, times_a), (b, times_b)):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
    return Pair(times_a, times_b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--notices", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        paths = notices(Path(tmp), args.notices)
        threads = alternate(
            lambda: rectify.parse_files(paths, jobs=1),
            lambda: rectify.parse_files(paths, jobs=2),
            args.repeat,
        )
    (one, two), (one_median, two_median) = threads.fastest(), threads.median()
    speedup = threads.ratio()
    print(f"parse_files, {args.notices} notices: 1 thread {one * 1e3:.1f} ms, "
          f"2 threads {two * 1e3:.1f} ms: {speedup:.2f}× (medians {one_median * 1e3:.1f} and "
          f"{two_median * 1e3:.1f} ms: {threads.median_ratio():.2f}×); "
          f"{verdict(speedup >= 1.8, '≥ 1.8×')}")

    text = NOTICE.read_text(encoding="utf-8")
    calls = 200
    crossings = alternate(
        lambda: [_rectify._parse_only(text) for _ in range(calls)],
        lambda: [rectify.parse(text).report for _ in range(calls)],
        args.repeat,
    )
    rust, python = crossings.fastest()
    crossing = 1 / crossings.ratio()
    print(f"parse of the example notice: Rust alone {rust / calls * 1e6:.0f} µs, "
          f"returning the report as a dict {python / calls * 1e6:.0f} µs: {crossing:.2f}× "
          f"(medians: {1 / crossings.median_ratio():.2f}×); "
          f"{verdict(crossing <= 1.5, '≤ 1.5×')}")


if __name__ == "__main__":
    main()
