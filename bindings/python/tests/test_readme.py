"""The Python examples of the READMEs run as written (the Dask one runs as
examples/dask_bag.py in test_scale.py)."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import List

import pytest

from conftest import FIXTURES

ROOT = FIXTURES.parent.parent


def python_blocks(readme: Path) -> List[str]:
    blocks = re.findall(r"```python\n(.*?)```", readme.read_text(encoding="utf-8"), re.S)
    return [block for block in blocks if "Client(" not in block]


def test_the_root_readme_example_gives_a_dataframe_of_figures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The Python section's example (the Tables section has a pandas block of its own).
    (block,) = [b for b in python_blocks(ROOT / "README.md") if "rectify.parse_files" in b]
    shutil.copytree(FIXTURES / "genre", tmp_path / "notices")
    monkeypatch.chdir(tmp_path)
    scope: dict = {}  # type: ignore[type-arg]
    exec(compile(block, "README.md", "exec"), scope)
    frame = scope["frame"]
    assert len(frame) > 50 and frame["file"].nunique() > 10
    assert {"subject", "kind", "value", "unit", "qualifier"} <= set(frame.columns)
    assert "元" in capsys.readouterr().out


def test_the_package_readme_example_reads_as_it_says(monkeypatch: pytest.MonkeyPatch) -> None:
    (block,) = python_blocks(ROOT / "bindings" / "python" / "README.md")
    monkeypatch.chdir(ROOT)
    expressions = [line.split("#")[0].strip() for line in block.splitlines()]
    scope: dict = {}  # type: ignore[type-arg]
    exec(compile(block, "bindings/python/README.md", "exec"), scope)
    # The values the comments promise.
    assert eval(expressions[3], scope) == "2024-09-26"
    assert eval(expressions[5], scope) == "2024年9月26日"
    assert scope["span"].line == 3
    assert eval(expressions[6], scope) == []
    assert os.path.exists(scope["parsed"].file)
