//! What inspection a notice answers ([`Inspection`]): its kind, form and round, who
//! inspected whom, and on whose deployment.

use std::num::NonZeroU32;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::PartyId;

/// 巡视巡察: the inspection (or audit, or supervision tour) this notice answers.
///
/// # Example
///
/// ```
/// use rectify::{Inspection, InspectionKind, PartyId};
///
/// let inspection = Inspection::new(InspectionKind::Xuncha, PartyId::new("qy-publicity")?);
/// assert!(inspection.inspector.is_none()); // `needed`: validate reports missingField
/// # Ok::<(), rectify::PartyIdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Inspection {
    /// 类型: what kind of inspection it was.
    pub kind: InspectionKind,
    /// 形式: the form of the inspection (常规, 专项, 回头看 …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<InspectionForm>,
    /// 轮次: the round (八届市委第五轮巡察).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<Round>,
    /// 巡视巡察组: the inspecting group (市委第四巡察组). Needed: `validate` reports
    /// `missingField` when it is absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inspector: Option<PartyId>,
    /// 被巡视巡察单位: the inspected body (市委宣传部).
    pub inspected: PartyId,
    /// 部署: whose deployment the inspection was (市委).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub convened_by: Option<PartyId>,
}

impl Inspection {
    /// An inspection of `kind` of the body `inspected`; the rest empty.
    pub fn new(kind: InspectionKind, inspected: PartyId) -> Self {
        Self {
            kind,
            form: None,
            round: None,
            inspector: None,
            inspected,
            convened_by: None,
        }
    }
}

/// 监督类型: the kind of inspection a notice answers.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum InspectionKind {
    /// 巡视: a party inspection tour by a central or provincial committee.
    Xunshi,
    /// 巡察: a party inspection tour by a city or county committee.
    Xuncha,
    /// 审计: an audit.
    Audit,
    /// 督察: a supervision tour (environmental, land …).
    Supervision,
    /// 其他: any other kind of inspection.
    Other,
}

/// 巡视巡察形式: the form of an inspection.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum InspectionForm {
    /// 常规: a regular inspection.
    Regular,
    /// 专项: a special (thematic) inspection.
    Special,
    /// 回头看: a follow-up ("looking back") inspection.
    FollowUp,
    /// 机动: a mobile (ad hoc) inspection.
    Mobile,
    /// 上下联动: an inspection linked across levels.
    Linked,
}

/// 轮次: the round of an inspection, as labelled in the notice.
///
/// # Example
///
/// ```
/// use std::num::NonZeroU32;
/// use rectify::Round;
///
/// let mut round = Round::new("八届市委第五轮巡察");
/// round.term = NonZeroU32::new(8);
/// round.number = NonZeroU32::new(5);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Round {
    /// 轮次名称: the round as written (八届市委第五轮巡察).
    pub label: String,
    /// 届次: the committee's term (八届 → 8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<NonZeroU32>,
    /// 轮次: the round within the term (第五轮 → 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<NonZeroU32>,
}

impl Round {
    /// A round with its label; term and number not stated.
    pub fn new(label: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            term: None,
            number: None,
        }
    }
}
