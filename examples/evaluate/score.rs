//! Scores the parser against hand-written key facts: the measure that issue 11 set, shared by
//! `cargo run --example evaluate -- DIR` and the fixture test (`tests/it/genre.rs`).
//!
//! A gold file (`NAME.json` beside `NAME.txt`) holds the facts a reader takes from the text:
//!
//! ```json
//! { "inspection_period": ["2024-04-28", "2024-06-14"], "feedback_date": "2024-09-11",
//!   "publication_date": "2025-10-16", "disclosure_period": ["2025-10-16", "2025-11-16"],
//!   "phone": "0763-3374341", "email": "…", "postcode": "511500",
//!   "quantities": [{"text": "已完成整改35个", "value": 35, "qualifier": "exact", "unit": "个"}] }
//! ```
//!
//! Keys are absent when the text does not state them. How each is scored:
//! - **timeline dates**: each of the four (inspection period, feedback, publication,
//!   disclosure period) that the gold or the report has counts once, and is exact when both
//!   give the same value (a period: both ends). A date the report gives and the gold does not
//!   is a wrong one: a guess is worse than a gap.
//! - **contacts**: phone, e-mail and postcode, the same way.
//! - **figures**: the report's figures are its indicators (the report's own and every
//!   measure's) and the counts of its tallies (`progress`). A gold quantity is found when a
//!   report figure has its value (each report figure matches one quantity at most);
//!   recall = found / gold quantities, precision = report figures that match / report
//!   figures.
//! - **qualifiers**: of the quantities found, those whose qualifier is the gold's (tally
//!   counts are exact).

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use rectify::{Qualifier, RectificationReport, Tally};
use serde::Deserialize;

/// The key facts of one notice, as written by hand.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Gold {
    #[serde(default)]
    pub(crate) inspection_period: Option<(Option<String>, Option<String>)>,
    #[serde(default)]
    pub(crate) feedback_date: Option<String>,
    #[serde(default)]
    pub(crate) publication_date: Option<String>,
    #[serde(default)]
    pub(crate) disclosure_period: Option<(Option<String>, Option<String>)>,
    #[serde(default)]
    pub(crate) phone: Option<String>,
    #[serde(default)]
    pub(crate) email: Option<String>,
    #[serde(default)]
    pub(crate) postcode: Option<String>,
    #[serde(default)]
    pub(crate) quantities: Vec<Quantity>,
}

/// One reported figure of the gold.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Quantity {
    pub(crate) text: String,
    pub(crate) value: f64,
    pub(crate) qualifier: String,
    #[serde(default)]
    pub(crate) unit: Option<String>,
}

/// Hits out of a count.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ratio {
    pub(crate) hits: usize,
    pub(crate) of: usize,
}

impl Ratio {
    fn add(&mut self, hit: bool) {
        self.of += 1;
        self.hits += usize::from(hit);
    }

    /// The share, 1 when there was nothing to count.
    pub(crate) fn share(self) -> f64 {
        if self.of == 0 {
            1.0
        } else {
            self.hits as f64 / self.of as f64
        }
    }

    fn merge(&mut self, other: Ratio) {
        self.hits += other.hits;
        self.of += other.of;
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:5.1}% ({}/{})",
            self.share() * 100.0,
            self.hits,
            self.of
        )
    }
}

/// The score of one notice, or of a corpus.
#[derive(Debug, Default, Clone)]
pub(crate) struct Score {
    pub(crate) notices: usize,
    pub(crate) parsed: usize,
    /// Notices whose parse left text neither in a field nor in a diagnostic.
    pub(crate) lost_text: usize,
    pub(crate) dates: Ratio,
    pub(crate) contacts: Ratio,
    pub(crate) recall: Ratio,
    pub(crate) precision: Ratio,
    pub(crate) qualifiers: Ratio,
    /// What went wrong, one line each, for the report.
    pub(crate) misses: Vec<String>,
}

impl Score {
    pub(crate) fn merge(&mut self, other: Score) {
        self.notices += other.notices;
        self.parsed += other.parsed;
        self.lost_text += other.lost_text;
        self.dates.merge(other.dates);
        self.contacts.merge(other.contacts);
        self.recall.merge(other.recall);
        self.precision.merge(other.precision);
        self.qualifiers.merge(other.qualifiers);
        self.misses.extend(other.misses);
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "notices parsed     {}/{}", self.parsed, self.notices)?;
        writeln!(f, "text lost in       {} notices", self.lost_text)?;
        writeln!(f, "timeline dates     {}", self.dates)?;
        writeln!(f, "contacts           {}", self.contacts)?;
        writeln!(f, "figures recall     {}", self.recall)?;
        writeln!(f, "figures precision  {}", self.precision)?;
        write!(f, "qualifiers         {}", self.qualifiers)
    }
}

