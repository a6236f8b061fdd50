//! The input as the parser sees it: lines with their byte offsets, and places in it
//! ([`Span`], [`Location`]) that point back to the original text, whatever its line ends,
//! byte order mark or indentation.

pub(super) mod layout;
pub(crate) mod traditional;

use std::borrow::Cow;
use std::ops::Range;

/// A line and column in the input, both counted from 1; the column counts characters, not
/// bytes (a Chinese character is one column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub struct Location {
    /// The line, from 1.
    pub line: usize,
    /// The column in characters, from 1.
    pub column: usize,
}

/// A stretch of the input: its byte range and where it starts and ends (the end is the
/// location just past its last character).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Span {
    /// The byte range in the input.
    pub bytes: Range<usize>,
    /// Where it starts.
    pub start: Location,
    /// Just past its last character.
    pub end: Location,
}

/// The span of input `bytes` before its lines and columns are found
/// ([`Source::locate_all`]).
pub(crate) fn unlocated(bytes: Range<usize>) -> Span {
    let nowhere = Location { line: 0, column: 0 };
    Span {
        bytes,
        start: nowhere,
        end: nowhere,
    }
}

/// Whether `c` is blank for the parser: Unicode whitespace (spaces, the ideographic space
/// U+3000, no-break spaces, line ends) and the byte order mark U+FEFF, which web pages leave
/// at the start of saved text.
pub(crate) fn is_blank(c: char) -> bool {
    // Past the ideographic space, Unicode has no white space: the Chinese text of a notice
    // is told from blanks without the whitespace table.
    if c > '\u{3000}' {
        return c == '\u{FEFF}';
    }
    c.is_whitespace()
}

/// Whether `c` is a Chinese character of the Unified Ideographs block (U+4E00 to U+9FFF).
pub(crate) fn is_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Whether the bytes `rest` start with `word`. The last byte, which differs most among
/// Chinese characters, turns most words away before the whole is compared: the scans for
/// labels and names ask this of many words at many places.
#[inline]
pub(crate) fn starts_with_word(rest: &[u8], word: &str) -> bool {
    let word = word.as_bytes();
    rest.get(word.len().wrapping_sub(1)) == word.last() && rest.starts_with(word)
}

/// The input as the phases read it, and the way back to the input as written.
///
/// Notices reach us through many text pipelines, and a good share of them write ASCII
/// punctuation (`,` `;` `:` `(` `)` `!`) where the notice has full-width marks, or mix the
/// two; machine-made mirrors gloss characters with their pinyin (`衛(wèi)`). The phases read
/// one form only: [`normalize`] gives the text with those marks made full-width and the
/// glosses left out, and every place the phases record (a value's span, a diagnostic, a
/// verbatim text) is mapped back to the input, so that spans point into the input and
/// texts are kept as written.
pub(crate) struct Source<'a> {
    /// The text the phases read: the input normalized ([`normalize`]).
    pub(crate) text: &'a str,
    /// The input as given.
    pub(crate) input: &'a str,
    /// Where `text` and the input differ in length, in order ([`Edit`]).
    edits: &'a [Edit],
    /// Where the input's lines start, in bytes of the input.
    line_starts: Vec<usize>,
}

/// A place where the text the phases read is longer or shorter than the input: a
/// full-width mark made of an ASCII one (two bytes longer), or a pinyin gloss left out
/// (`衛(wèi)`, as many bytes shorter as the gloss has). From byte `from` of the text on,
/// the text's offsets stand `shift` bytes from the input's (all edits up to this one
/// together).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Edit {
    /// The first offset of the text this edit moves: just past a widened mark; just past
    /// the character a gloss followed, so that a value ending with that character keeps its
    /// gloss, and one starting after it starts after the gloss.
    from: usize,
    /// The input's offset less the text's, from `from` on.
    shift: isize,
}

impl Edit {
    /// Where `from` stands in the input.
    fn input_from(&self) -> usize {
        self.from.saturating_add_signed(self.shift)
    }
}

/// How many bytes longer a full-width mark (3 bytes in UTF-8) is than its ASCII form.
const WIDENED: isize = 2;

/// The input with its ASCII punctuation made full-width and its pinyin glosses left out,
/// and where.
pub(crate) struct Normalized<'a> {
    /// The input itself when it has no mark to widen (most notices): nothing is copied.
    pub(crate) text: Cow<'a, str>,
    pub(crate) edits: Vec<Edit>,
}

