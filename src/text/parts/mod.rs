//! The third phase: the notice's parts read into the report. Takes the outline of the
//! source ([`layout`](crate::text::source::layout): title, opening, sections, items,
//! closing, signature) and gives the report's fields, reading the values of each part
//! with [`values`](crate::text::values) and recording every value's span and every piece
//! of text it could not place ([`Recorder`](crate::text::recorder::Recorder)):
//!
//! - [`header`]: the title (issuer, kind, form, round) and the opening (who inspected
//!   whom, and when);
//! - [`body`]: points, areas, sub-areas and measures, with their summaries, documents,
//!   deadlines, statuses and figures;
//! - [`progress`]: the tallies of problems and measures (反馈问题697个，已完成688个);
//! - [`closing`]: the comment window and contact details;
//! - [`linking`]: the bodies each measure names, linked to the report's parties.

pub(super) mod body;
pub(super) mod closing;
pub(super) mod header;
pub(super) mod linking;
pub(super) mod progress;
