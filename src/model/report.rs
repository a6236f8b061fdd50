//! The root of the model ([`RectificationReport`]): one rectification progress notice.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{
    Area, Extensions, Indicator, Inspection, Party, PartyId, Point, ProgressSummary,
    PublicFeedback, Timeline,
};

/// The version of the data contract this crate reads and writes.
pub const SCHEMA_VERSION: &str = "1.0";

/// 整改进展情况通报: a rectification progress notice. After an inspection tour (巡视, 巡察),
/// an audit (审计) or a supervision tour (督察), the inspected body publishes what it has done
/// to fix what was found: who inspected whom and when, the areas of problems with the
/// measures taken for each, the figures achieved, the next steps, and how the public can
/// comment.
///
/// Deserialization checks the shape only; the rules that span fields (timeline order,
/// references between parties, numbering, tallies …) are checked by `validate`, which
/// lists every violation at once.
///
/// # Example
///
/// ```
/// use rectify::{Inspection, InspectionKind, Party, PartyId, PartyKind, RectificationReport, Timeline};
///
/// let issuer = PartyId::new("qy-publicity")?;
/// let report = RectificationReport::new(
///     "中共清远市委宣传部关于八届市委第五轮巡察整改进展情况的通报",
///     issuer.clone(),
///     Inspection::new(InspectionKind::Xuncha, issuer.clone()),
///     Timeline::new(),
///     vec![Party::new(issuer, "中共清远市委宣传部", PartyKind::PartyDepartment)],
/// );
/// assert_eq!(report.schema_version, rectify::SCHEMA_VERSION);
/// // Not valid yet: no areas, no dates, no inspector.
/// assert!(!report.validate().is_valid());
/// # Ok::<(), rectify::PartyIdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct RectificationReport {
    /// 版本: the version of the data contract this report follows ("1.0").
    #[schemars(extend("const" = "1.0"))]
    pub schema_version: String,
    /// 标题: the full title (中共清远市委宣传部关于八届市委第五轮巡察整改进展情况的通报).
    pub title: String,
    /// 发布主体: who publishes and signs the notice, by its id in `parties`.
    pub issuer: PartyId,
    /// 巡视巡察: the inspection this notice answers.
    pub inspection: Inspection,
    /// 时间线: the dates of the process.
    pub timeline: Timeline,
    /// 主体: every body, group or post the notice names (the issuer at least).
    pub parties: Vec<Party>,
    /// 导语: the opening paragraph, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preamble: Option<String>,
    /// 主体责任: section 一, how the body fulfilled its principal responsibility
    /// (履行整改主体责任情况).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibility: Vec<Point>,
    /// 整改任务落实情况: section 二, the rectification areas (at least one, checked by
    /// `validate`: noAreas).
    pub areas: Vec<Area>,
    /// 整改进度: overall completion statistics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<ProgressSummary>,
    /// 数据: figures not tied to one measure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
    /// 下一步工作打算: the next steps.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next_steps: Vec<Point>,
    /// 监督渠道: the channels for public comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_feedback: Option<PublicFeedback>,
    /// 结束语: the closing words, verbatim (欢迎广大干部群众……).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<String>,
    /// 扩展: data this contract does not cover yet, as a free-form JSON object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl RectificationReport {
    /// A report of the current contract version with its required fields; no areas yet.
    pub fn new(
        title: impl Into<String>,
        issuer: PartyId,
        inspection: Inspection,
        timeline: Timeline,
        parties: Vec<Party>,
    ) -> Self {
        Self {
            schema_version: SCHEMA_VERSION.to_owned(),
            title: title.into(),
            issuer,
            inspection,
            timeline,
            parties,
            preamble: None,
            responsibility: Vec::new(),
            areas: Vec::new(),
            progress: None,
            indicators: Vec::new(),
            next_steps: Vec::new(),
            public_feedback: None,
            closing: None,
            extensions: None,
        }
    }

    /// The party with this id, if the report declares one. Takes a [`PartyId`] or a plain
    /// `&str`.
    ///
    /// # Example
    ///
    /// ```
    /// let json = include_str!("../../tests/fixtures/qingyuan-publicity-2025.json");
    /// let report = rectify::from_json_str(json)?;
    /// let issuer = report.party(&report.issuer).unwrap();
    /// assert_eq!(report.party("中共清远市委宣传部"), Some(issuer));
    /// assert_eq!(report.party("no such body"), None);
    /// # Ok::<(), rectify::Error>(())
    /// ```
    pub fn party(&self, id: impl AsRef<str>) -> Option<&Party> {
        let id = id.as_ref();
        self.parties.iter().find(|party| party.id.as_str() == id)
    }

    /// Every measure of the report, sub-areas included, in the notice's order.
    pub fn measures(&self) -> impl Iterator<Item = &crate::Measure> {
        let mut stack: Vec<&Area> = self.areas.iter().rev().collect();
        let mut pending = Vec::new().into_iter();
        std::iter::from_fn(move || {
            loop {
                if let Some(measure) = pending.next() {
                    return Some(measure);
                }
                let area = stack.pop()?;
                stack.extend(area.sub_areas.iter().rev());
                pending = area.measures.iter().collect::<Vec<_>>().into_iter();
            }
        })
    }

    /// Every indicator of the report: those of the measures, then the report's own.
    pub fn all_indicators(&self) -> impl Iterator<Item = &Indicator> {
        self.measures()
            .flat_map(|measure| measure.indicators.iter())
            .chain(self.indicators.iter())
    }
}
