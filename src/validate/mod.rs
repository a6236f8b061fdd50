//! Validation: the rules that span fields, checked all at once.
//!
//! Deserialization checks a report's shape; [`RectificationReport::validate`] checks the
//! rest of the contract (timeline order, references between parties, numbering, tallies,
//! contact formats …) and returns *every* [`Violation`], each with a JSON Pointer into the
//! report's own JSON, a stable [`Code`], a [`Severity`] and a message. A report is valid
//! when it has no errors; warnings point at things worth a look.
//!
//! Where a rule involves two places, the path names the one that breaks it: the later step
//! of the timeline (the date that comes too early), the second occurrence of a duplicate,
//! the first item out of sequence. The path of a `missingField` names the absent field, so
//! it is the one path that does not resolve in the JSON; its parent does.
//!
//! `invalidDate` cannot occur in a loaded report, because [`PartialDate`](crate::PartialDate) only holds real
//! dates and loading rejects the rest. It is reported by [`validate_json`], which checks a
//! JSON document before it is typed, so that a bad date is listed with everything else
//! instead of stopping the load.
//!
//! # Example
//!
//! ```
//! use rectify::validate::{Code, Severity};
//!
//! let mut report = rectify::from_json_str(include_str!("../../tests/fixtures/qingyuan-publicity-2025.json"))?;
//! report.timeline.feedback = Some("2024-03".parse()?);
//! let validation = report.validate();
//! assert!(!validation.is_valid());
//! let violation = &validation.violations[0];
//! assert_eq!(violation.code, Code::TimelineOrder);
//! assert_eq!(violation.severity, Severity::Error);
//! assert_eq!(violation.path, "/timeline/feedback");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod contacts;
mod figures;
mod json;
mod parties;
mod structure;
mod text;
mod timeline;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{RectificationReport, SCHEMA_VERSION};

pub use contacts::{is_email, is_phone, is_postcode};
pub use json::validate_json;

/// How serious a violation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Severity {
    /// The report breaks the contract; it is not valid.
    Error,
    /// The report is valid, but something is probably wrong.
    Warning,
}

impl Severity {
    /// `error` or `warning`, as in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, $severity:ident; )*) => {
        /// The stable code of a validation rule, as in the contract's table. Other systems
        /// match on these strings: they never change meaning.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        #[non_exhaustive]
        pub enum Code {
            $( $(#[$doc])* $variant, )*
        }

        impl Code {
            /// Every code, in the contract's order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The code as written in the contract and the JSON (`timelineOrder`).
            pub fn as_str(self) -> &'static str {
                match self { $( Code::$variant => $name, )* }
            }

            /// The severity the contract gives this code.
            pub fn severity(self) -> Severity {
                match self { $( Code::$variant => Severity::$severity, )* }
            }
        }
    };
}

codes! {
    /// schemaVersion is not one this crate reads.
    UnsupportedVersion = "unsupportedVersion", Error;
    /// A `needed` field is absent.
    MissingField = "missingField", Error;
    /// A text is empty or only whitespace.
    EmptyText = "emptyText", Error;
    /// A text with leading or trailing whitespace.
    UntrimmedText = "untrimmedText", Warning;
    /// A partial date that is malformed or not a real date (reported by [`validate_json`]).
    InvalidDate = "invalidDate", Error;
    /// A period with neither start nor end.
    EmptyPeriod = "emptyPeriod", Error;
    /// A period whose start certainly lies after its end.
    ReversedPeriod = "reversedPeriod", Error;
    /// Timeline dates out of order.
    TimelineOrder = "timelineOrder", Error;
    /// A timeline event with both, or neither, of `date` and `period`.
    EventDate = "eventDate", Error;
    /// An indicator or event date certainly after `timeline.published`.
    DateAfterPublication = "dateAfterPublication", Error;
    /// Two parties share an id.
    DuplicatePartyId = "duplicatePartyId", Error;
    /// A party reference that no party declares.
    UnknownParty = "unknownParty", Error;
    /// `parent` links that loop.
    PartyCycle = "partyCycle", Error;
    /// One name or alias used by two parties.
    AmbiguousPartyName = "ambiguousPartyName", Warning;
    /// A deadline with no `by`, and neither `immediate` nor `ongoing` true.
    EmptyDeadline = "emptyDeadline", Error;
    /// Areas, sub-areas, measures or points not numbered 1, 2, 3 … in order.
    NumberingGap = "numberingGap", Error;
    /// An area with neither measures nor sub-areas.
    EmptyArea = "emptyArea", Error;
    /// A report without areas.
    NoAreas = "noAreas", Error;
    /// A value that is NaN or infinite.
    NonFiniteValue = "nonFiniteValue", Error;
    /// A negative count, amount or rank.
    NegativeValue = "negativeValue", Error;
    /// A percentage outside 0–100.
    PercentageRange = "percentageRange", Error;
    /// A rank below 1.
    RankBelowOne = "rankBelowOne", Error;
    /// A tally part, or the sum of its parts, above its total.
    TallyExceedsTotal = "tallyExceedsTotal", Error;
    /// The four parts of a tally, all given, do not add up to its total.
    TallySumMismatch = "tallySumMismatch", Warning;
    /// completionRate differs from completed / total × 100 by more than half a unit of its
    /// last written decimal place (81.3 → 0.05, 76 → 0.5, 98.71 → 0.005): notices round
    /// their rate to the places they write (contract amendment 2).
    CompletionRateMismatch = "completionRateMismatch", Warning;
    /// Not a Chinese phone number.
    InvalidPhone = "invalidPhone", Error;
    /// A postcode that is not six digits.
    InvalidPostcode = "invalidPostcode", Error;
    /// Not an e-mail address.
    InvalidEmail = "invalidEmail", Error;
    /// A document title still wrapped in 《》.
    DocumentBrackets = "documentBrackets", Warning;
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One broken rule: where (`path`), which (`code`), how serious (`severity`) and what
/// (`message`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Violation {
    /// A JSON Pointer (RFC 6901) into the report's own JSON
    /// (`/areas/2/subAreas/0/measures/1/indicators/0/value`).
    pub path: String,
    /// The rule's stable code.
    pub code: Code,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, for a person.
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} at {}: {}",
            self.severity, self.code, self.path, self.message
        )
    }
}

