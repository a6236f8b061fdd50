//! The notice's structure: points, areas and measures numbered 1, 2, 3 … (numberingGap),
//! areas with content (emptyArea), deadlines that say something (emptyDeadline), documents
//! stored without their 《》 (documentBrackets).

use super::{Checker, Code};
use crate::{Area, Deadline, Measure, Point};

impl<'r> Checker<'r> {
    pub(super) fn points(&mut self, points: &[Point]) {
        self.numbering(points.iter().map(|p| p.number), "number", "point");
        for (i, point) in points.iter().enumerate() {
            self.at(i, |c| {
                c.optional_text("heading", point.heading.as_deref());
                c.text("text", &point.text);
            });
        }
    }

    /// Flags the first item of a list not numbered 1, 2, 3 … (numberingGap).
    pub(super) fn numbering(
        &mut self,
        numbers: impl Iterator<Item = u32>,
        field: &'r str,
        what: &str,
    ) {
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

    pub(super) fn areas(&mut self, areas: &[Area]) {
        self.numbering(areas.iter().map(|a| a.number), "number", "area");
        for (i, area) in areas.iter().enumerate() {
            self.at(i, |c| c.area(area));
        }
    }

    pub(super) fn area(&mut self, area: &Area) {
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

    pub(super) fn measure(&mut self, measure: &Measure) {
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

    pub(super) fn deadline(&mut self, deadline: &Deadline) {
        if deadline.is_empty() {
            self.flag(
                Code::EmptyDeadline,
                "the deadline has no `by`, and neither `immediate` nor `ongoing` is true",
            );
        }
    }
}
