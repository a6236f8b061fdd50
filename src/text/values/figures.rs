//! Figures (数据) in a measure's text: counts, amounts, ranks and percentages, in Arabic or
//! Chinese numerals (3名, 两个, 十一家), with 万 and 亿 applied, their qualifier (超, 约, 近,
//! 不到, 余, 多, 以上, 左右), unit, period, and the clause they stand in.

use std::sync::LazyLock;

use crate::{Indicator, IndicatorKind, Period, Qualifier};

use crate::text::source::Piece;
use crate::text::values::numerals;
use crate::text::values::{ByChar, CharSet, NUMBER_CHARS, dates};

/// Measure words and units a figure may carry, longest first where one starts another.
const UNITS: [&str; 81] = [
    "人次",
    // Flights (保障航班起降11614架次), before 架.
    "架次",
    "萬元",
    "億元",
    "场次",
    "万元",
    "亿元",
    "平方公里",
    "平方米",
    // Areas written with the metre's symbol (场区71973.74m2, 1200㎡), kept as written.
    "m²",
    "m2",
    "㎡",
    // Land and earth moved, in notices of environmental supervision (还林183.74公顷, 清运
    // 3400立方米, 整改地块42块).
    "立方米",
    "公顷",
    "公里",
    "元",
    "名",
    "人",
    "个",
    "件",
    "条",
    "家",
    "项",
    "次",
    "场",
    "期",
    "篇",
    // Parts of a notice's findings (3大部分11个方面28个问题), before 部.
    "部分",
    "部",
    "批次",
    "批",
    "款",
    "所",
    // Courses (一流课程增至17门).
    "门",
    // Wells (95眼机井), only before the well they count ([`counts_wells`]).
    "眼",
    "户",
    "集",
    "支",
    "座",
    "处",
    "间",
    "套",
    "台",
    "辆",
    "本",
    "份",
    "册",
    "首",
    "幅",
    "万",
    "亿",
    "%",
    "％",
    "吨",
    "亩",
    "块",
    // Stretches of land (毁坏两片林地), trees planted (补植林木1.2万株), and animals kept
    // (养羊约300只).
    "片",
    "株",
    "只",
    "类",
    "张",
    "卷",
    "宗",
    "轮",
    // People, politely (两位班子成员); not 五位一体 nor 两位数.
    "位",
    // Traditional forms, as pages converted by machine write them.
    "個",
    "項",
    "條",
    "類",
    "萬",
    "億",
    "种",
    "笔",
    "起",
    "棵",
    // Without 个 (巡视反馈的五方面问题); 一方面 is no count (一 in Chinese never is).
    "方面",
    // Cities and counties counted (全省7市（州）, 涉3市, 2县): not 市场, 市民, 县城; and
    // prefectures (丽江等5州（市）) and townships (10乡镇).
    "市",
    "县",
    "州",
    "乡镇",
    // Ships (14艘吸砂船).
    "艘",
];

/// The units by their first character.
static UNITS_BY_FIRST: LazyLock<ByChar<&'static str>> =
    LazyLock::new(|| ByChar::new(UNITS, |u| u.chars().next()));

/// Whether `text` starts with a unit of [`UNITS`] (个, 件, 公顷 …).
pub(crate) fn starts_unit(text: &str) -> bool {
    unit_at(text, 0).is_some()
}

/// The first unit of [`UNITS`] that starts at byte `at` of `text`.
fn unit_at(text: &str, at: usize) -> Option<&'static str> {
    let rest = text.get(at..)?;
    let first = rest.chars().next()?;
    UNITS_BY_FIRST
        .get(first)
        .iter()
        .find(|u| rest.starts_with(**u))
        .copied()
}

/// Words before a number that make it a rank: 排名第10, 位居第4.
const RANK_WORDS: [&str; 5] = ["排名", "位居", "位列", "居", "列"];

const QUALIFIERS_BEFORE: [(&str, Qualifier); 14] = [
    ("不少于", Qualifier::MoreThan),
    ("不低于", Qualifier::MoreThan),
    // After 不低于, which ends with it: 巴中、凉山州低于90%.
    ("低于", Qualifier::LessThan),
    ("高于", Qualifier::MoreThan),
    ("超过", Qualifier::MoreThan),
    ("接近", Qualifier::Nearly),
    ("不到", Qualifier::LessThan),
    ("不足", Qualifier::LessThan),
    ("超", Qualifier::MoreThan),
    ("逾", Qualifier::MoreThan),
    ("约", Qualifier::Approximately),
    ("近", Qualifier::Nearly),
    // As machine-converted pages in traditional script write them.
    ("超過", Qualifier::MoreThan),
    ("約", Qualifier::Approximately),
];

