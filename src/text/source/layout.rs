//! The first phase: the notice's lines sorted into its parts (title, opening paragraph,
//! sections, closing, signature) by their markers alone, before any value is read.

use crate::text::source::Piece;
use crate::text::values::dates;
use crate::text::values::numerals;
use crate::text::values::parties;
use crate::text::vocabulary;

/// A marker that opens a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marker {
    /// 一、 二、: a section.
    Section(u32),
    /// （一） (一): a point or an area.
    Item(u32),
    /// 1. 1． 1、 （1） (1): a sub-area.
    Sub(u32),
}

/// The marker that opens `line`, the marker's own text, and the rest of the line.
pub(crate) fn marker<'a>(line: Piece<'a>) -> Option<(Marker, Piece<'a>, Piece<'a>)> {
    let text = line.text;
    let split = |len: usize, marker: Marker| Some((marker, line.to(len), line.from(len).trim()));
    // （一） (一) （1） (1)
    for (open, close) in [("（", "）"), ("(", ")")] {
        if let Some(rest) = text.strip_prefix(open)
            && let Some(end) = rest.find(close)
        {
            let inner = &rest[..end];
            let len = open.len() + end + close.len();
            if let Some(n) =
                numerals::chinese(inner).filter(|_| inner.chars().all(numerals::is_marker_numeral))
            {
                return split(len, Marker::Item(n));
            }
            if let Some(n) =
                numerals::arabic(inner).filter(|_| inner.chars().all(numerals::is_arabic_digit))
            {
                return split(len, Marker::Sub(n as u32));
            }
            return None;
        }
    }
    // 问题1： (the problem-by-problem layout: 问题1：…… 整改情况：…… 整改状态：……): an area.
    if let Some(rest) = text.strip_prefix("问题") {
        let digits = prefix_len(rest, numerals::is_arabic_digit);
        if digits > 0 && rest[digits..].starts_with('：') {
            let n = numerals::arabic(&rest[..digits])? as u32;
            return split("问题".len() + digits + '：'.len_utf8(), Marker::Item(n));
        }
    }
    // 一、
    let chinese_len = prefix_len(text, numerals::is_marker_numeral);
    if chinese_len > 0 && text[chinese_len..].starts_with('、') {
        let n = numerals::chinese(&text[..chinese_len])?;
        return split(chinese_len + '、'.len_utf8(), Marker::Section(n));
    }
    // 1. 1． 1、 (not 1.5万)
    let digits_len = prefix_len(text, numerals::is_arabic_digit);
    if digits_len > 0 && digits_len <= 6 {
        let after = &text[digits_len..];
        for dot in [".", "．", "、"] {
            if let Some(rest) = after.strip_prefix(dot)
                && (!rest.starts_with(numerals::is_arabic_digit) || counts_whole_things(rest))
            {
                let n = numerals::arabic(&text[..digits_len])? as u32;
                return split(digits_len + dot.len(), Marker::Sub(n));
            }
        }
    }
    None
}

/// Whether `text` starts with a count of things that come whole (15个部门, 3家企业): after
/// an item's number, "2.15个部门单位已……" is item 2 and its count, since no count of
/// departments has a decimal part.
fn counts_whole_things(text: &str) -> bool {
    const WHOLE: [&str; 12] = [
        "个", "家", "项", "人", "件", "条", "名", "户", "所", "处", "批", "份",
    ];
    let digits = prefix_len(text, numerals::is_arabic_digit);
    WHOLE.iter().any(|unit| text[digits..].starts_with(unit))
}

/// How many bytes of `text`'s start are characters that `is` accepts.
fn prefix_len(text: &str, is: impl Fn(char) -> bool) -> usize {
    text.chars()
        .take_while(|c| is(*c))
        .map(char::len_utf8)
        .sum()
}

/// What a section of the notice holds, told from its heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SectionKind {
    /// 履行整改主体责任情况: points.
    Responsibility,
    /// 整改任务落实情况: areas.
    Areas,
    /// 下一步工作打算: points.
    NextSteps,
}

impl SectionKind {
    fn of_heading(heading: &str) -> SectionKind {
        // How the body led the work: 履行整改主体责任情况, 组织整改落实情况, 巡察整改组织领导
        // 情况, 加强组织领导, 整改工作基本情况, 巡察整改工作开展情况, 坚持把巡察整改作为重要
        // 政治任务抓实抓好, 提高政治站位, 强化政治担当，扛牢巡察整改政治责任.
        const RESPONSIBILITY: [&str; 12] = [
            "主体责任",
            "整改责任",
            "政治责任",
            "政治担当",
            "组织领导",
            "组织整改",
            "组织落实",
            "整改工作基本情况",
            "整改工作开展情况",
            "政治任务",
            "政治站位",
            // 一、总体履责情况.
            "履责",
        ];
        if heading.contains("下一步") {
            SectionKind::NextSteps
        } else if RESPONSIBILITY.iter().any(|w| heading.contains(w)) {
            SectionKind::Responsibility
        } else {
            SectionKind::Areas
        }
    }
}

/// A section: its heading line (absent for the implicit section of a notice that starts its
/// areas without one) and its lines.
#[derive(Debug)]
pub(crate) struct Section<'a> {
    pub(crate) kind: SectionKind,
    pub(crate) heading: Option<Piece<'a>>,
    pub(crate) lines: Vec<Piece<'a>>,
}

impl<'a> Section<'a> {
    /// The section's lead: its lines before its first marked item.
    pub(crate) fn lead(&self) -> &[Piece<'a>] {
        let end = (self.lines.iter())
            .position(|l| marker(*l).is_some())
            .unwrap_or(self.lines.len());
        &self.lines[..end]
    }
}

/// The notice's parts.
#[derive(Debug)]
pub(crate) struct Outline<'a> {
    /// Lines before the title: a saved web page's navigation (首页 > 通知公告), kept for a
    /// diagnostic.
    pub(crate) before_title: Vec<Piece<'a>>,
    /// The notice's own numbered headings set above its title, as a document-sharing page's
    /// outline does ("一、提高政治站位", "（一）……方面（7个问题）"): kept for a diagnostic, and
    /// their figures read.
    pub(crate) contents: Vec<Piece<'a>>,
    /// Lines between the title and the opening that describe the page, not the notice
    /// (发布时间, 来源, 字号), kept for a diagnostic.
    pub(crate) page_lines: Vec<Piece<'a>>,
    /// The title's lines; empty when the text starts at the opening (copied from a page's
    /// content area).
    pub(crate) title: Vec<Piece<'a>>,
    /// The day an audit bulletin was announced ("（2025年4月1日公告）", above or under its
    /// title), else a report's dateline under its title ("——2025年12月30日在市人大常委会第X
    /// 次会议上"): its date is the notice's when no signature gives one.
    pub(crate) dateline: Option<Piece<'a>>,
    /// The day a report was delivered to a meeting ("——2025年12月24日在……会议上"), when
    /// the day it was announced dates it: a step of its timeline.
    pub(crate) reported: Option<Piece<'a>>,
    pub(crate) preamble: Vec<Piece<'a>>,
    pub(crate) sections: Vec<Section<'a>>,
    pub(crate) closing: Vec<Piece<'a>>,
    pub(crate) signature_name: Option<Piece<'a>>,
    /// An attachment after the notice ("附件" or "附件：……情况表" over a table, flattened
    /// into lines): only its figures are read.
    pub(crate) attachment: Vec<Piece<'a>>,
    /// A second body that signs with the first ("中共某县委 某县人民政府", or on the line
    /// under it): the report names one issuer, the first.
    pub(crate) co_signer: Option<Piece<'a>>,
    pub(crate) signature_date: Option<Piece<'a>>,
    /// Lines after the signature: a saved web page's footer (版权所有, 主办单位), kept for a
    /// diagnostic.
    pub(crate) after_signature: Vec<Piece<'a>>,
}

/// Whether a line belongs to the closing: it starts with the invitation to comment or
/// with a contact label (one of two characters, 电话, only with its colon), or names a
/// channel or the comment window with its label and colon after the invitation
/// ("……请通过以下方式反映。联系电话：……"). The labels are the closing's own
/// ([`vocabulary::CLOSING_LABELS`]), so that every line the closing reads is found here.
fn is_closing_line(line: &str) -> bool {
    let specific = || {
        (vocabulary::CLOSING_LABELS.iter())
            .map(|(label, _)| *label)
            .filter(|label| vocabulary::is_specific_label(label))
    };
    vocabulary::INVITATIONS.iter().any(|s| line.starts_with(s))
        || vocabulary::closing_label_at(line, 0).is_some()
        || vocabulary::bare_label(line).is_some()
        || specific().any(|label| line.starts_with(label))
        // A specific label before any colon of the line: the colons are found in one pass,
        // rather than every label searched for in the whole line.
        || (line.match_indices('：')).any(|(at, _)| specific().any(|label| line[..at].ends_with(label)))
}

