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
//! `invalidDate` cannot occur in a loaded report, because [`PartialDate`] only holds real
//! dates and loading rejects the rest. It is reported by [`validate_json`], which checks a
//! JSON document before it is typed, so that a bad date is listed with everything else
//! instead of stopping the load.
//!
//! # Example
//!
//! ```
//! use rectify::validate::{Code, Severity};
//!
//! let mut report = rectify::from_json_str(include_str!("../tests/fixtures/qingyuan-publicity-2025.json"))?;
//! report.timeline.feedback = Some("2024-03".parse()?);
//! let validation = report.validate();
//! assert!(!validation.is_valid());
//! let violation = &validation.violations[0];
//! assert_eq!(violation.code, Code::TimelineOrder);
//! assert_eq!(violation.severity, Severity::Error);
//! assert_eq!(violation.path, "/timeline/feedback");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{
    Area, Deadline, Error, Indicator, IndicatorKind, Measure, PartialDate, Party, PartyId, Period,
    Point, PublicFeedback, RectificationReport, SCHEMA_VERSION, Tally, Timeline,
};

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
    /// let report = rectify::from_json_str(include_str!("../tests/fixtures/qingyuan-publicity-2025.json"))?;
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

/// Validates a JSON document before typing it: like [`from_json_str`](crate::from_json_str)
/// followed by [`validate`](RectificationReport::validate), except that malformed or
/// unreal dates are listed as `invalidDate` violations together with everything else,
/// instead of stopping the load.
///
/// # Errors
///
/// [`Error::Json`] when the input is not JSON, or is of the wrong shape for a reason other
/// than its dates: the error names the line, column and field path.
///
/// # Example
///
/// ```
/// use rectify::validate::{Code, validate_json};
///
/// let json = include_str!("../tests/fixtures/qingyuan-publicity-2025.json")
///     .replace(r#""feedback": "2024-09-26""#, r#""feedback": "2024-09-31""#);
/// let validation = validate_json(&json)?;
/// assert_eq!(validation.violations.len(), 1);
/// assert_eq!(validation.violations[0].code, Code::InvalidDate);
/// assert_eq!(validation.violations[0].path, "/timeline/feedback");
/// # Ok::<(), rectify::Error>(())
/// ```
pub fn validate_json(input: &str) -> Result<Validation, Error> {
    let typed_error = match crate::from_json_str(input) {
        Ok(report) => return Ok(report.validate()),
        Err(error) => error,
    };
    let Ok(mut value) = serde_json::from_str::<Value>(input) else {
        return Err(typed_error);
    };
    let mut bad_dates = Vec::new();
    take_invalid_dates(&mut value, &mut bad_dates);
    if bad_dates.is_empty() {
        return Err(typed_error);
    }
    // Only the dates were wrong if the rest now loads; otherwise the first error in the
    // input (with its line and column) is the one to show.
    let Ok(report) = RectificationReport::deserialize(crate::de::ObjectsOnly(value)) else {
        return Err(typed_error);
    };
    let mut violations: Vec<Violation> = bad_dates
        .iter()
        .map(|(path, message)| violation(path.clone(), Code::InvalidDate, message.clone()))
        .collect();
    let consequences = report
        .validate()
        .violations
        .into_iter()
        .filter(|v| !follows_from_removed_date(v, &bad_dates));
    violations.extend(consequences);
    Ok(Validation { violations })
}

/// A removed date leaves a field missing, a period or deadline empty, an event dateless:
/// those findings repeat the `invalidDate` and are dropped.
fn follows_from_removed_date(violation: &Violation, bad_dates: &[(String, String)]) -> bool {
    matches!(
        violation.code,
        Code::MissingField | Code::EmptyPeriod | Code::EventDate | Code::EmptyDeadline
    ) && bad_dates.iter().any(|(path, _)| {
        path == &violation.path
            || path
                .rsplit_once('/')
                .is_some_and(|(parent, _)| parent == violation.path)
    })
}

