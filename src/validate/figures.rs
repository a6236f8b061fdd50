//! Figures and tallies: values finite and in range for their kind (nonFiniteValue,
//! negativeValue, rankBelowOne, percentageRange), tallies whose parts fit their total
//! (tallyExceedsTotal, tallySumMismatch), and completion rates that agree with them at the
//! rate's own rounding (completionRateMismatch).

use super::{Checker, Code};
use crate::{Indicator, IndicatorKind, Tally};

impl<'r> Checker<'r> {
    pub(super) fn indicators(&mut self, indicators: &[Indicator]) {
        for (i, indicator) in indicators.iter().enumerate() {
            self.at(i, |c| c.indicator(indicator));
        }
    }

    pub(super) fn indicator(&mut self, indicator: &Indicator) {
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

    pub(super) fn value(&mut self, kind: IndicatorKind, value: f64) {
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

    pub(super) fn tally(&mut self, tally: &Tally) {
        if let Some(total) = tally.total {
            self.tally_against_total(tally, total);
        }
        if let Some(rate) = tally.completion_rate {
            self.at("completionRate", |c| c.completion_rate(tally, rate));
        }
    }

    /// The rules that need a stated total (amendment 1: a tally without one is not checked
    /// against the sum of its parts, which may not be all of them).
    pub(super) fn tally_against_total(&mut self, tally: &Tally, total: u32) {
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

    pub(super) fn completion_rate(&mut self, tally: &Tally, rate: f64) {
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
