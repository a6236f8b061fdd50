//! The JSON Schema (draft 2020-12) of a report, generated from the Rust types so that the
//! two never drift apart. Doc comments become the schema's descriptions.
//!
//! The schema checks the shape, as deserialization does. The rules that JSON Schema cannot
//! say are listed in the root description with their validation codes; `validate` checks
//! them.
//!
//! A copy is checked in at `schema/rectification-report.schema.json`; a test fails when it
//! drifts from the code. Regenerate it with
//! `cargo run --example export_schema > schema/rectification-report.schema.json`.
//!
//! # Example
//!
//! ```
//! let schema = rectify::schema::json_schema();
//! assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! assert_eq!(schema["$id"], rectify::schema::SCHEMA_ID);
//! assert_eq!(schema["additionalProperties"], false);
//! ```

use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use crate::RectificationReport;
use crate::validate::Code;

/// The schema's `$id`: it names the contract version, so that a consumer can tell the
/// schema of one version from another's. A URN, because the project owns no web address
/// to serve it from; tools use `$id` as an identifier, not to fetch it.
pub const SCHEMA_ID: &str = "urn:rectify:schema:rectification-report:1.0";

/// The title of the schema: the contract's name of the root type. Code generators
/// (json-schema-to-typescript, datamodel-code-generator, quicktype) name the root type
/// after the title, so a phrase here would become `RectificationProgressNoticeContractV10`
/// in every consumer's code; the phrase (整改进展情况通报) opens the description instead,
/// and the version is in `$id`.
pub const SCHEMA_TITLE: &str = "RectificationReport";

/// The JSON Schema of [`RectificationReport`], as a JSON value.
///
/// # Example
///
/// ```
/// let schema = rectify::schema::json_schema();
/// let text = serde_json::to_string_pretty(&schema).unwrap();
/// assert!(text.contains("PartialDate"));
/// ```
pub fn json_schema() -> Value {
    let settings = SchemaSettings::draft2020_12();
    let schema = settings
        .into_generator()
        .into_root_schema_for::<RectificationReport>();
    let mut schema = schema.to_value();
    tidy(&mut schema);
    if let Some(root) = schema.as_object_mut() {
        finish_root(root);
    }
    schema
}

/// A small valid report: the schema's `examples` entry, which editors offer as a template
/// and readers of the schema alone can learn the shape from. A county bureau's notice after
/// a 巡察, with one area and one measure that names a party, a document, a figure and a
/// deadline. It loads, and `validate` finds nothing in it.
///
/// # Example
///
/// ```
/// let report = rectify::from_json_str(&rectify::schema::example().to_string())?;
/// assert!(report.validate().is_valid());
/// assert_eq!(rectify::schema::json_schema()["examples"][0], rectify::schema::example());
/// # Ok::<(), rectify::Error>(())
/// ```
pub fn example() -> Value {
    json!({
        "schemaVersion": crate::SCHEMA_VERSION,
        "title": "中共某县文化广电旅游体育局党组关于十五届县委第三轮巡察整改进展情况的通报",
        "issuer": "county-culture-bureau",
        "inspection": {
            "kind": "xuncha",
            "form": "regular",
            "round": { "label": "十五届县委第三轮巡察", "term": 15, "number": 3 },
            "inspector": "inspection-group-2",
            "inspected": "county-culture-bureau",
            "convenedBy": "county-committee"
        },
        "timeline": {
            "inspection": { "start": "2024-04-08", "end": "2024-05-31" },
            "feedback": "2024-07-10",
            "published": "2024-12-20",
            "publicComment": { "start": "2024-12-20", "end": "2024-12-27" }
        },
        "parties": [
            {
                "id": "county-culture-bureau",
                "name": "中共某县文化广电旅游体育局党组",
                "aliases": ["县文广旅体局"],
                "kind": "partyCommittee",
                "level": "county"
            },
            { "id": "county-committee", "name": "县委", "kind": "partyCommittee", "level": "county" },
            {
                "id": "inspection-group-2",
                "name": "县委第二巡察组",
                "kind": "inspectionGroup",
                "parent": "county-committee"
            }
        ],
        "areas": [
            {
                "number": 1,
                "title": "关于财务管理不规范方面",
                "measures": [
                    {
                        "ordinal": 1,
                        "text": "县文广旅体局修订《县文广旅体局财务管理制度》，全年开展财务检查4次。",
                        "summary": "县文广旅体局修订《县文广旅体局财务管理制度》",
                        "status": "completed",
                        "deadline": { "by": "2024" },
                        "parties": [{ "party": "county-culture-bureau", "role": "lead" }],
                        "indicators": [
                            {
                                "subject": "财务检查",
                                "kind": "count",
                                "value": 4,
                                "unit": "次",
                                "qualifier": "exact",
                                "period": { "start": "2024", "end": "2024" },
                                "source": "全年开展财务检查4次"
                            }
                        ],
                        "documents": [{ "title": "县文广旅体局财务管理制度", "action": "revised" }]
                    }
                ]
            }
        ],
        "publicFeedback": { "phone": "0763-5123456", "postcode": "511500" }
    })
}

