//! Notice text to the model and back: [`parse`] reads a rectification notice as published
//! (saved from a web page: byte order mark, CRLF, full-width spaces, indentation and all)
//! into a [`RectificationReport`]; [`render`](fn@render) writes a report as its issuer would publish
//! it.
//!
//! Parsing runs in phases, each on the output of the one before, each in its own folder
//! of `src/text/`:
//! 1. *source* (`source/`): the input normalized (ASCII punctuation read as full-width,
//!    mapped back to the input) and cut into non-blank lines, each knowing its byte offset;
//!    then the *layout* (`source/layout.rs`): the lines sorted by their markers into title,
//!    opening paragraph, sections (一、, 下一步工作打算), items (（一）, 1.), closing and
//!    signature;
//! 2. *values* (`values/`): what a piece of text says, whatever part it is in: dates and
//!    periods, numerals, figures with their units, the bodies it names;
//! 3. *parts* (`parts/`): each part read into the model with those values: the title's
//!    issuer, kind and round; the opening's timeline and who inspected whom; points, areas,
//!    sub-areas and measures (一是, 二是) with their summaries, documents, deadlines and
//!    statuses; the progress tallies; the closing's comment window and contact details; the
//!    signature's name and date; the parties each measure names;
//! 4. *sweep* (here): every non-blank character not read into a field or as layout is
//!    reported in a [`Diagnostic`] that quotes it, so that nothing is lost silently.
//!
//! The genre's word lists (kinds, statuses, the closing's labels, the words of the
//! progress tallies, the punctuation sets) are in one module, `vocabulary.rs`, read by the
//! parser and written by the renderer (`render/`, with the review page). Before all this,
//! with the feature `files`, the module `file` reads saved notices (GBK, UTF-16, web pages)
//! as text.
//!
//! A parse fails only when the input is not a rectification notice at all
//! ([`ParseError`]); everything else parses, with diagnostics for what could not be placed.
//! Every value can be traced: [`Parsed::spans`] maps each field's JSON Pointer to where it
//! was read.
//!
//! # Example
//!
//! ```
//! let text = include_str!("../../tests/fixtures/qingyuan-publicity-2025.txt");
//! let parsed = rectify::text::parse(text)?;
//! assert_eq!(parsed.report.areas.len(), 11);
//! assert!(parsed.diagnostics.is_empty());
//!
//! // Jump from a value to the text it was read from.
//! let span = &parsed.spans["/timeline/feedback"];
//! assert_eq!(&text[span.bytes.clone()], "2024年9月26日");
//! assert_eq!(span.start.line, 3);
//!
//! // Nothing is lost: every non-blank character is in a field, or in a diagnostic.
//! assert!(parsed.coverage(text).lost.is_empty());
//! # Ok::<(), rectify::text::ParseError>(())
//! ```

mod diagnostic;
#[cfg(feature = "files")]
pub mod file;
mod parts;
mod recorder;
mod render;
mod source;
mod values;
mod vocabulary;

use std::collections::BTreeMap;

pub use diagnostic::{Diagnostic, DiagnosticKind, ParseError};
pub use render::render;
pub use render::review::review_html;
pub use source::{Location, Span};

use crate::{
    Inspection, InspectionKind, Limits, PublicFeedback, RectificationReport, Timeline,
    TimelineEvent,
};

use parts::{body, closing, header, linking, progress};
use recorder::{Recorder, pointer};
use source::layout::{self, SectionKind};
use source::{Piece, Source};
use values::{dates, figures, parties};

/// A parsed notice: the report, what the parser could not resolve, and where every value
/// came from.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Parsed {
    /// The report read from the notice.
    pub report: RectificationReport,
    /// What could not be placed or read, in the order found; empty for a notice in the
    /// standard layout.
    pub diagnostics: Vec<Diagnostic>,
    /// Where each value was read: the JSON Pointer of a field of [`Parsed::report`]
    /// (`/areas/3/measures/1/text`, `/timeline/feedback`) to its place in the input. Values
    /// the parser derives rather than reads (a summary, a party's kind) have no span.
    pub spans: BTreeMap<String, Span>,
    /// The stretches read as layout, not as values: section headings, markers (（一）, 一是,
    /// 1.), labels (联系电话：) and the punctuation between values.
    pub layout: Vec<Span>,
}

