//! Numbered items of section 一 and of the next steps ([`Point`]).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// 要点: a numbered item of section 一 (how principal responsibility was fulfilled) or of the
/// next steps (下一步工作打算). "（一）强化理论学习，提高政治站位。深入学习……" → number 1,
/// heading "强化理论学习，提高政治站位", text "深入学习……".
///
/// # Example
///
/// ```
/// let mut point = rectify::Point::new(1, "深入学习贯彻……");
/// point.heading = Some("强化理论学习，提高政治站位".into());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Point {
    /// 序号: （一）→ 1.
    #[schemars(range(min = 1))]
    #[serde(deserialize_with = "crate::de::positive")]
    pub number: u32,
    /// 小标题: the heading, without its number and closing 。.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// 内容: the rest of the item, verbatim.
    pub text: String,
}

impl Point {
    /// A point with its number and text, without a heading.
    pub fn new(number: u32, text: impl Into<String>) -> Self {
        Self {
            number,
            heading: None,
            text: text.into(),
        }
    }
}
