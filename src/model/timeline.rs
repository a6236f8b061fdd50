//! The dates of the process ([`Timeline`]): inspection on site, feedback, rectification,
//! publication, public comment.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{PartialDate, Period};

/// 时间线: the dates of the process, in the order
/// inspection.start ≤ inspection.end ≤ feedback ≤ published ≤ publicComment.start ≤
/// publicComment.end, and rectificationDue ≥ feedback (checked by `validate`:
/// timelineOrder).
///
/// # Example
///
/// ```
/// use rectify::{PartialDate, Period, Timeline};
///
/// let mut timeline = Timeline::new();
/// timeline.inspection = Some(Period::new(
///     PartialDate::day(2024, 3, 27)?,
///     PartialDate::day(2024, 6, 28)?,
/// ));
/// timeline.feedback = Some(PartialDate::day(2024, 9, 26)?);
/// timeline.published = Some(PartialDate::day(2025, 10, 16)?);
/// # Ok::<(), rectify::DateError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Timeline {
    /// 巡视巡察期间: the inspection on site (2024-03-27 to 2024-06-28). Needed: `validate`
    /// reports `missingField` when it is absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inspection: Option<Period>,
    /// 反馈: when the feedback was given to the inspected body (2024-09-26). Needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<PartialDate>,
    /// 集中整改期限: the end of the concentrated rectification period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rectification_due: Option<PartialDate>,
    /// 发布日期: the notice's date, as signed (2025-10-16). Needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    /// 公开期限: the window for public comment (2025-10-16 to 2025-11-16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_comment: Option<Period>,
    /// 其他节点: other dated steps of the process (a mobilization meeting, a special
    /// democratic life meeting …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<TimelineEvent>,
}

impl Timeline {
    /// An empty timeline; every date is set by assigning its field.
    pub fn new() -> Self {
        Self::default()
    }
}

/// 节点: another dated step of the process, with exactly one of `date` and `period`
/// (checked by `validate`: eventDate).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct TimelineEvent {
    /// 名称: what happened (召开巡察整改专题民主生活会).
    pub label: String,
    /// 日期: when, for a step on one date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// 期间: when, for a step that lasted a while.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
}

impl TimelineEvent {
    /// A step on one date.
    pub fn on(label: impl Into<String>, date: PartialDate) -> Self {
        Self {
            label: label.into(),
            date: Some(date),
            period: None,
        }
    }

    /// A step over a period.
    pub fn during(label: impl Into<String>, period: Period) -> Self {
        Self {
            label: label.into(),
            date: None,
            period: Some(period),
        }
    }
}
