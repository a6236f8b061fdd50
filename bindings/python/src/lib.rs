//! `rectify._rectify`: the extension module inside the Python package `rectify`.
//!
//! Every function here is the Rust library's own: the parser, the loader, the validation,
//! the renderer and the schema export, so that Python and Rust read the same notice into
//! the same report and refuse the same JSON with the same message. Reports cross into
//! Python as dicts in the contract's JSON shape (built straight from serde, `to_python`)
//! and come back as JSON, which the library's loader checks. Parsing runs with the GIL
//! released; `parse_files` parses on a pool of threads.
//!
//! The Python-facing documentation is in `python/rectify/__init__.py` and the type stubs;
//! the exception classes and the plain result types are Python classes
//! (`rectify/_errors.py`, `rectify/_types.py`) that this module instantiates.

#![forbid(unsafe_code)]

mod errors;
mod parsed;
mod to_python;

use std::borrow::Cow;
use std::path::PathBuf;

use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyType};
use rectify::RectificationReport;
use rectify::text::file::{self, Encoding, FileError, ReadOptions};
use rectify::text::{self, ParseError};

use crate::parsed::Parsed;
use crate::to_python::to_python;

/// Reads a rectification notice (整改进展情况通报) into a report.
///
/// The text is the notice as published: title, opening (who inspected whom, and when),
/// the areas of problems with their measures, the next steps and the closing. The parse
/// runs with the GIL released, so threads parse in parallel.
///
/// Args:
///     text: the notice's text.
///
/// Returns:
///     Parsed: the report (a dict in the contract's JSON shape), the diagnostics (what
///     could not be placed: nothing is dropped) and the span of every value.
///
/// Raises:
///     ParseError: the text is empty, or not a rectification notice at all.
///     LimitError: the text is larger than 64 MiB, or has more than 100,000 items.
///
/// Example:
///     >>> parsed = rectify.parse(text)
///     >>> parsed.report["timeline"]["feedback"]
///     '2024-09-26'
#[pyfunction]
fn parse(py: Python<'_>, text: String) -> PyResult<Parsed> {
    match py.detach(|| text::parse(&text)) {
        Ok(parsed) => Ok(Parsed::new(parsed, text, None)),
        Err(error) => Err(errors::parse_error(py, &error, None)),
    }
}

/// Parses a notice and drops the result: the Rust parse alone, with the cost of crossing
/// into Python, for the benchmark script to measure `parse` against.
#[pyfunction]
fn _parse_only(py: Python<'_>, text: Cow<'_, str>) -> bool {
    py.detach(|| text::parse(&text).is_ok())
}

/// The read options for an encoding label (`gbk`, `utf-16le`), if one is given.
fn read_options(encoding: Option<&str>) -> PyResult<ReadOptions> {
    let mut options = ReadOptions::default();
    if let Some(label) = encoding {
        let encoding = Encoding::for_label(label.as_bytes())
            .ok_or_else(|| PyValueError::new_err(format!("unknown encoding `{label}`")))?;
        options.encoding = Some(encoding);
    }
    Ok(options)
}

/// What became of one file of a batch, before it crosses into Python.
enum Outcome {
    /// Boxed: a report is large, and most outcomes of a batch are this one.
    Parsed(Box<text::Parsed>, String),
    Unreadable(FileError),
    NotANotice(ParseError),
}

/// Reads and parses one file; runs without the GIL.
fn read_and_parse(path: &std::path::Path, options: &ReadOptions) -> Outcome {
    match file::read(path, options) {
        Ok(read) => match text::parse(&read.text) {
            Ok(parsed) => Outcome::Parsed(Box::new(parsed), read.text),
            Err(error) => Outcome::NotANotice(error),
        },
        Err(error) => Outcome::Unreadable(error),
    }
}

impl Outcome {
    /// The `Parsed`, or the error as the exception to raise (`parse_file`) or to return in
    /// the file's place (`parse_files`).
    fn into_result(self, py: Python<'_>, path: &std::path::Path) -> PyResult<Parsed> {
        let name = path.display().to_string();
        match self {
            Outcome::Parsed(parsed, text) => Ok(Parsed::new(*parsed, text, Some(name))),
            Outcome::Unreadable(error) => Err(errors::read_error(py, &error, &name)),
            Outcome::NotANotice(error) => Err(errors::parse_error(py, &error, Some(&name))),
        }
    }
}