/// How much of the input a parse accounts for, counted in non-blank characters.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Coverage {
    /// Non-blank characters in the input.
    pub characters: usize,
    /// Those read into a field of the report or as layout.
    pub in_fields: usize,
    /// Those kept only in a diagnostic's quote.
    pub in_diagnostics: usize,
    /// The stretches in neither: text lost silently. [`parse`] never loses any; a non-empty
    /// list is a bug.
    pub lost: Vec<Span>,
}

impl Coverage {
    /// The share of non-blank characters read into fields or layout, from 0 to 1.
    pub fn ratio(&self) -> f64 {
        if self.characters == 0 {
            1.0
        } else {
            self.in_fields as f64 / self.characters as f64
        }
    }
}

impl Parsed {
    /// How much of `input` (the text this was parsed from) the report and the diagnostics
    /// account for.
    ///
    /// # Example
    ///
    /// ```
    /// let text = include_str!("../../tests/fixtures/qingyuan-publicity-2025.txt");
    /// let coverage = rectify::text::parse(text)?.coverage(text);
    /// assert_eq!(coverage.ratio(), 1.0);
    /// # Ok::<(), rectify::text::ParseError>(())
    /// ```
    pub fn coverage(&self, input: &str) -> Coverage {
        let source = Source::plain(input);
        let bytes = |span: &Span| span.bytes.clone();
        let in_fields = Covered::by(
            input.len(),
            self.spans.values().chain(&self.layout).map(bytes),
        );
        let in_diagnostics =
            Covered::by(input.len(), self.diagnostics.iter().map(|d| bytes(&d.span)));
        let mut coverage = Coverage {
            characters: 0,
            in_fields: 0,
            in_diagnostics: 0,
            lost: Vec::new(),
        };
        for (at, c) in input.char_indices() {
            if source::is_blank(c) {
                continue;
            }
            coverage.characters += 1;
            if in_fields.contains(at) {
                coverage.in_fields += 1;
            } else if in_diagnostics.contains(at) {
                coverage.in_diagnostics += 1;
            } else {
                coverage.lost.push(source::unlocated(at..at + c.len_utf8()));
            }
        }
        source.locate_all(coverage.lost.iter_mut());
        coverage
    }
}

/// The bytes of an input that some byte ranges cover, one bit a byte: marking a range sets
/// whole words, and the next byte no range covers is found a word at a time (most of a
/// notice is covered).
struct Covered {
    words: Vec<u64>,
    len: usize,
}

impl Covered {
    /// The bytes of an input of `len` bytes that `ranges` cover (cut at its end).
    fn by(len: usize, ranges: impl Iterator<Item = std::ops::Range<usize>>) -> Self {
        let mut covered = Covered {
            words: vec![0; len.div_ceil(64)],
            len,
        };
        for range in ranges {
            let end = range.end.min(len);
            covered.mark(range.start.min(end)..end);
        }
        covered
    }

    fn mark(&mut self, range: std::ops::Range<usize>) {
        let (mut at, end) = (range.start, range.end);
        while at < end {
            let (word, bit) = (at / 64, at % 64);
            let bits = (end - at).min(64 - bit);
            // `bits` ones from `bit` on (all 64 when the range fills the word).
            let ones = if bits == 64 {
                u64::MAX
            } else {
                ((1 << bits) - 1) << bit
            };
            self.words[word] |= ones;
            at += bits;
        }
    }

    /// Whether byte `at` is covered.
    fn contains(&self, at: usize) -> bool {
        self.words
            .get(at / 64)
            .is_some_and(|w| w >> (at % 64) & 1 == 1)
    }

    /// The first byte from `from` on that no range covers.
    fn next_uncovered(&self, from: usize) -> Option<usize> {
        let mut word = from / 64;
        // The bits before `from` count as covered.
        let mut free = !self.words.get(word)? & (u64::MAX << (from % 64));
        loop {
            if free != 0 {
                let at = word * 64 + free.trailing_zeros() as usize;
                return (at < self.len).then_some(at);
            }
            word += 1;
            free = !*self.words.get(word)?;
        }
    }
}

