//! Every validation code: a case that triggers it, asserting code and path; and every path
//! produced resolves in the report's own JSON.

use assign::assign;
use std::collections::BTreeSet;

use rectify::validate::{Code, Severity, Validation, validate_json};
use rectify::{
    Deadline, IndicatorKind, PartialDate, PartyId, Period, RectificationReport, Tally,
    TimelineEvent,
};
use serde_json::Value;

use crate::{EXAMPLE_JSON, example, fixture_text};

fn date(text: &str) -> PartialDate {
    text.parse().unwrap()
}

fn id(text: &str) -> PartyId {
    PartyId::new(text).unwrap()
}

/// Asserts that every violation's path resolves in the report's JSON; for a missing field,
/// its parent resolves and the field itself is absent.
fn assert_paths_resolve(report: &RectificationReport, validation: &Validation) {
    let json = serde_json::to_value(report).unwrap();
    for v in &validation.violations {
        if v.code == Code::MissingField {
            let (parent, _) = v.path.rsplit_once('/').unwrap();
            assert!(
                json.pointer(parent).is_some(),
                "parent of {} does not resolve",
                v.path
            );
            assert!(
                json.pointer(&v.path).is_none(),
                "a missing field is present: {}",
                v.path
            );
        } else {
            assert!(
                json.pointer(&v.path).is_some(),
                "{} does not resolve ({:?})",
                v.path,
                v.code
            );
        }
    }
}

/// Applies `mutate` to the example and returns its validation, checking every path.
fn violations_after(mutate: impl FnOnce(&mut RectificationReport)) -> Validation {
    let mut report = example();
    mutate(&mut report);
    let validation = report.validate();
    assert_paths_resolve(&report, &validation);
    validation
}

fn assert_flags(validation: &Validation, code: Code, path: &str) {
    let found = validation
        .violations
        .iter()
        .find(|v| v.code == code && v.path == path);
    let found =
        found.unwrap_or_else(|| panic!("no {code} at {path}: {:#?}", validation.violations));
    assert_eq!(found.severity, code.severity());
    assert!(!found.message.is_empty());
}

type Mutation = fn(&mut RectificationReport);

