//! Loading: shape errors name the field path, the line and the column, and never panic.

use assign::assign;
use rectify::{Error, JsonError, JsonErrorKind};
use serde_json::{Value, json};

use crate::{EXAMPLE_JSON, fixture_text};

fn example_value() -> Value {
    serde_json::from_str(&fixture_text(EXAMPLE_JSON)).unwrap()
}

/// Loads `value` as pretty JSON and returns the error it must give.
fn load_error(value: &Value) -> JsonError {
    let text = serde_json::to_string_pretty(value).unwrap();
    match rectify::from_json_str(&text) {
        Err(Error::Json(error)) => error,
        Err(other) => panic!("expected a JSON error, got {other}"),
        Ok(_) => panic!("loaded a broken report"),
    }
}

/// Sets (or adds) the value at `pointer` in a copy of the example.
pub(crate) fn with(pointer: &str, new: Value) -> Value {
    set(example_value(), pointer, new)
}

/// Sets (or adds) the field at `pointer`.
pub(crate) fn set(mut value: Value, pointer: &str, new: Value) -> Value {
    let (parent, field) = pointer.rsplit_once('/').unwrap();
    match value
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent}"))
    {
        Value::Object(object) => {
            object.insert(field.to_owned(), new);
        }
        Value::Array(items) => items[field.parse::<usize>().unwrap()] = new,
        other => panic!("{parent} is {other}"),
    }
    value
}

/// Removes the field at `pointer` from a copy of the example.
fn without(pointer: &str) -> Value {
    let mut value = example_value();
    let (parent, field) = pointer.rsplit_once('/').unwrap();
    value
        .pointer_mut(parent)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove(field)
        .unwrap();
    value
}

#[test]
fn every_shape_error_names_the_field_path() {
    let cases: Vec<(&str, Value, &str, &str)> = vec![
        (
            "wrong type",
            with("/areas/2/subAreas/1/measures/0/ordinal", json!("one")),
            "/areas/2/subAreas/1/measures/0/ordinal",
            "expected u32",
        ),
        (
            "unknown enum code",
            with("/inspection/kind", json!("patrol")),
            "/inspection/kind",
            "unknown variant `patrol`",
        ),
        (
            "unknown field",
            with("/areas/0/measures/0/colour", json!("red")),
            "/areas/0/measures/0/colour",
            "unknown field `colour`",
        ),
        (
            "missing required field",
            without("/title"),
            "/title",
            "missing field `title`",
        ),
        (
            "missing nested field",
            without("/inspection/inspected"),
            "/inspection/inspected",
            "missing field `inspected`",
        ),
        (
            "malformed date",
            with("/timeline/feedback", json!("2024/09/26")),
            "/timeline/feedback",
            "YYYY-MM-DD",
        ),
        (
            "unreal date",
            with("/timeline/publicComment/end", json!("2025-11-31")),
            "/timeline/publicComment/end",
            "not a real calendar date",
        ),
        (
            "bad party id",
            with("/parties/3/id", json!("市委 办")),
            "/parties/3/id",
            "whitespace",
        ),
        (
            "empty party id",
            with("/issuer", json!("")),
            "/issuer",
            "must not be empty",
        ),
        (
            "round term zero",
            with("/inspection/round/term", json!(0)),
            "/inspection/round/term",
            "nonzero",
        ),
        (
            "area numbered 0",
            with("/areas/3/number", json!(0)),
            "/areas/3/number",
            "expected an integer ≥ 1",
        ),
        (
            "measure ordinal 0",
            with("/areas/2/subAreas/0/measures/1/ordinal", json!(0)),
            "/areas/2/subAreas/0/measures/1/ordinal",
            "expected an integer ≥ 1",
        ),
        (
            "point numbered 0",
            with("/nextSteps/0/number", json!(0)),
            "/nextSteps/0/number",
            "expected an integer ≥ 1",
        ),
        (
            "negative count",
            with("/progress", json!({"problems": {"total": -1}})),
            "/progress/problems/total",
            "expected u32",
        ),
        (
            "indicator value as text",
            with("/areas/1/measures/0/indicators/0/value", json!("1")),
            "/areas/1/measures/0/indicators/0/value",
            "expected f64",
        ),
        (
            "extensions not an object",
            with("/extensions", json!([1])),
            "/extensions",
            "expected a map",
        ),
    ];
    for (what, value, pointer, message) in cases {
        let error = load_error(&value);
        assert_eq!(error.pointer(), pointer, "{what}");
        assert_eq!(error.classify(), JsonErrorKind::Shape, "{what}");
        assert!(
            error.message().contains(message),
            "{what}: {}",
            error.message()
        );
        assert!(
            error.line() > 0 && error.column() > 0,
            "{what}: no position"
        );
        assert!(
            error.to_string().contains(pointer),
            "{what}: the message names the path"
        );
    }
}