/// Reads a rectification notice.
///
/// # Errors
///
/// [`ParseError`] when the input is empty or not a rectification notice at all (its title
/// speaks neither of 整改 nor of 巡视, 巡察, 审计 or 督察). Anything else parses, a notice
/// copied without its title or its end included; what could not
/// be placed is in [`Parsed::diagnostics`].
///
/// # Example
///
/// ```
/// let notice = "中共某县委宣传部关于十五届县委第三轮巡察整改进展情况的通报
/// 根据县委统一部署，2024年4月8日至5月31日，县委第二巡察组对县委宣传部进行了巡察。2024年7月10日，县委第二巡察组向县委宣传部反馈了巡察意见。
/// 一、履行整改主体责任情况
/// （一）加强组织领导。成立整改工作领导小组。
/// 二、整改任务落实情况
/// （一）关于意识形态工作方面。一是修订《意识形态工作责任制实施细则》。二是开展专题培训2次。
/// 中共某县委宣传部
/// 2024年12月20日";
/// let parsed = rectify::text::parse(notice)?;
/// let report = &parsed.report;
/// assert_eq!(report.inspection.round.as_ref().unwrap().number.unwrap().get(), 3);
/// let inspection = report.timeline.inspection.as_ref().unwrap();
/// assert_eq!(inspection.end.unwrap().to_string(), "2024-05-31");
/// assert_eq!(report.areas[0].measures[1].text, "开展专题培训2次。");
/// assert!(report.validate().is_valid());
///
/// assert!(rectify::text::parse("今天天气很好。").is_err());
/// # Ok::<(), rectify::text::ParseError>(())
/// ```
pub fn parse(input: &str) -> Result<Parsed, ParseError> {
    parse_with(input, &Limits::default())
}

/// As [`parse`], within `limits`: the input's size is checked before it is read, and the
/// report's item count after. (Areas in a text nest two levels at most, so the area depth
/// bound is never reached.) The parse takes time and memory in proportion to the input.
///
/// # Errors
///
/// As [`parse`], and [`ParseError::Limit`] for an input beyond `limits`.
///
/// # Example
///
/// ```
/// use rectify::{Limit, Limits};
/// use rectify::text::{self, ParseError};
///
/// let notice = include_str!("../../tests/fixtures/qingyuan-publicity-2025.txt");
/// let mut small = Limits::default();
/// small.max_input_bytes = 1024;
/// let Err(ParseError::Limit(error)) = text::parse_with(notice, &small) else { panic!() };
/// assert_eq!(error.limit(), Limit::InputBytes);
/// assert!(text::parse_with(notice, &Limits::default()).is_ok());
/// ```
pub fn parse_with(input: &str, limits: &Limits) -> Result<Parsed, ParseError> {
    limits.check_size(input.len())?;
    let normalized = source::normalize(input);
    let source = Source::new(input, &normalized);
    let lines = source.lines();
    let Some(first) = lines.first() else {
        return Err(ParseError::Empty);
    };
    if !speaks_of_rectification(source.text) {
        return Err(ParseError::NotANotice {
            title: source.verbatim(*first).to_owned(),
            line: source.location(first.start).line,
        });
    }
    let outline = layout::outline(&lines);
    let mut rec = Recorder::new(&source);
    keep_page_furniture(&outline, &mut rec);
    let report = read(&outline, &mut rec);
    limits.check(&report)?;
    sweep(&source, &mut rec);
    let recorded = rec.finish();
    Ok(Parsed {
        report,
        diagnostics: recorded.diagnostics,
        spans: recorded.spans,
        layout: recorded.layout,
    })
}

/// The date a line starts with or is (a signature's date, a dateline), recorded as the
/// notice's date.
/// The year of a page's time stamp ("2019-08-14 06:21:41", "时间：2019-11-12 15:48"): a
/// date written with hyphens and followed by a time of day, as pages date what they publish
/// and notices never write a date.
fn page_year(text: &str) -> Option<i32> {
    let bytes = text.as_bytes();
    let digits = |from: usize, len: usize| {
        bytes
            .get(from..from + len)
            .is_some_and(|run| run.iter().all(u8::is_ascii_digit))
    };
    memchr::memchr_iter(b'-', bytes).find_map(|dash| {
        let year_at = dash.checked_sub(4)?;
        // YYYY-MM-DD HH:MM
        let stamped = digits(year_at, 4)
            && digits(dash + 1, 2)
            && bytes.get(dash + 3) == Some(&b'-')
            && digits(dash + 4, 2)
            && bytes.get(dash + 6) == Some(&b' ')
            && digits(dash + 7, 2)
            && bytes.get(dash + 9) == Some(&b':');
        let year: i32 = text.get(year_at..dash)?.parse().ok()?;
        (stamped && (1990..=2099).contains(&year)).then_some(year)
    })
}