/// Removes every date string that is not a [`PartialDate`] from the places the contract
/// puts dates, and records its pointer and the reason.
fn take_invalid_dates(report: &mut Value, found: &mut Vec<(String, String)>) {
    let visit = |value: &mut Value, path: &str, found: &mut Vec<(String, String)>| {
        take_date_fields(
            value,
            path,
            &["feedback", "rectificationDue", "published"],
            found,
        );
        for period in ["inspection", "publicComment"] {
            take_period(value.get_mut(period), &format!("{path}/{period}"), found);
        }
        for (i, event) in array_items(value.get_mut("events")) {
            let event_path = format!("{path}/events/{i}");
            take_date_fields(event, &event_path, &["date"], found);
            take_period(
                event.get_mut("period"),
                &format!("{event_path}/period"),
                found,
            );
        }
    };
    if let Some(timeline) = report.get_mut("timeline") {
        visit(timeline, "/timeline", found);
    }
    take_indicator_periods(report.get_mut("indicators"), "", found);
    for (i, area) in array_items(report.get_mut("areas")) {
        take_area_dates(area, &format!("/areas/{i}"), found);
    }
}

fn take_area_dates(area: &mut Value, path: &str, found: &mut Vec<(String, String)>) {
    for (i, measure) in array_items(area.get_mut("measures")) {
        let measure_path = format!("{path}/measures/{i}");
        if let Some(deadline) = measure.get_mut("deadline") {
            take_date_fields(
                deadline,
                &format!("{measure_path}/deadline"),
                &["by"],
                found,
            );
        }
        take_indicator_periods(measure.get_mut("indicators"), &measure_path, found);
    }
    for (i, sub_area) in array_items(area.get_mut("subAreas")) {
        take_area_dates(sub_area, &format!("{path}/subAreas/{i}"), found);
    }
}

fn take_indicator_periods(
    indicators: Option<&mut Value>,
    path: &str,
    found: &mut Vec<(String, String)>,
) {
    for (i, indicator) in array_items(indicators) {
        let period_path = format!("{path}/indicators/{i}/period");
        take_period(indicator.get_mut("period"), &period_path, found);
    }
}

fn take_period(period: Option<&mut Value>, path: &str, found: &mut Vec<(String, String)>) {
    if let Some(period) = period {
        take_date_fields(period, path, &["start", "end"], found);
    }
}

fn take_date_fields(
    object: &mut Value,
    path: &str,
    fields: &[&str],
    found: &mut Vec<(String, String)>,
) {
    let Some(object) = object.as_object_mut() else {
        return;
    };
    for field in fields {
        let Some(Value::String(text)) = object.get(*field) else {
            continue;
        };
        if let Err(error) = text.parse::<PartialDate>() {
            found.push((format!("{path}/{field}"), error.to_string()));
            object.remove(*field);
        }
    }
}

fn array_items(value: Option<&mut Value>) -> impl Iterator<Item = (usize, &mut Value)> {
    value
        .and_then(Value::as_array_mut)
        .into_iter()
        .flat_map(|items| items.iter_mut().enumerate())
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

/// Walks a report depth first, keeping the JSON Pointer of the current place, and
/// collects violations.
struct Checker<'r> {
    report: &'r RectificationReport,
    /// The place being checked, as segments pushed and popped as the walk enters and
    /// leaves fields; the pointer is written only when a violation needs it (writing it at
    /// every step was a third of `validate`'s time).
    path: Vec<Seg<'r>>,
    /// The index of the first party with each declared id (a reference resolves to it).
    party_index: BTreeMap<&'r str, usize>,
    out: Vec<Violation>,
}

