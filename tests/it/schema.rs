//! The exported JSON Schema: checked in, self-describing, and accepting the example.

use serde_json::{Value, json};

use crate::{EXAMPLE_JSON, fixture_path, fixture_text};

const SNAPSHOT: &str = "schema/rectification-report.schema.json";

/// The checked-in schema equals the generated one. `SNAPSHOTS=overwrite cargo test` (or
/// `cargo run --example export_schema > schema/rectification-report.schema.json`) writes
/// the file anew.
#[test]
fn checked_in_schema_matches_the_code() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SNAPSHOT);
    let generated = rectify::schema::json_schema();
    let pretty = serde_json::to_string_pretty(&generated).unwrap() + "\n";
    if std::env::var("SNAPSHOTS").as_deref() == Ok("overwrite") {
        std::fs::write(&path, &pretty).unwrap();
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == pretty,
        "{SNAPSHOT} differs from the schema the code generates. Regenerate it with \
         `SNAPSHOTS=overwrite cargo test` or \
         `cargo run --example export_schema > {SNAPSHOT}`, and review the diff."
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

#[test]
fn schema_rejects_what_loading_rejects() {
    let example: Value = serde_json::from_str(&fixture_text(EXAMPLE_JSON)).unwrap();
    let validator = validator();
    let broken = |pointer: &str, new: Value| crate::loading::set(example.clone(), pointer, new);
    let cases = [
        (
            "unknown field",
            broken("/areas/0/measures/0/colour", json!("red")),
        ),
        (
            "unknown enum code",
            broken("/inspection/kind", json!("patrol")),
        ),
        ("wrong type", broken("/areas/0/number", json!("1"))),
        (
            "malformed date",
            broken("/timeline/feedback", json!("2024/09/26")),
        ),
        (
            "party id with a space",
            broken("/issuer", json!("qy publicity")),
        ),
        (
            "postcode of five digits",
            broken("/publicFeedback/postcode", json!("51150")),
        ),
        (
            "null for an optional field",
            broken("/preamble", Value::Null),
        ),
        (
            "another contract version",
            broken("/schemaVersion", json!("2.0")),
        ),
    ];
    for (what, instance) in cases {
        assert!(
            !validator.is_valid(&instance),
            "the schema accepts a report with {what}"
        );
    }
    let mut missing = example.clone();
    missing.as_object_mut().unwrap().remove("title");
    assert!(
        !validator.is_valid(&missing),
        "the schema accepts a report without a title"
    );
}

/// Every definition and every property carries a description (from the doc comments), and
/// every enum code is documented on its own.
#[test]
fn schema_describes_everything() {
    let schema = rectify::schema::json_schema();
    let mut undescribed = Vec::new();
    for (name, definition) in schema["$defs"].as_object().unwrap() {
        if definition.get("description").is_none() {
            undescribed.push(name.clone());
        }
        for (property, subschema) in definition
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if subschema.get("description").is_none() {
                undescribed.push(format!("{name}.{property}"));
            }
        }
        for code in definition
            .get("oneOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if code.get("const").is_some() && code.get("description").is_none() {
                undescribed.push(format!("{name} = {}", code["const"]));
            }
        }
    }
    for (property, subschema) in schema["properties"].as_object().unwrap() {
        if subschema.get("description").is_none() {
            undescribed.push(property.clone());
        }
    }
    assert!(
        undescribed.is_empty(),
        "without a description: {undescribed:?}"
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
