//! The last reading step: the parties the texts name, registered in the order of first
//! mention, and linked to the measures that name them with their role.

use std::ops::Range;

use crate::{Area, MeasureParty, Party, PartyRole, RectificationReport};

use crate::text::recorder::{Recorder, pointer};
use crate::text::source::{Piece, Span};
use crate::text::values::mentions;
use crate::text::values::parties::Registry;

/// The links found for each measure, in the order [`link`] and [`apply`] walk the measures
/// (areas depth first): party index and role.
pub(crate) type Links = Vec<Vec<(usize, PartyRole)>>;

/// What linking found: the links, and where each party's names are written (party index
/// and place, in the order read; the input's words at the place are the name as written),
/// for the spans of names and aliases.
#[derive(Default)]
pub(crate) struct Found {
    pub(crate) links: Links,
    pub(crate) written: Vec<(usize, Span)>,
}

struct Linker<'r, 'x, 's, 'a> {
    registry: &'r mut Registry,
    issuer: usize,
    rec: &'x mut Recorder<'s, 'a>,
    found: Found,
    /// Room for reading the texts' names, kept from one text to the next.
    scratch: mentions::Scratch,
    /// The pointer of the value being visited: made longer on the way down, cut back on the
    /// way up.
    pointer: String,
    /// The parties the last text registered names, with their roles and where they stand
    /// in the input: room kept from one text to the next.
    registered: Vec<(usize, PartyRole, Option<Piece<'a>>)>,
}

/// Registers every party the report's texts name (points, area titles and problems,
/// measures, next steps, in the order they stand) and gives each measure its links.
pub(crate) fn link(
    report: &RectificationReport,
    registry: &mut Registry,
    issuer: usize,
    rec: &mut Recorder<'_, '_>,
) -> Found {
    let mut linker = Linker {
        registry,
        issuer,
        rec,
        found: Found::default(),
        scratch: mentions::Scratch::default(),
        pointer: String::with_capacity(64),
        registered: Vec::new(),
    };
    linker.points(&report.responsibility, "responsibility");
    for (i, area) in report.areas.iter().enumerate() {
        pointer::push_item(&mut linker.pointer, "areas", i);
        linker.area(area);
        linker.pointer.clear();
    }
    linker.points(&report.next_steps, "nextSteps");
    linker.found
}

impl<'a> Linker<'_, '_, '_, 'a> {
    /// The points of the list field `name` of the report.
    fn points(&mut self, points: &[crate::Point], name: &str) {
        for (i, point) in points.iter().enumerate() {
            pointer::push_item(&mut self.pointer, name, i);
            if let Some(heading) = &point.heading {
                self.register_field(heading, "heading");
            }
            self.register_field(&point.text, "text");
            self.pointer.clear();
        }
    }

    /// The area at the pointer.
    fn area(&mut self, area: &Area) {
        self.register_field(&area.title, "title");
        if let Some(problem) = &area.problem {
            self.register_field(problem, "problem");
        }
        let area_len = self.pointer.len();
        for (k, measure) in area.measures.iter().enumerate() {
            pointer::push_item(&mut self.pointer, "measures", k);
            let mut linked: Vec<(usize, PartyRole)> = Vec::new();
            self.register_field(&measure.text, "text");
            for &(i, role, place) in &self.registered {
                if linked.iter().any(|(j, _)| *j == i) {
                    continue;
                }
                if let Some(place) = place {
                    self.rec.value(
                        pointer::item(&self.pointer, "parties", linked.len()),
                        &[place],
                    );
                }
                linked.push((i, role));
            }
            self.found.links.push(linked);
            self.pointer.truncate(area_len);
        }
        for (j, sub) in area.sub_areas.iter().enumerate() {
            pointer::push_item(&mut self.pointer, "subAreas", j);
            self.area(sub);
            self.pointer.truncate(area_len);
        }
    }

    /// Registers the parties that the field `name` of the value at the pointer names:
    /// [`Linker::register`] with the field's pointer.
    fn register_field(&mut self, text: &str, name: &str) {
        let len = self.pointer.len();
        pointer::push_field(&mut self.pointer, name);
        self.register(text);
        self.pointer.truncate(len);
    }

