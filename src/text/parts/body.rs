//! The second phase for sections: points (section 一 and the next steps) and areas with
//! their sub-areas and measures (section 二), read from the lines the layout gave each
//! section.

use crate::{Area, Deadline, Document, DocumentAction, Measure, Point, Status};

use crate::text::diagnostic::DiagnosticKind;
use crate::text::recorder::{Recorder, pointer};
use crate::text::source::layout::{Marker, Section, marker};
use crate::text::source::{Piece, is_blank};
use crate::text::values::figures;
use crate::text::values::numerals;
use crate::text::values::{CharSet, dates};
use crate::text::vocabulary::FORMULAS;

/// The longest first sentence still read as a point's heading.
const MAX_HEADING_CHARS: usize = 40;

/// The points of a responsibility or next-steps section, at `base` (`/responsibility`)
/// from index `first` on (a second section of the same kind continues the first's list).
pub(crate) fn points<'a>(
    section: &Section<'a>,
    base: &str,
    first: usize,
    rec: &mut Recorder<'_, 'a>,
) -> Vec<Point> {
    let mut drafts: Vec<(u32, Piece<'a>, Piece<'a>, Vec<Piece<'a>>)> = Vec::new();
    let marked = |line: &Piece<'a>| matches!(marker(*line), Some((Marker::Item(_), _, _)));
    if !section.lines.iter().any(marked) {
        return unmarked_points(&section.lines, base, first, rec);
    }
    for line in &section.lines {
        match marker(*line) {
            Some((Marker::Item(n), mark, rest)) => drafts.push((n, mark, rest, Vec::new())),
            _ => match drafts.last_mut() {
                Some((_, _, _, following)) => following.push(*line),
                None => rec.diagnose(
                    DiagnosticKind::Unplaced,
                    *line,
                    "text before the first point of a section has no field in the report",
                ),
            },
        }
    }
    check_sequence(drafts.iter().map(|(n, mark, _, _)| (*n, *mark)), rec);
    drafts
        .into_iter()
        .enumerate()
        .map(|(i, (number, mark, rest, following))| {
            rec.layout(mark);
            let pointer = pointer::index(base, first + i);
            point(number, rest, &following, &pointer, rec)
        })
        .collect()
}

/// The points of a section whose paragraphs have no markers ("二、下一步工作" and a
/// paragraph of plans): each paragraph is a point, numbered in order, its text whole (a
/// paragraph's first sentence is no heading). A closing formula ("以上报告，请予审议。") is
/// no point.
fn unmarked_points<'a>(
    lines: &[Piece<'a>],
    base: &str,
    first: usize,
    rec: &mut Recorder<'_, 'a>,
) -> Vec<Point> {
    let mut points = Vec::new();
    for line in lines {
        if FORMULAS.iter().any(|f| line.text.starts_with(f)) {
            rec.diagnose(
                DiagnosticKind::Unplaced,
                *line,
                "a closing formula has no field in the report",
            );
            continue;
        }
        let pointer = pointer::index(base, first + points.len());
        points.push(Point::new(
            points.len() as u32 + 1,
            rec.text(pointer::field(&pointer, "text"), &[*line]),
        ));
    }
    points
}

fn point<'a>(
    number: u32,
    rest: Piece<'a>,
    following: &[Piece<'a>],
    pointer: &str,
    rec: &mut Recorder<'_, 'a>,
) -> Point {
    let split = rest.text.find('。').and_then(|i| {
        let heading = rest.to(i).trim();
        let after = rest.from(i + '。'.len_utf8()).trim();
        let short = heading.text.chars().count() <= MAX_HEADING_CHARS;
        (short && !heading.is_empty() && (!after.is_empty() || !following.is_empty()))
            .then(|| (heading, rest.slice(i, i + '。'.len_utf8()), after))
    });
    let (heading, body_first) = match split {
        Some((heading, stop, after)) => {
            rec.layout(stop);
            (Some(heading), after)
        }
        None if !following.is_empty() && rest.text.chars().count() <= MAX_HEADING_CHARS => {
            // A heading alone on its line; its text follows.
            let heading = rest.trim_end_chars(&['：', ':']);
            rec.layout(rest.from(heading.text.len()));
            (Some(heading), rest.from(rest.text.len()))
        }
        None => (None, rest),
    };
    let body: Vec<Piece<'a>> = std::iter::once(body_first)
        .filter(|p| !p.is_empty())
        .chain(following.iter().copied())
        .collect();
    let mut point = Point::new(number, rec.text(pointer::field(pointer, "text"), &body));
    point.heading = heading.map(|h| rec.text(pointer::field(pointer, "heading"), &[h]));
    point
}

/// The heading that ends `area` (its last line, or its last sub-area's) when a list starts
/// again under it: a short line without a stop, the label of a table's cell. Taken out of
/// the area's lines.
fn take_restart_heading<'a>(area: &mut Draft<'a>) -> Option<Piece<'a>> {
    let owner = match area.subs.last_mut() {
        Some(sub) => sub,
        None => area,
    };
    let last = owner.lines.last()?;
    let is_heading = last.text.chars().count() <= MAX_HEADING_CHARS
        && !last.text.contains(['。', '，', '；', '：', ':'])
        && marker(*last).is_none();
    is_heading.then(|| owner.lines.pop()).flatten()
}

/// Reports markers out of sequence (（一） then （三）).
fn check_sequence<'a>(numbers: impl Iterator<Item = (u32, Piece<'a>)>, rec: &mut Recorder<'_, 'a>) {
    for (expected, (n, mark)) in (1..).zip(numbers) {
        if n != expected {
            rec.diagnose(
                DiagnosticKind::Numbering,
                mark,
                format!("numbered {n} where {expected} was expected; kept as written"),
            );
        }
    }
}

/// An area or sub-area as the layout found it.
struct Draft<'a> {
    number: u32,
    mark: Piece<'a>,
    rest: Piece<'a>,
    lines: Vec<Piece<'a>>,
    subs: Vec<Draft<'a>>,
}

