//! Bytes to text: which encoding a saved notice is in, and its text.
//!
//! Chinese government sites still serve GBK/GB18030, and notices saved on Windows come as
//! UTF-16. The order of evidence, strongest first:
//!
//! 1. an encoding the user named (`--encoding`);
//! 2. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
//! 3. a web page's declared `charset`, if the bytes decode in it without error;
//! 4. UTF-16 without a mark, when one byte of every pair is mostly zero;
//! 5. valid UTF-8 (a GBK text of any length is almost never valid UTF-8);
//! 6. otherwise chardetng's guess among the legacy encodings (GBK, Big5, …).
//!
//! Whatever the choice, the bytes must decode without a single malformed sequence: a file
//! is never read with replacement characters, so a GBK file cannot pass for broken UTF-8.

use std::fmt;

use encoding_rs::{DecoderResult, Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// A file's text and how it was decoded.
#[derive(Debug)]
pub(super) struct Decoded {
    pub(super) text: String,
    pub(super) encoding: &'static Encoding,
    pub(super) evidence: Evidence,
}

/// Why an encoding was chosen, strongest evidence first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Evidence {
    /// The caller named it ([`ReadOptions::encoding`](super::ReadOptions::encoding)).
    Named,
    /// The bytes start with a byte-order mark.
    ByteOrderMark,
    /// A web page's `charset`, and the bytes decode in it.
    Declared,
    /// UTF-16 without a mark, told by its zero bytes.
    ZeroBytes,
    /// The bytes are valid UTF-8.
    ValidUtf8,
    /// Detected from the bytes' statistics among the legacy encodings (GBK, Big5, …).
    Detected,
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Evidence::Named => "as named",
            Evidence::ByteOrderMark => "from its byte-order mark",
            Evidence::Declared => "as the page declares",
            Evidence::ZeroBytes => "from its zero bytes, without a byte-order mark",
            Evidence::ValidUtf8 => "valid UTF-8",
            Evidence::Detected => "detected from its bytes",
        })
    }
}

/// Bytes that are not text in the encoding chosen for them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not text in {encoding} ({evidence}): a malformed sequence at byte {offset}")]
#[non_exhaustive]
pub struct DecodeError {
    /// The encoding tried (its WHATWG name: `GBK`, `UTF-8`).
    pub encoding: &'static str,
    /// Why it was tried.
    pub evidence: Evidence,
    /// The byte offset of the first malformed sequence.
    pub offset: usize,
}

/// Decodes `bytes`, in `named` if given; `declared` is a web page's `charset`, if any.
pub(super) fn decode(
    bytes: &[u8],
    named: Option<&'static Encoding>,
    declared: Option<&'static Encoding>,
) -> Result<Decoded, DecodeError> {
    if let Some(encoding) = named {
        let without_bom = strip_bom(bytes, encoding);
        return decode_strictly(without_bom, encoding, Evidence::Named);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return decode_strictly(&bytes[bom_len..], encoding, Evidence::ByteOrderMark);
    }
    if let Some(encoding) = declared
        && let Ok(decoded) = decode_strictly(bytes, encoding, Evidence::Declared)
    {
        return Ok(decoded);
    }
    if let Some(encoding) = utf16_by_zero_bytes(bytes) {
        return decode_strictly(bytes, encoding, Evidence::ZeroBytes);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: UTF_8,
            evidence: Evidence::ValidUtf8,
        });
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    decode_strictly(bytes, guess, Evidence::Detected)
}

/// A mark of the named encoding is not text.
fn strip_bom<'b>(bytes: &'b [u8], encoding: &'static Encoding) -> &'b [u8] {
    match Encoding::for_bom(bytes) {
        Some((found, len)) if found == encoding => &bytes[len..],
        _ => bytes,
    }
}

/// UTF-16 saved without a mark. UTF-8 and GBK text never has a zero byte, while UTF-16
/// text nearly always does (the high byte of every digit, Latin letter and line end). So
/// only a text with zero bytes is tried, in both byte orders; the one whose characters are
/// nearly all readable (CJK, Latin, punctuation, line ends) wins.
fn utf16_by_zero_bytes(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 2 || !bytes.len().is_multiple_of(2) || !bytes.contains(&0) {
        return None;
    }
    let readable_share = |encoding: &'static Encoding| {
        let (text, malformed) = encoding.decode_without_bom_handling(bytes);
        if malformed {
            return 0.0;
        }
        let (mut readable, mut all) = (0usize, 0usize);
        for c in text.chars() {
            all += 1;
            readable += usize::from(is_readable(c));
        }
        readable as f64 / all.max(1) as f64
    };
    [UTF_16LE, UTF_16BE]
        .into_iter()
        .map(|encoding| (encoding, readable_share(encoding)))
        .filter(|(_, share)| *share >= 0.9)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(encoding, _)| encoding)
}