/// Makes the input's ASCII punctuation full-width where it punctuates Chinese text, leaves
/// out its pinyin glosses ([`pinyin_gloss`]), and makes its traditional characters
/// simplified ([`traditional`]). The marks widened: `,` `;` `:` `(` `)` `!`. Left as they
/// are: a comma between digits that groups thousands (1,234.5), a colon between digits
/// (9:00) or before `//` (a web address). The text keeps its characters otherwise, so that
/// offsets map back through the [`Edit`]s ([`Source`]).
pub(crate) fn normalize(input: &str) -> Normalized<'_> {
    // Made at the first edit.
    let mut text = String::new();
    let mut edits: Vec<Edit> = Vec::new();
    let bytes = input.as_bytes();
    // The line breaks of a text wrapped at a fixed width, joined: few texts have any. The
    // text is read up to each in turn.
    let joins = wrapped_breaks(input);
    let mut joins = joins.iter();
    let mut next_join = joins.next();
    // Runs without any of the six marks are copied whole: most notices have none of them.
    let mut copied = 0;
    let mut at = 0;
    loop {
        let segment = &bytes[..next_join.map_or(bytes.len(), |join| join.start)];
        while at < segment.len() {
            // Most bytes are no mark: eight bytes of Chinese text (none of them ASCII) are
            // passed over at once, any other byte by a table lookup.
            if let Some(Ok(eight)) = segment.get(at..at + 8).map(<[u8; 8]>::try_from)
                && u64::from_le_bytes(eight) & NON_ASCII == NON_ASCII
            {
                at += 8;
                continue;
            }
            if !MARKS[usize::from(bytes[at])] {
                at += 1;
                continue;
            }
            let gloss = pinyin_gloss(input, at);
            let wide = if gloss.is_some() {
                None
            } else {
                self::widened(input, at)
            };
            if gloss.is_none() && wide.is_none() {
                at += 1;
                continue;
            }
            if edits.is_empty() {
                text.reserve(input.len() + input.len() / 8);
            }
            // An ASCII byte is a whole character, so `at` is a character boundary.
            text.push_str(&input[copied..at]);
            let shift = edits.last().map_or(0, |e| e.shift);
            if let Some(len) = gloss {
                edits.push(Edit {
                    from: text.len(),
                    // A gloss is at most 16 bytes: the cast is exact.
                    shift: shift + len as isize,
                });
                at += len;
            } else if let Some(wide) = wide {
                text.push(wide);
                edits.push(Edit {
                    from: text.len(),
                    shift: shift - WIDENED,
                });
                at += 1;
            }
            copied = at;
        }
        let Some(join) = next_join else {
            break;
        };
        next_join = joins.next();
        if edits.is_empty() {
            text.reserve(input.len());
        }
        text.push_str(&input[copied..join.start]);
        let shift = edits.last().map_or(0, |e| e.shift);
        edits.push(Edit {
            from: text.len(),
            // A line break and its blanks: a few dozen bytes, the cast is exact.
            shift: shift + join.len() as isize,
        });
        (at, copied) = (join.end, join.end);
    }
    let text = if edits.is_empty() {
        Cow::Borrowed(input)
    } else {
        text.push_str(&input[copied..]);
        Cow::Owned(text)
    };
    // Traditional characters read as simplified: as many bytes each, so `edits` hold.
    let text = match traditional::simplify(&text) {
        Some(simplified) => Cow::Owned(simplified),
        None => text,
    };
    Normalized { text, edits }
}

/// The length of the pinyin gloss at byte `at` of `input`, if one stands there: a syllable
/// with its tone marked, in ASCII brackets, right after a Chinese character
/// (`衛(wèi)健委`, `發(fā)布時間`). Machine-made mirrors of notices write one after many
/// characters; the phases read the text without them, and values keep them as written.
/// A tone mark is required: a word in brackets after a name (`清远市(QY)`) is no gloss.
fn pinyin_gloss(input: &str, at: usize) -> Option<usize> {
    const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    const LONGEST: usize = 7;
    let rest = input[at..].strip_prefix('(')?;
    let after_hanzi = input[..at].chars().next_back().is_some_and(is_ideograph);
    if !after_hanzi {
        return None;
    }
    let mut toned = false;
    for (k, c) in rest.char_indices().take(LONGEST + 1) {
        match c {
            ')' if k > 0 && toned => return Some(1 + k + 1),
            'a'..='z' | 'ü' => {}
            c if TONED.contains(c) => toned = true,
            _ => return None,
        }
    }
    None
}

