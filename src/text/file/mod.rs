//! Saved notices to text: files in GBK/GB18030, UTF-16 or UTF-8, and web pages.
//!
//! The first phase, before [`parse`](super::parse): notices are published on web pages and
//! saved by whoever collects them, in whatever encoding the site or the editor used.
//! Chinese government sites still serve GBK/GB18030, and notices saved on Windows come as
//! UTF-16. This module (feature `files`) turns a file's bytes into the text a reader sees:
//!
//! - **the encoding**, strongest evidence first: one the caller names
//!   ([`ReadOptions::encoding`]); a byte-order mark; a web page's declared `charset`, if
//!   the bytes decode in it; UTF-16 without a mark, told by its zero bytes; valid UTF-8;
//!   otherwise the guess of Firefox's detector (chardetng) among the legacy encodings. The
//!   bytes must then decode without a single malformed sequence: a file is never read
//!   with replacement characters, so a GBK file cannot pass for broken UTF-8;
//! - **web pages** (by extension `.html`/`.htm`, or by their first bytes) are parsed as a
//!   browser parses them (html5ever) and reduced to their visible text, one line per block.
//!
//! The `rectify` command and the Python package read files through this module, so a file
//! reads the same in both.
//!
//! ```
//! use rectify::text::file::{self, Evidence, ReadOptions};
//!
//! let notice = "中共某县委宣传部关于十五届县委第三轮巡察整改进展情况的通报\n";
//! let (gbk, _, _) = encoding_rs::GBK.encode(notice);
//! let read = file::decode(&gbk, &ReadOptions::default())?;
//! assert_eq!(read.text, notice);
//! assert_eq!((read.encoding.name(), read.evidence), ("GBK", Evidence::Detected));
//!
//! let page = "<html><body><h1>关于巡察整改进展情况的通报</h1><p>一、整改工作</p></body></html>";
//! let read = file::decode(page.as_bytes(), &ReadOptions::default())?;
//! assert_eq!(read.text, "关于巡察整改进展情况的通报\n一、整改工作\n");
//! assert!(read.was_page);
//! # Ok::<(), rectify::text::file::FileError>(())
//! ```

mod decode;
mod html;

use std::io::Read;
use std::path::Path;

pub use encoding_rs::Encoding;

pub use decode::{DecodeError, Evidence};
pub use html::{MAX_DEPTH, TooDeep};

use crate::Limits;

/// How to read a file: what the caller knows of it. The default knows nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReadOptions {
    /// Read the bytes in this encoding, not the one detected (a byte-order mark of the
    /// same encoding is skipped). JSON is always UTF-8 (RFC 8259): name `UTF_8` for it.
    pub encoding: Option<&'static Encoding>,
    /// Whether the file is a web page: `None` to tell by its first bytes (`<!DOCTYPE
    /// html`, `<html`); [`read`] also takes `.html`/`.htm` for pages.
    pub page: Option<bool>,
}

impl ReadOptions {
    /// Options that read the bytes in `encoding`.
    pub fn in_encoding(encoding: &'static Encoding) -> Self {
        ReadOptions {
            encoding: Some(encoding),
            page: None,
        }
    }
}

/// A file's text, and how it was obtained.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct NoticeText {
    /// The text: what [`parse`](super::parse) reads. Line numbers of a web page count the
    /// lines of this text, one per block.
    pub text: String,
    /// The encoding the bytes were read in.
    pub encoding: &'static Encoding,
    /// Why that encoding.
    pub evidence: Evidence,
    /// Whether the file was a web page, reduced to its visible text.
    pub was_page: bool,
}

impl NoticeText {
    /// How the text was obtained, for a person: `GBK (detected from its bytes), a web
    /// page reduced to its text`.
    pub fn how(&self) -> String {
        let mut how = format!("{} ({})", self.encoding.name(), self.evidence);
        if self.was_page {
            how.push_str(", a web page reduced to its text (line numbers count its lines)");
        }
        how
    }
}

