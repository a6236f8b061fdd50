//! Dates as notices write them: 2024年3月27日, 二〇二四年三月二十七日, 2025年5月, 今年6月,
//! and ranges that drop what their end shares with their start (2025年10月16日至11月16日,
//! 3月27日至6月28日, 2024-2025年9月). Open spans (2024年以来) are marked as such.

use std::ops::Range;

use crate::PartialDate;

use crate::text::source::is_ideograph;
use crate::text::values::{CharSet, NUMBER_CHARS, figures, numerals};

/// The year of a written date: a number, or one relative to the notice's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Year {
    /// 2024年, 二〇二四年.
    Absolute(i32),
    /// 今年 (0), 去年 (-1), 前年 (-2), 明年 (1).
    Relative(i32),
}

/// A date as written, with the parts it leaves out still missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Written {
    pub(crate) year: Option<Year>,
    pub(crate) month: Option<u32>,
    pub(crate) day: Option<u32>,
}

/// A date or a range found in a text, with its byte range in that text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) range: Range<usize>,
    pub(crate) start: Written,
    /// The end of a range (至, 到, —, -), as written: it may leave out its year and month.
    pub(crate) end: Option<Written>,
    /// Followed by 以来, 以后 or 起: from this date on.
    pub(crate) since: bool,
}

/// What a written date needs to become a [`PartialDate`]: the notice's own year (for 今年 and
/// 去年) and the year last written before it (for 3月27日 without a year).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Context {
    pub(crate) notice_year: Option<i32>,
    /// The year of the page's time stamp, for 今年 and 去年 when the notice has no date.
    pub(crate) page_year: Option<i32>,
    pub(crate) last_year: Option<i32>,
    /// The notice's own date (its signature), for 截至目前.
    pub(crate) notice: Option<PartialDate>,
    /// The date last read in the opening, for a date without a year that comes after it.
    pub(crate) last_date: Option<PartialDate>,
}

/// The same month and day in another year (None for 29 February in a common year).
pub(crate) fn in_year(date: PartialDate, year: i32) -> Option<PartialDate> {
    match (date.month_number(), date.day_number()) {
        (Some(m), Some(d)) => PartialDate::day(year, m, d).ok(),
        (Some(m), None) => PartialDate::month(year, m).ok(),
        _ => PartialDate::year(year).ok(),
    }
}

impl Written {
    /// The partial date it stands for, taking what it leaves out from `base` (for the end of a
    /// range, its start) and the context.
    pub(crate) fn resolve(&self, base: Option<&Written>, context: Context) -> Option<PartialDate> {
        let year = match self.year.or_else(|| base.and_then(|b| b.year)) {
            Some(Year::Absolute(y)) => Some(y),
            Some(Year::Relative(offset)) => {
                (context.notice_year.or(context.page_year)).map(|y| y + offset)
            }
            None => context.last_year.or(context.notice_year),
        }?;
        // A range end that writes only its day takes its month from the start.
        let month = self
            .month
            .or_else(|| self.day.and_then(|_| base.and_then(|b| b.month)));
        match (month, self.day) {
            (None, None) => PartialDate::year(year).ok(),
            (Some(m), None) => PartialDate::month(year, m).ok(),
            (Some(m), Some(d)) => PartialDate::day(year, m, d).ok(),
            (None, Some(_)) => None,
        }
    }

    /// The absolute year it writes, if any.
    pub(crate) fn absolute_year(&self) -> Option<i32> {
        match self.year {
            Some(Year::Absolute(y)) => Some(y),
            _ => None,
        }
    }
}

/// Words after a month that name a part of it (4月上旬 → April): the date keeps month
/// precision.
const PARTS_OF_A_MONTH: [&str; 7] = ["上旬", "中旬", "下旬", "中下旬", "初", "底", "末"];

const CONNECTORS: [&str; 8] = ["至", "到", "——", "—", "－", "-", "～", "~"];

/// Every date and range in `text`, left to right, without overlaps.
pub(crate) fn find(text: &str) -> Vec<Found> {
    find_after(text, None)
}

/// As [`find`], for a text that follows a date (`after`, the end of a step told
/// before it): squeezed digits that read two ways are told by it
/// ([`told_by_the_date_before`]).
pub(crate) fn find_after(text: &str, after: Option<PartialDate>) -> Vec<Found> {
    let mut found = Vec::new();
    let mut scan = Scan {
        after,
        ..Scan::default()
    };
    scan.read_to(text, text.len(), &mut found);
    found
}

