//! What the parser reports: [`Diagnostic`]s that do not stop the parse, and the one
//! [`ParseError`] that does.

use std::fmt;

use crate::text::source::Span;

/// What kind of thing a [`Diagnostic`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// Text the parser could not place in any field of the report; the diagnostic quotes it,
    /// so that nothing is lost.
    Unplaced,
    /// A part every notice has (the signature's date, the inspection dates …) was not found.
    Missing,
    /// A value was found but could not be read (a date that does not exist, a number out of
    /// range); the diagnostic quotes it.
    Unreadable,
    /// Markers out of sequence (（一） then （三）, 一是 then 三是); the text is kept where
    /// it stands.
    Numbering,
}

impl DiagnosticKind {
    /// The kind as a stable camelCase code (`unplaced`, `missing` …).
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticKind::Unplaced => "unplaced",
            DiagnosticKind::Missing => "missing",
            DiagnosticKind::Unreadable => "unreadable",
            DiagnosticKind::Numbering => "numbering",
        }
    }
}

impl fmt::Display for DiagnosticKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Something the parser noticed and could not resolve, with where it is in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Diagnostic {
    /// What kind of problem it is.
    pub kind: DiagnosticKind,
    /// Where it is. For [`DiagnosticKind::Missing`], the place where the part was expected.
    pub span: Span,
    /// What happened, in a sentence.
    pub message: String,
    /// The text concerned, quoted from the input (empty for a missing part).
    pub text: String,
}

impl Diagnostic {
    /// The line the diagnostic starts on, from 1.
    pub fn line(&self) -> usize {
        self.span.start.line
    }

    /// The column (in characters) it starts at, from 1.
    pub fn column(&self) -> usize {
        self.span.start.column
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.line(),
            self.column(),
            self.kind,
            self.message
        )?;
        if !self.text.is_empty() {
            write!(f, ": “{}”", self.text)?;
        }
        Ok(())
    }
}

/// Why a text is not a rectification notice at all. Everything short of that parses, with
/// [`Diagnostic`]s for what could not be placed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// The input holds no text.
    #[error("the input is empty: a notice has at least a title and a body")]
    Empty,
    /// Neither the title nor any heading speaks of rectification (整改).
    #[error(
        "not a rectification notice: no line speaks of rectification (整改) or of an \
         inspection, audit or supervision (巡视, 巡察, 审计, 督察); it starts with “{title}” \
         (line {line})"
    )]
    NotANotice {
        /// The first line of the input.
        title: String,
        /// Its line number.
        line: usize,
    },
    /// The input is beyond one of the [`Limits`](crate::Limits).
    #[error(transparent)]
    Limit(#[from] crate::LimitError),
}
