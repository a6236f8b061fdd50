//! Where each value came from: the [`Recorder`] collects, while the phases read, the span of
//! every value (by the JSON Pointer it will have in the report), the stretches read as
//! layout, and the diagnostics.

use std::collections::BTreeMap;

use crate::text::diagnostic::{Diagnostic, DiagnosticKind};
use crate::text::source::{Piece, Source, Span};

pub(crate) struct Recorder<'s, 'a> {
    pub(crate) source: &'s Source<'a>,
    pub(crate) spans: BTreeMap<String, Span>,
    pub(crate) layout: Vec<Span>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

impl<'s, 'a> Recorder<'s, 'a> {
    pub(crate) fn new(source: &'s Source<'a>) -> Self {
        Recorder {
            source,
            spans: BTreeMap::new(),
            layout: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    /// Records that the value at `pointer` was read from `pieces` (consecutive stretches of
    /// the input, separated only by blanks), and gives the pieces' text as written in the
    /// input, joined by line ends.
    pub(crate) fn text(&mut self, pointer: &str, pieces: &[Piece<'a>]) -> String {
        self.joined(pointer, pieces, "\n")
    }

    /// As [`Recorder::text`], joining the pieces with `separator` (nothing, for a title
    /// broken over two lines).
    pub(crate) fn joined(
        &mut self,
        pointer: &str,
        pieces: &[Piece<'a>],
        separator: &str,
    ) -> String {
        self.value(pointer, pieces);
        // As written in the input, not as normalized for reading.
        pieces
            .iter()
            .map(|p| self.source.verbatim(*p))
            .collect::<Vec<_>>()
            .join(separator)
    }

    /// Records that the value at `pointer` was read from `pieces`.
    pub(crate) fn value(&mut self, pointer: &str, pieces: &[Piece<'a>]) {
        if let (Some(first), Some(last)) = (pieces.first(), pieces.last()) {
            let span = self.source.span(first.start..last.end());
            self.spans.insert(pointer.to_owned(), span);
        }
    }

    /// Records a stretch read as layout: a marker, a label, a heading, punctuation.
    pub(crate) fn layout(&mut self, piece: Piece<'a>) {
        if !piece.is_empty() {
            self.layout.push(self.source.span(piece.range()));
        }
    }

    /// Reports `piece` with a message; an empty piece reports the place.
    pub(crate) fn diagnose(
        &mut self,
        kind: DiagnosticKind,
        piece: Piece<'a>,
        message: impl Into<String>,
    ) {
        self.diagnostics.push(Diagnostic {
            kind,
            span: self.source.span(piece.range()),
            message: message.into(),
            text: self.source.verbatim(piece).to_owned(),
        });
    }
}
