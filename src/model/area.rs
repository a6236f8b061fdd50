//! Section 二 of a notice: the rectification areas ([`Area`]), the measures taken in each
//! ([`Measure`]), and what a measure carries: its [`Deadline`], [`Status`], the parties
//! involved ([`MeasureParty`]) and the documents it names ([`Document`]).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{Extensions, Indicator, PartialDate, PartyId};

/// 整改事项: one rectification area, a problem topic of section 二 ("（一）关于……方面"). Areas
/// nest: "1." "2." inside an area are its sub-areas. An area has at least one measure or one
/// sub-area (checked by `validate`: emptyArea).
///
/// # Example
///
/// ```
/// use rectify::{Area, Measure};
///
/// let mut area = Area::new(7, "关于摸清资产管理底数方面");
/// area.measures.push(Measure::new(1, "制定并严格执行《市委宣传部固定资产管理制度》。"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Area {
    /// 序号: the area's number: （一）→ 1 at the top level, 1. → 1 inside an area.
    #[schemars(range(min = 1))]
    #[serde(deserialize_with = "crate::de::positive")]
    pub number: u32,
    /// 标题: the heading as written, without its number (关于加快市级媒体融合发展方面).
    pub title: String,
    /// 问题: the problem found, where the notice states it (问题：……).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    /// 整改状态: how far the rectification of this area has come.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// 整改措施: the measures taken, in the notice's order (一是, 二是 …). A paragraph without
    /// such markers is one measure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<Measure>,
    /// 子事项: the numbered sub-areas (1. 2. …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_areas: Vec<Area>,
    /// 扩展: data this contract does not cover yet, as a free-form JSON object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Area {
    /// An area with its number and title, without measures or sub-areas yet.
    pub fn new(number: u32, title: impl Into<String>) -> Self {
        Self {
            number,
            title: title.into(),
            problem: None,
            status: None,
            measures: Vec::new(),
            sub_areas: Vec::new(),
            extensions: None,
        }
    }
}

/// 整改措施: one measure taken in an area ("一是……").
///
/// # Example
///
/// ```
/// use rectify::{Deadline, Measure, PartialDate, Status};
///
/// let mut measure = Measure::new(2, "修订完善保密管理制度。");
/// measure.status = Some(Status::Completed);
/// measure.deadline = Some(Deadline::by(PartialDate::year(2024)?));
/// # Ok::<(), rectify::DateError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Measure {
    /// 序号: 一是 → 1, 二是 → 2; 1 for an unmarked paragraph.
    #[schemars(range(min = 1))]
    #[serde(deserialize_with = "crate::de::positive")]
    pub ordinal: u32,
    /// 内容: the measure, verbatim, without its marker (一是).
    pub text: String,
    /// 要点: its lead clause (严格执行“第一议题”制度).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// 整改状态: how far this measure has come.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// 整改时限: by when it is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Deadline>,
    /// 责任主体: who leads it, who helps, who is acted on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<MeasureParty>,
    /// 数据: the figures it reports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
    /// 文件: the rules and documents it names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<Document>,
    /// 扩展: data this contract does not cover yet, as a free-form JSON object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Measure {
    /// A measure with its ordinal and text; the rest empty.
    pub fn new(ordinal: u32, text: impl Into<String>) -> Self {
        Self {
            ordinal,
            text: text.into(),
            summary: None,
            status: None,
            deadline: None,
            parties: Vec::new(),
            indicators: Vec::new(),
            documents: Vec::new(),
            extensions: None,
        }
    }
}

/// 整改状态: how far a rectification has come.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Status {
    /// 已完成: completed.
    Completed,
    /// 基本完成: largely completed.
    PartiallyCompleted,
    /// 正在推进: in progress.
    Ongoing,
    /// 长期坚持: to be kept up for the long term.
    LongTerm,
    /// 未完成: not completed, not started.
    NotStarted,
}

/// 整改时限: by when a measure is due. "2024年底前" → `by: "2024"` (by the end of that
/// span); 立行立改 → `immediate`; 长期坚持 → `ongoing`; "2024年底前并长期坚持" → `by` and
/// `ongoing`. At least one must be given (checked by `validate`: emptyDeadline).
///
/// # Example
///
/// ```
/// use rectify::{Deadline, PartialDate};
///
/// let mut deadline = Deadline::by(PartialDate::year(2024)?);
/// deadline.ongoing = Some(true); // 2024年底前并长期坚持
/// # Ok::<(), rectify::DateError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Deadline {
    /// 完成时限: due by the end of this date's span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PartialDate>,
    /// 立行立改: fixed at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub immediate: Option<bool>,
    /// 长期坚持: kept up for the long term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ongoing: Option<bool>,
}

impl Deadline {
    /// Due by the end of `date`'s span.
    pub fn by(date: PartialDate) -> Self {
        Self {
            by: Some(date),
            ..Self::default()
        }
    }

    /// 立行立改: fixed at once.
    pub fn immediate() -> Self {
        Self {
            immediate: Some(true),
            ..Self::default()
        }
    }

    /// 长期坚持: kept up for the long term.
    pub fn ongoing() -> Self {
        Self {
            ongoing: Some(true),
            ..Self::default()
        }
    }

    /// Whether the deadline says nothing: no `by`, and neither flag true.
    pub fn is_empty(&self) -> bool {
        self.by.is_none() && self.immediate != Some(true) && self.ongoing != Some(true)
    }
}

/// 责任主体: a party involved in a measure, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct MeasureParty {
    /// 主体: the party, by its id in the report's `parties`.
    pub party: PartyId,
    /// 角色: its role in the measure.
    pub role: PartyRole,
}

impl MeasureParty {
    /// `party` in `role`.
    pub fn new(party: PartyId, role: PartyRole) -> Self {
        Self { party, role }
    }
}

/// 角色: how a party takes part in a measure.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum PartyRole {
    /// 牵头: leads the measure.
    Lead,
    /// 配合: helps with it.
    Support,
    /// 对象: is acted on (guided, supervised, trained).
    Subject,
}

/// 文件: a rule or document that a measure names ("印发《……》").
///
/// # Example
///
/// ```
/// use rectify::{Document, DocumentAction};
///
/// let doc = Document::new("市委宣传部固定资产管理制度", DocumentAction::Issued);
/// assert!(doc.number.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Document {
    /// 标题: the title, without the 《》 around it.
    pub title: String,
    /// 动作: what the measure did with it.
    pub action: DocumentAction,
    /// 文号: the document's number (清宣〔2024〕12号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
}

impl Document {
    /// A document with its title and the action taken on it.
    pub fn new(title: impl Into<String>, action: DocumentAction) -> Self {
        Self {
            title: title.into(),
            action,
            number: None,
        }
    }
}

/// 动作: what a measure did with a document.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum DocumentAction {
    /// 印发/制定/出台: issued or made.
    Issued,
    /// 修订: revised.
    Revised,
    /// 学习: studied.
    Studied,
    /// 引用/执行: cited, applied or carried out.
    Cited,
}