/// Every violation found in a report, in the order of the report's fields.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Validation {
    /// The violations, errors and warnings mixed, in document order.
    pub violations: Vec<Violation>,
}

impl Validation {
    /// Whether the report has no errors (warnings allowed).
    pub fn is_valid(&self) -> bool {
        self.errors().next().is_none()
    }

    /// The violations of severity error.
    pub fn errors(&self) -> impl Iterator<Item = &Violation> {
        self.violations
            .iter()
            .filter(|v| v.severity == Severity::Error)
    }

    /// The violations of severity warning.
    pub fn warnings(&self) -> impl Iterator<Item = &Violation> {
        self.violations
            .iter()
            .filter(|v| v.severity == Severity::Warning)
    }

    /// Whether any violation has this code.
    pub fn has(&self, code: Code) -> bool {
        self.violations.iter().any(|v| v.code == code)
    }
}

impl RectificationReport {
    /// Checks every rule of the contract that deserialization does not, and returns all
    /// the violations at once.
    ///
    /// # Example
    ///
    /// ```
    /// let report = rectify::from_json_str(include_str!("../../tests/fixtures/qingyuan-publicity-2025.json"))?;
    /// let validation = report.validate();
    /// assert!(validation.is_valid(), "{:?}", validation.violations);
    /// # Ok::<(), rectify::Error>(())
    /// ```
    pub fn validate(&self) -> Validation {
        let mut checker = Checker::new(self);
        checker.report();
        Validation {
            violations: checker.out,
        }
    }
}

fn violation(path: String, code: Code, message: String) -> Violation {
    Violation {
        path,
        code,
        severity: code.severity(),
        message,
    }
}

/// A segment of a JSON Pointer: a field name or an array index.
#[derive(Debug, Clone, Copy)]
enum Seg<'a> {
    /// A field name, escaped when the pointer is written.
    Key(&'a str),
    /// Several segments already written as a pointer (`inspection/end`).
    Pointer(&'a str),
    Index(usize),
}

/// What `at` takes: a field name or an index.
trait Segment<'a> {
    fn seg(self) -> Seg<'a>;
}

impl<'a> Segment<'a> for &'a str {
    fn seg(self) -> Seg<'a> {
        Seg::Key(self)
    }
}

impl Segment<'_> for usize {
    fn seg(self) -> Seg<'static> {
        Seg::Index(self)
    }
}

/// Writes the pointer of `segments` (RFC 6901: `~` is written `~0`, `/` is written `~1`).
fn pointer(segments: &[Seg<'_>]) -> String {
    let mut pointer = String::new();
    for segment in segments {
        pointer.push('/');
        match *segment {
            Seg::Index(index) => pointer.push_str(&index.to_string()),
            Seg::Pointer(segments) => pointer.push_str(segments),
            Seg::Key(key) => {
                for c in key.chars() {
                    match c {
                        '~' => pointer.push_str("~0"),
                        '/' => pointer.push_str("~1"),
                        c => pointer.push(c),
                    }
                }
            }
        }
    }
    pointer
}

/// A map from a name or id to the index of the first party that has it.
#[allow(clippy::disallowed_types)] // never iterated: see `Checker::party_index`
type PartyIndex<'r> = std::collections::HashMap<&'r str, usize, foldhash::fast::RandomState>;

/// The index of the first of `keys` with each value, in one allocation.
fn first_index_of<'r>(keys: impl ExactSizeIterator<Item = &'r str>) -> PartyIndex<'r> {
    let mut index = PartyIndex::with_capacity_and_hasher(keys.len(), Default::default());
    for (i, key) in keys.enumerate() {
        index.entry(key).or_insert(i);
    }
    index
}

