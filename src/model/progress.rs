//! Overall completion statistics ([`ProgressSummary`]): "反馈问题697个，已完成688个，
//! 完成率98.71%".

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::indicator::serialize_optional_number;

/// 整改进度: overall completion statistics, where the notice gives them.
///
/// # Example
///
/// ```
/// use rectify::{ProgressSummary, Tally};
///
/// let mut problems = Tally::new(697);
/// problems.completed = Some(688);
/// problems.completion_rate = Some(98.71);
/// let mut progress = ProgressSummary::default();
/// progress.problems = Some(problems);
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ProgressSummary {
    /// 反馈问题: the problems in the feedback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problems: Option<Tally>,
    /// 整改措施: the rectification measures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measures: Option<Tally>,
    /// 建立完善制度: rules made or revised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules_established: Option<u32>,
}

/// 计数: how many of a total are in each state. Where the notice states the total, the
/// parts never exceed it (tallyExceedsTotal), all four given add up to it
/// (tallySumMismatch), and completionRate is completed / total × 100 at the rate's own
/// rounding (completionRateMismatch, a warning). Notices often give only the parts
/// ("已完成整改40个，正在整改3个") or only a rate: then `total` is absent (contract
/// amendment 1), never the sum of the parts, which may not be all of them.
///
/// # Example
///
/// ```
/// use rectify::Tally;
///
/// // "已完成整改40个，正在整改3个": parts without a total.
/// let mut tally = Tally::default();
/// tally.completed = Some(40);
/// tally.ongoing = Some(3);
/// assert_eq!(tally.total, None);
/// assert_eq!(serde_json::to_string(&tally)?, r#"{"completed":40,"ongoing":3}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Tally {
    /// 总数: how many in all, where the notice states it (反馈问题45个); absent when it gives
    /// only parts or a rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u32>,
    /// 已完成: how many are completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<u32>,
    /// 基本完成: how many are largely completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partially_completed: Option<u32>,
    /// 正在推进: how many are in progress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ongoing: Option<u32>,
    /// 未完成: how many are not started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_started: Option<u32>,
    /// 完成率: the completion rate in percent, 0–100 (98.71).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_optional_number"
    )]
    #[schemars(range(min = 0, max = 100))]
    pub completion_rate: Option<f64>,
}

impl Tally {
    /// A tally of a stated `total`, with no parts given yet. [`Tally::default`] is one
    /// without a total.
    pub fn new(total: u32) -> Self {
        Self {
            total: Some(total),
            ..Self::default()
        }
    }

    /// The parts that are given, with their JSON field names, in the contract's order.
    pub fn parts(&self) -> impl Iterator<Item = (&'static str, u32)> {
        [
            ("completed", self.completed),
            ("partiallyCompleted", self.partially_completed),
            ("ongoing", self.ongoing),
            ("notStarted", self.not_started),
        ]
        .into_iter()
        .filter_map(|(name, part)| part.map(|part| (name, part)))
    }
}