/// A reading of the dates of a text, left to right, that can stop at any place and go on
/// later: a scan that needs only the dates before a place reads no further.
#[derive(Default)]
pub(crate) struct Scan {
    /// Where the reading stands.
    at: usize,
    /// Past the end of the last date found: no date starts inside another.
    resume: usize,
    /// The date the text follows, if known, for the first date read.
    after: Option<PartialDate>,
}

impl Scan {
    /// Reads on to byte `to` of `text` (the text read before), adding to `found` every date
    /// that starts before `to`.
    pub(crate) fn read_to(&mut self, text: &str, to: usize, found: &mut Vec<Found>) {
        let Some(rest) = text.get(self.at..to) else {
            return;
        };
        // No date starts with the other characters.
        for (k, c) in STARTS.find_in(rest) {
            let i = self.at + k;
            let after_digit = (text[..i].chars().next_back())
                .is_some_and(|p| numerals::digit(p).is_some() || matches!(p, '十' | '百' | '千'));
            if i < self.resume || after_digit || !may_be_dated(text, i, c) {
                continue;
            }
            // The date before it, found only for digits that read two ways.
            let before = || found.last().and_then(last_date).or(self.after);
            if let Some(hit) = at(text, i, before) {
                self.resume = hit.range.end;
                found.push(hit);
            }
        }
        self.at = to;
    }
}

/// The characters a date can start with: a digit, a Chinese numeral, or the first
/// character of 今年, 本年, 去年, 上年, 前年, 明年. Most characters cannot, and are passed
/// over after one bit test.
static STARTS: CharSet = CharSet::of(&NUMBER_CHARS).with(&['今', '本', '去', '上', '前', '明']);

/// Whether the number that starts at byte `i` with `c` may be part of a date: a date's
/// number is followed by 年, 月, 日 or 号, or (a year without 年 starting a range) by a
/// connector. Most numbers in running text (一是, 统一, 3个) are not, and are passed over
/// without reading a date. The run looked over holds every character a date's number
/// may be written with, so no date is passed over.
fn may_be_dated(text: &str, i: usize, c: char) -> bool {
    if !(numerals::digit(c).is_some() || numerals::is_chinese_numeral(c)) {
        // 今年, 去年 …: read in full.
        return true;
    }
    let digits = text[i..].bytes().take_while(u8::is_ascii_digit).count();
    if matches!(digits, 6..=8) || opens_sentence_before_committee(text, i, i + digits) {
        // Perhaps a date that lost every mark: [`squeezed`] tells.
        return true;
    }
    let number_run =
        |c: &char| numerals::digit(*c).is_some() || numerals::is_chinese_numeral(*c) || *c == ',';
    text[i..]
        .chars()
        .find(|c| !number_run(c))
        .is_some_and(|next| {
            matches!(
                next,
                '年' | '月' | '日' | '号' | '至' | '到' | '—' | '－' | '-' | '～' | '~'
            )
        })
}

/// A date or range starting exactly at byte `i` of `text`.
/// `before` gives the date the text gave last, if any.
fn at(text: &str, i: usize, before: impl FnOnce() -> Option<PartialDate>) -> Option<Found> {
    let (start, mut end_at) = match date(text, i, false) {
        Some(found) => found,
        None => bare_year_range_start(text, i)
            .or_else(|| start_told_by_its_end(text, i))
            .or_else(|| told_by_the_date_before(text, i, before()?))?,
    };
    let mut end = None;
    for connector in CONNECTORS {
        if text[end_at..].starts_with(connector)
            && let Some((written, after)) = range_end(text, end_at + connector.len(), &start)
        {
            end = Some(written);
            end_at = after;
            break;
        }
    }
    if start.year.is_none() && start.month.is_none() {
        return None;
    }
    let since = ["以来", "以后", "起"]
        .iter()
        .any(|w| text[end_at..].starts_with(w));
    Some(Found {
        range: i..end_at,
        start,
        end,
        since,
    })
}

/// The end of a range after its connector, at byte `from`: a date that may leave out its
/// year and month, and, after a `start` with a day, a day without its 日 ([`day_without_mark`]).
fn range_end(text: &str, from: usize, start: &Written) -> Option<(Written, usize)> {
    let read = date(text, from, true);
    let (mut written, at) = read.unwrap_or((Written::default(), from));
    if start.day.is_some()
        && written.day.is_none()
        && let Some((day, after)) = day_without_mark(text, at)
    {
        written.day = Some(day);
        return Some((written, after));
    }
    if start.day.is_some()
        && read.is_none()
        && let Some((month, day, after)) = month_day_without_marks(text, from, start)
    {
        written.month = Some(month);
        written.day = Some(day);
        return Some((written, after));
    }
    read
}

