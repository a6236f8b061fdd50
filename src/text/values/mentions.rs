//! Parties named in running text (成立……领导小组, 指导清远日报社, 邀请中国、省舞蹈家协会),
//! with the role the words around them give (lead, support, subject).
//!
//! A name is found by what ends it (领导小组, 协会, 电视台, 负责同志 …), by a short list of
//! well-known media (新华社, 央广网 …), by the collectives of the genre (各县（市、区）,
//! 各科室), by a name already known (市委宣传部), or as a place that achieved a result at
//! the start of a clause (清远市荣获……). A name runs back from its ending to the nearest
//! punctuation, function word or verb. Names inside 《》 name documents, not bodies.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::{Level, PartyKind, PartyRole};

use crate::text::source::starts_with_word;
use crate::text::values::ByChar;
use crate::text::vocabulary::ends_name;

/// What ends a party's name, longest first where one ends another.
const ENDINGS: [&str; 20] = [
    "领导小组办公室",
    "领导小组",
    "工作专班",
    "巡察组",
    "巡视组",
    "中心组",
    "联合会",
    "协会",
    "学会",
    "日报社",
    "日报",
    "广播电视台",
    "电视台",
    "融媒体中心",
    "主要负责同志",
    "主要领导",
    "副部长",
    "部长",
    "委办",
    "财政",
];

/// Well-known media and platforms, with their kind and level: names no ending gives away.
pub(crate) const LEXICON: [(&str, PartyKind, Level); 9] = [
    ("新华社", PartyKind::PublicInstitution, Level::Central),
    ("人民日报", PartyKind::PublicInstitution, Level::Central),
    ("央视总台", PartyKind::PublicInstitution, Level::Central),
    ("央广网", PartyKind::Enterprise, Level::Central),
    ("中国新闻网", PartyKind::Enterprise, Level::Central),
    ("人民网", PartyKind::Enterprise, Level::Central),
    ("新华网", PartyKind::Enterprise, Level::Central),
    ("学习强国", PartyKind::Other, Level::Central),
    ("南方+", PartyKind::Other, Level::Provincial),
];

/// Collectives the genre names as parties.
const COLLECTIVES: [&str; 8] = [
    "部机关各科室",
    "各科室",
    "各处室",
    "各县（市、区）",
    "各县(市、区)",
    "各县区",
    "各镇（街）",
    "各镇街",
];

/// Words a name cannot run back over: function words and the verbs that precede names.
const STOPS: [&str; 66] = [
    "成立",
    "调整",
    "纳入",
    "履行",
    "召开",
    "推进",
    "整合",
    "指导",
    "督促",
    "对接",
    "邀请",
    "吸引",
    "协调",
    "执行",
    "按照",
    "根据",
    "依据",
    "参照",
    "组织",
    "开展",
    "加强",
    "落实",
    "支持",
    "通过",
    "要求",
    "依托",
    "联合",
    "配合",
    "会同",
    "选派",
    "由",
    "和",
    "及",
    "与",
    "的",
    "在",
    "对",
    "向",
    "把",
    "将",
    "等",
    "了",
    "到",
    "按",
    "其他",
    "为",
    "是",
    "从",
    "经",
    // Verbs before the group whose feedback a notice answers ("结合区委第二巡察组反馈意见").
    "结合",
    "吸收",
    "针对",
    "对照",
    "围绕",
    "聚焦",
    "收到",
    "反思",
    // 由书记任领导小组组长, 干部列席中心组学习, 某局（含下属单位）.
    "任",
    "列席",
    "含",
    // 传达学习市委第二巡察组反馈意见, 5月8日收悉县委第一巡察组的反馈报告.
    "传达学习",
    "收悉",
    // 通报中央第八巡视组《……反馈意见》, 专题会议暨省委第十巡视组……领导小组会议.
    "通报",
    "暨",
    // 对标对表市委第五巡察组反馈的问题: to measure oneself against, before the group.
    "对标",
    "对表",
];

/// The stop words by their last character, so that a character is checked only against the
/// words it can end.
static STOPS_BY_LAST: LazyLock<ByChar<&'static str>> =
    LazyLock::new(|| ByChar::new(STOPS.iter().copied(), |w| w.chars().last()));

