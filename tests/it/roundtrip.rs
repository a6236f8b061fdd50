//! The example report survives deserialization and serialization unchanged, and holds the
//! whole notice.

use rectify::{Party, RectificationReport};
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
    let awards = figure("我市文艺界共获得省级以上奖项超100个");
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

/// Names that the notice writes only inside a coordination that shares its ending
/// ("中国、省舞蹈家协会"): the registry spells each body out, and the phrase it comes from
/// stands in the notice.
const EXPANDED_NAMES: &[(&str, &str)] = &[
    ("中国舞蹈家协会", "中国、省舞蹈家协会"),
    (
        "市委宣传部巡察整改工作领导小组办公室",
        "市委宣传部巡察整改工作领导小组及办公室",
    ),
];

/// The notice's text with every 《title》 blanked out: a name inside a document's title
/// names the document, not the body.
fn outside_titles(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '《' => depth += 1,
            '》' => depth = depth.saturating_sub(1),
            _ if depth > 0 => out.push('□'),
            c => out.push(c),
        }
    }
    out
}

/// What to look for in the notice to find `name`: the name itself, or the coordination it
/// was spelled out from.
fn as_written(name: &str) -> &str {
    EXPANDED_NAMES
        .iter()
        .find(|(expanded, _)| *expanded == name)
        .map_or(name, |(_, phrase)| phrase)
}

#[test]
fn every_party_is_named_in_the_notice() {
    let report = example();
    let notice = outside_titles(&fixture_text("qingyuan-publicity-2025.txt"));
    assert_eq!(report.parties.len(), 28);
    for party in &report.parties {
        for name in party.names() {
            assert!(
                notice.contains(as_written(name)),
                "{}: `{name}` is not in the notice",
                party.id
            );
        }
    }
}

/// Places and events whose names hold a party's name without naming the party.
const PLACES: &[&str] = &["清远市蟠龙剧院"];

/// Whether `text` names `party` by itself: outside document titles, outside places, and
/// not only as part of another party's longer name (市委 inside 市委办, 清远日报 inside
/// 清远日报社). The bare alias 部 stands inside too many words to count.
fn names_party(text: &str, party: &Party, report: &RectificationReport) -> bool {
    let mut rest = outside_titles(text);
    for place in PLACES {
        rest = rest.replace(place, "□");
    }
    let own_names = || party.names().filter(|name| name.chars().count() > 1);
    for other in report.parties.iter().filter(|p| p.id != party.id) {
        for name in other.names() {
            if own_names().any(|own| name.len() > own.len() && name.contains(own)) {
                rest = rest.replace(as_written(name), "□");
            }
        }
    }
    own_names().any(|name| rest.contains(as_written(name)))
}

#[test]
fn measures_link_exactly_the_parties_their_text_names() {
    let report = example();
    let mut links = 0;
    for measure in report.measures() {
        for party in &report.parties {
            let linked = measure.parties.iter().any(|p| p.party == party.id);
            let named = names_party(&measure.text, party, &report);
            assert_eq!(
                linked, named,
                "{}, linked {linked}, named {named}: {}",
                party.id, measure.text
            );
            links += usize::from(linked);
        }
    }
    // Every pair agreed; in all, the 34 links of the gold (tests/fixtures/README.md).
    assert_eq!(links, 34);
}

/// Summaries, as the gold writes them: a lead clause that the measure's text continues
/// after a stop, checked on the tricky cases by hand (a quote or a title holding a comma),
/// and on every measure by the shape of a summary, not by a second copy of the rule.
#[test]
fn summaries_are_lead_clauses_and_omitted_when_they_are_the_whole_text() {
    let report = example();
    let summary_of = |start: &str| {
        report
            .measures()
            .find(|m| m.text.starts_with(start))
            .unwrap_or_else(|| panic!("no measure starts with {start}"))
            .summary
            .as_deref()
    };
    // Read from the notice by hand: the clause ends at the first stop outside quotes.
    assert_eq!(
        summary_of("严格执行“第一议题”制度"),
        Some("严格执行“第一议题”制度")
    );
    for measure in report.measures() {
        let Some(summary) = measure.summary.as_deref() else {
            continue;
        };
        let rest = measure
            .text
            .strip_prefix(summary)
            .unwrap_or_else(|| panic!("{summary} does not lead {}", measure.text));
        assert!(
            rest.starts_with(['，', '。', '；', '：']) && rest.chars().count() > 1,
            "{summary} is not a lead clause of {}",
            measure.text
        );
    }
    // A measure of one clause has none: its summary would be its text.
    let one_clause = report
        .measures()
        .filter(|m| !m.text.trim_end_matches('。').contains(['，', '；', '：']))
        .collect::<Vec<_>>();
    assert!(!one_clause.is_empty());
    for measure in one_clause {
        assert_eq!(measure.summary, None, "{}", measure.text);
    }
}
