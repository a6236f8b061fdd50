//! A review page of a parsed notice: the text as written, with every value marked where it
//! was read, beside the report it gave, so that whoever builds a dataset can check the
//! extraction before trusting it (as displaCy and brat show entities on their text).
//!
//! [`review_html`] writes one self-contained HTML file: its style and script are inline,
//! it loads nothing from the network, and it reads offline in any browser.
//!
//! - **The text**, line by line as written. Each span of [`Parsed::spans`] is one `<mark>`
//!   carrying its JSON Pointer in `data-pointer` and a class for what it is (`k-date`,
//!   `k-party`, `k-figure`, `k-source`, `k-document`, `k-deadline`, `k-status`,
//!   `k-contact`, `k-text`); layout (markers, headings, labels) is a quieter `<span
//!   class="l">`; text the parser could not place is a `<mark class="k-unplaced">`
//!   with the diagnostic's message in `data-diagnostic`. Spans nest as their ranges do;
//!   one that starts inside another and ends beyond it is cut at the other's end.
//! - **The report** as a tree (`role="tree"`), each node with its pointer, drawn by the
//!   page's script from the report's JSON a level at a time, and the lists of diagnostics
//!   and of validation violations.
//! - **Selecting** a value (click, or Enter on the focused element) highlights it in the
//!   text and in the tree and scrolls the other side to it; a filter shows one kind at a
//!   time. Light and dark color schemes, narrow screens, the keyboard and screen readers
//!   (ARIA roles, labels) are served; Chinese text is set in the system's CJK fonts.

use std::fmt::Write as _;

use serde_json::Value;

use crate::text::Parsed;

/// The page's style, inline.
const STYLE: &str = include_str!("review.css");
/// The page's script, inline: selection, filter, keyboard.
const SCRIPT: &str = include_str!("review.js");

/// What a marked value is, for its color and the filter, told from its JSON Pointer.
fn kind_of(pointer: &str) -> &'static str {
    let last = pointer.rsplit('/').next().unwrap_or("");
    let under = |part: &str| pointer.contains(part);
    if pointer.starts_with("/timeline") {
        "date"
    } else if under("/indicators/") {
        if last == "source" { "source" } else { "figure" }
    } else if pointer.starts_with("/progress") {
        "figure"
    } else if under("/documents/") {
        "document"
    } else if under("/deadline") {
        "deadline"
    } else if last == "status" {
        "status"
    } else if pointer.starts_with("/publicFeedback") {
        "contact"
    } else if pointer.starts_with("/parties")
        || pointer == "/issuer"
        || matches!(last, "inspector" | "inspected" | "convenedBy")
        || under("/parties/")
    {
        "party"
    } else {
        "text"
    }
}

/// The kinds a reader can show or hide, with their labels in the filter.
const KINDS: [(&str, &str); 10] = [
    ("date", "dates 日期"),
    ("party", "parties 主体"),
    ("figure", "figures 数据"),
    ("source", "figure sources 原文"),
    ("document", "documents 文件"),
    ("deadline", "deadlines 时限"),
    ("status", "statuses 状态"),
    ("contact", "contacts 联系方式"),
    ("text", "texts 文本"),
    ("unplaced", "unplaced 未归位"),
];

/// One stretch of the text to mark.
struct Mark<'p> {
    start: usize,
    end: usize,
    what: What<'p>,
}

enum What<'p> {
    Value(&'p str),
    Layout,
    Diagnostic(usize),
}