/// The month and day that end a range of days, both without their marks ("2023年8月14日至
/// 1031县委第三巡察组……", a page that lost 月 and 日): three or four digits that split into
/// a month and a day one way only (123 is 1月23日 or 12月3日: neither), or two that cannot
/// be a day (56: 5月6日), after the start's, where [`day_without_mark`] reads a day.
fn month_day_without_marks(text: &str, at: usize, start: &Written) -> Option<(u32, u32, usize)> {
    let digits = text[at..].bytes().take_while(u8::is_ascii_digit).count();
    let number = &text[at..at + digits];
    // Two digits only when they cannot be a day ("至56对……": 5月6日).
    let readable = (3..=4).contains(&digits) || digits == 2 && cannot_be_a_day(number);
    if !readable {
        return None;
    }
    let readings: Vec<(u32, u32)> = (1..digits)
        .filter(|cut| !number[*cut..].starts_with('0'))
        .filter_map(|cut| Some((number[..cut].parse().ok()?, number[cut..].parse().ok()?)))
        .filter(|(month, day)| (1..=12).contains(month) && (1..=31).contains(day))
        .collect();
    let [(month, day)] = readings.as_slice() else {
        return None;
    };
    if start
        .month
        .is_some_and(|m| (m, start.day.unwrap_or(0)) >= (*month, *day))
    {
        return None;
    }
    // What may follow a day without its mark may follow the two.
    day_without_mark(&text[at + digits - 1..], 0)?;
    Some((*month, *day, at + digits))
}

/// The day that ends a range of days without its 日 ("4月10日至28，", "6月7日至2021年8月13
/// 市委第五巡察组……"), at byte `at`: one or two digits of a day, read only where no count or
/// time can be: before a clause's break, or before a Chinese character that starts no unit
/// of a figure (个, 件, 人 …) and no word of time or amount (时, 点, 天, 余, 万 …).
fn day_without_mark(text: &str, at: usize) -> Option<(u32, usize)> {
    let digits = text[at..].bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let after = at + digits;
    let day: u32 = text[at..after].parse().ok()?;
    let next = text[after..].chars().next();
    let ends_clause = next.is_none_or(|c| matches!(c, '，' | '。' | '；' | '、' | ',' | ';'));
    // 市 and 县 count cities and counties (7市), but not before 委.
    let committee = ["市委", "县委", "区委", "省委", "州委"]
        .iter()
        .any(|w| text[after..].starts_with(w));
    let starts_a_name = committee
        || next.is_some_and(|c| {
            is_ideograph(c)
                && !"日号时点分秒天周岁倍年月小多余万亿千百十".contains(c)
                && !crate::text::values::figures::starts_unit(&text[after..])
        });
    ((1..=31).contains(&day) && (ends_clause || starts_a_name)).then_some((day, after))
}

/// "2024-2025年9月": a year without 年 before a connector and a dated end.
fn bare_year_range_start(text: &str, i: usize) -> Option<(Written, usize)> {
    let digits: String = text[i..].chars().take_while(char::is_ascii_digit).collect();
    if digits.len() != 4 {
        return None;
    }
    let after = i + 4;
    let connects = CONNECTORS.iter().any(|c| {
        text[after..]
            .strip_prefix(c)
            .is_some_and(|rest| date(rest, 0, false).is_some_and(|(w, _)| w.year.is_some()))
    });
    connects.then(|| {
        let year = digits.parse().ok().map(Year::Absolute);
        (
            Written {
                year,
                ..Written::default()
            },
            after,
        )
    })
}

/// A single date at byte `i`: year, month and day, each optional but in that order; without
/// `partial`, it must have a year or a month.
fn date(text: &str, i: usize, partial: bool) -> Option<(Written, usize)> {
    if let Some(squeezed) = squeezed(text, i, partial) {
        return Some(squeezed);
    }
    let mut written = Written::default();
    let mut at = i;
    if let Some((year, after)) = year(text, at).or_else(|| year_before_month(text, at)) {
        written.year = Some(year);
        at = after;
    }
    if let Some((month, after)) = number_before(text, at, &["月"], 1..=12) {
        written.month = Some(month);
        at = after;
    }
    if (written.month.is_some() || partial)
        && let Some((day, after)) = number_before(text, at, &["日", "号"], 1..=31)
    {
        written.day = Some(day);
        at = after;
    } else if written.month.is_some()
        && let Some(part) = PARTS_OF_A_MONTH
            .iter()
            .find(|p| text[at..].starts_with(**p))
    {
        // 4月上旬, 7月底: within that month, read to the month.
        at += part.len();
    }
    let enough =
        written.year.is_some() || written.month.is_some() || (partial && written.day.is_some());
    enough.then_some((written, at))
}