/// One case per code: (code, mutation of the example, the path it must be reported at).
fn cases() -> Vec<(Code, Mutation, &'static str)> {
    vec![
        (
            Code::UnsupportedVersion,
            |r| r.schema_version = "2.0".into(),
            "/schemaVersion",
        ),
        (
            Code::MissingField,
            |r| r.inspection.inspector = None,
            "/inspection/inspector",
        ),
        (
            Code::MissingField,
            |r| r.timeline.inspection = None,
            "/timeline/inspection",
        ),
        (
            Code::MissingField,
            |r| r.timeline.feedback = None,
            "/timeline/feedback",
        ),
        (
            Code::MissingField,
            |r| r.timeline.published = None,
            "/timeline/published",
        ),
        (
            Code::EmptyText,
            |r| r.areas[0].measures[0].text = " \u{3000}".into(),
            "/areas/0/measures/0/text",
        ),
        (
            Code::EmptyText,
            |r| r.parties[1].aliases.push(String::new()),
            "/parties/1/aliases/0",
        ),
        (
            Code::EmptyText,
            |r| r.preamble = Some(String::new()),
            "/preamble",
        ),
        (Code::UntrimmedText, |r| r.title.push('\n'), "/title"),
        (
            Code::UntrimmedText,
            |r| r.next_steps[2].heading = Some(" 做好结合文章".into()),
            "/nextSteps/2/heading",
        ),
        (
            Code::EmptyPeriod,
            |r| r.areas[1].measures[1].indicators[0].period = Some(Period::default()),
            "/areas/1/measures/1/indicators/0/period",
        ),
        (
            Code::ReversedPeriod,
            |r| r.timeline.public_comment = Some(Period::new(date("2025-11-16"), date("2025-10"))),
            "/timeline/publicComment/end",
        ),
        (
            Code::TimelineOrder,
            |r| r.timeline.feedback = Some(date("2024-03")),
            "/timeline/feedback",
        ),
        (
            Code::TimelineOrder,
            |r| r.timeline.published = Some(date("2024-09-25")),
            "/timeline/published",
        ),
        (
            Code::TimelineOrder,
            |r| r.timeline.rectification_due = Some(date("2024-08")),
            "/timeline/rectificationDue",
        ),
        (
            Code::TimelineOrder,
            |r| r.timeline.public_comment = Some(Period::since(date("2025-10-15"))),
            "/timeline/publicComment/start",
        ),
        (
            Code::EventDate,
            |r| {
                // Neither date nor period: only a setter can build it.
                let mut event = TimelineEvent::on("召开专题民主生活会", date("2024-10"));
                event.date = None;
                r.timeline.events.push(event)
            },
            "/timeline/events/0",
        ),
        (
            Code::EventDate,
            |r| {
                r.timeline.events.push(assign!(
                    TimelineEvent::on("召开专题民主生活会", date("2024-10")),
                    { period: Some(Period::since(date("2024-10"))) }
                ))
            },
            "/timeline/events/0",
        ),
        (
            Code::DateAfterPublication,
            |r| r.areas[3].measures[1].indicators[0].period = Some(Period::until(date("2025-11"))),
            "/areas/3/measures/1/indicators/0/period/end",
        ),
        (
            Code::DateAfterPublication,
            |r| {
                r.timeline
                    .events
                    .push(TimelineEvent::on("召开整改总结会", date("2026")))
            },
            "/timeline/events/0/date",
        ),
        (
            Code::DuplicatePartyId,
            |r| r.parties[4].id = r.parties[3].id.clone(),
            "/parties/4/id",
        ),
        (
            Code::UnknownParty,
            |r| r.areas[0].measures[0].parties[0].party = id("nobody"),
            "/areas/0/measures/0/parties/0/party",
        ),
        (Code::UnknownParty, |r| r.issuer = id("nobody"), "/issuer"),
        (
            Code::UnknownParty,
            |r| r.parties[2].parent = Some(id("nobody")),
            "/parties/2/parent",
        ),
        (
            Code::PartyCycle,
            |r| r.parties[1].parent = Some(id("中共清远市委宣传部")),
            "/parties/0/parent",
        ),
        (
            Code::PartyCycle,
            |r| r.parties[5].parent = Some(id("部主要负责同志")),
            "/parties/5/parent",
        ),
        (
            Code::AmbiguousPartyName,
            |r| r.parties[3].aliases.push("市委宣传部".into()),
            "/parties/3/aliases/0",
        ),
        (
            Code::AmbiguousPartyName,
            |r| r.parties[4].name = "市委".into(),
            "/parties/4/name",
        ),
        (
            Code::EmptyDeadline,
            |r| r.areas[6].measures[0].deadline = Some(Deadline::default()),
            "/areas/6/measures/0/deadline",
        ),
        (
            Code::NumberingGap,
            |r| r.areas[2].sub_areas[1].number = 3,
            "/areas/2/subAreas/1/number",
        ),
        (
            Code::NumberingGap,
            |r| {
                r.areas.remove(3);
            },
            "/areas/3/number",
        ),
        (
            Code::NumberingGap,
            |r| r.areas[0].measures.swap(1, 2),
            "/areas/0/measures/1/ordinal",
        ),
        (
            Code::NumberingGap,
            |r| r.responsibility[0].number = 0,
            "/responsibility/0/number",
        ),
        (Code::EmptyArea, |r| r.areas[7].measures.clear(), "/areas/7"),
        (Code::NoAreas, |r| r.areas.clear(), "/areas"),
        (
            Code::NonFiniteValue,
            |r| r.areas[1].measures[0].indicators[0].value = f64::NAN,
            "/areas/1/measures/0/indicators/0/value",
        ),
        (
            Code::NegativeValue,
            |r| r.areas[1].measures[0].indicators[1].value = -7.0,
            "/areas/1/measures/0/indicators/1/value",
        ),
        (
            Code::PercentageRange,
            |r| {
                let i = &mut r.areas[1].measures[0].indicators[2];
                i.kind = IndicatorKind::Percentage;
                i.value = 100.5;
            },
            "/areas/1/measures/0/indicators/2/value",
        ),
        (
            Code::RankBelowOne,
            |r| r.areas[3].measures[1].indicators[3].value = 0.5,
            "/areas/3/measures/1/indicators/3/value",
        ),
        (
            Code::TallyExceedsTotal,
            |r| {
                r.progress = Some(progress(assign!(Tally::new(697), {
                                    completed: Some(698)
                })))
            },
            "/progress/problems/completed",
        ),
        (
            Code::TallyExceedsTotal,
            |r| {
                r.progress = Some(progress(assign!(Tally::new(697), {
                                    completed: Some(600),
                                    ongoing: Some(100)
                })))
            },
            "/progress/problems/total",
        ),
        (
            Code::TallySumMismatch,
            |r| {
                r.progress = Some(progress(assign!(Tally::new(697), {
                                    completed: Some(600),
                                    partially_completed: Some(10),
                                    ongoing: Some(5),
                                    not_started: Some(2)
                })))
            },
            "/progress/problems/total",
        ),
        (
            Code::CompletionRateMismatch,
            |r| {
                r.progress = Some(progress(assign!(Tally::new(697), {
                                    completed: Some(688),
                                    completion_rate: Some(98.69)
                })))
            },
            "/progress/problems/completionRate",
        ),
        (
            Code::InvalidPhone,
            |r| feedback(r).phone = Some("0763-337434".into()),
            "/publicFeedback/phone",
        ),
        (
            Code::InvalidPostcode,
            |r| feedback(r).postcode = Some("５１１５００".into()),
            "/publicFeedback/postcode",
        ),
        (
            Code::InvalidEmail,
            |r| feedback(r).email = Some("qyxcb_bgs@gdqy".into()),
            "/publicFeedback/email",
        ),
        (
            Code::DocumentBrackets,
            |r| r.areas[6].measures[0].documents[0].title = "《市委宣传部固定资产管理制度》".into(),
            "/areas/6/measures/0/documents/0/title",
        ),
    ]
}

