//! Overall progress statistics (整改总体进展): "反馈问题697个，已完成整改688个……完成率
//! 98.71%" into a [`ProgressSummary`].

use std::sync::LazyLock;

use regex::Regex;

use crate::{ProgressSummary, Tally};

use crate::text::recorder::Recorder;
use crate::text::source::Piece;
use crate::text::values::numerals;
use crate::text::vocabulary::{self, FOUND_VERBS, Tallied};

/// A number: Arabic, possibly with decimals, or Chinese.
const NUMBER: &str = "([0-9]+(?:\\.[0-9]+)?|[一二两三四五六七八九十百千〇零]+)";

/// Words as a regular expression's alternatives.
fn any_of<'w>(words: impl IntoIterator<Item = &'w str>) -> String {
    words
        .into_iter()
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join("|")
}

/// (pattern before the number, what it counts, whether it is about measures rather than
/// problems). The words of the counts are the vocabulary's
/// ([`TALLY_WORDS`](vocabulary::TALLY_WORDS)); the partial count comes before the completed
/// one, so that 基本完成整改5个 is not also read as 完成整改5个.
static PHRASES: LazyLock<Vec<(Regex, Tallied, bool)>> = LazyLock::new(|| {
    let phrase = |before: &str, after: &str| {
        Regex::new(&format!("(?:{before}){NUMBER}(?:{after})")).expect("a valid pattern")
    };
    let found = any_of(FOUND_VERBS);
    let counted = |tallied| any_of(vocabulary::tally_words(tallied).iter().copied());
    vec![
        (
            phrase(
                &format!("(?:{found})(?:了)?(?:的)?(?:问题|意见)(?:共)?"),
                "个|条|项|类",
            ),
            Tallied::Total,
            false,
        ),
        // "巡察反馈的25个问题", "审计工作报告反映的4个方面27个问题": the count before 问题.
        (
            phrase(
                &format!(
                    "(?:{found}|反映|查出)(?:了|的)?(?:共)?(?:[0-9一二三四五六七八九十]+个方面[、，]?)?"
                ),
                "(?:个|条|项)(?:具体)?问题",
            ),
            Tallied::Total,
            false,
        ),
        (
            phrase("(?:制定|明确|细化)(?:了)?整改措施(?:共)?", "条|项|个"),
            Tallied::Total,
            true,
        ),
        (phrase("整改措施(?:共)?", "条|项|个"), Tallied::Total, true),
        (
            phrase(&counted(Tallied::Partially), "个|条|项"),
            Tallied::Partially,
            false,
        ),
        (
            phrase(&counted(Tallied::Completed), "个|条|项"),
            Tallied::Completed,
            false,
        ),
        (
            phrase(&counted(Tallied::Ongoing), "个|条|项"),
            Tallied::Ongoing,
            false,
        ),
        (
            phrase(&counted(Tallied::NotStarted), "个|条|项"),
            Tallied::NotStarted,
            false,
        ),
        (
            phrase(
                &format!("(?:{})(?:为|达|达到)?", counted(Tallied::Rate)),
                "%|％",
            ),
            Tallied::Rate,
            false,
        ),
    ]
});

/// 建立完善制度15项.
static RULES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("(?:建立|完善|制定|修订|出台|健全)(?:完善|健全|修订)?(?:规章)?制度(?:机制)?{NUMBER}(?:项|个|条|件)"))
        .expect("a valid pattern")
});

/// Whether a paragraph states overall progress (it names problems or measures and counts
/// what is completed, or gives a completion rate).
pub(crate) fn states_progress(text: &str) -> bool {
    (text.contains("问题") || text.contains("整改措施"))
        && (text.contains("完成率")
            || text.contains("整改率")
            || PHRASES
                .iter()
                .any(|(re, count, _)| *count == Tallied::Completed && re.is_match(text)))
}

fn number(text: &str) -> Option<f64> {
    numerals::arabic(text).or_else(|| numerals::chinese(text).map(f64::from))
}

/// Reads the statistics of a paragraph into `progress`, recording where each count was read,
/// and gives the byte ranges (in the text) of the phrases read.
pub(crate) fn read<'a>(
    paragraph: Piece<'a>,
    progress: &mut ProgressSummary,
    rec: &mut Recorder<'_, 'a>,
) -> Vec<std::ops::Range<usize>> {
    let mut phrases = Vec::new();
    for sentence in paragraph.text.split_inclusive(['。', '；']) {
        let offset = sentence.as_ptr() as usize - paragraph.text.as_ptr() as usize;
        let about_measures = sentence.contains("整改措施") && !sentence.contains("问题");
        // A phrase read once is not read again by a shorter pattern (基本完成整改5个 is not
        // also 完成整改5个).
        let mut read: Vec<std::ops::Range<usize>> = Vec::new();
        for (re, count, measures_phrase) in PHRASES.iter() {
            for caps in re.captures_iter(sentence) {
                let (Some(whole), Some(n)) = (caps.get(0), caps.get(1)) else {
                    continue;
                };
                if read
                    .iter()
                    .any(|r| r.start < whole.end() && whole.start() < r.end)
                {
                    continue;
                }
                read.push(whole.range());
                let Some(value) = number(n.as_str()) else {
                    continue;
                };
                let on_measures = *measures_phrase || about_measures;
                let (tally, name) = if on_measures {
                    (
                        progress.measures.get_or_insert_with(Tally::default),
                        "measures",
                    )
                } else {
                    (
                        progress.problems.get_or_insert_with(Tally::default),
                        "problems",
                    )
                };
                let given = match count {
                    Tallied::Total => tally.total.is_some(),
                    Tallied::Completed => tally.completed.is_some(),
                    Tallied::Partially => tally.partially_completed.is_some(),
                    Tallied::Ongoing => tally.ongoing.is_some(),
                    Tallied::NotStarted => tally.not_started.is_some(),
                    Tallied::Rate => tally.completion_rate.is_some(),
                };
                if given {
                    // A second tally of the same count (another audit's, a year's): not the
                    // overall progress, so it is read as a figure instead.
                    continue;
                }
                let field = match count {
                    Tallied::Total => "total",
                    Tallied::Completed => "completed",
                    Tallied::Partially => "partiallyCompleted",
                    Tallied::Ongoing => "ongoing",
                    Tallied::NotStarted => "notStarted",
                    Tallied::Rate => "completionRate",
                };
                let whole = paragraph.slice(offset + whole.start(), offset + whole.end());
                rec.value(format!("/progress/{name}/{field}"), &[whole]);
                // Only its number is the tally's: another count inside the phrase
                // ("反映的4个方面27个问题") is a figure of its own.
                phrases
                    .push(offset + n.start() + paragraph.start..offset + n.end() + paragraph.start);
                let count_of = value as u32;
                match count {
                    Tallied::Total => tally.total = Some(count_of),
                    Tallied::Completed => tally.completed = Some(count_of),
                    Tallied::Partially => tally.partially_completed = Some(count_of),
                    Tallied::Ongoing => tally.ongoing = Some(count_of),
                    Tallied::NotStarted => tally.not_started = Some(count_of),
                    Tallied::Rate => tally.completion_rate = Some(value),
                }
            }
        }
        if let Some(caps) = RULES.captures(sentence)
            && let (Some(whole), Some(n)) = (caps.get(0), caps.get(1))
            && let Some(value) = number(n.as_str())
        {
            let whole = paragraph.slice(offset + whole.start(), offset + whole.end());
            rec.value("/progress/rulesEstablished", &[whole]);
            phrases.push(whole.range());
            progress.rules_established = Some(value as u32);
        }
    }
    phrases
}