/// The review page of `input` (the text `parsed` was read from), as one self-contained HTML
/// document.
///
/// # Example
///
/// ```
/// let text = include_str!("../../../tests/fixtures/qingyuan-publicity-2025.txt");
/// let parsed = rectify::text::parse(text)?;
/// let page = rectify::text::review_html(text, &parsed);
/// assert!(page.starts_with("<!DOCTYPE html>"));
/// // Each value is marked where it was read, with its JSON Pointer.
/// assert!(page.contains(r#"data-pointer="/timeline/feedback""#));
/// # Ok::<(), rectify::text::ParseError>(())
/// ```
pub fn review_html(input: &str, parsed: &Parsed) -> String {
    let validation = parsed.report.validate();
    let report = serde_json::to_value(&parsed.report).unwrap_or(Value::Null);
    let mut page = String::with_capacity(input.len() * 4 + 64 * 1024);
    let title = if parsed.report.title.is_empty() {
        "(no title)"
    } else {
        &parsed.report.title
    };
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n<title>Review: {}</title>\n\
         <style>{STYLE}</style>\n</head>\n<body>\n",
        escape(title)
    );
    summary(&mut page, input, parsed, &validation, title);
    filter(&mut page);
    page.push_str("<main>\n<section class=\"text-pane\" aria-label=\"The notice as written\">\n<h2>Text</h2>\n<div class=\"text\" id=\"text\" tabindex=\"0\" aria-label=\"The notice: arrow keys move between the values read, Enter selects\">");
    marked_text(&mut page, input, parsed);
    page.push_str("</div>\n</section>\n<section class=\"report-pane\" aria-label=\"What was read\">\n<h2>Report</h2>\n<ul role=\"tree\" aria-label=\"The report\" class=\"tree\" id=\"tree\"></ul>\n");
    // The tree is drawn by the script from the report's JSON, a level at a time as it is
    // opened: a large notice's report has millions of nodes, too many to write out.
    page.push_str("<script type=\"application/json\" id=\"report-data\">");
    page.push_str(&script_safe(&report.to_string()));
    page.push_str("</script>\n");
    diagnostics(&mut page, parsed);
    violations(&mut page, &validation);
    page.push_str("</section>\n</main>\n<script>");
    page.push_str(SCRIPT);
    page.push_str("</script>\n</body>\n</html>\n");
    page
}

/// The counts at the top: what was read, how much of the text, what is wrong.
fn summary(
    page: &mut String,
    input: &str,
    parsed: &Parsed,
    validation: &crate::Validation,
    title: &str,
) {
    let report = &parsed.report;
    let coverage = parsed.coverage(input);
    let measures = report.measures().count();
    let figures = report.all_indicators().count();
    let _ = write!(
        page,
        "<header>\n<h1>{}</h1>\n<dl class=\"summary\">\
         <div><dt>areas</dt><dd>{}</dd></div>\
         <div><dt>measures</dt><dd>{measures}</dd></div>\
         <div><dt>figures</dt><dd>{figures}</dd></div>\
         <div><dt>parties</dt><dd>{}</dd></div>\
         <div><dt>values marked</dt><dd>{}</dd></div>\
         <div><dt>coverage</dt><dd>{:.1}%</dd></div>\
         <div><dt>diagnostics</dt><dd>{}</dd></div>\
         <div><dt>errors</dt><dd>{}</dd></div>\
         <div><dt>warnings</dt><dd>{}</dd></div>\
         </dl>\n</header>\n",
        escape(title),
        report.areas.len(),
        report.parties.len(),
        parsed.spans.len(),
        coverage.ratio() * 100.0,
        parsed.diagnostics.len(),
        validation.errors().count(),
        validation.warnings().count(),
    );
}

/// The filter: one checkbox per kind.
fn filter(page: &mut String) {
    page.push_str("<fieldset class=\"filter\"><legend>Show</legend>");
    for (kind, label) in KINDS {
        let _ = write!(
            page,
            "<label class=\"k-{kind}\"><input type=\"checkbox\" data-kind=\"{kind}\" checked> {label}</label>"
        );
    }
    page.push_str(
        "<button type=\"button\" id=\"only-unplaced\">only what was not placed</button></fieldset>\n",
    );
}