/// Sets `$id` and title, and lists the rules beyond the schema in the description.
fn finish_root(root: &mut Map<String, Value>) {
    let description = root
        .get("description")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let codes: Vec<String> = Code::ALL
        .iter()
        .map(|code| {
            format!(
                "- {} ({}): {}",
                code.as_str(),
                code.severity(),
                code_rule(*code)
            )
        })
        .collect();
    let description = format!(
        "{description}\n\nThis schema checks the shape of a report. `validate` in the rectify \
         crate checks the rules below as well, each reported with a JSON Pointer and one of \
         these stable codes:\n{}",
        codes.join("\n")
    );
    let mut ordered = Map::new();
    ordered.insert(
        "$schema".into(),
        root.remove("$schema").unwrap_or(Value::Null),
    );
    ordered.insert("$id".into(), SCHEMA_ID.into());
    ordered.insert("title".into(), SCHEMA_TITLE.into());
    ordered.insert("description".into(), description.into());
    ordered.insert("examples".into(), Value::Array(vec![example()]));
    root.remove("title");
    root.remove("description");
    ordered.append(root);
    *root = ordered;
}

/// The rule behind each code, for the schema's description.
fn code_rule(code: Code) -> &'static str {
    match code {
        Code::UnsupportedVersion => "schemaVersion is not one this crate reads",
        Code::MissingField => {
            "a needed field is absent (inspection.inspector, timeline.inspection, \
             timeline.feedback, timeline.published)"
        }
        Code::EmptyText => "a text is empty or only whitespace",
        Code::UntrimmedText => "text with leading or trailing whitespace",
        Code::InvalidDate => "a partial date that is malformed or not a real date",
        Code::EmptyPeriod => "a period with neither start nor end",
        Code::ReversedPeriod => "a period whose start certainly lies after its end",
        Code::TimelineOrder => {
            "timeline dates out of the order inspection.start ≤ inspection.end ≤ feedback ≤ \
             published ≤ publicComment.start ≤ publicComment.end, rectificationDue ≥ feedback"
        }
        Code::EventDate => "a timeline event with both, or neither, of date and period",
        Code::DateAfterPublication => {
            "an indicator or event date certainly after timeline.published"
        }
        Code::DuplicatePartyId => "two parties share an id",
        Code::UnknownParty => "a party reference that no party declares",
        Code::PartyCycle => "parent links that loop",
        Code::AmbiguousPartyName => "one name or alias used by two parties",
        Code::EmptyDeadline => "a deadline with no by, and neither immediate nor ongoing true",
        Code::NumberingGap => {
            "areas, sub-areas, measures or points not numbered 1, 2, 3 … in order"
        }
        Code::EmptyArea => "an area with neither measures nor sub-areas",
        Code::NoAreas => "a report without areas",
        Code::NonFiniteValue => "a value that is NaN or infinite",
        Code::NegativeValue => "a negative count, amount or rank",
        Code::PercentageRange => "a percentage outside 0–100",
        Code::RankBelowOne => "a rank below 1",
        Code::TallyExceedsTotal => "a tally part, or the sum of its parts, above its total",
        Code::TallySumMismatch => {
            "completed + partiallyCompleted + ongoing + notStarted, all given, differ from total"
        }
        Code::CompletionRateMismatch => {
            "completionRate differs from completed/total×100 by more than half a unit of its last written decimal place (when a total is given)"
        }
        Code::InvalidPhone => "not a Chinese phone number",
        Code::InvalidPostcode => "a postcode that is not six digits",
        Code::InvalidEmail => "not an e-mail address",
        Code::DocumentBrackets => "a document title still wrapped in 《》",
    }
}

/// Brings what schemars generates in line with the contract, in every subschema.
fn tidy(value: &mut Value) {
    match value {
        Value::Object(object) => {
            drop_null(object);
            drop_number_format(object);
            tidy_description(object);
            object.values_mut().for_each(tidy);
        }
        Value::Array(items) => items.iter_mut().for_each(tidy),
        _ => {}
    }
}

/// Absent optional fields are omitted, never written as `null` (the contract's
/// convention), so the schema does not offer `null` for them: `["string", "null"]` becomes
/// `"string"`, and `anyOf: [{$ref}, {type: null}]` becomes the `$ref`.
fn drop_null(object: &mut Map<String, Value>) {
    let is_null = |v: &Value| v.get("type").and_then(Value::as_str) == Some("null");
    if let Some(Value::Array(types)) = object.get_mut("type") {
        types.retain(|t| t != "null");
        if let [only] = types.as_slice() {
            let only = only.clone();
            object.insert("type".into(), only);
        }
    }
    let Some(Value::Array(any_of)) = object.get("anyOf") else {
        return;
    };
    if let [a, b] = any_of.as_slice()
        && (is_null(a) || is_null(b))
    {
        let kept = if is_null(a) { b.clone() } else { a.clone() };
        object.remove("anyOf");
        if let Value::Object(kept) = kept {
            object.extend(kept);
        }
    }
}

/// schemars marks Rust integer and float widths with formats (`uint32`, `double`) that no
/// JSON Schema vocabulary defines and that strict validators refuse; `minimum` already
/// says what matters.
fn drop_number_format(object: &mut Map<String, Value>) {
    let is_number = matches!(
        object.get("type").and_then(Value::as_str),
        Some("integer" | "number")
    );
    if is_number {
        object.remove("format");
    }
}

/// Doc comments are written for rustdoc: their `# Example` sections are code for Rust
/// readers, their lines are wrapped, and their intra-doc links (`` [`PartialDate`] ``) mean
/// nothing outside rustdoc. Descriptions keep the prose, one paragraph a line, with links
/// reduced to their code text.
fn tidy_description(object: &mut Map<String, Value>) {
    let Some(Value::String(description)) = object.get_mut("description") else {
        return;
    };
    let prose = description
        .split("\n\n# ")
        .next()
        .unwrap_or_default()
        .split("\n\n")
        .map(|paragraph| {
            paragraph
                .split('\n')
                .map(str::trim)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
        .replace("[`", "`")
        .replace("`]", "`");
    *description = prose;
}