impl<'r> Checker<'r> {
    fn new(report: &'r RectificationReport) -> Self {
        Self {
            report,
            path: Vec::new(),
            party_index: report
                .parties
                .iter()
                .enumerate()
                .rev() // the first party with an id wins
                .map(|(i, p)| (p.id.as_str(), i))
                .collect(),
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

    // ----- texts -------------------------------------------------------------------------

    /// A text the contract requires: not empty, trimmed.
    fn text<S: Segment<'r>>(&mut self, segment: S, text: &str) {
        // Only the two ends can be whitespace in a trimmed text: look at them alone.
        let at_ends = [text.chars().next(), text.chars().next_back()];
        if !at_ends.iter().any(|c| c.is_none_or(char::is_whitespace)) {
            return;
        }
        if text.trim().is_empty() {
            self.flag_at(segment, Code::EmptyText, "the text is empty");
        } else {
            self.flag_at(
                segment,
                Code::UntrimmedText,
                "the text has leading or trailing whitespace",
            );
        }
    }

    /// An optional text: when present it follows the same rules, because an empty string
    /// where the field could be omitted is a mistake, never a statement.
    fn optional_text<S: Segment<'r>>(&mut self, segment: S, text: Option<&str>) {
        if let Some(text) = text {
            self.text(segment, text);
        }
    }

    // ----- parties -----------------------------------------------------------------------