/// The areas of an areas section, numbered from `first_index` in the report, and the lines
/// before its first area (a lead paragraph, often with the overall progress figures).
/// A section's areas as read, with the text around them whose figures belong to no
/// measure.
pub(crate) struct AreasRead<'a> {
    pub(crate) areas: Vec<Area>,
    /// The paragraphs before the first area: no field holds their words.
    pub(crate) lead: Vec<Piece<'a>>,
    /// The areas' titles and problems ("（三）关于巡察反馈的47个具体问题……"): their
    /// figures are the report's.
    pub(crate) titles_and_problems: Vec<Piece<'a>>,
}

pub(crate) fn areas<'a>(
    section: &Section<'a>,
    first_index: usize,
    context: dates::Context,
    rec: &mut Recorder<'_, 'a>,
) -> AreasRead<'a> {
    let mut drafts: Vec<Draft<'a>> = Vec::new();
    let mut lead = Vec::new();
    let draft = |number, mark, rest| Draft {
        number,
        mark,
        rest,
        lines: Vec::new(),
        subs: Vec::new(),
    };
    let items = items_of(section);
    let only_numbered = items == Items::Numbered;
    let topic = section_as_area(section, items);
    if let Some((number, rest)) = topic {
        // Its heading is the area's title; the layout has it already.
        drafts.push(draft(number, rest.slice(0, 0), rest));
    }
    // Numbered items under a heading of the work (二、整改进展情况) are the areas themselves
    // (without a heading, numbered lines are too often a list of another kind).
    let items_are_areas = only_numbered
        && topic.is_none()
        && (section.heading.is_some() || labelled_under_numbers(section));
    // The style of numbered markers that stands for areas there: the first one's.
    let mut area_style = None;
    // Whether the list started again under a heading: its items are the heading's subs.
    let mut restarted = false;
    for line in &section.lines {
        let found = match marker(*line) {
            Some((Marker::Sub(n), mark, rest))
                if items_are_areas
                    && *area_style.get_or_insert(in_brackets(mark)) == in_brackets(mark) =>
            {
                Some((Marker::Item(n), mark, rest))
            }
            found => found,
        };
        // A list that starts again at （一） under a heading of its own, unmarked ("调查核实情况"
        // over （一）（二）, then "处理和整改情况" over （一）（二）（三）, a table of petitions
        // set out a cell a line): the heading is an area, numbered after the last, and its
        // list its sub-areas.
        if let Some((Marker::Item(1), mark, rest)) = found
            && let Some(heading) = drafts.last_mut().and_then(take_restart_heading)
        {
            let number = drafts.last().map_or(1, |d| d.number + 1);
            let mut parent = draft(number, heading.slice(0, 0), heading);
            parent.subs.push(draft(1, mark, rest));
            drafts.push(parent);
            restarted = true;
            continue;
        }
        match (found, drafts.last_mut()) {
            (Some((Marker::Item(n), mark, rest)), Some(parent)) if restarted => {
                parent.subs.push(draft(n, mark, rest))
            }
            (Some((Marker::Item(n), mark, rest)), _) => drafts.push(draft(n, mark, rest)),
            (Some((Marker::Sub(n), mark, rest)), Some(area)) => {
                // "（1）" under "1.": a third level, as official writing numbers 一、（一）
                // 1.（1）.
                match area.subs.last_mut() {
                    Some(sub) if in_brackets(mark) && !in_brackets(sub.mark) => {
                        sub.subs.push(draft(n, mark, rest))
                    }
                    _ => area.subs.push(draft(n, mark, rest)),
                }
            }
            (_, Some(area)) => match area.subs.last_mut() {
                Some(sub) => match sub.subs.last_mut() {
                    Some(third) => third.lines.push(*line),
                    None => sub.lines.push(*line),
                },
                None => area.lines.push(*line),
            },
            (_, None) => lead.push(*line),
        }
    }
    // A section made an area has the section's number, which the sections' order checks.
    if topic.is_none() {
        check_sequence(drafts.iter().map(|d| (d.number, d.mark)), rec);
    }
    let mut titles_and_problems = Vec::new();
    let areas = drafts
        .into_iter()
        .enumerate()
        .map(|(i, draft)| {
            let pointer = pointer::item("", "areas", first_index + i);
            area(draft, &pointer, context, rec, &mut titles_and_problems)
        })
        .collect();
    AreasRead {
        areas,
        lead,
        titles_and_problems,
    }
}

/// Which part of one problem's account a section heads, by its heading's label ("一、整改
/// 问题", "二、整改目标：……", "四、整改主要工作及成效：……"), as the notices of a problem
/// put right (整改销号公示) set out the problem, its goal, its measures and their effect:
/// `Some(true)` for the problem, `Some(false)` for another part, `None` for a section of
/// another kind (one with areas under it, "二、整改情况" over （一）, is one).
pub(crate) fn heads_a_part(section: &Section<'_>) -> Option<bool> {
    let Some((Marker::Section(_), _, rest)) = section.heading.and_then(marker) else {
        return None;
    };
    let (label, _) = part_label(rest)?;
    // A part may list its problems or measures ("一、整改问题" over （一）, （二）), but a part
    // of measures with areas under it is a section of areas ("二、整改情况" over （一） and
    // its paragraphs). A problem's part alone is read as a section of areas all the same.
    if label != Label::Problem && items_of(section) == Items::Areas && !only_items(section) {
        return None;
    }
    Some(label == Label::Problem)
}

