//! Texts: required ones are not empty, and no text has blanks at its ends (emptyText,
//! untrimmedText).

use super::{Checker, Code, Segment};

impl<'r> Checker<'r> {
    /// A text the contract requires: not empty, trimmed.
    pub(super) fn text<S: Segment<'r>>(&mut self, segment: S, text: &str) {
        if ends_in_no_blank(text) {
            return;
        }
        if text.trim().is_empty() {
            self.flag_at(segment, Code::EmptyText, "the text is empty");
        } else {
            self.flag_at(
                segment,
                Code::UntrimmedText,
                "the text has leading or trailing whitespace",
            );
        }
    }

    /// An optional text: when present it follows the same rules, because an empty string
    /// where the field could be omitted is a mistake, never a statement.
    pub(super) fn optional_text<S: Segment<'r>>(&mut self, segment: S, text: Option<&str>) {
        if let Some(text) = text {
            self.text(segment, text);
        }
    }
}

/// Whether a text is not empty and neither starts nor ends with whitespace: only the two
/// ends can be whitespace in a trimmed text, so only they are looked at, in their UTF-8
/// bytes (decoding them and asking `char::is_whitespace` was a quarter of `validate`).
fn ends_in_no_blank(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some(&lead) = bytes.first() else {
        return false;
    };
    let first_len = match lead {
        0x00..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    };
    // The last character starts at the last byte that is not a continuation (0b10xxxxxx).
    let last_start = (bytes.len().saturating_sub(4)..bytes.len())
        .rev()
        .find(|&at| bytes[at] & 0xC0 != 0x80)
        .unwrap_or(0);
    let first = &bytes[..first_len.min(bytes.len())];
    !is_whitespace_utf8(first) && !is_whitespace_utf8(&bytes[last_start..])
}

/// Whether one character's UTF-8 bytes are whitespace, as `char::is_whitespace` says:
/// U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
/// U+205F and U+3000.
fn is_whitespace_utf8(c: &[u8]) -> bool {
    matches!(
        c,
        [b'\t'..=b'\r' | b' ']
            | [0xC2, 0x85 | 0xA0]
            | [0xE1, 0x9A, 0x80]
            | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF]
            | [0xE2, 0x81, 0x9F]
            | [0xE3, 0x80, 0x80]
    )
}

#[cfg(test)]
mod tests {
    use super::{ends_in_no_blank, is_whitespace_utf8};

    #[test]
    fn whitespace_is_told_from_bytes_as_char_tells_it() {
        let mut buffer = [0u8; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(
                is_whitespace_utf8(c.encode_utf8(&mut buffer).as_bytes()),
                c.is_whitespace(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn ends_are_told_as_char_is_whitespace_tells_them() {
        let blanks = [
            ' ', '\t', '\n', '\u{85}', '\u{A0}', '\u{1680}', '\u{2003}', '\u{2028}', '\u{202F}',
            '\u{205F}', '\u{3000}',
        ];
        let others = [
            'a', '整', '。', '（', '\u{2010}', '\u{3001}', '\u{E9}', '😀', '\u{1C}',
        ];
        for blank in blanks {
            assert!(
                !ends_in_no_blank(&format!("{blank}整改")),
                "{blank:?} first"
            );
            assert!(!ends_in_no_blank(&format!("整改{blank}")), "{blank:?} last");
        }
        for other in others {
            let text = format!("{other}整改{other}");
            assert_eq!(ends_in_no_blank(&text), !other.is_whitespace(), "{other:?}");
        }
        assert!(!ends_in_no_blank(""));
        assert!(ends_in_no_blank("整"));
    }
}
