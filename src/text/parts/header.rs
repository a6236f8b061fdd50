//! The title and the opening paragraph: who publishes, what inspection it answers, who
//! inspected whom, convened by whom, and when.

use std::num::NonZeroU32;
use std::sync::LazyLock;

use regex::Regex;

use crate::{InspectionForm, InspectionKind, PartialDate, Period, Round};

use crate::text::source::Piece;
use crate::text::values::dates;
use crate::text::values::numerals;
use crate::text::values::parties;

/// What the title says.
#[derive(Debug, Default)]
pub(crate) struct Title<'a> {
    /// The issuer's name, before 关于.
    pub(crate) issuer: Option<Piece<'a>>,
    pub(crate) kind: Option<(InspectionKind, Piece<'a>)>,
    pub(crate) form: Option<(InspectionForm, Piece<'a>)>,
    pub(crate) round: Option<(Round, Piece<'a>)>,
}

const FORMS: [(&str, InspectionForm); 5] = [
    ("专项", InspectionForm::Special),
    ("回头看", InspectionForm::FollowUp),
    ("机动", InspectionForm::Mobile),
    ("上下联动", InspectionForm::Linked),
    ("常规", InspectionForm::Regular),
];

/// 八届市委第五轮巡察, 十五届县委第三轮巡察, 第二轮巡视, 2024年第一轮巡察.
static ROUND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        "(?:(?P<term>[一二三四五六七八九十]+|[0-9]+)届)?(?P<who>[^，。、关于的第]{0,8}?)第(?P<number>[一二三四五六七八九十]+|[0-9]+)轮(?:[^，。的]{0,6}?)(?:巡视|巡察)",
    )
    .expect("a valid pattern")
});

/// The first of `words` that `text` contains, at its position.
fn first_of<'a, T: Copy>(piece: Piece<'a>, words: &[(&str, T)]) -> Option<(T, Piece<'a>)> {
    words
        .iter()
        .filter_map(|(word, value)| piece.text.find(word).map(|at| (at, *value, word.len())))
        .min_by_key(|(at, _, _)| *at)
        .map(|(at, value, len)| (value, piece.slice(at, at + len)))
}

fn number(text: &str) -> Option<NonZeroU32> {
    let n = numerals::chinese(text).or_else(|| text.parse().ok())?;
    NonZeroU32::new(n)
}

/// What a title says, read from each of its lines (a long title is broken before 关于 or
/// before its last words): the issuer is what precedes 关于, or the whole first line when the
/// second starts with 关于.
pub(crate) fn title_lines<'a>(lines: &[Piece<'a>]) -> Title<'a> {
    let mut merged = Title::default();
    for (i, line) in lines.iter().enumerate() {
        let read = title(*line);
        let issuer = read.issuer.or_else(|| {
            let previous = lines.get(i.wrapping_sub(1)).filter(|_| i > 0)?;
            (crate::text::vocabulary::about_at(line.text)?.0 == 0).then_some(*previous)
        });
        merged.issuer = merged.issuer.or(issuer);
        merged.kind = merged.kind.or(read.kind);
        merged.form = merged.form.or(read.form);
        merged.round = merged.round.or(read.round);
    }
    merged
}