/// A figure of the report: its value, its qualifier, and where it is.
struct Found {
    value: f64,
    qualifier: Qualifier,
    place: String,
    /// The words it was read from, for an indicator that keeps them.
    words: Option<String>,
}

/// How a quantity of the gold is paired with a figure of the report, in the order tried.
#[derive(Clone, Copy)]
enum Pairing {
    /// The same value, read from words that hold the gold's snippet or are held by it.
    Words,
    /// The same value and qualifier.
    Qualifier,
    /// The same value.
    Value,
}

/// Scores the notice `text` against `gold`; `name` labels its misses.
pub(crate) fn score(name: &str, text: &str, gold: &Gold) -> Score {
    let mut score = Score {
        notices: 1,
        ..Score::default()
    };
    let parsed = match rectify::text::parse(text) {
        Ok(parsed) => parsed,
        Err(error) => {
            score.misses.push(format!("{name}: not parsed: {error}"));
            // Nothing read: every gold fact is missed.
            let nothing = RectificationReport::new(
                "",
                "-".parse().expect("a valid id"),
                rectify::Inspection::new(rectify::InspectionKind::Other, "-".parse().unwrap()),
                rectify::Timeline::new(),
                Vec::new(),
            );
            compare(name, &nothing, gold, &mut score);
            return score;
        }
    };
    score.parsed = 1;
    if !parsed.coverage(text).lost.is_empty() {
        score.lost_text = 1;
        score.misses.push(format!("{name}: text lost"));
    }
    compare(name, &parsed.report, gold, &mut score);
    score
}

fn compare(name: &str, report: &RectificationReport, gold: &Gold, score: &mut Score) {
    let timeline = &report.timeline;
    let period = |p: &Option<rectify::Period>| {
        p.as_ref()
            .map(|p| (p.start.map(|d| d.to_string()), p.end.map(|d| d.to_string())))
    };
    let date = |d: Option<rectify::PartialDate>| d.map(|d| d.to_string());
    let dates = [
        (
            "inspection_period",
            fmt_pair(&gold.inspection_period),
            fmt_pair(&period(&timeline.inspection)),
        ),
        (
            "feedback_date",
            gold.feedback_date.clone(),
            date(timeline.feedback),
        ),
        (
            "publication_date",
            gold.publication_date.clone(),
            date(timeline.published),
        ),
        (
            "disclosure_period",
            fmt_pair(&gold.disclosure_period),
            fmt_pair(&period(&timeline.public_comment)),
        ),
    ];
    for (key, want, got) in dates {
        judge(name, key, want, got, &mut score.dates, &mut score.misses);
    }
    let feedback = report.public_feedback.clone().unwrap_or_default();
    for (key, want, got) in [
        ("phone", &gold.phone, &feedback.phone),
        ("email", &gold.email, &feedback.email),
        ("postcode", &gold.postcode, &feedback.postcode),
    ] {
        judge(
            name,
            key,
            want.clone(),
            got.clone(),
            &mut score.contacts,
            &mut score.misses,
        );
    }
    figures(name, report, gold, score);
}

fn fmt_pair(pair: &Option<(Option<String>, Option<String>)>) -> Option<String> {
    pair.as_ref().map(|(a, b)| {
        format!(
            "{} to {}",
            a.as_deref().unwrap_or("…"),
            b.as_deref().unwrap_or("…")
        )
    })
}

fn judge(
    name: &str,
    key: &str,
    want: Option<String>,
    got: Option<String>,
    ratio: &mut Ratio,
    misses: &mut Vec<String>,
) {
    if want.is_none() && got.is_none() {
        return;
    }
    let hit = want == got;
    ratio.add(hit);
    if !hit {
        misses.push(format!(
            "{name}: {key}: want {}, got {}",
            want.as_deref().unwrap_or("none"),
            got.as_deref().unwrap_or("none")
        ));
    }
}