fn progress(problems: Tally) -> rectify::ProgressSummary {
    assign!(rectify::ProgressSummary::default(), {
            problems: Some(problems)
    })
}

fn feedback(report: &mut RectificationReport) -> &mut rectify::PublicFeedback {
    report.public_feedback.as_mut().unwrap()
}

#[test]
fn every_code_is_triggered_where_the_contract_says() {
    for (code, mutate, path) in cases() {
        let validation = violations_after(mutate);
        assert_flags(&validation, code, path);
    }
}

#[test]
fn every_code_of_the_contract_has_a_case() {
    let mut covered: BTreeSet<Code> = cases().into_iter().map(|(code, _, _)| code).collect();
    covered.insert(Code::InvalidDate); // below, through validate_json
    let all: BTreeSet<Code> = Code::ALL.iter().copied().collect();
    assert_eq!(covered, all);
    assert_eq!(Code::ALL.len(), 29, "the contract's table has 29 codes");
}

#[test]
fn codes_and_severities_are_written_as_the_contract_writes_them() {
    assert_eq!(
        serde_json::to_value(Code::TallySumMismatch).unwrap(),
        "tallySumMismatch"
    );
    for code in Code::ALL {
        assert_eq!(serde_json::to_value(code).unwrap(), code.as_str());
    }
    let warnings: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| c.severity() == Severity::Warning)
        .map(|c| c.as_str())
        .collect();
    assert_eq!(
        warnings,
        [
            "untrimmedText",
            "ambiguousPartyName",
            "tallySumMismatch",
            "completionRateMismatch",
            "documentBrackets"
        ]
    );
}

#[test]
fn validation_reports_every_violation_at_once() {
    let validation = violations_after(|r| {
        r.schema_version = "0.9".into();
        r.timeline.feedback = Some(date("2024-03"));
        r.areas[7].measures.clear();
        feedback(r).postcode = Some("5115".into());
        r.title = format!("{} ", r.title);
    });
    let codes: Vec<Code> = validation.violations.iter().map(|v| v.code).collect();
    assert_eq!(
        codes,
        [
            Code::UnsupportedVersion,
            Code::UntrimmedText,
            Code::TimelineOrder,
            Code::EmptyArea,
            Code::InvalidPostcode
        ],
        "in document order"
    );
    assert!(!validation.is_valid());
    assert_eq!(validation.warnings().count(), 1);
}

