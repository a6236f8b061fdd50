"""The plain result types: where a value was read, what could not be placed, how much of
a text a parse accounts for, and a broken rule."""

from __future__ import annotations

from typing import List, NamedTuple, Tuple

__all__ = ["Span", "Diagnostic", "Coverage", "Violation"]


class Span(NamedTuple):
    """A stretch of the parsed text: where it starts and ends (the end is just past its
    last character), as lines and columns from 1 (columns count characters), as a byte
    range of the UTF-8 text (as the Rust library and the ``rectify`` command give it), and
    as a character range, to slice the Python string: ``parsed.text[slice(*span.chars)]``.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    bytes: Tuple[int, int]
    chars: Tuple[int, int]


class Diagnostic(NamedTuple):
    """Something the parser could not place or read. Nothing is dropped: text that fits
    no field is quoted here.

    ``kind`` is a stable code: ``unplaced`` (text in no field), ``missing`` (a part every
    notice has was not found), ``unreadable`` (a value that could not be read: a date
    that does not exist), ``numbering`` (markers out of sequence).
    """

    kind: str
    message: str
    text: str
    span: Span

    @property
    def line(self) -> int:
        """The line the diagnostic starts on, from 1."""
        return self.span.line

    @property
    def column(self) -> int:
        """The column it starts at, in characters, from 1."""
        return self.span.column


class Coverage(NamedTuple):
    """How much of a text a parse accounts for, in non-blank characters: those read into
    a field of the report or as layout (``in_fields``), those kept only in a diagnostic's
    quote (``in_diagnostics``), and the stretches in neither (``lost``: always empty, a
    non-empty list is a bug to report)."""

    characters: int
    in_fields: int
    in_diagnostics: int
    lost: List[Span]

    def ratio(self) -> float:
        """The share of non-blank characters read into fields or layout, from 0 to 1."""
        return 1.0 if self.characters == 0 else self.in_fields / self.characters


class Violation(NamedTuple):
    """One broken rule of the contract: where (``path``, a JSON Pointer into the report),
    which (``code``, stable: ``timelineOrder``, ``unknownParty`` …), how serious
    (``severity``: ``error`` or ``warning``) and what (``message``)."""

    path: str
    code: str
    severity: str
    message: str