fn figures(name: &str, report: &RectificationReport, gold: &Gold, score: &mut Score) {
    let mut found = report_figures(report);
    let mut matched = vec![false; found.len()];
    // Each quantity of the gold is paired with one figure of the report: first by its words
    // (the same value read from the same snippet), so that a figure is not taken by another
    // quantity of the same value elsewhere; then by value and qualifier; then by value.
    let mut pairs: Vec<Option<usize>> = vec![None; gold.quantities.len()];
    for pass in [Pairing::Words, Pairing::Qualifier, Pairing::Value] {
        for (quantity, pair) in gold.quantities.iter().zip(&mut pairs) {
            if pair.is_some() {
                continue;
            }
            let want = qualifier(&quantity.qualifier);
            *pair = (0..found.len()).find(|&i| {
                !matched[i]
                    && same_value(found[i].value, quantity.value)
                    && match pass {
                        Pairing::Words => found[i].words.as_deref().is_some_and(|words| {
                            words.contains(quantity.text.as_str()) || quantity.text.contains(words)
                        }),
                        Pairing::Qualifier => Some(found[i].qualifier) == want,
                        Pairing::Value => true,
                    }
            });
            if let Some(i) = *pair {
                matched[i] = true;
            }
        }
    }
    for (quantity, pair) in gold.quantities.iter().zip(pairs) {
        let want = qualifier(&quantity.qualifier);
        match pair {
            Some(i) => {
                score.recall.add(true);
                let right = Some(found[i].qualifier) == want;
                score.qualifiers.add(right);
                if !right {
                    score.misses.push(format!(
                        "{name}: qualifier of “{}”: want {}, got {:?}",
                        quantity.text, quantity.qualifier, found[i].qualifier
                    ));
                }
            }
            None => {
                score.recall.add(false);
                score.misses.push(format!(
                    "{name}: figure missed: “{}” ({} {})",
                    quantity.text,
                    quantity.value,
                    quantity.unit.as_deref().unwrap_or("")
                ));
            }
        }
    }
    for (figure, matched) in found.drain(..).zip(matched) {
        score.precision.add(matched);
        if !matched {
            score.misses.push(format!(
                "{name}: figure not in the gold: {} at {}",
                figure.value, figure.place
            ));
        }
    }
}

fn qualifier(code: &str) -> Option<Qualifier> {
    Some(match code {
        "exact" => Qualifier::Exact,
        "more_than" => Qualifier::MoreThan,
        "approx" => Qualifier::Approximately,
        "nearly" => Qualifier::Nearly,
        "less_than" => Qualifier::LessThan,
        _ => return None,
    })
}

/// Equal exactly: 672.8亿 must be read as 67280000000, as the gold writes it, not as the
/// 67279999999.99999 of a binary multiplication.
fn same_value(a: f64, b: f64) -> bool {
    a == b
}

/// Every figure of the report: indicators, then the counts of its tallies.
fn report_figures(report: &RectificationReport) -> Vec<Found> {
    let mut found: Vec<Found> = report
        .all_indicators()
        .map(|indicator| Found {
            value: indicator.value,
            qualifier: indicator.qualifier,
            place: format!(
                "indicator “{}”",
                indicator.source.as_deref().unwrap_or(&indicator.subject)
            ),
            words: indicator.source.clone(),
        })
        .collect();
    let Some(progress) = &report.progress else {
        return found;
    };
    for (name, tally) in [
        ("problems", &progress.problems),
        ("measures", &progress.measures),
    ] {
        let Some(tally) = tally else { continue };
        found.extend(tally_counts(tally).map(|(field, value)| Found {
            value,
            qualifier: Qualifier::Exact,
            place: format!("progress/{name}/{field}"),
            words: None,
        }));
    }
    if let Some(rules) = progress.rules_established {
        found.push(Found {
            value: f64::from(rules),
            qualifier: Qualifier::Exact,
            place: "progress/rulesEstablished".into(),
            words: None,
        });
    }
    found
}

fn tally_counts(tally: &Tally) -> impl Iterator<Item = (&'static str, f64)> + '_ {
    tally
        .total
        .map(|t| ("total", f64::from(t)))
        .into_iter()
        .chain(tally.parts().map(|(field, n)| (field, f64::from(n))))
        .chain(tally.completion_rate.map(|r| ("completionRate", r)))
}

/// Scores every `NAME.txt` of `dir` that has a `NAME.json` beside it, in name order.
///
/// # Errors
///
/// When the folder or a file cannot be read, or a gold file is not of the form above.
pub(crate) fn score_folder(dir: &Path) -> Result<(Score, BTreeMap<String, Score>), String> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .filter(|path| path.with_extension("json").exists())
        .collect();
    entries.sort();
    let mut total = Score::default();
    let mut each = BTreeMap::new();
    for path in entries {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let gold_path = path.with_extension("json");
        let gold_text = std::fs::read_to_string(&gold_path)
            .map_err(|e| format!("{}: {e}", gold_path.display()))?;
        let gold: Gold = serde_json::from_str(&gold_text)
            .map_err(|e| format!("{}: {e}", gold_path.display()))?;
        let score = score(&name, &text, &gold);
        total.merge(score.clone());
        each.insert(name, score);
    }
    Ok((total, each))
}