/// The input, escaped, with every span marked: values, layout, diagnostics.
fn marked_text(page: &mut String, input: &str, parsed: &Parsed) {
    let mut marks: Vec<Mark<'_>> = parsed
        .spans
        .iter()
        .map(|(pointer, span)| Mark {
            start: span.bytes.start,
            end: span.bytes.end,
            what: What::Value(pointer),
        })
        .chain(parsed.layout.iter().map(|span| Mark {
            start: span.bytes.start,
            end: span.bytes.end,
            what: What::Layout,
        }))
        .chain(
            parsed
                .diagnostics
                .iter()
                .enumerate()
                .filter(|(_, d)| !d.span.bytes.is_empty())
                .map(|(i, d)| Mark {
                    start: d.span.bytes.start,
                    end: d.span.bytes.end,
                    what: What::Diagnostic(i),
                }),
        )
        .filter(|m| m.start < m.end && m.end <= input.len())
        .collect();
    // Outer before inner: by start, then the longer first; a value outside its layout.
    marks.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(rank(&a.what).cmp(&rank(&b.what)))
    });
    // The open elements: where each ends, and its closing tag.
    let mut open: Vec<(usize, &str)> = Vec::new();
    let mut text = Chunks::new(page);
    let mut at = 0;
    for mark in &marks {
        while let Some(&(end, tag)) = open.last()
            && end <= mark.start
        {
            text.push(&input[at..end], open.len());
            at = end;
            text.page.push_str(tag);
            open.pop();
        }
        let end = open
            .last()
            .map_or(mark.end, |&(outer, _)| mark.end.min(outer));
        text.push(&input[at..mark.start], open.len());
        at = mark.start;
        let tag = open_tag(text.page, mark, parsed);
        open.push((end, tag));
    }
    while let Some((end, tag)) = open.pop() {
        text.push(&input[at..end], open.len() + 1);
        at = end;
        text.page.push_str(tag);
    }
    text.push(&input[at..], 0);
    text.page.push_str("</div>");
}

/// The text written in blocks of some lines each, cut at a line end outside every mark:
/// the browser lays out only the blocks on screen (`content-visibility: auto`), so that a
/// notice of megabytes opens at once.
struct Chunks<'p> {
    page: &'p mut String,
    /// Bytes written into the current block.
    written: usize,
    /// The block is full and the text written ends a line: the next text outside every
    /// mark starts a new block.
    full: bool,
}

impl<'p> Chunks<'p> {
    /// About this many bytes of text a block.
    const SIZE: usize = 8 * 1024;

    fn new(page: &'p mut String) -> Self {
        page.push_str("<div class=\"chunk\">");
        Chunks {
            page,
            written: 0,
            full: false,
        }
    }

    fn cut(&mut self) {
        self.page.push_str("</div><div class=\"chunk\">");
        self.written = 0;
        self.full = false;
    }

    /// Writes `text`, escaped, inside `depth` open elements; outside every element, a new
    /// block starts after a line end once the block is full.
    fn push(&mut self, text: &str, depth: usize) {
        if depth > 0 {
            self.written += text.len();
            escape_into(self.page, text);
            return;
        }
        if self.full {
            self.cut();
        }
        let mut rest = text;
        while let Some(line_end) = rest.find('\n') {
            let (line, after) = rest.split_at(line_end + 1);
            escape_into(self.page, line);
            self.written += line.len();
            rest = after;
            if self.written >= Self::SIZE {
                if rest.is_empty() {
                    self.full = true;
                } else {
                    self.cut();
                }
            }
        }
        self.written += rest.len();
        escape_into(self.page, rest);
    }
}

/// Which of several marks on the same stretch comes outside: diagnostics, values, layout.
fn rank(what: &What<'_>) -> u8 {
    match what {
        What::Diagnostic(_) => 0,
        What::Value(_) => 1,
        What::Layout => 2,
    }
}