    fn party_ref<S: Segment<'r>>(&mut self, segment: S, id: &PartyId) {
        if !self.party_index.contains_key(id.as_str()) {
            self.flag_at(
                segment,
                Code::UnknownParty,
                format!("no party in `parties` has the id `{id}`"),
            );
        }
    }

    fn missing<S: Segment<'r>>(&mut self, segment: S, what: &str) {
        self.flag_at(segment, Code::MissingField, format!("{what} is missing"));
    }

    fn inspection(&mut self) {
        let inspection = &self.report.inspection;
        if let Some(round) = &inspection.round {
            self.at("round", |c| c.text("label", &round.label));
        }
        match &inspection.inspector {
            Some(inspector) => self.party_ref("inspector", inspector),
            None => self.missing("inspector", "the inspecting group (inspection.inspector)"),
        }
        self.party_ref("inspected", &inspection.inspected);
        if let Some(convened_by) = &inspection.convened_by {
            self.party_ref("convenedBy", convened_by);
        }
    }

    fn parties(&mut self, parties: &'r [Party]) {
        let mut first_with_id: BTreeMap<&str, usize> = BTreeMap::new();
        let mut first_with_name: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, party) in parties.iter().enumerate() {
            self.at(i, |c| {
                if let Some(first) = first_with_id.insert(party.id.as_str(), i) {
                    first_with_id.insert(party.id.as_str(), first);
                    c.flag_at(
                        "id",
                        Code::DuplicatePartyId,
                        format!("the id `{}` is already used by /parties/{first}", party.id),
                    );
                }
                c.text("name", &party.name);
                c.at("aliases", |c| {
                    for (k, alias) in party.aliases.iter().enumerate() {
                        c.text(k, alias);
                    }
                });
                c.party_names(party, i, &mut first_with_name);
                if let Some(parent) = &party.parent {
                    c.party_ref("parent", parent);
                }
            });
        }
        self.party_cycles(parties);
    }

    /// Flags a name or alias already used by an earlier party (ambiguousPartyName).
    fn party_names(
        &mut self,
        party: &'r Party,
        index: usize,
        first_with_name: &mut BTreeMap<&'r str, usize>,
    ) {
        let names = std::iter::once((None, party.name.as_str())).chain(
            party
                .aliases
                .iter()
                .enumerate()
                .map(|(k, a)| (Some(k), a.as_str())),
        );
        for (alias_index, name) in names {
            let first = *first_with_name.entry(name).or_insert(index);
            if first == index {
                continue;
            }
            let message = format!("the name `{name}` is also used by /parties/{first}");
            match alias_index {
                None => self.flag_at("name", Code::AmbiguousPartyName, message),
                Some(k) => self.at("aliases", |c| {
                    c.flag_at(k, Code::AmbiguousPartyName, message)
                }),
            }
        }
    }

    /// Flags each loop of `parent` links once, at the `parent` of its first party.
    fn party_cycles(&mut self, parties: &[Party]) {
        let index_of = std::mem::take(&mut self.party_index);
        let parent_of = |i: usize| {
            parties[i]
                .parent
                .as_ref()
                .and_then(|parent| index_of.get(parent.as_str()).copied())
        };
        let mut done = vec![false; parties.len()];
        for start in 0..parties.len() {
            let mut chain = Vec::new();
            let mut current = Some(start);
            while let Some(i) = current {
                if done[i] {
                    break;
                }
                if let Some(pos) = chain.iter().position(|&j| j == i) {
                    let mut cycle = chain[pos..].to_vec();
                    let first = cycle.iter().copied().min().unwrap_or(i);
                    // Told from the party whose `parent` is flagged.
                    let at = cycle.iter().position(|&j| j == first).unwrap_or(0);
                    cycle.rotate_left(at);
                    let names: Vec<&str> = cycle.iter().map(|&j| parties[j].id.as_str()).collect();
                    self.at(first, |c| {
                        c.flag_at(
                            "parent",
                            Code::PartyCycle,
                            format!("parent links loop: {} → {}", names.join(" → "), names[0]),
                        );
                    });
                    break;
                }
                chain.push(i);
                current = parent_of(i);
            }
            for i in chain {
                done[i] = true;
            }
        }
        // Lent for the walk (`self.at` needs `self` whole); references are checked later.
        self.party_index = index_of;
    }

    // ----- dates -------------------------------------------------------------------------

    fn timeline(&mut self, timeline: &Timeline) {
        match &timeline.inspection {
            Some(period) => self.at("inspection", |c| c.period(period)),
            None => self.missing("inspection", "the inspection period (timeline.inspection)"),
        }
        if timeline.feedback.is_none() {
            self.missing("feedback", "the feedback date (timeline.feedback)");
        }
        if timeline.published.is_none() {
            self.missing("published", "the notice's date (timeline.published)");
        }
        if let Some(period) = &timeline.public_comment {
            self.at("publicComment", |c| c.period(period));
        }
        self.timeline_order(timeline);
        self.at("events", |c| {
            for (i, event) in timeline.events.iter().enumerate() {
                c.at(i, |c| {
                    c.text("label", &event.label);
                    match (&event.date, &event.period) {
                        (Some(date), None) => c.not_after_publication("date", date),
                        (None, Some(period)) => c.at("period", |c| {
                            c.period(period);
                            c.period_not_after_publication(period);
                        }),
                        (Some(_), Some(_)) => {
                            c.flag(Code::EventDate, "an event has both a date and a period")
                        }
                        (None, None) => {
                            c.flag(Code::EventDate, "an event has neither a date nor a period")
                        }
                    }
                });
            }
        });
    }

    /// inspection.start ≤ inspection.end ≤ feedback ≤ published ≤ publicComment.start ≤
    /// publicComment.end, and rectificationDue ≥ feedback. Each date that certainly comes
    /// before an earlier step is flagged once; the two ends of one period are left to
    /// reversedPeriod.
    fn timeline_order(&mut self, timeline: &Timeline) {
        let inspection = timeline.inspection.as_ref();
        let comment = timeline.public_comment.as_ref();
        // (pointer below /timeline, period group, date)
        let steps = [
            (
                "inspection/start",
                1,
                inspection.and_then(|p| p.start.as_ref()),
            ),
            ("inspection/end", 1, inspection.and_then(|p| p.end.as_ref())),
            ("feedback", 2, timeline.feedback.as_ref()),
            ("published", 3, timeline.published.as_ref()),
            (
                "publicComment/start",
                4,
                comment.and_then(|p| p.start.as_ref()),
            ),
            ("publicComment/end", 4, comment.and_then(|p| p.end.as_ref())),
        ];
        for (j, &(later_path, later_group, later)) in steps.iter().enumerate() {
            let Some(later) = later else { continue };
            let earlier = steps[..j].iter().find(|(_, group, date)| {
                *group != later_group && date.is_some_and(|d| d.is_certainly_after(later))
            });
            if let Some((earlier_path, _, Some(earlier))) = earlier {
                self.flag_order(later_path, later, earlier_path, earlier);
            }
        }
        if let (Some(due), Some(feedback)) = (&timeline.rectification_due, &timeline.feedback)
            && feedback.is_certainly_after(due)
        {
            self.flag_order("rectificationDue", due, "feedback", feedback);
        }
    }

    fn flag_order(
        &mut self,
        later: &'r str,
        date: &PartialDate,
        earlier: &str,
        before: &PartialDate,
    ) {
        let message = format!(
            "timeline.{} ({date}) comes before timeline.{} ({before})",
            later.replace('/', "."),
            earlier.replace('/', ".")
        );
        // `later` is already a pointer (`inspection/end`): its `/` separates segments.
        self.path.push(Seg::Pointer(later));
        self.flag(Code::TimelineOrder, message);
        self.path.pop();
    }

    fn period(&mut self, period: &Period) {
        if period.is_empty() {
            self.flag(Code::EmptyPeriod, "the period has neither start nor end");
        } else if let (Some(start), Some(end)) = (&period.start, &period.end)
            && period.is_reversed()
        {
            self.flag_at(
                "end",
                Code::ReversedPeriod,
                format!("the period ends ({end}) before it starts ({start})"),
            );
        }
    }

    fn not_after_publication<S: Segment<'r>>(&mut self, segment: S, date: &PartialDate) {
        if let Some(published) = &self.report.timeline.published
            && date.is_certainly_after(published)
        {
            self.flag_at(
                segment,
                Code::DateAfterPublication,
                format!("{date} is after the notice's date ({published})"),
            );
        }
    }

    fn period_not_after_publication(&mut self, period: &Period) {
        if let Some(start) = &period.start {
            self.not_after_publication("start", start);
        }
        if let Some(end) = &period.end {
            self.not_after_publication("end", end);
        }
    }

    // ----- sections ----------------------------------------------------------------------

    fn points(&mut self, points: &[Point]) {
        self.numbering(points.iter().map(|p| p.number), "number", "point");
        for (i, point) in points.iter().enumerate() {
            self.at(i, |c| {
                c.optional_text("heading", point.heading.as_deref());
                c.text("text", &point.text);
            });
        }
    }

    /// Flags the first item of a list not numbered 1, 2, 3 … (numberingGap).
    fn numbering(&mut self, numbers: impl Iterator<Item = u32>, field: &'r str, what: &str) {
        let gap = numbers
            .zip(1u32..)
            .enumerate()
            .find(|(_, (number, expected))| number != expected);
        if let Some((i, (number, expected))) = gap {
            self.at(i, |c| {
                c.flag_at(
                    field,
                    Code::NumberingGap,
                    format!("{what} numbered {number} where {expected} was expected"),
                );
            });
        }
    }

    fn areas(&mut self, areas: &[Area]) {
        self.numbering(areas.iter().map(|a| a.number), "number", "area");
        for (i, area) in areas.iter().enumerate() {
            self.at(i, |c| c.area(area));
        }
    }

    fn area(&mut self, area: &Area) {
        self.text("title", &area.title);
        self.optional_text("problem", area.problem.as_deref());
        if area.measures.is_empty() && area.sub_areas.is_empty() {
            self.flag(
                Code::EmptyArea,
                "the area has neither measures nor sub-areas",
            );
        }
        self.at("measures", |c| {
            c.numbering(
                area.measures.iter().map(|m| m.ordinal),
                "ordinal",
                "measure",
            );
            for (i, measure) in area.measures.iter().enumerate() {
                c.at(i, |c| c.measure(measure));
            }
        });
        self.at("subAreas", |c| c.areas(&area.sub_areas));
    }

    fn measure(&mut self, measure: &Measure) {
        self.text("text", &measure.text);
        self.optional_text("summary", measure.summary.as_deref());
        if let Some(deadline) = &measure.deadline {
            self.at("deadline", |c| c.deadline(deadline));
        }
        self.at("parties", |c| {
            for (i, involved) in measure.parties.iter().enumerate() {
                c.at(i, |c| c.party_ref("party", &involved.party));
            }
        });
        self.at("indicators", |c| c.indicators(&measure.indicators));
        self.at("documents", |c| {
            for (i, document) in measure.documents.iter().enumerate() {
                c.at(i, |c| {
                    c.text("title", &document.title);
                    let title = document.title.trim();
                    if title.starts_with('《') || title.ends_with('》') {
                        c.flag_at(
                            "title",
                            Code::DocumentBrackets,
                            "the title is written with its 《》; store it without them",
                        );
                    }
                    c.optional_text("number", document.number.as_deref());
                });
            }
        });
    }

    fn deadline(&mut self, deadline: &Deadline) {
        if deadline.is_empty() {
            self.flag(
                Code::EmptyDeadline,
                "the deadline has no `by`, and neither `immediate` nor `ongoing` is true",
            );
        }
    }

    // ----- figures -----------------------------------------------------------------------

    fn indicators(&mut self, indicators: &[Indicator]) {
        for (i, indicator) in indicators.iter().enumerate() {
            self.at(i, |c| c.indicator(indicator));
        }
    }

    fn indicator(&mut self, indicator: &Indicator) {
        self.text("subject", &indicator.subject);
        self.at("value", |c| c.value(indicator.kind, indicator.value));
        self.optional_text("unit", indicator.unit.as_deref());
        if let Some(period) = &indicator.period {
            self.at("period", |c| {
                c.period(period);
                c.period_not_after_publication(period);
            });
        }
        self.optional_text("source", indicator.source.as_deref());
    }

    fn value(&mut self, kind: IndicatorKind, value: f64) {
        use IndicatorKind::{Amount, Count, Percentage, Rank};
        if !value.is_finite() {
            self.flag(Code::NonFiniteValue, format!("the value is {value}"));
        } else if matches!(kind, Count | Amount | Rank) && value < 0.0 {
            self.flag(
                Code::NegativeValue,
                format!("a {kind:?} of {value} is negative"),
            );
        } else if kind == Rank && value < 1.0 {
            self.flag(Code::RankBelowOne, format!("rank {value} is below 1"));
        } else if kind == Percentage && !(0.0..=100.0).contains(&value) {
            self.flag(Code::PercentageRange, format!("{value}% is outside 0–100"));
        }
    }

    fn tally(&mut self, tally: &Tally) {
        if let Some(total) = tally.total {
            self.tally_against_total(tally, total);
        }
        if let Some(rate) = tally.completion_rate {
            self.at("completionRate", |c| c.completion_rate(tally, rate));
        }
    }

    /// The rules that need a stated total (amendment 1: a tally without one is not checked
    /// against the sum of its parts, which may not be all of them).
    fn tally_against_total(&mut self, tally: &Tally, total: u32) {
        for (name, part) in tally.parts() {
            if part > total {
                self.flag_at(
                    name,
                    Code::TallyExceedsTotal,
                    format!("{name} ({part}) is above the total ({total})"),
                );
            }
        }
        let parts: Vec<u32> = tally.parts().map(|(_, part)| part).collect();
        let sum: u64 = parts.iter().map(|&p| u64::from(p)).sum();
        let any_part_over = parts.iter().any(|&p| p > total);
        if !any_part_over && sum > u64::from(total) {
            self.flag_at(
                "total",
                Code::TallyExceedsTotal,
                format!("the parts add up to {sum}, above the total ({total})"),
            );
        } else if parts.len() == 4 && sum != u64::from(total) {
            self.flag_at(
                "total",
                Code::TallySumMismatch,
                format!("the four parts add up to {sum}, not to the total ({total})"),
            );
        }
    }

    fn completion_rate(&mut self, tally: &Tally, rate: f64) {
        if !rate.is_finite() {
            self.flag(
                Code::NonFiniteValue,
                format!("the completion rate is {rate}"),
            );
            return;
        }
        if !(0.0..=100.0).contains(&rate) {
            self.flag(Code::PercentageRange, format!("{rate}% is outside 0–100"));
            return;
        }
        let (Some(completed), Some(total)) = (tally.completed, tally.total) else {
            return;
        };
        if total == 0 {
            return;
        }
        let exact = f64::from(completed) / f64::from(total) * 100.0;
        let tolerance = rounding_tolerance(rate);
        if (exact - rate).abs() > tolerance {
            self.flag(
                Code::CompletionRateMismatch,
                format!(
                    "{completed} of {total} is {exact:.prec$}%, not {rate}% (written to {places} \
                     decimal places, it may differ by {tolerance} at most)",
                    prec = decimal_places(rate) + 2,
                    places = decimal_places(rate),
                ),
            );
        }
    }

    // ----- contact -----------------------------------------------------------------------

    fn public_feedback(&mut self, feedback: &PublicFeedback) {
        let contact = [
            (
                "phone",
                &feedback.phone,
                is_phone as fn(&str) -> bool,
                Code::InvalidPhone,
            ),
            (
                "postcode",
                &feedback.postcode,
                is_postcode,
                Code::InvalidPostcode,
            ),
            ("email", &feedback.email, is_email, Code::InvalidEmail),
        ];
        for (field, value, is_valid, code) in contact {
            let Some(value) = value else { continue };
            self.text(field, value);
            if !value.trim().is_empty() && !is_valid(value.trim()) {
                let what = match code {
                    Code::InvalidPhone => "a Chinese phone number",
                    Code::InvalidPostcode => "a postcode of six digits",
                    _ => "an e-mail address",
                };
                self.flag_at(field, code, format!("`{value}` is not {what}"));
            }
        }
        self.optional_text("postalAddress", feedback.postal_address.as_deref());
        self.optional_text("website", feedback.website.as_deref());
    }
}