#[test]
fn extensions_take_any_fields() {
    let value = with(
        "/extensions",
        json!({"source": {"url": "http://www.gdqy.gov.cn/"}, "n": [1, 2]}),
    );
    let report = rectify::from_json_str(&value.to_string()).unwrap();
    assert_eq!(serde_json::to_value(&report).unwrap(), value);
}

#[test]
fn null_reads_as_an_absent_optional_field() {
    let value = with("/preamble", Value::Null);
    let report = rectify::from_json_str(&value.to_string()).unwrap();
    assert_eq!(report.preamble, None);
}

#[test]
fn columns_are_counted_in_characters() {
    // The unknown field stands after six Chinese characters (18 bytes).
    let text = "{\"title\": \"整改进展情况\", \"x\": 1}";
    let Err(Error::Json(error)) = rectify::from_json_str(text) else {
        panic!()
    };
    assert_eq!(error.pointer(), "/x");
    assert_eq!(error.line(), 1);
    let expected = text
        .find(", \"x\"")
        .map(|b| text[..b].chars().count())
        .unwrap()
        + 5;
    assert_eq!(error.column(), expected, "{error}");
}

#[test]
fn syntax_errors_and_truncated_input_say_where() {
    let text = fixture_text(EXAMPLE_JSON);
    let Err(Error::Json(error)) =
        rectify::from_json_str(&text.replacen("\"title\":", "\"title\"", 1))
    else {
        panic!()
    };
    assert_eq!(error.classify(), JsonErrorKind::Syntax);
    assert_eq!(error.line(), 3);
    let Err(Error::Json(error)) = rectify::from_json_str(&text[..text.len() / 2]) else {
        panic!()
    };
    assert_eq!(error.classify(), JsonErrorKind::Eof);
    assert!(error.pointer().starts_with("/areas"), "{error}");
}

#[test]
fn bytes_that_are_not_utf8_are_an_error_not_a_panic() {
    let mut bytes = fixture_text(EXAMPLE_JSON).into_bytes();
    let at = bytes.iter().position(|&b| b >= 0x80).unwrap();
    bytes[at] = 0xFF;
    assert!(matches!(
        rectify::from_json_slice(&bytes),
        Err(Error::Json(_))
    ));
}

#[test]
fn every_prefix_of_the_example_fails_cleanly() {
    let text = fixture_text(EXAMPLE_JSON);
    // Every cut before the closing brace, every seventh byte (inside characters too): an
    // error, never a panic. Only the trailing newline may go.
    let bytes = text.trim_end().as_bytes();
    assert!(rectify::from_json_slice(bytes).is_ok());
    for end in (0..bytes.len()).step_by(7) {
        assert!(
            rectify::from_json_slice(&bytes[..end]).is_err(),
            "a prefix of {end} bytes loaded"
        );
    }
}

#[test]
fn reader_errors_are_io_errors() {
    struct Broken;
    impl std::io::Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk on fire"))
        }
    }
    assert!(matches!(rectify::from_reader(Broken), Err(Error::Io(_))));
}