/// A figure found in a text, with byte ranges in that text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Figure {
    /// Without its `source`: the clause is kept as the input writes it, which only the
    /// caller knows.
    pub(crate) indicator: Indicator,
    /// The figure's own words: qualifier, number, magnitude, unit.
    pub(crate) words: std::ops::Range<usize>,
    /// The clause it stands in (its `source`).
    pub(crate) clause: std::ops::Range<usize>,
}

/// Every figure of `piece`, a stretch of a measure's text. `context` gives the notice's date
/// (for 截至目前) and the year last written.
///
/// One pass over the text finds the figures, and keeps as it goes what they need: whether
/// it is inside quotes, titles or brackets, where no figure starts (“五个一工程”, 《清远不远》,
/// 〔2025〕), and the clause stops. Dates, where no figure starts either (2025年5月), are read
/// only in the sentences that hold a figure, and there only up to it ([`Sentence`]).
pub(crate) fn find(piece: Piece<'_>, context: dates::Context) -> Vec<Figure> {
    let text = piece.text;
    // Dates, and the words of up to now, of the sentence the last figure stood in: a date
    // never crosses a full stop, and most sentences hold no figure.
    let mut sentence = Sentence::default();
    let mut quoted = 0usize;
    let mut stops = ClauseStops::default();
    let mut found: Vec<Figure> = Vec::new();
    // The figures from this one on wait for the stop that ends their clause.
    let mut open = 0;
    // Past the end of the last figure found.
    let mut resume = 0;
    // Neither a quote, a bracket, a stop nor a number's start: the other characters are
    // passed over.
    // Straight quotes, which some pages write for curly ones ("两个维护"), open and close
    // alike: one is open until the next, or until the clause ends, so that a stray one
    // hides no figure past its clause.
    let mut straight_quoted = false;
    for (i, c) in MARKED.find_in(text) {
        match c {
            '“' | '《' | '〔' | '「' | '‘' => quoted += 1,
            '”' | '》' | '〕' | '」' | '’' => quoted = quoted.saturating_sub(1),
            '"' => straight_quoted = !straight_quoted,
            _ => {}
        }
        if stops.read(i, c) {
            straight_quoted = false;
            // A clause ends at the first stop after a figure's words.
            while let Some(figure) = found.get_mut(open).filter(|f| f.words.end <= i) {
                figure.clause.end = i;
                open += 1;
            }
        }
        let number = (quoted == 0 && !straight_quoted || quoted == 1 && is_quoted_count(text, i))
            && i >= resume
            && starts_number(c, || text[..i].chars().next_back());
        if !number {
            continue;
        }
        let Some((words, mut indicator)) = figure_at(text, i) else {
            continue;
        };
        let sentence = sentence.around(text, i);
        if in_date(&sentence.dates, i) {
            continue;
        }
        indicator.period =
            period_before(text, &sentence.dates, &sentence.nows, words.start, context);
        resume = words.end;
        found.push(Figure {
            indicator,
            // From just after the last stop before the figure (none stands inside its
            // words), to the text's end until a stop is read.
            clause: stops.past_last..text.len(),
            words,
        });
    }
    split_enumerations(text, &mut found);
    for figure in &mut found {
        figure.indicator.subject = subject(text, figure);
    }
    found
}

/// The characters [`find`] looks at: quotes and brackets (“《〔「‘ and their ends, （ and
/// ( and theirs), clause stops and every character a number starts with. The rest only
/// become the character before the next.
static MARKED: CharSet = CharSet::of(&NUMBER_CHARS).with(&[
    '“', '《', '〔', '「', '‘', '”', '》', '〕', '」', '’', '"', '（', '(', '）', ')', '，', '。',
    '；', '：', '！', '？',
]);

/// The dates and the words of [`UP_TO_NOW`] of one sentence of a text, with offsets in the
/// text.
#[derive(Default)]
struct Sentence {
    /// Its bytes, up to its full stop (not included) or the text's end.
    range: std::ops::Range<usize>,
    /// The dates read so far, those that start before the last place asked about.
    dates: Vec<dates::Found>,
    scan: dates::Scan,
    nows: Vec<std::ops::Range<usize>>,
}

impl Sentence {
    /// The sentence of `text` around byte `at`, with its dates read up to `at` (those that
    /// start after it date no figure before it).
    fn around(&mut self, text: &str, at: usize) -> &Sentence {
        if !self.range.contains(&at) {
            const STOP: char = '。';
            let start = text[..at].rfind(STOP).map_or(0, |i| i + STOP.len_utf8());
            let end = text[at..].find(STOP).map_or(text.len(), |i| at + i);
            self.nows = (up_to_now(&text[start..end]).into_iter())
                .map(|r| r.start + start..r.end + start)
                .collect();
            self.dates.clear();
            self.scan = dates::Scan::default();
            // A figure's number is no full stop, so `at` is before `end`.
            self.range = start..end;
        }
        // Read as a text of its own, from the sentence's start, up to the character at `at`
        // and with it: the dates' ranges are then moved to the text's offsets.
        let start = self.range.start;
        let to = at + text[at..].chars().next().map_or(0, char::len_utf8);
        let read = self.dates.len();
        (self.scan).read_to(&text[self.range.clone()], to - start, &mut self.dates);
        for found in &mut self.dates[read..] {
            found.range = found.range.start + start..found.range.end + start;
        }
        self
    }
}

