//! rectify's errors as Python exceptions.
//!
//! The exception classes are written in Python (`rectify/_errors.py`), so that they are
//! ordinary classes with typed attributes, documented and subclassed as users expect; this
//! module builds instances of them from the library's errors. Each exception's message is
//! the library's own message for the same error, word for word.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;
use rectify::text::ParseError;
use rectify::text::file::FileError;
use rectify::{Error, Limit, LimitError};

/// The module that defines the exception classes.
const MODULE: &str = "rectify._errors";

/// An instance of the exception class `name`, made with `args`.
fn raise<'py>(
    py: Python<'py>,
    class: &'static PyOnceLock<Py<PyType>>,
    name: &str,
    args: impl pyo3::call::PyCallArgs<'py>,
) -> PyErr {
    match class
        .import(py, MODULE, name)
        .and_then(|class| class.call1(args))
    {
        Ok(instance) => PyErr::from_value(instance),
        Err(error) => error,
    }
}

/// A report's JSON refused by the loader: `ShapeError` (with line, column, JSON Pointer and
/// kind), `LimitError`, or `OSError` for a stream that could not be read.
pub(crate) fn load_error(py: Python<'_>, error: &Error) -> PyErr {
    static SHAPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    match error {
        Error::Json(json) => {
            let kind = match json.classify() {
                rectify::JsonErrorKind::Syntax => "syntax",
                rectify::JsonErrorKind::Eof => "eof",
                _ => "shape",
            };
            raise(
                py,
                &SHAPE,
                "ShapeError",
                (
                    error.to_string(),
                    json.line(),
                    json.column(),
                    json.pointer(),
                    kind,
                ),
            )
        }
        Error::Limit(limit) => limit_error(py, limit),
        other => pyo3::exceptions::PyOSError::new_err(other.to_string()),
    }
}

/// An input beyond the library's limits.
fn limit_error(py: Python<'_>, error: &LimitError) -> PyErr {
    static LIMIT: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    let limit = match error.limit() {
        Limit::InputBytes => "inputBytes",
        Limit::AreaDepth => "areaDepth",
        _ => "items",
    };
    raise(
        py,
        &LIMIT,
        "LimitError",
        (
            error.to_string(),
            limit,
            error.found(),
            error.max(),
            error.pointer(),
        ),
    )
}

/// Text that is not a rectification notice (`ParseError`), or beyond the limits.
pub(crate) fn parse_error(py: Python<'_>, error: &ParseError, file: Option<&str>) -> PyErr {
    static PARSE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    if let ParseError::Limit(limit) = error {
        return limit_error(py, limit);
    }
    let reason = match error {
        ParseError::Empty => "empty",
        _ => "notANotice",
    };
    let message = match file {
        Some(file) => format!("{file}: {error}"),
        None => error.to_string(),
    };
    raise(py, &PARSE, "ParseError", (message, reason, file))
}

/// A file that gave no text: unreadable, too large, not text, a page nested too deeply.
pub(crate) fn read_error(py: Python<'_>, error: &FileError, file: &str) -> PyErr {
    static READ: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    let reason = match error {
        FileError::Io(_) => "io",
        FileError::TooLarge { .. } => "tooLarge",
        FileError::Decode(_) => "decode",
        _ => "page",
    };
    raise(
        py,
        &READ,
        "ReadError",
        (format!("{file}: {error}"), reason, file),
    )
}