/// Reads a saved notice (通报) from a file and parses it.
///
/// The file is decoded as the `rectify` command decodes it: a byte-order mark, a web
/// page's declared charset, UTF-16 told by its zero bytes, valid UTF-8, or else GBK,
/// GB18030 or Big5 detected from the bytes; never with replacement characters. A web
/// page (`.html`, `.htm`, or `<html` first) is reduced to its visible text, one line per
/// block; spans and diagnostics then point into `Parsed.text`.
///
/// Args:
///     path: the file (str or os.PathLike).
///     encoding: read the bytes in this encoding (a WHATWG label: `gbk`, `utf-16le`,
///         `big5`) instead of detecting it.
///
/// Returns:
///     Parsed: as `parse`, with `file` set.
///
/// Raises:
///     ReadError: the file cannot be read, is larger than 64 MiB, or is not text.
///     ParseError: its text is not a rectification notice.
///     ValueError: `encoding` is not a known label.
#[pyfunction]
#[pyo3(signature = (path, *, encoding = None))]
fn parse_file(py: Python<'_>, path: PathBuf, encoding: Option<&str>) -> PyResult<Parsed> {
    let options = read_options(encoding)?;
    py.detach(|| read_and_parse(&path, &options))
        .into_result(py, &path)
}

/// Reads and parses many saved notices on all cores, in input order.
///
/// Each file is read and parsed as `parse_file` does, on a pool of `jobs` threads, with
/// the GIL released for the whole batch. A file that cannot be read or is not a notice
/// gives its exception in its place of the list (as `asyncio.gather(...,
/// return_exceptions=True)` does), never stopping the batch.
///
/// Args:
///     paths: the files (an iterable of str or os.PathLike).
///     jobs: threads to parse on; all cores by default.
///     encoding: read every file in this encoding instead of detecting it.
///
/// Returns:
///     list[Parsed | RectifyError]: one result per path, in the paths' order.
///
/// Raises:
///     TypeError: `paths` is one path (a str), not an iterable of them.
///     ValueError: `jobs` is 0, or `encoding` is not a known label.
#[pyfunction]
#[pyo3(signature = (paths, *, jobs = None, encoding = None))]
fn parse_files(
    py: Python<'_>,
    paths: &Bound<'_, PyAny>,
    jobs: Option<usize>,
    encoding: Option<&str>,
) -> PyResult<Py<PyList>> {
    if paths.is_instance_of::<PyString>() || paths.is_instance_of::<PyBytes>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "parse_files takes an iterable of paths, not one path: use parse_file",
        ));
    }
    let paths = paths
        .try_iter()?
        .map(|path| path.and_then(|path| path.extract::<PathBuf>()))
        .collect::<PyResult<Vec<PathBuf>>>()?;
    let options = read_options(encoding)?;
    let threads = match jobs {
        Some(0) => return Err(PyValueError::new_err("jobs must be at least 1")),
        Some(jobs) => jobs,
        None => std::thread::available_parallelism().map_or(1, usize::from),
    };
    let outcomes = py.detach(|| {
        use rayon::prelude::*;
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|error| error.to_string())?;
        Ok::<_, String>(pool.install(|| {
            paths
                .par_iter()
                .map(|path| read_and_parse(path, &options))
                .collect::<Vec<Outcome>>()
        }))
    });
    let outcomes = outcomes.map_err(|error| {
        PyRuntimeError::new_err(format!("cannot start {threads} threads: {error}"))
    })?;
    let list = PyList::empty(py);
    for (outcome, path) in outcomes.into_iter().zip(&paths) {
        match outcome.into_result(py, path) {
            Ok(parsed) => list.append(Py::new(py, parsed)?)?,
            Err(error) => list.append(error.into_value(py))?,
        }
    }
    Ok(list.unbind())
}