#[test]
fn objects_are_never_read_from_arrays() {
    // Serde's derived structs accept a sequence of their fields; the contract and the
    // schema say objects, and so does loading.
    let error = load_error(&with(
        "/timeline/inspection",
        json!(["2024-03-27", "2024-06-28"]),
    ));
    assert_eq!(error.pointer(), "/timeline/inspection");
    assert!(
        error.message().contains("invalid type: sequence"),
        "{error}"
    );

    let error = load_error(&with("/areas/0", json!([1, "标题"])));
    assert_eq!(error.pointer(), "/areas/0");

    // The report's fields in declaration order, as serde's sequence form would take them.
    let report = example_value();
    let order = [
        "schemaVersion",
        "title",
        "issuer",
        "inspection",
        "timeline",
        "parties",
        "preamble",
        "responsibility",
        "areas",
        "progress",
        "indicators",
        "nextSteps",
        "publicFeedback",
        "closing",
        "extensions",
    ];
    let fields: Vec<Value> = order
        .iter()
        .map(|field| match (field, report.get(*field)) {
            (_, Some(value)) => value.clone(),
            (&"indicators", None) => json!([]),
            (_, None) => Value::Null,
        })
        .collect();
    let as_array = Value::Array(fields).to_string();
    assert!(
        serde_json::from_str::<rectify::RectificationReport>(&as_array).is_ok(),
        "serde_json alone reads a report from this array"
    );
    let Err(Error::Json(error)) = rectify::from_json_str(&as_array) else {
        panic!("a report loaded from an array of its fields")
    };
    assert_eq!((error.pointer(), error.line(), error.column()), ("", 1, 1));
}

#[test]
fn text_after_the_report_is_an_error() {
    let text = fixture_text(EXAMPLE_JSON);
    for trailing in ["x", "{}", "\n,", "\n\n  null"] {
        let Err(Error::Json(error)) = rectify::from_json_str(&format!("{text}{trailing}")) else {
            panic!("loaded with {trailing:?} after it")
        };
        assert_eq!(error.classify(), JsonErrorKind::Syntax, "{trailing:?}");
        assert!(error.message().contains("trailing characters"), "{error}");
        assert!(error.line() >= text.lines().count(), "{error}");
    }
    // Whitespace after the report is fine.
    assert!(rectify::from_json_str(&format!("{text}\n\n \t")).is_ok());
}

#[test]
fn empty_and_cut_inputs_give_a_position_from_one() {
    for text in ["", "{", "{\n", "{\n\n", "   "] {
        let Err(Error::Json(error)) = rectify::from_json_str(text) else {
            panic!("{text:?} loaded")
        };
        assert_eq!(error.classify(), JsonErrorKind::Eof, "{text:?}");
        assert_eq!(error.line(), text.matches('\n').count() + 1, "{text:?}");
        assert!(error.column() >= 1, "{text:?}: {error}");
    }
}

/// A small deterministic generator (xorshift64*), so that a failure can be replayed; shared
/// by the mutation tests.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }
}

/// One random edit of `bytes`: a byte range deleted, duplicated or overwritten with JSON
/// punctuation, digits or multi-byte characters.
fn mutate(bytes: &[u8], rng: &mut Rng) -> Vec<u8> {
    let at = rng.below(bytes.len());
    let len = 1 + rng.below(40);
    let end = (at + len).min(bytes.len());
    let mut out = bytes[..at].to_vec();
    match rng.below(4) {
        0 => {}
        1 => out.extend_from_slice(&bytes[at..end].repeat(2)),
        2 => {
            const PIECES: [&str; 10] = ["{", "}", "[", "]", "\"", ":", ",", "-1", "1e999", "整"];
            out.extend_from_slice(PIECES[rng.below(PIECES.len())].as_bytes());
        }
        _ => out.push(rng.below(256) as u8),
    }
    out.extend_from_slice(&bytes[end..]);
    out
}