/// The label a heading's words start with, and where its value starts (after its colon; at
/// the end for a heading that is the label alone). Some labels may run into their value
/// without a colon, when the value is a sentence ("一、整改问题某区重污染天气应急预案……",
/// "一、整改任务秸秆禁烧工作宣传力度不够，……", "四、验收意见已完成整改，同意销号。"); a
/// heading without a stop after its label is a heading ("二、整改任务落实情况").
fn part_label(rest: Piece<'_>) -> Option<(Label, usize)> {
    const RUN_IN: [&str; 6] = [
        "整改问题",
        "存在问题",
        "反馈问题",
        "整改任务",
        "整改目标",
        "验收意见",
    ];
    let text = rest.text;
    LABELS.iter().find_map(|(word, label)| {
        let after = text.strip_prefix(word)?;
        if after.is_empty() {
            return Some((*label, text.len()));
        }
        match crate::text::vocabulary::colon_len(after) {
            Some(colon) => Some((*label, word.len() + colon)),
            None => (RUN_IN.contains(word) && after.contains(['，', '。', '；']))
                .then_some((*label, word.len())),
        }
    })
}

/// Sections that each head a part of one problem's account ([`heads_a_part`]): one area,
/// numbered after `first_index`. Its title is the problem's first sentence and its problem
/// the part so labelled, with the status and deadline parts; each part of measures, goal or
/// effect ("三、整改措施", "四、整改主要工作及成效") is a sub-area titled by its label, so
/// that each part's 一是、二是 is numbered on its own.
pub(crate) fn part_area<'a>(
    sections: &[&Section<'a>],
    first_index: usize,
    context: dates::Context,
    rec: &mut Recorder<'_, 'a>,
) -> AreasRead<'a> {
    // The area's own parts: each heading's value, labelled by it, then its lines, which a
    // heading that is the label alone labels too.
    let mut own: Vec<(Option<Label>, Piece<'a>)> = Vec::new();
    // The parts of measures: the label's words and the paragraphs under it.
    let mut parts: Vec<(Piece<'a>, Vec<Piece<'a>>)> = Vec::new();
    for section in sections {
        let Some((_, mark, rest)) = section.heading.and_then(marker) else {
            continue;
        };
        let Some((label, value_at)) = part_label(rest) else {
            continue;
        };
        rec.layout(mark);
        let value = rest.from(value_at).trim();
        if label == Label::Measures {
            let words = rest.to(value_at).trim_end_chars(&['：', ':']);
            rec.layout(rest.slice(words.text.len(), value_at));
            let paragraphs = (!value.is_empty()).then_some(value).into_iter();
            parts.push((
                words,
                paragraphs.chain(section.lines.iter().copied()).collect(),
            ));
            continue;
        }
        rec.layout(rest.to(value_at));
        let inherited = value.is_empty().then_some(label);
        if !value.is_empty() {
            own.push((Some(label), value));
        }
        own.extend(section.lines.iter().map(|&line| (inherited, line)));
    }
    let problem = own
        .iter()
        .find(|(label, _)| *label == Some(Label::Problem))
        .map(|(_, piece)| *piece);
    // The problem's first sentence (without the marker of the first of a list of problems,
    // "（一）滨河路……"), else the first part's label.
    let title = match problem {
        Some(problem) => {
            let problem = match marker(problem) {
                Some((Marker::Item(_), mark, rest)) => {
                    rec.layout(mark);
                    rest
                }
                _ => problem,
            };
            problem.to(problem.text.find('。').unwrap_or(problem.text.len()))
        }
        None => own
            .first()
            .map(|p| p.1)
            .or(parts.first().map(|p| p.0))
            .unwrap_or_default(),
    }
    .trim_end_chars(&['：', ':']);
    let pointer = pointer::item("", "areas", first_index);
    let number = u32::try_from(first_index + 1).unwrap_or(u32::MAX);
    let mut area = Area::new(
        number,
        rec.text(pointer::field(&pointer, "title"), &[title]),
    );
    let mut titles_and_problems = read_body(&mut area, own.into_iter(), &pointer, context, rec);
    // The title is the problem's first sentence: its figures are read with the problem's.
    if problem.is_none() {
        titles_and_problems.push(title);
    }
    for (i, (words, paragraphs)) in parts.into_iter().enumerate() {
        let pointer = pointer::item(&pointer, "subAreas", i);
        let number = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let mut sub = Area::new(
            number,
            rec.text(pointer::field(&pointer, "title"), &[words]),
        );
        let paragraphs = paragraphs.into_iter().map(|p| (None, p));
        titles_and_problems.extend(read_body(&mut sub, paragraphs, &pointer, context, rec));
        area.sub_areas.push(sub);
    }
    AreasRead {
        areas: vec![area],
        lead: Vec::new(),
        titles_and_problems,
    }
}

/// Which markers a section's lines have: areas' （一）, or only items' 1. 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Items {
    /// No line has a marker.
    None,
    /// Items numbered 1. 2., without any （一）.
    Numbered,
    /// At least one （一）.
    Areas,
}

/// Whether every line of a section is an item (（一）……), as a part's list of measures is
/// ("三、重点措施" over "（一）路面硬化……" and "（二）每日作业后……"), and no area's heading
/// has paragraphs under it.
fn only_items(section: &Section<'_>) -> bool {
    (section.lines.iter()).all(|line| matches!(marker(*line), Some((Marker::Item(_), _, _))))
}

/// Whether the numbered lines of a section without a heading each have a labelled line
/// under them ("1.整改责任压得不实。", then "完成情况：已完成" and "整改情况：一是……"): the
/// problems of a notice that lists them one by one, not a list of another kind.
fn labelled_under_numbers(section: &Section<'_>) -> bool {
    let labelled = |line: &Piece<'_>| {
        LABELS.iter().any(|(word, _)| {
            (line.text.strip_prefix(word)).is_some_and(|rest| rest.starts_with(['：', ':']))
        })
    };
    let mut numbered = (section.lines.iter().enumerate())
        .filter(|(_, line)| matches!(marker(**line), Some((Marker::Sub(_), _, _))))
        .peekable();
    numbered.peek().is_some()
        && numbered.all(|(at, _)| section.lines.get(at + 1).is_some_and(labelled))
}