/// A report from JSON text, JSON bytes or a dict, checked by the library's loader.
fn load_report(py: Python<'_>, report: &Bound<'_, PyAny>) -> PyResult<RectificationReport> {
    static DUMPS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let loaded = if let Ok(json) = report.cast::<PyString>() {
        let json = json.to_cow()?;
        py.detach(|| rectify::from_json_str(&json))
    } else if let Ok(json) = report.cast::<PyBytes>() {
        let json = json.as_bytes();
        rectify::from_json_slice(json)
    } else {
        let dumps = DUMPS.import(py, "json", "dumps")?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("ensure_ascii", false)?;
        let json = dumps.call((report,), Some(&kwargs))?;
        let json = json.cast::<PyString>()?.to_cow()?;
        py.detach(|| rectify::from_json_str(&json))
    };
    loaded.map_err(|error| errors::load_error(py, &error))
}

/// Reads a report (报告) and checks its shape.
///
/// The shape is the contract's: types, required fields, known codes, real dates, no
/// unknown fields. The check is the Rust loader's, so a report it refuses is refused here
/// with the same message. Run `validate` for the rules across fields.
///
/// Args:
///     report: the report as JSON text (str or bytes) or as a dict (sent through
///         `json.dumps`, so line and column of an error are in that one-line text).
///
/// Returns:
///     dict: the report as the library writes it (absent optional fields left out).
///
/// Raises:
///     ShapeError: not JSON, or not a report's shape; with line, column and JSON Pointer.
///     LimitError: beyond the library's limits (areas nested 32 deep, 100,000 items).
#[pyfunction]
fn load(py: Python<'_>, report: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    let report = load_report(py, report)?;
    Ok(to_python(py, &report)?.unbind())
}

/// Checks a report against every rule of the contract that spans fields (校验).
///
/// All violations are listed at once, in the order of the report's fields: the timeline
/// in order, parties known, numbering in sequence, tallies adding up, contacts well
/// formed, and the rest of the contract's rules.
///
/// Args:
///     report: the report as JSON text, bytes or a dict, as for `load`.
///
/// Returns:
///     list[Violation]: empty for a valid report; warnings are in it too.
///
/// Raises:
///     ShapeError, LimitError: as `load`.
#[pyfunction]
fn validate(py: Python<'_>, report: &Bound<'_, PyAny>) -> PyResult<Py<PyList>> {
    static VIOLATION: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    let report = load_report(py, report)?;
    let validation = py.detach(|| report.validate());
    let class = VIOLATION.import(py, "rectify._types", "Violation")?;
    let list = PyList::empty(py);
    for violation in &validation.violations {
        list.append(class.call1((
            violation.path.as_str(),
            violation.code.as_str(),
            violation.severity.as_str(),
            violation.message.as_str(),
        ))?)?;
    }
    Ok(list.unbind())
}

/// Writes a report as its issuer would publish it: the notice's text (通报全文).
///
/// `parse(render(report))` gives the report back.
///
/// Args:
///     report: the report as JSON text, bytes or a dict, as for `load`.
///
/// Returns:
///     str: the notice's text.
///
/// Raises:
///     ShapeError, LimitError: as `load`.
#[pyfunction]
fn render(py: Python<'_>, report: &Bound<'_, PyAny>) -> PyResult<String> {
    let report = load_report(py, report)?;
    Ok(py.detach(|| text::render(&report)))
}

/// The JSON Schema (draft 2020-12) of a report, as a dict.
///
/// The same schema as `rectify schema` writes: every field documented, for other
/// systems and validators (`jsonschema`, Pydantic's `model_json_schema` users, ajv).
#[pyfunction]
fn schema(py: Python<'_>) -> PyResult<Py<PyAny>> {
    Ok(to_python(py, &rectify::schema::json_schema())?.unbind())
}

/// The extension module.
#[pymodule]
fn _rectify(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    module.add("SCHEMA_VERSION", rectify::SCHEMA_VERSION)?;
    module.add_class::<Parsed>()?;
    module.add_function(wrap_pyfunction!(parse, module)?)?;
    module.add_function(wrap_pyfunction!(_parse_only, module)?)?;
    module.add_function(wrap_pyfunction!(parse_file, module)?)?;
    module.add_function(wrap_pyfunction!(parse_files, module)?)?;
    module.add_function(wrap_pyfunction!(load, module)?)?;
    module.add_function(wrap_pyfunction!(validate, module)?)?;
    module.add_function(wrap_pyfunction!(render, module)?)?;
    module.add_function(wrap_pyfunction!(schema, module)?)?;
    Ok(())
}