/// Cue words before a name and the role they give it, longest first where one starts another.
const ROLE_CUES: [(&str, PartyRole); 22] = [
    ("成立", PartyRole::Lead),
    ("召开", PartyRole::Lead),
    ("推进", PartyRole::Lead),
    ("由", PartyRole::Lead),
    ("指导", PartyRole::Subject),
    ("督促", PartyRole::Subject),
    ("要求", PartyRole::Subject),
    ("对接", PartyRole::Support),
    ("邀请", PartyRole::Support),
    ("吸引", PartyRole::Support),
    ("协调", PartyRole::Support),
    ("整合", PartyRole::Support),
    ("依托", PartyRole::Support),
    ("联合", PartyRole::Support),
    ("配合", PartyRole::Support),
    ("会同", PartyRole::Support),
    ("与", PartyRole::Support),
    ("到", PartyRole::Support),
    ("按", PartyRole::Support),
    ("向", PartyRole::Subject),
    ("对", PartyRole::Subject),
    ("为", PartyRole::Support),
];

/// Words after a name that give its role.
const ROLE_AFTER: [(&str, PartyRole); 8] = [
    ("成员单位", PartyRole::Support),
    ("为成员", PartyRole::Support),
    ("任组长", PartyRole::Lead),
    ("担任组长", PartyRole::Lead),
    ("荣获", PartyRole::Subject),
    ("获评", PartyRole::Subject),
    ("获得", PartyRole::Subject),
    ("被评为", PartyRole::Subject),
];

/// Verbs of a result achieved, after a place that becomes a party.
const ACHIEVED: [&str; 5] = ["荣获", "获评", "获得", "被评为", "入选"];

/// A party named in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mention<'t> {
    /// Where the name stands in the text (for a name spelled out from a coordination, the
    /// part written for it).
    pub(crate) range: Range<usize>,
    /// The name, spelled out: the text's own words but for a name spelled out.
    pub(crate) name: Cow<'t, str>,
    pub(crate) role: PartyRole,
    /// Set up by the text (成立……): it belongs to whoever writes.
    pub(crate) set_up: bool,
    /// The party this one belongs to by being spelled out from it (领导小组及办公室).
    pub(crate) part_of: Option<Cow<'t, str>>,
    /// A place that achieved a result (清远市荣获……).
    pub(crate) place: bool,
}

/// The stretches of a text inside 《》 (outermost ones, marks included), from where its marks
/// stand (`marks`, in order, as [`Known::matches`] finds them; `len`, the text's length).
fn in_titles(marks: &[(usize, char)], len: usize, titles: &mut Vec<Range<usize>>) {
    titles.clear();
    let mut depth = 0usize;
    let mut start = 0;
    for &(at, c) in marks {
        if c == '《' {
            if depth == 0 {
                start = at;
            }
            depth += 1;
        }
        if c == '》' && depth > 0 {
            depth -= 1;
            if depth == 0 {
                titles.push(start..at + c.len_utf8());
            }
        }
    }
    if depth > 0 {
        titles.push(start..len);
    }
}

/// How many characters may stand before an ending: a short form (市财政, 市委办) has one
/// (the level); a post (常务副部长, 部主要负责同志) a few; a group's name up to twenty.
fn longest_stem(ending: &str) -> usize {
    match ending {
        "财政" | "委办" => 1,
        "副部长" | "部长" | "主要负责同志" | "主要领导" => 4,
        _ => 20,
    }
}

/// Where a name whose ending starts at `end` starts: back over name characters to the
/// nearest punctuation or stop word, but not before `floor` nor more than `longest`
/// characters back.
fn name_start(text: &str, end: usize, floor: usize, longest: usize) -> usize {
    let mut start = end;
    for (at, c) in text[floor..end].char_indices().rev().take(longest) {
        let at = floor + at;
        // Punctuation, or a stop word ending at this character, ends the name after it.
        let stops_here = || {
            STOPS_BY_LAST
                .get(c)
                .iter()
                .any(|w| text[..at + c.len_utf8()].ends_with(w))
        };
        // A date's day ("4月26日督察组进驻后") ends a name too; 日 within one (清远日报) has
        // no digit before it.
        let ends_date = || c == '日' && text[..at].ends_with(|d: char| d.is_ascii_digit());
        if ends_name(c) || stops_here() || ends_date() {
            break;
        }
        start = at;
    }
    start
}

/// The collectives, media, endings and verbs of a result achieved, in this order: the
/// fixed words looked for in every text.
static FIXED_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    COLLECTIVES
        .iter()
        .copied()
        .chain(LEXICON.iter().map(|(name, _, _)| *name))
        .chain(ENDINGS)
        .chain(ACHIEVED)
        .collect()
});