/// Whether a numbered marker is written in brackets (（1）, (1)) rather than with a dot
/// (1., 1、).
fn in_brackets(mark: Piece<'_>) -> bool {
    mark.text.starts_with(['（', '('])
}

fn items_of(section: &Section<'_>) -> Items {
    let mut items = Items::None;
    for line in &section.lines {
        match marker(*line) {
            Some((Marker::Item(_), _, _)) => return Items::Areas,
            Some((Marker::Sub(_), _, _)) => items = Items::Numbered,
            _ => {}
        }
    }
    items
}

/// A section whose heading names a topic or a problem rather than the work: the section is
/// an area (its number and title from the heading).
/// - "一、贯彻落实党中央决策部署有差距", then "1.学习贯彻……不深入。" and "整改情况：……"
///   (against "二、整改进展情况"): its numbered items, its problems, are the area's
///   sub-areas.
/// - "一、关于“办理案件拖拉”问题" (or "……问题的整改情况"), then "整改措施及成效：……" with
///   no marker: a notice that gives each problem a section of its own; its paragraphs are the
///   area's.
fn section_as_area<'a>(section: &Section<'a>, items: Items) -> Option<(u32, Piece<'a>)> {
    let (Marker::Section(n), _, rest) = marker(section.heading?)? else {
        return None;
    };
    let is_area = match items {
        Items::Numbered => !rest.text.contains("整改"),
        Items::None => names_one_problem(rest.text),
        Items::Areas => false,
    };
    is_area.then_some((n, rest))
}

/// Whether a heading names one problem ("关于“……”问题", "关于干部选任不规范问题的整改
/// 情况"), not the feedback's problems as a whole ("关于巡察反馈问题整改落实情况").
fn names_one_problem(heading: &str) -> bool {
    // The words that speak of the problems found as a whole.
    const OF_ALL_PROBLEMS: [&str; 6] = ["反馈", "指出", "发现", "查出", "交办", "移交"];
    let Some(topic) = heading.strip_prefix("关于") else {
        return false;
    };
    let Some(end) = topic.find("问题") else {
        return false;
    };
    topic.starts_with('“') || !OF_ALL_PROBLEMS.iter().any(|w| topic[..end].contains(w))
}

fn area<'a>(
    draft: Draft<'a>,
    pointer: &str,
    context: dates::Context,
    rec: &mut Recorder<'_, 'a>,
    titles_and_problems: &mut Vec<Piece<'a>>,
) -> Area {
    rec.layout(draft.mark);
    let has_following = !draft.lines.is_empty() || !draft.subs.is_empty();
    let (title, body_first) = split_title(draft.rest, has_following, rec);
    titles_and_problems.push(title);
    let mut area = Area::new(
        draft.number,
        rec.text(pointer::field(pointer, "title"), &[title]),
    );
    // "问题1：医疗服务收费不规范。": the heading is the problem found.
    if draft.mark.text.starts_with("问题") {
        area.problem = Some(rec.text(pointer::field(pointer, "problem"), &[title]));
    }
    let paragraphs = body_first.into_iter().chain(draft.lines).map(|p| (None, p));
    let problem = read_body(&mut area, paragraphs, pointer, context, rec);
    titles_and_problems.extend(problem);
    check_sequence(draft.subs.iter().map(|d| (d.number, d.mark)), rec);
    area.sub_areas = draft
        .subs
        .into_iter()
        .enumerate()
        .map(|(i, sub)| {
            let pointer = pointer::item(pointer, "subAreas", i);
            self::area(sub, &pointer, context, rec, titles_and_problems)
        })
        .collect();
    area
}

/// An area's heading runs to its first "。"; what follows on the line is its first paragraph.
/// A heading line that is one sentence with nothing after it ("1.领导干部认真做好述责述廉，
/// 重点将……。") is split at its first "，" or "；" instead ("2.12个单位已……；6个单位已……。").
fn split_title<'a>(
    rest: Piece<'a>,
    has_following: bool,
    rec: &mut Recorder<'_, 'a>,
) -> (Piece<'a>, Option<Piece<'a>>) {
    let Some(stop) = rest.text.find('。') else {
        let title = rest.trim_end_chars(&['：', ':']);
        rec.layout(rest.from(title.text.len()));
        return (title, None);
    };
    let after = rest.from(stop + '。'.len_utf8()).trim();
    if !after.is_empty() || has_following {
        rec.layout(rest.slice(stop, stop + '。'.len_utf8()));
        return (rest.to(stop).trim(), (!after.is_empty()).then_some(after));
    }
    match outside_quotes(rest.text, &['，', '；']) {
        Some(comma) => {
            // A comma and a semicolon are one character of three bytes each.
            rec.layout(rest.slice(comma, comma + '，'.len_utf8()));
            (
                rest.to(comma),
                Some(rest.from(comma + '，'.len_utf8()).trim()),
            )
        }
        None => {
            rec.layout(rest.slice(stop, stop + '。'.len_utf8()));
            (rest.to(stop), None)
        }
    }
}

/// The byte offset of the first of `stops` outside quotes and brackets.
fn outside_quotes(text: &str, stops: &[char]) -> Option<usize> {
    first_outside_quotes(text, |_, c| stops.contains(&c))
}

/// The quotes and brackets [`first_outside_quotes`] counts, and every stop its callers ask
/// about: the other characters are passed over.
static QUOTES_AND_STOPS: CharSet = CharSet::of(&[
    '“', '（', '《', '(', '‘', '「', '【', '〔', '”', '）', '》', ')', '’', '」', '】', '〕', '，',
    '。', '；', '：', ',', ';', ':',
]);

