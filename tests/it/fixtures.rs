//! The shared fixture set, judged by the loader, `validate` and the schema; the external
//! checks in `tests/external/` judge the same files with Python and Node tools.
//!
//! - `tests/fixtures/*.json` and `tests/fixtures/valid/*.json`: valid reports. Each loads,
//!   validates without a single violation, passes the schema and serializes back to the
//!   same JSON.
//! - `tests/fixtures/invalid/shape/NAME.json`: a report with one shape error, named after
//!   it. The loader and the schema both refuse it, for that reason.
//! - `tests/fixtures/invalid/rules/CODE.json`: a report of the right shape that breaks one
//!   rule beyond JSON Schema. The schema accepts it; `validate` reports exactly that code.

use std::path::{Path, PathBuf};

use rectify::Code;
use serde_json::Value;

use crate::{assert_snapshot, fixture_files, fixture_path};

/// The `*.json` files in a folder under `tests/fixtures/`, sorted.
fn json_files(folder: &str) -> Vec<PathBuf> {
    fixture_files(folder, "json")
}

fn stem(path: &Path) -> &str {
    path.file_stem().and_then(|s| s.to_str()).unwrap()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn validator() -> jsonschema::Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(&rectify::schema::json_schema())
        .expect("the schema compiles")
}

/// The keywords behind the schema's verdict, deepest first (`oneOf` and `anyOf` name the
/// branch errors only in their message, so the keyword of the outer error is kept too).
fn schema_keywords(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|error| {
            let path = error.schema_path().to_string();
            path.rsplit('/').next().unwrap_or_default().to_owned()
        })
        .collect()
}

#[test]
fn the_fixture_set_is_complete() {
    let valid = json_files("").len() + json_files("valid").len();
    assert!(valid >= 3, "{valid} valid fixtures");
    let shape: Vec<String> = json_files("invalid/shape")
        .iter()
        .map(|p| stem(p).to_owned())
        .collect();
    for needed in [
        "unknown-field",
        "unknown-enum-code",
        "wrong-type",
        "missing-required-field",
        "malformed-partial-date",
    ] {
        assert!(
            shape.iter().any(|s| s == needed),
            "no shape fixture {needed}"
        );
    }
    assert!(json_files("invalid/rules").len() >= 20);
}

/// The schema's `examples` entry is one of the shared valid fixtures, so every external
/// tool judges it too. `SNAPSHOTS=overwrite cargo test` writes it anew.
#[test]
fn the_schema_example_is_a_shared_fixture() {
    let pretty = serde_json::to_string_pretty(&rectify::schema::example()).unwrap() + "\n";
    assert_snapshot("tests/fixtures/valid/schema-example.json", &pretty);
}

#[test]
fn valid_fixtures_load_validate_clean_pass_the_schema_and_round_trip() {
    let validator = validator();
    for path in json_files("").into_iter().chain(json_files("valid")) {
        let text = read(&path);
        let name = path.display();
        let report = rectify::from_json_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let validation = report.validate();
        assert!(
            validation.violations.is_empty(),
            "{name}: {:#?}",
            validation.violations
        );
        let instance: Value = serde_json::from_str(&text).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        assert_eq!(
            serde_json::to_value(&report).unwrap(),
            instance,
            "{name} does not serialize back to itself"
        );
    }
}

/// Where the reasons for the shape fixtures are written, for every tool.
const REASONS: &str = "invalid/shape-reasons.json";

/// Each shape fixture is refused by the loader with the message its reason gives, and by
/// the schema with one of the keywords it gives.
#[test]
fn shape_fixtures_are_refused_by_loader_and_schema_for_their_reason() {
    let validator = validator();
    let reasons: Value = serde_json::from_str(&read(&fixture_path(REASONS))).unwrap();
    let reasons = &reasons["reasons"];
    let files = json_files("invalid/shape");
    assert!(!files.is_empty());
    for path in files {
        let reason = &reasons[stem(&path)];
        assert!(
            reason.is_object(),
            "{}: no reason in {REASONS}; add one",
            path.display()
        );
        let loader_says = reason["loader"].as_str().unwrap();
        let schema_says: Vec<&str> = reason["schema"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_str().unwrap())
            .collect();
        let name = path.display();
        let error = rectify::from_json_str(&read(&path))
            .err()
            .unwrap_or_else(|| panic!("{name} loads"));
        assert!(
            error.to_string().contains(loader_says),
            "{name}: the loader says {error}, not {loader_says}"
        );
        let instance: Value = serde_json::from_str(&read(&path)).unwrap();
        let keywords = schema_keywords(&validator, &instance);
        assert!(
            keywords.iter().any(|k| schema_says.contains(&k.as_str())),
            "{name}: the schema refuses with {keywords:?}, not {schema_says:?}"
        );
    }
}

/// Each rules fixture passes the schema, and `validate` reports its code and no other.
#[test]
fn rules_fixtures_pass_the_schema_and_validate_reports_their_code() {
    let validator = validator();
    let files = json_files("invalid/rules");
    for path in &files {
        let name = path.display();
        let code = Code::ALL
            .iter()
            .copied()
            .find(|code| code.as_str() == stem(path))
            .unwrap_or_else(|| panic!("{name} is not named after a validation code"));
        let text = read(path);
        let instance: Value = serde_json::from_str(&text).unwrap();
        let keywords = schema_keywords(&validator, &instance);
        assert!(
            keywords.is_empty(),
            "{name}: the schema refuses it: {keywords:?}"
        );
        let report = rectify::from_json_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let codes: Vec<Code> = report
            .validate()
            .violations
            .iter()
            .map(|v| v.code)
            .collect();
        assert!(
            !codes.is_empty() && codes.iter().all(|c| *c == code),
            "{name}: validate reports {codes:?}"
        );
    }
    // Every code that the schema cannot check has its fixture: all but the ones the schema
    // refuses itself (a pattern, a const or `format: email`), and NaN, which JSON cannot carry.
    let beyond_schema = [
        Code::UnsupportedVersion,
        Code::InvalidDate,
        Code::InvalidPostcode,
        Code::InvalidEmail,
        Code::NonFiniteValue,
    ];
    for code in Code::ALL {
        let has_fixture = files.iter().any(|p| stem(p) == code.as_str());
        assert_eq!(
            has_fixture,
            !beyond_schema.contains(code),
            "{code}: fixture present = {has_fixture}"
        );
    }
}