/// A word looked for in every text: a fixed word (its index in [`FIXED_WORDS`]) or a name
/// known so far (its slot).
#[derive(Clone, Copy)]
enum Word {
    Fixed(usize),
    Named(Slot),
    /// 《 or 》, which are looked for with the words: no name is read inside a title.
    TitleMark(char),
}

/// The fixed words by their first character, and the marks of titles: every [`KnownIndex`]
/// starts from them, so that a text is searched for fixed words, known names and titles in
/// one pass.
static FIXED_BY_FIRST: LazyLock<ByChar<Word>> = LazyLock::new(|| {
    let marks = [Word::TitleMark('《'), Word::TitleMark('》')];
    let words = (0..FIXED_WORDS.len()).map(Word::Fixed).chain(marks);
    ByChar::new(words, |w| match w {
        Word::Fixed(i) => FIXED_WORDS[*i].chars().next(),
        Word::Named(_) => None,
        Word::TitleMark(c) => Some(*c),
    })
});

/// An automaton of `words` as a DFA: an overlapping search (every word, wherever it ends)
/// then takes one transition per byte, where the default automaton follows failure links.
/// The sets are small, so the table is too.
fn dfa<'w>(words: impl IntoIterator<Item = &'w str>) -> AhoCorasick {
    AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(words)
        .expect("a small set of words")
}

/// The names and aliases found so far (of two characters or more), indexed by their first
/// character with the fixed words, so that a text is searched for all of them in one pass.
/// Each is kept by its place (party, and 0 for the name or k + 1 for its k-th alias) and its
/// length, so that the index copies no name; the registry updates it as parties are added,
/// named and marked, rather than indexing every name anew.
pub(crate) struct KnownIndex {
    by_first: ByChar<Word>,
}

impl Default for KnownIndex {
    /// The fixed words, and no name yet.
    fn default() -> Self {
        KnownIndex {
            by_first: FIXED_BY_FIRST.clone(),
        }
    }
}

/// A known name: its length in bytes and its place. Names are tried longest first, names of
/// one length in the registry's order: the order of this key.
type Slot = (std::cmp::Reverse<usize>, (usize, usize));

impl KnownIndex {
    /// Adds the name at `place`, unless it is a single character (部, 局: the issuer's
    /// self-reference, which is no name to look for).
    pub(crate) fn add(&mut self, place: (usize, usize), name: &str) {
        let mut chars = name.chars();
        if let (Some(first), Some(_)) = (chars.next(), chars.next()) {
            (self.by_first).insert(first, Word::Named((std::cmp::Reverse(name.len()), place)));
        }
    }

    /// Removes every name of party `i`.
    pub(crate) fn remove_party(&mut self, i: usize) {
        (self.by_first).retain(|word| !matches!(word, Word::Named((_, (party, _))) if *party == i));
    }

    /// The names, each read from its place by `name` when a text is searched for it:
    /// nothing is gathered per search.
    pub(crate) fn names<'r, N: Fn((usize, usize)) -> &'r str>(&'r self, name: N) -> Known<'r, N> {
        Known {
            name,
            by_first: &self.by_first,
        }
    }
}

/// The names and aliases found so far, as [`KnownIndex`] holds them; `name` reads a name
/// from its place.
pub(crate) struct Known<'r, N> {
    name: N,
    by_first: &'r ByChar<Word>,
}

impl<'r, N: Fn((usize, usize)) -> &'r str> Known<'r, N> {
    /// The name at `slot`.
    fn name(&self, (_, place): Slot) -> &'r str {
        (self.name)(place)
    }

    /// Every occurrence of every name and every fixed word, and the marks of documents'
    /// titles, in one pass over `text`: (the name's slot, byte range), (index in
    /// [`FIXED_WORDS`], byte range) and (byte offset, 《 or 》). Words of UTF-8
    /// can only start where a character does, so looking at each character's start finds
    /// every occurrence.
    fn matches(&self, text: &str, found: &mut Matches) {
        found.clear();
        let bytes = text.as_bytes();
        for (at, words) in self.by_first.find_in(text) {
            let rest = &bytes[at..];
            for &word in words {
                match word {
                    Word::TitleMark(c) => found.title_marks.push((at, c)),
                    Word::Fixed(i) if starts_with_word(rest, FIXED_WORDS[i]) => {
                        found.fixed.push((i, at..at + FIXED_WORDS[i].len()));
                    }
                    Word::Named(slot) if starts_with_word(rest, self.name(slot)) => {
                        found.named.push((slot, at..at + self.name(slot).len()));
                    }
                    _ => {}
                }
            }
        }
    }
}