/// Where the last sections start when they head the closing ("二、公示时间", "三、受理部门及
/// 联系电话"; [`vocabulary::closing_heading`]): at the first of the run of such sections that
/// ends the body, after every section of content. The end of `lines` when there is none.
fn closing_sections_start(lines: &[Piece<'_>]) -> usize {
    let mut start = lines.len();
    for (i, line) in lines.iter().enumerate().rev() {
        match marker(*line) {
            Some((Marker::Section(_), _, rest)) => {
                if vocabulary::closing_heading(rest.text).is_none() {
                    break;
                }
                start = i;
            }
            _ if is_next_steps_heading(line.text) => break,
            _ => {}
        }
    }
    start
}

/// How many of the last lines of a notice without sections may hold its closing.
const UNSECTIONED_CLOSING_LINES: usize = 3;

/// Whether a line without a marker heads the next-steps section (下一步工作打算).
fn is_next_steps_heading(line: &str) -> bool {
    line.contains("下一步") && line.trim_end_matches(['：', ':', '。']).chars().count() <= 16
}

fn is_structural(line: Piece<'_>) -> bool {
    marker(line).is_some() || is_next_steps_heading(line.text)
}

/// Whether the whole line is one date (a signature's date).
fn is_date_line(line: &str) -> bool {
    let found = dates::find(line);
    matches!(found.as_slice(), [only] if only.range == (0..line.len()) && only.start.day.is_some() && only.end.is_none())
}

/// A line short enough and plain enough to be a signature's name.
fn is_name_line(line: &str) -> bool {
    line.chars().count() <= 40 && !line.contains(['。', '，', '；', '：', ':', '！'])
}

/// Sorts the notice's non-blank lines into its parts.
pub(crate) fn outline<'a>(lines: &[Piece<'a>]) -> Outline<'a> {
    let all = &split_head_lines(lines);
    let title_start = title_start(all);
    let head_start = title_start.unwrap_or_else(|| opening_start(all));
    let from_head = &all[head_start..];
    let attachment_at = attachment_start(from_head);
    let (lines, attachment) = from_head.split_at(attachment_at);
    let (end, past_signature, signature) = last_signature(lines);
    let after_signature = lines[past_signature..].to_vec();
    let title_len = if title_start.is_some() {
        title_len(lines).min(end)
    } else {
        0
    };
    let head_len = head_len(&lines[title_len..end], title_len > 0);
    let head = &lines[title_len..title_len + head_len];
    // Without a title, a dateline stands among the lines before the opening.
    let before_opening = if title_start.is_some() {
        &[][..]
    } else {
        &all[..head_start]
    };
    // A bulletin's masthead under its title, who issues it and when ("某指挥部办公室
    // 2021年1月13日", on one line or, blanks between, two), dates it as a dateline does; a
    // page's date is written otherwise (2021-05-18) or labelled (发布日期：).
    // A month or day written with a leading zero ("2025年06月26日") is a page template's,
    // as people write no zero before a month.
    let is_masthead_date = |l: &Piece<'_>| {
        let zero_padded = l.text.contains("年0") || l.text.contains("月0");
        signed_line(*l).is_some() || (is_date_line(l.text) && l.text.contains('年') && !zero_padded)
    };
    // An audit results bulletin's announcement (（2025年4月1日公告）) dates it, above its
    // title or under it, before the day it was reported on.
    let announcement = (all[..head_start].iter().chain(head))
        .copied()
        .find(|l| is_announcement(l.text));
    let at_a_meeting = (before_opening.iter().chain(head))
        .copied()
        .find(|l| is_dateline(l.text) && Some(*l) != announcement);
    let dateline = announcement
        .or(at_a_meeting)
        .or_else(|| head.iter().copied().find(is_masthead_date));
    let reported = announcement.and(at_a_meeting);
    let page_lines = head
        .iter()
        .copied()
        .filter(|l| Some(*l) != dateline && Some(*l) != reported)
        .collect();
    let body = &lines[title_len + head_len..end];
    let first_structural = body
        .iter()
        .position(|l| is_structural(*l))
        .unwrap_or(body.len());
    let last_heading = body
        .iter()
        .rposition(|l| {
            matches!(marker(*l), Some((Marker::Section(_), _, _))) || is_next_steps_heading(l.text)
        })
        .unwrap_or(first_structural);
    // Without sections (a short note of an inspection group's progress), the closing is
    // among the last lines, and never the opening.
    let closing_from = if first_structural < body.len() {
        last_heading.max(first_structural)
    } else {
        body.len().saturating_sub(UNSECTIONED_CLOSING_LINES).max(1)
    };
    let closing_start = body
        .iter()
        .enumerate()
        .skip(closing_from)
        .find(|(_, l)| is_closing_line(l.text))
        .map_or(body.len(), |(i, _)| i)
        .min(closing_sections_start(&body[first_structural..]) + first_structural);
    let mut closing_start = closing_start;
    // A label alone on its line over its value ("联系电话" over "0906-5527341") just above
    // the closing is the closing's, with its value (never the opening's, nor a section's);
    // so, in a notice without sections, are the labelled lines above its last few
    // ("举报电话：……" over "专门邮政信箱：……" and "受理举报电话时间：……").
    let sectioned = first_structural < body.len();
    let floor = if sectioned { first_structural + 1 } else { 1 };
    loop {
        if closing_start >= floor + 2
            && vocabulary::bare_label(body[closing_start - 2].text).is_some()
        {
            closing_start -= 2;
        } else if !sectioned
            && closing_start > floor
            && closing_start < body.len()
            && is_closing_line(body[closing_start - 1].text)
        {
            closing_start -= 1;
        } else {
            break;
        }
    }
    let above_labels = (closing_start < body.len()
        && closing_start > first_structural.min(body.len() - 1) + 1
        && !is_structural(body[closing_start - 1]))
    .then(|| closing_start - 1);
    let mut body = body.to_vec();
    let split = if let Some(above) = above_labels {
        // "以上整改情况向社会公示，如有异议，请……反映。" over the closing's labelled lines: the
        // invitation is the closing's; so is the end of a paragraph that invites comment
        // there ("经核查，已完成整改。如对该问题……有异议，请在公示期间（……）……反映。").
        if invites_comment(body[above].text) {
            closing_start = above;
            None
        } else {
            closing_in_paragraph(body[above], true, true).map(|at| (above, at))
        }
    } else if closing_start == body.len() {
        // A notice may invite comment, and give its channels, at the end of its last
        // paragraph ("……同意销号。公示期间如有异议，……联系电话：……").
        let last_lines = body.len().saturating_sub(UNSECTIONED_CLOSING_LINES)..body.len();
        (last_lines.rev())
            .find_map(|i| closing_in_paragraph(body[i], i > 0, false).map(|at| (i, at)))
    } else {
        None
    };
    if let Some((i, at)) = split {
        let line = body[i];
        let (text, closing) = (line.to(at).trim(), line.from(at).trim());
        if text.is_empty() {
            body[i] = closing;
            closing_start = i;
        } else {
            body[i] = text;
            body.insert(i + 1, closing);
            closing_start = i + 1;
        }
    }
    let preamble_end = first_structural.min(closing_start);
    // Above the title: the notice's own numbered headings (a page's outline of it), and the
    // page's lines.
    let (contents, before_title): (Vec<Piece<'a>>, Vec<Piece<'a>>) = (all[..head_start].iter())
        .copied()
        .filter(|l| Some(*l) != dateline && Some(*l) != reported)
        .partition(|l| is_structural(*l));
    Outline {
        before_title,
        contents,
        page_lines,
        title: lines[..title_len].to_vec(),
        dateline,
        reported,
        preamble: body[..preamble_end].to_vec(),
        sections: sections(&body[preamble_end..closing_start]),
        closing: body[closing_start..].to_vec(),
        attachment: attachment.to_vec(),
        signature_name: signature.name,
        co_signer: signature.co_signer,
        signature_date: signature.date,
        after_signature,
    }
}

