//! The exported JSON Schema: checked in, self-describing, and accepting the example.

use rectify::Code;
use serde_json::{Value, json};

use crate::{EXAMPLE_JSON, assert_snapshot, fixture_path, fixture_text};

const SNAPSHOT: &str = "schema/rectification-report.schema.json";

/// The checked-in schema equals the generated one. `SNAPSHOTS=overwrite cargo test` (or
/// `cargo run --example export_schema > schema/rectification-report.schema.json`) writes
/// the file anew.
#[test]
fn checked_in_schema_matches_the_code() {
    let generated = rectify::schema::json_schema();
    assert_snapshot(
        SNAPSHOT,
        &(serde_json::to_string_pretty(&generated).unwrap() + "\n"),
    );
}

fn validator() -> jsonschema::Validator {
    let schema = rectify::schema::json_schema();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles")
}

#[test]
fn schema_is_valid_draft_2020_12() {
    let schema = rectify::schema::json_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert!(jsonschema::meta::is_valid(&schema));
    assert!(
        schema["$id"]
            .as_str()
            .unwrap()
            .ends_with(rectify::SCHEMA_VERSION)
    );
}

#[test]
fn schema_accepts_the_example() {
    let instance: Value = serde_json::from_str(&fixture_text(EXAMPLE_JSON)).unwrap();
    let validator = validator();
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(fixture_path(EXAMPLE_JSON).exists());
}

/// The schema and the loader agree on shape: what one refuses the other refuses, with
/// one list of exceptions where the schema is stricter. Each exception is a value rule that
/// loading leaves to `validate` (so that all of a report's problems are listed at once) and
/// `validate` reports with its code; `null` for an optional field is the one leniency of the
/// loader that no code reports (the crate never writes it).
#[test]
fn schema_and_loading_agree_on_shape() {
    let example: Value = serde_json::from_str(&fixture_text(EXAMPLE_JSON)).unwrap();
    let validator = validator();
    let broken = |pointer: &str, new: Value| crate::loading::set(example.clone(), pointer, new);
    let mut without_title = example.clone();
    without_title.as_object_mut().unwrap().remove("title");
    // (what, instance, the code `validate` gives where only the schema refuses it)
    let cases: Vec<(&str, Value, Option<Option<Code>>)> = vec![
        (
            "unknown field",
            broken("/areas/0/measures/0/colour", json!("red")),
            None,
        ),
        (
            "unknown enum code",
            broken("/inspection/kind", json!("patrol")),
            None,
        ),
        ("wrong type", broken("/areas/0/number", json!("1")), None),
        ("missing required field", without_title, None),
        (
            "malformed date",
            broken("/timeline/feedback", json!("2024/09/26")),
            None,
        ),
        (
            "unreal day",
            broken("/timeline/feedback", json!("2025-02-29")),
            None,
        ),
        (
            "month 13",
            broken("/timeline/published", json!("2025-13")),
            None,
        ),
        (
            "full-width digits",
            broken("/timeline/published", json!("２０２５")),
            None,
        ),
        (
            "party id with a space",
            broken("/issuer", json!("qy publicity")),
            None,
        ),
        ("empty party id", broken("/issuer", json!("")), None),
        ("area numbered 0", broken("/areas/0/number", json!(0)), None),
        (
            "round term 0",
            broken("/inspection/round/term", json!(0)),
            None,
        ),
        (
            "negative tally",
            broken("/progress", json!({"problems": {"total": -1}})),
            None,
        ),
        (
            "period as an array",
            broken("/timeline/inspection", json!(["2024", "2024"])),
            None,
        ),
        (
            "extensions as an array",
            broken("/extensions", json!([])),
            None,
        ),
        (
            "postcode of five digits",
            broken("/publicFeedback/postcode", json!("51150")),
            Some(Some(Code::InvalidPostcode)),
        ),
        (
            "completion rate above 100",
            broken(
                "/progress",
                json!({"problems": {"total": 10, "completionRate": 101}}),
            ),
            Some(Some(Code::PercentageRange)),
        ),
        (
            "another contract version",
            broken("/schemaVersion", json!("2.0")),
            Some(Some(Code::UnsupportedVersion)),
        ),
        (
            "null for an optional field",
            broken("/preamble", Value::Null),
            Some(None),
        ),
        // Accepted by both: the leap day, a month, a year, extensions of any shape inside.
        (
            "leap day",
            broken("/timeline/feedback", json!("2024-02-29")),
            None,
        ),
        (
            "a month",
            broken("/timeline/feedback", json!("2024-09")),
            None,
        ),
        (
            "nested extensions",
            broken("/extensions", json!({"a": [1, {"b": null}]})),
            None,
        ),
    ];
    for (what, instance, schema_only) in cases {
        let by_schema = validator.is_valid(&instance);
        let loaded = rectify::from_json_str(&instance.to_string());
        match schema_only {
            None => assert_eq!(
                by_schema,
                loaded.is_ok(),
                "{what}: the schema says {by_schema}, loading says {:?}",
                loaded.err()
            ),
            Some(code) => {
                assert!(!by_schema, "{what}: the schema accepts it");
                let report = loaded.unwrap_or_else(|e| panic!("{what}: does not load: {e}"));
                if let Some(code) = code {
                    assert!(
                        report.validate().has(code),
                        "{what}: validate misses {code}"
                    );
                }
            }
        }
    }
}

