//! The notices written for the tests (`tests/fixtures/notices/`), one per variation of the
//! genre: each parses with its key facts, loses nothing, validates, and renders back.

use rectify::text::{self, DiagnosticKind, Parsed};
use rectify::{
    DocumentAction, IndicatorKind, InspectionForm, InspectionKind, Level, PartyKind, Qualifier,
    RectificationReport, Status,
};

use crate::fixture_text;

fn notice(name: &str) -> (String, Parsed) {
    let text = fixture_text(&format!("notices/{name}.txt"));
    let parsed = text::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    (text, parsed)
}

const ALL: [&str; 9] = [
    "provincial-xunshi",
    "audit",
    "progress-statistics",
    "problem-rectification",
    "crlf-chinese-dates",
    "no-contact",
    "paren-sub-areas",
    "special-township",
    "supervision",
];

fn date(d: Option<rectify::PartialDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn party_name(report: &RectificationReport, id: Option<&rectify::PartyId>) -> String {
    id.and_then(|id| report.party(id))
        .map(|p| p.name.clone())
        .unwrap_or_default()
}

/// Every fixture: nothing lost, no diagnostic but the expected ones, valid, and rendered back.
#[test]
fn every_notice_is_covered_valid_and_renders_back() {
    for name in ALL {
        let (text, parsed) = notice(name);
        let coverage = parsed.coverage(&text);
        assert!(coverage.lost.is_empty(), "{name}: {:?}", coverage.lost);
        // The one word the contract has no field for: who gave the feedback that section
        // 二's lead counts ("区委第二巡察组反馈问题45个，……"); its counts are in `progress`.
        let expected: &[&str] = match name {
            "progress-statistics" => &["区委第二巡察组"],
            _ => &[],
        };
        let unplaced: Vec<&str> = parsed
            .diagnostics
            .iter()
            .map(|d| {
                assert_eq!(d.kind, DiagnosticKind::Unplaced, "{name}: {d:?}");
                d.text.as_str()
            })
            .collect();
        assert_eq!(unplaced, expected, "{name}");
        let errors: Vec<String> = parsed
            .report
            .validate()
            .errors()
            .map(ToString::to_string)
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        let rendered = text::render(&parsed.report);
        let again = text::parse(&rendered).unwrap_or_else(|e| panic!("{name} rendered: {e}"));
        assert_eq!(
            again.report, parsed.report,
            "{name}: render → parse\n{rendered}"
        );
    }
}

#[test]
fn provincial_xunshi() {
    let (_, parsed) = notice("provincial-xunshi");
    let r = &parsed.report;
    assert_eq!(r.inspection.kind, InspectionKind::Xunshi);
    let round = r.inspection.round.as_ref().unwrap();
    assert_eq!(
        (
            round.label.as_str(),
            round.term.unwrap().get(),
            round.number.unwrap().get()
        ),
        ("十三届省委第二轮巡视", 13, 2)
    );
    assert_eq!(
        party_name(r, r.inspection.inspector.as_ref()),
        "省委第三巡视组"
    );
    assert_eq!(party_name(r, r.inspection.convened_by.as_ref()), "省委");
    let inspector = r.party(r.inspection.inspector.as_ref().unwrap()).unwrap();
    assert_eq!(
        (inspector.kind, inspector.level),
        (PartyKind::InspectionGroup, Some(Level::Provincial))
    );
    // A heading alone on its line, its text on the next.
    assert_eq!(r.responsibility[0].heading.as_deref(), Some("提高政治站位"));
    assert!(
        r.responsibility[0]
            .text
            .starts_with("市委常委会召开专题会议12次")
    );
    assert_eq!(r.areas[1].sub_areas.len(), 2);
    let training = &r.areas[1].sub_areas[1].measures[0].indicators[0];
    assert_eq!(
        (training.value, training.qualifier, training.unit.as_deref()),
        (1200.0, Qualifier::Approximately, Some("人次"))
    );
    assert_eq!(
        r.next_steps.len(),
        2,
        "三、下一步工作打算 is the next steps"
    );
    let feedback = r.public_feedback.as_ref().unwrap();
    assert_eq!(
        feedback.postal_address.as_deref(),
        Some("江北市人民路1号市委办公室")
    );
    assert_eq!(feedback.postcode.as_deref(), Some("310000"));
    assert_eq!(
        date(r.timeline.public_comment.as_ref().unwrap().end),
        "2024-12-27"
    );
}

#[test]
fn audit() {
    let (_, parsed) = notice("audit");
    let r = &parsed.report;
    assert_eq!(r.inspection.kind, InspectionKind::Audit);
    assert_eq!(party_name(r, r.inspection.inspector.as_ref()), "县审计局");
    let inspection = r.timeline.inspection.as_ref().unwrap();
    assert_eq!(
        (date(inspection.start), date(inspection.end)),
        ("2024-05".into(), "2024-07".into())
    );
    assert_eq!(
        date(r.timeline.feedback),
        "2024-09-10",
        "出具审计报告 is the feedback"
    );
    let document = &r.areas[0].measures[0].documents[0];
    assert_eq!(
        (document.action, document.number.as_deref()),
        (DocumentAction::Revised, Some("东财预〔2024〕8号"))
    );
    let money = &r.areas[1].measures[0].indicators;
    assert_eq!(
        (money[0].value, money[0].kind, money[0].unit.as_deref()),
        (235_000_000.0, IndicatorKind::Amount, Some("元"))
    );
    assert_eq!(
        (money[1].value, money[1].qualifier),
        (1_200_000.0, Qualifier::MoreThan)
    );
    assert_eq!(
        r.areas[0].measures[1].indicators[0].kind,
        IndicatorKind::Percentage
    );
}

#[test]
fn progress_statistics() {
    let (text, parsed) = notice("progress-statistics");
    let r = &parsed.report;
    let problems = r.progress.as_ref().unwrap().problems.as_ref().unwrap();
    assert_eq!(
        (
            problems.total,
            problems.completed,
            problems.partially_completed,
            problems.ongoing,
            problems.completion_rate
        ),
        (Some(45), Some(40), Some(3), Some(2), Some(88.89))
    );
    assert_eq!(r.progress.as_ref().unwrap().rules_established, Some(12));
    let span = &parsed.spans["/progress/problems/completed"];
    assert_eq!(&text[span.bytes.clone()], "已完成整改40个");
    assert_eq!(date(r.timeline.rectification_due), "2024-12");
    assert_eq!(r.areas[0].status, Some(Status::Completed));
    assert_eq!(r.areas[1].status, Some(Status::Ongoing));
    let deadline = r.areas[0].measures[1].deadline.as_ref().unwrap();
    assert_eq!(date(deadline.by), "2024");
    assert_eq!(
        r.areas[1].measures[0].deadline.as_ref().unwrap().ongoing,
        Some(true)
    );
    assert_eq!(
        parsed.diagnostics.len(),
        1,
        "the lead paragraph is kept in a diagnostic"
    );
}

#[test]
fn problem_then_rectification_layout() {
    let (_, parsed) = notice("problem-rectification");
    let r = &parsed.report;
    assert_eq!(
        r.areas[0].problem.as_deref(),
        Some("部分学校安全隐患排查不彻底，应急演练流于形式。")
    );
    assert_eq!(r.areas[0].measures.len(), 2);
    let deadline = r.areas[0].measures[0].deadline.as_ref().unwrap();
    assert_eq!(
        (date(deadline.by), deadline.ongoing),
        ("2024".into(), Some(true))
    );
    assert_eq!(r.areas[0].status, Some(Status::PartiallyCompleted));
    assert_eq!(
        r.areas[1].measures[0].deadline.as_ref().unwrap().immediate,
        Some(true)
    );
    assert_eq!(
        r.areas[1].measures[0].documents[0].action,
        DocumentAction::Issued
    );
    // 中共西林县教育局委员会 and 县教育局党委 are one party.
    assert_eq!(r.parties[0].aliases, ["县教育局党委"]);
    assert_eq!(r.inspection.inspected, r.issuer);
}

#[test]
fn crlf_and_chinese_numeral_dates() {
    let (text, parsed) = notice("crlf-chinese-dates");
    assert!(text.contains("\r\n"));
    let r = &parsed.report;
    let inspection = r.timeline.inspection.as_ref().unwrap();
    assert_eq!(
        (date(inspection.start), date(inspection.end)),
        ("2024-03-27".into(), "2024-06-28".into())
    );
    assert_eq!(date(r.timeline.published), "2025-02-10");
    assert_eq!(
        date(r.timeline.public_comment.as_ref().unwrap().end),
        "2025-02-17"
    );
    // 今年 and 去年 count from the signature's date.
    let bills = &r.areas[0].measures[0].indicators[0];
    assert_eq!(
        (bills.value, date(bills.period.as_ref().unwrap().start)),
        (56.0, "2025-01".into())
    );
    assert_eq!(
        r.areas[1].measures[0].indicators[0]
            .period
            .as_ref()
            .unwrap()
            .start
            .map(|d| d.to_string())
            .as_deref(),
        Some("2025")
    );
    let span = &parsed.spans["/timeline/published"];
    assert_eq!(&text[span.bytes.clone()], "二〇二五年二月十日");
    assert_eq!(r.parties[0].aliases, ["北岭镇党委"]);
    assert_eq!(r.parties[0].level, Some(Level::Township));
}

#[test]
fn without_contact_block() {
    let (_, parsed) = notice("no-contact");
    let r = &parsed.report;
    assert_eq!(
        (r.closing.as_deref(), r.public_feedback.as_ref()),
        (None, None)
    );
    assert_eq!(date(r.timeline.published), "2024-12-05");
    assert_eq!(r.areas[1].measures[0].indicators[0].value, 156.0);
}

#[test]
fn parenthesized_sub_areas_and_a_title_on_two_lines() {
    let (_, parsed) = notice("paren-sub-areas");
    let r = &parsed.report;
    assert_eq!(
        r.title,
        "中共云台市水务局党组关于市委巡察“回头看”整改进展情况的通报"
    );
    assert_eq!(r.inspection.form, Some(InspectionForm::FollowUp));
    assert_eq!(party_name(r, Some(&r.issuer)), "中共云台市水务局党组");
    let titles: Vec<&str> = r.areas[0]
        .sub_areas
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(titles, ["工程招投标管理", "工程质量监管"]);
    assert_eq!(r.areas[1].sub_areas[1].title, "河道清“四乱”");
    let patrols = &r.areas[1].sub_areas[0].measures[0].indicators[0];
    assert_eq!(
        (patrols.value, patrols.qualifier),
        (26_000.0, Qualifier::MoreThan)
    );
    assert_eq!(r.next_steps[0].heading, None);
}

#[test]
fn special_inspection_of_a_subdistrict_saved_with_indentation() {
    let (text, parsed) = notice("special-township");
    let r = &parsed.report;
    assert_eq!(r.inspection.form, Some(InspectionForm::Special));
    assert_eq!(r.areas[0].sub_areas.len(), 2, "1、 sub-areas");
    let farmland = &r.areas[0].sub_areas[0].measures[0].indicators[0];
    assert_eq!(
        (farmland.value, farmland.unit.as_deref()),
        (1200.0, Some("亩"))
    );
    let feedback = r.public_feedback.as_ref().unwrap();
    assert_eq!(
        (feedback.phone.as_deref(), feedback.postcode.as_deref()),
        (Some("0769-22812345"), Some("523000"))
    );
    let signature = &parsed.spans["/issuer"];
    assert_eq!(&text[signature.bytes.clone()], "中共石桥街道工作委员会");
    assert!(signature.start.column > 10, "pushed right with spaces");
    assert_eq!(r.parties[0].level, Some(Level::Township));
}

#[test]
fn supervision_with_unmarked_paragraphs() {
    let (_, parsed) = notice("supervision");
    let r = &parsed.report;
    assert_eq!(r.inspection.kind, InspectionKind::Supervision);
    assert_eq!(party_name(r, r.inspection.convened_by.as_ref()), "省委");
    let ordinals: Vec<u32> = r.areas[0].measures.iter().map(|m| m.ordinal).collect();
    assert_eq!(ordinals, [1, 2], "two unmarked paragraphs are two measures");
    assert_eq!(
        r.public_feedback.as_ref().unwrap().website.as_deref(),
        Some("https://www.example.gov.cn/hbdc")
    );
    let rate = &r.areas[1].measures[0].indicators[1];
    assert_eq!((rate.value, rate.kind), (95.0, IndicatorKind::Percentage));
}

/// A notice saved from a web page: the navigation before the title, the page's details
/// after it and the footer after the signature are kept in diagnostics, line by line, and
/// the report is the one the bare notice gives.
#[test]
fn a_web_pages_navigation_details_and_footer_stay_out_of_the_report() {
    let around = [
        ("首页 | 新闻中心 | 通知公告", "before the title"),
        (
            "当前位置：首页 > 通知公告 > 梅江市人民政府关于省生态环境保护督察反馈意见整改进展情况的通报",
            "before the title",
        ),
        (
            "发布时间：2024-12-31 10:21 来源：梅江市人民政府办公室",
            "about the page",
        ),
        ("【字体：大 中 小】 浏览次数：1024", "about the page"),
        (
            "版权所有：梅江市人民政府办公室 粤ICP备12345678号",
            "after the signature",
        ),
        (
            "网站标识码：4414000001 主办单位：梅江市人民政府",
            "after the signature",
        ),
    ];
    for name in ["supervision", "paren-sub-areas", "special-township"] {
        let (bare, expected) = notice(name);
        let mut lines: Vec<&str> = bare.lines().collect();
        let title_lines = if name == "paren-sub-areas" { 2 } else { 1 };
        lines.splice(0..0, around[..2].iter().map(|(l, _)| *l));
        lines.splice(
            2 + title_lines..2 + title_lines,
            around[2..4].iter().map(|(l, _)| *l),
        );
        lines.extend(around[4..].iter().map(|(l, _)| *l));
        let page = lines.join("\n");
        let parsed = text::parse(&page).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(parsed.report, expected.report, "{name}");
        let kept: Vec<(&str, &str)> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.kind == DiagnosticKind::Unplaced)
            .map(|d| (d.text.as_str(), d.message.as_str()))
            .collect();
        assert_eq!(kept.len(), around.len(), "{name}: {kept:#?}");
        for ((line, what), (text, message)) in around.iter().zip(&kept) {
            assert_eq!(line, text, "{name}");
            assert!(message.contains(what), "{name}: {message}");
        }
        assert!(parsed.coverage(&page).lost.is_empty(), "{name}");
    }
}
