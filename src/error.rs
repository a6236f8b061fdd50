//! The crate's error type ([`Error`]): why a report could not be loaded.

use std::fmt;

/// Why a report could not be read. Validation findings are not errors: they are
/// [`Violation`](crate::Violation)s, and a report with violations still loads.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not JSON, or not JSON of a report's shape.
    #[error("{0}")]
    Json(#[from] JsonError),
    /// The input could not be read.
    #[error("cannot read the report: {0}")]
    Io(#[from] std::io::Error),
    /// The input is beyond one of the [`Limits`](crate::Limits).
    #[error("{0}")]
    Limit(#[from] crate::LimitError),
}

/// What kind of JSON problem a [`JsonError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum JsonErrorKind {
    /// The input is not well-formed JSON (a missing comma, a stray character) or not UTF-8.
    Syntax,
    /// Well-formed JSON of the wrong shape: a wrong type, a missing required field, an
    /// unknown field or enum code, a malformed date.
    Shape,
    /// The input ended in the middle of a value.
    Eof,
}

/// Where and why JSON input is not a report: the line and column, the path of the field
/// (`timeline.feedback`, `areas[2].measures[0].ordinal`) and what was expected.
///
/// # Example
///
/// ```
/// let err = rectify::from_json_str(r#"{"schemaVersion": 1}"#).unwrap_err();
/// let rectify::Error::Json(err) = err else { panic!() };
/// assert_eq!(err.path, "schemaVersion");
/// assert_eq!((err.line, err.column), (1, 19)); // at the `1`
/// assert!(err.message.contains("expected a string"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct JsonError {
    /// The path of the field where reading stopped, in the dotted form serde_path_to_error
    /// gives (`areas[0].measures[1].text`); `.` for the whole document. Where the input
    /// breaks off inside an object before a key, the path names that object.
    pub path: String,
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1, counted in characters (a Chinese character is one column).
    pub column: usize,
    /// What kind of problem it is.
    pub kind: JsonErrorKind,
    /// What was wrong and what was expected, without the position.
    pub message: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}, at `{}`: {}",
            self.line, self.column, self.path, self.message
        )
    }
}

impl JsonError {
    /// Builds the error from serde's, with the column recounted in characters of `input`.
    pub(crate) fn new(input: &[u8], error: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = error.path().to_string();
        Self::at_path(input, path, error.into_inner())
    }

    /// Text after the end of the report: an error of the whole document (path `.`).
    pub(crate) fn from_trailing(input: &[u8], error: serde_json::Error) -> Self {
        Self::at_path(input, ".".to_owned(), error)
    }

    pub(crate) fn at_path(input: &[u8], path: String, inner: serde_json::Error) -> Self {
        let mut message = strip_position(&inner.to_string());
        if message == "recursion limit exceeded" {
            message = "nested more than 128 arrays and objects deep, the most the JSON reader \
                       follows (areas nest at most 16 levels: see `Limits`)"
                .to_owned();
        }
        let mut path = without_unread_key(path);
        // serde names a missing field in the message and stops the path at its parent;
        // the path should name the field itself.
        if let Some(field) = missing_field(&message) {
            path = if path == "." {
                field.to_owned()
            } else {
                format!("{path}.{field}")
            };
        }
        let kind = match inner.classify() {
            serde_json::error::Category::Data => JsonErrorKind::Shape,
            serde_json::error::Category::Eof => JsonErrorKind::Eof,
            serde_json::error::Category::Syntax | serde_json::error::Category::Io => {
                JsonErrorKind::Syntax
            }
        };
        Self {
            path,
            line: inner.line(),
            // serde_json gives column 0 for a position at the very start of a line (an
            // input that ends right after a newline); columns here count from 1.
            column: char_column(input, inner.line(), inner.column()).max(1),
            kind,
            message,
        }
    }
}

/// serde_json appends " at line L column C" to its messages; the position has its own
/// fields here.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

/// serde_path_to_error writes `?` for the key of an object that was not read yet (the
/// input ended, or broke, right after `{` or `,`): the place is then the object itself.
fn without_unread_key(path: String) -> String {
    match path.strip_suffix('?') {
        Some("") => ".".to_owned(),
        Some(parent) => parent.trim_end_matches('.').to_owned(),
        None => path,
    }
}

/// `x` in serde's "missing field `x`".
fn missing_field(message: &str) -> Option<&str> {
    message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
}

/// serde_json counts columns in bytes; readers of Chinese text count characters.
fn char_column(input: &[u8], line: usize, byte_column: usize) -> usize {
    let Some(line_bytes) = input.split(|&b| b == b'\n').nth(line.saturating_sub(1)) else {
        return byte_column;
    };
    let prefix = &line_bytes[..byte_column.min(line_bytes.len())];
    // Count the bytes that start a character (not UTF-8 continuation bytes): exact for
    // valid UTF-8, and still a sensible position for a prefix cut inside a character.
    prefix.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}
