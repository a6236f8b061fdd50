//! The input as the parser sees it: lines with their byte offsets, and places in it
//! ([`Span`], [`Location`]) that point back to the original text, whatever its line ends,
//! byte order mark or indentation.

use std::ops::Range;

/// A line and column in the input, both counted from 1; the column counts characters, not
/// bytes (a Chinese character is one column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// The line, from 1.
    pub line: usize,
    /// The column in characters, from 1.
    pub column: usize,
}

/// A stretch of the input: its byte range and where it starts and ends (the end is the
/// location just past its last character).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Span {
    /// The byte range in the input.
    pub bytes: Range<usize>,
    /// Where it starts.
    pub start: Location,
    /// Just past its last character.
    pub end: Location,
}

/// Whether `c` is blank for the parser: Unicode whitespace (spaces, the ideographic space
/// U+3000, no-break spaces, line ends) and the byte order mark U+FEFF, which web pages leave
/// at the start of saved text.
pub(crate) fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}'
}

/// The label of `labels` (a word followed by a full-width or ASCII colon) that starts at byte
/// `at` of `text`: its value and the length of word and colon. Labels that start another
/// (公示期限, 公示期) must come longest first.
pub(crate) fn label_at<T: Copy>(text: &str, at: usize, labels: &[(&str, T)]) -> Option<(T, usize)> {
    labels.iter().find_map(|(word, value)| {
        let rest = text[at..].strip_prefix(word)?;
        let colon = ['：', ':'].into_iter().find(|c| rest.starts_with(*c))?;
        Some((*value, word.len() + colon.len_utf8()))
    })
}

/// The input with an index of where its lines start.
pub(crate) struct Source<'a> {
    pub(crate) text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> Source<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Source { text, line_starts }
    }

    /// The location of a byte offset (which must fall on a character boundary).
    pub(crate) fn location(&self, offset: usize) -> Location {
        let line = self.line_starts.partition_point(|start| *start <= offset);
        let start = self.line_starts[line - 1];
        let column = self.text[start..offset].chars().count() + 1;
        Location { line, column }
    }

    pub(crate) fn span(&self, bytes: Range<usize>) -> Span {
        Span {
            start: self.location(bytes.start),
            end: self.location(bytes.end),
            bytes,
        }
    }

    /// The non-blank lines, each trimmed of blanks at both ends.
    pub(crate) fn lines(&self) -> Vec<Piece<'a>> {
        let mut offset = 0;
        self.text
            .split_inclusive('\n')
            .filter_map(|line| {
                let piece = Piece {
                    text: line,
                    start: offset,
                };
                offset += line.len();
                let piece = piece.trim();
                (!piece.is_empty()).then_some(piece)
            })
            .collect()
    }
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_trimmed_and_keep_their_place() {
        let text = "\u{FEFF}标题\r\n\r\n\u{3000}\u{3000}正文。  \n  \n尾";
        let source = Source::new(text);
        let lines = source.lines();
        let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["标题", "正文。", "尾"]);
        for line in &lines {
            assert_eq!(&text[line.range()], line.text);
        }
        let location = source.location(lines[1].start);
        assert_eq!(location, Location { line: 3, column: 3 });
    }
}
