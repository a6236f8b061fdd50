//! Where each value came from: the [`Recorder`] collects, while the phases read, the span of
//! every value (by the JSON Pointer it will have in the report), the stretches read as
//! layout, and the diagnostics. While reading, spans have their input bytes only; their
//! lines and columns are found for all of them at once when reading ends
//! ([`Recorder::finish`]): from one count of the input's characters, not a search per value.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::text::diagnostic::{Diagnostic, DiagnosticKind};
use crate::text::source::{Piece, Source, Span, unlocated};

pub(crate) struct Recorder<'s, 'a> {
    pub(crate) source: &'s Source<'a>,
    /// Each value's span, by its pointer: the map [`Parsed::spans`](crate::text::Parsed::spans)
    /// gives, made as the values are read. (Measured and not kept: a hash map sorted once at
    /// the end cost 2% fewer instructions on a notice, but its random accesses and the sort
    /// made a notice of 32 MB on one line a third slower a megabyte than one of 1 MB; a map
    /// whose keys compare eight bytes at a time cost more than `memcmp` and the conversion
    /// to `String` keys.)
    pub(crate) spans: BTreeMap<String, Span>,
    /// The stretches read as layout.
    pub(crate) layout: Vec<Span>,
    /// The diagnostics.
    pub(crate) diagnostics: Vec<Diagnostic>,
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
    pub(crate) fn text(&mut self, pointer: impl Into<String>, pieces: &[Piece<'a>]) -> String {
        self.joined(pointer, pieces, "\n")
    }

    /// As [`Recorder::text`], joining the pieces with `separator` (nothing, for a title
    /// broken over two lines).
    pub(crate) fn joined(
        &mut self,
        pointer: impl Into<String>,
        pieces: &[Piece<'a>],
        separator: &str,
    ) -> String {
        self.value(pointer, pieces);
        // As written in the input, not as normalized for reading; allocated once.
        let verbatim = pieces.iter().map(|piece| self.source.verbatim(*piece));
        let len = verbatim.clone().map(str::len).sum::<usize>()
            + separator.len() * pieces.len().saturating_sub(1);
        let mut joined = String::with_capacity(len);
        for (i, text) in verbatim.enumerate() {
            if i > 0 {
                joined.push_str(separator);
            }
            joined.push_str(text);
        }
        joined
    }

    /// The span of the text's `bytes`, to be located when reading ends.
    pub(crate) fn unlocated(&self, bytes: Range<usize>) -> Span {
        unlocated(self.source.input_range(bytes))
    }

    /// Records that the value at `pointer` was read from `pieces`. A pointer made for the
    /// call is moved in, not copied.
    pub(crate) fn value(&mut self, pointer: impl Into<String>, pieces: &[Piece<'a>]) {
        if let (Some(first), Some(last)) = (pieces.first(), pieces.last()) {
            let span = self.unlocated(first.start..last.end());
            self.spans.insert(pointer.into(), span);
        }
    }

    /// Records a stretch read as layout: a marker, a label, a heading, punctuation.
    pub(crate) fn layout(&mut self, piece: Piece<'a>) {
        if !piece.is_empty() {
            self.layout.push(self.unlocated(piece.range()));
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
            span: self.unlocated(piece.range()),
            message: message.into(),
            text: self.source.verbatim(piece).to_owned(),
        });
    }

    /// Everything recorded, with the lines and columns of every place, found from one count
    /// of the input's characters and set in place.
    pub(crate) fn finish(mut self) -> Recorded {
        let spans = (self.spans.values_mut())
            .chain(&mut self.layout)
            .chain(self.diagnostics.iter_mut().map(|d| &mut d.span));
        self.source.locate_all(spans);
        Recorded {
            spans: self.spans,
            layout: self.layout,
            diagnostics: self.diagnostics,
        }
    }
}

/// JSON Pointers of the report's fields, made by appending to the pointer of the value they
/// belong to. A parse makes about five hundred of them, and `format!` cost several times
/// what appending does.
pub(crate) mod pointer {
    /// Appends `/name/index` to `pointer`: a walk down the report keeps one pointer and
    /// cuts it back (`truncate`) rather than making one for each value it visits.
    pub(crate) fn push_item(pointer: &mut String, name: &str, index: usize) {
        pointer.push('/');
        pointer.push_str(name);
        pointer.push('/');
        push_index(pointer, index);
    }

    /// Appends `/name` to `pointer`.
    pub(crate) fn push_field(pointer: &mut String, name: &str) {
        pointer.push('/');
        pointer.push_str(name);
    }

    /// `base`/`name`: a field of the value at `base`.
    pub(crate) fn field(base: &str, name: &str) -> String {
        let mut pointer = String::with_capacity(base.len() + name.len() + 1);
        pointer.push_str(base);
        push_field(&mut pointer, name);
        pointer
    }

    /// Room for an item's index and a field of it after `base` and a name: the pointers
    /// of items are often made longer by a field (`/documents/0` then `/title`).
    const ROOM: usize = 24;

    /// `base`/`index`: an item of the list at `base`.
    pub(crate) fn index(base: &str, index: usize) -> String {
        let mut pointer = String::with_capacity(base.len() + ROOM);
        pointer.push_str(base);
        pointer.push('/');
        push_index(&mut pointer, index);
        pointer
    }

    /// `base`/`name`/`index`: an item of a list field of the value at `base`.
    pub(crate) fn item(base: &str, name: &str, index: usize) -> String {
        let mut pointer = String::with_capacity(base.len() + name.len() + ROOM);
        pointer.push_str(base);
        push_item(&mut pointer, name, index);
        pointer
    }

    /// Writes `index` in decimal.
    fn push_index(pointer: &mut String, index: usize) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut rest = index;
        loop {
            at -= 1;
            // `rest % 10` is a digit, so the cast is exact.
            digits[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        for &digit in &digits[at..] {
            pointer.push(char::from(digit));
        }
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn pointers_are_written_as_format_writes_them() {
            for index in [0, 7, 10, 99, 100, 12345, usize::MAX] {
                assert_eq!(
                    super::item("/areas/3", "measures", index),
                    format!("/areas/3/measures/{index}")
                );
            }
            assert_eq!(super::field("/areas/0", "title"), "/areas/0/title");
            assert_eq!(super::index("/nextSteps", 12), "/nextSteps/12");
            assert_eq!(super::item("", "areas", 2), "/areas/2");
        }
    }
}
