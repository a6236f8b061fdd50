//! The timeline: its steps in order (timelineOrder), periods with an end not before their
//! start (emptyPeriod, reversedPeriod), events with a date or a period (eventDate), and
//! nothing after the notice's own date (dateAfterPublication).

use super::{Checker, Code, Seg, Segment};
use crate::{PartialDate, Period, Timeline};

impl<'r> Checker<'r> {
    pub(super) fn timeline(&mut self, timeline: &Timeline) {
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
    pub(super) fn timeline_order(&mut self, timeline: &Timeline) {
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

    pub(super) fn flag_order(
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

    pub(super) fn period(&mut self, period: &Period) {
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

    pub(super) fn not_after_publication<S: Segment<'r>>(&mut self, segment: S, date: &PartialDate) {
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

    pub(super) fn period_not_after_publication(&mut self, period: &Period) {
        if let Some(start) = &period.start {
            self.not_after_publication("start", start);
        }
        if let Some(end) = &period.end {
            self.not_after_publication("end", end);
        }
    }
}
