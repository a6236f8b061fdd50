//! The data contract's types, one module per concept: the report and its parts, as the
//! contract names them (the field names are its JSON names in camelCase).
//!
//! - [`report`]: the report (整改进展情况通报) as a whole;
//! - [`inspection`]: who inspected whom, in which round (巡视, 巡察, 审计, 督察);
//! - [`timeline`]: the dates from inspection to publication, and other events;
//! - [`party`]: the bodies named, with their kinds and levels;
//! - [`area`]: the areas of problems found, their measures, deadlines and documents;
//! - [`indicator`]: the figures achieved (指标);
//! - [`progress`]: the tallies of problems and measures (整改完成情况);
//! - [`point`]: numbered points (responsibility, next steps);
//! - [`feedback`]: the window and channels for public comment (公众监督);
//! - [`date`]: partial dates (a year, a month or a day) and periods.
//!
//! Every type is re-exported at the crate's root (`rectify::Area`, `rectify::PartialDate`),
//! which is the path to use; these modules show the contract's structure.

pub mod area;
pub mod date;
pub mod feedback;
pub mod indicator;
pub mod inspection;
pub mod party;
pub mod point;
pub mod progress;
pub mod report;
pub mod timeline;
