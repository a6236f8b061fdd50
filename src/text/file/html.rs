//! A notice saved as a web page, reduced to the text a reader sees.
//!
//! The page is parsed by html5ever (through scraper), as a browser parses it: scripts,
//! styles, comments and the `<head>` are not text, and malformed markup is repaired the
//! standard way. Block elements (`<p>`, `<div>`, `<br>`, headings, table rows) end lines;
//! runs of ASCII whitespace inside a line collapse to one space, as a browser shows them,
//! while the ideographic space (U+3000) that indents Chinese paragraphs is kept. The page's
//! navigation and footer come out as lines of their own, which the parser keeps in
//! diagnostics.

use encoding_rs::Encoding;
use scraper::{Html, Node};

/// Whether bytes look like a web page: `<!DOCTYPE html` or `<html` first, after blanks.
pub(super) fn looks_like_html(start: &[u8]) -> bool {
    let trimmed = start.trim_ascii_start();
    let trimmed = trimmed.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(trimmed);
    let head: Vec<u8> = trimmed
        .iter()
        .take(14)
        .map(u8::to_ascii_lowercase)
        .collect();
    head.starts_with(b"<!doctype html") || head.starts_with(b"<html")
}

/// The `charset` a page declares in its first 1,024 bytes (`<meta charset="gbk">`, or
/// `content="text/html; charset=gb2312"`), if it names an encoding.
pub(super) fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head: Vec<u8> = bytes
        .iter()
        .take(1024)
        .map(u8::to_ascii_lowercase)
        .collect();
    let at = head.windows(8).position(|w| w == b"charset=")? + 8;
    let label: Vec<u8> = head[at..]
        .iter()
        .skip_while(|b| matches!(b, b'"' | b'\'' | b' '))
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        .copied()
        .collect();
    Encoding::for_label(&label)
}

/// Elements whose content is not text a reader sees.
const HIDDEN: [&str; 7] = [
    "head", "script", "style", "noscript", "template", "svg", "iframe",
];

/// Elements that start and end a line.
const BLOCKS: [&str; 30] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "section",
    "table",
    "tr",
];

/// How deep a page's elements may nest. Real pages nest a few dozen levels. html5ever's
/// time grows with the square of the depth (it searches its stack of open elements for
/// every tag): 4,000 levels take 0.8 s in a debug build, 100,000 take minutes. So a page
/// deeper than this is refused before it is parsed.
pub const MAX_DEPTH: usize = 2_000;

/// A page nested too deeply to parse in reasonable time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the page's elements nest {depth} levels deep by byte {offset}, more than {MAX_DEPTH}")]
#[non_exhaustive]
pub struct TooDeep {
    /// The depth reached.
    pub depth: usize,
    /// The byte offset of the tag that went past [`MAX_DEPTH`].
    pub offset: usize,
}

/// Elements that never have content, or whose end tag may be left out (the next one of
/// the same kind ends them): they do not count towards the depth.
const NOT_NESTING: [&[u8]; 21] = [
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
    b"source", b"track", b"wbr", b"p", b"li", b"td", b"th", b"tr", b"dt", b"dd", b"option",
];

/// An upper estimate of the page's depth from its tags alone: start tags of elements that
/// nest, less end tags. Over by the end tags a page leaves out, never under. Comments,
/// doctypes and stray `<` are not tags.
fn check_depth(page: &str) -> Result<(), TooDeep> {
    let bytes = page.as_bytes();
    let mut depth = 0usize;
    for (offset, _) in page.match_indices('<') {
        let rest = &bytes[offset + 1..];
        if rest.first() == Some(&b'/') {
            depth = depth.saturating_sub(1);
            continue;
        }
        let name_len = rest
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let name = rest[..name_len].to_ascii_lowercase();
        if name.is_empty() || NOT_NESTING.contains(&name.as_slice()) {
            continue;
        }
        depth += 1;
        if depth > MAX_DEPTH {
            return Err(TooDeep { depth, offset });
        }
    }
    Ok(())
}