/// The lines with a page's labels and details cut from the title they share a line with,
/// near the top: "文件名称：中共……的通报" (a metadata block's title) gives the label and the
/// title; "中共……的通报 2025-04-18" or "……的通报 发布时间：……" (a page date appended to the
/// title) gives the title and the page's words.
fn split_head_lines<'a>(lines: &[Piece<'a>]) -> Vec<Piece<'a>> {
    const TITLE_LABELS: [&str; 3] = ["文件名称：", "标题：", "题名："];
    let mut out = Vec::with_capacity(lines.len() + 2);
    for (i, line) in lines.iter().enumerate() {
        if i >= PAGE_FURNITURE_LINES || is_sentence(line.text) {
            out.push(*line);
            continue;
        }
        // A title dated in brackets at its end ("……转交群众信访问题综合情况（2021年12月22
        // 日）"): the title, then the date, which dates the notice as a line of its own would.
        if let Some(cut) = dated_title_end(line.text) {
            out.push(line.to(cut).trim());
            out.push(line.from(cut));
            continue;
        }
        if !line.text.contains("整改") {
            out.push(*line);
            continue;
        }
        let bare = line.text.trim_start_matches(BULLETS);
        let label = TITLE_LABELS
            .iter()
            .find_map(|l| spaced_prefix(bare, l))
            .map(|len| line.text.len() - bare.len() + len);
        let (label, rest) = match label {
            Some(len) => (Some(line.to(len)), line.from(len).trim()),
            None => (None, *line),
        };
        out.extend(label);
        // A breadcrumb on the title's line ("某市人民政府门户网站 某市交通运输局 政务公告
        // 中共……关于……的通报"): its words, then the title.
        let rest = match page_words_before(rest.text) {
            Some(cut) => {
                out.push(rest.to(cut).trim());
                rest.from(cut)
            }
            None => rest,
        };
        match page_words_after(rest.text) {
            Some(cut) => {
                out.push(rest.to(cut).trim());
                out.push(rest.from(cut).trim());
            }
            None => out.push(rest),
        }
    }
    out.retain(|l| !l.is_empty());
    out
}

/// Where the bracketed date that ends a title stands (its opening bracket): a title's end
/// (……情况, ……通报) then a day's date in brackets.
fn dated_title_end(line: &str) -> Option<usize> {
    let open = line
        .trim_end()
        .ends_with(['）', ')'])
        .then(|| line.rfind(['（', '(']))??;
    let title = line[..open].trim_end();
    let ends_title = vocabulary::TITLE_ENDS
        .iter()
        .any(|end| title.ends_with(end));
    (ends_title && is_announcement(&line[open..])).then_some(open)
}

/// Where a title starts on a line that a page's words precede, blanks between them: at the
/// words that run into 关于 (the issuer, two characters or more), after the last blank
/// before them. A title spaced out a character at a time (中 共 某 局 关于) is left whole.
fn page_words_before(line: &str) -> Option<usize> {
    let (about, _) = vocabulary::about_at(line)?;
    let blank = line[..about].rfind(crate::text::source::is_blank)?;
    let issuer_start = blank + line[blank..].chars().next().map_or(1, char::len_utf8);
    let before = line[..blank].trim_end_matches(crate::text::source::is_blank);
    let issuer = &line[issuer_start..about];
    let words = |t: &str| t.chars().count();
    (words(issuer) >= 2 && words(before.rsplit(crate::text::source::is_blank).next()?) >= 2)
        .then_some(issuer_start)
}

/// Where a title line's own words end and a page's begin: blanks followed by a date
/// (2025-04-18, 2025年4月18日, 2025/04/18) or by a page line's label.
fn page_words_after(line: &str) -> Option<usize> {
    let mut blank = None;
    for (at, c) in line.char_indices() {
        if crate::text::source::is_blank(c) {
            blank = blank.or(Some(at));
            continue;
        }
        if blank.is_some() {
            let rest = &line[at..];
            // "……的通报 (2024-07-26)": the page's date in brackets too.
            let date = rest.strip_prefix(['(', '（']).unwrap_or(rest);
            let bytes = date.as_bytes();
            let dated = bytes.len() > 4
                && bytes[..4].iter().all(u8::is_ascii_digit)
                && date[4..].starts_with(['-', '/', '.', '年']);
            if dated || is_page_line(rest) {
                return Some(at);
            }
        }
        blank = None;
        // "……整改情况的报告——2023年4月在……会议上": a dateline on the title's line.
        if matches!(c, '—' | '-') && at > 0 && is_dateline(&line[at..]) {
            return Some(at);
        }
    }
    None
}

/// How far to look for the title from the top, and for the signature from the bottom, of
/// a text that may be a whole saved web page.
const PAGE_FURNITURE_LINES: usize = 12;

/// Where the title starts: the first title-like line within the first few (a saved page's
/// navigation and metadata come first). A title speaks of 整改, is one sentence without a
/// full stop or comma, and is no breadcrumb (首页 > 通知公告 > …). `None` when no line
/// is: the text starts at the opening, as text copied from a page's content area does.
fn title_start(lines: &[Piece<'_>]) -> Option<usize> {
    // A rule of dashes (----) above the title is no part of it: a title has words.
    // Nor is the date it was announced on (（2025年4月1日公告）).
    let is_title_line = |line: &Piece<'_>| {
        !line.text.contains(['。', '，', '>', '＞', '»', '|', '｜'])
            && line.text.chars().count() <= 100
            && line.text.chars().any(char::is_alphanumeric)
            && !is_announcement(line.text)
    };
    // A title on two lines may say 整改 on its second line only. A supervision's notes on
    // the petitions it passed on say 办理情况 instead: a title that ends as titles do
    // (……督察组转办信访举报件办理情况的通报) and names the kind is one too.
    let names_the_work = |line: &Piece<'_>| {
        line.text.contains("整改")
            || vocabulary::TITLE_ENDS
                .iter()
                .any(|e| line.text.ends_with(e))
                && vocabulary::KINDS
                    .iter()
                    .any(|(kind, _)| line.text.contains(kind))
    };
    let starts_title = |at: usize| {
        let len = title_len(&lines[at..]);
        lines[at..at + len].iter().all(is_title_line)
            && lines[at..at + len].iter().any(names_the_work)
            && !is_page_line(lines[at].text)
    };
    let head = (0..lines.len().min(PAGE_FURNITURE_LINES))
        .take_while(|&at| !is_structural(lines[at]) && !is_sentence(lines[at].text));
    // A column's name that a breadcrumb ends with is passed over for a title under it; a
    // breadcrumb that ends with the notice's own title names no other.
    (head.clone())
        .find(|&at| starts_title(at) && !names_the_column(&lines[..at], lines[at].text))
        .or_else(|| head.clone().find(|&at| starts_title(at)))
        .or_else(|| {
            // A document-sharing page may set the notice's outline, its headings numbered,
            // above its title: a title (……关于……的通报) after lines that are no sentence, with
            // the opening under it, starts the notice.
            (0..lines.len().min(OUTLINE_LINES))
                .take_while(|&at| !is_sentence(lines[at].text))
                .find(|&at| {
                    let len = title_len(&lines[at..]);
                    starts_title(at)
                        && lines[at..at + len].iter().any(|l| l.text.contains("关于"))
                        && lines.get(at + len).is_some_and(|l| is_sentence(l.text))
                })
        })
        .or_else(|| {
            // A news page that quotes the notice under a lead of its own ("……济南通报巡视整改
            // 进展情况。以下为内容摘要："): a title (……关于……的通报) right under a line that
            // announces it with a colon, with the opening under it.
            (1..lines.len().min(PAGE_FURNITURE_LINES)).find(|&at| {
                let len = title_len(&lines[at..]);
                starts_title(at)
                    && lines[at - 1].text.ends_with(['：', ':'])
                    && lines[at..at + len].iter().any(|l| l.text.contains("关于"))
                    && lines.get(at + len).is_some_and(|l| is_sentence(l.text))
            })
        })
}