fn read_date<'a>(line: Piece<'a>, rec: &mut Recorder<'_, 'a>) -> Option<crate::PartialDate> {
    let found = dates::find(line.text);
    let first = found.first()?;
    let date = first.start.resolve(None, dates::Context::default())?;
    rec.value(
        "/timeline/published",
        &[line.slice(first.range.start, first.range.end)],
    );
    Some(date)
}

/// The step a report's dateline tells when the day it was announced dates the notice:
/// delivered to a meeting ("——2025年12月24日在……会议上"), labelled with the words after
/// its date; the event at `pointer`.
fn reported_event<'a>(
    line: Piece<'a>,
    pointer: &str,
    rec: &mut Recorder<'_, 'a>,
) -> Option<TimelineEvent> {
    let found = dates::find(line.text);
    let first = found.first()?;
    let date = first.start.resolve(None, dates::Context::default())?;
    let label = line.from(first.range.end).trim();
    if label.is_empty() {
        return None;
    }
    rec.layout(line.to(first.range.start).trim());
    rec.value(
        pointer::field(pointer, "date"),
        &[line.slice(first.range.start, first.range.end)],
    );
    let label = rec.text(pointer::field(pointer, "label"), &[label]);
    Some(TimelineEvent::on(label, date))
}

/// Whether a text is of the genre at all: it speaks of rectification, or of an inspection,
/// an audit or a supervision tour (in simplified or traditional characters). A notice
/// copied without its title may not say 整改 before its end, but says who inspected it.
fn speaks_of_rectification(text: &str) -> bool {
    // 整改 itself, and two kinds as traditional script writes them (巡察 and 督察 are the
    // same in both).
    const OTHER_WORDS: [&str; 3] = ["整改", "巡視", "審計"];
    let kinds = vocabulary::KINDS.iter().map(|(word, _)| word);
    OTHER_WORDS.iter().chain(kinds).any(|w| text.contains(w))
}

/// A saved web page's navigation, page details and footer around the notice: kept, line by
/// line, in diagnostics that say what they are taken for.
fn keep_page_furniture<'a>(outline: &layout::Outline<'a>, rec: &mut Recorder<'_, 'a>) {
    let parts = [
        (
            &outline.before_title,
            "before the title (a web page's navigation?)",
        ),
        (
            &outline.contents,
            "the notice's headings above its title (a page's outline): only its figures are read",
        ),
        (
            &outline.page_lines,
            "about the page, not the notice (publication details of a web page)",
        ),
        (
            &outline.attachment,
            "an attachment after the notice (附件): only its figures are read",
        ),
        (
            &outline.after_signature,
            "after the signature (a web page's footer?)",
        ),
    ];
    for (lines, message) in parts {
        for line in lines {
            rec.diagnose(DiagnosticKind::Unplaced, *line, message);
        }
    }
}