/// Walks a report depth first, keeping the JSON Pointer of the current place, and
/// collects violations.
struct Checker<'r> {
    report: &'r RectificationReport,
    /// The place being checked, as segments pushed and popped as the walk enters and
    /// leaves fields; the pointer is written only when a violation needs it (writing it at
    /// every step was a third of `validate`'s time).
    path: Vec<Seg<'r>>,
    /// The index of the first party with each declared id (a reference resolves to it).
    /// Hashed: looked up for every reference, never iterated, so its order cannot reach
    /// the output.
    party_index: PartyIndex<'r>,
    out: Vec<Violation>,
}

impl<'r> Checker<'r> {
    fn new(report: &'r RectificationReport) -> Self {
        Self {
            report,
            // Deep enough for any area a loaded report can have, so that the walk of one
            // within the default limits allocates this once.
            path: Vec::with_capacity(2 * crate::Limits::default().max_area_depth + 8),
            party_index: first_index_of(report.parties.iter().map(|p| p.id.as_str())),
            out: Vec::new(),
        }
    }

    /// Runs `check` with `segment` pushed onto the path.
    fn at<S: Segment<'r>, R>(&mut self, segment: S, check: impl FnOnce(&mut Self) -> R) -> R {
        self.path.push(segment.seg());
        let result = check(self);
        self.path.pop();
        result
    }

    /// Records a violation at the current path.
    fn flag(&mut self, code: Code, message: impl Into<String>) {
        self.out
            .push(violation(pointer(&self.path), code, message.into()));
    }

    /// Records a violation at `segment` below the current path.
    fn flag_at<S: Segment<'r>>(&mut self, segment: S, code: Code, message: impl Into<String>) {
        self.at(segment, |c| c.flag(code, message));
    }

    fn report(&mut self) {
        let report = self.report;
        if report.schema_version != SCHEMA_VERSION {
            self.flag_at(
                "schemaVersion",
                Code::UnsupportedVersion,
                format!(
                    "schemaVersion `{}` is not supported; this crate reads `{SCHEMA_VERSION}`",
                    report.schema_version
                ),
            );
        }
        self.text("title", &report.title);
        self.party_ref("issuer", &report.issuer);
        self.at("inspection", |c| c.inspection());
        self.at("timeline", |c| c.timeline(&report.timeline));
        self.at("parties", |c| c.parties(&report.parties));
        self.optional_text("preamble", report.preamble.as_deref());
        self.at("responsibility", |c| c.points(&report.responsibility));
        self.at("areas", |c| {
            if report.areas.is_empty() {
                c.flag(Code::NoAreas, "the report has no rectification areas");
            }
            c.areas(&report.areas);
        });
        if let Some(progress) = &report.progress {
            self.at("progress", |c| {
                if let Some(problems) = &progress.problems {
                    c.at("problems", |c| c.tally(problems));
                }
                if let Some(measures) = &progress.measures {
                    c.at("measures", |c| c.tally(measures));
                }
            });
        }
        self.at("indicators", |c| c.indicators(&report.indicators));
        self.at("nextSteps", |c| c.points(&report.next_steps));
        if let Some(feedback) = &report.public_feedback {
            self.at("publicFeedback", |c| c.public_feedback(feedback));
        }
        self.optional_text("closing", report.closing.as_deref());
    }

    fn missing<S: Segment<'r>>(&mut self, segment: S, what: &str) {
        self.flag_at(segment, Code::MissingField, format!("{what} is missing"));
    }
}

#[cfg(test)]
mod tests {
    use super::{Seg, Segment, pointer};

    fn keys(segments: &[&'static str]) -> String {
        pointer(&segments.iter().map(|s| s.seg()).collect::<Vec<_>>())
    }

    #[test]
    fn pointer_segments_are_escaped_as_rfc_6901_says() {
        assert_eq!(keys(&["areas", "0", "title"]), "/areas/0/title");
        assert_eq!(keys(&["a/b", "m~n"]), "/a~1b/m~0n");
        // The escaped pointer finds the field in serde_json's own resolver.
        let value = serde_json::json!({"a/b": {"m~n": 1}});
        assert_eq!(value.pointer(&keys(&["a/b", "m~n"])), Some(&1.into()));
        // A pointer given whole keeps its separators.
        assert_eq!(
            pointer(&[Seg::Key("timeline"), Seg::Pointer("inspection/end")]),
            "/timeline/inspection/end"
        );
    }

    #[test]
    fn indices_are_written_in_decimal() {
        assert_eq!(
            pointer(&["areas".seg(), 12usize.seg(), 0usize.seg()]),
            "/areas/12/0"
        );
    }
}
