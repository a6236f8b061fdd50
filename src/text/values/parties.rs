//! The parties a notice names, each once: a registry that merges a body's names (中共清远市委
//! 宣传部 / 市委宣传部 / 部; 清远日报社 / 清远日报; 部主要负责同志 / 部主要领导), keeps the fullest
//! as the name, and at the end gives each its id, kind, level and parent.

use std::borrow::Cow;

use crate::{Level, Party, PartyId, PartyKind};

use crate::text::values::mentions::{Known, KnownIndex, LEXICON};

/// A party while the notice is read; it gets its id when reading ends, since a fuller name
/// may still come.
#[derive(Debug, Clone)]
struct Entry {
    name: String,
    /// The name's [`canonical`] form, made once: every new mention is compared with it.
    /// `None` when it is the name itself, as most are.
    canonical: Option<String>,
    aliases: Vec<String>,
    parent: Option<usize>,
    /// Set up by the issuer (成立……).
    set_up: bool,
    /// A place named for a result it achieved.
    place: bool,
}

/// The parties found so far, in the order of first mention, by index.
#[derive(Default)]
pub(crate) struct Registry {
    entries: Vec<Entry>,
    /// The names to look for (not places'), kept up to date as names are added.
    known: KnownIndex,
}

/// A party's id: its name, without blanks. Names are what the notice gives; an id made from
/// them is stable across parses and needs no table of abbreviations.
pub(crate) fn id_for(name: &str) -> PartyId {
    let is_blank = crate::text::source::is_blank;
    // Most names have no blank: they are copied whole, not rebuilt a character at a time.
    let compact: String = if name.contains(is_blank) {
        name.chars().filter(|c| !is_blank(*c)).collect()
    } else {
        name.to_owned()
    };
    PartyId::new(compact).unwrap_or_else(|_| PartyId::new("unnamed").expect("a valid id"))
}

/// One form for the names of one body, so that its full and short names can be matched:
/// without 中共; 委员会 written 党委 (工作委员会 → 党工委); a post's 主要负责同志 and 主要领导
/// alike; 日报社 as 日报; a group's number before the kind of tour (巡察二组 → 第二巡察组).
/// 中共北岭镇委员会 → 北岭镇党委; 部主要领导 → 部主要.
fn canonical(name: &str) -> Cow<'_, str> {
    let name = name.strip_prefix("中共").unwrap_or(name);
    let name = if let Some(stem) = name.strip_suffix("工作委员会") {
        Cow::Owned(format!("{stem}党工委"))
    } else if let Some(stem) = name.strip_suffix("委员会") {
        Cow::Owned(format!("{stem}党委"))
    } else {
        Cow::Borrowed(name)
    };
    // 市委巡察二组 is 市委第二巡察组.
    let name = match group_numbered_after(&name) {
        Some((committee, kind, number)) => Cow::Owned(format!("{committee}第{number}{kind}组")),
        None => name,
    };
    for (long, short) in [
        ("主要负责同志", "主要"),
        ("主要负责人", "主要"),
        ("主要领导", "主要"),
        ("日报社", "日报"),
    ] {
        if let Some(stem) = name.strip_suffix(long) {
            return Cow::Owned(format!("{stem}{short}"));
        }
    }
    name
}

/// The canonical `form` of `name` as an entry keeps it: nothing when it is the name.
fn kept_form(form: Cow<'_, str>, name: &str) -> Option<String> {
    (form != name).then(|| form.into_owned())
}

impl Entry {
    /// The name's canonical form.
    fn form(&self) -> &str {
        self.canonical.as_deref().unwrap_or(&self.name)
    }
}

/// A group named with its number after the kind of tour (市委巡察二组, 省委巡视三组): the
/// committee, the kind (巡察 or 巡视) and the number, as written.
fn group_numbered_after(name: &str) -> Option<(&str, &str, &str)> {
    let stem = name.strip_suffix('组')?;
    let number_start = stem
        .char_indices()
        .rev()
        .take_while(|(_, c)| crate::text::values::numerals::is_chinese_numeral(*c))
        .last()
        .map(|(at, _)| at)?;
    let (before, number) = stem.split_at(number_start);
    ["巡察", "巡视"]
        .into_iter()
        .find_map(|kind| Some((before.strip_suffix(kind)?, kind, number)))
        .filter(|(committee, _, _)| !committee.is_empty())
}

/// Whether two names, in their [`canonical`] forms, are one body's: one's form ends with the
/// other's (at least three characters: 各科室 in 部机关各科室).
fn same_body(a: &str, b: &str) -> bool {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    long.ends_with(short) && short.chars().count() >= 3
}