/// Where a text copied from a page of fixed width (a PDF's, a scan's) breaks its sentences
/// at the end of every line ("……督查出的问\n题，镇党委……"): the bytes to leave out to join
/// each such line to the next (the blanks at its end, its line end, the next one's
/// indentation), in order; none in a text whose lines are its paragraphs.
///
/// A line is joined to the next when it is as wide as the wrap (within [`WRAP_SLACK`]
/// characters of the median width of the lines of 16 to 60 characters that end no
/// sentence), does not end a sentence or a title, and the next is no wider and starts no
/// section, item or label; a text needs [`WRAPPED_LINES`] such lines to be read as wrapped, so that
/// a title broken over two lines or a heading over its paragraph is never joined.
fn wrapped_breaks(input: &str) -> Vec<Range<usize>> {
    /// The widths a wrapped line may have, in characters.
    const WIDTHS: std::ops::RangeInclusive<usize> = 16..=60;
    // The lines' words (bytes) and widths; only lines of a wrap's width are counted.
    // A wrapped text's lines are short; most notices' lines are their paragraphs, and are
    // passed over with one count of the line ends.
    let breaks = memchr::memchr_iter(b'\n', input.as_bytes()).count();
    if breaks < 2 * WRAPPED_LINES || input.len() / breaks > WRAPPED_LINE_BYTES {
        return Vec::new();
    }
    let mut lines: Vec<(Range<usize>, usize)> = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', input.as_bytes()).chain([input.len()]) {
        let line = &input[start..end];
        let words = line.trim_matches(is_blank);
        if !words.is_empty() {
            let at = start + (line.len() - line.trim_start_matches(is_blank).len());
            // A CJK character is three bytes: longer lines are paragraphs, uncounted.
            let width = if words.len() <= 3 * WIDTHS.end() + 3 {
                words.chars().count()
            } else {
                usize::MAX
            };
            lines.push((at..at + words.len(), width));
        }
        start = end + 1;
    }
    let ends_sentence = |words: &Range<usize>| {
        // Not a colon (a label's value may be wrapped onto the next line) nor a point (a
        // decimal's, "318." over "6万元").
        input[words.clone()].ends_with(['。', '！', '？', '；', '”', '!', '?', ';'])
    };
    // The wrap's width: the median width of the lines that may be wrapped.
    let mut widths: Vec<usize> = (lines.iter())
        .filter(|(words, width)| WIDTHS.contains(width) && !ends_sentence(words))
        .map(|(_, width)| *width)
        .collect();
    if widths.len() < WRAPPED_LINES {
        return Vec::new();
    }
    let middle = widths.len() / 2;
    let (_, &mut wrap, _) = widths.select_nth_unstable(middle);
    let wraps = |k: usize| {
        let (ref words, width) = lines[k];
        let Some((next, next_width)) = lines.get(k + 1) else {
            return false;
        };
        // A title's last line is whole, however wide ("……整改情况的报告" over "……办公室：").
        let ends_title = || {
            (crate::text::vocabulary::TITLE_ENDS.iter())
                .any(|end| input[words.clone()].ends_with(end))
        };
        WIDTHS.contains(&width)
            && width.abs_diff(wrap) <= WRAP_SLACK
            && *next_width <= wrap + WRAP_SLACK
            && !ends_sentence(words)
            && !ends_title()
            && !starts_a_part(&input[words.clone()], &input[next.clone()])
    };
    let joined: Vec<usize> = (0..lines.len()).filter(|&k| wraps(k)).collect();
    if joined.len() < WRAPPED_LINES {
        return Vec::new();
    }
    joined
        .into_iter()
        .map(|k| lines[k].0.end..lines[k + 1].0.start)
        .collect()
}

/// How many characters the lines of a wrapped text may differ by: digits, Latin letters and
/// spaces are narrower than Chinese characters, so a line of them holds more.
const WRAP_SLACK: usize = 4;

/// The most bytes a wrapped text's lines have on average (60 Chinese characters are 180):
/// a text of longer lines is read as it is.
const WRAPPED_LINE_BYTES: usize = 200;

/// How many lines must be wrapped for a text to be read as wrapped.
const WRAPPED_LINES: usize = 4;

/// Whether `line` starts a part of the notice, after the line `before` it: a section's, an
/// item's or a number's marker (一、, （一）, 1.), or a label (联系电话：, 省委第一巡视组：, a
/// list's), unless the page's width cut that label in two and `before` ends with its first
/// characters ("……；电" over "子邮箱：……").
fn starts_a_part(before: &str, line: &str) -> bool {
    let piece = Piece {
        text: line,
        start: 0,
    };
    if layout::marker(piece).is_some() {
        return true;
    }
    let Some(colon) = line.find(['：', ':']) else {
        return false;
    };
    let word = &line[..colon];
    // The word and its colon (three bytes full-width, one in ASCII).
    let labelled = &line[..colon + line[colon..].chars().next().map_or(0, char::len_utf8)];
    let is_label = word.chars().count() <= 10 && word.chars().all(is_ideograph);
    // The characters the line before ends with, up to three, put back before the word.
    let cut_label = (before.char_indices().rev().take(3)).any(|(at, _)| {
        let rejoined = format!("{}{labelled}", &before[at..]);
        crate::text::vocabulary::closing_label_at(&rejoined, 0)
            .is_some_and(|(_, len)| len > before.len() - at)
    });
    is_label && !cut_label
}

/// The full-width mark [`normalize`] makes of the byte at `at` of `input`, if any.
pub(crate) fn widened(input: &str, at: usize) -> Option<char> {
    let bytes = input.as_bytes();
    Some(match bytes.get(at)? {
        b',' if !groups_thousands(bytes, at) => '，',
        b';' => '；',
        b':' if !joins_digits(bytes, at) && !input[at..].starts_with("://") => '：',
        b'(' => '（',
        b')' => '）',
        b'!' => '！',
        _ => return None,
    })
}

/// Eight bytes whose high bits are all set are none of them ASCII.
const NON_ASCII: u64 = 0x8080_8080_8080_8080;

/// The bytes [`normalize`] may widen: `,` `;` `:` `(` `)` `!`.
const MARKS: [bool; 256] = byte_table(b",;:()!");

/// A comma between a digit and exactly three digits (1,234 or 1,234.5): a thousands
/// separator, not punctuation.
fn groups_thousands(bytes: &[u8], at: usize) -> bool {
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    at > 0 && digit(at - 1) && digit(at + 1) && digit(at + 2) && digit(at + 3) && !digit(at + 4)
}

/// A colon between two digits (9:00).
fn joins_digits(bytes: &[u8], at: usize) -> bool {
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    at > 0 && digit(at - 1) && digit(at + 1)
}