/// Why a file gave no text.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FileError {
    /// The file could not be read (missing, a folder, no permission).
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// The file is larger than [`Limits::max_input_bytes`]; it was not read whole.
    #[error("cannot read: larger than the limit of {max} bytes")]
    TooLarge {
        /// The limit, in bytes.
        max: usize,
    },
    /// The bytes are not text in the encoding chosen for them.
    #[error("cannot decode: {0}")]
    Decode(#[from] DecodeError),
    /// A web page too deeply nested to reduce to text.
    #[error("cannot read the page: {0}")]
    Page(#[from] TooDeep),
}

/// Reads the file at `path` as text: at most [`Limits::max_input_bytes`] of the default
/// limits (64 MiB), decoded as [`decode`](fn@decode) does. A file named `.html` or `.htm` is a page.
///
/// # Errors
///
/// [`FileError`]: the file cannot be read, is too large, is not text, or is a page nested
/// too deeply.
///
/// # Example
///
/// ```
/// use rectify::text::file::{self, ReadOptions};
///
/// let read = file::read("tests/fixtures/qingyuan-publicity-2025.txt", &ReadOptions::default())?;
/// assert!(read.text.starts_with("中共清远市委宣传部"));
/// assert_eq!(read.how(), "UTF-8 (valid UTF-8)");
///
/// let missing = file::read("no/such/notice.txt", &ReadOptions::default()).unwrap_err();
/// assert!(missing.to_string().starts_with("cannot read: "));
/// # Ok::<(), rectify::text::file::FileError>(())
/// ```
pub fn read(path: impl AsRef<Path>, options: &ReadOptions) -> Result<NoticeText, FileError> {
    let path = path.as_ref();
    let by_name = is_page_name(path).then_some(true);
    let options = ReadOptions {
        page: options.page.or(by_name),
        ..*options
    };
    read_from(std::fs::File::open(path)?, &options)
}

/// Reads a notice from `reader` (standard input, a pipe) as [`read`] reads a file: at most
/// [`Limits::max_input_bytes`] of the default limits, decoded as [`decode`](fn@decode) does.
///
/// # Errors
///
/// As [`read`].
///
/// # Example
///
/// ```
/// use rectify::text::file::{self, ReadOptions};
///
/// let (gbk, _, _) = encoding_rs::GBK.encode("关于巡察整改进展情况的通报\n");
/// let read = file::read_from(&gbk[..], &ReadOptions::default())?;
/// assert_eq!(read.text, "关于巡察整改进展情况的通报\n");
/// # Ok::<(), rectify::text::file::FileError>(())
/// ```
pub fn read_from(reader: impl Read, options: &ReadOptions) -> Result<NoticeText, FileError> {
    decode(
        &read_limited(reader, Limits::default().max_input_bytes)?,
        options,
    )
}

/// Whether a file's name says it is a web page.
fn is_page_name(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| {
            extension.eq_ignore_ascii_case("html") || extension.eq_ignore_ascii_case("htm")
        })
}

/// Reads at most one byte more than `max` from `reader`, so that a huge input is refused
/// without being read whole.
///
/// # Errors
///
/// [`FileError::Io`] when reading fails, [`FileError::TooLarge`] past `max`.
///
/// # Example
///
/// ```
/// use rectify::text::file::{self, FileError};
///
/// let bytes = file::read_limited("整改".as_bytes(), 6)?;
/// assert_eq!(bytes.len(), 6);
/// assert!(matches!(file::read_limited("整改".as_bytes(), 5), Err(FileError::TooLarge { max: 5 })));
/// # Ok::<(), FileError>(())
/// ```
pub fn read_limited(reader: impl Read, max: usize) -> Result<Vec<u8>, FileError> {
    let mut bytes = Vec::new();
    reader
        .take(u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() > max {
        return Err(FileError::TooLarge { max });
    }
    Ok(bytes)
}

/// Decodes a saved notice's bytes to the text a reader sees: in the encoding the evidence
/// points to (see the [module](self)), and a web page reduced to its visible text.
///
/// # Errors
///
/// [`FileError::Decode`] with the byte offset of the first malformed sequence, and
/// [`FileError::Page`] for a page nested deeper than [`MAX_DEPTH`].
///
/// # Example
///
/// ```
/// use rectify::text::file::{self, Evidence, ReadOptions};
///
/// // UTF-16 saved without a byte-order mark: the line end's zero byte tells it.
/// let units: Vec<u8> = "关于巡察整改情况的通报\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
/// let read = file::decode(&units, &ReadOptions::default())?;
/// assert_eq!((read.text.as_str(), read.evidence), ("关于巡察整改情况的通报\n", Evidence::ZeroBytes));
///
/// let broken = file::decode(b"\xFF", &ReadOptions::in_encoding(file::Encoding::for_label(b"utf-8").unwrap()));
/// assert_eq!(broken.unwrap_err().to_string(),
///     "cannot decode: not text in UTF-8 (as named): a malformed sequence at byte 0");
/// # Ok::<(), rectify::text::file::FileError>(())
/// ```
pub fn decode(bytes: &[u8], options: &ReadOptions) -> Result<NoticeText, FileError> {
    let was_page = options
        .page
        .unwrap_or_else(|| html::looks_like_html(&bytes[..bytes.len().min(64)]));
    let declared = was_page.then(|| html::declared_charset(bytes)).flatten();
    let decoded = decode::decode(bytes, options.encoding, declared)?;
    let text = if was_page {
        html::to_text(&decoded.text)?
    } else {
        decoded.text
    };
    Ok(NoticeText {
        text,
        encoding: decoded.encoding,
        evidence: decoded.evidence,
        was_page,
    })
}