impl Registry {
    /// The index of the party called `name`: one already known by this name or another form
    /// of it (which becomes an alias; the fuller form becomes the name), or a new one.
    pub(crate) fn mention(&mut self, name: &str) -> usize {
        if let Some(i) = self.find(name) {
            return i;
        }
        let form = canonical(name);
        if let Some(i) = self.entries.iter().position(|e| same_body(e.form(), &form)) {
            let entry = &mut self.entries[i];
            if name.chars().count() > entry.name.chars().count() {
                let shorter = std::mem::replace(&mut entry.name, name.to_owned());
                entry.canonical = kept_form(form, name);
                entry.aliases.insert(0, shorter);
                // Every alias moved one place on.
                self.index_anew(i);
            } else {
                entry.aliases.push(name.to_owned());
                if !entry.place {
                    self.known.add((i, entry.aliases.len()), name);
                }
            }
            return i;
        }
        self.entries.push(Entry {
            name: name.to_owned(),
            canonical: kept_form(form, name),
            aliases: Vec::new(),
            parent: None,
            set_up: false,
            place: false,
        });
        let i = self.entries.len() - 1;
        self.known.add((i, 0), name);
        i
    }

    /// Indexes the names of party `i` anew (none for a place: a place counts only where it
    /// achieves something, not inside a longer place's name, 清远市蟠龙剧院).
    fn index_anew(&mut self, i: usize) {
        self.known.remove_party(i);
        let entry = &self.entries[i];
        if entry.place {
            return;
        }
        self.known.add((i, 0), &entry.name);
        for (k, alias) in entry.aliases.iter().enumerate() {
            self.known.add((i, k + 1), alias);
        }
    }