fn title(title: Piece<'_>) -> Title<'_> {
    let issuer = match crate::text::vocabulary::about_at(title.text) {
        Some((at, _)) => Some(at)
            .filter(|at| *at > 0)
            .map(|at| without_announcement(title.to(at)).trim())
            .filter(|issuer| !issuer.is_empty()),
        None => issuer_before_its_work(title),
    };
    let round = ROUND.captures(title.text).map(|caps| {
        let whole = caps.get(0).expect("group 0 is the match");
        let mut round = Round::new(whole.as_str());
        round.term = caps.name("term").and_then(|m| number(m.as_str()));
        round.number = caps.name("number").and_then(|m| number(m.as_str()));
        (round, title.slice(whole.start(), whole.end()))
    });
    Title {
        issuer,
        kind: first_of(title, &crate::text::vocabulary::KINDS),
        form: first_of(title, &FORMS),
        round,
    }
}

/// The body that opens a title without 关于, before the verb of its work
/// ("浙江省某某局落实国家统计督察反馈意见整改情况"): three characters or more that name a body
/// of a kind the registry knows from its name ([`parties::kind_of`]) or a place (某市).
fn issuer_before_its_work(title: Piece<'_>) -> Option<Piece<'_>> {
    let at = ["贯彻落实", "落实"]
        .iter()
        .filter_map(|verb| title.text.find(verb))
        .min()?;
    let body = without_announcement(title.to(at)).trim();
    let names_a_body = parties::kind_of(body.text) != crate::PartyKind::Other
        || body.text.ends_with(['省', '市', '县', '区']);
    (body.text.chars().count() >= 3 && names_a_body).then_some(body)
}

/// The body that publishes, without the announcement's label and number before 关于:
/// "青岛市审计局审计结果公告2022年第5号（总第81号）——关于……" is the 青岛市审计局's; nor
/// a label a copying page put before it, up to its colon ("某某官网：某市人民政府关于……"),
/// nor a site's column tag in 【】.
fn without_announcement(words: Piece<'_>) -> Piece<'_> {
    let words = words.trim_end_chars(&['—', '-', ' ', '\u{3000}']);
    // A site's column tag before the title ("【巡察整改】中共……党组关于……") is no part of
    // the name.
    let words = match (words.text.starts_with('【'), words.text.find('】')) {
        (true, Some(close)) => words.from(close + '】'.len_utf8()).trim(),
        _ => words,
    };
    let words = match words.text.rfind('：') {
        Some(colon) => words.from(colon + '：'.len_utf8()).trim(),
        None => words,
    };
    let words = match words.text.find("审计结果公告") {
        Some(at) => words.to(at),
        None => words,
    };
    words.from(bulletin_number_len(words.text)).trim()
}

/// The length of an announcement's number at the start of a title's words, when the page
/// puts it before the body ("2019年第43号（总第221号）郑州市关于……"): the year, 第N号,
/// and the running number in brackets, if any.
fn bulletin_number_len(words: &str) -> usize {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let year = digits(words);
    let Some(rest) = words[year..].strip_prefix("年第").filter(|_| year == 4) else {
        return 0;
    };
    let number = digits(rest);
    let Some(after) = rest[number..].strip_prefix('号').filter(|_| number > 0) else {
        return 0;
    };
    let running = ["（总第", "(总第"].iter().find_map(|open| {
        let inner = after.strip_prefix(open)?;
        let n = digits(inner);
        let close = inner[n..]
            .strip_prefix("号）")
            .or_else(|| inner[n..].strip_prefix("号)"))?;
        Some(after.len() - close.len())
    });
    words.len() - after.len() + running.unwrap_or(0)
}

/// What the opening paragraph says.
#[derive(Debug, Default)]
pub(crate) struct Opening<'a> {
    pub(crate) convened_by: Option<Piece<'a>>,
    pub(crate) inspector: Option<Piece<'a>>,
    pub(crate) inspected: Option<Piece<'a>>,
    pub(crate) inspection: Option<(Period, Piece<'a>)>,
    pub(crate) feedback: Option<(PartialDate, Piece<'a>)>,
    pub(crate) rectification_due: Option<(PartialDate, Piece<'a>)>,
    /// The kind of inspection, when the title does not say it.
    pub(crate) kind: Option<(InspectionKind, Piece<'a>)>,
    /// Whose report it is ("受县人民政府委托"): the issuer of an audit report whose title
    /// and signature do not name one.
    pub(crate) principal: Option<Piece<'a>>,
    /// The body whose committee was inspected, where the committee follows the body's short
    /// form ("对某市某管理局（简称某局）党组开展巡察": 某市某管理局). That committee is the body
    /// that writes: the body names the issuer where nothing else does.
    pub(crate) committee_body: Option<Piece<'a>>,
}

/// 受县人民政府委托: whose report an audit report is, when its title does not say.
static PRINCIPAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("受(?P<who>[^，。；、]{2,20}?)委托").expect("a valid pattern"));

/// 根据市委统一部署, 按照省委巡视工作安排.
static CONVENED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new("(?:根据|按照)(?P<who>[^，。；]{1,16}?)(?:统一部署|统一安排|巡视工作安排|巡察工作安排|工作部署|部署|安排|关于[^，。；]{0,20}?(?:部署|安排))").expect("a valid pattern")
});

/// A group sent on a tour, by its ending: 巡察组, 第四巡视组, 巡察二组, 督察组, and the
/// 督查组 a committee's or a government's office sends (县专项督查组).
const TOUR_GROUP: &str = "(?:巡视|巡察|督察|督查)(?:第?[一二三四五六七八九十0-9]+)?组";

/// A group, as [`TOUR_GROUP`], or an audit's (审计组).
const GROUP: &str = "(?:巡视|巡察|审计|督察|督查)(?:第?[一二三四五六七八九十0-9]+)?组";

/// 市委第四巡察组对市委宣传部进行了巡察; 省委第二巡视组进驻某某开展巡视; 市审计局对市财政局……进行了审计;
/// the group also as 市委第八轮巡察二组 or 市委提级巡察第四组; its short form in brackets
/// (省第二生态环境保护督察组（以下简称督察组）对我县开展……); its dates between it and the
/// verb (市委第七巡察组于2024年4月8日至6月5日，对……); a 督察组 that passes on petitions
/// (向我市转办信访件).
static WHO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &format!("(?P<inspector>[^，。；、]{{1,30}}?(?:{GROUP}|审计局|审计厅|审计署|督察局))(?:（以下简称[^）]{{1,12}}）)?(?:于[^，。；]{{0,30}}?，?)?(?:对|进驻|向)(?P<inspected>[^，。；0-9]{{2,40}}?)(?:及(?:所辖|所属|下属)[^，。；]{{0,30}}?)?(?:[0-9]{{4}}年度?[^，。；]*?)?(?:进行|开展|实施|反馈|出具|常规|专项|转办|交办|的)"),
    )
    .expect("a valid pattern")
});

/// An inspection group named without saying whom it inspected: "按照省第一生态环境保护督察组
/// （以下简称“省督察组”）工作要求", a title's "关于市委第四巡察组巡察反馈意见整改……". The first
/// of `lines` that names one, outside 《》.
pub(crate) fn group_named<'a>(lines: impl IntoIterator<Item = Piece<'a>>) -> Option<Piece<'a>> {
    // A group's name holds no date: "4月26日督察组进驻后" names no group by its words.
    static NAMED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            "[^，。；、《》“”（）0-9月日]{{1,30}}?{TOUR_GROUP}"
        ))
        .expect("a valid pattern")
    });
    lines.into_iter().find_map(|line| {
        let titles = inside_titles(line.text);
        // "区委组建4个巡察组": groups counted are no group named.
        let group = NAMED.find_iter(line.text).find(|m| {
            !titles.iter().any(|t| t.contains(&m.start())) && !m.as_str().contains('个')
        })?;
        let name = line.slice(group.start(), group.end());
        // "关于市委第四巡察组": the words before the committee are not the group's.
        let name = crate::text::vocabulary::about_at(name.text)
            .map_or(name, |(at, len)| name.from(at + len));
        Some(from_committee(name.trim_start_chars(&['按', '照']).trim()))
    })
}

/// Reads the opening paragraph. `context` resolves dates without a year and relative years.
pub(crate) fn opening<'a>(paragraphs: &[Piece<'a>], mut context: dates::Context) -> Opening<'a> {
    let mut opening = Opening::default();
    for paragraph in paragraphs {
        for sentence in sentences(*paragraph) {
            read_sentence(sentence, &mut context, &mut opening);
        }
    }
    opening
}

/// The sentences of a paragraph, each with its closing stop.
pub(crate) fn sentences(paragraph: Piece<'_>) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, c) in paragraph.text.char_indices() {
        if matches!(c, '。' | '！' | '？' | '；') {
            out.push(paragraph.slice(start, at + c.len_utf8()));
            start = at + c.len_utf8();
        }
    }
    if start < paragraph.text.len() {
        out.push(paragraph.from(start));
    }
    out
}