/// Whether byte `i` lies inside one of `dates` (found left to right, without overlaps).
fn in_date(dates: &[dates::Found], i: usize) -> bool {
    let next = dates.partition_point(|d| d.range.end <= i);
    dates.get(next).is_some_and(|d| d.range.start <= i)
}

/// The clause stops (，。；：！？) of a text that stand outside quotes and brackets, read one
/// character at a time.
#[derive(Default)]
struct ClauseStops {
    depth: i32,
    /// Just past the last stop read (0 before any).
    past_last: usize,
}

impl ClauseStops {
    /// Reads `c` at byte `at`: whether it is a clause stop.
    fn read(&mut self, at: usize, c: char) -> bool {
        match c {
            '“' | '《' | '（' | '(' => self.depth += 1,
            '”' | '》' | '）' | ')' => self.depth -= 1,
            '，' | '。' | '；' | '：' | '！' | '？' if self.depth <= 0 => {
                self.past_last = at + c.len_utf8();
                return true;
            }
            _ => {}
        }
        false
    }
}

/// Whether a number starts with `c`, after the character `before` gives (the one before it):
/// a digit not inside another number or a Latin word (5G).
fn starts_number(c: char, before: impl FnOnce() -> Option<char>) -> bool {
    let is_digit = numerals::is_arabic_digit;
    let starts = is_digit(c) || numerals::is_chinese_numeral(c);
    // Most characters start no number: the character before is only read for those that
    // do.
    starts
        && !before().is_some_and(|b| {
            is_digit(b) || b == '.' || numerals::is_chinese_numeral(b) || b.is_ascii_alphabetic()
        })
}

/// Whether `before` ends with a number and a dash, so that the number after it ends a range
/// (1-11批, 1—33批).
fn ends_number_range(before: &str) -> bool {
    before
        .strip_suffix(['-', '—', '–', '－', '~', '～'])
        .and_then(|b| b.chars().next_back())
        .is_some_and(numerals::is_arabic_digit)
}

/// Whether the number after `before` goes on an enumeration or a range of ordinals: 八 and
/// 九 in 第七、八、九批, 九 in 第一至九批.
/// Whether a count of 次, with the text `before` and `after` it, is a session's number: after
/// a committee's term (届) and before a meeting (八届89次常务会议, 十一届三次全会), or in a
/// list of them (十二届三次、四次、五次全会).
fn names_a_session(before: &str, after: &str) -> bool {
    const MEETINGS: [&str; 6] = ["会议", "常务会", "全体会", "常委会", "主任会", "全会"];
    let mut rest = before;
    // Back over the list's earlier items: "三次、" before "四次".
    while let Some(item) = rest.strip_suffix('、').and_then(|r| r.strip_suffix('次')) {
        rest = item.trim_end_matches(numerals::is_number_char);
    }
    // The committee may stand between its term and the session: 十一届区委八次全会,
    // 十四届人大常委会四十次会议.
    let term = rest.ends_with('届')
        || (rest.ends_with(['委', '会']) && rest.chars().rev().take(6).any(|c| c == '届'));
    term && (after.starts_with('、') || MEETINGS.iter().any(|w| after.starts_with(w)))
}

/// Whether the digits at `i` are quoted alone and counted by the unit after the quote
/// ("成立“1”个领导小组，下设“4”个专项小组", as a plan's parts are named): a count, where
/// other quoted words (“五个一工程”, “1+N”) name things.
fn is_quoted_count(text: &str, i: usize) -> bool {
    if !text[..i].ends_with('“') {
        return false;
    }
    let digits = text[i..].bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && text[i + digits..]
            .strip_prefix('”')
            .is_some_and(|after| unit_at(after, 0).is_some())
}

fn continues_ordinal(before: &str) -> bool {
    let mut rest = before;
    while let Some(item) = rest.strip_suffix(['、', '至']) {
        let number = item.trim_end_matches(numerals::is_number_char);
        if number.len() == item.len() {
            return false;
        }
        if number.ends_with('第') {
            return true;
        }
        rest = number;
    }
    false
}