/// The third phase: every part of the outline read into the report.
fn read<'a>(outline: &layout::Outline<'a>, rec: &mut Recorder<'_, 'a>) -> RectificationReport {
    // A title broken over two lines is one title: its lines are joined without a break.
    let title_text = rec.joined("/title", &outline.title, "");
    let title = header::title_lines(&outline.title);
    if outline.title.is_empty() {
        let start = outline.preamble.first().map_or(0, |l| l.start);
        rec.diagnose(
            DiagnosticKind::Missing,
            Piece { text: "", start },
            "no title: the text starts at the opening",
        );
    }
    // The signature's date, else the day an audit bulletin was announced (（…日公告）) or a
    // report's dateline under its title.
    let from_signature = outline.signature_date.and_then(|line| read_date(line, rec));
    let published =
        from_signature.or_else(|| outline.dateline.and_then(|line| read_date(line, rec)));
    if let Some(dateline) = outline.dateline {
        if from_signature.is_some() {
            rec.diagnose(
                DiagnosticKind::Unplaced,
                dateline,
                "a dateline besides the signature's date: the signature dates the notice",
            );
        } else {
            // Its other words (在……会议上) are layout of the date.
            rec.layout(dateline);
        }
    }
    if published.is_none() {
        // Where the signature should have been: the end of the text.
        let end = rec.source.text.trim_end_matches(source::is_blank).len();
        rec.diagnose(
            DiagnosticKind::Missing,
            Piece {
                text: "",
                start: end,
            },
            "no signature date: the notice's date (timeline.published) is unknown",
        );
    }
    // Without a date of its own, a news report's 今年 is the year of its page's time stamp
    // (and only 今年: a date without a year is not dated by the page).
    let page_year = match published {
        None if rec.source.text.contains("今年") => page_year(rec.source.text),
        _ => None,
    };
    let context = dates::Context {
        notice_year: published.map(|d| d.year_number()),
        page_year,
        last_year: None,
        notice: published,
        last_date: None,
    };
    let mut opening = header::opening(&outline.preamble, context);
    if opening.inspection.is_none() || opening.feedback.is_none() {
        // Some notices publish first ("现将巡视整改进展情况予以公布") and tell who inspected
        // them when, or when the feedback was given, under their first heading (一、总体履责
        // 情况): its first paragraph is read as the opening's continuation, for the steps
        // the opening left out.
        let lead = outline
            .sections
            .first()
            .map_or(&[][..], layout::Section::lead);
        let lead = &lead[..lead.len().min(1)];
        if !lead.is_empty() {
            let lines: Vec<Piece<'a>> = outline.preamble.iter().chain(lead).copied().collect();
            let continued = header::opening(&lines, context);
            if opening.inspection.is_none() && opening.feedback.is_none() {
                opening = continued;
            } else if opening.inspection.is_none() {
                opening.inspection = continued.inspection;
            } else {
                opening.feedback = continued.feedback;
            }
        }
    }
    if opening.inspection.is_none() && outline.sections.is_empty() {
        // A supervision's note may tell its stay beside its channels, in its last lines
        // ("督察进驻期间（……至……）设立专门值班电话：……"), which are its closing.
        let stay: Vec<Piece<'a>> = (outline.closing.iter())
            .filter(|line| line.text.contains("进驻") || line.text.contains("進駐"))
            .copied()
            .collect();
        opening.inspection = header::opening(&stay, context).inspection;
    }
    if opening.inspector.is_none() {
        // A group named in the opening without whom it inspected, or in the title only.
        let lines = outline.preamble.iter().chain(&outline.title).copied();
        opening.inspector = header::group_named(lines);
    }

    let mut registry = parties::Registry::default();
    let issuer_piece = title
        .issuer
        .or(outline.signature_name)
        .or(opening.principal)
        // A report's speaker stands under its title, or at the top of one copied without.
        .or_else(|| header::speaker(&outline.page_lines))
        .or_else(|| header::speaker(&outline.before_title))
        .or(opening.inspected)
        .or(opening.committee_body);
    // Names as written: the input's characters, where the text read has simplified ones.
    let issuer_name = issuer_piece.map_or("", |p| rec.source.verbatim(p));
    if issuer_piece.is_none() {
        rec.diagnose(
            DiagnosticKind::Missing,
            Piece {
                text: "",
                start: outline.title.first().map_or(0, |l| l.start),
            },
            "no issuer: neither the title (…关于) nor a signature names who publishes the notice",
        );
    }
    let issuer = registry.mention(issuer_name);
    if let Some(piece) = title.issuer {
        rec.value("/parties/0/name", &[piece]);
    }
    let convened_by = (opening.convened_by).map(|p| registry.mention(rec.source.verbatim(p)));
    let inspector = (opening.inspector).map(|p| registry.mention(rec.source.verbatim(p)));
    // "对我公司……进行跟踪审计", "向我局反馈": the body that writes. Its words name the
    // issuer only where nothing else does.
    let named_inspected = opening.inspected.filter(|p| !p.text.starts_with('我'));
    let inspected = named_inspected.map_or(issuer, |p| registry.mention(rec.source.verbatim(p)));
    if let (Some(committee), Some(group)) = (convened_by, inspector) {
        registry.set_parent(group, committee);
    }
    let kind = title.kind.or(opening.kind);
    // Ids are given when reading ends (a fuller name may still come); until then, the
    // registry's.
    let mut inspection = Inspection::new(
        kind.map_or(InspectionKind::Other, |k| k.0),
        registry.id(inspected),
    );
    inspection.form = title.form.map(|f| f.0);
    inspection.round = title.round.map(|(mut round, piece)| {
        rec.value("/inspection/round/label", &[piece]);
        // As written: the input's characters, where the text read has simplified ones.
        round.label = rec.source.verbatim(piece).to_owned();
        round
    });
    inspection.inspector = inspector.map(|i| registry.id(i));
    inspection.convened_by = convened_by.map(|i| registry.id(i));
    for (pointer, piece) in [
        ("/inspection/inspector", opening.inspector),
        ("/inspection/inspected", named_inspected),
        ("/inspection/convenedBy", opening.convened_by),
        ("/inspection/kind", kind.map(|k| k.1)),
        ("/inspection/form", title.form.map(|f| f.1)),
    ] {
        if let Some(piece) = piece {
            rec.value(pointer, &[piece]);
        }
    }

    let mut timeline = Timeline::new();
    timeline.published = published;
    if let Some((period, piece)) = opening.inspection {
        rec.value("/timeline/inspection", &[piece]);
        timeline.inspection = Some(period);
    }
    if let Some((date, piece)) = opening.feedback {
        rec.value("/timeline/feedback", &[piece]);
        timeline.feedback = Some(date);
    }
    if let Some((date, piece)) = opening.rectification_due {
        rec.value("/timeline/rectificationDue", &[piece]);
        timeline.rectification_due = Some(date);
    }
    if let Some(line) = outline.reported {
        let pointer = pointer::index("/timeline/events", timeline.events.len());
        timeline.events.extend(reported_event(line, &pointer, rec));
    }

    let mut report = RectificationReport::new(
        title_text,
        registry.id(issuer),
        inspection,
        timeline,
        Vec::new(),
    );
    if !outline.preamble.is_empty() {
        report.preamble = Some(rec.text("/preamble", &outline.preamble));
    }
    let sections = read_sections(outline, context, &mut report, rec);
    let loose: Vec<Piece<'a>> = (outline.contents.iter())
        .chain(&outline.preamble)
        .copied()
        .chain(sections.iter().map(|l| l.piece()))
        .chain(outline.attachment.iter().copied())
        .collect();
    read_loose_figures(&loose, context, &mut report, rec);
    report_unread_leads(&sections, rec);
    let mut closing = closing::closing(&outline.closing, context, rec);
    // A one-paragraph 公示 says its window and its address in its running text, and may
    // give its channels on lines of their own after it.
    closing::channels_in_words(&outline.preamble, context, &mut closing, rec);
    closing::channels_in_running_text(&outline.preamble, context, &mut closing, rec);
    report.closing = closing.text;
    report.timeline.public_comment = closing.window;
    if closing.feedback != PublicFeedback::default() {
        report.public_feedback = Some(closing.feedback);
    }
    read_signature(outline.signature_name, &registry, issuer, rec);
    if let Some(second) = outline.co_signer {
        rec.diagnose(
            DiagnosticKind::Unplaced,
            second,
            "a second body signs with the issuer: the report names one issuer, the first",
        );
    }
    let links = linking::link(&report, &mut registry, issuer, rec);
    let parties = registry.finish(issuer);
    let id = |i: usize| parties[i].id.clone();
    report.issuer = id(issuer);
    report.inspection.inspected = id(inspected);
    report.inspection.inspector = inspector.map(id);
    report.inspection.convened_by = convened_by.map(id);
    linking::apply(&mut report, &links, &parties, rec);
    for (i, piece) in [
        (convened_by, opening.convened_by),
        (inspector, opening.inspector),
        (Some(inspected), named_inspected),
    ] {
        if let (Some(i), Some(piece)) = (i, piece) {
            name_span(&parties[i], i, piece, rec);
        }
    }
    report.parties = parties;
    report
}

