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
    /// Each value's span, by its pointer.
    pub(crate) spans: Spans,
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
            spans: Spans::default(),
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
        let spans = (self.spans.0.values_mut())
            .chain(&mut self.layout)
            .chain(self.diagnostics.iter_mut().map(|d| &mut d.span));
        self.source.locate_all(spans);
        Recorded {
            spans: self.spans.into_sorted(),
            layout: self.layout,
            diagnostics: self.diagnostics,
        }
    }
}

/// Each value's span by its pointer, while reading: hashed, and sorted once when reading
/// ends ([`Spans::into_sorted`]) into the map [`Parsed::spans`](crate::text::Parsed::spans)
/// gives. A notice's pointers share long prefixes (`/areas/3/measures/2/…`), so that each
/// insert into a `BTreeMap` compared a dozen of them byte by byte, about a twelfth of a
/// parse; the sort compares them eight bytes at a time.
pub(crate) struct Spans(SpanTable);

impl Default for Spans {
    /// Room for a notice's values (about 250) at once: growing rehashes every pointer.
    fn default() -> Self {
        Spans(SpanTable::with_capacity_and_hasher(256, Default::default()))
    }
}

/// Never iterated into output: its order is used by nothing but [`Spans::into_sorted`],
/// which sorts.
#[allow(clippy::disallowed_types)]
type SpanTable = std::collections::HashMap<String, Span, foldhash::fast::RandomState>;

impl Spans {
    /// Records `span` at `pointer`, in place of any span recorded there before.
    pub(crate) fn insert(&mut self, pointer: String, span: Span) {
        self.0.insert(pointer, span);
    }

    pub(crate) fn get(&self, pointer: &str) -> Option<&Span> {
        self.0.get(pointer)
    }

    pub(crate) fn contains_key(&self, pointer: &str) -> bool {
        self.0.contains_key(pointer)
    }

    /// The spans, in no order.
    pub(crate) fn values(&self) -> impl Iterator<Item = &Span> {
        self.0.values()
    }

    /// The spans in the order of their pointers.
    fn into_sorted(self) -> BTreeMap<String, Span> {
        let mut entries: Vec<(SortKey, String, Span)> = (self.0.into_iter())
            .map(|(pointer, span)| (SortKey::of(&pointer), pointer, span))
            .collect();
        // Pointers are unique, so an unstable sort gives the one order.
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        // Built from sorted entries, the map checks the order once and adds no comparison.
        entries.into_iter().map(|(_, p, s)| (p, s)).collect()
    }
}

/// The first 48 bytes of a pointer as six big-endian words, zero past its end. Keys order
/// pointers as strings do wherever they differ: at the first byte that differs, or, for a
/// pointer that starts another, by the zero against a byte of the longer one. Equal keys
/// leave the order to the whole pointers.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct SortKey([u64; 6]);

impl SortKey {
    fn of(pointer: &str) -> Self {
        let mut words = [0u64; 6];
        let bytes = pointer.as_bytes();
        let (whole, rest) = bytes.as_chunks::<8>();
        for (word, chunk) in words.iter_mut().zip(whole) {
            *word = u64::from_be_bytes(*chunk);
        }
        if let Some(word) = words.get_mut(whole.len()) {
            // The last bytes, from the highest, zero past them.
            *word = (rest.iter().zip((0..8).rev())).fold(0, |word, (byte, place)| {
                word | u64::from(*byte) << (8 * place)
            });
        }
        SortKey(words)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::source::unlocated;

    #[test]
    fn spans_are_given_in_the_order_of_their_pointers_as_strings() {
        // Prefixes of one another, indices past 9, pointers alike in their first 48 bytes,
        // and a byte past ASCII.
        let long = "/areas/1/subAreas/2/measures/3/indicators/4/sourc";
        let mut pointers = vec![
            "/areas/10/title".to_owned(),
            "/areas/1/title".to_owned(),
            "/areas/2".to_owned(),
            "/areas".to_owned(),
            "/areas/1".to_owned(),
            "/areas/1/measures/0/indicators/0".to_owned(),
            "/areas/1/measures/0/indicators/0/source".to_owned(),
            "/parties/0/name".to_owned(),
            "/parties/0/aliases/0".to_owned(),
            format!("{long}e"),
            format!("{long}"),
            format!("{long}a/b"),
            "/é".to_owned(),
            "/z".to_owned(),
        ];
        let mut spans = Spans::default();
        for (i, pointer) in pointers.iter().enumerate() {
            spans.insert(pointer.clone(), unlocated(i..i + 1));
        }
        // Recorded again: the last span wins.
        spans.insert("/areas/2".to_owned(), unlocated(99..100));
        let sorted = spans.into_sorted();
        pointers.sort();
        assert_eq!(sorted.keys().cloned().collect::<Vec<_>>(), pointers);
        assert_eq!(sorted["/areas/2"].bytes, 99..100);
        assert_eq!(sorted["/z"].bytes, 13..14);
    }
}