/// The byte offset of the first character outside quotes and brackets that `is_stop` (given
/// its offset and itself) takes for a stop; only the stops of [`QUOTES_AND_STOPS`] are
/// asked about.
fn first_outside_quotes(text: &str, is_stop: impl Fn(usize, char) -> bool) -> Option<usize> {
    let mut depth = 0usize;
    for (at, c) in QUOTES_AND_STOPS.find_in(text) {
        match c {
            '“' | '（' | '《' | '(' | '‘' | '「' | '【' | '〔' => depth += 1,
            '”' | '）' | '》' | ')' | '’' | '」' | '】' | '〕' => {
                depth = depth.saturating_sub(1)
            }
            c if depth == 0 && is_stop(at, c) => return Some(at),
            _ => {}
        }
    }
    None
}

/// A measure's lead clause, up to the first ，。；： outside quotes and brackets; `None` when
/// it is the whole text (less its final stop).
pub(crate) fn summary(text: &str) -> Option<String> {
    // The text is kept as written; its stops are found as the phases read them: an ASCII
    // , ; or : is a stop where normalization makes it full-width.
    let is_stop = |at: usize, c: char| match c {
        '，' | '。' | '；' | '：' => true,
        ',' | ';' | ':' => crate::text::source::widened(text, at).is_some(),
        _ => false,
    };
    let end = first_outside_quotes(text, is_stop)?;
    let lead = &text[..end];
    (lead != text.trim_end_matches('。') && !lead.is_empty()).then(|| lead.to_owned())
}

/// The labels of the 问题/整改情况 layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    Problem,
    Measures,
    Deadline,
    Status,
}

const LABELS: [(&str, Label); 31] = [
    ("存在问题", Label::Problem),
    ("整改问题", Label::Problem),
    // "一、反馈问题" and "一、整改任务……" of a problem put right (整改销号公示, 验收销号意见).
    ("反馈问题", Label::Problem),
    ("整改任务", Label::Problem),
    // "一、转办问题基本情况：……" of a petition a supervision passed on.
    ("转办问题基本情况", Label::Problem),
    ("问题基本情况", Label::Problem),
    ("问题表现", Label::Problem),
    ("问题", Label::Problem),
    ("整改落实情况", Label::Measures),
    // "整改措施及成效：……" and "整改成效：……": what was done, and its effect.
    ("整改措施及成效", Label::Measures),
    // "四、整改主要工作及成效：……" of a problem put right.
    ("整改主要工作及成效", Label::Measures),
    // "二、整改目标：……": the goal set; the report has no field for it, and its words and
    // figures are kept as a measure's.
    ("整改目标", Label::Measures),
    // "四、目标任务" and "三、重点措施" of the same template in another province's words;
    // "二、整改实施主体" over the bodies that carry the work out, kept as the part's measure
    // (the parties it names are linked from it).
    ("目标任务", Label::Measures),
    ("重点措施", Label::Measures),
    ("整改实施主体", Label::Measures),
    ("整改成效", Label::Measures),
    // "整改完成情况：" over paragraphs of what was done.
    ("整改完成情况", Label::Measures),
    ("整改情况", Label::Measures),
    ("整改措施", Label::Measures),
    ("整改举措", Label::Measures),
    ("整改时限", Label::Deadline),
    ("完成时限", Label::Deadline),
    ("整改期限", Label::Deadline),
    ("整改进展", Label::Status),
    ("整改进度", Label::Status),
    ("完成情况", Label::Status),
    ("整改状态", Label::Status),
    // "整改结果：已整改完成。"
    ("整改结果", Label::Status),
    // "三、验收情况：经现场查验，……已完成整改": the check that signs the problem off.
    ("整改验收情况", Label::Status),
    ("验收情况", Label::Status),
    // "四、验收意见：已完成整改，同意销号。"
    ("验收意见", Label::Status),
];

/// A paragraph cut where labels start it or follow a full stop: (label and its text,
/// content), into `out`.
fn segments<'a>(paragraph: Piece<'a>, out: &mut Vec<(Option<(Label, Piece<'a>)>, Piece<'a>)>) {
    let text = paragraph.text;
    let mut cuts: Vec<(usize, Label, usize)> = Vec::new();
    // Every label ends at a colon, which few places have: the text is searched for colons,
    // and each is asked whether a label ends there that starts the paragraph or follows a
    // stop or a blank.
    for (colon, colon_len) in colons(text) {
        let cut = LABELS.iter().find_map(|(word, label)| {
            let at = colon.checked_sub(word.len())?;
            let starts = text[..colon].ends_with(word)
                && text[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| matches!(c, '。' | '；' | ';') || is_blank(c));
            starts.then_some((at, *label, colon - at + colon_len))
        });
        cuts.extend(cut);
    }
    out.clear();
    let first = cuts.first().map_or(text.len(), |c| c.0);
    if first > 0 {
        out.push((None, paragraph.to(first).trim()));
    }
    for (i, (at, label, len)) in cuts.iter().enumerate() {
        let end = cuts.get(i + 1).map_or(text.len(), |c| c.0);
        out.push((
            Some((*label, paragraph.slice(*at, at + len))),
            paragraph.slice(at + len, end).trim(),
        ));
    }
}

/// Where `text` has a colon, full-width (：) or ASCII, in order, and its length.
fn colons(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    // ： is EF BC 9A: its last byte, or an ASCII colon, is looked for; 9A also ends other
    // characters, which the bytes before it tell apart.
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b':', 0x9A, bytes).filter_map(move |at| match bytes[at] {
        b':' => Some((at, 1)),
        _ => (at.checked_sub(2))
            .filter(|start| bytes[*start..at] == [0xEF, 0xBC])
            .map(|start| (start, '：'.len_utf8())),
    })
}

