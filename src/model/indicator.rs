//! The figures a notice reports ([`Indicator`]): "超100个", "约90万人次", "排名第10",
//! "完成率98.71%".

use schemars::JsonSchema;
use serde::{Deserialize, Serialize, Serializer};

use crate::{Extensions, Period};

/// 数据: a figure the notice reports, normalized so that figures compare across notices.
///
/// # Example
///
/// ```
/// use rectify::{Indicator, IndicatorKind, Qualifier};
///
/// // 入园游客总人数约90万人次
/// let mut visitors = Indicator::new("清远长隆入园游客总人数", IndicatorKind::Count, 900_000.0);
/// visitors.unit = Some("人次".into());
/// visitors.qualifier = Qualifier::Approximately;
/// visitors.source = Some("入园游客总人数约90万人次".into());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Indicator {
    /// 指标: what is measured (“新清远”客户端下载量).
    pub subject: String,
    /// 类型: what kind of figure it is.
    pub kind: IndicatorKind,
    /// 数值: the value, normalized: 万 and 亿 applied (10万人次 → 100000), a percentage as
    /// its number of percent (98.71% → 98.71), a rank as its place (第10 → 10).
    #[serde(serialize_with = "serialize_number")]
    pub value: f64,
    /// 单位: the measure word or unit as written (名, 人次, 个, 元, %).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// 限定: how exact the figure is (超 → moreThan, 约 → approximately).
    pub qualifier: Qualifier,
    /// 期间: when it applies (2024年以来 → `{"start": "2024"}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// 原文: the phrase it was read from, verbatim (入选“中国好人”3名).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// 扩展: data this contract does not cover yet, as a free-form JSON object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Indicator {
    /// An exact figure of `kind` about `subject`; no unit, period or source yet.
    pub fn new(subject: impl Into<String>, kind: IndicatorKind, value: f64) -> Self {
        Self {
            subject: subject.into(),
            kind,
            value,
            unit: None,
            qualifier: Qualifier::Exact,
            period: None,
            source: None,
            extensions: None,
        }
    }
}

/// 数据类型: what kind of figure an indicator is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum IndicatorKind {
    /// 数量: a count of people, items, events (3名, 350条).
    Count,
    /// 金额: an amount of money (120万元).
    Amount,
    /// 百分比: a percentage, 0–100 (98.71%).
    Percentage,
    /// 排名: a rank, 1 for the first place (排名第10).
    Rank,
    /// 其他: any other figure.
    Other,
}

/// 限定: how exact a figure is, from the words around it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Qualifier {
    /// 精确: exactly this value.
    Exact,
    /// 超过: more than (超, 超过, 逾, 余, 多, 以上).
    MoreThan,
    /// 约: about (约, 左右).
    Approximately,
    /// 近: nearly (近, 接近).
    Nearly,
    /// 不到: less than (不到, 不足).
    LessThan,
}

/// Writes a whole number without a fraction (`1300000`, not `1300000.0`), so that a
/// report's JSON reads as the notice does and round-trips to the same JSON value.
pub(crate) fn serialize_number<S: Serializer>(
    value: &f64,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    // 2^53: beyond it not every integer is exact in an f64, so keep the float form.
    const EXACT_INTEGERS: f64 = 9_007_199_254_740_992.0;
    if value.fract() == 0.0 && value.abs() <= EXACT_INTEGERS {
        // The range check above makes the cast exact.
        #[allow(clippy::cast_possible_truncation)]
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}

/// [`serialize_number`] for optional numbers.
pub(crate) fn serialize_optional_number<S: Serializer>(
    value: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => serialize_number(value, serializer),
        None => serializer.serialize_none(),
    }
}
