//! `rectify::text`: the example notice against the hand-made gold, spans that point at what
//! they claim, nothing lost under mutation, and render → parse.

use rectify::text::{self, Parsed};
use serde_json::Value;

use crate::loading::Rng;
use crate::{example, fixture_text};

const EXAMPLE_TEXT: &str = "qingyuan-publicity-2025.txt";

fn parsed_example() -> (String, Parsed) {
    let text = fixture_text(EXAMPLE_TEXT);
    let parsed = text::parse(&text).expect("the example notice parses");
    (text, parsed)
}

/// The parser reads the example notice into exactly the hand-made gold: every field, every
/// figure, every party and every link.
#[test]
fn example_notice_parses_into_the_gold() {
    let (_, parsed) = parsed_example();
    let gold = example();
    if parsed.report != gold {
        let parsed_json = serde_json::to_string_pretty(&parsed.report).unwrap();
        let gold_json = serde_json::to_string_pretty(&gold).unwrap();
        let first_difference = parsed_json
            .lines()
            .zip(gold_json.lines())
            .enumerate()
            .find(|(_, (a, b))| a != b);
        panic!(
            "the parse differs from the gold; first differing line (parsed, gold): {first_difference:?}"
        );
    }
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
}

#[test]
fn example_notice_is_covered_entirely() {
    let (text, parsed) = parsed_example();
    let coverage = parsed.coverage(&text);
    assert_eq!(
        coverage.in_fields, coverage.characters,
        "{:?}",
        coverage.lost
    );
    // Non-blank characters: whitespace and the byte order mark do not count.
    assert_eq!(
        coverage.characters,
        text.chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{FEFF}')
            .count()
    );
    assert_eq!(coverage.ratio(), 1.0);
}

/// The JSON value at a pointer of the report.
fn at_pointer<'v>(json: &'v Value, pointer: &str) -> Option<&'v Value> {
    json.pointer(pointer)
}

/// Every span of a verbatim text field holds exactly that text (lines trimmed and joined
/// by line ends, as multi-line values are), and every pointer resolves in the report.
#[test]
fn spans_point_at_the_text_they_claim() {
    let (text, parsed) = parsed_example();
    let json = serde_json::to_value(&parsed.report).unwrap();
    let verbatim = [
        "/text",
        "/title",
        "/heading",
        "/preamble",
        "/closing",
        "/problem",
        "/name",
        "/label",
    ];
    // Every verbatim text of the report has a span (it was read, not derived)...
    let verbatim_pointers = string_pointers(&json, "")
        .into_iter()
        .filter(|p| {
            verbatim.iter().any(|end| p.ends_with(end)) || p.starts_with("/publicFeedback/")
        })
        // ...but the names of the two parties spelled out of a coordination (中国舞蹈家协会,
        // the leading group's office), which are written nowhere as they are.
        .filter(|p| !p.starts_with("/parties/") || parsed.spans.contains_key(p))
        .collect::<Vec<_>>();
    let mut checked = 0;
    for (pointer, span) in &parsed.spans {
        let value =
            at_pointer(&json, pointer).unwrap_or_else(|| panic!("{pointer} does not resolve"));
        let slice = &text[span.bytes.clone()];
        assert_eq!(
            span.start.line,
            text[..span.bytes.start].matches('\n').count() + 1,
            "{pointer}"
        );
        if verbatim.iter().any(|end| pointer.ends_with(end))
            || pointer.starts_with("/publicFeedback/")
        {
            let lines: Vec<&str> = slice
                .lines()
                .map(|l| l.trim())
                .filter(|l| !l.is_empty())
                .collect();
            assert_eq!(value.as_str(), Some(lines.join("\n").as_str()), "{pointer}");
            checked += 1;
        }
    }
    // ...and every such span holds its text.
    assert_eq!(checked, verbatim_pointers.len(), "verbatim values checked");
    for pointer in &verbatim_pointers {
        assert!(parsed.spans.contains_key(pointer), "{pointer} has no span");
    }
    // Every party's name is traced to where it is written as it is: all but the two spelled
    // out of a coordination (中国舞蹈家协会, the leading group's office).
    let named = (0..parsed.report.parties.len())
        .filter(|i| parsed.spans.contains_key(&format!("/parties/{i}/name")))
        .count();
    assert_eq!(named, parsed.report.parties.len() - 2);
    let documents = parsed
        .spans
        .keys()
        .filter(|p| p.contains("/documents/"))
        .count();
    let gold_documents: usize = parsed.report.measures().map(|m| m.documents.len()).sum();
    assert_eq!(
        documents, gold_documents,
        "every document's title is traced"
    );
    // A link's span holds the party's name as written (or the part written for a name
    // spelled out from a coordination: 中国 of 中国、省舞蹈家协会).
    let mut links = 0;
    for (pointer, span) in &parsed.spans {
        if !(pointer.contains("/measures/") && pointer.rsplit('/').nth(1) == Some("parties")) {
            continue;
        }
        let id = at_pointer(&json, &format!("{pointer}/party"))
            .and_then(Value::as_str)
            .unwrap();
        let party = parsed
            .report
            .parties
            .iter()
            .find(|p| p.id.as_str() == id)
            .unwrap();
        let written = &text[span.bytes.clone()];
        assert!(
            party.names().any(|n| n.contains(written)),
            "{pointer}: {written} for {id}"
        );
        links += 1;
    }
    let gold_links: usize = parsed.report.measures().map(|m| m.parties.len()).sum();
    assert_eq!(links, gold_links, "every link to a party is traced");
    let feedback = &parsed.spans["/timeline/feedback"];
    assert_eq!(&text[feedback.bytes.clone()], "2024年9月26日");
    let window = &parsed.spans["/timeline/publicComment"];
    assert_eq!(&text[window.bytes.clone()], "2025年10月16日至11月16日");
    let published = &parsed.spans["/timeline/published"];
    assert_eq!(&text[published.bytes.clone()], "2025年10月16日");
    let last_line = text
        .lines()
        .collect::<Vec<_>>()
        .iter()
        .rposition(|l| !l.trim().is_empty())
        .unwrap()
        + 1;
    assert_eq!(published.start.line, last_line);
    let issuer = &parsed.spans["/issuer"];
    assert_eq!(&text[issuer.bytes.clone()], "中共清远市委宣传部");
}