impl<'a> Source<'a> {
    /// The source of `input`, read through its normalized form (from [`normalize`]).
    pub(crate) fn new(input: &'a str, normalized: &'a Normalized<'_>) -> Self {
        Source {
            text: &normalized.text,
            input,
            edits: &normalized.edits,
            line_starts: line_starts(input),
        }
    }

    /// The source of a text read as it is, with nothing normalized.
    pub(crate) fn plain(input: &'a str) -> Self {
        Source {
            text: input,
            input,
            edits: &[],
            line_starts: line_starts(input),
        }
    }

    /// The input offset of byte `offset` of the text (which must fall on a character
    /// boundary).
    pub(crate) fn to_input(&self, offset: usize) -> usize {
        match self.edits.partition_point(|e| e.from <= offset) {
            0 => offset,
            k => offset.saturating_add_signed(self.edits[k - 1].shift),
        }
    }

    /// The text offset of byte `offset` of the input: the inverse of [`Source::to_input`].
    /// An offset inside a gloss the text left out is the end of the character it glosses.
    pub(crate) fn to_text(&self, offset: usize) -> usize {
        // Where each edit's `from` stands in the input grows with the edits.
        let k = self.edits.partition_point(|e| e.input_from() <= offset);
        let shift = k.checked_sub(1).map_or(0, |k| self.edits[k].shift);
        let text = offset.saturating_add_signed(-shift);
        self.edits.get(k).map_or(text, |next| text.min(next.from))
    }

    /// The input as written where the text has `piece`: a value kept verbatim.
    pub(crate) fn verbatim(&self, piece: Piece<'_>) -> &'a str {
        &self.input[self.to_input(piece.start)..self.to_input(piece.end())]
    }

    /// The piece of the text that stands where the input has `range`.
    pub(crate) fn piece_of_input(&self, range: Range<usize>) -> Piece<'a> {
        let (start, end) = (self.to_text(range.start), self.to_text(range.end));
        Piece {
            text: &self.text[start..end],
            start,
        }
    }

    /// The location of a byte offset of the text. Each call counts the input's characters:
    /// many are found together by [`Source::locate_all`].
    pub(crate) fn location(&self, offset: usize) -> Location {
        self.span(offset..offset).start
    }

    /// The bytes of the input where the text has `bytes`.
    pub(crate) fn input_range(&self, bytes: Range<usize>) -> Range<usize> {
        self.to_input(bytes.start)..self.to_input(bytes.end)
    }

    /// Sets the lines and columns of `spans` (whose bytes are character boundaries of the
    /// input, in any order). Each place is found on its own, in time that does not grow
    /// with the input: its line on the line of the place before, else by a binary search of
    /// the lines' starts; its column from [`CharCounts`], made once for all the spans.
    /// Nothing is sorted, and a notice on one long line costs what one of short lines does.
    pub(crate) fn locate_all<'s>(&self, spans: impl Iterator<Item = &'s mut Span>) {
        let counts = CharCounts::new(self.input);
        let before_line: Vec<usize> = self
            .line_starts
            .iter()
            .map(|at| counts.before(*at))
            .collect();
        // Most spans end on the line they start on, and many start on the line the one
        // before ended on (the layout's and the diagnostics' are in the input's order): each
        // place is looked for there first.
        let mut line = 0;
        for span in spans {
            let start;
            (start, line) = self.locate(&counts, &before_line, span.bytes.start, line);
            (span.end, line) = self.locate(&counts, &before_line, span.bytes.end, line);
            span.start = start;
        }
    }

    /// The line and column of byte `offset` of the input (its end, for an offset past it),
    /// and its line's index; `before_line` are the characters before each line. The offset
    /// is looked for on line `hint` first, then among all the lines.
    fn locate(
        &self,
        counts: &CharCounts<'_>,
        before_line: &[usize],
        offset: usize,
        hint: usize,
    ) -> (Location, usize) {
        let offset = offset.min(self.input.len());
        let starts = &self.line_starts;
        let on_hint = starts.get(hint).is_some_and(|start| *start <= offset)
            && starts.get(hint + 1).is_none_or(|next| offset < *next);
        let line = match on_hint {
            true => hint,
            // The first line starts at 0, so at least one start is at or before any offset.
            false => starts.partition_point(|start| *start <= offset) - 1,
        };
        let column = counts.before(offset) - before_line[line];
        let location = Location {
            line: line + 1,
            column: column + 1,
        };
        (location, line)
    }

    /// The span of the input where the text has `bytes`. Each call counts the input's
    /// characters: many spans are located together by [`Source::locate_all`].
    pub(crate) fn span(&self, bytes: Range<usize>) -> Span {
        let mut span = unlocated(self.input_range(bytes));
        self.locate_all(std::iter::once(&mut span));
        span
    }

    /// The non-blank lines of the text, each trimmed of blanks at both ends. A line that
    /// holds several paragraphs, as text from a page whose line breaks were lost does
    /// ("……予以公布。 一、党组履行……"), is cut where a blank follows a sentence's end.
    pub(crate) fn lines(&self) -> Vec<Piece<'a>> {
        let text = self.text;
        let mut lines = Vec::new();
        let blanks = blank_starts(text);
        // A line runs past its line end, which is one of the blanks: the last line, without
        // one, runs to the text's end.
        let line_ends = (blanks.iter().enumerate())
            .filter(|(_, at)| text.as_bytes()[**at] == b'\n')
            .map(|(k, at)| (k + 1, at + 1))
            .chain(std::iter::once((blanks.len(), text.len())));
        let (mut start, mut first_blank) = (0, 0);
        for (blanks_to_end, end) in line_ends {
            if start == end {
                // The text ends with a line end: no line after it.
                break;
            }
            let piece = Piece {
                text: &text[start..end],
                start,
            };
            let line_blanks = blanks[first_blank..blanks_to_end]
                .iter()
                .map(|at| at - start);
            let mut from = 0;
            for cut in paragraph_breaks(piece.text, line_blanks) {
                lines.push(piece.slice(from, cut).trim());
                from = cut;
            }
            lines.push(piece.from(from).trim());
            (start, first_blank) = (end, blanks_to_end);
        }
        lines.retain(|l| !l.is_empty());
        lines
    }
}