#[test]
fn mutated_reports_never_panic_and_errors_say_where() {
    let text = fixture_text(EXAMPLE_JSON);
    let lines = text.lines().count() + 1;
    let mut rng = Rng(0x5EED_2025);
    let (mut loaded, mut refused) = (0, 0);
    for round in 0..600 {
        let mutated = mutate(text.as_bytes(), &mut rng);
        match rectify::from_json_slice(&mutated) {
            Ok(report) => {
                loaded += 1;
                // Whatever loads, validates and writes back to an equal report.
                let _ = report.validate();
                let written = serde_json::to_string(&report).unwrap();
                assert_eq!(
                    rectify::from_json_str(&written).unwrap(),
                    report,
                    "round {round}"
                );
            }
            Err(Error::Json(error)) => {
                refused += 1;
                assert!(
                    error.line() >= 1 && error.line() <= lines,
                    "round {round}: {error}"
                );
                assert!(error.column() >= 1, "round {round}: {error}");
                assert!(!error.message().is_empty(), "round {round}");
                // A pointer: empty for the whole document, else from the root.
                assert!(
                    error.pointer().is_empty() || error.pointer().starts_with('/'),
                    "round {round}: {error}"
                );
            }
            Err(other) => panic!("round {round}: {other}"),
        }
        if let Ok(mutated) = std::str::from_utf8(&mutated) {
            let _ = rectify::validate::validate_json(mutated);
        }
    }
    // Both outcomes occur: the edits are neither all harmless nor all fatal.
    assert!(
        loaded > 20 && refused > 300,
        "loaded {loaded}, refused {refused}"
    );
}

#[test]
fn an_object_cut_before_its_next_key_is_named() {
    for (text, pointer) in [
        ("{", ""),
        (r#"{"schemaVersion": "1.0","#, ""),
        (r#"{"timeline": {"#, "/timeline"),
        (r#"{"areas": [{"number": 1, "#, "/areas/0"),
    ] {
        let Err(Error::Json(error)) = rectify::from_json_str(text) else {
            panic!("{text} loaded")
        };
        assert_eq!(error.pointer(), pointer, "{text}");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let text = fixture_text(EXAMPLE_JSON);
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let nested = text.replacen(
        "\"schemaVersion\"",
        &format!("\"extensions\": {{\"deep\": {deep}}}, \"schemaVersion\""),
        1,
    );
    let Err(Error::Json(error)) = rectify::from_json_str(&nested) else {
        panic!("100,000 levels of nesting loaded")
    };
    assert!(error.message().contains("nested more than 128"), "{error}");
    assert!(error.pointer().starts_with("/extensions"), "{error}");
    assert!(rectify::validate::validate_json(&nested).is_err());
}

/// Each error printed as an error-chain reporter (anyhow, eyre) prints it: the error, then
/// each of its sources. No cause may be said twice.
#[test]
fn error_chains_say_each_cause_once() {
    fn chain(error: &dyn std::error::Error) -> Vec<String> {
        let mut lines = vec![error.to_string()];
        let mut source = error.source();
        while let Some(cause) = source {
            lines.push(cause.to_string());
            source = cause.source();
        }
        lines
    }
    struct Broken;
    impl std::io::Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk on fire"))
        }
    }
    let small = assign!(rectify::Limits::default(), {
            max_input_bytes: 10
    });
    let errors: Vec<Box<dyn std::error::Error>> = vec![
        Box::new(rectify::from_reader(Broken).unwrap_err()),
        Box::new(rectify::from_json_str("{").unwrap_err()),
        Box::new(rectify::from_json_str_with("{\"a\": 1234567890}", &small).unwrap_err()),
        Box::new(rectify::text::parse_with("根据县委统一部署，整改", &small).unwrap_err()),
    ];
    for error in &errors {
        let lines = chain(error.as_ref());
        for (k, line) in lines.iter().enumerate() {
            for later in &lines[k + 1..] {
                assert!(!line.contains(later.as_str()), "said twice: {lines:#?}");
            }
        }
    }
    // The I/O error is the source, not part of the message.
    let lines = chain(errors[0].as_ref());
    assert_eq!(lines, ["cannot read the report", "disk on fire"]);
}