#[test]
fn web_page_whitespace_changes_nothing() {
    let (text, parsed) = parsed_example();
    let saved = format!(
        "\u{FEFF}{}",
        text.lines()
            .map(|line| format!("\u{3000}\u{3000}{line}  "))
            .collect::<Vec<_>>()
            .join("\r\n\r\n")
    );
    let reparsed = text::parse(&saved).unwrap();
    assert_eq!(reparsed.report, parsed.report);
    assert!(
        reparsed.diagnostics.is_empty(),
        "{:#?}",
        reparsed.diagnostics
    );
    assert!(reparsed.coverage(&saved).lost.is_empty());
}

#[test]
fn render_then_parse_gives_the_report_back() {
    let (_, parsed) = parsed_example();
    let rendered = text::render(&parsed.report);
    let again = text::parse(&rendered).unwrap();
    assert_eq!(again.report, parsed.report);
    assert!(again.diagnostics.is_empty(), "{:#?}", again.diagnostics);
    assert!(again.coverage(&rendered).lost.is_empty());
}

/// Checks one mutated input: no panic, no text lost; a refusal only when the title no longer
/// speaks of 整改.
fn check_mutant(mutant: &str, what: &str) -> bool {
    match text::parse(mutant) {
        Ok(parsed) => {
            let coverage = parsed.coverage(mutant);
            assert!(coverage.lost.is_empty(), "{what}: lost {:?}", coverage.lost);
            assert_eq!(
                coverage.in_fields + coverage.in_diagnostics,
                coverage.characters,
                "{what}"
            );
            true
        }
        Err(error) => {
            let title = mutant
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or_default();
            assert!(
                !title.contains("整改"),
                "{what}: refused ({error}) though its title is {title}"
            );
            false
        }
    }
}