/// Reads an area's paragraphs: the problem, the measures (一是……二是……, or one per
/// unmarked paragraph), deadlines and status; each paragraph with the label of the heading
/// it stands under, if any. Gives the text of the problem and the status, whose figures are
/// the report's.
fn read_body<'a>(
    area: &mut Area,
    paragraphs: impl Iterator<Item = (Option<Label>, Piece<'a>)>,
    pointer: &str,
    context: dates::Context,
    rec: &mut Recorder<'_, 'a>,
) -> Vec<Piece<'a>> {
    let mut measures = Measures::default();
    let mut problem: Vec<Piece<'a>> = Vec::new();
    let mut block_start = 0;
    let mut deadlines: Vec<(usize, Deadline, Piece<'a>)> = Vec::new();
    let mut status: Option<(Status, Piece<'a>)> = None;
    // A paragraph's segments, in room kept from one paragraph to the next.
    let mut segmented = Vec::new();
    for (inherited, paragraph) in paragraphs {
        segments(paragraph, &mut segmented);
        for (k, (label, content)) in segmented.drain(..).enumerate() {
            if let Some((_, label_piece)) = label {
                rec.layout(label_piece);
            }
            // A paragraph's unlabelled start takes the label of the heading it stands under.
            let label = label.map(|l| l.0).or(inherited.filter(|_| k == 0));
            match label {
                Some(Label::Problem) => {
                    if !content.is_empty() {
                        problem.push(content);
                    }
                    block_start = measures.cut.len();
                }
                Some(Label::Deadline) => {
                    match deadline(content.trim_end_chars(&['。', '；']).text, context) {
                        Some(d) => deadlines.push((block_start, d, content)),
                        None => rec.diagnose(
                            DiagnosticKind::Unreadable,
                            content,
                            "a deadline that could not be read",
                        ),
                    }
                }
                Some(Label::Status) => match status_of(content.text) {
                    Some(s) => status = Some((s, content)),
                    // "三、完成情况：全县健全19个……网络，签订343个……": an account of what was
                    // done, read as measures, with its figures.
                    None if !content.is_empty() => {
                        split_measures(content, &mut measures, rec);
                    }
                    None => {}
                },
                Some(Label::Measures) | None => {
                    if !content.is_empty() {
                        split_measures(content, &mut measures, rec);
                    }
                }
            }
        }
    }
    if !problem.is_empty() {
        area.problem = Some(rec.text(pointer::field(pointer, "problem"), &problem));
    }
    for lead in measures.leads.drain(..) {
        // "该问题已完成整改。" before 一是: the area's status, in a sentence of its own.
        let one_clause = !lead
            .text
            .trim_end_matches('。')
            .contains(['。', '，', '；']);
        match status_of(lead.text).filter(|_| status.is_none() && one_clause) {
            Some(s) => status = Some((s, lead)),
            None => rec.diagnose(
                DiagnosticKind::Unplaced,
                lead,
                "text before 一是 in an area has no field in the report",
            ),
        }
    }
    if let Some((s, piece)) = status {
        rec.value(pointer::field(pointer, "status"), &[piece]);
        area.status = Some(s);
    }
    // Its figures ("经查验，……成活率达90%以上，已通过验收") are the report's, as the
    // problem's are.
    let mut outside_measures = problem;
    outside_measures.extend(status.map(|(_, piece)| piece));
    // The measure's pointer, made in one buffer for all of them: only its fields' pointers
    // are kept.
    let mut measure_pointer = String::with_capacity(pointer.len() + 16);
    area.measures.reserve_exact(measures.cut.len());
    for (k, (ordinal, pieces)) in measures.iter().enumerate() {
        measure_pointer.clear();
        measure_pointer.push_str(pointer);
        pointer::push_item(&mut measure_pointer, "measures", k);
        let text = rec.text(pointer::field(&measure_pointer, "text"), pieces);
        let mut measure = Measure::new(ordinal, text);
        for piece in pieces {
            for figure in figures::find(*piece, context) {
                let pointer =
                    pointer::item(&measure_pointer, "indicators", measure.indicators.len());
                let indicator = indicator(*piece, figure, pointer, rec);
                measure.indicators.push(indicator);
            }
        }
        measure.summary = summary(&measure.text);
        // Documents are found in the text as read (ASCII punctuation made full-width), and
        // their titles kept as written.
        // Most measures name no document: their pieces are joined only when one has a 《.
        let names_documents = pieces
            .iter()
            .any(|p| TITLE_OPEN.find(p.text.as_bytes()).is_some());
        let found = if names_documents {
            let read: Vec<&str> = pieces.iter().map(|p| p.text).collect();
            documents(&read.join("\n"))
        } else {
            Vec::new()
        };
        for (d, (mut document, range)) in found.into_iter().enumerate() {
            if let Some(title) = crate::text::source::in_joined(pieces, range) {
                let mut title_pointer = pointer::item(&measure_pointer, "documents", d);
                pointer::push_field(&mut title_pointer, "title");
                rec.value(title_pointer, &[title]);
                document.title = rec.source.verbatim(title).to_owned();
            }
            measure.documents.push(document);
        }
        if let Some(note) = closing_note(&measure.text) {
            measure.status = status_of(note);
            measure.deadline = deadline(note, context).filter(|d| d.by.is_none());
        }
        if let Some((_, d, piece)) = deadlines.iter().rev().find(|(start, _, _)| *start <= k) {
            rec.value(pointer::field(&measure_pointer, "deadline"), &[*piece]);
            measure.deadline = Some(d.clone());
        }
        area.measures.push(measure);
    }
    outside_measures
}

/// The indicator of a figure found in `piece`, recorded at `pointer`: the span of its words,
/// and the span of its clause, which becomes its source as the input writes it.
pub(crate) fn indicator<'a>(
    piece: Piece<'a>,
    figure: figures::Figure,
    pointer: String,
    rec: &mut Recorder<'_, 'a>,
) -> crate::Indicator {
    let mut indicator = figure.indicator;
    let clause = piece.slice(figure.clause.start, figure.clause.end).trim();
    rec.value(pointer::field(&pointer, "source"), &[clause]);
    rec.value(
        pointer,
        &[piece.slice(figure.words.start, figure.words.end)],
    );
    indicator.source = Some(rec.source.verbatim(clause).to_owned());
    indicator
}

