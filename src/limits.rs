//! Bounds on what is read from untrusted input ([`Limits`]): the input's size, how deep
//! areas nest, and how many items a report holds.
//!
//! The loaders ([`from_json_str`](crate::from_json_str) and the others) and the parser
//! ([`text::parse`](crate::text::parse)) apply [`Limits::default`]; a service that takes
//! notices from the open web can set its own with the `_with` variants
//! ([`from_json_slice_with`](crate::from_json_slice_with),
//! [`text::parse_with`](crate::text::parse_with)). The contract sets no bounds: these are
//! the library's, chosen far above any real notice (the largest seen has 3 levels of areas
//! and a few hundred items) and far below what would exhaust a server.
//!
//! Depth also has a bound below these: JSON nested more than 128 arrays and objects deep is
//! refused by the JSON reader itself (serde_json's recursion limit), before any report is
//! built, so no input can overflow the stack. An area inside an area takes two such levels
//! (`subAreas` is an array of objects), so 10,000 nested areas are refused at once, at
//! the place where the nesting passes the limit.
//!
//! Reports built in code are not bounded: serializing, validating, rendering or dropping
//! one nested thousands of areas deep uses the stack in proportion to its depth.

use std::fmt;

use crate::{Area, RectificationReport};

/// Bounds on one input.
///
/// # Example
///
/// ```
/// use rectify::Limits;
///
/// let mut strict = Limits::default();
/// strict.max_input_bytes = 1 << 20;
/// let json = include_bytes!("../tests/fixtures/qingyuan-publicity-2025.json");
/// assert!(rectify::from_json_slice_with(json, &strict).is_ok());
///
/// let mut tiny = Limits::default();
/// tiny.max_items = 50;
/// let error = rectify::from_json_slice_with(json, &tiny).unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "the report holds 147 items (areas, measures, figures, documents, parties, points, \
///      events), more than the limit of 50"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// The largest input, in bytes. Default: 64 MiB (a real notice is 5 to 50 KB).
    pub max_input_bytes: usize,
    /// How deep areas may nest: 1 for areas without sub-areas. Default: 16 (real notices
    /// use 2 or 3).
    pub max_area_depth: usize,
    /// The most items one report may hold: areas, measures, figures, documents, parties,
    /// points and timeline events together. Default: 1,000,000.
    pub max_items: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 64 << 20,
            max_area_depth: 16,
            max_items: 1_000_000,
        }
    }
}

/// Which bound an input passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Limit {
    /// [`Limits::max_input_bytes`].
    InputBytes,
    /// [`Limits::max_area_depth`].
    AreaDepth,
    /// [`Limits::max_items`].
    Items,
}

/// An input beyond one of the [`Limits`]: which, how far, and where. Its parts are read
/// through methods, so that it can grow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct LimitError {
    limit: Limit,
    found: usize,
    max: usize,
    pointer: Option<String>,
}

impl LimitError {
    /// Which bound.
    pub fn limit(&self) -> Limit {
        self.limit
    }

    /// What the input has (bytes, levels, items); for depth, the first level past the
    /// bound.
    pub fn found(&self) -> usize {
        self.found
    }

    /// The bound.
    pub fn max(&self) -> usize {
        self.max
    }

    /// For depth, the JSON Pointer of an area past the bound
    /// (`/areas/0/subAreas/0/subAreas/0`); `None` for the other bounds, which are of the
    /// whole input.
    pub fn pointer(&self) -> Option<&str> {
        self.pointer.as_deref()
    }
}

impl fmt::Display for LimitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let LimitError { found, max, .. } = self;
        match self.limit {
            Limit::InputBytes => write!(
                f,
                "the input is {found} bytes, more than the limit of {max}"
            ),
            Limit::AreaDepth => write!(
                f,
                "areas nest {found} levels deep at {}, more than the limit of {max}",
                self.pointer().unwrap_or("?")
            ),
            Limit::Items => write!(
                f,
                "the report holds {found} items (areas, measures, figures, documents, \
                 parties, points, events), more than the limit of {max}"
            ),
        }
    }
}

impl Limits {
    /// Whether an input of `len` bytes may be read.
    pub(crate) fn check_size(&self, len: usize) -> Result<(), LimitError> {
        if len > self.max_input_bytes {
            return Err(LimitError {
                limit: Limit::InputBytes,
                found: len,
                max: self.max_input_bytes,
                pointer: None,
            });
        }
        Ok(())
    }

    /// Checks a report's area depth and item count, without recursion.
    ///
    /// # Errors
    ///
    /// The first bound the report passes, depth first.
    ///
    /// # Example
    ///
    /// ```
    /// use rectify::{Area, Limit, Limits};
    ///
    /// let json = include_str!("../tests/fixtures/qingyuan-publicity-2025.json");
    /// let mut report = rectify::from_json_str(json)?;
    /// let mut nested = Area::new(1, "外层");
    /// nested.sub_areas.push(Area::new(1, "内层"));
    /// report.areas[0].sub_areas.push(nested);
    ///
    /// let mut flat = Limits::default();
    /// flat.max_area_depth = 2;
    /// let error = flat.check(&report).unwrap_err();
    /// assert_eq!((error.limit(), error.found()), (Limit::AreaDepth, 3));
    /// assert_eq!(error.pointer(), Some("/areas/0/subAreas/0/subAreas/0"));
    /// # Ok::<(), rectify::Error>(())
    /// ```
    pub fn check(&self, report: &RectificationReport) -> Result<(), LimitError> {
        let mut items = report.parties.len()
            + report.responsibility.len()
            + report.next_steps.len()
            + report.indicators.len()
            + report.timeline.events.len();
        // Every load runs this walk: it carries depths only, and the path of an area too
        // deep is found by a second walk, on the rare input that has one.
        let mut stack: Vec<(&Area, usize)> = report.areas.iter().map(|area| (area, 1)).collect();
        while let Some((area, depth)) = stack.pop() {
            if depth > self.max_area_depth {
                return Err(LimitError {
                    limit: Limit::AreaDepth,
                    found: depth,
                    max: self.max_area_depth,
                    pointer: Some(path_at_depth(&report.areas, depth)),
                });
            }
            items += 1 + area.measures.len();
            for measure in &area.measures {
                items += measure.indicators.len() + measure.documents.len();
            }
            stack.extend(area.sub_areas.iter().map(|sub| (sub, depth + 1)));
        }
        if items > self.max_items {
            return Err(LimitError {
                limit: Limit::Items,
                found: items,
                max: self.max_items,
                pointer: None,
            });
        }
        Ok(())
    }
}

/// The JSON Pointer of an area nested `depth` levels deep, found as the walk in
/// [`Limits::check`] finds it (its stack takes the last area first).
fn path_at_depth(areas: &[Area], depth: usize) -> String {
    let mut stack: Vec<(&Area, usize, String)> = areas
        .iter()
        .enumerate()
        .map(|(i, area)| (area, 1, format!("/areas/{i}")))
        .collect();
    while let Some((area, level, path)) = stack.pop() {
        if level == depth {
            return path;
        }
        stack.extend(
            area.sub_areas
                .iter()
                .enumerate()
                .map(|(i, sub)| (sub, level + 1, format!("{path}/subAreas/{i}"))),
        );
    }
    String::new()
}