/// Whether the words before a number end with a direction from a place: 东, 南, 西 or 北
/// (东南, 西北), 侧, 面 or 方 after it, and 约 or 近 before the number.
fn after_a_direction(before: &str) -> bool {
    let before = before.trim_end_matches(['约', '近']);
    let before = before.trim_end_matches(['侧', '面', '方']);
    before.ends_with(['东', '南', '西', '北'])
}

/// Whether a Chinese number, its `unit` and the text `after` them name a place: a city, a
/// county, a district or a township whose name starts with a numeral and a measure word
/// (七台河, 三台县, 九台区, 五台山, 五家渠, 三家子, 三门峡, 七户乡).
fn is_numbered_place(unit: Option<&str>, after: &str) -> bool {
    match unit {
        Some("台") => ["河", "县", "区", "山", "市", "镇"]
            .iter()
            .any(|w| after.starts_with(w)),
        Some("家") => after.starts_with(['渠', '子']),
        // 三门峡, 三门县: 门 counts courses (17门), not there.
        Some("门") => after.starts_with(['峡', '县']),
        // 三乡镇 is a town; townships are counted in digits (10乡镇).
        Some("乡镇") => true,
        // A township (奇台县七户乡), not a count of households in townships (乡镇).
        Some("户") => after.starts_with(['乡', '镇']) && !after.starts_with("乡镇"),
        _ => false,
    }
}

/// Whether the words after 眼 name wells or springs (机井, 水井, 泉), within a few
/// characters.
fn counts_wells(after: &str) -> bool {
    const WELL_WORDS: usize = 4;
    after
        .chars()
        .take(WELL_WORDS)
        .any(|c| matches!(c, '井' | '泉'))
}

/// Whether the text before a 第 makes its number a rank: a rank word right before it
/// (排名第10, 位居第4), or one a few characters before, naming the field (排名全国第6,
/// 位居全省第2).
fn is_rank_lead(before: &str) -> bool {
    if RANK_WORDS.iter().any(|w| before.ends_with(w)) {
        return true;
    }
    // The last six characters, borrowed.
    let tail_start = before
        .char_indices()
        .rev()
        .take(6)
        .last()
        .map_or(0, |(at, _)| at);
    let tail = &before[tail_start..];
    ["排名", "位居", "位列", "排在"].iter().any(|w| {
        tail.rfind(w)
            .is_some_and(|at| !tail[at..].contains(['，', '。', '；', '、', '：']))
    })
}