/// The measures of an area as they are cut: ordinal and pieces of text, and whether they
/// came from markers (一是, 二是) or from unmarked paragraphs.
#[derive(Default)]
struct Measures<'a> {
    /// Each measure's ordinal and the index of its first piece in `pieces`: only the last
    /// measure grows, so that all the pieces are kept in one list.
    cut: Vec<(u32, usize)>,
    pieces: Vec<Piece<'a>>,
    marked: bool,
    /// Room for the markers of a paragraph and the numeral looked for next, kept from one
    /// paragraph to the next.
    markers: Vec<(usize, usize, u32)>,
    numeral: String,
    /// A paragraph's start before its first 一是, when no measure precedes it to take it.
    leads: Vec<Piece<'a>>,
}

impl<'a> Measures<'a> {
    /// A new measure of one piece.
    fn push(&mut self, ordinal: u32, piece: Piece<'a>) {
        self.cut.push((ordinal, self.pieces.len()));
        self.pieces.push(piece);
    }

    /// Each measure's ordinal and pieces.
    fn iter(&self) -> impl Iterator<Item = (u32, &[Piece<'a>])> {
        let ends = (self.cut.iter().skip(1).map(|(_, start)| *start)).chain([self.pieces.len()]);
        (self.cut.iter().zip(ends))
            .map(|((ordinal, start), end)| (*ordinal, &self.pieces[*start..end]))
    }
}

/// The 《 that opens a document's title, as a searcher made once.
static TITLE_OPEN: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("《"));

/// The 是 that ends every measure's marker (一是, 二是), as a searcher made once.
static IS: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("是"));

/// Cuts a paragraph at its markers (一是, 二是 … at its start or after a stop) into measures,
/// continuing the numbering. A paragraph without markers is a measure of its own, unless
/// marked measures came before: then it continues the last of them.
fn split_measures<'a>(
    paragraph: Piece<'a>,
    measures: &mut Measures<'a>,
    rec: &mut Recorder<'_, 'a>,
) {
    let text = paragraph.text;
    let mut next = if measures.marked {
        measures.cut.last().map_or(1, |m| m.0 + 1)
    } else {
        1
    };
    let mut cuts = std::mem::take(&mut measures.markers);
    cuts.clear();
    // Every marker ends in 是: the text is searched once for 是, and each is asked whether
    // the number expected next stands before it, at the paragraph's start or after a stop.
    let mut numeral = std::mem::take(&mut measures.numeral);
    numeral.clear();
    numerals::push_chinese(next, &mut numeral);
    let mut search_from = 0;
    for is in IS.find_iter(text.as_bytes()) {
        let Some(at) = is.checked_sub(numeral.len()) else {
            continue;
        };
        let marks = at >= search_from
            && text[..is].ends_with(numeral.as_str())
            && (at == 0 || text[..at].ends_with(['。', '；', ';', '！']));
        if marks {
            let len = numeral.len() + '是'.len_utf8();
            cuts.push((at, len, next));
            search_from = at + len;
            next += 1;
            numeral.clear();
            numerals::push_chinese(next, &mut numeral);
        }
    }
    let lead = paragraph
        .to(cuts.first().map_or(text.len(), |c| c.0))
        .trim();
    if !lead.is_empty() {
        // The lead goes on the last measure (its pieces are the last ones) after marked
        // measures or before this paragraph's markers; without markers it is a measure.
        let goes_on = !measures.cut.is_empty() && (measures.marked || !cuts.is_empty());
        if goes_on {
            measures.pieces.push(lead);
        } else if cuts.is_empty() {
            let ordinal = measures.cut.len() as u32 + 1;
            measures.push(ordinal, lead);
        } else {
            measures.leads.push(lead);
        }
    }
    for (i, (at, len, ordinal)) in cuts.iter().enumerate() {
        let end = cuts.get(i + 1).map_or(text.len(), |c| c.0);
        rec.layout(paragraph.slice(*at, at + len));
        measures.push(*ordinal, paragraph.slice(at + len, end).trim());
        measures.marked = true;
    }
    measures.markers = cuts;
    measures.numeral = numeral;
}

/// The note in brackets that closes a measure's text ("……（已完成）。", "（立行立改，已完成）"),
/// which gives its status and, for 立行立改 and 长期坚持, its deadline.
fn closing_note(text: &str) -> Option<&str> {
    let text = text.trim_end_matches(['。', '；']);
    let inner = text.strip_suffix('）')?;
    let open = inner.rfind('（')?;
    Some(&inner[open + '（'.len_utf8()..])
}

/// A deadline as written after 整改时限: "2024年底前", "2024年6月30日前", 立行立改, 长期坚持.
pub(crate) fn deadline(text: &str, context: dates::Context) -> Option<Deadline> {
    let mut deadline = Deadline::default();
    if text.contains("立行立改") || text.contains("即知即改") {
        deadline.immediate = Some(true);
    }
    if text.contains("长期坚持") || text.contains("持续推进") || text.contains("长期") {
        deadline.ongoing = Some(true);
    }
    deadline.by = dates::find(text).first().and_then(|found| {
        found
            .end
            .as_ref()
            .unwrap_or(&found.start)
            .resolve(Some(&found.start), context)
    });
    (deadline.by.is_some() || deadline.immediate.is_some() || deadline.ongoing.is_some())
        .then_some(deadline)
}

/// A status as written after 整改进展: 已完成, 基本完成, 正在推进, 长期坚持, 未完成.
pub(crate) fn status_of(text: &str) -> Option<Status> {
    // Tried in order: a longer phrase before the shorter one it contains.
    crate::text::vocabulary::STATUSES
        .iter()
        .find(|(w, _)| text.contains(w))
        .map(|(_, s)| *s)
}

/// What the last words of a title say a 《》 is: documents end in one of these.
const DOCUMENT_ENDINGS: [&str; 28] = [
    "制度", "规定", "办法", "条例", "规则", "方案", "清单", "意见", "报表", "汇报", "通知", "决定",
    "细则", "要点", "计划", "纲要", "准则", "规范", "指引", "标准", "机制", "台账", "台帐", "章程",
    "守则", "措施", "报告", "法",
];