#[test]
fn mutated_notices_never_panic_and_never_lose_text() {
    let text = fixture_text(EXAMPLE_TEXT);
    let lines: Vec<&str> = text.lines().collect();
    let mut parsed = 0;
    let mut refused = 0;
    let mut tally = |ok: bool| if ok { parsed += 1 } else { refused += 1 };
    for i in 0..lines.len() {
        let mut deleted = lines.clone();
        deleted.remove(i);
        tally(check_mutant(
            &deleted.join("\n"),
            &format!("line {i} deleted"),
        ));
        let mut duplicated = lines.clone();
        duplicated.insert(i, lines[i]);
        tally(check_mutant(
            &duplicated.join("\n"),
            &format!("line {i} duplicated"),
        ));
        let mut swapped = lines.clone();
        swapped.swap(i, (i + 1) % lines.len());
        tally(check_mutant(
            &swapped.join("\n"),
            &format!("lines {i} and next swapped"),
        ));
    }
    for (at, _) in text.char_indices().step_by(7) {
        tally(check_mutant(&text[..at], &format!("cut at byte {at}")));
    }
    let mut rng = Rng(0x7E57_2025);
    const INSERTS: [&str; 12] = [
        "（一）",
        "一是",
        "1.",
        "二、",
        "。",
        "下一步工作打算",
        "2025年",
        "《",
        "》",
        "：",
        "\n",
        "x",
    ];
    for round in 0..400 {
        let mut mutant = text.clone();
        for _ in 0..1 + rng.below(4) {
            let boundaries: Vec<usize> = mutant.char_indices().map(|(i, _)| i).collect();
            let at = boundaries[rng.below(boundaries.len())];
            mutant.insert_str(at, INSERTS[rng.below(INSERTS.len())]);
        }
        tally(check_mutant(&mutant, &format!("insertion round {round}")));
    }
    // 1,369 mutants; the few refused are those that lost or broke the title.
    assert!(
        parsed > 1350 && refused < 10,
        "{parsed} parsed, {refused} refused"
    );
}

/// Notices made of random pieces of the genre (markers, dates, numbers, names, labels) under
/// a title: none panics, loses text, or fails to render and parse again.
#[test]
fn random_notices_never_panic_and_never_lose_text() {
    const ATOMS: [&str; 40] = [
        "（一）",
        "（十一）",
        "一、",
        "二、",
        "1.",
        "１．",
        "（1）",
        "一是",
        "二是",
        "三是",
        "。",
        "，",
        "、",
        "：",
        "；",
        "关于",
        "整改",
        "巡察",
        "下一步工作打算",
        "2024年",
        "3月27日",
        "至",
        "二〇二四年三月",
        "今年",
        "去年",
        "超",
        "约",
        "100",
        "万",
        "亿",
        "个",
        "名",
        "《",
        "》",
        "“",
        "”",
        "领导小组",
        "协会",
        "\n",
        "联系电话：0763-3374341",
    ];
    let mut rng = Rng(0xA70A_2025);
    for round in 0..3000 {
        let mut notice = String::from("某单位关于巡察整改情况的通报\n");
        for _ in 0..rng.below(60) {
            notice.push_str(ATOMS[rng.below(ATOMS.len())]);
            if rng.below(5) == 0 {
                notice.extend(char::from_u32(0x4e00 + rng.below(500) as u32));
            }
        }
        let parsed = text::parse(&notice).unwrap_or_else(|e| panic!("round {round}: {e}"));
        let lost = parsed.coverage(&notice).lost;
        assert!(lost.is_empty(), "round {round}: {notice:?}: {lost:?}");
        let rendered = text::render(&parsed.report);
        assert!(
            text::parse(&rendered).is_ok(),
            "round {round}: {rendered:?}"
        );
    }
}

/// The JSON Pointers of every string in `value`, below `at`.
fn string_pointers(value: &Value, at: &str) -> Vec<String> {
    match value {
        Value::String(_) => vec![at.to_owned()],
        Value::Array(items) => items
            .iter()
            .enumerate()
            .flat_map(|(i, v)| string_pointers(v, &format!("{at}/{i}")))
            .collect(),
        Value::Object(map) => map
            .iter()
            .flat_map(|(k, v)| string_pointers(v, &format!("{at}/{k}")))
            .collect(),
        _ => Vec::new(),
    }
}