#[test]
fn warnings_alone_leave_a_report_valid() {
    let validation = violations_after(|r| r.title.push(' '));
    assert!(validation.is_valid());
    assert!(validation.has(Code::UntrimmedText));
}

#[test]
fn partial_dates_break_the_order_only_when_certainly_out_of_order() {
    // Feedback "2024-06" may be 28–30 June, after the inspection ended on the 28th.
    let validation = violations_after(|r| r.timeline.feedback = Some(date("2024-06")));
    assert!(
        validation.violations.is_empty(),
        "{:#?}",
        validation.violations
    );
    // A published year that contains the feedback day is not certainly before it.
    let validation = violations_after(|r| r.timeline.published = Some(date("2024")));
    assert!(!validation.has(Code::TimelineOrder));
    // The ends of one period are checked by reversedPeriod, not twice.
    let validation = violations_after(|r| {
        r.timeline.inspection = Some(Period::new(date("2024-06-28"), date("2024-03-27")))
    });
    let codes: Vec<Code> = validation.violations.iter().map(|v| v.code).collect();
    assert_eq!(codes, [Code::ReversedPeriod]);
}

/// Contract amendment 2: a rate is compared at the places it is written with, and a
/// mismatch is a warning.
#[test]
fn completion_rate_is_compared_at_its_own_rounding() {
    // (completed, total, rate as written, within its rounding?)
    for (completed, total, rate, ok) in [
        // 688 / 697 = 98.7087…%: 98.71 and 98.7 are it rounded, 98.72 and 98.69 are not.
        (688, 697, 98.71, true),
        (688, 697, 98.7, true),
        (688, 697, 99.0, true),
        (688, 697, 98.72, false),
        (688, 697, 98.69, false),
        (688, 697, 98.0, false),
        // 314 / 386 = 81.347…%: "81.3" is within 0.05, "81.2" is not.
        (314, 386, 81.3, true),
        (314, 386, 81.2, false),
        // 19 / 25 = 76% exactly; "75" is a whole unit off.
        (19, 25, 76.0, true),
        (19, 25, 75.0, false),
        // 2 / 3 = 66.666…%: "66.67" rounds it; "66.66" truncates it, 0.0067 off.
        (2, 3, 66.67, true),
        (2, 3, 66.66, false),
    ] {
        let validation = violations_after(|r| {
            r.progress = Some(progress(assign!(Tally::new(total), {
                            completed: Some(completed),
                            completion_rate: Some(rate)
            })))
        });
        assert_eq!(
            !validation.has(Code::CompletionRateMismatch),
            ok,
            "{completed} of {total} as {rate}%"
        );
        assert!(validation.is_valid(), "a mismatch is a warning");
    }
    let validation = violations_after(|r| {
        r.progress = Some(progress(assign!(Tally::new(10), {
                    completed: Some(0),
                    completion_rate: Some(100.5)
        })))
    });
    assert_flags(
        &validation,
        Code::PercentageRange,
        "/progress/problems/completionRate",
    );
}

/// Contract amendment 1: a tally without a total is checked for nothing that needs one.
#[test]
fn a_tally_without_a_total_is_valid() {
    let validation = violations_after(|r| {
        r.progress = Some(progress(assign!(Tally::default(), {
                    completed: Some(40),
                    ongoing: Some(3),
                    completion_rate: Some(76.0)
        })))
    });
    assert!(
        validation.violations.is_empty(),
        "{:#?}",
        validation.violations
    );
    let json = serde_json::to_value(progress(assign!(Tally::default(), {
            completed: Some(40)
    })))
    .unwrap();
    assert_eq!(json, serde_json::json!({"problems": {"completed": 40}}));
}