/// Whether `line` is what a breadcrumb above it ends with: the name of the page's column
/// ("当前位置: 首页 > 政务信息 > 审计结果公告", then "审计结果公告" over the notice's own
/// title), or the notice's title itself.
fn names_the_column(above: &[Piece<'_>], line: &str) -> bool {
    let line = line.trim();
    above.iter().any(|crumbs| {
        let last = crumbs
            .text
            .rsplit(['>', '＞', '»'])
            .next()
            .unwrap_or_default();
        crumbs.text.contains(['>', '＞', '»']) && last.trim() == line
    })
}

/// How far to look for a title under an outline of the notice's headings.
const OUTLINE_LINES: usize = 40;

/// How far to look for the first sentence of a text without a title: a government site's
/// metadata block, a cell a line (索引号, 发布机构, 发文日期, 信息来源, 访问次数 and their
/// values), may take a dozen lines and more above it.
const OPENING_LINES: usize = 24;

/// Where a text without a title starts: its first sentence within the first lines (a
/// page's navigation, a date or a source line may stand before it), else its first line.
fn opening_start(lines: &[Piece<'_>]) -> usize {
    (0..lines.len().min(OPENING_LINES))
        .find(|&at| is_sentence(lines[at].text) || is_structural(lines[at]))
        .unwrap_or(0)
}

/// Whether a line reads as running text: it has a comma or a full stop. Page details, a
/// title repeated, an address line (区人大常委会：) and a dateline have neither; nor has a
/// short item of a page's bulleted metadata, though its words may ("• 财政,审计": the topics
/// a government site files a notice under).
fn is_sentence(line: &str) -> bool {
    /// Longer than an item of metadata: a paragraph set as a bulleted item is text.
    const METADATA_ITEM_CHARS: usize = 20;
    let metadata_item =
        line.starts_with(['•', '●', '■', '◆', '▪']) && line.chars().count() <= METADATA_ITEM_CHARS;
    line.contains(['，', '。', '；']) && !metadata_item
}

/// How many lines between the title (or the top) and the opening are not the notice's
/// text: page details (发布时间, 来源, 浏览量), a metadata block (信息索引号, 成文日期), the
/// title repeated or broken over lines, a dateline, the speaker and the address of a report
/// (区人大常委会：). They run up to the first sentence or marked line, within a few lines;
/// without a title, the text starts at its first sentence and only page lines are taken.
fn head_len(lines: &[Piece<'_>], after_title: bool) -> usize {
    let page_lines = lines.iter().take_while(|l| is_page_line(l.text)).count();
    if !after_title {
        return page_lines;
    }
    // After the page's lines, which may have commas of their own ("打开微信扫一扫，点击右上角
    // 分享即可"): a dateline and a speaker may follow them.
    let to_opening = lines[page_lines..]
        .iter()
        .take(PAGE_FURNITURE_LINES)
        .position(|l| is_sentence(l.text) || is_structural(*l));
    to_opening.map_or(page_lines, |at| page_lines + at)
}

/// A report's dateline: a date written as "——2025年12月30日在……会议上" (the dashes may be
/// ASCII, the words after the date may run onto the next line), or in brackets.
pub(crate) fn is_dateline(line: &str) -> bool {
    let rest = line
        .trim_start_matches(['—', '-', '－', '–', '（', '('])
        .trim_start();
    let dashed = rest.len() < line.len();
    let found = dates::find(rest);
    let Some(first) = found.first().filter(|d| d.range.start == 0) else {
        return false;
    };
    // Without its dashes: "2018年11月22日在市人大常委会第十六次会议上".
    let at_a_meeting = rest[first.range.end..].starts_with('在') && rest.contains("会");
    dashed || at_a_meeting
}

/// Whether a line says the notice was published on its date, and nothing else: an audit
/// office's results bulletin (审计结果公告) is dated "（2025年4月1日公告）" under its number,
/// with or without its brackets; the day it was reported to a congress may follow. A
/// supervision's disclosure published in batches is dated, in brackets, with its batches
/// ("（第29、30批 2021年5月10日）"), and a bracketed date alone under a title dates it too.
fn is_announcement(line: &str) -> bool {
    const BLANKS: [char; 2] = [' ', '\u{3000}'];
    const BRACKETS_AND_BLANKS: [char; 6] = ['（', '(', '）', ')', ' ', '\u{3000}'];
    let line = line.trim_matches(BLANKS);
    let bracketed = line.starts_with(['（', '(']) && line.ends_with(['）', ')']);
    let inner = line.trim_matches(BRACKETS_AND_BLANKS);
    let (dated, announced) = match inner.strip_suffix("公告") {
        Some(dated) => (dated.trim_matches(BLANKS), true),
        None if bracketed => (without_batches(inner), false),
        None => return false,
    };
    // A bracketed date without 公告 is the whole line's, and a day's, not a month's: a
    // meeting's dateline says more after its date ("（2025年8月26日在……会议上）").
    dates::find(dated).first().is_some_and(|date| {
        date.range.start == 0
            && dated[date.range.end..].trim().is_empty()
            && (announced || dated.ends_with('日'))
    })
}

/// `words` without the batches they start with ("第29、30批 "): a disclosure published in
/// batches names them before its date.
fn without_batches(words: &str) -> &str {
    let is_batch_number = |c: char| {
        numerals::is_arabic_digit(c) || numerals::is_chinese_numeral(c) || "、，,至-—".contains(c)
    };
    (words.strip_prefix('第'))
        .and_then(|rest| rest.split_once('批'))
        .filter(|(numbers, _)| !numbers.is_empty() && numbers.chars().all(is_batch_number))
        .map_or(words, |(_, rest)| {
            rest.trim_start_matches([' ', '\u{3000}'])
        })
}

/// Lines a web page puts around the notice: date, source, font size, views, sharing, and
/// a government site's metadata block (信息索引号, 文件名称, 发布机构, 成文日期, 公开方式),
/// bulleted or not.
fn is_page_line(line: &str) -> bool {
    const PAGE_LINE_STARTS: [&str; 40] = [
        // A page's clock ("今天是:2018年6月4日 星期一"), never the notice's date.
        "今天是",
        "发布时间",
        "发布日期",
        "发表时间",
        "日期：",
        "时间：",
        "来源：",
        "信息来源",
        "文章来源",
        "字号",
        "字体",
        "【字体",
        "浏览次数",
        "浏览量",
        "访问量",
        "访问次数",
        "点击数",
        "阅读量",
        "作者：",
        "编辑：",
        "责任编辑",
        "分享",
        "朗读",
        "扫一扫",
        // "打开微信扫一扫，点击右上角分享即可": a sharing button's hint.
        "打开微信",
        "打印",
        "信息索引号",
        "索引号",
        "文件名称",
        "发布机构",
        "成文日期",
        "成文时间",
        "发文时间",
        "公开方式",
        "主题分类",
        "效力状态",
        // A metadata block's document number and validity, spaced out ("文  号:", "有 效 性:"),
        // often empty.
        "文号：",
        "发文字号",
        "有效性",
        "阅读次数",
    ];
    let line = line.trim_start_matches(BULLETS);
    // "来源：某某日报4月17日，……。": a page line glued to the text is the text.
    PAGE_LINE_STARTS
        .iter()
        .any(|s| spaced_prefix(line, s).is_some())
        && !line.contains('。')
}

/// The marks and blanks a metadata block's lines start with ("• 成文日期：", "- 索 引 号:").
const BULLETS: [char; 8] = ['•', '·', '●', '■', '◆', '-', ' ', '\u{3000}'];

/// The length of `label` at the start of `line`, blanks allowed between its characters:
/// metadata blocks space short labels out to the width of long ones ("标 题：", "索 引 号",
/// "文 号").
fn spaced_prefix(line: &str, label: &str) -> Option<usize> {
    let mut at = 0;
    for (k, c) in label.chars().enumerate() {
        if k > 0 {
            let rest = &line[at..];
            at += rest.len() - rest.trim_start_matches(crate::text::source::is_blank).len();
        }
        if !line[at..].starts_with(c) {
            return None;
        }
        at += c.len_utf8();
    }
    Some(at)
}

/// Whether a line asks for comment in its words ("……向社会公示，如有异议，请……反映。"),
/// whatever it starts with.
fn invites_comment(line: &str) -> bool {
    const ASKS: [&str; 3] = ["如有异议", "有异议的", "如有意见"];
    vocabulary::INVITATIONS.iter().any(|w| line.starts_with(w))
        || ASKS.iter().any(|w| line.contains(w))
}

/// Where a paragraph's closing starts: at the sentence that invites comment ("公示期间如有
/// 异议，……", "如有意见……") or gives the comment window ("公示时间为……"), when a channel's
/// label follows it ("联系电话：……") in the paragraph or, where `labelled_below`, on the
/// lines under it; at the paragraph's start only where `may_start` (never in the opening).
fn closing_in_paragraph(line: Piece<'_>, may_start: bool, labelled_below: bool) -> Option<usize> {
    let text = line.text;
    let starts_closing = |sentence: &str| {
        let sentence = sentence.trim_start();
        let first = sentence.split('。').next().unwrap_or_default();
        vocabulary::INVITATIONS
            .iter()
            .any(|w| sentence.starts_with(w))
            || vocabulary::WINDOW_WORDS.iter().any(|w| first.contains(w))
    };
    let labels_follow = |rest: &str| {
        (rest.char_indices()).any(|(k, _)| vocabulary::closing_label_at(rest, k).is_some())
    };
    let starts = (text.match_indices('。')).map(|(at, stop)| at + stop.len());
    (may_start.then_some(0).into_iter().chain(starts))
        .filter(|&at| at < text.len())
        .find(|&at| starts_closing(&text[at..]) && (labelled_below || labels_follow(&text[at..])))
}

/// Where an attachment starts: the last line that heads one ("附件", "附件1：……情况表",
/// short and no sentence) with lines after it and a paragraph of the notice before it; the
/// end when there is none. A notice lists its attachment ("附件：……") above its signature,
/// and sets the attachment itself after it under a heading of its own: the last heading is
/// the attachment's.
fn attachment_start(lines: &[Piece<'_>]) -> usize {
    let heads_attachment = |line: &str| {
        line.starts_with("附件") && line.chars().count() <= 40 && !line.contains(['。', '，'])
    };
    // A page that attaches the notice itself ("附件：" over the report, under a news item's
    // lines) has no paragraph above it.
    let last_heading = (2..lines.len().saturating_sub(1)).rev().find(|&at| {
        heads_attachment(lines[at].text) && lines[..at].iter().any(|l| is_paragraph(l.text))
    });
    match last_heading {
        // A list of attachments over the signature: the attachment, without a heading of
        // its own, starts under the signature's date.
        Some(at) => signature_under(lines, at).unwrap_or(at),
        None => lines.len(),
    }
}

/// Where the signature under the list of attachments at `at` ends ("附件：……公示表", then
/// who signs and the date, within a few lines and no paragraph between), if one does.
fn signature_under(lines: &[Piece<'_>], at: usize) -> Option<usize> {
    const LIST_AND_SIGNATURE_LINES: usize = 6;
    (at + 2..lines.len().min(at + LIST_AND_SIGNATURE_LINES))
        .take_while(|&k| !is_paragraph(lines[k - 1].text))
        .find(|&k| is_date_line(lines[k].text) && is_name_line(lines[k - 1].text))
        .map(|date| date + 1)
}

/// A notice's signature: who signs, and when.
#[derive(Default)]
struct Signature<'a> {
    name: Option<Piece<'a>>,
    co_signer: Option<Piece<'a>>,
    date: Option<Piece<'a>>,
}

/// The signature and where the text before it ends: the last signature within the final
/// few lines, so that a saved page's footer after it is left out; without a signature, the
/// footer's first line ([`is_footer_line`]) ends the body. Gives the end of the body, the
/// index just past the signature, and the signature.
fn last_signature<'a>(lines: &[Piece<'a>]) -> (usize, usize, Signature<'a>) {
    let floor = lines.len().saturating_sub(PAGE_FURNITURE_LINES);
    // A bulletin's masthead ("某指挥部办公室    2021年1月13日") over its paragraphs signs
    // nothing: a signature has no paragraph after it.
    let last_paragraph = lines.iter().rposition(|l| is_paragraph(l.text));
    for past in (floor + 1..=lines.len()).rev() {
        if last_paragraph.is_some_and(|at| at >= past) {
            break;
        }
        let mut end = past;
        let found = signature(lines, &mut end);
        if found.date.is_some() {
            return (end, past, found);
        }
    }
    // Without a signature, a saved page's footer still ends the notice; so does a news
    // page's byline, under the article's text (above it, it is the page's head).
    let footer = (floor..lines.len()).find(|&at| {
        is_footer_line(lines[at].text)
            || is_byline(lines[at].text) && lines[..at].iter().any(|l| is_paragraph(l.text))
    });
    let end = footer.unwrap_or(lines.len());
    (end, end, Signature::default())
}

/// Whether a line is a paragraph of running text: twenty characters or more with a full
/// stop, not a page's footer.
fn is_paragraph(line: &str) -> bool {
    line.contains('。') && line.chars().count() >= 20 && !is_footer_line(line)
}

/// Whether a line is a web page's footer: its copyright, its record numbers, its site's
/// code ("版权所有", "京ICP备……号", "网站标识码"), or the heading of a list of other
/// articles under the text ("相关新闻" over "- 2016-12-25……"), never the notice's.
fn is_footer_line(line: &str) -> bool {
    const FOOTER_WORDS: [&str; 6] = [
        "版权所有",
        "ICP备",
        "网站标识码",
        "公网安备",
        "主办单位：",
        "技术支持：",
    ];
    const OTHER_ARTICLES: [&str; 6] = [
        "相关新闻",
        "相关阅读",
        "相关链接",
        "相关文章",
        "延伸阅读",
        "推荐阅读",
    ];
    FOOTER_WORDS.iter().any(|w| line.contains(w))
        || OTHER_ARTICLES.contains(
            &line.trim_matches(|c: char| {
                crate::text::source::is_blank(c) || matches!(c, '：' | ':')
            }),
        )
}

/// Whether a line is a news page's byline ("编辑：某某 纠错：……@qq.com", "责任编辑：某某",
/// "编辑：某某2021-11-23 10:50内容来源：……"): the page's, above the article or under it.
fn is_byline(line: &str) -> bool {
    const BYLINE_STARTS: [&str; 3] = ["编辑：", "责任编辑", "责编："];
    BYLINE_STARTS.iter().any(|w| line.starts_with(w)) || line.contains("纠错：")
}

/// The signature at the end: a date line, and the name line above it (or both on one line);
/// a second body's name beside the first or on the line above it signs too.
fn signature<'a>(lines: &[Piece<'a>], end: &mut usize) -> Signature<'a> {
    let Some(last) = lines.get(end.wrapping_sub(1)).filter(|_| *end > 1) else {
        return Signature::default();
    };
    let is_signers_line = |l: &Piece<'_>| {
        is_name_line(l.text) && !is_structural(*l) && !is_next_steps_heading(l.text)
    };
    if is_date_line(last.text) {
        *end -= 1;
        let name = lines
            .get(*end - 1)
            .filter(|l| *end > 1 && is_signers_line(l));
        let Some(&name) = name else {
            return Signature {
                date: Some(*last),
                ..Signature::default()
            };
        };
        *end -= 1;
        // "中共某县委" over "某县人民政府": both bodies sign, the first named first.
        let above = lines.get(*end - 1).filter(|l| {
            *end > 1 && is_signers_line(l) && names_a_body(l.text) && names_a_body(name.text)
        });
        if let Some(&above) = above {
            *end -= 1;
            return Signature {
                name: Some(above),
                co_signer: Some(name),
                date: Some(*last),
            };
        }
        let (name, co_signer) = two_signers(name);
        return Signature {
            name: Some(name),
            co_signer,
            date: Some(*last),
        };
    }
    if let Some((name, date)) = signed_line(*last) {
        *end -= 1;
        let (name, co_signer) = two_signers(name);
        return Signature {
            name: Some(name),
            co_signer,
            date: Some(date),
        };
    }
    Signature::default()
}