/// The figure whose number starts at `i`: its words (qualifiers included) and indicator.
fn figure_at(text: &str, i: usize) -> Option<(std::ops::Range<usize>, Indicator)> {
    let rest = &text[i..];
    let (mut value, number_len, chinese) = numerals::leading(rest, true)?;
    let mut end = i + number_len;
    // “1”个办公室: the closing quote of a number quoted alone stands before its unit.
    if is_quoted_count(text, i) {
        end += '”'.len_utf8();
    }
    let rank = text[..i].strip_suffix('第').is_some_and(is_rank_lead);
    let mut qualifier = Qualifier::Exact;
    for (word, q) in [("余", Qualifier::MoreThan), ("多", Qualifier::MoreThan)] {
        if text[end..].starts_with(word) && !rank {
            qualifier = q;
            end += word.len();
        }
    }
    // "三大方面", "两大类": 大 between a number and the areas or kinds it counts (not in
    // slogans: 三大攻坚战).
    if let Some(kind) = text[end..].strip_prefix('大')
        && ["方面", "类", "類", "部分"]
            .iter()
            .any(|u| kind.starts_with(u))
    {
        end += '大'.len_utf8();
    }
    // A space may stand between the number and its unit ("237054.47 万元").
    let spaced = text[end..].starts_with(' ') && !text[end + 1..].starts_with(' ');
    let unit = unit_at(text, end + usize::from(spaced));
    if unit.is_some() && spaced {
        end += 1;
    }
    if text[..i].ends_with('第') && !rank || continues_ordinal(&text[..i]) {
        return None; // 第二十届: an edition, not a figure; 第七、八、九批: all three
    }
    // 前9批, 前二十批: the batches up to a number, not a count of them.
    if text[..i].ends_with('前') && matches!(unit, Some("批" | "批次")) {
        return None;
    }
    // "第1-11批", "1—33批": the end of a range of batch or item numbers, not a count.
    if ends_number_range(&text[..i]) {
        return None;
    }
    // The unit as the indicator gives it: allocated once, when the figure is made.
    let mut unit_text = unit;
    match unit {
        Some(u) => {
            end += u.len();
            let power = match u {
                "万" | "万元" | "萬" | "萬元" => 4,
                "亿" | "亿元" | "億" | "億元" => 8,
                _ => 0,
            };
            if power > 0 {
                value = if chinese {
                    value * 10f64.powi(power as i32)
                } else {
                    numerals::scaled(&text[i..i + number_len], power).unwrap_or(value)
                };
            }
            unit_text = match u {
                "万" | "亿" | "萬" | "億" => {
                    // 10万余份, 2万多人: more than, between the magnitude and the measure word.
                    if let Some(word) = ["余", "多", "餘"]
                        .iter()
                        .find(|w| text[end..].starts_with(**w))
                    {
                        qualifier = Qualifier::MoreThan;
                        end += word.len();
                    }
                    // 10万人次: the magnitude, then the measure word.
                    let after =
                        unit_at(text, end).filter(|m| !matches!(*m, "万" | "亿" | "萬" | "億"));
                    after.inspect(|m| end += m.len())
                }
                "万元" | "亿元" | "萬元" | "億元" => Some("元"),
                "％" => Some("%"),
                other => Some(other),
            };
        }
        None if rank => {}
        None => return None,
    }
    if chinese && unit_text.is_none() && !rank {
        return None;
    }
    // 元 after a Chinese numeral without 万 or 亿 is a word's (三元催化, 二元结构): the
    // genre writes its amounts in Arabic digits.
    if chinese && unit == Some("元") {
        return None;
    }
    // 眼 counts wells and springs (12眼机井, 3眼泉), and nothing else: 两眼, 着眼.
    if unit == Some("眼") && !counts_wells(&text[end..]) {
        return None;
    }
    // 二次 is "second" or "secondary" (二次污染, 二次精馏, 二次供水): twice is written 两次
    // or 2次, and 十二次 is a count.
    if chinese && unit == Some("次") && &text[i..i + number_len] == "二" {
        return None;
    }
    // 一 written in Chinese is an article or part of a word, not a count: 一项重大政治任务,
    // 统一部署, 一级抓一级, 完成一项、销号一项. A count of one is written 1 in the genre.
    if chinese && value == 1.0 && !rank {
        return None;
    }
    // A session's number (八届89次常务会议, 十二届三次、四次全会) and the name 八项规定 are
    // not figures; a count of meetings held is (召开3次常委会会议).
    if unit == Some("次") && names_a_session(&text[..i], &text[end..]) {
        return None;
    }
    if unit == Some("项") && text[end..].starts_with("规定") {
        return None;
    }
    // "做好……三篇文章" is a slogan's figure of speech; articles published are counted in
    // digits (发表文章12篇).
    if chinese && unit == Some("篇") && text[end..].starts_with("文章") {
        return None;
    }
    // "境内59项目K22+300": a number run into 项目 names a project (a road's, by its
    // number); a count of projects is 59个项目, of targets 5项目标.
    if unit == Some("项") && text[end..].starts_with('目') && !text[end..].starts_with("目标") {
        return None;
    }
    // 分三个阶段, 按短期、中期、长期三个阶段: the stages a plan is cut into, its shape,
    // not what was done.
    if matches!(unit, Some("个" | "個"))
        && ["阶段", "階段"].iter().any(|w| text[end..].starts_with(w))
    {
        return None;
    }
    // 四套班子: the four leading bodies of a place, a name, not a count.
    if unit == Some("套") && text[end..].starts_with("班子") {
        return None;
    }
    // 五位一体 names a plan, 两位数 a size: neither counts people.
    if unit == Some("位") && ["一体", "数"].iter().any(|w| text[end..].starts_with(w)) {
        return None;
    }
    // A class of water (地表水三类水质, Ⅳ类水) grades it, it counts nothing.
    if matches!(unit, Some("类" | "類"))
        && (text[end..].starts_with('水') || text[..i].ends_with('水'))
    {
        return None;
    }
    // A distance from a landmark in a direction (路口东南约2公里, 村北侧1.5公里处) places
    // what a petition is about; it measures nothing done. (米 is no unit of the genre's
    // figures: a distance in metres is never read.)
    if unit == Some("公里") && after_a_direction(&text[..i]) {
        return None;
    }
    // A project's phase (二期工程, 1期项目) names the project, it counts nothing.
    if unit == Some("期") && ["工程", "项目"].iter().any(|w| text[end..].starts_with(w)) {
        return None;
    }
    // Places named with a number (七台河, 五台县, 九台区, 五家渠) count nothing.
    if chinese && is_numbered_place(unit, &text[end..]) {
        return None;
    }
    if matches!(unit, Some("市" | "县" | "州"))
        && ["场", "民", "城", "级", "委", "直", "长"]
            .iter()
            .any(|w| text[end..].starts_with(w))
    {
        return None;
    }
    // A count of months or hours is a duration (3个月, 半个月, 三个半月), not a figure.
    if matches!(unit, Some("个" | "個"))
        && ["月", "小时", "工作日", "半月", "半小时"]
            .iter()
            .any(|w| text[end..].starts_with(w))
    {
        return None;
    }
    let mut start = if rank { i - '第'.len_utf8() } else { i };
    for (word, q) in QUALIFIERS_BEFORE {
        if text[..start].ends_with(word) {
            start -= word.len();
            qualifier = q;
            break;
        }
    }
    // 上百亩, 上千人, 上万元: upwards of a round number.
    if qualifier == Qualifier::Exact
        && text[..start].ends_with('上')
        && text[i..].starts_with(['百', '千', '万'])
    {
        start -= '上'.len_utf8();
        qualifier = Qualifier::MoreThan;
    }
    for (word, q) in [
        ("以上", Qualifier::MoreThan),
        ("左右", Qualifier::Approximately),
    ] {
        if text[end..].starts_with(word) {
            end += word.len();
            qualifier = q;
        }
    }
    let kind = if rank {
        IndicatorKind::Rank
    } else if unit_text == Some("%") {
        IndicatorKind::Percentage
    } else if unit_text == Some("元") {
        IndicatorKind::Amount
    } else {
        IndicatorKind::Count
    };
    let mut indicator = Indicator::new("", kind, value);
    indicator.unit = match kind {
        IndicatorKind::Rank => None,
        _ => unit_text.map(str::to_owned),
    };
    indicator.qualifier = qualifier;
    Some((start..end, indicator))
}

