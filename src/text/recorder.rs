//! Where each value came from: the [`Recorder`] collects, while the phases read, the input
//! bytes of every value (by the JSON Pointer it will have in the report), the stretches read
//! as layout, and the diagnostics. Lines and columns are found for all of them at once when
//! reading ends ([`Recorder::finish`]): one walk over the input, not a search per value.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::text::diagnostic::{Diagnostic, DiagnosticKind};
use crate::text::source::{Piece, Source, Span};

pub(crate) struct Recorder<'s, 'a> {
    pub(crate) source: &'s Source<'a>,
    /// Each value's bytes in the input, by its pointer.
    pub(crate) spans: BTreeMap<String, Range<usize>>,
    /// The input bytes read as layout.
    pub(crate) layout: Vec<Range<usize>>,
    /// The diagnostics, with their input bytes.
    pub(crate) diagnostics: Vec<(DiagnosticKind, Range<usize>, String, &'a str)>,
}

/// What a parse recorded besides the report, with lines and columns.
pub(crate) struct Recorded {
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
        let mut joined = String::new();
        for (i, piece) in pieces.iter().enumerate() {
            if i > 0 {
                joined.push_str(separator);
            }
            joined.push_str(self.source.verbatim(*piece));
        }
        joined
    }

    /// Records that the value at `pointer` was read from `pieces`.
    pub(crate) fn value(&mut self, pointer: &str, pieces: &[Piece<'a>]) {
        if let (Some(first), Some(last)) = (pieces.first(), pieces.last()) {
            let bytes = self.source.input_range(first.start..last.end());
            self.spans.insert(pointer.to_owned(), bytes);
        }
    }

    /// Records a stretch read as layout: a marker, a label, a heading, punctuation.
    pub(crate) fn layout(&mut self, piece: Piece<'a>) {
        if !piece.is_empty() {
            self.layout.push(self.source.input_range(piece.range()));
        }
    }

    /// Reports `piece` with a message; an empty piece reports the place.
    pub(crate) fn diagnose(
        &mut self,
        kind: DiagnosticKind,
        piece: Piece<'a>,
        message: impl Into<String>,
    ) {
        self.diagnostics.push((
            kind,
            self.source.input_range(piece.range()),
            message.into(),
            self.source.verbatim(piece),
        ));
    }

    /// Everything recorded, with the lines and columns of every place, found in one walk.
    pub(crate) fn finish(self) -> Recorded {
        let ends = |r: &Range<usize>| [r.start, r.end];
        let offsets = (self.spans.values().flat_map(ends))
            .chain(self.layout.iter().flat_map(ends))
            .chain(self.diagnostics.iter().flat_map(|d| ends(&d.1)))
            .collect();
        let locations = self.source.locations(offsets);
        Recorded {
            spans: (self.spans.into_iter())
                .map(|(pointer, bytes)| (pointer, locations.span(bytes)))
                .collect(),
            layout: (self.layout.into_iter())
                .map(|bytes| locations.span(bytes))
                .collect(),
            diagnostics: (self.diagnostics.into_iter())
                .map(|(kind, bytes, message, text)| Diagnostic {
                    kind,
                    span: locations.span(bytes),
                    message,
                    text: text.to_owned(),
                })
                .collect(),
        }
    }
}