/// A mainland phone number: a mobile (13800138000), a landline with or without its area
/// code (0763-3374341, (0763)3374341, 3374341, with an extension -123 or 转123), a service
/// number (12388, 110, 95588), with the area code it is usually written with for the
/// local line (0763-12388), or a 400/800 number; several separated by 、，,；; or /.
/// Full-width digits and punctuation count as their ASCII forms.
pub fn is_phone(text: &str) -> bool {
    static PHONE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?x)^(?:\+?86-?)?(?:
                1[3-9][0-9]{9}
              | (?:\(0[0-9]{2,3}\)-?|0[0-9]{2,3}-?)?[2-9][0-9]{6,7}(?:-[0-9]{1,6})?
              | (?:0[0-9]{2,3}-?)?1[0-9]{2,4}
              | 9[56][0-9]{3}
              | [48]00-?[0-9]{3}-?[0-9]{4}
            )$",
        )
        .expect("the phone pattern is valid")
    });
    let mut ascii = String::with_capacity(text.len());
    for c in text.chars().map(phone_ascii) {
        // Separators written with spaces ("0763-3374341 转 8001") become one hyphen.
        if !(c == '-' && ascii.ends_with('-')) {
            ascii.push(c);
        }
    }
    ascii
        .split(['、', '，', ',', '；', ';', '/'])
        .all(|number| PHONE.is_match(number.trim_matches('-')))
}