/// Figures listed in one clause with 、 (1个镇、7个村) each get their part of it: the clause
/// is cut at the last 、 between two figures.
fn split_enumerations(text: &str, figures: &mut [Figure]) {
    // The figure before's clause as found, before a cut changed its end.
    let Some(mut previous) = figures.first().map(|f| f.clause.clone()) else {
        return;
    };
    for k in 1..figures.len() {
        let clause = figures[k].clause.clone();
        let same = clause == previous;
        previous = clause;
        if !same {
            continue;
        }
        let between = &text[figures[k - 1].words.end..figures[k].words.start];
        if let Some(comma) = between.rfind('、') {
            let cut = figures[k - 1].words.end + comma;
            figures[k].clause.start = cut + '、'.len_utf8();
            figures[k - 1].clause.end = cut;
        }
    }
}

/// The subject: the clause without the figure's own words and the connector (达, 为, 共) right
/// before them; the clause itself when nothing else is left.
fn subject(text: &str, figure: &Figure) -> String {
    let before = &text[figure.clause.start..figure.words.start];
    let before = ["达到", "达", "为", "共计", "累计", "共"]
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .unwrap_or(before);
    let after = &text[figure.words.end..figure.clause.end];
    // The two parts joined and trimmed, made at once: blanks at the ends of a part are trimmed
    // only where nothing of the other part stands beyond them.
    let (before, after) = match (before.trim_start(), after.trim_end()) {
        ("", after) => ("", after.trim_start()),
        (before, "") => (before.trim_end(), ""),
        parts => parts,
    };
    if before.is_empty() && after.is_empty() {
        return text[figure.clause.clone()].trim().to_owned();
    }
    let mut subject = String::with_capacity(before.len() + after.len());
    subject.push_str(before);
    subject.push_str(after);
    subject
}

/// The words that date a figure to the notice's own date.
const UP_TO_NOW: [&str; 3] = ["截至目前", "目前", "截至当前"];

/// Where `text` has the words of [`UP_TO_NOW`] (each, where one holds another): found once
/// for all the figures of a text. All three end in 前, which a fast search finds.
fn up_to_now(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    for (at, last) in text.match_indices('前') {
        let end = at + last.len();
        for word in UP_TO_NOW {
            let start = end.checked_sub(word.len());
            if let Some(start) = start.filter(|s| text.get(*s..end) == Some(word)) {
                found.push(start..end);
            }
        }
    }
    found
}

