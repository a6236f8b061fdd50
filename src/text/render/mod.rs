//! The report written back as a notice, in the genre's standard layout.

pub(super) mod review;

use std::fmt::Write;

use crate::{
    Area, Deadline, PartialDate, Period, Point, Precision, ProgressSummary, RectificationReport,
};

use crate::text::values::numerals::to_chinese;
use crate::text::vocabulary::{self, Tallied};

/// Writes `report` as its issuer would publish it: the title; the opening paragraph;
/// section 一 with its points; section 二 with its areas, sub-areas ("1.") and measures
/// (一是, 二是, one to a line); 下一步工作打算; the closing with the comment window and contact
/// details; and the signature (the issuer's name and the notice's date).
///
/// [`parse`](super::parse) reads the result back into the same report, with three limits:
/// texts are written as they are, so a text that runs into the next marker without a stop
/// is read differently; a deadline is written after the measures of its area, so it comes
/// back on every measure of that area; and what the parser derives rather than reads
/// (summaries, documents, parties' kinds) comes back as the parser derives it.
///
/// # Example
///
/// ```
/// let text = include_str!("../../../tests/fixtures/qingyuan-publicity-2025.txt");
/// let report = rectify::text::parse(text)?.report;
/// let rendered = rectify::text::render(&report);
/// assert!(rendered.starts_with("中共清远市委宣传部关于八届市委第五轮巡察整改进展情况的通报\n"));
/// assert_eq!(rectify::text::parse(&rendered)?.report, report);
/// # Ok::<(), rectify::text::ParseError>(())
/// ```
pub fn render(report: &RectificationReport) -> String {
    let mut out = String::new();
    line(&mut out, &report.title);
    out.push('\n');
    if let Some(preamble) = &report.preamble {
        line(&mut out, preamble);
    }
    let kind = vocabulary::kind_word(report.inspection.kind);
    if !report.responsibility.is_empty() {
        line(&mut out, &format!("一、履行{kind}整改主体责任情况"));
        points(&mut out, &report.responsibility);
    }
    if !report.areas.is_empty() {
        let number = if report.responsibility.is_empty() {
            "一"
        } else {
            "二"
        };
        line(&mut out, &format!("{number}、{kind}整改任务落实情况"));
        if let Some(progress) = &report.progress {
            progress_paragraph(&mut out, progress);
        }
        for area in &report.areas {
            write_area(&mut out, area, true);
        }
    }
    if !report.next_steps.is_empty() {
        line(&mut out, "下一步工作打算");
        points(&mut out, &report.next_steps);
    }
    closing(&mut out, report);
    out.push('\n');
    if let Some(issuer) = report.party(&report.issuer) {
        line(&mut out, &issuer.name);
    }
    if let Some(published) = report.timeline.published {
        line(&mut out, &date(published));
    }
    out
}

fn line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}

fn points(out: &mut String, points: &[Point]) {
    for point in points {
        let marker = format!("（{}）", to_chinese(point.number));
        match &point.heading {
            Some(heading) => line(out, &format!("{marker}{heading}。{}", point.text)),
            None => line(out, &format!("{marker}{}", point.text)),
        }
    }
}

fn write_area(out: &mut String, area: &Area, top: bool) {
    let marker = if top {
        format!("（{}）", to_chinese(area.number))
    } else {
        format!("{}.", area.number)
    };
    line(out, &format!("{marker}{}", area.title));
    if let Some(problem) = &area.problem {
        line(out, &format!("问题：{problem}"));
    }
    let labelled = area.problem.is_some();
    let marked = area.measures.len() > 1 || area.measures.first().is_some_and(|m| m.ordinal != 1);
    for (i, measure) in area.measures.iter().enumerate() {
        let label = if labelled && i == 0 {
            "整改情况："
        } else {
            ""
        };
        let marker = if marked {
            format!("{}是", to_chinese(measure.ordinal))
        } else {
            String::new()
        };
        line(out, &format!("{label}{marker}{}", measure.text));
    }
    if let Some(deadline) = area.measures.iter().find_map(|m| m.deadline.as_ref()) {
        line(out, &format!("整改时限：{}", deadline_text(deadline)));
    }
    if let Some(status) = area.status {
        line(
            out,
            &format!("整改进展：{}", vocabulary::status_word(status)),
        );
    }
    for sub in &area.sub_areas {
        write_area(out, sub, false);
    }
}