/// The ASCII form of a character of a phone number: full-width digits and brackets, dashes,
/// spaces and 转 (extension) as `-`.
fn phone_ascii(c: char) -> char {
    match c {
        '０'..='９' => {
            char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c)
        }
        '（' => '(',
        '）' => ')',
        '－' | '—' | '–' | '转' | ' ' | '\u{3000}' => '-',
        '＋' => '+',
        c => c,
    }
}

/// How many decimal places a rate is written with, read from its shortest decimal form
/// (81.3 → 1, 76 → 0, 98.71 → 2): the places its notice wrote.
fn decimal_places(rate: f64) -> usize {
    let shortest = rate.to_string();
    shortest.find('.').map_or(0, |dot| shortest.len() - dot - 1)
}

/// Half a unit of a rate's last written decimal place (81.3 → 0.05, 76 → 0.5), and a
/// hair more, so that a rate exactly on the rounding boundary in decimal is not flagged
/// for the binary error of the division.
fn rounding_tolerance(rate: f64) -> f64 {
    let places = i32::try_from(decimal_places(rate)).unwrap_or(i32::MAX);
    0.5 * 10f64.powi(-places) + 1e-9
}

/// Six ASCII digits (511500).
pub fn is_postcode(text: &str) -> bool {
    text.len() == 6 && text.bytes().all(|b| b.is_ascii_digit())
}

/// An e-mail address of the usual form: `local@domain.tld`, ASCII, no spaces.
pub fn is_email(text: &str) -> bool {
    static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$",
        )
        .expect("the e-mail pattern is valid")
    });
    EMAIL.is_match(text)
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
