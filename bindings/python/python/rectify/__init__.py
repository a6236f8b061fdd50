"""rectify: rectification progress notices (整改进展情况通报) to typed, validated data.

After an inspection tour (巡视, 巡察), an audit (审计) or a supervision tour (督察), the
inspected body publishes a notice on how it is fixing what was found. This package reads
such notices into reports in the contract's JSON shape, checks reports against the
contract's rules, writes them back as text, and gives the JSON Schema. The work is done by
the Rust library ``rectify`` (the same code as the ``rectify`` command), with the GIL
released while it parses.

>>> import rectify
>>> parsed = rectify.parse_file("notice.txt")          # doctest: +SKIP
>>> parsed.report["inspection"]["kind"]                # doctest: +SKIP
'xuncha'
>>> rectify.validate(parsed.report)                    # doctest: +SKIP
[]

Functions: :func:`parse`, :func:`parse_file`, :func:`parse_files`, :func:`load`,
:func:`validate`, :func:`render`, :func:`schema`. Errors: :class:`RectifyError` and its
subclasses.
"""

from __future__ import annotations

from ._errors import LimitError, ParseError, ReadError, RectifyError, ShapeError
from ._rectify import (
    SCHEMA_VERSION,
    Parsed,
    __version__,
    load,
    parse,
    parse_file,
    parse_files,
    render,
    schema,
    validate,
)
from ._types import Coverage, Diagnostic, Span, Violation

__all__ = [
    "SCHEMA_VERSION",
    "Coverage",
    "Diagnostic",
    "LimitError",
    "ParseError",
    "Parsed",
    "ReadError",
    "RectifyError",
    "ShapeError",
    "Span",
    "Violation",
    "__version__",
    "load",
    "parse",
    "parse_file",
    "parse_files",
    "render",
    "schema",
    "validate",
]
