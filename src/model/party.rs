//! The bodies, groups and posts a notice names ([`Party`]) and how the report refers to
//! them ([`PartyId`]).
//!
//! A notice names the same body in several ways (中共清远市委宣传部, 市委宣传部, 部); the report
//! lists it once in `parties`, with its other names as [`aliases`](Party::aliases), and
//! refers to it everywhere else by its [`PartyId`].

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

use crate::Extensions;

/// The pattern every [`PartyId`] matches: at least one character, none of them whitespace.
///
/// Whitespace is spelled out as the 25 code points of Unicode's `White_Space` property (what
/// Rust's `char::is_whitespace` tests) rather than `\S`, because `\s` means a different set
/// in each regex engine that reads the schema: ECMAScript's (ajv) adds U+FEFF and leaves out
/// U+0085, Python's adds U+001C–U+001F. A class of code points means the same in all of them.
pub const PARTY_ID_PATTERN: &str =
    r"^[^\t\n\u000B\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+$";

/// 主体标识: the identifier of a party within one report: a non-empty string without
/// whitespace, unique within the report's `parties`. The contract leaves its form free;
/// short ASCII slugs (`qy-publicity`) or the body's name itself both work.
///
/// # Example
///
/// ```
/// use rectify::PartyId;
///
/// let id = PartyId::new("qy-publicity")?;
/// assert_eq!(id.as_str(), "qy-publicity");
/// assert!(PartyId::new("two words").is_err());
/// assert!(PartyId::new("").is_err());
/// # Ok::<(), rectify::PartyIdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct PartyId(String);

/// Why a string is not a [`PartyId`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PartyIdError {
    /// The id is the empty string.
    #[error("a party id must not be empty")]
    Empty,
    /// The id contains whitespace.
    #[error("a party id must not contain whitespace: `{0}`")]
    Whitespace(String),
}

impl PartyId {
    /// Checks `id` and wraps it.
    ///
    /// # Errors
    ///
    /// [`PartyIdError`] when `id` is empty or contains whitespace (Unicode whitespace
    /// included, such as the ideographic space U+3000).
    ///
    /// # Example
    ///
    /// ```
    /// let id = rectify::PartyId::new("市委宣传部")?;
    /// assert_eq!(id.to_string(), "市委宣传部");
    /// # Ok::<(), rectify::PartyIdError>(())
    /// ```
    pub fn new(id: impl Into<String>) -> Result<Self, PartyIdError> {
        let id = id.into();
        if id.is_empty() {
            Err(PartyIdError::Empty)
        } else if id.chars().any(char::is_whitespace) {
            Err(PartyIdError::Whitespace(id))
        } else {
            Ok(Self(id))
        }
    }

    /// The id as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PartyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for PartyId {
    type Err = PartyIdError;

    fn from_str(id: &str) -> Result<Self, Self::Err> {
        Self::new(id)
    }
}

impl TryFrom<String> for PartyId {
    type Error = PartyIdError;

    fn try_from(id: String) -> Result<Self, Self::Error> {
        Self::new(id)
    }
}

impl From<PartyId> for String {
    fn from(id: PartyId) -> Self {
        id.0
    }
}

impl AsRef<str> for PartyId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl JsonSchema for PartyId {
    fn schema_name() -> Cow<'static, str> {
        "PartyId".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "minLength": 1,
            "pattern": PARTY_ID_PATTERN,
            "description": "主体标识: the identifier of a party within this report: a non-empty \
                string without whitespace, unique within the report's `parties` \
                (checked by `validate`: duplicatePartyId, unknownParty)."
        })
    }
}

/// 主体: a body, group or post that the notice names: the issuer, the inspection group, a
/// newspaper, a leading group, a post such as 部主要负责同志.
///
/// # Example
///
/// ```
/// use rectify::{Party, PartyId, PartyKind};
///
/// let mut party = Party::new(PartyId::new("qy-daily")?, "清远日报社", PartyKind::PublicInstitution);
/// party.aliases.push("清远日报".into());
/// # Ok::<(), rectify::PartyIdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Party {
    /// 标识: the party's identifier, unique within the report.
    pub id: PartyId,
    /// 名称: the name as written in the notice (清远日报社).
    pub name: String,
    /// 别称: other names for the same body in the notice: full name vs short name
    /// (中共清远市委宣传部 / 市委宣传部 / 部).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// 类型: what kind of body, group or post it is.
    pub kind: PartyKind,
    /// 上级: the body it belongs to (a leading group belongs to its department).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<PartyId>,
    /// 层级: the administrative level it sits at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// 扩展: data this contract does not cover yet, as a free-form JSON object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Extensions>,
}

impl Party {
    /// A party with its required fields; the rest empty.
    pub fn new(id: PartyId, name: impl Into<String>, kind: PartyKind) -> Self {
        Self {
            id,
            name: name.into(),
            aliases: Vec::new(),
            kind,
            parent: None,
            level: None,
            extensions: None,
        }
    }

    /// The name and every alias, in that order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// 主体类型: what kind of body, group or post a party is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum PartyKind {
    /// 党委/党组: a party committee or leading party group (市委, 县委, 党组).
    PartyCommittee,
    /// 党委部门: a department of a party committee (市委宣传部, 市委办).
    PartyDepartment,
    /// 巡视巡察组: an inspection group (市委第四巡察组).
    InspectionGroup,
    /// 纪委监委: a discipline inspection and supervision commission.
    DisciplineCommission,
    /// 政府部门: a government agency (市财政局).
    GovernmentAgency,
    /// 事业单位: a public institution (清远日报社, 清远广播电视台).
    PublicInstitution,
    /// 企业: an enterprise (清远长隆).
    Enterprise,
    /// 协会/社会组织: an association or social organization.
    Association,
    /// 领导小组/专班: a leading group or task force (巡察整改工作领导小组).
    LeadingGroup,
    /// 科室: an internal unit of a body (各科室).
    InternalUnit,
    /// 职务: a post (部主要负责同志, 常务副部长).
    Post,
    /// 其他: any other kind of party (a county, a city as a place).
    Other,
}

/// 层级: the administrative level of a party.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Level {
    /// 中央: central.
    Central,
    /// 省级: provincial.
    Provincial,
    /// 市级: municipal (prefecture-level city).
    Municipal,
    /// 县级: county (county, county-level city, district).
    County,
    /// 乡镇: township.
    Township,
    /// 村: village.
    Village,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The schema's pattern and the loader's check agree on every code point.
    #[test]
    fn pattern_excludes_exactly_rust_whitespace() {
        let pattern = regex::Regex::new(PARTY_ID_PATTERN).unwrap();
        let disagreements: Vec<char> = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| pattern.is_match(&c.to_string()) == c.is_whitespace())
            .collect();
        assert!(disagreements.is_empty(), "{disagreements:?}");
        assert!(PartyId::new("\u{FEFF}id").is_ok());
        assert!(PartyId::new("a\u{85}b").is_err());
    }
}