/// A date whose 年 and 月 a page lost ("202253日", "2024717日", "20211228日"; a range's end "830日", or
/// a date that opens a clause, "612日，巡察组向……反馈"): the digits before 日, read only when
/// they split into a year (1990–2099), a month and a day in exactly one way. "2021111日"
/// (1月11日 or 11月1日) is not read.
///
/// A page that lost 日 as well leaves seven bare digits ("2023726，", "并于2025210向"):
/// those are read only between a Chinese character and a clause's break or the verb's
/// preposition, after 于, or as a whole line, as [`lost_every_mark`] tells, where no
/// amount, phone or code stands; eight only as a whole line (a signature's "20221122"), and
/// six too when they split one way only ("202591").
fn squeezed(text: &str, i: usize, partial: bool) -> Option<(Written, usize)> {
    let (readings, after) = squeezed_readings(text, i, partial)?;
    match readings.as_slice() {
        [only] => Some((*only, after)),
        _ => None,
    }
}

/// Every reading of the squeezed digits at byte `i` ([`squeezed`]), and where they end: one
/// for most, two for "2018115日" (1月15日 or 11月5日), which only a range's end can tell
/// apart ([`start_told_by_its_end`]).
fn squeezed_readings(text: &str, i: usize, partial: bool) -> Option<(Vec<Written>, usize)> {
    let digits = text[i..].bytes().take_while(u8::is_ascii_digit).count();
    let after = i + digits;
    let day_mark = if text[after..].starts_with('日') {
        '日'.len_utf8()
    } else if (digits == 7 && lost_every_mark(text, i, after))
        || opens_sentence_before_committee(text, i, after)
        || (digits == 8 && is_whole_line(text, i, after))
        || (digits == 6 && is_whole_line(text, i, after) && !ends_with_a_month(text, i, after))
    {
        0
    } else {
        return None;
    };
    let run = &text[i..after];
    let (year, month_day) = match digits {
        6..=8 => {
            let year: i32 = run[..4].parse().ok()?;
            ((1990..=2099).contains(&year).then_some(year)?, &run[4..])
        }
        // Two digits lost their 月 only when they cannot be a day ("75日": 7月5日).
        2 if cannot_be_a_day(run) && (partial || opens_clause(text, i, after)) => (2000, run),
        3 | 4 if partial || day_mark == 0 || opens_clause(text, i, after) => (2000, run),
        _ => return None,
    };
    // Eight bare digits are written as a machine writes a date, month and day with two
    // digits each (20231008).
    let padded = digits == 8 && day_mark == 0;
    let cuts = if padded { 2..3 } else { 1..month_day.len() };
    let readings: Vec<Written> = cuts
        .filter_map(|cut| {
            let month: u32 = month_day[..cut].parse().ok()?;
            let day: u32 = month_day[cut..].parse().ok()?;
            let leading_zero =
                !padded && month_day[cut..].starts_with('0') && cut + 1 < month_day.len();
            (!leading_zero && PartialDate::day(year, month, day).is_ok()).then_some(Written {
                year: (digits >= 6).then_some(Year::Absolute(year)),
                month: Some(month),
                day: Some(day),
            })
        })
        .collect();
    (!readings.is_empty()).then_some((readings, after + day_mark))
}

/// The start of a range that squeezed digits give two readings of ("2018115日至2019110日":
/// 1月15日 or 11月5日, to 10 January 2019), told by its end: the one reading from which the
/// end, read after a connector, falls within [`LONGEST_STAY_DAYS`] (an inspection's stay, a
/// rectification's months), where the other falls further or not after it.
fn start_told_by_its_end(text: &str, i: usize) -> Option<(Written, usize)> {
    let (readings, after) = two_way_readings(text, i)?;
    let connector = CONNECTORS.iter().find(|c| text[after..].starts_with(**c))?;
    let within_a_stay = |start: &Written| {
        let (end, _) = range_end(text, after + connector.len(), start)?;
        let first = start.resolve(None, Context::default())?;
        days_within_a_stay(first, end.resolve(Some(start), Context::default())?)
    };
    only_one(
        readings
            .into_iter()
            .filter(|start| within_a_stay(start).is_some()),
    )
    .map(|start| (start, after))
}