/// The page's visible text, one line per block.
pub(super) fn to_text(page: &str) -> Result<String, TooDeep> {
    check_depth(page)?;
    let document = Html::parse_document(page);
    let mut text = Text::default();
    // Hidden elements nest (a <script> in a <noscript>): count the depth inside them.
    let mut hidden = 0usize;
    // `traverse` walks the tree without recursion, so a deeply nested page cannot
    // overflow the stack.
    for edge in document.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Element(element) if HIDDEN.contains(&element.name()) => hidden += 1,
                Node::Element(element) if hidden == 0 && BLOCKS.contains(&element.name()) => {
                    text.end_line();
                }
                Node::Element(element) if hidden == 0 && matches!(element.name(), "td" | "th") => {
                    text.space();
                }
                Node::Text(words) if hidden == 0 => text.push(words),
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => match node.value() {
                Node::Element(element) if HIDDEN.contains(&element.name()) => {
                    hidden = hidden.saturating_sub(1);
                }
                Node::Element(element) if hidden == 0 && BLOCKS.contains(&element.name()) => {
                    text.end_line();
                }
                _ => {}
            },
        }
    }
    Ok(text.finish())
}

/// The text being built: lines, with whitespace collapsed as a browser shows it.
#[derive(Default)]
struct Text {
    lines: Vec<String>,
    line: String,
    pending_space: bool,
}

impl Text {
    fn push(&mut self, words: &str) {
        for c in words.chars() {
            if c.is_ascii_whitespace() {
                self.space();
            } else {
                if std::mem::take(&mut self.pending_space) && !self.line.is_empty() {
                    self.line.push(' ');
                }
                self.line.push(c);
            }
        }
    }

    fn space(&mut self) {
        self.pending_space = true;
    }

    fn end_line(&mut self) {
        self.pending_space = false;
        let line = std::mem::take(&mut self.line);
        if !line.trim().is_empty() {
            self.lines.push(line.trim_end().to_owned());
        }
    }

    fn finish(mut self) -> String {
        self.end_line();
        let mut text = self.lines.join("\n");
        text.push('\n');
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_lines_and_hidden_elements_are_not_text() {
        let page = r#"<!DOCTYPE html><html><head><title>站点</title>
            <script>var x = "不是正文";</script><style>p{}</style></head>
            <body><nav><a href="/">首页</a> | <a>通知公告</a></nav>
            <div class="content"><h1>关于巡察整改进展情况的通报</h1>
            <p>　　根据   市委
            部署，<b>现将</b>情况通报如下。</p><p>一、整改工作</p>
            <table><tr><td>版权所有</td><td>某某市</td></tr></table>
            <!-- 注释 --></div></body></html>"#;
        assert_eq!(
            to_text(page).unwrap(),
            "首页 | 通知公告\n关于巡察整改进展情况的通报\n　　根据 市委 部署，现将情况通报如下。\n\
             一、整改工作\n版权所有 某某市\n"
        );
    }

    #[test]
    fn a_deeply_nested_page_is_refused_before_it_is_parsed() {
        let nested =
            |depth: usize| format!("{}整改{}", "<div>".repeat(depth), "</div>".repeat(depth));
        assert_eq!(to_text(&nested(MAX_DEPTH)).unwrap(), "整改\n");
        let error = to_text(&nested(100_000)).unwrap_err();
        assert_eq!(
            error,
            TooDeep {
                depth: MAX_DEPTH + 1,
                offset: 5 * MAX_DEPTH
            }
        );
        // Siblings, left-out end tags of paragraphs and void elements do not nest.
        let flat = "<p>整改<br><img src=x>".repeat(50_000);
        assert!(to_text(&flat).is_ok());
    }

    #[test]
    fn declared_charsets() {
        assert_eq!(
            declared_charset(br#"<html><head><meta charset="GBK">"#),
            Some(encoding_rs::GBK)
        );
        assert_eq!(
            declared_charset(
                br#"<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />"#
            ),
            Some(encoding_rs::GBK)
        );
        assert_eq!(declared_charset(b"<html><body>"), None);
        assert!(looks_like_html(b"\n  <!DOCTYPE HTML>"));
        assert!(!looks_like_html("中共某某委员会关于".as_bytes()));
    }
}