fn read_sentence<'a>(sentence: Piece<'a>, context: &mut dates::Context, opening: &mut Opening<'a>) {
    let text = sentence.text;
    if opening.convened_by.is_none()
        && let Some(who) = CONVENED.captures(text).and_then(|c| c.name("who"))
        && let convener = committee_of(sentence.slice(who.start(), first_named_end(who)))
        // "根据工作安排": no body convenes.
        && BODY_WORDS.iter().any(|w| convener.text.contains(w))
    {
        opening.convened_by = Some(convener);
    }
    if opening.principal.is_none()
        && let Some(who) = PRINCIPAL.captures(text).and_then(|c| c.name("who"))
    {
        opening.principal = Some(sentence.slice(who.start(), who.end()));
    }
    // Who inspected whom, told outside documents' titles (《市委第二巡察组对……的整改方案》).
    let titles = inside_titles(text);
    // Once a sentence has told who inspected whom, later ones are not asked again: the
    // captures are the dearest search of the opening.
    let told = opening.inspector.is_some() && opening.inspected.is_some();
    let who = (!told)
        .then(|| WHO.captures_iter(text))
        .into_iter()
        .flatten()
        .find(|c| {
            c.get(0)
                .is_some_and(|m| !titles.iter().any(|t| t.contains(&m.start())))
        });
    if let Some(caps) = who {
        let inspector = caps.name("inspector").expect("a required group");
        let inspected = caps.name("inspected").expect("a required group");
        let trimmed = |m: regex::Match<'_>| {
            without_short_form(
                sentence
                    .slice(m.start(), m.end())
                    .trim_start_chars(&['，', '、']),
            )
        };
        opening
            .inspector
            .get_or_insert(from_committee(trimmed(inspector)));
        // "对市文化和旅游局（以下简称市文旅局）党委开展……": the committee after the short form
        // is the one inspected, whose name the text does not write in one piece; it is the
        // body that writes, which the issuer names.
        // "审计厅向省人大常委会第十二次会议报告了……": a report to a meeting, not an inspection.
        if committee_after_short_form(inspected.as_str()) {
            opening.committee_body.get_or_insert(trimmed(inspected));
        } else if !inspected.as_str().contains("会议") {
            opening.inspected.get_or_insert(trimmed(inspected));
        }
    }
    if opening.kind.is_none() {
        opening.kind = first_of(sentence, &crate::text::vocabulary::KINDS);
    }
    // Digits that read two ways are told by the inspection's end, told before them.
    let after_the_stay =
        (opening.inspection.as_ref()).and_then(|(period, _)| period.end.or(period.start));
    let found_dates = dates::find_after(text, after_the_stay);
    for (k, found) in found_dates.iter().enumerate() {
        // A date inside a document's title (《关于做好2023年……的通知》) is not the process's.
        if titles.iter().any(|t| t.contains(&found.range.start)) {
            continue;
        }
        // Years of accounts (2020-2023年度政府投资项目, 2023年度预算执行) and other dates of
        // what a step looked at are not when it took place.
        if is_fiscal_year(text, found.range.end) || is_in_object(text, found.range.clone()) {
            continue;
        }
        let piece = sentence.slice(found.range.start, found.range.end);
        let mut start = found.start.resolve(None, *context);
        let end = found
            .end
            .as_ref()
            .and_then(|e| e.resolve(Some(&found.start), *context));
        if let Some(year) = found.start.absolute_year() {
            context.last_year = Some(year);
        } else if found.start.year.is_some() {
            // 今年, 去年: a year written, the notice's or one before it, never moved on; the
            // dates without a year after it are in it, unless it was told by the page's time
            // stamp (a page's year is not the notice's for "今年以来……。12月16日，……").
            if context.notice_year.is_some() {
                context.last_year = start.map(|d| d.year_number());
            }
        } else if let (Some(date), Some(previous)) = (start, context.last_date) {
            // A date without its year that would fall before the step it follows is in the
            // next year: an inspection to 12月20日, feedback on 1月8日.
            if date.last_day() < previous.first_day() {
                start = dates::in_year(date, date.year_number() + 1);
                context.last_year = start.map(|d| d.year_number());
            }
        }
        context.last_date = end.or(start).or(context.last_date);
        // A period in two parts ("3月17日至3月22日、5月5日至7月12日"): the second part
        // ends the inspection.
        if let Some((period, at)) = opening.inspection.as_mut()
            && found.end.is_some()
            && at.end() == sentence.start + found.range.start - '、'.len_utf8()
            && text[..found.range.start].ends_with('、')
        {
            period.end = end;
            *at = sentence.slice(at.start - sentence.start, found.range.end);
            continue;
        }
        // A single date is not the inspection's, unless the group moved in on it (进驻) or
        // the inspection ran from it (2021年7月起，市审计局对……进行审计).
        let after = &text[found.range.end..];
        let can_be_inspection =
            found.end.is_some() || after.contains("进驻") || after.starts_with('起');
        // "自2019年9月开展……整改以来，……反馈意见……": a date that starts a time up to now
        // dates the words before 以来, not a step named after them.
        // So does "自2022年3月启动……反馈问题整改以来": what started then is the rectification.
        let since = (text[..found.range.start].ends_with(['自', '从']))
            .then(|| after.find("以来").map(|k| found.range.end + k))
            .flatten();
        let rectification_since =
            since.is_some_and(|end| text[found.range.end..end].contains("整改"));
        // "截至2020年4月底，……反馈的144个问题已完成整改124个": the day a tally is made up
        // to dates no step.
        let as_of = ["截至", "截止", "截止到", "截至到"]
            .iter()
            .any(|w| text[..found.range.start].ends_with(w));
        let step = match step_of(text, found, &titles, can_be_inspection) {
            _ if rectification_since || as_of => None,
            Some((_, at)) if since.is_some_and(|end| at > end) => None,
            // Feedback named after a later date is that date's: "2021年10月26日……督察组
            // 开展了督察，并于2022年2月23日反馈" gives 反馈 to the second. (Only feedback:
            // a period's second part, or the year of the accounts audited, "2024年5月至7月，
            // 对2023年度……进行审计", stands between a period and its step.)
            Some((Step::Feedback, at))
                if found_dates.get(k + 1).is_some_and(|d| d.range.start < at) =>
            {
                None
            }
            step => step.map(|(step, _)| step),
        };
        match step {
            // The inspection is a period; a single date only where it says 进驻 (moved in)
            // or 起 (from): "2024年4月进驻" is a start alone.
            // A date without a year, where the text gives none (6月5日进驻), dates nothing:
            // the period stays unknown rather than empty.
            // "8月12日，……督察组完成了为期一个月的进驻" (结束进驻): the stay's last day, which
            // a start told after it ("7月12日，……督察组进驻") completes.
            Some(Step::Inspection) if found.end.is_none() && ends_the_stay(after) => {
                match opening.inspection.as_mut() {
                    None if start.is_some() => {
                        opening.inspection = Some((
                            Period {
                                start: None,
                                end: start,
                            },
                            piece,
                        ));
                    }
                    Some((period, _)) if period.end.is_none() => period.end = start,
                    _ => {}
                }
            }
            Some(Step::Inspection) if opening.inspection.is_none() => {
                let period = Period { start, end };
                if !period.is_empty() {
                    opening.inspection = Some((period, piece));
                }
            }
            Some(Step::Inspection) => {
                // The start of a stay whose end was told first.
                if let Some((period, _)) = opening.inspection.as_mut()
                    && period.start.is_none()
                    && found.end.is_none()
                    && start
                        .zip(period.end)
                        .is_some_and(|(s, e)| s.first_day() <= e.first_day())
                {
                    period.start = start;
                }
            }
            Some(Step::Due) => {
                if let Some(due) = end.or(start) {
                    opening.rectification_due.get_or_insert((due, piece));
                }
            }
            Some(Step::Feedback) => {
                // Feedback is given on a day or in a month: a year alone ("2023年……督察反馈
                // 问题") names the inspection's year.
                if opening.feedback.is_none()
                    && let Some(date) = start.filter(|d| d.month_number().is_some())
                {
                    opening.feedback = Some((date, piece));
                }
            }
            _ => {}
        }
    }
}

