//! The channels for public comment ([`PublicFeedback`]).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The pattern a postcode matches: six ASCII digits.
pub const POSTCODE_PATTERN: &str = r"^[0-9]{6}$";

/// 监督渠道: how the public can comment on the rectification, as the notice's closing gives
/// it.
///
/// # Example
///
/// ```
/// // Like every struct of the model, #[non_exhaustive]: built from `default` (or `new`),
/// // its public fields then set.
/// let mut feedback = rectify::PublicFeedback::default();
/// feedback.phone = Some("0763-3374341".into());
/// feedback.postcode = Some("511500".into());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct PublicFeedback {
    /// 联系电话: a Chinese phone number (0763-3374341, 13800138000, 12388); several numbers
    /// may be separated by 、 or ；.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 邮政信箱/通信地址: the postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_address: Option<String>,
    /// 邮政编码: the postcode, six digits (511500).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[0-9]{6}$"))]
    pub postcode: Option<String>,
    /// 电子邮箱: the e-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "email"))]
    pub email: Option<String>,
    /// 网站: a website for comments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}
