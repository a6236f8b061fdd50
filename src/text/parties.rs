//! The parties a notice names, each once: a registry that merges a body's full and short
//! names (中共清远市委宣传部 / 市委宣传部) and reads a kind and a level from the name.

use crate::{Level, Party, PartyId, PartyKind};

/// The parties found so far, in the order of first mention.
#[derive(Debug, Default)]
pub(crate) struct Registry {
    pub(crate) parties: Vec<Party>,
}

/// A party's id: its name, without blanks. Names are what the notice gives; an id made
/// from them is stable across parses and needs no table of abbreviations.
pub(crate) fn id_for(name: &str) -> PartyId {
    let compact: String = name
        .chars()
        .filter(|c| !super::source::is_blank(*c))
        .collect();
    PartyId::new(compact).unwrap_or_else(|_| PartyId::new("unnamed").expect("a valid id"))
}

impl Registry {
    /// The id of the party called `name`: a party already named so (or by a name that ends
    /// with it, as 中共清远市委宣传部 ends with 市委宣传部, which becomes an alias), or a new one.
    pub(crate) fn mention(&mut self, name: &str) -> PartyId {
        if let Some(party) = self.find(name) {
            return party.id.clone();
        }
        let short = canonical(name);
        let shorter_of = self.parties.iter_mut().find(|p| {
            canonical(&p.name).ends_with(&short) && short.chars().count() >= 3 && p.name != name
        });
        if let Some(party) = shorter_of {
            party.aliases.push(name.to_owned());
            return party.id.clone();
        }
        let mut party = Party::new(id_for(name), name, kind_of(name));
        party.level = level_of(name);
        let id = party.id.clone();
        self.parties.push(party);
        id
    }

    /// The party with this name or alias.
    pub(crate) fn find(&self, name: &str) -> Option<&Party> {
        self.parties
            .iter()
            .find(|p| p.name == name || p.aliases.iter().any(|a| a == name))
    }

    /// Sets `child`'s parent to `parent` when one of `child`'s names starts with `parent`'s
    /// name (市委第四巡察组 and 市委宣传部 belong to 市委), or `always`.
    pub(crate) fn belongs_to(&mut self, child: &PartyId, parent: &PartyId, always: bool) {
        if child == parent {
            return;
        }
        let Some(parent_name) = self
            .parties
            .iter()
            .find(|p| &p.id == parent)
            .map(|p| p.name.clone())
        else {
            return;
        };
        if let Some(party) = self.parties.iter_mut().find(|p| &p.id == child) {
            let named_under = std::iter::once(&party.name)
                .chain(&party.aliases)
                .any(|n| n.starts_with(&parent_name) && n.len() > parent_name.len());
            if party.parent.is_none() && (always || named_under) {
                party.parent = Some(parent.clone());
            }
        }
    }
}

/// A party committee's name in one form, so that its full and short names can be matched:
/// without 中共, and with 委员会 written 党委 (工作委员会 → 党工委). 中共北岭镇委员会 →
/// 北岭镇党委, 中共西林县教育局委员会 → 西林县教育局党委 (which ends with 县教育局党委).
fn canonical(name: &str) -> String {
    let name = name.strip_prefix("中共").unwrap_or(name);
    if let Some(stem) = name.strip_suffix("工作委员会") {
        format!("{stem}党工委")
    } else if let Some(stem) = name.strip_suffix("委员会") {
        format!("{stem}党委")
    } else {
        name.to_owned()
    }
}

/// What kind of body a name says it is, from its last words.
pub(crate) fn kind_of(name: &str) -> PartyKind {
    let ends = |words: &[&str]| words.iter().any(|w| name.ends_with(w));
    if ends(&["巡视组", "巡察组", "督察组", "审计组"]) {
        PartyKind::InspectionGroup
    } else if name.contains("纪委") || name.contains("监委") || name.contains("纪律检查委员会")
    {
        PartyKind::DisciplineCommission
    } else if ends(&["领导小组", "工作专班", "专班", "领导小组办公室"]) {
        PartyKind::LeadingGroup
    } else if ends(&[
        "党委",
        "党组",
        "党工委",
        "市委",
        "县委",
        "省委",
        "区委",
        "州委",
        "委员会",
    ]) {
        PartyKind::PartyCommittee
    } else if name.contains('委') && ends(&["部", "办", "办公室"]) {
        PartyKind::PartyDepartment
    } else if ends(&["局", "厅", "署", "政府", "委", "办公室", "办"]) {
        PartyKind::GovernmentAgency
    } else if ends(&["社", "台", "中心", "院", "馆", "学校", "医院"]) {
        PartyKind::PublicInstitution
    } else if ends(&["公司", "集团"]) {
        PartyKind::Enterprise
    } else if ends(&["协会", "学会", "联合会", "商会"]) {
        PartyKind::Association
    } else if ends(&["科", "室", "处", "股"]) {
        PartyKind::InternalUnit
    } else if ends(&["同志", "负责人", "书记", "部长", "局长", "主任", "主要领导"])
    {
        PartyKind::Post
    } else {
        PartyKind::Other
    }
}

/// The administrative level a name says (中央, 省, 市, 县/区, 镇/乡, 村): the first such word.
pub(crate) fn level_of(name: &str) -> Option<Level> {
    if ["中共中央", "中央", "国务院", "全国", "国家"]
        .iter()
        .any(|w| name.starts_with(w))
    {
        return Some(Level::Central);
    }
    let by_character = name.chars().find_map(|c| match c {
        '省' => Some(Level::Provincial),
        '市' | '州' => Some(Level::Municipal),
        '县' | '区' => Some(Level::County),
        '镇' | '乡' => Some(Level::Township),
        '村' => Some(Level::Village),
        _ => None,
    });
    by_character.or_else(|| name.contains("街道").then_some(Level::Township))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_and_short_names_are_one_party() {
        let mut registry = Registry::default();
        let full = registry.mention("中共清远市委宣传部");
        let committee = registry.mention("市委");
        let group = registry.mention("市委第四巡察组");
        assert_eq!(registry.mention("市委宣传部"), full);
        assert_eq!(registry.parties.len(), 3);
        assert_eq!(registry.parties[0].aliases, ["市委宣传部"]);
        registry.belongs_to(&group, &committee, false);
        registry.belongs_to(&full, &committee, false);
        assert!(
            registry
                .parties
                .iter()
                .all(|p| p.id == committee || p.parent.as_ref() == Some(&committee))
        );
    }

    #[test]
    fn kinds_and_levels_from_names() {
        assert_eq!(kind_of("中共清远市委宣传部"), PartyKind::PartyDepartment);
        assert_eq!(kind_of("市委第四巡察组"), PartyKind::InspectionGroup);
        assert_eq!(kind_of("市委"), PartyKind::PartyCommittee);
        assert_eq!(kind_of("某市审计局"), PartyKind::GovernmentAgency);
        assert_eq!(kind_of("清远日报社"), PartyKind::PublicInstitution);
        assert_eq!(level_of("中共清远市委宣传部"), Some(Level::Municipal));
        assert_eq!(level_of("省委第二巡视组"), Some(Level::Provincial));
        assert_eq!(level_of("清远日报社"), None);
    }
}
