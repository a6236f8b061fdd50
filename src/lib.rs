//! # rectify
//!
//! Typed, validated data for Chinese rectification progress notices
//! (巡视/巡察/审计/督察整改进展情况通报).
//!
//! After an inspection tour, an audit or a supervision tour, the inspected body publishes
//! a notice on how it is fixing what was found. Thousands are published every year, all in
//! the same shape. This crate gives them a typed model ([`RectificationReport`]) that
//! follows the data contract v1.0 exactly, loaders with precise errors
//! ([`from_json_str`]), validation that lists every violation with a JSON Pointer and a
//! stable code ([`RectificationReport::validate`]), and the JSON Schema of the model
//! ([`schema::json_schema`]).
//!
//! ```
//! // Load: the shape is checked; errors say line, column and field path.
//! let json = include_str!("../tests/fixtures/qingyuan-publicity-2025.json");
//! let report = rectify::from_json_str(json)?;
//! assert_eq!(report.areas.len(), 11);
//!
//! // Validate: every rule that spans fields, all violations at once.
//! let validation = report.validate();
//! assert!(validation.is_valid());
//!
//! // Export the JSON Schema for other systems.
//! let schema = rectify::schema::json_schema();
//! assert_eq!(schema["$id"], "urn:rectify:schema:rectification-report:1.0");
//! # Ok::<(), rectify::Error>(())
//! ```
//!
//! The guide (`docs/guide.md` in the repository) shows each part at work; the choices made
//! where the contract is open, and the policy that lets the API grow with it (every model
//! type `#[non_exhaustive]`, every path a JSON Pointer), are in `docs/decisions.md`.
//!
//! ## Modules
//!
//! [`model`] has one module per concept of the contract; its types are re-exported at the
//! root. [`validate`] holds the rules and their codes, [`schema`] the JSON Schema export,
//! [`text`] the parser and renderer of notice text. With the feature `tables`, `tables`
//! flattens reports into normalized tables and writes them as Parquet or CSV. [`Limits`] bounds what is read from
//! untrusted input (size, area depth, item count), with safe defaults.

mod de;
mod error;
mod limits;
pub mod model;
pub mod schema;
#[cfg(feature = "tables")]
pub mod tables;
pub mod text;
pub mod validate;

use std::io::Read;

use serde::Deserialize;

pub use error::{Error, JsonError, JsonErrorKind};
pub use limits::{Limit, LimitError, Limits};
pub use model::area::{
    Area, Deadline, Document, DocumentAction, Measure, MeasureParty, PartyRole, Status,
};
pub use model::date::{DateError, PARTIAL_DATE_PATTERN, PartialDate, Period, Precision};
pub use model::feedback::{POSTCODE_PATTERN, PublicFeedback};
pub use model::indicator::{Indicator, IndicatorKind, Qualifier};
pub use model::inspection::{Inspection, InspectionForm, InspectionKind, Round};
pub use model::party::{Level, PARTY_ID_PATTERN, Party, PartyId, PartyIdError, PartyKind};
pub use model::point::Point;
pub use model::progress::{ProgressSummary, Tally};
pub use model::report::{RectificationReport, SCHEMA_VERSION};
pub use model::timeline::{Timeline, TimelineEvent};
pub use validate::{Code, Severity, Validation, Violation};

/// Free-form data this contract does not cover yet (`extensions` on the report, areas,
/// measures, parties and indicators). A BTreeMap underneath, so output is deterministic.
pub type Extensions = serde_json::Map<String, serde_json::Value>;

/// Reads a report from JSON text. Checks the shape only (types, required fields, known enum
/// codes, real dates, no unknown fields); run [`RectificationReport::validate`] for the rest.
/// `null` is read as an absent optional field, though reports never write it.
///
/// # Errors
///
/// [`Error::Json`] with the line, column (in characters), the JSON Pointer of the field and
/// what was expected, when the text is not JSON or not of a report's shape.
///
/// # Example
///
/// ```
/// let json = include_str!("../tests/fixtures/qingyuan-publicity-2025.json");
/// let report = rectify::from_json_str(json)?;
/// assert_eq!(report.title, "中共清远市委宣传部关于八届市委第五轮巡察整改进展情况的通报");
///
/// let broken = json.replace(r#""kind": "xuncha""#, r#""kind": "patrol""#);
/// let rectify::Error::Json(error) = rectify::from_json_str(&broken).unwrap_err() else { panic!() };
/// assert_eq!(error.pointer(), "/inspection/kind");
/// assert!(error.message().contains("unknown variant `patrol`"));
/// # Ok::<(), rectify::Error>(())
/// ```
pub fn from_json_str(json: &str) -> Result<RectificationReport, Error> {
    from_json_slice(json.as_bytes())
}

