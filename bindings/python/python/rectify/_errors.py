"""The exceptions of rectify, in one hierarchy under :class:`RectifyError`.

Each message is the Rust library's own message for the same error, word for word, so that
Python and the ``rectify`` command say the same thing about the same input.
"""

from __future__ import annotations

from typing import Optional

__all__ = ["RectifyError", "ShapeError", "LimitError", "ParseError", "ReadError"]


class RectifyError(Exception):
    """Every error rectify raises (or returns, in :func:`rectify.parse_files`)."""


class ShapeError(RectifyError, ValueError):
    """JSON that is not a report (报告): not JSON, or JSON of the wrong shape.

    Attributes:
        line: the line of the JSON text where the problem is, from 1 (for a dict, of its
            ``json.dumps`` text, which is one line).
        column: the column there, in characters, from 1.
        path: the JSON Pointer of the field (``/timeline/feedback``); ``""`` for the
            document itself.
        kind: ``"syntax"`` (not JSON), ``"eof"`` (the text ends mid-value) or ``"shape"``
            (a wrong type, a missing or unknown field, an unknown code, a malformed date).
    """

    def __init__(self, message: str, line: int, column: int, path: str, kind: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.path = path
        self.kind = kind


class LimitError(RectifyError, ValueError):
    """An input beyond the library's limits (64 MiB of text, areas nested 32 deep,
    100,000 items), which keep untrusted input from taking unbounded time or memory.

    Attributes:
        limit: ``"inputBytes"``, ``"areaDepth"`` or ``"items"``.
        found: how much the input has.
        max: the limit.
        path: the JSON Pointer where the limit was passed, if it is at one place.
    """

    def __init__(
        self, message: str, limit: str, found: int, max: int, path: Optional[str]
    ) -> None:
        super().__init__(message)
        self.limit = limit
        self.found = found
        self.max = max
        self.path = path


class ParseError(RectifyError, ValueError):
    """Text that is not a rectification notice (整改通报) at all: empty, or speaking of
    neither rectification (整改) nor an inspection (巡视, 巡察, 审计, 督察). Anything
    short of that parses, with diagnostics for what could not be placed.

    Attributes:
        reason: ``"empty"`` or ``"notANotice"``.
        file: the file the text was read from, if any.
    """

    def __init__(self, message: str, reason: str, file: Optional[str]) -> None:
        super().__init__(message)
        self.reason = reason
        self.file = file


class ReadError(RectifyError, OSError):
    """A file that gave no text: it cannot be read, is larger than 64 MiB, is not text
    in the encoding found for it (a malformed sequence), or is a web page nested too
    deeply to read.

    Attributes:
        reason: ``"io"``, ``"tooLarge"``, ``"decode"`` or ``"page"``.
        file: the file.
    """

    def __init__(self, message: str, reason: str, file: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.file = file