    /// The index of the party with this name or alias.
    pub(crate) fn find(&self, name: &str) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| e.name == name || e.aliases.iter().any(|a| a == name))
    }

    /// Every name and alias known so far, but places'.
    pub(crate) fn known<'r>(&'r self) -> Known<'r, impl Fn((usize, usize)) -> &'r str> {
        let entries = &self.entries;
        self.known.names(|(i, slot)| match slot {
            0 => entries[i].name.as_str(),
            k => entries[i].aliases[k - 1].as_str(),
        })
    }

    pub(crate) fn set_parent(&mut self, child: usize, parent: usize) {
        if child != parent && self.entries[child].parent.is_none() {
            self.entries[child].parent = Some(parent);
        }
    }

    pub(crate) fn mark_set_up(&mut self, i: usize) {
        self.entries[i].set_up = true;
    }

    pub(crate) fn mark_place(&mut self, i: usize) {
        self.entries[i].place = true;
        self.known.remove_party(i);
    }

    /// A name that starts with the issuer's one-character self-reference (部主要负责同志 in the
    /// notice of a 宣传部) belongs to the issuer, and that character becomes an alias of it.
    pub(crate) fn own_prefix(&mut self, i: usize, issuer: usize) {
        let Some(last) = self.entries[issuer]
            .name
            .chars()
            .last()
            .filter(|c| matches!(c, '部' | '局' | '委' | '厅' | '办'))
        else {
            return;
        };
        if i != issuer
            && self.entries[i].name.starts_with(last)
            && self.entries[i].name.chars().count() > 2
        {
            self.set_parent(i, issuer);
            let mut short = [0; 4];
            let short = &*last.encode_utf8(&mut short);
            if !self.entries[issuer].aliases.iter().any(|a| a == short) {
                // One character: no name to look for, so the index stays as it is.
                self.entries[issuer].aliases.push(short.to_owned());
            }
        }
    }

    /// The parties, with ids from their names, kinds and levels read from their names, and
    /// parents: the party whose name theirs starts with (市委第四巡察组 → 市委), or, for posts,
    /// internal units, study groups and the groups it set up, the issuer.
    pub(crate) fn finish(mut self, issuer: usize) -> Vec<Party> {
        let names = self.names_of_two_or_more();
        let parents: Vec<Option<usize>> = (0..self.entries.len())
            .map(|i| self.named_under(i, &names))
            .collect();
        for (i, parent) in parents.into_iter().enumerate() {
            if let Some(parent) = parent {
                self.set_parent(i, parent);
            }
        }
        let issuer_city = city_of(&self.entries[issuer].name);
        let kinds: Vec<PartyKind> = self.entries.iter().map(|e| kind_of(&e.name)).collect();
        for (i, kind) in kinds.iter().enumerate() {
            let internal = matches!(kind, PartyKind::Post | PartyKind::InternalUnit)
                || self.entries[i].name.ends_with("中心组")
                || self.entries[i].set_up;
            if internal && i != issuer {
                self.set_parent(i, issuer);
            }
        }
        let mut levels: Vec<Option<Level>> = self
            .entries
            .iter()
            .map(|e| {
                lexicon(&e.name)
                    .map(|(_, level)| level)
                    .or_else(|| place_level(e, issuer_city.as_deref()))
                    .or_else(|| level_of(&e.name))
            })
            .collect();
        // A party named without a level is at its parent's, else at the issuer's.
        for _ in 0..self.entries.len() {
            for i in 0..self.entries.len() {
                if levels[i].is_none() {
                    levels[i] = self.entries[i].parent.and_then(|p| levels[p]);
                }
            }
        }
        let issuer_level = levels[issuer];
        let ids: Vec<PartyId> = self.entries.iter().map(|e| id_for(&e.name)).collect();
        // A parent's id is copied; each party's own is moved into it.
        let parents: Vec<Option<PartyId>> = (self.entries.iter())
            .map(|e| e.parent.map(|p| ids[p].clone()))
            .collect();
        (self.entries.into_iter().zip(ids).zip(parents))
            .enumerate()
            .map(|(i, ((entry, id), parent))| {
                let kind = lexicon(&entry.name).map_or(kinds[i], |(kind, _)| kind);
                let mut party = Party::new(id, entry.name, kind);
                party.aliases = entry.aliases;
                party.parent = parent;
                party.level = levels[i].or(issuer_level);
                party
            })
            .collect()
    }

    /// The party whose name (or alias, two characters or more) is the longest start of
    /// party `i`'s name or aliases. `names` are every party's names of two characters or
    /// more, with its index, as [`Registry::names_of_two_or_more`] gives them.
    fn named_under(&self, i: usize, names: &[(usize, &str)]) -> Option<usize> {
        let entry = &self.entries[i];
        let own = || std::iter::once(&entry.name).chain(&entry.aliases);
        // Lengths first: most pairs of names are told apart without comparing them. A name
        // as long as the longest of the party's own starts none of them.
        let longest = own().map(String::len).max().unwrap_or(0);
        // The longest name that starts one of the party's own; of names as long, the last.
        let mut found: Option<(usize, usize)> = None;
        for (j, n) in names {
            let shorter_than_found = found.is_some_and(|(_, len)| n.len() < len);
            if *j == i || n.len() >= longest || shorter_than_found {
                continue;
            }
            if own().any(|o| o.len() > n.len() && o.starts_with(n)) {
                found = Some((*j, n.len()));
            }
        }
        found.map(|(j, _)| j)
    }

    /// Every party's name and aliases of two characters or more, with the party's index, in
    /// the registry's order.
    fn names_of_two_or_more(&self) -> Vec<(usize, &str)> {
        let two_or_more = |n: &&String| n.chars().nth(1).is_some();
        (self.entries.iter().enumerate())
            .flat_map(|(j, e)| {
                (std::iter::once(&e.name).chain(&e.aliases))
                    .filter(two_or_more)
                    .map(move |n| (j, n.as_str()))
            })
            .collect()
    }

    /// The id the party at `i` will have.
    pub(crate) fn id(&self, i: usize) -> PartyId {
        id_for(&self.entries[i].name)
    }
}

/// A well-known name's kind and level.
fn lexicon(name: &str) -> Option<(PartyKind, Level)> {
    LEXICON
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, kind, level)| (*kind, *level))
}

/// The city in a name: 清远市 in 中共清远市委宣传部.
fn city_of(name: &str) -> Option<String> {
    let name = name.strip_prefix("中共").unwrap_or(name);
    let at = name.find('市')?;
    Some(name[..at + '市'.len_utf8()].to_owned())
}

/// A place's level: a city other than the issuer's own, in a notice of a city's body, is a
/// county-level city (英德市 in a notice of 清远市).
fn place_level(entry: &Entry, issuer_city: Option<&str>) -> Option<Level> {
    if !entry.place {
        return None;
    }
    match (entry.name.ends_with('市'), issuer_city) {
        (true, Some(city)) if city != entry.name => Some(Level::County),
        _ => None,
    }
}