/// A date whose squeezed digits read two ways ("2025117日": 1月17日 or 11月7日), told by the
/// date before it in the text: the one reading within [`LONGEST_STAY_DAYS`] after it (a
/// feedback after the stay, "2024年9月至11月……。2025117日，……反馈"), where the other is
/// further or before it.
fn told_by_the_date_before(text: &str, i: usize, last: PartialDate) -> Option<(Written, usize)> {
    let (readings, after) = two_way_readings(text, i)?;
    // After it, not on its day.
    let soon_after = |reading: &Written| {
        days_within_a_stay(last, reading.resolve(None, Context::default())?).filter(|d| *d > 0)
    };
    only_one(readings.into_iter().filter(|r| soon_after(r).is_some())).map(|r| (r, after))
}

/// Whether a number is above any day of a month: two digits that lost their 月 between
/// them ("56": 5月6日).
fn cannot_be_a_day(number: &str) -> bool {
    number.parse::<u32>().is_ok_and(|n| n > 31)
}

/// Days from `from` to `to` when `to` is not before it and within [`LONGEST_STAY_DAYS`].
fn days_within_a_stay(from: PartialDate, to: PartialDate) -> Option<i64> {
    let days = (to.first_day() - from.first_day()).num_days();
    (0..=LONGEST_STAY_DAYS).contains(&days).then_some(days)
}

/// The date a date or range found ends on (its end, else itself), when it has its year.
fn last_date(found: &Found) -> Option<PartialDate> {
    match &found.end {
        Some(end) => end.resolve(Some(&found.start), Context::default()),
        None => found.start.resolve(None, Context::default()),
    }
}

/// The only item of `items`, if there is exactly one.
fn only_one<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    let first = items.next()?;
    items.next().is_none().then_some(first)
}

/// The readings of squeezed digits at byte `i` when there are several, and where they end.
fn two_way_readings(text: &str, i: usize) -> Option<(Vec<Written>, usize)> {
    squeezed_readings(text, i, false).filter(|(readings, _)| readings.len() > 1)
}

/// The longest a range told by its end may last, in days: half a year.
const LONGEST_STAY_DAYS: i64 = 183;

/// Whether the bare digits at `i..after` stand where a date that lost 年, 月 and 日 does:
/// after a Chinese character that is no label of a number (电话, 热线, 号码 …) or at a
/// sentence's start, and before a comma, a full stop or the 向 and 对 that follow a date of
/// feedback ("进行了巡视2023726，", "并于2025210向……反馈", "。2023815，巡察组……"); after
/// 于 ("并于2022223市委……反馈"); or alone on their line (a signature's "20221122"). An
/// amount has its unit after it, a phone or a code its label or colon before it.
fn lost_every_mark(text: &str, i: usize, after: usize) -> bool {
    const LABELS: [&str; 10] = [
        "电话", "热线", "号码", "手机", "传真", "邮编", "编码", "编号", "文号", "信箱",
    ];
    let after_word_or_sentence = text[..i]
        .chars()
        .next_back()
        .is_none_or(|c| is_ideograph(c) || matches!(c, '。' | '；'));
    let labelled = LABELS.iter().any(|label| text[..i].ends_with(label));
    let breaks = text[after..].starts_with(['，', '。', '；', '向', '对']);
    // "并于2022223市正式反馈": 于 says a date follows, unless an amount's unit does ("低于
    // 2021915元"); 市 and 县 there start the body that acts, not a count of cities.
    let rest = &text[after..];
    let after_yu = text[..i].ends_with('于')
        && (!figures::starts_unit(rest) || rest.starts_with(['市', '县']));
    after_word_or_sentence && !labelled && (breaks || after_yu || is_whole_line(text, i, after))
}

/// Whether the last two of six bare digits could be a month ("202512": December 2025, or
/// the 2nd of January): a signature's six digits are read only when they cannot
/// ("202591": the 1st of September).
fn ends_with_a_month(text: &str, i: usize, after: usize) -> bool {
    text[i + 4..after]
        .parse::<u32>()
        .is_ok_and(|month| (1..=12).contains(&month))
}

/// Whether the digits at `i..after` are the whole text: a signature's date that lost its
/// marks stands on its own line ("2022112", "20221122"); in running text eight digits are
/// more often a number than a date.
fn is_whole_line(text: &str, i: usize, after: usize) -> bool {
    i == 0 && after == text.len()
}