#[test]
fn phones_of_every_common_form_are_accepted() {
    for phone in [
        "0763-3374341",
        "13800138000",
        "12388",
        "0763－3374341",
        "(0763)3374341",
        "（0763）3374341",
        "020-83123456",
        "3374341",
        "0763-3374341、0763-3374342",
        "0763-3374341转8001",
        "400-123-4567",
        "+86 13800138000",
        "0763-3374341 转 8001",
        "０７６３－３３７４３４１",
        "0763 3374341",
        "0763-12388",
        "０７６３－１２３８８",
    ] {
        assert!(rectify::validate::is_phone(phone), "{phone} rejected");
    }
    for phone in [
        "",
        "0763-337434",
        "0763-1374341",
        "1380013800",
        "phone",
        "0763-3374341x",
        "、",
        "23800138000",
        "0763-3374341、",
        "0763--",
    ] {
        assert!(!rectify::validate::is_phone(phone), "{phone:?} accepted");
    }
}

#[test]
fn emails_and_postcodes() {
    for email in ["qyxcb_bgs@gdqy.gov.cn", "a.b+c@example.org"] {
        assert!(rectify::validate::is_email(email), "{email}");
    }
    for email in [
        "qyxcb_bgs@gdqy",
        "@gdqy.gov.cn",
        "a b@c.cn",
        "a@b..cn",
        "a@-b.cn",
        "整改@qq.com",
    ] {
        assert!(!rectify::validate::is_email(email), "{email}");
    }
    assert!(rectify::validate::is_postcode("511500"));
    for postcode in ["51150", "5115000", "５１１５００", "51150a"] {
        assert!(!rectify::validate::is_postcode(postcode), "{postcode}");
    }
}

#[test]
fn invalid_dates_are_listed_with_everything_else() {
    let mut value: Value = serde_json::from_str(&fixture_text(EXAMPLE_JSON)).unwrap();
    value["timeline"]["feedback"] = "2024-09-31".into();
    value["areas"][1]["measures"][1]["indicators"][0]["period"]["start"] = "2024-13".into();
    value["areas"][2]["subAreas"][0]["measures"][0]["deadline"] =
        serde_json::json!({"by": "2024年底"});
    value["areas"][7]["measures"] = serde_json::json!([]);
    let validation = validate_json(&value.to_string()).unwrap();
    let found: Vec<(Code, &str)> = validation
        .violations
        .iter()
        .map(|v| (v.code, v.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (Code::InvalidDate, "/timeline/feedback"),
            (
                Code::InvalidDate,
                "/areas/1/measures/1/indicators/0/period/start"
            ),
            (
                Code::InvalidDate,
                "/areas/2/subAreas/0/measures/0/deadline/by"
            ),
            (Code::EmptyArea, "/areas/7"),
        ],
        "no missingField, emptyPeriod or emptyDeadline repeats an invalid date"
    );
    // Every invalidDate path resolves in the document that was checked.
    for v in &validation.violations {
        assert!(value.pointer(&v.path).is_some(), "{}", v.path);
    }
}

#[test]
fn validate_json_gives_shape_errors_as_errors() {
    let text = fixture_text(EXAMPLE_JSON).replace(r#""kind": "xuncha""#, r#""kind": 3"#);
    let Err(rectify::Error::Json(error)) = validate_json(&text) else {
        panic!()
    };
    assert_eq!(error.pointer(), "/inspection/kind");
    assert!(validate_json("not json").is_err());
    assert!(
        validate_json(&fixture_text(EXAMPLE_JSON))
            .unwrap()
            .violations
            .is_empty()
    );
}

#[test]
fn a_party_cycle_is_told_from_the_flagged_party() {
    let mut report = example();
    // The issuer (0) leads into the loop at its head (5), which loops with the leading
    // group (3): the walk meets 5 first, the path names 3.
    let (head, group) = ("部主要负责同志", "市委宣传部巡察整改工作领导小组");
    report.parties[0].parent = Some(id(head));
    report.parties[5].parent = Some(id(group));
    report.parties[3].parent = Some(id(head));
    let cycles: Vec<_> = report
        .validate()
        .violations
        .into_iter()
        .filter(|v| v.code == Code::PartyCycle)
        .collect();
    assert_eq!(cycles.len(), 1, "{cycles:?}");
    assert_eq!(cycles[0].path, "/parties/3/parent");
    assert!(
        cycles[0]
            .message
            .ends_with(&format!("{group} → {head} → {group}")),
        "{}",
        cycles[0].message
    );
}