/// A name and the date after it on one line ("中共某某委员会    2025年10月16日"): the name
/// and the date.
fn signed_line(line: Piece<'_>) -> Option<(Piece<'_>, Piece<'_>)> {
    let found = dates::find(line.text).pop()?;
    let dated =
        found.range.end == line.text.len() && found.start.day.is_some() && found.end.is_none();
    let name = line.to(found.range.start).trim();
    let named = !name.is_empty()
        && is_name_line(name.text)
        && name.text.ends_with(|c: char| !c.is_ascii_digit());
    (dated && named).then(|| (name, line.from(found.range.start)))
}

/// A signature's name line that names two bodies, blanks between ("中共某县委  某县人民政府"):
/// the first, and the second; a line of one name (spaced out or not) is that name.
fn two_signers(line: Piece<'_>) -> (Piece<'_>, Option<Piece<'_>>) {
    let Some(gap) = line.text.find(crate::text::source::is_blank) else {
        return (line, None);
    };
    let (first, second) = (line.to(gap).trim(), line.from(gap).trim());
    if names_a_body(first.text)
        && names_a_body(second.text)
        && !second.text.contains(crate::text::source::is_blank)
    {
        (first, Some(second))
    } else {
        (line, None)
    }
}

/// Whether words name a body by their last words (某县人民政府, 中共某县委), as the party
/// registry tells its kinds.
fn names_a_body(words: &str) -> bool {
    words.chars().count() >= 4 && parties::kind_of(words) != crate::PartyKind::Other
}