/// The overall progress as the lead paragraph of section 二: "反馈问题45个，已完成整改40个，
/// ……完成率88.89%。".
fn progress_paragraph(out: &mut String, progress: &ProgressSummary) {
    let mut sentences = Vec::new();
    let problems = format!("{}问题", vocabulary::FOUND_VERBS[0]);
    for (tally, noun, measure_word) in [
        (&progress.problems, problems.as_str(), "个"),
        (&progress.measures, "整改措施", "条"),
    ] {
        let Some(tally) = tally else { continue };
        // Without a stated total the noun still names what is counted ("反馈问题中，已完成
        // 整改40个"), so that the parts read back as this tally's.
        let mut parts: Vec<String> = vec![match tally.total {
            Some(total) => format!("{noun}{total}{measure_word}"),
            None => format!("{noun}中"),
        }];
        for (tallied, count) in [
            (Tallied::Completed, tally.completed),
            (Tallied::Partially, tally.partially_completed),
            (Tallied::Ongoing, tally.ongoing),
            (Tallied::NotStarted, tally.not_started),
        ] {
            if let Some(count) = count {
                parts.push(format!("{}{count}{measure_word}", tally_word(tallied)));
            }
        }
        if let Some(rate) = tally.completion_rate {
            parts.push(format!("{}{rate}%", tally_word(Tallied::Rate)));
        }
        sentences.push(format!("{}。", parts.join("，")));
    }
    if let Some(rules) = progress.rules_established {
        sentences.push(format!("建立完善制度{rules}项。"));
    }
    if !sentences.is_empty() {
        line(out, &sentences.concat());
    }
}

/// The words the renderer writes before a count of the progress: the first the parser reads.
fn tally_word(tallied: Tallied) -> &'static str {
    vocabulary::tally_words(tallied)
        .first()
        .copied()
        .unwrap_or_default()
}

fn deadline_text(deadline: &Deadline) -> String {
    let mut parts = Vec::new();
    if let Some(by) = deadline.by {
        parts.push(match by.precision() {
            Precision::Year => format!("{}年底前", by.year_number()),
            Precision::Month => format!(
                "{}年{}月底前",
                by.year_number(),
                by.month_number().unwrap_or(12)
            ),
            Precision::Day => format!("{}前", date(by)),
        });
    }
    if deadline.immediate == Some(true) {
        parts.push("立行立改".into());
    }
    if deadline.ongoing == Some(true) {
        parts.push("长期坚持".into());
    }
    parts.join("，")
}

/// 2025年10月16日, 2025年10月, 2025年.
fn date(date: PartialDate) -> String {
    let mut text = format!("{}年", date.year_number());
    if let Some(month) = date.month_number() {
        let _ = write!(text, "{month}月");
    }
    if let Some(day) = date.day_number() {
        let _ = write!(text, "{day}日");
    }
    text
}

fn period(period: &Period) -> String {
    match (period.start, period.end) {
        (Some(start), Some(end)) => format!("{}至{}", date(start), date(end)),
        (Some(start), None) => format!("{}起", date(start)),
        (None, Some(end)) => format!("至{}", date(end)),
        (None, None) => String::new(),
    }
}

fn closing(out: &mut String, report: &RectificationReport) {
    let mut text = report.closing.clone().unwrap_or_default();
    if let Some(window) = &report.timeline.public_comment {
        let _ = write!(text, "公开期限：{}。", period(window));
    }
    if let Some(feedback) = &report.public_feedback {
        let items = [
            ("联系电话", &feedback.phone),
            ("通信地址", &feedback.postal_address),
            ("邮政编码", &feedback.postcode),
            ("电子邮箱", &feedback.email),
            ("网站", &feedback.website),
        ];
        let written: Vec<String> = items
            .iter()
            .filter_map(|(label, value)| value.as_ref().map(|v| format!("{label}：{v}")))
            .collect();
        if !written.is_empty() {
            let _ = write!(text, "{}。", written.join("；"));
        }
    }
    if !text.is_empty() {
        line(out, &text);
    }
}