/// Characters a notice is written in: CJK ideographs and punctuation, full-width forms,
/// printable ASCII and whitespace.
fn is_readable(c: char) -> bool {
    matches!(c,
        '\u{20}'..='\u{7E}' | '\t' | '\n' | '\r'
        | '\u{3000}'..='\u{303F}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}'
        | '\u{2010}'..='\u{206F}' | '\u{A0}'..='\u{FF}')
}

/// Decodes without replacement: the first malformed sequence is an error at its offset.
fn decode_strictly(
    bytes: &[u8],
    encoding: &'static Encoding,
    evidence: Evidence,
) -> Result<Decoded, DecodeError> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3));
    let mut text = String::with_capacity(capacity);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    match result {
        DecoderResult::InputEmpty => Ok(Decoded {
            text,
            encoding,
            evidence,
        }),
        DecoderResult::Malformed(bad, after) => Err(DecodeError {
            encoding: encoding.name(),
            evidence,
            offset: read - usize::from(bad) - usize::from(after),
        }),
        // The buffer was sized for the worst case, so output never runs out.
        DecoderResult::OutputFull => Err(DecodeError {
            encoding: encoding.name(),
            evidence,
            offset: read,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOTICE: &str = "中共清远市委宣传部关于八届市委第五轮巡察整改进展情况的通报\n\
        根据市委统一部署，2024年3月27日至6月28日，市委第二巡察组对我部进行了巡察。";

    #[test]
    fn gbk_is_detected_and_never_read_as_utf8() {
        let (bytes, _, _) = encoding_rs::GBK.encode(NOTICE);
        assert!(std::str::from_utf8(&bytes).is_err());
        let decoded = decode(&bytes, None, None).unwrap();
        assert_eq!(decoded.text, NOTICE);
        assert_eq!(decoded.encoding, encoding_rs::GBK);
        assert_eq!(decoded.evidence, Evidence::Detected);
    }

    #[test]
    fn utf16_with_and_without_a_mark() {
        for (encoding, bom) in [(UTF_16LE, &[0xFF, 0xFE]), (UTF_16BE, &[0xFE, 0xFF])] {
            let units: Vec<u8> = NOTICE
                .encode_utf16()
                .flat_map(|u| {
                    if encoding == UTF_16LE {
                        u.to_le_bytes()
                    } else {
                        u.to_be_bytes()
                    }
                })
                .collect();
            let marked = [bom.as_slice(), &units].concat();
            let with_mark = decode(&marked, None, None).unwrap();
            assert_eq!(
                (with_mark.text.as_str(), with_mark.encoding),
                (NOTICE, encoding)
            );
            assert_eq!(with_mark.evidence, Evidence::ByteOrderMark);
            let without = decode(&units, None, None).unwrap();
            assert_eq!(
                (without.text.as_str(), without.encoding),
                (NOTICE, encoding)
            );
            assert_eq!(without.evidence, Evidence::ZeroBytes);
        }
    }

    #[test]
    fn utf8_with_a_mark_loses_the_mark() {
        let bytes = [b"\xEF\xBB\xBF".as_slice(), NOTICE.as_bytes()].concat();
        let decoded = decode(&bytes, None, None).unwrap();
        assert_eq!(
            (decoded.text.as_str(), decoded.evidence),
            (NOTICE, Evidence::ByteOrderMark)
        );
    }

    #[test]
    fn a_wrong_declaration_gives_way_to_the_bytes() {
        let decoded = decode(NOTICE.as_bytes(), None, Some(encoding_rs::SHIFT_JIS)).unwrap();
        assert_eq!((decoded.text.as_str(), decoded.encoding), (NOTICE, UTF_8));
    }

    #[test]
    fn a_named_encoding_that_does_not_fit_says_where() {
        let mut bytes = NOTICE.as_bytes().to_vec();
        bytes.insert(6, 0xFF);
        let error = decode(&bytes, Some(UTF_8), None).unwrap_err();
        assert_eq!((error.encoding, error.offset), ("UTF-8", 6));
        assert!(error.to_string().contains("byte 6"), "{error}");
    }
}