/// Opens the element of a mark, and gives its closing tag.
fn open_tag(page: &mut String, mark: &Mark<'_>, parsed: &Parsed) -> &'static str {
    match &mark.what {
        What::Value(pointer) => {
            let _ = write!(
                page,
                "<mark class=\"v k-{}\" data-pointer=\"{}\" tabindex=\"-1\">",
                kind_of(pointer),
                escape(pointer)
            );
            "</mark>"
        }
        // Layout is plain, quieter text.
        What::Layout => {
            page.push_str("<span class=\"l\">");
            "</span>"
        }
        What::Diagnostic(i) => {
            let diagnostic = &parsed.diagnostics[*i];
            let _ = write!(
                page,
                "<mark class=\"v k-unplaced\" id=\"d{i}\" data-diagnostic=\"{m}\" title=\"{kind}: {m}\" tabindex=\"-1\">",
                kind = diagnostic.kind,
                m = escape(&diagnostic.message)
            );
            "</mark>"
        }
    }
}

/// JSON inside a `<script>` element: every `<` written `\u003c` (the same string to a JSON
/// reader; `<` stands only inside strings), so that no text of the notice can end the
/// element or open another.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// The parser's diagnostics, each a button to its place in the text.
fn diagnostics(page: &mut String, parsed: &Parsed) {
    let _ = write!(
        page,
        "<h2>Diagnostics ({})</h2>\n<ul class=\"diagnostics\" aria-label=\"Diagnostics\">",
        parsed.diagnostics.len()
    );
    for (i, d) in parsed.diagnostics.iter().enumerate().take(LISTED) {
        let target = if d.span.bytes.is_empty() {
            String::new()
        } else {
            format!(" data-target=\"d{i}\"")
        };
        let _ = write!(
            page,
            "<li><button type=\"button\"{target}>{}:{} {}</button> {} <q>{}</q></li>",
            d.line(),
            d.column(),
            d.kind,
            escape(&d.message),
            escape(&d.text)
        );
    }
    if parsed.diagnostics.len() > LISTED {
        let _ = write!(
            page,
            "<li>… and {} more, each marked in the text</li>",
            parsed.diagnostics.len() - LISTED
        );
    }
    page.push_str("</ul>\n");
}

/// How many diagnostics or violations are listed at most; the text marks them all.
const LISTED: usize = 2000;

/// The validation's violations, each a button to its value.
fn violations(page: &mut String, validation: &crate::Validation) {
    let _ = write!(
        page,
        "<h2>Violations ({})</h2>\n<ul class=\"violations\" aria-label=\"Validation violations\">",
        validation.violations.len()
    );
    for v in validation.violations.iter().take(LISTED) {
        let _ = write!(
            page,
            "<li class=\"sev-{sev:?}\"><button type=\"button\" data-pointer=\"{p}\">{code}</button> <code>{p}</code> {m}</li>",
            sev = v.severity,
            p = escape(&v.path),
            code = v.code.as_str(),
            m = escape(&v.message)
        );
    }
    page.push_str("</ul>\n");
}

/// Text for HTML content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_come_from_pointers() {
        assert_eq!(kind_of("/timeline/feedback"), "date");
        assert_eq!(kind_of("/areas/0/measures/1/indicators/2"), "figure");
        assert_eq!(kind_of("/areas/0/measures/1/indicators/2/source"), "source");
        assert_eq!(kind_of("/parties/3/name"), "party");
        assert_eq!(kind_of("/inspection/inspector"), "party");
        assert_eq!(kind_of("/areas/0/measures/1/documents/0/title"), "document");
        assert_eq!(kind_of("/publicFeedback/phone"), "contact");
        assert_eq!(kind_of("/areas/0/measures/1/text"), "text");
    }

    #[test]
    fn the_text_is_escaped() {
        assert_eq!(escape("<script>&\"'"), "&lt;script&gt;&amp;&quot;&#39;");
    }
}
