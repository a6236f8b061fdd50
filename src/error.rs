//! The crate's error type ([`Error`]): why a report could not be loaded.

use std::fmt;

/// Why a report could not be read. Validation findings are not errors: they are
/// [`Violation`](crate::Violation)s, and a report with violations still loads.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not JSON, or not JSON of a report's shape.
    #[error(transparent)]
    Json(#[from] JsonError),
    /// The input could not be read. The I/O error is the [`source`](std::error::Error::source),
    /// not repeated in this one's message, so that an error-chain reporter (anyhow, eyre)
    /// prints each cause once.
    #[error("cannot read the report")]
    Io(#[from] std::io::Error),
    /// The input is beyond one of the [`Limits`](crate::Limits).
    #[error(transparent)]
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

/// Where and why JSON input is not a report: the line and column, the JSON Pointer of the
/// field (`/timeline/feedback`, `/areas/2/measures/0/ordinal`) and what was expected.
///
/// Its parts are read through methods, as serde_json's errors are, so that it can grow.
///
/// # Example
///
/// ```
/// let err = rectify::from_json_str(r#"{"schemaVersion": 1}"#).unwrap_err();
/// let rectify::Error::Json(err) = err else { panic!() };
/// assert_eq!(err.pointer(), "/schemaVersion");
/// assert_eq!((err.line(), err.column()), (1, 19)); // at the `1`
/// assert_eq!(err.classify(), rectify::JsonErrorKind::Shape);
/// assert!(err.message().contains("expected a string"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct JsonError {
    pointer: String,
    line: usize,
    column: usize,
    kind: JsonErrorKind,
    message: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.pointer.is_empty() {
            "the document"
        } else {
            &self.pointer
        };
        write!(
            f,
            "line {}, column {}, at {at}: {}",
            self.line, self.column, self.message
        )
    }
}

impl JsonError {
    /// The JSON Pointer (RFC 6901) of the field where reading stopped
    /// (`/areas/0/measures/1/text`), the same syntax as a
    /// [`Violation`](crate::Violation)'s path; empty for the whole document. Where the
    /// input breaks off inside an object before a key, the pointer names that object; a
    /// missing required field is named itself.
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// The line, from 1.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column, from 1, counted in characters (a Chinese character is one column).
    pub fn column(&self) -> usize {
        self.column
    }

    /// What kind of problem it is.
    pub fn classify(&self) -> JsonErrorKind {
        self.kind
    }

    /// What was wrong and what was expected, without the position.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl JsonError {
    /// Builds the error from serde's, with the column recounted in characters of `input`.
    pub(crate) fn new(input: &[u8], error: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let pointer = pointer_of(error.path());
        Self::at_pointer(input, pointer, error.into_inner())
    }

    /// Text after the end of the report: an error of the whole document.
    pub(crate) fn from_trailing(input: &[u8], error: serde_json::Error) -> Self {
        Self::at_pointer(input, String::new(), error)
    }

    pub(crate) fn at_pointer(input: &[u8], pointer: String, inner: serde_json::Error) -> Self {
        let mut message = strip_position(&inner.to_string());
        if message == "recursion limit exceeded" {
            message = "nested more than 128 arrays and objects deep, the most the JSON reader \
                       follows (areas nest at most 16 levels: see `Limits`)"
                .to_owned();
        }
        let mut pointer = pointer;
        // serde names a missing field in the message and stops the path at its parent;
        // the pointer should name the field itself.
        if let Some(field) = missing_field(&message) {
            pointer = format!("{pointer}/{}", escape_segment(field));
        }
        let kind = match inner.classify() {
            serde_json::error::Category::Data => JsonErrorKind::Shape,
            serde_json::error::Category::Eof => JsonErrorKind::Eof,
            serde_json::error::Category::Syntax | serde_json::error::Category::Io => {
                JsonErrorKind::Syntax
            }
        };
        Self {
            pointer,
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

/// The JSON Pointer of serde_path_to_error's path. Its `?` segment, the key of an object
/// not read yet (the input ended, or broke, right after `{` or `,`), is left out: the place
/// is then the object itself.
fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => {
                pointer.push('/');
                pointer.push_str(&index.to_string());
            }
            Segment::Map { key } => {
                pointer.push('/');
                pointer.push_str(&escape_segment(key));
            }
            Segment::Enum { variant } => {
                pointer.push('/');
                pointer.push_str(&escape_segment(variant));
            }
            Segment::Unknown => {}
        }
    }
    pointer
}

/// A key as a JSON Pointer segment (RFC 6901: `~` as `~0`, `/` as `~1`).
fn escape_segment(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
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