/// Reads the sections, and gives the text whose figures belong to no measure: the points
/// of sections 一 and 下一步, the paragraphs before a section's first area, and the areas'
/// titles and problems.
fn read_sections<'a>(
    outline: &layout::Outline<'a>,
    context: dates::Context,
    report: &mut RectificationReport,
    rec: &mut Recorder<'_, 'a>,
) -> Vec<Loose<'a>> {
    let mut loose: Vec<Loose<'a>> = Vec::new();
    // The sections of one problem's account (一、整改问题, 二、整改目标 …), from the one of
    // its problem on: read together, as one area, when the run ends.
    let mut parts: Vec<&layout::Section<'a>> = Vec::new();
    for section in &outline.sections {
        let part = (section.kind == SectionKind::Areas)
            .then(|| body::heads_a_part(section))
            .flatten();
        if part.is_some_and(|problem| problem || !parts.is_empty()) {
            parts.push(section);
            continue;
        }
        read_parts(&mut parts, report, context, rec, &mut loose);
        if let Some(heading) = section.heading {
            rec.layout(heading);
        }
        match section.kind {
            SectionKind::Responsibility => {
                let first = report.responsibility.len();
                let points = body::points(section, "/responsibility", first, rec);
                report.responsibility.extend(points);
                loose.extend(section.lines.iter().map(|&line| Loose::Read(line)));
            }
            SectionKind::NextSteps => {
                let first = report.next_steps.len();
                let points = body::points(section, "/nextSteps", first, rec);
                report.next_steps.extend(points);
                loose.extend(section.lines.iter().map(|&line| Loose::Read(line)));
            }
            SectionKind::Areas => read_areas(section, report, context, rec, &mut loose),
        }
    }
    read_parts(&mut parts, report, context, rec, &mut loose);
    loose
}

