"""rectify.parse_file and rectify.parse_files: saved notices in any encoding, on all cores."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List

import pytest

import rectify

from conftest import FIXTURES


def test_a_gbk_file_reads_as_its_utf8_twin(tmp_path: Path, notice_text: str, gold: Dict[str, Any]) -> None:
    path = tmp_path / "notice-gbk.txt"
    path.write_bytes(notice_text.encode("gbk"))
    parsed = rectify.parse_file(path)
    assert parsed.report == gold
    assert parsed.file == str(path)
    assert parsed.text == notice_text


def test_utf16_with_and_without_a_mark(tmp_path: Path, notice_text: str, gold: Dict[str, Any]) -> None:
    for name, data in [
        ("marked.txt", notice_text.encode("utf-16")),
        ("unmarked.txt", notice_text.encode("utf-16-le")),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        assert rectify.parse_file(str(path)).report == gold, name


def test_a_web_page_is_read_as_its_visible_text() -> None:
    page = FIXTURES / "html" / "supervision.html"
    parsed = rectify.parse_file(page)
    assert "<" not in parsed.text
    assert parsed.report["inspection"]["kind"] == "supervision"
    assert parsed.coverage().lost == []


def test_a_named_encoding_wins_and_a_wrong_one_says_where(tmp_path: Path, notice_text: str) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(notice_text.encode("gb18030"))
    assert rectify.parse_file(path, encoding="gb18030").text == notice_text
    with pytest.raises(rectify.ReadError) as caught:
        rectify.parse_file(path, encoding="utf-8")
    assert caught.value.reason == "decode"
    assert caught.value.file == str(path)
    assert "not text in UTF-8 (as named): a malformed sequence at byte 0" in str(caught.value)
    with pytest.raises(ValueError, match="unknown encoding `klingon`"):
        rectify.parse_file(path, encoding="klingon")


def test_a_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(rectify.ReadError) as caught:
        rectify.parse_file(tmp_path / "missing.txt")
    assert caught.value.reason == "io"
    assert isinstance(caught.value, OSError)
    assert isinstance(caught.value, rectify.RectifyError)


def _mixed_folder(folder: Path, notice_text: str) -> List[Path]:
    """A folder as collected from many sites: GBK, a web page, an empty file, a text that
    is no notice, and a UTF-8 notice."""
    gbk = folder / "a-gbk.txt"
    gbk.write_bytes(notice_text.encode("gbk"))
    page = folder / "b-page.html"
    page.write_bytes((FIXTURES / "html" / "supervision.html").read_bytes())
    empty = folder / "c-empty.txt"
    empty.write_bytes(b"")
    weather = folder / "d-weather.txt"
    weather.write_text("今天天气很好，适合出游。\n", encoding="utf-8")
    utf8 = folder / "e-utf8.txt"
    utf8.write_text(notice_text, encoding="utf-8")
    return sorted(folder.iterdir())


def test_a_bad_file_gives_its_error_in_its_place(tmp_path: Path, notice_text: str, gold: Dict[str, Any]) -> None:
    paths = _mixed_folder(tmp_path, notice_text)
    results = rectify.parse_files(paths + [tmp_path / "f-missing.txt"], jobs=2)
    assert len(results) == 6
    gbk, page, empty, weather, utf8, missing = results
    assert isinstance(gbk, rectify.Parsed) and gbk.report == gold
    assert isinstance(page, rectify.Parsed) and page.report["inspection"]["kind"] == "supervision"
    assert isinstance(empty, rectify.ParseError) and empty.reason == "empty"
    assert empty.file == str(paths[2])
    assert isinstance(weather, rectify.ParseError) and weather.reason == "notANotice"
    assert str(weather).startswith(f"{paths[3]}: not a rectification notice")
    assert isinstance(utf8, rectify.Parsed) and utf8.report == gold
    assert isinstance(missing, rectify.ReadError) and missing.reason == "io"


def test_the_batch_gives_the_serial_results_on_any_number_of_threads(genre_notices: List[Path]) -> None:
    serial = [rectify.parse_file(path).report for path in genre_notices]
    for jobs in (1, 2, 3, None):
        batch = rectify.parse_files(genre_notices, jobs=jobs)
        reports = [result.report for result in batch if isinstance(result, rectify.Parsed)]
        assert reports == serial, jobs
    # Any iterable of paths, a generator too.
    assert len(rectify.parse_files(str(p) for p in genre_notices)) == len(genre_notices)
    assert rectify.parse_files([]) == []


def test_wrong_arguments_are_refused(genre_notices: List[Path]) -> None:
    with pytest.raises(TypeError, match="use parse_file"):
        rectify.parse_files(str(genre_notices[0]))
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        rectify.parse_files(genre_notices, jobs=0)
    with pytest.raises(TypeError):
        rectify.parse_files([1, 2])  # type: ignore[list-item]