/// Whether the number at byte `i`, which ends at `after` before its 日, opens a clause and
/// is followed by a comma or the committee that acts ("612日，……", "75日市委……巡察组向……反
/// 馈") at a sentence's start, where a count of days ("120日内") never stands.
fn opens_clause(text: &str, i: usize, after: usize) -> bool {
    let starts = i == 0 || text[..i].ends_with(['，', '。', '；', '：', '于']);
    let rest = &text[after + '日'.len_utf8()..];
    // After 于, the verb may follow at once ("于86日反馈了巡察意见", "于716日向……").
    let verb_follows = text[..i].ends_with('于') && rest.starts_with(['向', '反', '对']);
    starts && (rest.starts_with('，') || starts_with_acting_committee(rest) || verb_follows)
}

/// Whether `text` starts with the committee that acts in a sentence of the genre (市委,
/// 县委 …, 中央): after a date that opens the sentence, never after a count.
fn starts_with_acting_committee(text: &str) -> bool {
    const ACTING: [&str; 8] = [
        "市委", "县委", "区委", "省委", "州委", "旗委", "盟委", "中央",
    ];
    ACTING.iter().any(|body| text.starts_with(body))
}

/// Whether three or four bare digits at `i..after`, which lost 月 and 日 both, open a
/// sentence before a comma and the committee that acts ("。728，市委第五巡察组向……反馈").
fn opens_sentence_before_committee(text: &str, i: usize, after: usize) -> bool {
    let starts = i == 0 || text[..i].ends_with('。');
    let rest = &text[after..];
    starts
        && (3..=4).contains(&(after - i))
        && rest
            .strip_prefix('，')
            .is_some_and(starts_with_acting_committee)
}

/// A year whose 年 a page lost before its month ("20259月底前", "202510月"): four digits of
/// a year (1990–2099) run into the one or two of a month, before 月.
fn year_before_month(text: &str, i: usize) -> Option<(Year, usize)> {
    let digits = text[i..].bytes().take_while(u8::is_ascii_digit).count();
    if !(5..=6).contains(&digits) || !text[i + digits..].starts_with('月') {
        return None;
    }
    let year: i32 = text[i..i + 4].parse().ok()?;
    let month: u32 = text[i + 4..i + digits].parse().ok()?;
    ((1990..=2099).contains(&year) && (1..=12).contains(&month))
        .then_some((Year::Absolute(year), i + 4))
}

fn year(text: &str, i: usize) -> Option<(Year, usize)> {
    let rest = &text[i..];
    for (word, offset) in [
        ("今年", 0),
        ("本年", 0),
        ("去年", -1),
        ("上年", -1),
        ("前年", -2),
        ("明年", 1),
    ] {
        if rest.starts_with(word) {
            return Some((Year::Relative(offset), i + word.len()));
        }
    }
    let mut year = 0i32;
    let mut end = 0;
    for (count, (at, c)) in rest.char_indices().enumerate() {
        if count == 4 {
            break;
        }
        year = year * 10 + numerals::digit(c)? as i32;
        end = at + c.len_utf8();
    }
    let after = rest[end..].strip_prefix('年')?;
    (rest[..end].chars().count() == 4).then_some((Year::Absolute(year), text.len() - after.len()))
}

