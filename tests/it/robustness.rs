//! No input breaks the parser or the loaders: arbitrary text and bytes, and random edits of
//! every fixture, give a result or an error that says where; never a panic, never lost
//! text. Generated reports survive serialization. (The fuzz targets in `fuzz/` run the same
//! properties for much longer.)

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use rectify::Error;

use crate::{fixture_path, fixture_text};

/// The parse of `input`, checked: no text lost, every diagnostic placed on the input.
fn parse_checked(input: &str) -> Result<(), TestCaseError> {
    let Ok(parsed) = rectify::text::parse(input) else {
        return Ok(());
    };
    let coverage = parsed.coverage(input);
    prop_assert!(coverage.lost.is_empty(), "lost {:?}", coverage.lost);
    // Every span lies in the input, on character boundaries (ASCII punctuation is read as
    // full-width, three bytes for one: the spans are mapped back).
    for (pointer, span) in &parsed.spans {
        prop_assert!(
            input.get(span.bytes.clone()).is_some(),
            "{pointer}: {span:?}"
        );
    }
    // The review page of any parse is written without a panic, its marks balanced.
    let page = rectify::text::review_html(input, &parsed);
    prop_assert_eq!(
        page.matches("<mark").count(),
        page.matches("</mark>").count()
    );
    for diagnostic in &parsed.diagnostics {
        prop_assert!(
            input.get(diagnostic.span.bytes.clone()).is_some(),
            "{:?}",
            diagnostic
        );
        prop_assert!(diagnostic.line() >= 1 && diagnostic.column() >= 1);
    }
    Ok(())
}

/// A loader's answer to `bytes`, checked: a report, or a JSON error that says where.
fn load_checked(bytes: &[u8]) -> Result<(), TestCaseError> {
    match rectify::from_json_slice(bytes) {
        Ok(report) => {
            let _ = report.validate();
            let json = serde_json::to_string(&report).unwrap();
            prop_assert_eq!(rectify::from_json_str(&json).unwrap(), report);
        }
        Err(Error::Json(error)) => {
            let lines = bytes.split(|b| *b == b'\n').count();
            prop_assert!(error.line() >= 1 && error.line() <= lines, "{}", error);
            prop_assert!(
                error.column() >= 1 && !error.message().is_empty(),
                "{}",
                error
            );
        }
        Err(other) => prop_assert!(false, "not a JSON error: {}", other),
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = rectify::validate::validate_json(text);
    }
    Ok(())
}

fn files(folder: &str, extension: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixture_path(folder))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == extension))
        .map(|path| std::fs::read_to_string(path).unwrap())
        .collect();
    names.sort();
    names
}

/// Every fixture notice: the example and the nine written ones.
fn notices() -> Vec<String> {
    let mut all = files("notices", "txt");
    all.extend(files("genre", "txt"));
    all.push(fixture_text("qingyuan-publicity-2025.txt"));
    all
}

/// Every fixture report, valid or not.
fn reports() -> Vec<String> {
    let mut all = files("", "json");
    for folder in ["valid", "invalid/shape", "invalid/rules"] {
        all.extend(files(folder, "json"));
    }
    all
}

/// Pieces of the genre an edit inserts: markers, labels, dates, numbers, punctuation.
const PIECES: [&str; 25] = [
    "一、",
    "（一）",
    "1.",
    "（1）",
    "整改",
    "年",
    "2024年3月",
    "至",
    "。",
    "，",
    "\n",
    "　",
    "下一步",
    "欢迎",
    "联系电话：",
    "%",
    // As text pipelines and pages write them: ASCII punctuation, datelines, lost 年月,
    // metadata labels, problem labels, full-width contacts.
    ",",
    "(一)",
    ":",
    "——2025年12月30日在",
    "2024717日",
    "文件名称:",
    "问题1:",
    "0763-12388",
    "＠",
];

/// One edit: at a fraction of the text, delete a stretch, duplicate it, or insert a piece.
#[derive(Debug, Clone)]
enum Edit {
    Delete { at: f64, len: usize },
    Duplicate { at: f64, len: usize },
    Insert { at: f64, piece: usize },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0.0..1.0f64, 1..60usize).prop_map(|(at, len)| Edit::Delete { at, len }),
        (0.0..1.0f64, 1..200usize).prop_map(|(at, len)| Edit::Duplicate { at, len }),
        (0.0..1.0f64, 0..PIECES.len()).prop_map(|(at, piece)| Edit::Insert { at, piece }),
    ]
}

/// Applies an edit on character boundaries.
fn apply(text: &str, edit: &Edit) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at_of = |at: f64| ((chars.len() as f64) * at) as usize;
    let collect = |range: &[char]| range.iter().collect::<String>();
    match *edit {
        Edit::Delete { at, len } => {
            let start = at_of(at);
            let end = (start + len).min(chars.len());
            collect(&chars[..start]) + &collect(&chars[end..])
        }
        Edit::Duplicate { at, len } => {
            let start = at_of(at);
            let end = (start + len).min(chars.len());
            collect(&chars[..end]) + &collect(&chars[start..])
        }
        Edit::Insert { at, piece } => {
            let start = at_of(at);
            collect(&chars[..start]) + PIECES[piece] + &collect(&chars[start..])
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_break_the_parser(input in any::<String>()) {
        parse_checked(&input)?;
    }

    #[test]
    fn strings_of_the_genres_pieces_never_break_the_parser(
        pieces in proptest::collection::vec(0..PIECES.len(), 0..120),
        title in proptest::bool::ANY,
    ) {
        let mut input = if title { "关于巡察整改进展情况的通报\n".to_owned() } else { String::new() };
        input.extend(pieces.iter().map(|&i| PIECES[i]));
        parse_checked(&input)?;
    }

    #[test]
    fn every_fixture_notice_survives_random_edits(
        which in any::<prop::sample::Index>(),
        edits in proptest::collection::vec(edit(), 1..8),
    ) {
        let notices = notices();
        let mut text = notices[which.index(notices.len())].clone();
        for edit in &edits {
            text = apply(&text, edit);
        }
        parse_checked(&text)?;
    }

    #[test]
    fn arbitrary_bytes_never_break_the_loaders(bytes in any::<Vec<u8>>()) {
        load_checked(&bytes)?;
    }

    #[test]
    fn every_fixture_report_survives_random_edits(
        which in any::<prop::sample::Index>(),
        edits in proptest::collection::vec(edit(), 1..4),
    ) {
        let reports = reports();
        let mut text = reports[which.index(reports.len())].clone();
        for edit in &edits {
            text = apply(&text, edit);
        }
        load_checked(text.as_bytes())?;
    }

    #[test]
    fn generated_reports_serialize_and_load_back(spec in crate::render::report_spec()) {
        let report = crate::render::report(&spec);
        for json in [serde_json::to_string(&report).unwrap(), serde_json::to_string_pretty(&report).unwrap()] {
            prop_assert_eq!(&rectify::from_json_str(&json).unwrap(), &report);
        }
        let value = serde_json::to_value(&report).unwrap();
        prop_assert_eq!(&serde_json::from_value::<rectify::RectificationReport>(value).unwrap(), &report);
    }
}
