//! The last reading step: the parties the texts name, registered in the order of first
//! mention, and linked to the measures that name them with their role.

use std::collections::BTreeMap;

use crate::{Area, MeasureParty, Party, PartyRole, RectificationReport};

use super::mentions;
use super::parties::Registry;
use super::recorder::Recorder;
use super::source::Piece;

/// The links found for each measure, by the measure's pointer: party index and role.
pub(crate) type Links = BTreeMap<String, Vec<(usize, PartyRole)>>;

/// Registers every party the report's texts name (points, area titles and problems,
/// measures, next steps, in the order they stand) and gives each measure its links.
pub(crate) fn link<'a>(
    report: &RectificationReport,
    registry: &mut Registry,
    issuer: usize,
    rec: &mut Recorder<'_, 'a>,
) -> Links {
    let mut links = Links::new();
    for point in &report.responsibility {
        for text in point.heading.iter().chain([&point.text]) {
            register(text, registry, issuer);
        }
    }
    for (i, area) in report.areas.iter().enumerate() {
        link_area(
            area,
            &format!("/areas/{i}"),
            registry,
            issuer,
            &mut links,
            rec,
        );
    }
    for point in &report.next_steps {
        for text in point.heading.iter().chain([&point.text]) {
            register(text, registry, issuer);
        }
    }
    links
}

/// Registers the parties `text` names, and gives them back with their roles and places.
fn register(
    text: &str,
    registry: &mut Registry,
    issuer: usize,
) -> Vec<(usize, PartyRole, std::ops::Range<usize>)> {
    let found = mentions::find(text, &registry.names());
    let mut out = Vec::new();
    for mention in found {
        let i = registry.mention(&mention.name);
        if mention.set_up {
            registry.mark_set_up(i);
        }
        if mention.place {
            registry.mark_place(i);
        }
        if let Some(whole) = mention.part_of.as_deref().and_then(|n| registry.find(n)) {
            registry.set_parent(i, whole);
        }
        registry.own_prefix(i, issuer);
        out.push((i, mention.role, mention.range));
    }
    out
}

fn link_area<'a>(
    area: &Area,
    pointer: &str,
    registry: &mut Registry,
    issuer: usize,
    links: &mut Links,
    rec: &mut Recorder<'_, 'a>,
) {
    register(&area.title, registry, issuer);
    if let Some(problem) = &area.problem {
        register(problem, registry, issuer);
    }
    for (k, measure) in area.measures.iter().enumerate() {
        let measure_pointer = format!("{pointer}/measures/{k}");
        let mut linked: Vec<(usize, PartyRole)> = Vec::new();
        for (i, role, range) in register(&measure.text, registry, issuer) {
            if linked.iter().any(|(j, _)| *j == i) {
                continue;
            }
            record_span(
                &format!("{measure_pointer}/parties/{}", linked.len()),
                &measure_pointer,
                &measure.text,
                range,
                rec,
            );
            linked.push((i, role));
        }
        if !linked.is_empty() {
            links.insert(measure_pointer, linked);
        }
    }
    for (j, sub) in area.sub_areas.iter().enumerate() {
        link_area(
            sub,
            &format!("{pointer}/subAreas/{j}"),
            registry,
            issuer,
            links,
            rec,
        );
    }
}

/// Records where a link's party is named: the mention's place within the measure's text,
/// which stands in the input at the text's span (a text of several lines is searched).
fn record_span<'a>(
    pointer: &str,
    measure_pointer: &str,
    text: &str,
    range: std::ops::Range<usize>,
    rec: &mut Recorder<'_, 'a>,
) {
    let Some(span) = rec.spans.get(&format!("{measure_pointer}/text")).cloned() else {
        return;
    };
    let source = rec.source.text;
    let start = if text.contains('\n') {
        let name = &text[range.clone()];
        let before = text[..range.start].matches(name).count();
        source[span.bytes.clone()]
            .match_indices(name)
            .nth(before)
            .map(|(at, _)| span.bytes.start + at)
    } else {
        Some(span.bytes.start + range.start)
    };
    if let Some(start) = start {
        let piece = Piece {
            text: &source[start..start + range.len()],
            start,
        };
        rec.value(pointer, &[piece]);
    }
}

/// Sets each measure's links, by the parties' final ids.
pub(crate) fn apply(report: &mut RectificationReport, links: &Links, parties: &[Party]) {
    for (i, area) in report.areas.iter_mut().enumerate() {
        apply_area(area, &format!("/areas/{i}"), links, parties);
    }
}

fn apply_area(area: &mut Area, pointer: &str, links: &Links, parties: &[Party]) {
    for (k, measure) in area.measures.iter_mut().enumerate() {
        if let Some(found) = links.get(&format!("{pointer}/measures/{k}")) {
            measure.parties = found
                .iter()
                .map(|(i, role)| MeasureParty::new(parties[*i].id.clone(), *role))
                .collect();
        }
    }
    for (j, sub) in area.sub_areas.iter_mut().enumerate() {
        apply_area(sub, &format!("{pointer}/subAreas/{j}"), links, parties);
    }
}