/// What [`Known::matches`] finds: fixed words and known names, each with where it stands.
#[derive(Default)]
pub(crate) struct Matches {
    fixed: Vec<(usize, Range<usize>)>,
    named: Vec<(Slot, Range<usize>)>,
    /// Where 《 and 》 stand: no name is read inside a document's title.
    title_marks: Vec<(usize, char)>,
}

impl Matches {
    fn clear(&mut self) {
        self.fixed.clear();
        self.named.clear();
        self.title_marks.clear();
    }
}

/// The lists [`find`] fills as it reads a text, kept from one text to the next so that a
/// notice's hundred texts are read with the room the first ones made.
#[derive(Default)]
pub(crate) struct Scratch {
    matches: Matches,
    titles: Vec<Range<usize>>,
    by_ending: Vec<Range<usize>>,
    achieved: Vec<usize>,
}

/// Every party `text` names, in order, without overlaps (the longer name wins). `known` are
/// the names and aliases found so far.
pub(crate) fn find<'r, 't>(
    text: &'t str,
    known: &Known<'r, impl Fn((usize, usize)) -> &'r str>,
    scratch: &mut Scratch,
) -> Vec<Mention<'t>> {
    let Scratch {
        matches,
        titles,
        by_ending,
        achieved,
    } = scratch;
    known.matches(text, matches);
    let Matches {
        fixed,
        named,
        title_marks,
    } = matches;
    in_titles(title_marks, text.len(), titles);
    let mut found: Vec<Mention<'t>> = Vec::new();
    // Every name found in the text is the text's own words (a fixed word, a known name).
    let add = |found: &mut Vec<Mention<'t>>, range: Range<usize>| {
        if range.is_empty()
            || titles.iter().any(|t| t.contains(&range.start))
            || found
                .iter()
                .any(|m| m.range.start < range.end && range.start < m.range.end)
        {
            return;
        }
        found.push(Mention {
            name: Cow::Borrowed(&text[range.clone()]),
            range,
            role: PartyRole::Lead,
            set_up: false,
            part_of: None,
            place: false,
        });
    };
    // The fixed words (collectives, media, endings) and the known names in one pass; each
    // kind in its order of precedence, as if searched one word after the other.
    fixed.sort_by_key(|(pattern, range)| (*pattern, range.start));
    let first_ending = COLLECTIVES.len() + LEXICON.len();
    let first_achieved = first_ending + ENDINGS.len();
    for (_, range) in fixed.iter().filter(|(p, _)| *p < first_ending) {
        add(&mut found, range.clone());
    }
    by_ending.clear();
    let endings = first_ending..first_achieved;
    for (pattern, range) in fixed.iter().filter(|(p, _)| endings.contains(p)) {
        let (at, end, ending) = (range.start, range.end, FIXED_WORDS[*pattern]);
        let floor = found
            .iter()
            .filter(|m| m.range.end <= at)
            .map(|m| m.range.end)
            .max()
            .unwrap_or(0);
        let mut start = name_start(text, at, floor, longest_stem(ending));
        // A name in quotes (“整改工作领导小组”) starts after its opening quote; a quote the
        // name closes is its own (“新清远”客户端建设工作领导小组).
        if let Some((open, close)) = [('“', '”'), ('‘', '’')]
            .into_iter()
            .find(|(open, _)| text[start..].starts_with(*open))
            && !text[start..end].contains(close)
        {
            start += open.len_utf8();
        }
        // A post without the body it belongs to (主要负责同志 after 各科室) is no party.
        let ownerless = matches!(ending, "主要负责同志" | "主要领导") && start == at;
        if start < at && !ownerless {
            by_ending.push(start..end);
        }
    }
    // Longer names first: 清远日报社 before the 清远日报 inside it.
    by_ending.sort_by_key(|r| (std::cmp::Reverse(r.len()), r.start));
    for range in by_ending.iter() {
        add(&mut found, range.clone());
    }
    // Known names, longest first.
    named.sort_by_key(|(slot, range)| (*slot, range.start));
    for (_, range) in named.iter() {
        add(&mut found, range.clone());
    }
    achieved.clear();
    achieved.extend(
        (fixed.iter())
            .filter(|(p, _)| *p >= first_achieved)
            .map(|(_, range)| range.start),
    );
    achieved.sort_unstable();
    achieved.dedup();
    for range in places(text, achieved) {
        let before = found.len();
        add(&mut found, range);
        if let Some(m) = found.get_mut(before) {
            m.place = true;
        }
    }
    found.sort_by_key(|m| m.range.start);
    spell_out(text, &mut found);
    for mention in &mut found {
        // A place is named for what it achieved.
        mention.role = if mention.place {
            PartyRole::Subject
        } else {
            role(text, mention.range.clone())
        };
        mention.set_up = text[..mention.range.start].ends_with("成立");
    }
    found
}