/// The period of a figure: from the last date written before it in its sentence.
/// "2024年以来" → from 2024 on; "2025年5月" → May 2025; "截至目前"/"目前" → up to the
/// notice's date; a range → that range.
///
/// `dates` are the dates of the whole `text`: the last one in the sentence is the last that
/// ends before the figure and after the sentence's start (none crosses a 。); `nows` are
/// the words of [`UP_TO_NOW`] in the whole `text`.
fn period_before(
    text: &str,
    dates: &[dates::Found],
    nows: &[std::ops::Range<usize>],
    at: usize,
    context: dates::Context,
) -> Option<Period> {
    let notice = context.notice;
    let sentence_start = text[..at].rfind('。').map_or(0, |i| i + '。'.len_utf8());
    let ended = dates.partition_point(|d| d.range.end <= at);
    let last_date = dates[..ended]
        .last()
        .filter(|d| d.range.start >= sentence_start)
        .map(|d| dates::Found {
            range: d.range.start - sentence_start..d.range.end - sentence_start,
            ..d.clone()
        });
    let now = (nows.iter())
        .filter(|r| r.start >= sentence_start && r.end <= at)
        .map(|r| r.start - sentence_start)
        .max();
    let period = match (last_date, now) {
        (Some(found), Some(now_at)) if now_at > found.range.start => Some(Period {
            start: None,
            end: notice,
        }),
        (None, Some(_)) => notice.map(|n| Period {
            start: None,
            end: Some(n),
        }),
        (Some(found), _) => {
            let start = found.start.resolve(None, context);
            let end = match &found.end {
                _ if found.since => None,
                Some(end) => end.resolve(Some(&found.start), context),
                None => start,
            };
            Some(Period { start, end })
        }
        (None, None) => None,
    };
    // Dates without a year in a notice that gives none date nothing: no empty period.
    period.filter(|p| !p.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(text: &str) -> Vec<(f64, Option<String>, Qualifier, IndicatorKind, String)> {
        let piece = Piece { text, start: 0 };
        find(piece, dates::Context::default())
            .into_iter()
            .map(|f| {
                let i = f.indicator;
                (i.value, i.unit, i.qualifier, i.kind, i.subject)
            })
            .collect()
    }

    #[test]
    fn numbers_units_magnitudes_and_qualifiers() {
        use IndicatorKind::*;
        use Qualifier::*;
        let unit = |u: &str| Some(u.to_owned());
        // Courses, areas in the metre's symbol as written, wells, and twelve times (二 alone
        // before 次 is "second").
        let found: Vec<(f64, Option<String>)> = figures(
            "一流课程增至17门，场区1973.74m2、道路807㎡，封填12眼机井，召开十二次会议，养羊约300只，保障起降11614架次，清理14艘吸砂船，涉及10乡镇、丽江等5州",
        )
        .into_iter()
        .map(|f| (f.0, f.1))
        .collect();
        assert_eq!(
            found,
            [
                (17.0, unit("门")),
                (1973.74, unit("m2")),
                (807.0, unit("㎡")),
                (12.0, unit("眼")),
                (12.0, unit("次")),
                (300.0, unit("只")),
                (11614.0, unit("架次")),
                (14.0, unit("艘")),
                (10.0, unit("乡镇")),
                (5.0, unit("州"))
            ]
        );
        assert_eq!(
            figures("另有两位班子成员参与督导")
                .into_iter()
                .map(|f| (f.0, f.1))
                .collect::<Vec<_>>(),
            [(2.0, unit("位"))]
        );
        assert_eq!(
            figures("接待游客量超10万人次"),
            [(
                100_000.0,
                unit("人次"),
                MoreThan,
                Count,
                "接待游客量".into()
            )]
        );
        assert_eq!(figures("我市选送的两个精品项目获得扶持")[0].0, 2.0);
        assert_eq!(figures("十一家媒体")[0].0, 11.0);
        assert_eq!(figures("300余名演职人员")[0].2, MoreThan);
        // A distance in a direction places something; a length of work measures it.
        assert!(figures("位于桥头路口东南约2公里的小区").is_empty());
        assert!(figures("厂区北侧1.5公里处").is_empty());
        assert_eq!(figures("清理河道3.5公里")[0].0, 3.5);
        // A class of water is a grade.
        assert!(figures("检测结果分别为地表水三类水质及地表水四类水质").is_empty());
        assert_eq!(figures("排查出3类问题")[0].0, 3.0);
        // A number quoted alone before its unit counts; other quoted words name things.
        let quoted: Vec<f64> = figures("成立“1”个领导小组，下设“4”个专项小组，“1+4”体系")
            .iter()
            .map(|f| f.0)
            .collect();
        assert_eq!(quoted, [1.0, 4.0]);
        // 余 after the magnitude, before the measure word.
        let signed = figures("签订10万余份承诺书");
        assert_eq!(
            (signed[0].0, signed[0].1.as_deref(), signed[0].2),
            (100000.0, Some("份"), MoreThan)
        );
        // Parts counted with 大; a qualifier in traditional script.
        let parts = figures("县委就3大部分11个方面28个问题");
        assert_eq!(parts[0].0, 3.0);
        assert_eq!(parts[0].1.as_deref(), Some("部分"));
        assert_eq!(figures("罰款金額約110萬元")[0].2, Approximately);
        // 上百, 上千: upwards of a round number.
        let upwards = figures("毁坏两片上百亩林地");
        assert_eq!(
            upwards.iter().map(|f| (f.0, f.2)).collect::<Vec<_>>(),
            [(2.0, Exact), (100.0, MoreThan)]
        );
        assert_eq!(figures("培训约200人次左右")[0].2, Approximately);
        assert_eq!(
            figures("挽回损失120万元"),
            [(1_200_000.0, unit("元"), Exact, Amount, "挽回损失".into())]
        );
        assert_eq!(
            figures("完成率98.71%"),
            [(98.71, unit("%"), Exact, Percentage, "完成率".into())]
        );
        assert_eq!(
            figures("在全省排名第10"),
            [(10.0, None, Exact, Rank, "在全省排名".into())]
        );
        assert_eq!(figures("不到5家")[0].2, LessThan);
        // Counts of areas and places without 个: 五方面, 涉3市, 2县.
        assert_eq!(figures("反馈的五方面问题")[0].1, unit("方面"));
        assert_eq!(figures("梳理出四大方面21个问题")[0].0, 4.0);
        assert_eq!(figures("分为两大类")[0].1, unit("类"));
        assert!(figures("打好三大攻坚战").is_empty());
        assert_eq!(
            figures("涉3市2县")
                .into_iter()
                .map(|f| (f.0, f.1))
                .collect::<Vec<_>>(),
            [(3.0, unit("市")), (2.0, unit("县"))]
        );
        // After an ordinal's enumeration, a count: 第三、四批 and then 58件.
        assert_eq!(figures("第三、四批共58件")[0].0, 58.0);
        assert_eq!(figures("近3000人")[0].2, Nearly);
    }

    #[test]
    fn straight_quotes_hide_a_name_until_they_close_or_the_clause_ends() {
        // A name in straight quotes, as some pages write curly ones, counts nothing; the
        // figure after it does.
        let found = figures(r#"切实做到"两个维护"，整改问题17个"#);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, 17.0);
        // A stray quote hides nothing past its clause.
        assert_eq!(figures(r#"据"清单，已办结9件"#)[0].0, 9.0);
    }

    #[test]
    fn magnitudes_are_exact_in_decimal() {
        // 672.8 × 1e8 in binary is 67279999999.99999: the point is moved in the digits.
        assert_eq!(figures("提前下达金额672.8亿元")[0].0, 67_280_000_000.0);
        assert_eq!(figures("清退违规资金66.57万元")[0].0, 665_700.0);
        assert_eq!(figures("涉及金额237054.47 万元")[0].0, 2_370_544_700.0);
        assert_eq!(figures("共计1,234.5万元")[0].0, 12_345_000.0);
        assert_eq!(figures("两亿元")[0].0, 200_000_000.0);
    }

    #[test]
    fn ranks_with_their_field_between() {
        assert_eq!(figures("排名全国第6位")[0].3, IndicatorKind::Rank);
        assert_eq!(figures("位居全省第2")[0].0, 2.0);
        assert!(figures("第三巡察组").is_empty());
    }

    #[test]
    fn what_is_not_a_figure() {
        for text in [
            "第二十届、二十一届中国（深圳）国际文化产业博览交易会",
            "歌曲《瑶家庆丰》荣获“五个一工程”奖",
            "5G智慧城市",
            "开园半年时间",
            "2025年5月，",
            "统一战线",
            "《清远不远》",
            "根据县委统一部署",
            "把整改作为一项重大政治任务",
            "经过3个月集中整改",
            "区政府八届89次常务会议",
            "省委十一届三次全会审议通过",
            "在十一届区委八次全会上作出部署",
            "落实市九届人大常委会二十次会议审议意见",
            "区四套班子领导带头",
            "加装三元催化装置",
            "整改分近期、中期、长期三个阶段推进",
            "按短期攻堅、中期推進和長期堅持三個階段",
            "党委十二届三次、四次、五次全会分别研究",
            "落实中央八项规定精神",
            "对轨道交通3号线二期工程进行跟踪审计",
            "完成2期项目建设",
            "统筹推进五位一体总体布局",
            "保持两位数增长",
            "督察组转办的第四、五、六批信访件",
            "累计转办第一至十二批信访件",
            "前7批信访件已全部办结",
            "前十批",
            "七台河市",
            "三台县生态环境局",
            "五家渠市",
            "奇山县七户乡、北庭镇",
            "某县林业局三家子林场",
            "市委巡察组对三门峡市文化广电和旅游局进行了巡察",
            "对三乡镇圩仔等村开展巡察",
            "扎实做好执纪、惩治、结合三篇文章",
            "进行了为期三个半月的集中巡察",
            "存在二次污染风险",
            "关停县城以东38项目部临时取水点",
            "两眼望去",
            "完善农贸市场管理",
            "约1個月",
        ] {
            assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
        }
    }

    #[test]
    fn enumerated_figures_take_their_part_of_the_clause() {
        let subjects: Vec<String> = figures("我市1个镇、7个村获评全国文明村镇")
            .into_iter()
            .map(|f| f.4)
            .collect();
        assert_eq!(subjects, ["我市镇", "村获评全国文明村镇"]);
    }
}