/// Where a line holds a lost line break: blanks after a sentence's end (。；！？) or a
/// section's heading (二、整改任务落实情况), before a section's or an item's marker (一、
/// （一）), or after a title's last word before the opening (……的通报 根据……), followed by
/// more text.
/// Gives the byte offsets where the next paragraph starts.
/// `blanks` are where the line's blanks start, in order.
fn paragraph_breaks(line: &str, blanks: impl Iterator<Item = usize>) -> Vec<usize> {
    const OPENING_STARTS: [&str; 3] = ["根据", "按照", "受"];
    let mut breaks = Vec::new();
    let mut segment = 0;
    let mut from = 0;
    for blanks in blanks {
        if blanks < from {
            // Within the run of blanks before.
            continue;
        }
        // The run of blanks from `blanks` to the text after it, at `at`.
        let at = line[blanks..]
            .find(|c: char| !is_blank(c))
            .map_or(line.len(), |k| blanks + k);
        from = at;
        if at == line.len() {
            break;
        }
        // The character before the blanks (the run is whole, so it is no blank), if any.
        if let Some(before) = line[..blanks].chars().next_back() {
            let ends_sentence = matches!(before, '。' | '；' | '！' | '？');
            // "二、整改任务落实情况 截至目前，……": a section's heading ends at the blank (the
            // line's indentation is no part of it).
            let heading = line[segment..blanks].trim_start_matches(is_blank);
            let ends_heading = !heading.contains(['。', '，', '；'])
                && matches!(
                    crate::text::source::layout::marker(Piece {
                        text: heading,
                        start: 0
                    }),
                    Some((crate::text::source::layout::Marker::Section(_), _, _))
                );
            let ends_title = crate::text::vocabulary::TITLE_ENDS
                .iter()
                .any(|e| line[..blanks].ends_with(e))
                && OPENING_STARTS.iter().any(|s| line[at..].starts_with(s));
            let rest = Piece {
                text: &line[at..],
                start: 0,
            };
            let starts_section_or_item = matches!(
                crate::text::source::layout::marker(rest),
                Some((
                    crate::text::source::layout::Marker::Section(_)
                        | crate::text::source::layout::Marker::Item(_),
                    _,
                    _
                ))
            );
            if ends_sentence || ends_title || ends_heading || starts_section_or_item {
                breaks.push(at);
                segment = at;
            }
        }
    }
    breaks
}

/// Where the blanks of `text` start, in order: found by the bytes they hold, each kind of
/// byte in a pass of its own (memchr's), since Chinese text has few of them. The first
/// byte of some blanks also starts other characters (E2 starts “ and ”), which the next
/// bytes tell apart ([`starts_blank`]).
fn blank_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let blank_at = |at: &usize| starts_blank(bytes, *at);
    let mut found: Vec<usize> = memchr::memchr3_iter(b'\n', b'\r', b' ', bytes)
        .chain(memchr::memchr3_iter(b'\t', 0x0B, 0x0C, bytes))
        .chain(memchr::memchr3_iter(0xC2, 0xE1, 0xE2, bytes).filter(blank_at))
        .chain(IDEOGRAPHIC_SPACE.find_iter(bytes))
        .chain(BYTE_ORDER_MARK.find_iter(bytes))
        .collect();
    // Each search gives its places in order: a merging sort joins the runs in linear time.
    found.sort();
    found
}

/// U+3000, the ideographic space, and U+FEFF, as searchers made once.
static IDEOGRAPHIC_SPACE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("\u{3000}"));
static BYTE_ORDER_MARK: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("\u{FEFF}"));

/// Whether a blank ([`is_blank`]) starts at byte `at` of `bytes`: Unicode white space, in
/// UTF-8, and the byte order mark.
fn starts_blank(bytes: &[u8], at: usize) -> bool {
    let next = |k: usize| bytes.get(at + k).copied();
    match bytes[at] {
        b'\t'..=b'\r' | b' ' => true,
        // U+0085, U+00A0.
        0xC2 => matches!(next(1), Some(0x85 | 0xA0)),
        // U+1680.
        0xE1 => next(1) == Some(0x9A) && next(2) == Some(0x80),
        // U+2000 to U+200A, U+2028, U+2029, U+202F; U+205F.
        0xE2 => match next(1) {
            Some(0x80) => matches!(next(2), Some(0x80..=0x8A | 0xA8 | 0xA9 | 0xAF)),
            Some(0x81) => next(2) == Some(0x9F),
            _ => false,
        },
        // U+3000, the ideographic space.
        0xE3 => next(1) == Some(0x80) && next(2) == Some(0x80),
        // U+FEFF.
        0xEF => next(1) == Some(0xBB) && next(2) == Some(0xBF),
        _ => false,
    }
}