/// Places (X市, X县, X区) that start a clause and achieved something: "清远市荣获……",
/// "英德市、佛冈县荣获……". `achieved` are where the verbs of [`ACHIEVED`] stand, in order:
/// a run of places can only end at one, and starts at its clause's start (a place's name
/// holds no stop).
fn places(text: &str, achieved: &[usize]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let clause_start = |verb: usize| {
        text[..verb]
            .rfind(['，', '。', '；'])
            .map_or(0, |i| i + '，'.len_utf8())
    };
    for &verb in achieved {
        let start = clause_start(verb);
        let mut at = start;
        let mut run = Vec::new();
        while let Some(place) = place_at(text, at) {
            run.push(place.clone());
            at = place.end;
            match text[at..].strip_prefix('、') {
                Some(_) => at += '、'.len_utf8(),
                None => break,
            }
        }
        if !run.is_empty() && at == verb {
            out.extend(run);
        }
    }
    out
}

/// A place name of two or three characters and 市, 县 or 区 at `at`.
fn place_at(text: &str, at: usize) -> Option<Range<usize>> {
    let mut chars = [(0usize, ' '); 4];
    let mut len = 0;
    for (slot, found) in chars.iter_mut().zip(text[at..].char_indices()) {
        *slot = found;
        len += 1;
    }
    let chars = &chars[..len];
    (2..=3).find_map(|stem| {
        let (offset, last) = *chars.get(stem)?;
        let stem_ok = chars[..stem]
            .iter()
            .all(|(_, c)| !ends_name(*c) && !matches!(c, '我' | '全' | '本' | '各' | '该'));
        (stem_ok && matches!(last, '市' | '县' | '区')).then(|| at..at + offset + last.len_utf8())
    })
}

/// Coordinations that share their ending are spelled out: 中国、省舞蹈家协会 → 中国舞蹈家协会
/// and 省舞蹈家协会; 领导小组及办公室 → the leading group and its office.
fn spell_out<'t>(text: &'t str, found: &mut Vec<Mention<'t>>) {
    let mut extra = Vec::new();
    for mention in found.iter() {
        let before = &text[..mention.range.start];
        if let Some(list) = before.strip_suffix('、') {
            for scope in ["中国", "全国", "省", "市", "县"] {
                let core = mention.name.strip_prefix(['省', '市', '县']);
                if let (true, Some(core)) = (list.ends_with(scope), core) {
                    let start = list.len() - scope.len();
                    if !found
                        .iter()
                        .any(|m| m.range.start < list.len() && start < m.range.end)
                    {
                        extra.push(Mention {
                            range: start..list.len(),
                            name: Cow::Owned(format!("{scope}{core}")),
                            ..mention.clone()
                        });
                    }
                    break;
                }
            }
        }
        if mention.name.ends_with("领导小组") && text[mention.range.end..].starts_with("及办公室")
        {
            let office = mention.range.end + "及".len();
            extra.push(Mention {
                range: office..office + "办公室".len(),
                name: Cow::Owned(format!("{}办公室", mention.name)),
                part_of: Some(mention.name.clone()),
                ..mention.clone()
            });
        }
    }
    found.extend(extra);
    found.sort_by_key(|m| m.range.start);
}