/// Every definition and every property carries a description (from the doc comments), and
/// every enum code is documented on its own.
#[test]
fn schema_describes_everything() {
    let schema = rectify::schema::json_schema();
    let undescribed = descriptions(&schema)
        .filter(|(_, text)| text.is_empty())
        .map(|(place, _)| place)
        .collect::<Vec<_>>();
    assert!(
        undescribed.is_empty(),
        "without a description: {undescribed:?}"
    );
    let no_chinese_term = descriptions(&schema)
        .filter(|(_, text)| !text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)))
        .map(|(place, _)| place)
        .collect::<Vec<_>>();
    assert!(
        no_chinese_term.is_empty(),
        "descriptions without the Chinese term: {no_chinese_term:?}"
    );
    let rustdoc_links = descriptions(&schema)
        .filter(|(_, text)| text.contains("[`") || text.contains("# Example"))
        .map(|(place, _)| place)
        .collect::<Vec<_>>();
    assert!(
        rustdoc_links.is_empty(),
        "rustdoc markup left in: {rustdoc_links:?}"
    );
    let root = schema["description"].as_str().unwrap();
    for code in rectify::Code::ALL {
        assert!(
            root.contains(code.as_str()),
            "the root description does not list {code}"
        );
    }
    let text = schema.to_string();
    for format in ["uint32", "double", "uint"] {
        assert!(
            !text.contains(&format!("\"format\":\"{format}\"")),
            "non-standard format {format}"
        );
    }
}

/// Every description of a definition, a property or an enum code, with its place.
fn descriptions(schema: &Value) -> impl Iterator<Item = (String, String)> + '_ {
    let text = |v: &Value| v["description"].as_str().unwrap_or_default().to_owned();
    let definitions = schema["$defs"].as_object().into_iter().flatten();
    definitions
        .flat_map(move |(name, definition)| {
            let properties = definition
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(move |(p, v)| (format!("{name}.{p}"), text(v)));
            let codes = definition
                .get("oneOf")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter(|c| c.get("const").is_some())
                .map(move |c| (format!("{name} = {}", c["const"]), text(c)));
            std::iter::once((name.clone(), text(definition)))
                .chain(properties)
                .chain(codes)
        })
        .chain(
            schema["properties"]
                .as_object()
                .into_iter()
                .flatten()
                .map(move |(p, v)| (p.clone(), text(v))),
        )
}