/// A table of bytes, for [`normalize`]: ASCII ones only, since it passes eight bytes that
/// are none of them ASCII at once. Checked when the table is built, at compile time.
const fn byte_table(bytes: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut k = 0;
    while k < bytes.len() {
        assert!(bytes[k] < 0x80, "a table of ASCII bytes");
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
}

fn line_starts(input: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', input.as_bytes()).map(|i| i + 1))
        .collect()
}

/// How many characters stand before each block of [`CharCounts::BLOCK`] bytes of a text:
/// the characters before any offset are then one lookup and a count of the few bytes
/// before it in its block, eight at a time. Made in one pass over the text.
struct CharCounts<'t> {
    bytes: &'t [u8],
    before_block: Vec<usize>,
}

impl<'t> CharCounts<'t> {
    /// Sixteen bytes: of the sizes measured (8 to 64), the table is made and read with
    /// the fewest instructions in all.
    const BLOCK: usize = 16;
    /// Whole words, and few enough that their continuation bytes, summed in one byte
    /// ([`sum_of_bytes`]), stay under 256.
    const BLOCK_IS_WORDS: () = assert!(Self::BLOCK % 8 == 0 && Self::BLOCK < 256);

    fn new(text: &'t str) -> Self {
        let () = Self::BLOCK_IS_WORDS;
        let bytes = text.as_bytes();
        let mut before_block = Vec::with_capacity(bytes.len() / Self::BLOCK + 2);
        let mut chars = 0;
        for block in bytes.chunks_exact(Self::BLOCK) {
            before_block.push(chars);
            let ones = block
                .chunks_exact(8)
                .map(|word| continuation_bits(word_of(word)));
            chars += Self::BLOCK - sum_of_bytes(ones.sum());
        }
        before_block.push(chars);
        CharCounts {
            bytes,
            before_block,
        }
    }

    /// The characters before byte `offset` (a character boundary, at most the text's
    /// length).
    fn before(&self, offset: usize) -> usize {
        let block = offset / Self::BLOCK;
        let mut at = block * Self::BLOCK;
        // One bit a byte for each continuation byte of the whole words before the offset (a
        // block holds few, so that no byte of the sum overflows).
        let mut ones = 0;
        while at + 8 <= offset {
            ones += continuation_bits(word_of(&self.bytes[at..at + 8]));
            at += 8;
        }
        let whole_words = at - block * Self::BLOCK - sum_of_bytes(ones);
        let partial = offset - at;
        let in_word = match self.bytes.get(at..at + 8) {
            // The word's bytes before the offset, the others masked to nothing (which
            // counts as no continuation).
            Some(word) if partial > 0 => {
                let before = word_of(word) & ((1 << (8 * partial)) - 1);
                partial - sum_of_bytes(continuation_bits(before))
            }
            _ => starts_of_chars(&self.bytes[at..offset]),
        };
        self.before_block[block] + whole_words + in_word
    }
}

/// Eight bytes as a number, the first the lowest.
fn word_of(bytes: &[u8]) -> u64 {
    u64::from_le_bytes(bytes.try_into().expect("eight bytes"))
}

/// The bytes of `word` that continue a character (`10xxxxxx`: the high bit set and the next
/// not), as a 1 in the byte's lowest bit.
fn continuation_bits(word: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    (word & !(word << 1) & HIGH) >> 7
}

/// The sum of the eight bytes of `word`, which must be below 256: the multiplication adds
/// them into the highest (a popcount instruction is not in the baseline x86-64 every build
/// targets).
fn sum_of_bytes(word: u64) -> usize {
    (word.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize
}

/// How many characters start in `bytes` (at most a few): those not continuing one.
fn starts_of_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| **b & 0xC0 != 0x80).count()
}

/// The stretch of the input that `range` covers in the text made by joining `pieces` with
/// line ends (as multi-line values are): `None` when it spans a line end.
pub(crate) fn in_joined<'a>(pieces: &[Piece<'a>], range: Range<usize>) -> Option<Piece<'a>> {
    let mut offset = 0;
    for piece in pieces {
        let end = offset + piece.text.len();
        if range.start >= offset && range.end <= end {
            return Some(piece.slice(range.start - offset, range.end - offset));
        }
        offset = end + 1;
    }
    None
}

/// A slice of the input that knows where it lies.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Piece<'a> {
    pub(crate) text: &'a str,
    pub(crate) start: usize,
}

impl<'a> Piece<'a> {
    pub(crate) fn range(&self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }

    pub(crate) fn end(&self) -> usize {
        self.start + self.text.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The part from byte `from` to byte `to` of this piece.
    pub(crate) fn slice(&self, from: usize, to: usize) -> Piece<'a> {
        Piece {
            text: &self.text[from..to],
            start: self.start + from,
        }
    }