/// The role the words around a name give it: a cue after it (成员单位, 任组长, 荣获), else the
/// nearest cue before it in its clause (across a list of names), else lead.
fn role(text: &str, range: Range<usize>) -> PartyRole {
    // "各科室主要负责同志为成员": the body's post, then the cue.
    let after = ["主要负责同志", "主要负责人", "主要领导", "负责同志"]
        .iter()
        .find_map(|post| text[range.end..].strip_prefix(post))
        .unwrap_or(&text[range.end..]);
    if let Some((_, role)) = ROLE_AFTER.iter().find(|(w, _)| after.starts_with(w)) {
        return *role;
    }
    let clause_start = text[..range.start]
        .rfind(['，', '。', '；', '：'])
        .map_or(0, |i| i + '，'.len_utf8());
    let before = &text[clause_start..range.start];
    // Every cue in the clause in one pass; the one ending last wins, the longer of two
    // ending together.
    CUES.find_overlapping_iter(before)
        .map(|m| (m.end(), m.len(), ROLE_CUES[m.pattern().as_usize()].1))
        .max_by_key(|(end, len, _)| (*end, *len))
        .map_or(PartyRole::Lead, |(_, _, role)| role)
}

/// The words of [`ROLE_CUES`], found in one pass.
static CUES: LazyLock<AhoCorasick> = LazyLock::new(|| dfa(ROLE_CUES.iter().map(|(cue, _)| *cue)));

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, PartyRole)> {
        let none = KnownIndex::default();
        find(text, &none.names(|_| ""), &mut Scratch::default())
            .into_iter()
            .map(|m| (m.name.into_owned(), m.role))
            .collect()
    }

    #[test]
    fn names_and_roles() {
        use PartyRole::*;
        assert_eq!(
            names("成立市委宣传部巡察整改工作领导小组及办公室，由部主要负责同志担任组长。"),
            [
                ("市委宣传部巡察整改工作领导小组".to_owned(), Lead),
                ("市委宣传部巡察整改工作领导小组办公室".to_owned(), Lead),
                ("部主要负责同志".to_owned(), Lead),
            ]
        );
        assert_eq!(
            names("邀请中国、省舞蹈家协会优秀编导来清采风"),
            [
                ("中国舞蹈家协会".to_owned(), Support),
                ("省舞蹈家协会".to_owned(), Support)
            ]
        );
        assert_eq!(
            names("指导清远日报、清远广播电视台围绕"),
            [
                ("清远日报".to_owned(), Subject),
                ("清远广播电视台".to_owned(), Subject)
            ]
        );
        // Verbs before a group are no part of its name.
        for (text, group) in [
            ("会议传达学习市委第二巡察组反馈意见", "市委第二巡察组"),
            ("5月8日收悉县委第一巡察组的反馈报告", "县委第一巡察组"),
            ("4月26日市委第一巡察组进驻后", "市委第一巡察组"),
            ("会上通报省委第六巡视组反馈意见", "省委第六巡视组"),
            ("召开整改专题会议暨省委第六巡视组", "省委第六巡视组"),
        ] {
            assert_eq!(names(text), [(group.to_owned(), Lead)], "{text}");
        }
        // To measure oneself against the group's findings (对标对表) is no part of its name.
        for (text, group) in [
            ("对标对表区委第三巡察组反馈的问题", "区委第三巡察组"),
            ("对标县委第一巡察组反馈意见", "县委第一巡察组"),
        ] {
            let found: Vec<String> = names(text).into_iter().map(|(n, _)| n).collect();
            assert_eq!(found, [group], "{text}");
        }
        assert_eq!(
            names("由党委书记任领导小组组长，深刻反思市委第一巡察组指出的问题"),
            [("市委第一巡察组".to_owned(), Lead)]
        );
        assert_eq!(
            names("局党组成立“整改工作领导小组”，统筹推进整改"),
            [("整改工作领导小组".to_owned(), Lead)]
        );
        assert_eq!(
            names("区委宣传部（含区融媒体中心）"),
            [("区融媒体中心".to_owned(), Lead)]
        );
        assert_eq!(
            names("由常务副部长任组长，其他部领导任副组长，各科室主要负责同志为成员"),
            [
                ("常务副部长".to_owned(), Lead),
                ("各科室".to_owned(), Support)
            ]
        );
        assert_eq!(
            names(
                "2025年5月，清远市荣获全国文明城市称号，英德市、佛冈县荣获全国县级文明城市称号，我市1个镇获评"
            ),
            [
                ("清远市".to_owned(), Subject),
                ("英德市".to_owned(), Subject),
                ("佛冈县".to_owned(), Subject),
            ]
        );
        assert_eq!(names("印发《市委宣传部部务会议事决策规则》"), []);
        assert_eq!(
            names("定期向市委办报告政治要件办理工作情况"),
            [("市委办".to_owned(), Subject)]
        );
    }
}
