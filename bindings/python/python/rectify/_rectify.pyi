"""Type stubs of the extension module (written in Rust: bindings/python/src)."""

from __future__ import annotations

import os
from typing import Any, Dict, Iterable, List, Mapping, Optional, Union

from ._errors import RectifyError
from ._types import Coverage, Diagnostic, Span, Violation

__version__: str
SCHEMA_VERSION: str

_Path = Union[str, "os.PathLike[str]"]
_Report = Union[str, bytes, Mapping[str, Any]]

class Parsed:
    """A parsed notice (通报): the report, what could not be placed, and where every
    value was read."""

    @property
    def report(self) -> Dict[str, Any]:
        """The report, a dict in the contract's JSON shape."""
    @property
    def diagnostics(self) -> List[Diagnostic]:
        """What could not be placed or read, in the order found."""
    @property
    def spans(self) -> Dict[str, Span]:
        """Where each value was read: the JSON Pointer of a field to its span."""
    @property
    def text(self) -> str:
        """The text that was parsed (a file's decoded text)."""
    @property
    def file(self) -> Optional[str]:
        """The file the notice was read from, or None."""
    def coverage(self) -> Coverage:
        """How much of the text the report and the diagnostics account for."""
    def review_html(self) -> str:
        """A self-contained review page: the text with every value marked."""

def parse(text: str) -> Parsed:
    """Reads a rectification notice (整改进展情况通报) into a report."""

def parse_file(path: _Path, *, encoding: Optional[str] = None) -> Parsed:
    """Reads a saved notice (any encoding, or a web page) and parses it."""

def parse_files(
    paths: Iterable[_Path], *, jobs: Optional[int] = None, encoding: Optional[str] = None
) -> List[Union[Parsed, RectifyError]]:
    """Reads and parses many saved notices on all cores, in input order; a bad file
    gives its exception in its place."""

def load(report: _Report) -> Dict[str, Any]:
    """Reads a report (报告) and checks its shape."""

def validate(report: _Report) -> List[Violation]:
    """Every violation of the contract's rules in a report (校验)."""

def render(report: _Report) -> str:
    """A report back to the notice's text (通报全文)."""

def schema() -> Dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a report."""

def _parse_only(text: str) -> bool: ...