/// A number (Arabic or Chinese) in `range` followed by one of `units`.
fn number_before(
    text: &str,
    i: usize,
    units: &[&str],
    range: std::ops::RangeInclusive<u32>,
) -> Option<(u32, usize)> {
    let rest = &text[i..];
    let (value, len, _) = numerals::leading(rest, false)?;
    let value = value as u32;
    let unit = units.iter().find(|u| rest[len..].starts_with(**u))?;
    range
        .contains(&value)
        .then_some((value, i + len + unit.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Found {
        let found = find(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn resolved(text: &str, context: Context) -> (Option<String>, Option<String>) {
        let found = one(text);
        let start = found.start.resolve(None, context).map(|d| d.to_string());
        let end = found
            .end
            .and_then(|e| e.resolve(Some(&found.start), context))
            .map(|d| d.to_string());
        (start, end)
    }

    #[test]
    fn reads_arabic_and_chinese_dates() {
        let none = Context::default();
        assert_eq!(
            resolved("于2024年3月27日召开", none).0.as_deref(),
            Some("2024-03-27")
        );
        assert_eq!(
            resolved("二〇二四年三月二十七日", none).0.as_deref(),
            Some("2024-03-27")
        );
        assert_eq!(resolved("2025年5月，", none).0.as_deref(), Some("2025-05"));
        assert_eq!(resolved("2024年以来", none).0.as_deref(), Some("2024"));
        assert!(one("2024年以来").since);
    }

    #[test]
    fn ranges_take_what_their_end_leaves_out_from_their_start() {
        let none = Context::default();
        assert_eq!(
            resolved("公开期限：2025年10月16日至11月16日。", none),
            (Some("2025-10-16".into()), Some("2025-11-16".into()))
        );
        assert_eq!(
            resolved("2025年10月16日至26日", none),
            (Some("2025-10-16".into()), Some("2025-10-26".into()))
        );
        assert_eq!(
            resolved("2024-2025年9月", none),
            (Some("2024".into()), Some("2025-09".into()))
        );
        let in_2024 = Context {
            last_year: Some(2024),
            ..Context::default()
        };
        assert_eq!(
            resolved("3月27日至6月28日", in_2024),
            (Some("2024-03-27".into()), Some("2024-06-28".into()))
        );
    }

    #[test]
    fn a_ranges_end_day_without_its_mark_before_a_break_or_a_name() {
        let none = Context::default();
        let day = |s: &str| Some(s.to_owned());
        for (text, end) in [
            ("2023年4月10日至28，督察组进驻", "2023-04-28"),
            ("2023年4月10日至28", "2023-04-28"),
            ("2021年6月7日至2021年8月13市委第五巡察组", "2021-08-13"),
            ("2023年3月13日至5月19县委第二巡察组", "2023-05-19"),
            ("2024年1月8日-12。", "2024-01-12"),
            // Its month lost its mark too.
            ("2023年8月14日至1031县委第三巡察组", "2023-10-31"),
            ("2023814日至1031，", "2023-10-31"),
            ("2024年3月5日至412，", "2024-04-12"),
        ] {
            assert_eq!(resolved(text, none).1, day(end), "{text}");
        }
        // A count, an amount or an hour after the number, a start without its day, or a
        // number past the days of a month: no end of the range.
        for text in [
            "2023年4月10日至28个县",
            "2023年4月10日至12时",
            "2023年4月10日至15万元",
            "2023年4月10日至3天后",
            "2023年4月至15，",
            "2023年4月10日至45，",
            "2023年4月10日至123，",
            // Split two ways (1 and 23, or 12 and 3), before the start, or a count.
            "2023年1月10日至123，",
            "2023年8月14日至320，",
            "2023年8月14日至1031个",
        ] {
            assert_eq!(resolved(text, none).1, None, "{text}");
        }
    }

    #[test]
    fn relative_years_count_from_the_notice() {
        let context = Context {
            notice_year: Some(2025),
            ..Context::default()
        };
        assert_eq!(resolved("今年6月", context).0.as_deref(), Some("2025-06"));
        assert_eq!(resolved("去年12月", context).0.as_deref(), Some("2024-12"));
    }

    #[test]
    fn dates_that_lost_their_year_and_month_characters() {
        let none = Context::default();
        assert_eq!(
            resolved("2024717日至830日，", none),
            (Some("2024-07-17".into()), Some("2024-08-30".into()))
        );
        assert_eq!(
            resolved("20211228日在", none).0.as_deref(),
            Some("2021-12-28")
        );
        // A year, a month and a day of one digit each: 2022年5月2日.
        assert_eq!(
            resolved("202252日至630日，", none),
            (Some("2022-05-02".into()), Some("2022-06-30".into()))
        );
        // 1月11日 or 11月1日: not read.
        assert!(find("2021111日").is_empty());
        // Unless a range's end tells: from 5 November 2018 (not 15 January) to 10 January.
        assert_eq!(
            resolved("2018115日至2019110日，省委巡视组对某区进行了巡视", none),
            (Some("2018-11-05".into()), Some("2019-01-10".into()))
        );
        // An end before one reading tells the other; an end a year later tells none.
        assert_eq!(
            resolved("2021111日至2021420日", none).0.as_deref(),
            Some("2021-01-11")
        );
        assert!(
            find("2021111日至2022925日")
                .first()
                .is_none_or(|f| f.range.start > 0)
        );
        // Or by the date before it: the feedback soon after the stay.
        let found =
            find("2024年9月至11月，县委巡察组进行了巡察。2025117日，县委巡察组反馈了巡察意见。");
        assert_eq!(
            found
                .get(1)
                .and_then(|f| f.start.resolve(None, none))
                .map(|d| d.to_string()),
            Some("2025-01-17".into())
        );
        assert!(find("2025117日，巡察组反馈").is_empty());
        // Opening a clause, before a comma: a month and a day.
        let in_2024 = Context {
            last_year: Some(2024),
            ..Context::default()
        };
        assert_eq!(
            resolved("612日，巡察组向县水利局党组反馈了巡察意见。", in_2024)
                .0
                .as_deref(),
            Some("2024-06-12")
        );
        // Before the committee that gives the feedback; two digits that cannot be a day.
        let in_2018 = Context {
            last_year: Some(2018),
            ..Context::default()
        };
        for text in [
            "。75日市委巡察五组向区行政服务中心反馈了巡察意见",
            "。75日县委巡察组反馈",
        ] {
            assert_eq!(
                resolved(text, in_2018).0.as_deref(),
                Some("2018-07-05"),
                "{text}"
            );
        }
        // After 于; and, 日 lost too, three digits before a comma and the committee.
        assert_eq!(
            resolved("并于716日，区委第三巡察组向区卫生健康局党组反馈", in_2018)
                .0
                .as_deref(),
            Some("2018-07-16")
        );
        assert_eq!(
            resolved(
                "。728，市委第五巡察组向某开发区党工委反馈了巡察意见",
                in_2018
            )
            .0
            .as_deref(),
            Some("2018-07-28")
        );
        assert!(find("。728，共有").is_empty());
        assert_eq!(
            resolved("于86日反馈了巡察意见", in_2018).0.as_deref(),
            Some("2018-08-06")
        );
        assert!(find("并于86日内完成").is_empty());
        assert!(find("。2023，市委").is_empty());
        // A range's end of two digits that cannot be a day.
        assert_eq!(
            resolved("于2025324日至56对区卫生健康局党组进行了巡察", none),
            (Some("2025-03-24".into()), Some("2025-05-06".into()))
        );
        // A count of days, or a number inside a clause, or a day: no month and day.
        assert!(find("120日内完成").is_empty());
        assert!(find("。45日内完成整改").is_empty());
        assert!(find("在612日，").is_empty());
        assert!(
            find("4月27日至29日")
                .first()
                .is_some_and(|d| d.end.is_some_and(|e| e.month.is_none()))
        );
        // 日 lost too: seven digits between a clause and its break, read one way only.
        assert_eq!(
            resolved("开展了巡察2021915，市委巡察组", none).0.as_deref(),
            Some("2021-09-15")
        );
        assert_eq!(
            resolved("并于2024310向区文旅局党组反馈", none).0.as_deref(),
            Some("2024-03-10")
        );
        assert_eq!(
            resolved("开展了巡察。2024310，巡察组", none).0.as_deref(),
            Some("2024-03-10")
        );
        // After 于, whatever follows; a signature's date alone on its line.
        assert_eq!(
            resolved("并于2022223市正式反馈了督察意见", none)
                .0
                .as_deref(),
            Some("2022-02-23")
        );
        assert_eq!(resolved("20221122", none).0.as_deref(), Some("2022-11-22"));
        assert_eq!(resolved("20231008", none).0.as_deref(), Some("2023-10-08"));
        assert!(find("2022112").is_empty());
        // Six alone on a line, when the last two are no month: the 1st of September.
        assert_eq!(resolved("202591", none).0.as_deref(), Some("2025-09-01"));
        // December 2025, or the 2nd of January; and six digits in running text.
        assert!(find("202512").is_empty());
        assert!(find("共投入202591元").is_empty());
        // 年 lost before the month: "20259月底前".
        assert_eq!(resolved("20259月底前", none).0.as_deref(), Some("2025-09"));
        assert_eq!(resolved("202510月", none).0.as_deref(), Some("2025-10"));
        assert!(find("202513月").is_empty());
        // An amount, a phone, a code, two readings (1月12日 or 11月2日), or eight digits.
        for text in [
            "投入资金2021915元",
            "联系电话2021915，",
            "举报电话：2021915。",
            "编号2021915，",
            "巡察2021112，",
            "巡察20210915，",
            "低于2021915元",
            "20210915元",
        ] {
            assert!(find(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn numbers_that_are_not_dates_are_left_alone() {
        assert!(find("第二十届、二十一届中国").is_empty());
        assert!(find("开园半年时间").is_empty());
        assert!(find("12024年").is_empty());
        assert!(find("13月").is_empty());
    }
}