    /// Registers the parties `text` (the value at the pointer) names, and keeps them in
    /// `registered` with their roles and where they stand in the input.
    fn register(&mut self, text: &str) {
        let mentions = mentions::find(text, &self.registry.known(), &mut self.scratch);
        let multi_line = memchr::memchr(b'\n', text.as_bytes()).is_some();
        self.registered.clear();
        for mention in mentions {
            let i = self.registry.mention(&mention.name);
            if mention.set_up {
                self.registry.mark_set_up(i);
            }
            if mention.place {
                self.registry.mark_place(i);
            }
            if let Some(whole) = mention
                .part_of
                .as_deref()
                .and_then(|n| self.registry.find(n))
            {
                self.registry.set_parent(i, whole);
            }
            self.registry.own_prefix(i, self.issuer);
            let place = locate(
                self.rec,
                &self.pointer,
                text,
                multi_line,
                mention.range.clone(),
            );
            if let Some(place) = &place {
                let span = self.rec.unlocated(place.range());
                self.found.written.push((i, span));
            }
            self.registered.push((i, mention.role, place));
        }
    }
}

/// Where `range` of `text` (the value at `pointer`) stands in the input: at the same offset
/// in the value's span for a one-line value; for a value of several lines (`multi_line`),
/// at the same occurrence of the same words within its span.
fn locate<'a>(
    rec: &Recorder<'_, 'a>,
    pointer: &str,
    text: &str,
    multi_line: bool,
    range: Range<usize>,
) -> Option<Piece<'a>> {
    // The value's text is the input's (verbatim), and so are spans' bytes: the place is found
    // in the input, then given as the piece of the text the phases read.
    let span = rec.spans.get(pointer)?;
    let input: &'a str = rec.source.input;
    let start = if multi_line {
        let words = &text[range.clone()];
        let before = text[..range.start].matches(words).count();
        input
            .get(span.bytes.clone())?
            .match_indices(words)
            .nth(before)
            .map(|(at, _)| span.bytes.start + at)?
    } else {
        span.bytes.start + range.start
    };
    let end = start + range.len();
    (end <= input.len() && input.is_char_boundary(start) && input.is_char_boundary(end))
        .then(|| rec.source.piece_of_input(start..end))
}

/// Sets each measure's links by the parties' final ids, and records where each party's
/// name and aliases are written (the first place each is written as it is).
pub(crate) fn apply(
    report: &mut RectificationReport,
    found: &Found,
    parties: &[Party],
    rec: &mut Recorder<'_, '_>,
) {
    let mut links = found.links.iter();
    for area in &mut report.areas {
        apply_area(area, &mut links, parties);
    }
    // Each name or alias at the first place it is written as it is: a later place of the
    // same words finds their pointer taken. Most names' spans are known from the opening,
    // and a pointer is copied only for a new one.
    let input = rec.source.input;
    let mut pointer = String::new();
    for (i, span) in &found.written {
        let written = input.get(span.bytes.clone()).unwrap_or_default();
        if name_pointer(&parties[*i], *i, written, &mut pointer)
            && !rec.spans.contains_key(&pointer)
        {
            rec.spans.insert(pointer.clone(), span.clone());
        }
    }
}

/// Writes in `pointer` the pointer of the name or alias of `party` (at `index`) that is
/// `written`, if one is: whether one is.
pub(crate) fn name_pointer(
    party: &Party,
    index: usize,
    written: &str,
    pointer: &mut String,
) -> bool {
    let alias = match party.name == written {
        true => None,
        false => match party.aliases.iter().position(|a| a == written) {
            Some(k) => Some(k),
            None => return false,
        },
    };
    pointer.clear();
    pointer::push_item(pointer, "parties", index);
    match alias {
        None => pointer::push_field(pointer, "name"),
        Some(k) => pointer::push_item(pointer, "aliases", k),
    }
    true
}

/// Gives the measures of `area` (and of its sub-areas, depth first) their links, taken in
/// order from `links`.
fn apply_area<'l>(
    area: &mut Area,
    links: &mut impl Iterator<Item = &'l Vec<(usize, PartyRole)>>,
    parties: &[Party],
) {
    for measure in &mut area.measures {
        let found = links.next().map_or(&[][..], Vec::as_slice);
        if !found.is_empty() {
            measure.parties = found
                .iter()
                .map(|(i, role)| MeasureParty::new(parties[*i].id.clone(), *role))
                .collect();
        }
    }
    for sub in &mut area.sub_areas {
        apply_area(sub, links, parties);
    }
}
