//! `rectify.Parsed`: a parsed notice, its report, diagnostics and spans.
//!
//! The Rust parse result is kept whole; each view of it (the report as a `dict`, the
//! diagnostics, the spans) is made into Python objects the first time it is read and then
//! kept, so that a batch pays only for what its caller looks at, and the conversion runs
//! in the caller's thread, not in the parse pool.

use std::ops::Range;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyType};
use rectify::text::{self, Span};

/// The module that defines the plain result types (`Span`, `Diagnostic`, `Coverage`).
const MODULE: &str = "rectify._types";

/// A parsed notice: the report read from it, what could not be placed, and where every
/// value was read. Made by `parse`, `parse_file` and `parse_files`.
#[pyclass(frozen, module = "rectify._rectify")]
pub(crate) struct Parsed {
    parsed: text::Parsed,
    /// The text parsed (a file's decoded text): spans and diagnostics point into it.
    text: String,
    /// The file it was read from, if any.
    file: Option<String>,
    report: PyOnceLock<Py<PyAny>>,
    diagnostics: PyOnceLock<Py<PyList>>,
    spans: PyOnceLock<Py<PyDict>>,
    /// The character offset of each byte offset that a span or diagnostic names, made
    /// once: Python slices strings by characters, the parser counts bytes.
    chars: PyOnceLock<CharOffsets>,
}

impl Parsed {
    pub(crate) fn new(parsed: text::Parsed, text: String, file: Option<String>) -> Self {
        Parsed {
            parsed,
            text,
            file,
            report: PyOnceLock::new(),
            diagnostics: PyOnceLock::new(),
            spans: PyOnceLock::new(),
            chars: PyOnceLock::new(),
        }
    }

    fn chars(&self, py: Python<'_>) -> &CharOffsets {
        self.chars.get_or_init(py, || {
            let spans = self
                .parsed
                .spans
                .values()
                .chain(self.parsed.diagnostics.iter().map(|d| &d.span));
            CharOffsets::new(&self.text, spans)
        })
    }

    /// A span as `rectify.Span`.
    fn span<'py>(&self, py: Python<'py>, span: &Span) -> PyResult<Bound<'py, PyAny>> {
        static SPAN: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        let chars = self.chars(py);
        SPAN.import(py, MODULE, "Span")?.call1((
            span.start.line,
            span.start.column,
            span.end.line,
            span.end.column,
            (span.bytes.start, span.bytes.end),
            chars.range(&self.text, &span.bytes),
        ))
    }
}

#[pymethods]
impl Parsed {
    /// The report read from the notice, as a dict in the contract's JSON shape (the JSON
    /// `rectify parse` writes, read by `json.loads`).
    #[getter]
    fn report(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.report
            .get_or_try_init(py, || {
                crate::to_python::to_python(py, &self.parsed.report).map(Bound::unbind)
            })
            .map(|report| report.clone_ref(py))
    }

    /// What could not be placed or read, in the order found: a list of
    /// `rectify.Diagnostic`.
    #[getter]
    fn diagnostics(&self, py: Python<'_>) -> PyResult<Py<PyList>> {
        static DIAGNOSTIC: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        self.diagnostics
            .get_or_try_init(py, || {
                let class = DIAGNOSTIC.import(py, MODULE, "Diagnostic")?;
                let list = PyList::empty(py);
                for diagnostic in &self.parsed.diagnostics {
                    list.append(class.call1((
                        diagnostic.kind.as_str(),
                        diagnostic.message.as_str(),
                        diagnostic.text.as_str(),
                        self.span(py, &diagnostic.span)?,
                    ))?)?;
                }
                Ok::<_, PyErr>(list.unbind())
            })
            .map(|list| list.clone_ref(py))
    }

    /// Where each value was read: the JSON Pointer of a field of the report
    /// (`/timeline/feedback`) to its `rectify.Span` in the text.
    #[getter]
    fn spans(&self, py: Python<'_>) -> PyResult<Py<PyDict>> {
        self.spans
            .get_or_try_init(py, || {
                let dict = PyDict::new(py);
                for (pointer, span) in &self.parsed.spans {
                    dict.set_item(pointer, self.span(py, span)?)?;
                }
                Ok::<_, PyErr>(dict.unbind())
            })
            .map(|dict| dict.clone_ref(py))
    }

    /// The text that was parsed (for `parse_file`, the file's decoded text): spans and
    /// diagnostics point into it.
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }

    /// The file the notice was read from, or `None` for `parse(text)`.
    #[getter]
    fn file(&self) -> Option<&str> {
        self.file.as_deref()
    }

    /// How much of the text the report and the diagnostics account for, counted in
    /// non-blank characters: a `rectify.Coverage`.
    fn coverage<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        static COVERAGE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        let coverage = self.parsed.coverage(&self.text);
        let lost = PyList::empty(py);
        for span in &coverage.lost {
            lost.append(self.span(py, span)?)?;
        }
        COVERAGE.import(py, MODULE, "Coverage")?.call1((
            coverage.characters,
            coverage.in_fields,
            coverage.in_diagnostics,
            lost,
        ))
    }

    /// A review page: the text with every value marked where it was read, beside the
    /// report, its diagnostics and its violations. One self-contained HTML document.
    fn review_html(&self, py: Python<'_>) -> String {
        py.detach(|| text::review_html(&self.text, &self.parsed))
    }

    fn __repr__(&self) -> String {
        let report = &self.parsed.report;
        let title: String = report.title.chars().take(40).collect();
        format!(
            "<rectify.Parsed {title:?}: {} areas, {} diagnostics>",
            report.areas.len(),
            self.parsed.diagnostics.len()
        )
    }
}

/// Byte offsets to character offsets: the offsets spans and diagnostics name, counted
/// once through the text; any other offset is counted on from the nearest one before it.
struct CharOffsets {
    /// Sorted byte offsets and their character offsets.
    table: Vec<(usize, usize)>,
}

impl CharOffsets {
    /// Counts characters once through `text`, stopping at each offset the spans name.
    fn new<'s>(text: &str, spans: impl Iterator<Item = &'s Span>) -> Self {
        let mut offsets: Vec<usize> = spans
            .flat_map(|span| [span.bytes.start, span.bytes.end])
            .collect();
        offsets.sort_unstable();
        offsets.dedup();
        let mut table = Vec::with_capacity(offsets.len());
        let mut last = (0, 0);
        for offset in offsets {
            last = (offset, count_on(text, last, offset));
            table.push(last);
        }
        CharOffsets { table }
    }

    fn at(&self, text: &str, byte: usize) -> usize {
        let before = self.table.partition_point(|&(b, _)| b <= byte);
        let from = before.checked_sub(1).map_or((0, 0), |i| self.table[i]);
        count_on(text, from, byte)
    }

    fn range(&self, text: &str, bytes: &Range<usize>) -> (usize, usize) {
        (self.at(text, bytes.start), self.at(text, bytes.end))
    }
}

/// The character offset of byte `to`, counted on from `(byte, chars)` before it. Offsets
/// fall on character boundaries; `get` keeps a stray one from panicking.
fn count_on(text: &str, (byte, chars): (usize, usize), to: usize) -> usize {
    chars
        + text
            .get(byte..to.min(text.len()))
            .map_or(0, |s| s.chars().count())
}