    pub(crate) fn from(&self, from: usize) -> Piece<'a> {
        self.slice(from, self.text.len())
    }

    pub(crate) fn to(&self, to: usize) -> Piece<'a> {
        self.slice(0, to)
    }

    /// Without blanks at either end.
    pub(crate) fn trim(&self) -> Piece<'a> {
        let start = self.text.len() - self.text.trim_start_matches(is_blank).len();
        let end = self.text.trim_end_matches(is_blank).len().max(start);
        self.slice(start, end)
    }

    /// Without the given characters at its end (closing punctuation).
    pub(crate) fn trim_end_chars(&self, chars: &[char]) -> Piece<'a> {
        let end = self
            .text
            .trim_end_matches(|c| chars.contains(&c) || is_blank(c))
            .len();
        self.to(end)
    }

    /// Without the given characters at its start.
    pub(crate) fn trim_start_chars(&self, chars: &[char]) -> Piece<'a> {
        let rest = self
            .text
            .trim_start_matches(|c| chars.contains(&c) || is_blank(c));
        self.from(self.text.len() - rest.len())
    }
}

/// A piece that is a whole text, for the tests.
#[cfg(test)]
pub(crate) fn piece(text: &str) -> Piece<'_> {
    Piece { text, start: 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_on_long_lines_count_characters_from_the_line_start() {
        // Mixed widths (1-, 2- and 3-byte characters) on lines short and long.
        let long = "一是整改a，é2".repeat(200);
        let input = format!("标题\n{long}\n短行x\n{long}{long}");
        let source = Source::plain(&input);
        let offsets: Vec<usize> = input.char_indices().step_by(7).map(|(at, _)| at).collect();
        let mut spans: Vec<Span> = offsets.iter().map(|at| unlocated(*at..*at)).collect();
        source.locate_all(spans.iter_mut());
        for (offset, span) in offsets.into_iter().zip(spans) {
            let line_start = input[..offset].rfind('\n').map_or(0, |at| at + 1);
            let expected = Location {
                line: input[..offset].matches('\n').count() + 1,
                column: input[line_start..offset].chars().count() + 1,
            };
            assert_eq!(span.start, expected, "at byte {offset}");
        }
    }

    #[test]
    fn blanks_are_told_by_their_bytes_as_by_their_characters() {
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            let mut bytes = [0; 4];
            let bytes = c.encode_utf8(&mut bytes).as_bytes();
            assert_eq!(starts_blank(bytes, 0), is_blank(c), "{c:?}");
            let text = format!("整改{c}“”。，{c}");
            let at = 6 + c.len_utf8() + 12;
            let expected = if is_blank(c) { vec![6, at] } else { vec![] };
            assert_eq!(blank_starts(&text), expected, "{c:?}");
        }
    }

    #[test]
    fn every_place_is_located_as_counting_from_the_start_would() {
        let input = "一、总体情况\n\n  abc，整改2024年3月完成。\r\n尾行ñ😀字\n";
        let source = Source::plain(input);
        let mut boundaries: Vec<usize> = input.char_indices().map(|(at, _)| at).collect();
        boundaries.push(input.len());
        let mut spans: Vec<Span> = boundaries.iter().map(|at| unlocated(*at..*at)).collect();
        source.locate_all(spans.iter_mut());
        for (at, span) in boundaries.iter().zip(&spans) {
            let before = &input[..*at];
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let expected = Location {
                line: before.matches('\n').count() + 1,
                column: input[line_start..*at].chars().count() + 1,
            };
            assert_eq!(span.start, expected, "byte {at}");
            assert_eq!(span.end, expected, "byte {at}");
        }
        // Every stretch between two places, on one line or across several, last first: a
        // place is looked for on the line of the one before, which is seldom its own here.
        let stretches: Vec<Range<usize>> = (boundaries.iter().enumerate())
            .flat_map(|(i, start)| boundaries[i..].iter().map(move |end| *start..*end))
            .rev()
            .collect();
        let mut located: Vec<Span> = stretches.iter().cloned().map(unlocated).collect();
        source.locate_all(located.iter_mut());
        let counted = |at: usize| {
            let before = &input[..at];
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            Location {
                line: before.matches('\n').count() + 1,
                column: input[line_start..at].chars().count() + 1,
            }
        };
        for (bytes, span) in stretches.iter().zip(&located) {
            assert_eq!(span.start, counted(bytes.start), "{bytes:?}");
            assert_eq!(span.end, counted(bytes.end), "{bytes:?}");
        }
    }

    #[test]
    fn lines_wrapped_at_a_fixed_width_are_joined_and_no_others() {
        let wrapped = "关于某镇整改情况的报告\n镇政府组织保洁员和志愿者开展集中清理\n行动，共清运沿岸垃圾约126吨，拆除违\n规搭建的临时棚屋7处，新设垃圾收集\n点15个。对全镇23座污水处理设施逐一\n检修，更换水泵11台，落实专人管护，\n设施运行率提升至100%。\n一、下一步工作打算\n某镇人民政府";
        let normalized = normalize(wrapped);
        let lines: Vec<&str> = normalized.text.lines().collect();
        assert_eq!(
            lines,
            [
                "关于某镇整改情况的报告",
                "镇政府组织保洁员和志愿者开展集中清理行动，共清运沿岸垃圾约126吨，拆除违规搭建的临时棚屋7处，新设垃圾收集点15个。对全镇23座污水处理设施逐一检修，更换水泵11台，落实专人管护，设施运行率提升至100%。",
                "一、下一步工作打算",
                "某镇人民政府"
            ]
        );
        round_trip(wrapped, &normalized);
        // A notice whose lines are its paragraphs, headings and labels is left as it is.
        let paragraphs = "关于某局巡察整改进展情况的通报\n根据区委统一部署，区委第二巡察组对某局党组开展了巡察。\n（一）关于学习不深入的问题\n开展专题学习4次，制定制度3项，组织培训2期，覆盖干部120人次。\n（二）关于财务管理不规范的问题\n清退违规资金4.2万元。\n联系电话：0763-3374341\n电子邮箱：abc@example.gov.cn";
        assert_eq!(normalize(paragraphs).edits, []);
        // A list of labelled lines of one width is a list; a label the width cut in two is
        // joined again.
        let list = "省委第一巡视组:某市某区某县某镇某乡某村某街道\n省委第二巡视组:某市甲区乙县丙县丁县戊县己县\n省委第三巡视组:省某某厅省某某局省某某医院某某\n省委第四巡视组:某州某市某县某区某县某县某县某\n省委第五巡视组:省某某委省某某中心省某某局省某";
        assert_eq!(normalize(list).text.lines().count(), 5);
        assert!(!starts_a_part(
            "联系电话：0793-5521846；电",
            "子邮箱：a@b.cn"
        ));
        assert!(starts_a_part(
            "联系电话：0793-5521846；",
            "电子邮箱：a@b.cn"
        ));
        assert!(starts_a_part("……某某县", "（二）关于某某问题"));
    }

    #[test]
    fn a_heading_run_into_its_text_is_cut_at_the_blank_even_when_indented() {
        for indent in ["", "\u{3000}\u{3000}", "  "] {
            let text = format!("{indent}二、整改任务落实情况 截至目前，已完成整改26个。");
            let lines = Source::plain(&text).lines();
            let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
            assert_eq!(
                texts,
                ["二、整改任务落实情况", "截至目前，已完成整改26个。"],
                "{indent:?}"
            );
        }
    }

    #[test]
    fn lines_are_trimmed_and_keep_their_place() {
        let text = "\u{FEFF}标题\r\n\r\n\u{3000}\u{3000}正文。  \n  \n尾";
        let source = Source::plain(text);
        let lines = source.lines();
        let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["标题", "正文。", "尾"]);
        for line in &lines {
            assert_eq!(&text[line.range()], line.text);
        }
        let location = source.location(lines[1].start);
        assert_eq!(location, Location { line: 3, column: 3 });
    }

    /// The source of `input` read as `normalized`, after checking that every character's
    /// place in the text maps to the input and back.
    fn round_trip<'a>(input: &'a str, normalized: &'a Normalized<'_>) -> Source<'a> {
        let source = Source::new(input, normalized);
        for (at, _) in normalized.text.char_indices() {
            assert_eq!(source.to_text(source.to_input(at)), at, "byte {at}");
        }
        source
    }

    #[test]
    fn ascii_punctuation_is_read_full_width_and_mapped_back() {
        let input = "根据区委部署,2024年(春)巡察:反馈1,234.5万元;9:00,见http://a.cn。";
        let normalized = normalize(input);
        assert_eq!(
            normalized.text,
            "根据区委部署，2024年（春）巡察：反馈1,234.5万元；9:00，见http://a.cn。"
        );
        let source = round_trip(input, &normalized);
        let at = normalized.text.find("巡察").unwrap();
        let piece = Piece {
            text: &normalized.text[at..],
            start: at,
        };
        let verbatim = source.verbatim(piece);
        assert_eq!(verbatim, "巡察:反馈1,234.5万元;9:00,见http://a.cn。");
        let span = source.span(piece.range());
        assert_eq!(&input[span.bytes], verbatim);
    }

    #[test]
    fn pinyin_glosses_are_left_out_of_the_text_and_kept_in_values() {
        let input = "省衛(wèi)健委會發(fā)布時間:2023-06-24,處罰(chǔ)5569人(次)(QY)。";
        let normalized = normalize(input);
        // Glosses go, the marks around them are widened, traditional is read simplified;
        // brackets without a tone mark, or not after a character, stay.
        assert_eq!(
            normalized.text,
            "省卫健委会发布时间：2023-06-24，处罚5569人（次）（QY）。"
        );
        let source = round_trip(input, &normalized);
        // A value ending with a glossed character keeps its gloss; one starting after it
        // starts after the gloss.
        let piece = |words: &str| {
            let at = normalized.text.find(words).unwrap();
            Piece {
                text: &normalized.text[at..at + words.len()],
                start: at,
            }
        };
        assert_eq!(source.verbatim(piece("卫健委")), "衛(wèi)健委");
        assert_eq!(source.verbatim(piece("健委")), "健委");
        assert_eq!(source.verbatim(piece("省卫")), "省衛(wèi)");
        assert_eq!(source.verbatim(piece("处罚5569人")), "處罰(chǔ)5569人");
        assert_eq!(source.verbatim(piece("5569人")), "5569人");
        // An offset inside a gloss is the end of the character it glosses.
        let inside = input.find("wèi").unwrap();
        assert_eq!(source.to_text(inside), normalized.text.find("健").unwrap());
    }
}