/// How many lines the title takes: one, or two when a long title is broken before its
/// last words (…整改进展 / 情况的通报) or before 关于. A second line that names its own
/// issuer before 关于 is a whole title: the line above it is a page's (政务公开).
/// Whether a line is the names of web sites a page links to ("中国政府网 某省政府网
/// 某市政府网"): a page's header, never a title's first line.
fn names_sites(line: &str) -> bool {
    let mut words = line
        .split(crate::text::source::is_blank)
        .filter(|w| !w.is_empty());
    words.clone().next().is_some() && words.all(|w| w.ends_with('网') || w.ends_with("网站"))
}

/// Whether a line starts with a day's date: a page's date ("2021年5月11日 星期二") is no
/// title's first line; a year may be ("2025年第1号公告:西安市……" over "……整改情况").
fn starts_with_date(line: &str) -> bool {
    (dates::find(line).first())
        .is_some_and(|date| date.range.start == 0 && date.start.day.is_some())
}

fn title_len(lines: &[Piece<'_>]) -> usize {
    match lines {
        [] => 0,
        [first, second, ..]
            if !vocabulary::TITLE_ENDS
                .iter()
                .any(|e| first.text.ends_with(e))
                && vocabulary::TITLE_ENDS
                    .iter()
                    .any(|e| second.text.ends_with(e))
                && !second.text.contains(['。', '，'])
                && vocabulary::about_at(second.text).is_none_or(|(at, _)| at == 0)
                && !is_structural(*second)
                && !names_sites(first.text)
                && !starts_with_date(first.text)
                // A page's two-character label ("其他", "正文") is no issuer's line.
                && first.text.chars().count() > 2 =>
        {
            2
        }
        _ => 1,
    }
}

fn sections<'a>(lines: &[Piece<'a>]) -> Vec<Section<'a>> {
    let mut sections: Vec<Section<'a>> = Vec::new();
    for line in lines {
        let heading = match marker(*line) {
            Some((Marker::Section(_), _, rest)) => Some(SectionKind::of_heading(
                rest.text.split('：').next().unwrap_or_default(),
            )),
            None if is_next_steps_heading(line.text) => Some(SectionKind::NextSteps),
            _ => None,
        };
        match (heading, sections.last_mut()) {
            (Some(kind), _) => {
                let (heading, first) = heading_and_text(*line);
                sections.push(Section {
                    kind,
                    heading: Some(heading),
                    lines: first.into_iter().collect(),
                })
            }
            (None, Some(section)) => section.lines.push(*line),
            (None, None) => sections.push(Section {
                kind: SectionKind::Areas,
                heading: None,
                lines: vec![*line],
            }),
        }
    }
    for section in &mut sections {
        if section.kind == SectionKind::Areas && tells_the_whole_work(section) {
            section.kind = SectionKind::Responsibility;
        }
    }
    sections
}

/// Whether a section tells of the work as a whole in paragraphs, with no area under it
/// ("一、总体情况", "一、整改工作组织情况", "一、整改工作总体推进情况", "一、坚决扛起……政治
/// 责任", "一、审计整改工作部署和成效", then 一是……二是……): it is read as section 一's
/// points are. Under such a heading, （一） still opens areas.
fn tells_the_whole_work(section: &Section<'_>) -> bool {
    const WHOLE_WORK: [&str; 5] = ["总体情况", "总体推进", "组织情况", "政治责任", "工作部署"];
    let Some((Marker::Section(_), _, rest)) = section.heading.and_then(marker) else {
        return false;
    };
    WHOLE_WORK.iter().any(|w| rest.text.contains(w))
        && !(section.lines.iter()).any(|l| matches!(marker(*l), Some((Marker::Item(_), _, _))))
}