/// The documents a measure names in 《》 (rules, plans, reports; not programmes or songs),
/// with the action the verbs of their clause imply and their 文号 when one follows; each with
/// the byte range of its title in `text`.
pub(crate) fn documents(text: &str) -> Vec<(Document, std::ops::Range<usize>)> {
    let mut documents = Vec::new();
    // Most measures name none: the text is read from its first 《, and the clause it opens
    // starts after the last stop before it.
    let Some(first) = text.find('《') else {
        return documents;
    };
    let mut clause_start = text[..first]
        .rfind(['，', '。', '；'])
        .map_or(0, |i| i + '，'.len_utf8());
    let mut depth = 0;
    let mut open = 0;
    for (at, c) in text[first..].char_indices() {
        let at = first + at;
        match c {
            '《' => {
                if depth == 0 {
                    open = at + c.len_utf8();
                }
                depth += 1;
            }
            '》' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    let title = &text[open..at];
                    if DOCUMENT_ENDINGS.iter().any(|e| title.ends_with(e)) {
                        let clause = &text[clause_start..open];
                        let mut document = Document::new(title, action(clause));
                        document.number = document_number(&text[at + c.len_utf8()..]);
                        documents.push((document, open..at));
                    }
                }
            }
            '，' | '。' | '；' if depth == 0 => clause_start = at + c.len_utf8(),
            _ => {}
        }
    }
    documents
}

fn action(clause: &str) -> DocumentAction {
    if ["印发", "制定", "出台", "制发", "建立"]
        .iter()
        .any(|v| clause.contains(v))
    {
        DocumentAction::Issued
    } else if ["修订", "修改"].iter().any(|v| clause.contains(v)) {
        DocumentAction::Revised
    } else if ["学习", "研读", "研学"].iter().any(|v| clause.contains(v)) {
        DocumentAction::Studied
    } else {
        DocumentAction::Cited
    }
}

/// A 文号 in brackets right after a title: "（清宣〔2024〕12号）".
fn document_number(after: &str) -> Option<String> {
    let inner = after
        .strip_prefix('（')
        .or_else(|| after.strip_prefix('('))?;
    let end = inner.find(['）', ')'])?;
    let number = &inner[..end];
    (number.ends_with('号') && number.contains(['〔', '[', '［'])).then(|| number.to_owned())
}

/// The partial date a deadline or status text names, for the tests.
#[cfg(test)]
fn by(text: &str) -> Option<crate::PartialDate> {
    deadline(text, dates::Context::default()).and_then(|d| d.by)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_that_label_a_part_of_one_problem() {
        let label = |text: &str| part_label(Piece { text, start: 0 });
        let colon = "整改目标：".len();
        assert_eq!(
            label("整改目标：对预案重新修订。"),
            Some((Label::Measures, colon))
        );
        assert_eq!(label("整改问题"), Some((Label::Problem, "整改问题".len())));
        // The problem's label may run into its value; no other does.
        assert_eq!(
            label("整改问题某区预案未调整响应级别。"),
            Some((Label::Problem, "整改问题".len()))
        );
        assert_eq!(label("整改措施落实不到位的问题"), None);
        assert_eq!(label("巡察反馈问题整改情况"), None);
    }

    #[test]
    fn summaries_are_lead_clauses() {
        assert_eq!(
            summary("严格执行“第一议题”制度，制定政治要件工作台帐。").as_deref(),
            Some("严格执行“第一议题”制度")
        );
        assert_eq!(summary("修订完善保密管理制度。"), None);
        assert_eq!(
            summary("落实好《中国共产党统一战线工作条例》，积极履行").as_deref(),
            Some("落实好《中国共产党统一战线工作条例》")
        );
    }

    #[test]
    fn deadlines() {
        assert_eq!(
            by("2024年底前").map(|d| d.to_string()).as_deref(),
            Some("2024")
        );
        assert_eq!(
            by("2024年6月30日前").map(|d| d.to_string()).as_deref(),
            Some("2024-06-30")
        );
        let both = deadline("2024年底前并长期坚持", dates::Context::default()).unwrap();
        assert_eq!(both.ongoing, Some(true));
        assert_eq!(
            deadline("立行立改", dates::Context::default())
                .unwrap()
                .immediate,
            Some(true)
        );
        assert_eq!(deadline("尽快", dates::Context::default()), None);
    }

    #[test]
    fn documents_and_their_actions() {
        let found = documents(
            "制定并严格执行《市委宣传部固定资产管理制度》，在《生财有道》栏目播出，认真学习《规则》《预算法》（财预〔2025〕12号）。",
        );
        let titles: Vec<(&str, DocumentAction)> = found
            .iter()
            .map(|(d, _)| (d.title.as_str(), d.action))
            .collect();
        assert_eq!(
            titles,
            [
                ("市委宣传部固定资产管理制度", DocumentAction::Issued),
                ("规则", DocumentAction::Studied),
                ("预算法", DocumentAction::Studied)
            ]
        );
        assert_eq!(found[2].0.number.as_deref(), Some("财预〔2025〕12号"));
    }

    #[test]
    fn a_closing_note_gives_status_and_deadline() {
        assert_eq!(closing_note("清理往来款项。（已完成）"), Some("已完成"));
        assert_eq!(
            closing_note("开展培训（立行立改，已完成）。"),
            Some("立行立改，已完成")
        );
        assert_eq!(closing_note("学习《条例》。"), None);
    }

    #[test]
    fn statuses() {
        assert_eq!(status_of("已完成"), Some(Status::Completed));
        assert_eq!(
            status_of("基本完成，长期坚持"),
            Some(Status::PartiallyCompleted)
        );
        assert_eq!(status_of("正在推进"), Some(Status::Ongoing));
        assert_eq!(status_of("良好"), None);
    }
}
