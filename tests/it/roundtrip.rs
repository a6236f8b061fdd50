//! The example report survives deserialization and serialization unchanged, and holds the
//! whole notice.

use serde_json::Value;

use crate::{EXAMPLE_JSON, example, fixture_text};

#[test]
fn example_round_trips_to_the_same_json_value() {
    let text = fixture_text(EXAMPLE_JSON);
    let original: Value = serde_json::from_str(&text).unwrap();
    let report = rectify::from_json_str(&text).unwrap();
    let written = serde_json::to_value(&report).unwrap();
    assert_eq!(written, original);
}

#[test]
fn example_round_trips_through_text_to_an_equal_report() {
    let report = example();
    let text = serde_json::to_string(&report).unwrap();
    assert_eq!(rectify::from_json_str(&text).unwrap(), report);
    let pretty = serde_json::to_vec_pretty(&report).unwrap();
    assert_eq!(rectify::from_reader(pretty.as_slice()).unwrap(), report);
}

#[test]
fn example_is_valid_without_warnings() {
    let validation = example().validate();
    assert!(
        validation.violations.is_empty(),
        "{:#?}",
        validation.violations
    );
}

#[test]
fn output_never_writes_null_and_keeps_whole_numbers_whole() {
    let text = serde_json::to_string(&example()).unwrap();
    assert!(!text.contains("null"));
    assert!(
        text.contains(r#""value":1300000,"#),
        "130万 is written as a whole number"
    );
}

/// The figures the contract lists for the example notice, and its structure.
#[test]
fn example_holds_the_whole_notice() {
    let report = example();
    let notice = fixture_text("qingyuan-publicity-2025.txt");
    assert_eq!(report.responsibility.len(), 3);
    assert_eq!(report.next_steps.len(), 3);
    assert_eq!(report.areas.len(), 11);
    assert_eq!(report.measures().count(), 42);
    let sub_area_counts: Vec<usize> = report.areas.iter().map(|a| a.sub_areas.len()).collect();
    assert_eq!(sub_area_counts, [0, 0, 3, 0, 2, 0, 0, 0, 3, 1, 2]);

    // Every text is verbatim: it stands in the notice as written.
    for measure in report.measures() {
        assert!(
            notice.contains(&measure.text),
            "not verbatim: {}",
            measure.text
        );
        for indicator in &measure.indicators {
            let source = indicator
                .source
                .as_deref()
                .expect("every figure has its source");
            assert!(
                measure.text.contains(source),
                "source not in its measure: {source}"
            );
        }
        for document in &measure.documents {
            assert!(measure.text.contains(&format!("《{}》", document.title)));
        }
    }
    for point in report.responsibility.iter().chain(&report.next_steps) {
        let heading = point.heading.as_deref().unwrap();
        assert!(notice.contains(&format!("{heading}。{}", point.text)));
    }
    assert!(notice.contains(report.preamble.as_deref().unwrap()));
    assert!(notice.contains(report.closing.as_deref().unwrap()));

    let figure = |source: &str| {
        report
            .all_indicators()
            .find(|i| i.source.as_deref() == Some(source))
            .unwrap_or_else(|| panic!("no figure read from {source}"))
    };
    let good_people = figure("入选“中国好人”3名");
    assert_eq!(good_people.value, 3.0);
    assert_eq!(
        good_people
            .period
            .as_ref()
            .unwrap()
            .start
            .unwrap()
            .to_string(),
        "2024"
    );
    let visitors = figure("入园游客总人数约90万人次");
    assert_eq!(visitors.value, 900_000.0);
    assert_eq!(visitors.qualifier, rectify::Qualifier::Approximately);
    let awards = figure("共获得省级以上奖项超100个");
    assert_eq!(awards.qualifier, rectify::Qualifier::MoreThan);
    let period = awards.period.as_ref().unwrap();
    assert_eq!(
        (
            period.start.unwrap().to_string(),
            period.end.unwrap().to_string()
        ),
        ("2024".into(), "2025-09".into())
    );
    assert_eq!(figure("“新清远”客户端下载量达130万").value, 1_300_000.0);
    let ranks: Vec<f64> = report
        .all_indicators()
        .filter(|i| i.kind == rectify::IndicatorKind::Rank)
        .map(|i| i.value)
        .collect();
    assert_eq!(ranks, [10.0, 4.0]);
    assert_eq!(figure("支持培育15名清远城市形象大使").value, 15.0);
    assert_eq!(figure("持续组织34名市县媒体骨干").value, 34.0);
    assert_eq!(figure("分六批到南方+跟岗培训").value, 6.0);

    let feedback = report.public_feedback.as_ref().unwrap();
    assert_eq!(feedback.phone.as_deref(), Some("0763-3374341"));
    assert_eq!(feedback.postcode.as_deref(), Some("511500"));
    assert_eq!(feedback.email.as_deref(), Some("qyxcb_bgs@gdqy.gov.cn"));
    let comment = report.timeline.public_comment.as_ref().unwrap();
    assert_eq!(comment.end.unwrap().to_string(), "2025-11-16");
    let round = report.inspection.round.as_ref().unwrap();
    assert_eq!(
        (round.term.unwrap().get(), round.number.unwrap().get()),
        (8, 5)
    );
}