/// As [`from_json_str`], within `limits`.
///
/// # Errors
///
/// As [`from_json_str`], and [`Error::Limit`] for an input beyond `limits`.
///
/// # Example
///
/// ```
/// use rectify::{Error, Limit, Limits};
///
/// let json = include_str!("../tests/fixtures/qingyuan-publicity-2025.json");
/// let mut few = Limits::default();
/// few.max_items = 100;
/// let Err(Error::Limit(error)) = rectify::from_json_str_with(json, &few) else { panic!() };
/// assert_eq!(error.limit(), Limit::Items);
/// assert!(rectify::from_json_str_with(json, &Limits::default()).is_ok());
/// ```
pub fn from_json_str_with(json: &str, limits: &Limits) -> Result<RectificationReport, Error> {
    from_json_slice_with(json.as_bytes(), limits)
}

/// Reads a report from JSON bytes (UTF-8).
///
/// # Errors
///
/// As [`from_json_str`]; bytes that are not UTF-8 are a syntax error at their position.
///
/// # Example
///
/// ```
/// let json = include_bytes!("../tests/fixtures/qingyuan-publicity-2025.json");
/// let report = rectify::from_json_slice(json)?;
/// assert_eq!(report.schema_version, "1.0");
/// # Ok::<(), rectify::Error>(())
/// ```
pub fn from_json_slice(json: &[u8]) -> Result<RectificationReport, Error> {
    from_json_slice_with(json, &Limits::default())
}

/// Reads a report from JSON bytes within `limits`: the input's size is checked before it
/// is read, and the report's area depth and item count after.
///
/// # Errors
///
/// As [`from_json_str`], and [`Error::Limit`] for an input beyond `limits`.
///
/// # Example
///
/// ```
/// use rectify::{Error, Limit, Limits};
///
/// let json = include_bytes!("../tests/fixtures/qingyuan-publicity-2025.json");
/// let mut small = Limits::default();
/// small.max_input_bytes = 4096;
/// let Err(Error::Limit(error)) = rectify::from_json_slice_with(json, &small) else { panic!() };
/// assert_eq!(error.limit(), Limit::InputBytes);
/// ```
pub fn from_json_slice_with(json: &[u8], limits: &Limits) -> Result<RectificationReport, Error> {
    limits.check_size(json.len())?;
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    // Tracking the path of every value costs a third of the read (benches/model.rs), and
    // only an error needs it: read without it, and again with it when the input is wrong.
    let report = match RectificationReport::deserialize(de::ObjectsOnly(&mut deserializer)) {
        Ok(report) => report,
        Err(error) => return Err(path_of_error(json, error).into()),
    };
    // Trailing characters after the report are an error too (serde_json::from_slice does
    // the same check).
    deserializer
        .end()
        .map_err(|error| JsonError::from_trailing(json, error))?;
    limits.check(&report)?;
    Ok(report)
}

/// The error of JSON that does not load, with the path of the field where it stops.
fn path_of_error(json: &[u8], error: serde_json::Error) -> JsonError {
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    match serde_path_to_error::deserialize::<_, RectificationReport>(de::ObjectsOnly(
        &mut deserializer,
    )) {
        Err(error) => JsonError::new(json, error),
        // Reading is deterministic: what failed once fails again. Should it not, the
        // first reading's error still stands, without its path.
        Ok(_) => JsonError::at_pointer(json, String::new(), error),
    }
}

/// Reads a report from a reader (a file, standard input). The whole input is read first,
/// so that an error can give its column in characters.
///
/// # Errors
///
/// [`Error::Io`] when reading fails; [`Error::Limit`] when the input is longer than
/// [`Limits::default`] allows (it is not read past that); otherwise as [`from_json_str`].
///
/// # Example
///
/// ```no_run
/// let file = std::fs::File::open("report.json")?;
/// let report = rectify::from_reader(std::io::BufReader::new(file))?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn from_reader(reader: impl Read) -> Result<RectificationReport, Error> {
    from_reader_with(reader, &Limits::default())
}

/// As [`from_reader`], within `limits`: the input is not read past its size limit.
///
/// # Errors
///
/// As [`from_reader`], with `limits` for the defaults.
///
/// # Example
///
/// ```
/// use rectify::{Error, Limit, Limits};
///
/// let json = include_bytes!("../tests/fixtures/qingyuan-publicity-2025.json");
/// let mut small = Limits::default();
/// small.max_input_bytes = 1024;
/// let Err(Error::Limit(error)) = rectify::from_reader_with(&json[..], &small) else { panic!() };
/// assert_eq!(error.limit(), Limit::InputBytes);
/// ```
pub fn from_reader_with(reader: impl Read, limits: &Limits) -> Result<RectificationReport, Error> {
    // One byte past the limit is enough to know the input is too large.
    let mut json = Vec::new();
    reader
        .take(limits.max_input_bytes as u64 + 1)
        .read_to_end(&mut json)?;
    from_json_slice_with(&json, limits)
}

/// The README's examples are compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// The guide's examples are compiled and run as doctests too.
#[cfg(doctest)]
#[doc = include_str!("../docs/guide.md")]
struct GuideDoctests;