/// What kind of body a name says it is, from its last words.
pub(crate) fn kind_of(name: &str) -> PartyKind {
    let ends = |words: &[&str]| words.iter().any(|w| name.ends_with(w));
    // 市委第四巡察组, and also 市委第八轮巡察二组, 市委提级巡察第四组.
    let numbered_group = name.strip_suffix('组').is_some_and(|stem| {
        let stem = stem.trim_end_matches(|c: char| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
                )
        });
        let stem = stem.strip_suffix('第').unwrap_or(stem);
        ["巡视", "巡察", "督察", "审计"]
            .iter()
            .any(|k| stem.ends_with(k))
    });
    if ends(&["巡视组", "巡察组", "督察组", "审计组"]) || numbered_group {
        PartyKind::InspectionGroup
    } else if name.contains('委')
        && (name.contains("纪委") || name.contains("监委") || name.contains("纪律检查委员会"))
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
    } else if ends(&["局", "厅", "署", "政府", "委", "办公室", "办", "财政"]) {
        PartyKind::GovernmentAgency
    } else if ends(&["社", "台", "中心", "学校", "医院", "学院", "研究院"]) {
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

/// The administrative level a name says (中央, 省, 市, 县/区, 镇/乡/街道, 村): the first such
/// word.
pub(crate) fn level_of(name: &str) -> Option<Level> {
    if [
        "中共中央",
        "中央",
        "国务院",
        "全国",
        "国家",
        "中国",
        "央视",
        "央广",
    ]
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
        let daily = registry.mention("清远日报");
        assert_eq!(registry.mention("清远日报社"), daily);
        let head = registry.mention("部主要负责同志");
        assert_eq!(registry.mention("部主要领导"), head);
        registry.own_prefix(head, full);
        let parties = registry.finish(full);
        assert_eq!(parties[full].aliases, ["市委宣传部", "部"]);
        assert_eq!(parties[daily].name, "清远日报社");
        assert_eq!(parties[daily].aliases, ["清远日报"]);
        assert_eq!(
            parties[group].parent.as_ref().map(PartyId::as_str),
            Some("市委")
        );
        assert_eq!(
            parties[full].parent.as_ref().map(PartyId::as_str),
            Some("市委")
        );
        assert_eq!(
            parties[head].parent.as_ref().map(PartyId::as_str),
            Some("中共清远市委宣传部")
        );
        assert_eq!(parties[committee].parent, None);
        assert_eq!(
            parties[daily].level,
            Some(Level::Municipal),
            "the issuer's level"
        );
    }

    #[test]
    fn a_group_with_its_number_after_the_kind_of_tour_is_the_numbered_group() {
        let mut registry = Registry::default();
        let short = registry.mention("县委巡察三组");
        assert_eq!(registry.mention("县委第三巡察组"), short);
        assert_ne!(registry.mention("县委巡察二组"), short);
        assert_ne!(registry.mention("市委第八轮巡察三组"), short);
        let parties = registry.finish(short);
        assert_eq!(parties[short].name, "县委第三巡察组");
        assert_eq!(parties[short].aliases, ["县委巡察三组"]);
        assert_eq!(
            group_numbered_after("省委巡视十二组"),
            Some(("省委", "巡视", "十二"))
        );
        assert_eq!(group_numbered_after("巡察组"), None);
        assert_eq!(group_numbered_after("巡察二组"), None);
    }

    #[test]
    fn kinds_and_levels_from_names() {
        assert_eq!(kind_of("中共清远市委宣传部"), PartyKind::PartyDepartment);
        assert_eq!(kind_of("市委第四巡察组"), PartyKind::InspectionGroup);
        assert_eq!(kind_of("市委第八轮巡察二组"), PartyKind::InspectionGroup);
        assert_eq!(kind_of("市委提级巡察第四组"), PartyKind::InspectionGroup);
        assert_ne!(
            kind_of("市委宣传部巡察整改工作领导小组"),
            PartyKind::InspectionGroup
        );
        assert_eq!(kind_of("市委"), PartyKind::PartyCommittee);
        assert_eq!(kind_of("某市审计局"), PartyKind::GovernmentAgency);
        assert_eq!(kind_of("清远日报社"), PartyKind::PublicInstitution);
        assert_eq!(kind_of("常务副部长"), PartyKind::Post);
        assert_eq!(level_of("中共清远市委宣传部"), Some(Level::Municipal));
        assert_eq!(level_of("省委第二巡视组"), Some(Level::Provincial));
        assert_eq!(level_of("中国舞蹈家协会"), Some(Level::Central));
        assert_eq!(level_of("清远日报社"), None);
    }
}