/// A section's heading and the text after its colon on the same line ("一、转办问题基本情况：
/// 某公司……", "二、整改情况：……"): the text is the section's first line, read as its
/// paragraphs are, not layout of the heading.
fn heading_and_text(line: Piece<'_>) -> (Piece<'_>, Option<Piece<'_>>) {
    /// How far into a heading its colon may stand: a label, not a sentence.
    const LABEL_CHARS: usize = 20;
    let colon = (line.text.char_indices().take(LABEL_CHARS + 4)).find(|(_, c)| *c == '：');
    match colon {
        Some((at, c)) if !line.from(at + c.len_utf8()).trim().is_empty() => {
            let end = at + c.len_utf8();
            (line.to(end), Some(line.from(end).trim()))
        }
        _ => (line, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::source::piece;

    #[test]
    fn sections_told_from_their_headings() {
        for (heading, kind) in [
            (
                "一、党组履行巡察整改主体责任情况",
                SectionKind::Responsibility,
            ),
            ("一、组织整改落实情况", SectionKind::Responsibility),
            ("一、巡察整改组织领导情况", SectionKind::Responsibility),
            ("一、整改工作基本情况", SectionKind::Responsibility),
            ("一、巡察整改工作开展情况", SectionKind::Responsibility),
            (
                "一、坚持把巡察整改作为重要政治任务抓实抓好",
                SectionKind::Responsibility,
            ),
            (
                "一、提高政治站位，压实整改责任",
                SectionKind::Responsibility,
            ),
            (
                "一、强化政治担当，坚决扛牢巡察整改政治责任",
                SectionKind::Responsibility,
            ),
            ("二、巡察反馈问题整改进展情况", SectionKind::Areas),
            ("二、审计查出问题的整改情况", SectionKind::Areas),
            ("三、下一步工作打算", SectionKind::NextSteps),
        ] {
            assert_eq!(SectionKind::of_heading(heading), kind, "{heading}");
        }
    }

    #[test]
    fn every_label_the_closing_reads_starts_a_closing_line() {
        for (label, _) in vocabulary::CLOSING_LABELS {
            assert!(is_closing_line(&format!("{label}：某某")), "{label}");
        }
        assert!(is_closing_line("欢迎广大干部群众对整改落实情况进行监督。"));
        assert!(is_closing_line(
            "请通过以下方式反映。联系电话：0763-3374341"
        ));
        // Two-character labels only with their colon: these are sentences of the next steps.
        assert!(!is_closing_line("网站建设纳入年度计划。"));
        assert!(!is_closing_line("电话回访群众120人次。"));
        assert!(!is_closing_line("持续巩固整改成果。"));
    }

    fn lines(text: &str) -> Vec<Piece<'_>> {
        let mut offset = 0;
        text.split('\n')
            .map(|line| {
                let piece = Piece {
                    text: line,
                    start: offset,
                };
                offset += line.len() + 1;
                piece
            })
            .collect()
    }

    #[test]
    fn a_title_is_cut_from_the_page_words_it_shares_a_line_with() {
        let text = "首页 > 巡察整改\n•文件名称：中共某县林业局党组关于巡察整改进展情况的通报\n•成文日期：2025-03-02\n根据县委统一部署，县委第一巡察组对县林业局党组进行了巡察。";
        let first = outline(&lines(text));
        let title: Vec<&str> = first.title.iter().map(|l| l.text).collect();
        assert_eq!(title, ["中共某县林业局党组关于巡察整改进展情况的通报"]);
        let before: Vec<&str> = first.before_title.iter().map(|l| l.text).collect();
        assert_eq!(before, ["首页 > 巡察整改", "•文件名称："]);
        // Labels spaced out to the width of longer ones, after a list's dash.
        let text = "- 索 引 号：0001/2024-00017\n- 成文时间：2024年3月5日\n- 标 题：青溪镇党委关于巡察整改进展情况的通报\n- 效力状态：有效\n青溪镇党委关于巡察整改进展情况的通报\n根据区委统一部署，区委第二巡察组对青溪镇党委进行了巡察。";
        let spaced = outline(&lines(text));
        let title: Vec<&str> = spaced.title.iter().map(|l| l.text).collect();
        assert_eq!(title, ["青溪镇党委关于巡察整改进展情况的通报"]);
        assert!(is_page_line("- 索 引 号：0001/2024-00017"));
        assert!(is_page_line("- 效力状态：有效"));
        assert_eq!(first.preamble.len(), 1);

        // A page's date after the title on its line, bare or in brackets.
        for (after, page) in [
            ("  2025-04-18", "2025-04-18"),
            (" （2025-04-18）", "（2025-04-18）"),
        ] {
            let text = format!(
                "中共某镇委员会关于巡察整改进展情况的通报{after}\n根据县委统一部署，县委第二巡察组对某镇党委进行了巡察。"
            );
            let dated = outline(&lines(&text));
            assert_eq!(
                dated.title[0].text,
                "中共某镇委员会关于巡察整改进展情况的通报"
            );
            assert_eq!(dated.page_lines[0].text, page);
        }

        // A breadcrumb before the title on its line; a title spaced a character at a time.
        let text = "某市人民政府门户网站 某市林业局 政务公告 中共某市林业局党组关于巡察整改情况的通报\n根据市委统一部署，市委第一巡察组对市林业局党组进行了巡察。";
        let crumbs = outline(&lines(text));
        assert_eq!(
            crumbs.title[0].text,
            "中共某市林业局党组关于巡察整改情况的通报"
        );
        let before: Vec<&str> = crumbs.before_title.iter().map(|l| l.text).collect();
        assert_eq!(before, ["某市人民政府门户网站 某市林业局 政务公告"]);
        let spaced = "中 共 某 局 党 组关于巡察整改情况的通报";
        assert_eq!(page_words_before(spaced), None);
        assert_eq!(
            page_words_before("中共某局党组 关于巡察整改情况的通报"),
            None
        );

        // A line of the page's above a title that names its own issuer is no part of it.
        let text = "信息公开\n某县水务局党组关于巡察整改进展情况的通报\n根据县委统一部署，……";
        let third = outline(&lines(text));
        let title: Vec<&str> = third.title.iter().map(|l| l.text).collect();
        assert_eq!(title, ["某县水务局党组关于巡察整改进展情况的通报"]);
        // Broken before 关于, the issuer's line is the title's.
        let text = "中共某县委员会\n关于巡察整改进展情况的通报\n根据市委统一部署，……";
        assert_eq!(outline(&lines(text)).title.len(), 2);
    }

    #[test]
    fn a_news_lead_above_the_notice_it_quotes_is_no_part_of_it() {
        let text = "2024年3月至5月，省委第二巡视组对某市进行了巡视。\n近日，某市通报巡视整改进展情况。全文如下：\n中共某市委员会\n关于省委第二轮巡视整改进展情况的通报\n根据省委统一部署，……\n一、整改工作总体情况";
        let quoted = outline(&lines(text));
        let title: Vec<&str> = quoted.title.iter().map(|l| l.text).collect();
        assert_eq!(
            title,
            ["中共某市委员会", "关于省委第二轮巡视整改进展情况的通报"]
        );
        assert_eq!(quoted.before_title.len(), 2);
        // Without a line that announces it, the sentences are the notice's own.
        let text = text.replace("全文如下：", "现予公布。");
        assert!(outline(&lines(&text)).title.is_empty());
    }

    #[test]
    fn a_news_pages_byline_under_the_article_is_its_footer() {
        let text = "督察组交办的第五批信访件已办结12件。\n进驻期间（2024年5月6日至6月6日）督察组设立专门值班电话：0571—12345678。\n编辑： 某某纠错：12345@qq.com";
        let page = outline(&lines(text));
        let after: Vec<&str> = page.after_signature.iter().map(|l| l.text).collect();
        assert_eq!(after, ["编辑： 某某纠错：12345@qq.com"]);
        assert!(page.closing.iter().all(|l| !l.text.contains("纠错")));
        let text = text.replace("编辑： 某某纠错：12345@qq.com", "责任编辑：某某");
        assert_eq!(outline(&lines(&text)).after_signature.len(), 1);
        // A list of other articles under its heading is the page's too.
        let list = text.replace(
            "责任编辑：某某",
            "相关新闻\n- 2024-05-20某市举办春季招聘会\n- 2024-05-19某县开展防汛演练",
        );
        assert_eq!(outline(&lines(&list)).after_signature.len(), 3);
        // Above the article, a byline is the page's head: the notice under it is whole.
        let text = "中共某区委关于巡视整改进展情况的通报\n编辑：某某2021-11-23 10:50内容来源：某区新闻\n根据省委统一部署，2020年10月12日至12月12日，省委第二巡视组对某区进行了巡视。\n一、提高政治站位";
        let page = outline(&lines(text));
        assert!(page.after_signature.is_empty());
        assert_eq!(page.sections.len(), 1);
    }

    #[test]
    fn an_audit_results_bulletin_is_dated_by_its_announcement() {
        // Its number, the day it was announced, its title, then the day it was reported to
        // the congress: the announcement dates it.
        let text = "某市审计局审计结果公告2023年第4号（总第58号）\n（2023年12月29日公告）\n关于某市2022年度市级预算执行审计查出问题整改情况的报告\n——2023年12月26日在某市人大常委会第十五次会议上\n我受市人民政府委托，报告整改情况，请予审议。";
        let dated = outline(&lines(text));
        assert_eq!(
            dated.dateline.map(|l| l.text),
            Some("（2023年12月29日公告）")
        );
        // Without a title, under a metadata block set out a cell a line (longer than the
        // twelve lines a title is looked for in) whose bulleted topics have a comma (the
        // text as normalized: its marks full-width).
        let cells = "• 索引号\n• 11330600/2025-00417\n• 发布机构\n• 区审计局\n• 主题分类\n• 财政，审计\n• 成文日期\n• 2025-03-28\n• 发布日期\n• 2025-04-02\n• 公开方式\n• 主动公开\n• 访问次数";
        let text = format!(
            "{cells}\n（2025年3月28日公告）\n根据审计法的规定，区审计局对某镇进行了审计。现将审计结果公告如下：\n一、基本情况"
        );
        let untitled = outline(&lines(&text));
        assert_eq!(
            untitled.dateline.map(|l| l.text),
            Some("（2025年3月28日公告）")
        );
        assert_eq!(
            untitled.preamble.first().map(|l| l.text),
            Some("根据审计法的规定，区审计局对某镇进行了审计。现将审计结果公告如下：")
        );
        // A supervision's disclosure in batches, on a newspaper's page: its batches and
        // date in brackets under the title date it; the page's date above the title is no
        // line of it.
        let text = "2023年9月14日 星期四\n某督察组群众举报件信息公开\n（第12、13批 2023年9月13日）\n序号 5 受理编号\n某厂夜间生产，废气刺鼻，废水经暗管排入水渠。";
        let batches = outline(&lines(text));
        assert_eq!(
            batches.title.iter().map(|l| l.text).collect::<Vec<_>>(),
            ["某督察组群众举报件信息公开"]
        );
        assert_eq!(
            batches.dateline.map(|l| l.text),
            Some("（第12、13批 2023年9月13日）")
        );
        for (line, dates) in [
            ("（2023年9月13日）", true),
            ("(第十二批 2023年9月13日)", true),
            ("（2023年9月）", false),
            ("（2023年9月13日在某市人大常委会会议上）", false),
            ("（第12批）", false),
        ] {
            assert_eq!(is_announcement(line), dates, "{line}");
        }
        // A paragraph set as a bulleted item is text.
        assert!(is_sentence(
            "• 区审计局对某镇2023年度财政收支进行了审计，发现问题5个。"
        ));
        assert!(!is_sentence("• 财政，审计"));
    }

    #[test]
    fn a_columns_name_under_its_breadcrumb_is_no_title_and_a_dateline_follows_the_page_lines() {
        let text = "当前位置：首页 > 政务信息 > 审计结果公告\n审计结果公告\n关于某市2023年度审计查出问题整改情况的报告\n发布时间：2024-06-27\n打开微信扫一扫，点击右上角分享即可\n——2024年6月25日在某市人大常委会第十次会议上\n市审计局局长 某某\n我受市人民政府委托，报告整改情况，请予审议。";
        let report = outline(&lines(text));
        let title: Vec<&str> = report.title.iter().map(|l| l.text).collect();
        assert_eq!(title, ["关于某市2023年度审计查出问题整改情况的报告"]);
        assert_eq!(
            report.dateline.map(|l| l.text),
            Some("——2024年6月25日在某市人大常委会第十次会议上")
        );
        assert_eq!(
            report.preamble.first().map(|l| l.text),
            Some("我受市人民政府委托，报告整改情况，请予审议。")
        );
        // Links to other sites above a title are no line of it.
        let text = "中国政府网 某省政府网 某市政府网\n省级生态环境保护督察第3项问题整改公示\n某区已完成该项问题整改，现予公示。";
        let title: Vec<&str> = outline(&lines(text)).title.iter().map(|l| l.text).collect();
        assert_eq!(title, ["省级生态环境保护督察第3项问题整改公示"]);
        // A breadcrumb that ends with the notice's own title leaves the title its own.
        let text = "首页 > 通知公告 > 某县水务局党组关于巡察整改情况的通报\n某县水务局党组关于巡察整改情况的通报\n根据县委统一部署，县委第一巡察组对县水务局党组进行了巡察。";
        let title: Vec<&str> = outline(&lines(text)).title.iter().map(|l| l.text).collect();
        assert_eq!(title, ["某县水务局党组关于巡察整改情况的通报"]);
    }

    #[test]
    fn two_bodies_sign_together_and_the_first_is_the_signature() {
        fn signers(text: &str) -> (Option<&str>, Option<&str>, Option<&str>) {
            let outline = outline(&lines(text));
            (
                outline.signature_name.map(|l| l.text),
                outline.co_signer.map(|l| l.text),
                outline.signature_date.map(|l| l.text),
            )
        }
        let opening =
            "某县人民政府关于督察整改情况的公示\n某县已完成督察反馈问题整改，现予公示。\n";
        assert_eq!(
            signers(&format!("{opening}中共某县委\n某县人民政府\n2023年10月8日")),
            (
                Some("中共某县委"),
                Some("某县人民政府"),
                Some("2023年10月8日")
            )
        );
        assert_eq!(
            signers(&format!("{opening}中共某县委  某县人民政府\n2023年10月8日")),
            (
                Some("中共某县委"),
                Some("某县人民政府"),
                Some("2023年10月8日")
            )
        );
        // One body, its name spaced out; a last line of the text above its name.
        assert_eq!(
            signers(&format!("{opening}某 县 人 民 政 府\n2023年10月8日")),
            (Some("某 县 人 民 政 府"), None, Some("2023年10月8日"))
        );
        assert_eq!(
            signers(&format!("{opening}欢迎监督\n某县人民政府\n2023年10月8日")),
            (Some("某县人民政府"), None, Some("2023年10月8日"))
        );
    }

    #[test]
    fn a_bulletins_masthead_dates_it_and_a_signature_has_no_paragraph_after_it() {
        let text = "某市督察整改工作简报\n2023年    第四期\n某市督察整改指挥部办公室    2023年3月9日\n各地对排查出的36个问题实行清单管理，逐项销号。\n截至目前，已完成整改29个，其余7个正在推进。";
        let bulletin = outline(&lines(text));
        assert_eq!(bulletin.signature_date, None);
        // The page's lines are cut at wide blanks: the date stands on its own.
        assert_eq!(bulletin.dateline.map(|l| l.text), Some("2023年3月9日"));
        assert_eq!(bulletin.preamble.len(), 2);
        assert!(bulletin.after_signature.is_empty());
        // A date with a zero before its month, under a title, is the page template's.
        let text = "某市第五批信访举报件办理情况
2025年06月26日
按照督察组工作要求，全市已对第五批2件信访举报件进行调查处理。";
        assert_eq!(outline(&lines(text)).dateline, None);
    }

    #[test]
    fn an_attachment_after_the_signature_and_a_closing_at_a_paragraphs_end() {
        let text = "某局关于督察整改任务验收的公示\n该项整改任务已完成，现予公示，公示期为2024年5月6日至5月15日。公示期间如有异议，请向某局反映。联系电话：0813-5500000\n附件：整改任务完成情况表\n某局\n2024年5月6日\n附件\n整改任务 |\n清理河道垃圾120吨 |";
        let notice = outline(&lines(text));
        let attachment: Vec<&str> = notice.attachment.iter().map(|l| l.text).collect();
        assert_eq!(attachment, ["附件", "整改任务 |", "清理河道垃圾120吨 |"]);
        assert_eq!(notice.signature_date.map(|l| l.text), Some("2024年5月6日"));
        let closing: Vec<&str> = notice.closing.iter().map(|l| l.text).collect();
        assert_eq!(
            closing,
            [
                "公示期间如有异议，请向某局反映。联系电话：0813-5500000",
                "附件：整改任务完成情况表"
            ]
        );
        assert_eq!(
            notice.preamble.last().map(|l| l.text),
            Some("该项整改任务已完成，现予公示，公示期为2024年5月6日至5月15日。")
        );
        // A list of attachments over the signature, the attachment with no heading of its
        // own under the signature's date (seven bare digits); a label alone on its line
        // over its value is the closing's, and so is the invitation over them.
        let text = "某局关于督察整改任务销号的公示\n按照督察整改销号工作要求，某局牵头整改的水源地保护问题已完成整改，经组织验收，达到销号条件，现予公示。\n公示期间如有异议，请向某局反映。\n联系电话\n0906-5500000\n电子邮箱：a@example.cn\n附件：整改措施完成情况公示表\n某局\n2024915\n整改措施完成情况公示表\n反馈问题\n某水源地未划定保护区。";
        let notice = outline(&lines(text));
        assert_eq!(notice.signature_date.map(|l| l.text), Some("2024915"));
        assert_eq!(
            notice.attachment.first().map(|l| l.text),
            Some("整改措施完成情况公示表")
        );
        let closing: Vec<&str> = notice.closing.iter().map(|l| l.text).collect();
        assert_eq!(
            closing,
            [
                "公示期间如有异议，请向某局反映。",
                "联系电话",
                "0906-5500000",
                "电子邮箱：a@example.cn",
                "附件：整改措施完成情况公示表"
            ]
        );
        // A page that attaches the notice itself, under a news item's lines, keeps it.
        let text = "某网站\n2018-09-28 来源：某部\n附件：\n某省整改情况的报告\n2017年8月1日，督察组向我省反馈督察意见。\n一、提高站位";
        assert!(outline(&lines(text)).attachment.is_empty());
    }

    #[test]
    fn a_section_on_the_work_as_a_whole_is_read_as_points_unless_areas_stand_under_it() {
        let kinds = |text: &str| -> Vec<SectionKind> {
            outline(&lines(text))
                .sections
                .iter()
                .map(|s| s.kind)
                .collect()
        };
        let opening = "某局党组关于巡察整改情况的通报\n根据区委统一部署，区委第二巡察组对某局党组进行了巡察。\n";
        assert_eq!(
            kinds(&format!(
                "{opening}一、整改工作组织情况\n一是提高站位。二是压实责任。\n二、整改任务落实情况\n（一）关于学习不深入的问题\n开展专题学习4次。"
            )),
            [SectionKind::Responsibility, SectionKind::Areas]
        );
        assert_eq!(
            kinds(&format!(
                "{opening}一、整改工作总体情况\n（一）关于学习不深入的问题\n开展专题学习4次。"
            )),
            [SectionKind::Areas]
        );
        // An audit report's account of how the work was set out.
        assert_eq!(
            kinds(&format!(
                "{opening}一、审计整改工作部署和成效\n市政府多次部署整改。\n二、审计查出问题的整改情况\n（一）关于预算执行的问题\n收回资金4万元。"
            )),
            [SectionKind::Responsibility, SectionKind::Areas]
        );
    }

    #[test]
    fn markers() {
        let kind = |text| marker(piece(text)).map(|(m, _, rest)| (m, rest.text));
        assert_eq!(
            kind("一、市委宣传部履行"),
            Some((Marker::Section(1), "市委宣传部履行"))
        );
        assert_eq!(kind("（十一）关于"), Some((Marker::Item(11), "关于")));
        assert_eq!(kind("(二) 关于"), Some((Marker::Item(2), "关于")));
        assert_eq!(kind("1.有力指导"), Some((Marker::Sub(1), "有力指导")));
        assert_eq!(kind("2．增强"), Some((Marker::Sub(2), "增强")));
        assert_eq!(kind("（3）加大"), Some((Marker::Sub(3), "加大")));
        assert_eq!(kind("1.5万人次参加"), None);
        // An item's number run into a count of things that come whole.
        assert_eq!(
            kind("2.15个部门单位已将结余资金纳入预算管理"),
            Some((Marker::Sub(2), "15个部门单位已将结余资金纳入预算管理"))
        );
        assert_eq!(kind("4.5亿元资金已拨付"), None);
        assert_eq!(kind("（深圳）国际"), None);
        assert_eq!(kind("一是严格执行"), None);
        assert_eq!(
            kind("问题2：药品耗材采购监管不严。"),
            Some((Marker::Item(2), "药品耗材采购监管不严。"))
        );
        assert_eq!(kind("问题：药品"), None);
    }
}