/// Whether the date that ends at byte `end` of `text` is a year of accounts: 年度 after it,
/// or 度 after its 年.
fn is_fiscal_year(text: &str, end: usize) -> bool {
    let after = &text[end..];
    after.starts_with("年度") || (after.starts_with('度') && text[..end].ends_with('年'))
}

/// Whether the date at `range` of `text` stands in what a step was done to, between 对 and
/// the verb ("对全县2020—2023年已办理结算的建设项目进行抽查审计"): the time a step took
/// place is told before 对 ("2024年4月至6月，市委第三巡察组对……进行了巡察").
fn is_in_object(text: &str, range: std::ops::Range<usize>) -> bool {
    const STOPS: [char; 3] = ['，', '。', '；'];
    let clause_start = text[..range.start]
        .rfind(STOPS)
        .map_or(0, |at| at + '，'.len_utf8());
    let before = &text[clause_start..range.start];
    // 对 as a preposition, not in 针对, 面对, 核对, 相对, 对照, 对于, 对标, 对接.
    let object_from = before.rmatch_indices('对').map(|(at, _)| at).find(|at| {
        !before[..*at].ends_with(['针', '面', '核', '相', '绝', '应'])
            && !before[at + '对'.len_utf8()..].starts_with(['照', '于', '标', '接', '比', '象'])
    });
    let clause_end = text[range.end..]
        .find(STOPS)
        .map_or(text.len(), |at| range.end + at);
    let after = &text[range.end..clause_end];
    object_from.is_some()
        && ["进行", "开展", "实施"]
            .iter()
            .any(|verb| after.contains(verb))
}

/// Where the first of the bodies named before 统一部署 ends: "根据省委、省政府统一部署" and
/// "根据省委和省委巡视工作领导小组统一部署" are convened by the 省委 (和 only after a
/// committee: 人力资源和社会保障局 is one body).
fn first_named_end(who: regex::Match<'_>) -> usize {
    let words = who.as_str();
    let and = words
        .match_indices('和')
        .map(|(at, _)| at)
        .find(|at| words[..*at].ends_with('委'));
    let end = words.find('、').into_iter().chain(and).min();
    end.map_or(who.end(), |at| who.start() + at)
}

/// Words that a body's name holds, as the convener's must ("根据工作安排" names none).
const BODY_WORDS: [&str; 11] = [
    "委", "党", "政府", "中央", "省", "市", "县", "区", "局", "部", "厅",
];

/// The committee in the words before 统一部署: "市委巡察工作的" (根据市委巡察工作的统一部署)
/// and "十届区委第三轮巡察工作" name the 市委 and the 区委; the work, its round (and the
/// round's batch, 第三轮第一批) and the committee's term are not the committee.
fn committee_of(words: Piece<'_>) -> Piece<'_> {
    let mut text = words.text.strip_suffix('的').unwrap_or(words.text);
    for work in ["巡察工作", "巡视工作", "巡察", "巡视"] {
        if let Some(stem) = text.strip_suffix(work) {
            text = stem;
            break;
        }
    }
    // A batch of a round (第一批) and the round (第六轮) after the committee.
    for unit in ['批', '轮'] {
        if let Some(stem) = text.strip_suffix(unit)
            && let Some(at) = stem.rfind('第')
            && stem[at + '第'.len_utf8()..]
                .chars()
                .all(numerals::is_number_char)
        {
            text = &stem[..at];
        }
    }
    // A term (九届, 十五届) before it.
    let start = match text.find('届') {
        Some(at) if text[..at].chars().all(numerals::is_number_char) => at + '届'.len_utf8(),
        _ => 0,
    };
    if start >= text.len() {
        return words;
    }
    words.slice(start, text.len())
}

/// The body whose head delivers a report, from the speaker's line under its dateline
/// ("东江市人民政府副市长  林国栋", "省审计厅厅长 陈明远"): the words before the post, when a
/// name of two to four characters follows it after blanks.
pub(crate) fn speaker<'a>(lines: &[Piece<'a>]) -> Option<Piece<'a>> {
    // Deputies first: 副市长 also ends with 市长.
    const POSTS: [&str; 18] = [
        "副省长",
        "副市长",
        "副县长",
        "副区长",
        "副主任",
        "省长",
        "市长",
        "县长",
        "区长",
        "州长",
        "盟长",
        "旗长",
        "厅长",
        "局长",
        "主任",
        "审计长",
        "署长",
        "主席",
    ];
    lines.iter().find_map(|line| {
        let blank = line.text.find(crate::text::source::is_blank)?;
        let (head, name) = (&line.text[..blank], line.text[blank..].trim());
        let name_len = name.chars().count();
        let named = (2..=4).contains(&name_len) && name.chars().all(|c| !c.is_ascii());
        let post = POSTS.iter().find(|p| head.ends_with(**p))?;
        let body = head.len() - post.len();
        (named && head[..body].chars().count() >= 2).then(|| line.to(body))
    })
}