/// The sections of one problem's account gathered so far, read as one area; a problem's
/// section alone ("一、存在问题" before "二、整改情况" and its areas) is read as any other.
fn read_parts<'a>(
    parts: &mut Vec<&layout::Section<'a>>,
    report: &mut RectificationReport,
    context: dates::Context,
    rec: &mut Recorder<'_, 'a>,
    loose: &mut Vec<Loose<'a>>,
) {
    if let [section] = parts.as_slice() {
        if let Some(heading) = section.heading {
            rec.layout(heading);
        }
        read_areas(section, report, context, rec, loose);
    } else if !parts.is_empty() {
        let read = body::part_area(parts, report.areas.len(), context, rec);
        add_areas(read, report, loose);
    }
    parts.clear();
}

/// An areas section's areas (its heading read already).
fn read_areas<'a>(
    section: &layout::Section<'a>,
    report: &mut RectificationReport,
    context: dates::Context,
    rec: &mut Recorder<'_, 'a>,
    loose: &mut Vec<Loose<'a>>,
) {
    let read = body::areas(section, report.areas.len(), context, rec);
    add_areas(read, report, loose);
}

/// A section's areas into the report, and the text around them whose figures are the
/// report's into `loose`.
fn add_areas<'a>(
    read: body::AreasRead<'a>,
    report: &mut RectificationReport,
    loose: &mut Vec<Loose<'a>>,
) {
    report.areas.extend(read.areas);
    loose.extend(read.titles_and_problems.into_iter().map(Loose::Read));
    loose.extend(read.lead.iter().map(|&line| Loose::Lead(line)));
}

/// Text outside measures whose figures are the report's.
#[derive(Clone, Copy)]
enum Loose<'a> {
    /// Text read into a field of its own as well (the opening, a point, an area's title).
    Read(Piece<'a>),
    /// A paragraph before a section's first area: no field holds its words.
    Lead(Piece<'a>),
}

impl<'a> Loose<'a> {
    fn piece(self) -> Piece<'a> {
        match self {
            Loose::Read(piece) | Loose::Lead(piece) => piece,
        }
    }
}

/// A section's lead paragraphs, once their figures and progress are read: one read in part
/// leaves its other words to the sweep, which reports each stretch; one that gave nothing
/// is reported whole, as what it is.
fn report_unread_leads<'a>(loose: &[Loose<'a>], rec: &mut Recorder<'_, 'a>) {
    for item in loose {
        let Loose::Lead(line) = *item else { continue };
        let bytes = rec.source.input_range(line.range());
        let read = rec
            .spans
            .values()
            .any(|s| s.bytes.start >= bytes.start && s.bytes.end <= bytes.end);
        if !read {
            rec.diagnose(
                DiagnosticKind::Unplaced,
                line,
                "text before the first area of a section has no field in the report",
            );
        }
    }
}

/// The figures that stand outside measures (in the opening, the points, a section's lead):
/// overall progress statistics ("反馈问题45个，已完成整改40个") into `progress`, every other
/// figure into the report's own `indicators`.
fn read_loose_figures<'a>(
    lines: &[Piece<'a>],
    context: dates::Context,
    report: &mut RectificationReport,
    rec: &mut Recorder<'_, 'a>,
) {
    for line in lines {
        let tallied = if progress::states_progress(line.text) {
            let summary = report.progress.get_or_insert_with(Default::default);
            progress::read(*line, summary, rec)
        } else {
            Vec::new()
        };
        for figure in figures::find(*line, context) {
            let words = line.slice(figure.words.start, figure.words.end);
            if tallied
                .iter()
                .any(|r| r.start < words.end() && words.start < r.end)
            {
                continue;
            }
            let pointer = pointer::item("", "indicators", report.indicators.len());
            let indicator = body::indicator(*line, figure, pointer, rec);
            report.indicators.push(indicator);
        }
    }
}