/// A name without the short form the notice gives it next ("中共某市人民检察院党组（以下简称
/// “市检察院”）") or another aside ([`aside_at`]): the bracket and what follows are not the
/// name.
fn without_short_form(name: Piece<'_>) -> Piece<'_> {
    match aside_at(name.text) {
        Some(at) if at > 0 => name.to(at).trim(),
        _ => name,
    }
}

/// Where words that are no part of a name start: the bracket of its short form, of what it
/// takes in ("县委统战部（含县工商联）", "区水务局党组（含下属事业单位）"), of its former name
/// ("县数据局党组（原县审批局党组）"), the inspection's extension to the bodies under it
/// ("街道党工委及延伸对社区党支部", "镇党委及所辖村（社区）党组织", 及所属, 及下属), the
/// head the feedback was given to ("向某镇党委主要负责人反馈"), or the earlier round whose
/// rectification a follow-up inspects ([`followed_up_round_at`]).
fn aside_at(text: &str) -> Option<usize> {
    let asides = [
        "（含",
        "（包括",
        "（原",
        "及延伸",
        "及所辖",
        "及所属",
        "及下属",
        // The feedback given to the body's head ("向某镇党委主要负责人反馈了巡察意见").
        "主要负责人",
        "主要负责同志",
        "主要领导",
    ]
    .iter()
    .filter_map(|w| text.find(w));
    short_form_at(text)
        .into_iter()
        .chain(asides)
        .chain(followed_up_round_at(text))
        .min()
}

/// Where a follow-up's object starts after the body's name: its earlier round's
/// rectification ("对我省第一轮中央环境保护督察整改情况开展了“回头看”" inspected 我省).
fn followed_up_round_at(text: &str) -> Option<usize> {
    text.match_indices('第').map(|(at, _)| at).find(|&at| {
        let after = &text[at + '第'.len_utf8()..];
        let number = after.trim_start_matches(numerals::is_number_char);
        number.len() < after.len() && number.starts_with('轮') && text[at..].contains("整改")
    })
}

/// Where the bracket giving a name's short form opens ("（以下简称", "（简称").
fn short_form_at(text: &str) -> Option<usize> {
    text.find("（以下简称").or_else(|| text.find("（简称"))
}

/// Whether a party committee (党委, 党组, 党总支, 党支部, 党工委) follows the short form a
/// name is given in brackets ("市文化和旅游局（以下简称市文旅局）党委").
fn committee_after_short_form(name: &str) -> bool {
    let after = short_form_at(name).and_then(|at| {
        name[at..]
            .find('）')
            .map(|end| &name[at + end + '）'.len_utf8()..])
    });
    after.is_some_and(|after| {
        ["党委", "党组", "党总支", "党支部", "党工委"]
            .iter()
            .any(|c| after.starts_with(c))
    })
}

/// An inspection group's name from the committee that sent it: words of the sentence the
/// match took in front of it ("结合区委第二巡察组", "认真吸收区委第一巡察组") are cut, at the
/// last place a committee's name starts.
fn from_committee(name: Piece<'_>) -> Piece<'_> {
    const COMMITTEES: [&str; 10] = [
        "中央",
        "中共",
        "省委",
        "自治区党委",
        "市委",
        "州委",
        "盟委",
        "县委",
        "区委",
        "旗委",
    ];
    let start = COMMITTEES
        .iter()
        .filter_map(|c| name.text.rfind(c))
        .filter(|&at| at > 0)
        .max();
    match start {
        // "中共某某市委第一巡察组": a committee's name inside the full name is not a start.
        Some(at) if !name.text[..at].ends_with(['中', '共']) && !name.text.starts_with("中共") => {
            name.from(at)
        }
        _ => name,
    }
}

/// A step of the process that a date in the opening is the date of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// 巡察组对……进行了巡察, 进驻: the inspection on site.
    Inspection,
    /// 反馈了巡察意见, 出具审计报告: the feedback.
    Feedback,
    /// 集中整改期: the concentrated rectification.
    Due,
}

/// The words that name each step, in the order they are tried on the words after a date.
const STEP_WORDS: [(&str, Step); 16] = [
    ("集中整改", Step::Due),
    ("整改期", Step::Due),
    ("反馈", Step::Feedback),
    ("反饋", Step::Feedback),
    // A converter's traditional form of 反馈 (回饋了巡視意見), as it reads once simplified
    // (回馈), and as written where a text is read unnormalized.
    ("回馈", Step::Feedback),
    ("回饋", Step::Feedback),
    ("出具", Step::Feedback),
    ("进驻", Step::Inspection),
    ("巡视", Step::Inspection),
    ("巡察", Step::Inspection),
    ("审计", Step::Inspection),
    ("督察", Step::Inspection),
    // 督查: a committee's or a government's office checking the work (县专项督查组……开展了督查).
    ("督查", Step::Inspection),
    ("检查", Step::Inspection),
    ("巡視", Step::Inspection),
    ("審計", Step::Inspection),
];

/// Which step a date is the date of, and where the step's word stands (`can_be_inspection`:
/// whether it can be the inspection's, a period or a move-in date): the step named nearest
/// after it in its sentence
/// ("2024年5月16日，区委第一巡察组向我局反馈了巡察意见，经过3个月集中整改" is the
/// feedback's), else the one named nearest before it ("集中整改期为2024年7月至12月").
/// Words inside a document's title do not count.
fn step_of(
    text: &str,
    found: &dates::Found,
    titles: &[std::ops::Range<usize>],
    can_be_inspection: bool,
) -> Option<(Step, usize)> {
    // After the verb that carries it out, a kind word names the work on site however it
    // goes on ("对……开展了巡察工作").
    // ("进行巡察反馈" carries out the feedback, not the work on site).
    let carried_out = |at: usize, word: &str| {
        let next = &text[at + word.len()..];
        ["开展了", "开展", "进行了", "进行"]
            .iter()
            .any(|verb| text[..at].ends_with(verb))
            && !["反馈", "反饋", "意见", "意見"]
                .iter()
                .any(|w| next.starts_with(w))
    };
    // A kind word that names a group or an office (巡察组, 审计局, 巡视工作) or the
    // inspection's outcome (巡察意见, 审计查出) does not name the step on site.
    let names_step = |at: usize, word: &str, step: Step| {
        let next = &text[at + word.len()..];
        let names_other = step == Step::Inspection
            && !(carried_out(at, word) && can_be_inspection)
            && (!can_be_inspection
                || text[..at].ends_with('被')
                || [
                    "组", "办", "局", "厅", "署", "第", "意见", "反馈", "查出", "整改", "报告",
                    "单位",
                ]
                .iter()
                .any(|w| next.starts_with(w))
                || next
                    .strip_prefix("工作")
                    .is_some_and(names_the_arrangements));
        !titles.iter().any(|t| t.contains(&at)) && !names_other
    };
    let after = STEP_WORDS
        .iter()
        .filter_map(|(word, step)| {
            text[found.range.end..]
                .match_indices(word)
                .map(|(at, _)| found.range.end + at)
                .find(|at| names_step(*at, word, *step))
                .map(|at| (at, *step))
        })
        .min_by_key(|(at, _)| *at);
    // The work carried out on site, named right after a date that cannot be its period (a
    // month alone: "于2020年11月下旬对……开展了巡察工作"), keeps the date from a later
    // step's word in the sentence (……根据巡察反馈意见……).
    let carried_out_before = |end: usize| {
        (STEP_WORDS.iter())
            .filter(|(_, step)| *step == Step::Inspection)
            .any(|(word, _)| {
                (text[found.range.end..end].match_indices(word))
                    .any(|(at, _)| carried_out(found.range.end + at, word))
            })
    };
    if !can_be_inspection && after.is_some_and(|(at, _)| carried_out_before(at)) {
        return None;
    }
    after.map(|(at, step)| (step, at)).or_else(|| {
        STEP_WORDS
            .iter()
            .filter_map(|(word, step)| {
                text[..found.range.start]
                    .rmatch_indices(word)
                    .map(|(at, _)| at)
                    .find(|at| names_step(*at, word, *step))
                    .map(|at| (at, *step))
            })
            .max_by_key(|(at, _)| *at)
            .map(|(at, step)| (step, at))
    })
}

/// Whether the words after 巡察工作 (巡视工作 …) make it the name of the arrangements
/// rather than of the work on site: 巡察工作领导小组, 巡察工作办公室, 巡察工作统一部署,
/// 巡察工作有关要求 … (where 专项巡察工作， or 巡察工作。 is the work done).
fn names_the_arrangements(after_work: &str) -> bool {
    const ARRANGEMENTS: [&str; 11] = [
        "领导", "办", "部署", "统一", "安排", "要求", "规定", "条例", "有关", "的", "实施",
    ];
    after_work.is_empty() || ARRANGEMENTS.iter().any(|w| after_work.starts_with(w))
}

/// Whether the words after a date end the stay it dates: 结束 or 完成 just before the first
/// 进驻 of its sentence ("完成了为期一个月的进驻", "已结束进驻").
fn ends_the_stay(after: &str) -> bool {
    const VERB_TO_STAY: usize = 10;
    let sentence = after.split('。').next().unwrap_or_default();
    sentence.find("进驻").is_some_and(|at| {
        let before = &sentence[..at];
        let near_start = (before.char_indices().rev())
            .nth(VERB_TO_STAY - 1)
            .map_or(0, |(k, _)| k);
        let near = &before[near_start..];
        near.contains("结束") || near.contains("完成")
    })
}

/// The byte ranges of a text inside 《》.
fn inside_titles(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut open = None;
    for (at, c) in text.char_indices() {
        match c {
            '《' => open = open.or(Some(at)),
            '》' => {
                if let Some(start) = open.take() {
                    ranges.push(start..at + c.len_utf8());
                }
            }
            _ => {}
        }
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::source::piece;

    /// What one sentence of an opening says.
    fn opening_of(sentence: &str) -> Opening<'_> {
        let mut opening = Opening::default();
        read_sentence(
            piece(sentence),
            &mut dates::Context::default(),
            &mut opening,
        );
        opening
    }

    #[test]
    fn the_committee_that_convenes_without_its_work_round_or_term() {
        let convener = |sentence| opening_of(sentence).convened_by.map(|p| p.text.to_owned());
        for (sentence, committee) in [
            ("根据市委巡察工作统一部署，", "市委"),
            ("根据县委巡察工作的统一部署，", "县委"),
            ("按照市委的统一部署，", "市委"),
            ("根据省委巡视工作统一部署，", "省委"),
            ("根据十届区委第三轮巡察工作统一部署，", "区委"),
            ("根据青岚县委巡察工作统一部署，", "青岚县委"),
            ("根据省委、省政府统一部署，", "省委"),
            ("根据中央统一部署，", "中央"),
            ("根据九届县委第二轮第三批巡察工作统一部署，", "县委"),
            ("根据市委和市委巡察工作领导小组统一部署，", "市委"),
            (
                "根据市人力资源和社会保障局统一部署，",
                "市人力资源和社会保障局",
            ),
        ] {
            assert_eq!(convener(sentence).as_deref(), Some(committee), "{sentence}");
        }
        // Work arranged by no body convenes nothing.
        assert_eq!(convener("根据工作安排，现将整改情况公布如下。"), None);
    }

    #[test]
    fn who_inspected_whom_around_short_forms_dates_and_petitions() {
        let who = |sentence| {
            let opening = opening_of(sentence);
            (
                opening.inspector.map(|p| p.text.to_owned()),
                opening.inspected.map(|p| p.text.to_owned()),
            )
        };
        let some = |a: &str, b: &str| (Some(a.to_owned()), Some(b.to_owned()));
        assert_eq!(
            who("市委第七巡察组于2024年4月8日至6月5日，对市档案馆开展了巡察。"),
            some("市委第七巡察组", "市档案馆")
        );
        assert_eq!(
            who("省第四生态环境保护督察组（以下简称督察组）对北岭县开展督察。"),
            some("省第四生态环境保护督察组", "北岭县")
        );
        assert_eq!(
            who("省第二生态环境保护督察组向北岭县转办信访件7件。"),
            some("省第二生态环境保护督察组", "北岭县")
        );
        // The committee after a short form is the issuer's: no body of that name.
        assert_eq!(
            who("市委第二巡察组对市档案局（以下简称市档案局）党组开展了巡察。"),
            (Some("市委第二巡察组".to_owned()), None)
        );
    }

    #[test]
    fn feedback_in_a_converters_traditional_characters() {
        let mut context = dates::Context::default();
        let mut opening = Opening::default();
        for sentence in [
            "根據省委統一部署，2021年3月1日至4月30日，省委第三巡視組對某廳黨組進行了巡視。",
            "2021年6月8日，省委巡視組向某廳黨組回饋了巡視意見。",
        ] {
            read_sentence(piece(sentence), &mut context, &mut opening);
        }
        let (feedback, _) = opening.feedback.unwrap();
        assert_eq!(feedback.to_string(), "2021-06-08");
    }

    #[test]
    fn a_group_named_without_whom_it_inspected() {
        let group = |line: &str| group_named([piece(line)]).map(|p| p.text.to_owned());
        assert_eq!(
            group("按照省第一生态环境保护督察组（以下简称“省督察组”）工作要求，").as_deref(),
            Some("省第一生态环境保护督察组")
        );
        assert_eq!(
            group("中共北岭县档案局党组关于市委第四巡察组巡察反馈意见整改情况的通报").as_deref(),
            Some("市委第四巡察组")
        );
        assert_eq!(group("区委组建4个巡察组对区属单位开展巡察"), None);
        assert_eq!(group("4月26日督察组进驻后"), None);
        assert_eq!(group("印发《落实市委第二巡察组反馈意见整改方案》"), None);
    }

    #[test]
    fn the_body_of_a_reports_speaker() {
        let body = |line: &str| speaker(&[piece(line)]).map(|p| p.text.to_owned());
        assert_eq!(
            body("东江市人民政府副市长  林国栋").as_deref(),
            Some("东江市人民政府")
        );
        assert_eq!(body("省审计厅厅长 陈明远").as_deref(), Some("省审计厅"));
        assert_eq!(body("县审计局局长　王明").as_deref(), Some("县审计局"));
        assert_eq!(body("主任、各位副主任、秘书长、各位委员："), None);
        assert_eq!(body("发布时间：2025-01-04 来源：市审计局"), None);
        assert_eq!(body("副市长 林国栋"), None);
    }

    #[test]
    fn an_audit_announcements_label_is_not_its_issuer() {
        let t = title(piece(
            "青岚市审计局审计结果公告2022年第5号（总第81号）——关于青岚市2020年度市级预算执行审计查出问题整改情况的公告",
        ));
        assert_eq!(t.issuer.unwrap().text, "青岚市审计局");
        // Its number before the body, with its running number or without.
        for number in [
            "2021年第7号（总第102号）",
            "2021年第7号(总第102号)",
            "2021年第7号",
        ] {
            let text = format!("{number}青岚市关于2020年度市级预算执行审计查出问题整改情况的报告");
            let t = title(piece(&text));
            assert_eq!(t.issuer.unwrap().text, "青岚市", "{number}");
        }
        let t = title(piece(
            "某某资讯网：某市人民政府关于审计查出问题整改情况的报告",
        ));
        assert_eq!(t.issuer.unwrap().text, "某市人民政府");
        let t = title(piece(
            "【巡察整改】中共某市林业局党组关于巡察整改进展情况的通报",
        ));
        assert_eq!(t.issuer.unwrap().text, "中共某市林业局党组");
        // Without 关于: the body before the verb of its work, if its name ends as one does.
        let t = title(piece("南岭省统计局落实国家统计督察反馈意见整改情况"));
        assert_eq!(t.issuer.unwrap().text, "南岭省统计局");
        let t = title(piece("青山市贯彻落实省环保督察反馈意见整改方案"));
        assert_eq!(t.issuer.unwrap().text, "青山市");
        assert!(
            title(piece("市委巡察反馈意见整改落实情况"))
                .issuer
                .is_none()
        );
        assert!(title(piece("全市落实督察整改情况")).issuer.is_none());
    }

    #[test]
    fn reads_the_title() {
        let t = title(piece(
            "中共清远市委宣传部关于八届市委第五轮巡察整改进展情况的通报",
        ));
        assert_eq!(t.issuer.unwrap().text, "中共清远市委宣传部");
        assert_eq!(t.kind.unwrap().0, InspectionKind::Xuncha);
        let (round, at) = t.round.unwrap();
        assert_eq!(
            (round.label.as_str(), at.text),
            ("八届市委第五轮巡察", "八届市委第五轮巡察")
        );
        assert_eq!(
            (
                round.term.map(NonZeroU32::get),
                round.number.map(NonZeroU32::get)
            ),
            (Some(8), Some(5))
        );
        // A machine-converted mirror in traditional characters.
        let t = title(piece("中共某某部黨組關於巡視整改進展情況的通報"));
        assert_eq!(t.issuer.unwrap().text, "中共某某部黨組");
        let t = title(piece(
            "中共某县委关于省委第二轮巡视“回头看”反馈意见整改情况的通报",
        ));
        assert_eq!(t.round.unwrap().0.label, "省委第二轮巡视");
        assert_eq!(t.form.unwrap().0, InspectionForm::FollowUp);
    }

    #[test]
    fn names_lose_the_words_around_them() {
        let name = |text| from_committee(without_short_form(piece(text))).text;
        assert_eq!(name("结合区委第二巡察组"), "区委第二巡察组");
        assert_eq!(name("认真吸收区委第一巡察组"), "区委第一巡察组");
        assert_eq!(name("市委第四巡察组"), "市委第四巡察组");
        assert_eq!(name("中共某市委第一巡察组"), "中共某市委第一巡察组");
        assert_eq!(name("县委统战部（含县工商联、县侨联）"), "县委统战部");
        assert_eq!(name("某镇党委及延伸对某村党支部"), "某镇党委");
        assert_eq!(name("县人社局党组（包括所属事业单位）"), "县人社局党组");
        assert_eq!(name("县数据局党组（原县审批局党组）"), "县数据局党组");
        assert_eq!(name("某镇党委及所辖村（社区）党组织"), "某镇党委");
        assert_eq!(name("我省第二轮省级生态环境保护督察整改情况"), "我省");
        assert_eq!(
            name("某镇党委主要负责人和被巡察村党组织领导班子分别"),
            "某镇党委"
        );
        // The bodies under the one inspected, counted: the count is no part of its name.
        let o = opening(
            &[piece(
                "市委第二巡察组于2023年5月8日至6月30日对白石镇党委及所辖12个村（社区）党组织进行巡察。",
            )],
            dates::Context::default(),
        );
        assert_eq!(o.inspected.unwrap().text, "白石镇党委");
        // The committee after a short form: the body before it is kept apart, for the issuer.
        let o = opening(
            &[piece(
                "2024年3月1日至4月30日，区委第一巡察组对某区某管理局（简称某局）党组开展了巡察。",
            )],
            dates::Context::default(),
        );
        assert!(o.inspected.is_none());
        assert_eq!(o.committee_body.unwrap().text, "某区某管理局");
        let o = opening(
            &[piece(
                "2019年9月2日至11月29日，市委第八轮巡察二组对某中学党委进行了巡察。",
            )],
            dates::Context::default(),
        );
        assert_eq!(o.inspector.unwrap().text, "市委第八轮巡察二组");
        let o = opening(
            &[piece(
                "2023年11月10日至2024年1月8日，市委提级巡察第四组对某区检察院党组进行了巡察。",
            )],
            dates::Context::default(),
        );
        assert_eq!(o.inspector.unwrap().text, "市委提级巡察第四组");
        assert_eq!(
            without_short_form(piece("中共中山市人民检察院党组（以下简称“市检察院”）")).text,
            "中共中山市人民检察院党组"
        );
    }

    #[test]
    fn reads_the_opening() {
        let text = "根据市委统一部署，2024年3月27日至2024年6月28日，市委第四巡察组对市委宣传部进行了巡察。2024年9月26日，市委第四巡察组向市委宣传部反馈了巡察意见。";
        let o = opening(&[piece(text)], dates::Context::default());
        assert_eq!(o.convened_by.unwrap().text, "市委");
        assert_eq!(o.inspector.unwrap().text, "市委第四巡察组");
        assert_eq!(o.inspected.unwrap().text, "市委宣传部");
        let (period, _) = o.inspection.unwrap();
        assert_eq!(period.start.unwrap().to_string(), "2024-03-27");
        assert_eq!(period.end.unwrap().to_string(), "2024-06-28");
        assert_eq!(o.feedback.unwrap().0.to_string(), "2024-09-26");
    }

    #[test]
    fn a_date_since_which_dates_the_words_before_its_yilai() {
        // The work that started then is no step; the feedback it names later is undated.
        for sentence in [
            "自2024年9月开展督察整改以来，某集团高度重视反馈意见整改工作。",
            "自2024年9月启动督察反馈问题整改以来，某集团逐项推进。",
        ] {
            let o = opening_of(sentence);
            assert!(o.feedback.is_none() && o.inspection.is_none(), "{sentence}");
        }
        // Feedback named before 以来 is that date's.
        let o = opening_of("自2024年9月26日市委第四巡察组反馈巡察意见以来，局党组全力抓好整改。");
        assert_eq!(o.feedback.unwrap().0.to_string(), "2024-09-26");
    }

    #[test]
    fn the_work_carried_out_on_site_keeps_its_date_from_a_later_feedback() {
        // "开展了巡察工作": 巡察 before 工作 names the step after the verb that carries it
        // out; the feedback named later in the sentence does not take the date, which
        // dates nothing when it cannot be the inspection's period (a month alone).
        let o = opening_of(
            "学校党委于2020年11月下旬对某学院开展了巡察工作，某学院根据巡察反馈意见制定了整改方案。",
        );
        assert!(o.feedback.is_none() && o.inspection.is_none());
        // The feedback carried out is the feedback.
        let o = opening_of("2025年1月10日，专项巡察组对我院进行巡察反馈。");
        assert_eq!(o.feedback.unwrap().0.to_string(), "2025-01-10");
        // A period is the inspection's.
        let o = opening_of(
            "2020年11月10日至12月10日，学校党委对某学院开展了巡察工作，某学院根据巡察反馈意见制定了整改方案。",
        );
        assert!(o.feedback.is_none());
        assert_eq!(
            o.inspection.unwrap().0.start.unwrap().to_string(),
            "2020-11-10"
        );
    }

    #[test]
    fn a_stay_ended_on_a_day_gives_the_inspections_end() {
        let period = |text| {
            let o = opening(&[piece(text)], dates::Context::default());
            o.inspection
                .map(|(p, _)| (p.start.map(|d| d.to_string()), p.end.map(|d| d.to_string())))
        };
        let stay = Some((Some("2023-05-06".into()), Some("2023-06-06".into())));
        assert_eq!(
            period("2023年5月6日，省第二督察组进驻某市。2023年6月6日，督察组结束进驻。"),
            stay
        );
        // Its end told first, its start after.
        assert_eq!(
            period(
                "2023年6月6日，督察组完成了为期一个月的进驻。2023年5月6日，督察组进驻某市时设立了值班电话。"
            ),
            stay
        );
        // 进驻 alone moves in.
        assert_eq!(
            period("2023年5月6日，督察组进驻某市。"),
            Some((Some("2023-05-06".into()), None))
        );
    }

    #[test]
    fn the_day_a_tally_is_made_up_to_dates_no_step() {
        let o = opening_of("截至2020年4月底，第一轮督察反馈的144个问题已完成整改124个。");
        assert!(o.feedback.is_none() && o.inspection.is_none());
    }

    #[test]
    fn years_of_accounts_date_no_step() {
        // The years an audit looked at, written as a period or a year, with 年度.
        for sentence in [
            "柳溪县审计局对柳溪县2019-2022年度政府投资项目进行了专项审计调查。",
            "市审计局对市水务局2023年度预算执行情况进行了审计。",
            "本次审计调查对全县2019—2022年已办理结算的建设项目进行抽查审计。",
        ] {
            assert!(opening_of(sentence).inspection.is_none(), "{sentence}");
        }
        // When the audit took place, before the years it looked at, is its period.
        let o = opening_of(
            "2025年3月10日至5月20日，柳溪县审计局对柳溪县2019-2022年度政府投资项目进行了审计。",
        );
        let (period, _) = o.inspection.unwrap();
        assert_eq!(period.start.unwrap().to_string(), "2025-03-10");
        assert_eq!(period.end.unwrap().to_string(), "2025-05-20");
    }
}