/// Records where a party's name or alias is written, unless known already.
fn name_span<'a>(party: &crate::Party, index: usize, piece: Piece<'a>, rec: &mut Recorder<'_, 'a>) {
    let mut pointer = String::new();
    if linking::name_pointer(party, index, piece.text, &mut pointer)
        && !rec.spans.contains_key(&pointer)
    {
        rec.value(pointer, &[piece]);
    }
}

/// The signature's name is the issuer's: its span is the issuer's. A different name is
/// reported.
fn read_signature<'a>(
    name: Option<Piece<'a>>,
    registry: &parties::Registry,
    issuer: usize,
    rec: &mut Recorder<'_, 'a>,
) {
    let Some(name) = name else { return };
    let is_issuer = registry.find(rec.source.verbatim(name)) == Some(issuer);
    if is_issuer {
        rec.value("/issuer", &[name]);
    } else {
        rec.diagnose(
            DiagnosticKind::Unplaced,
            name,
            "the signature names someone other than the issuer of the title",
        );
    }
}

/// The fourth phase: whatever no phase read is kept. Punctuation alone between values is
/// layout; any other text is reported as [`DiagnosticKind::Unplaced`], quoted.
fn sweep<'a>(source: &Source<'a>, rec: &mut Recorder<'_, 'a>) {
    // Spans are in the input's bytes: the sweep walks the input.
    let text = source.input;
    let covered = Covered::by(
        text.len(),
        (rec.spans.values().chain(&rec.layout))
            .chain(rec.diagnostics.iter().map(|d| &d.span))
            .map(|span| span.bytes.clone()),
    );
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    while let Some(uncovered) = covered.next_uncovered(at) {
        // A character is covered by its first byte (spans start and end between characters).
        at = uncovered;
        if !text.is_char_boundary(at) {
            at += 1;
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        let (start, end) = (at, at + c.len_utf8());
        at = end;
        if source::is_blank(c) {
            continue;
        }
        match runs.last_mut() {
            Some(run)
                if text[run.1..start]
                    .chars()
                    .all(|c| source::is_blank(c) && c != '\n') =>
            {
                run.1 = end
            }
            _ => runs.push((start, end)),
        }
    }
    for (start, end) in runs {
        let piece = source.piece_of_input(start..end);
        if piece.text.chars().all(|c| {
            c.is_ascii_punctuation() || vocabulary::is_punctuation(c) || source::is_blank(c)
        }) {
            rec.layout(piece);
        } else {
            rec.diagnose(
                DiagnosticKind::Unplaced,
                piece,
                "text the parser could not place",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Covered;

    #[test]
    fn a_pages_year_is_its_time_stamps() {
        assert_eq!(
            super::page_year("时间:2019-08-14 06:21:41 | 编辑:某某"),
            Some(2019)
        );
        // A date without a time of day, or in the notice's own words, is no stamp.
        assert_eq!(super::page_year("2019-08-14 来源：某报"), None);
        assert_eq!(super::page_year("2019年8月14日 06:21"), None);
        assert_eq!(super::page_year("编号1-2019-08-14 06:21"), Some(2019));
    }

    #[test]
    fn covered_bytes_are_found_as_a_byte_by_byte_walk_finds_them() {
        for len in [0, 1, 63, 64, 65, 200] {
            let ranges = [0..3, 5..5, 7..70, 64..128, 130..131, 150..400, 199..200];
            let covered = Covered::by(len, ranges.iter().cloned());
            let by_byte: Vec<bool> = (0..len)
                .map(|at| ranges.iter().any(|r| r.contains(&at)))
                .collect();
            for from in 0..=len + 1 {
                let expected = (from..len).find(|at| !by_byte[*at]);
                assert_eq!(
                    covered.next_uncovered(from),
                    expected,
                    "len {len}, from {from}"
                );
                if from < len {
                    assert_eq!(
                        covered.contains(from),
                        by_byte[from],
                        "len {len}, byte {from}"
                    );
                }
            }
        }
    }
}
