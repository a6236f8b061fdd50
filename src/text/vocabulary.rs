//! The genre's words: one list for each thing a notice names in words, shared by the
//! parser (which finds them) and the renderer (which writes them), so that the two cannot
//! disagree and render → parse gives back what was rendered.
//!
//! Each entry says what it reads. Where one word starts or contains another, the longer
//! comes first: lists are tried in order.

use crate::{InspectionKind, Status};

/// What an inspection is called in titles and openings (…巡察整改进展情况的通报). The
/// renderer writes the same word.
pub(crate) const KINDS: [(&str, InspectionKind); 4] = [
    // 巡视: an inspection tour by a provincial or central Party committee.
    ("巡视", InspectionKind::Xunshi),
    // 巡察: the same by a city or county committee, or inside an organisation.
    ("巡察", InspectionKind::Xuncha),
    // 审计: an audit (审计查出问题整改情况的报告).
    ("审计", InspectionKind::Audit),
    // 督察: a supervision tour, mostly of environmental protection (环保督察).
    ("督察", InspectionKind::Supervision),
];

/// The word for an inspection kind, as [`KINDS`] reads it; empty for a kind the genre has
/// no word for yet.
pub(crate) fn kind_word(kind: InspectionKind) -> &'static str {
    KINDS
        .iter()
        .find(|(_, k)| *k == kind)
        .map_or("", |(word, _)| word)
}

/// How a notice's title ends: 关于……整改进展情况的通报, ……的报告, ……的公告, ……的公示, or
/// ……整改情况 alone (通報, 報告, 情況 on a machine-converted mirror in traditional
/// characters), or ……信息公开 (a supervision's disclosure of the petitions it passed on,
/// 中央第五环保督察组群众举报件信息公开). A title broken over two lines ends its second line
/// with one of them; a title followed on its line by the opening (……的通报 根据……) ends there.
pub(crate) const TITLE_ENDS: [&str; 9] = [
    "通报",
    "报告",
    "公告",
    "公示",
    "情况",
    "通報",
    "報告",
    "情況",
    "信息公开",
];

/// The word between a title's issuer and its subject: 关于 (某局党组关于巡察整改进展情况的通报),
/// 關於 on a machine-converted mirror.
const ABOUT: [&str; 2] = ["关于", "關於"];

/// Where the first [`ABOUT`] of `text` stands, and how long it is.
pub(crate) fn about_at(text: &str) -> Option<(usize, usize)> {
    ABOUT
        .iter()
        .filter_map(|word| text.find(word).map(|at| (at, word.len())))
        .min()
}

/// A measure's status as notices write it after 整改进展 or 整改情况, or at the end of a
/// measure. The first phrase of each status is the one the renderer writes.
pub(crate) const STATUSES: [(&str, Status); 19] = [
    // Before 完成, which they contain.
    ("基本完成", Status::PartiallyCompleted),
    ("阶段性完成", Status::PartiallyCompleted),
    ("未完成", Status::NotStarted),
    ("未启动", Status::NotStarted),
    // 尚未完成, 尚未启动.
    ("尚未", Status::NotStarted),
    ("已完成", Status::Completed),
    ("完成整改", Status::Completed),
    ("整改完成", Status::Completed),
    ("已整改", Status::Completed),
    // "整改验收情况：已通过验收", "已验收认可": signed off.
    ("通过验收", Status::Completed),
    ("已验收", Status::Completed),
    ("长期坚持", Status::LongTerm),
    ("正在推进", Status::Ongoing),
    ("持续整改", Status::Ongoing),
    ("持续推进", Status::Ongoing),
    ("正在整改", Status::Ongoing),
    ("整改中", Status::Ongoing),
    ("推进中", Status::Ongoing),
    // "整改状态：完成": 完成 alone, last.
    ("完成", Status::Completed),
];

/// The phrase the renderer writes for a status: its first in [`STATUSES`].
pub(crate) fn status_word(status: Status) -> &'static str {
    STATUSES
        .iter()
        .find(|(_, s)| *s == status)
        .map_or("未完成", |(word, _)| word)
}

/// Which field of the public-comment details a closing's label introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ClosingField {
    /// The comment window (公示期).
    Window,
    /// A phone number.
    Phone,
    /// A postal address or post-office box.
    Address,
    /// A postcode.
    Postcode,
    /// An e-mail address.
    Email,
    /// A website.
    Website,
}

/// The closing's labels, each followed by a colon and its value
/// ("联系电话：0763-3374341"). A label starts a closing line, or follows the invitation on
/// its line ("……请通过以下方式反映。联系电话：……").
pub(crate) const CLOSING_LABELS: [(&str, ClosingField); 32] = [
    // 公示期限 before 公示期, which starts it.
    ("公开期限", ClosingField::Window),
    ("公示期限", ClosingField::Window),
    ("公示时间", ClosingField::Window),
    ("公示期", ClosingField::Window),
    ("反馈时间", ClosingField::Window),
    ("受理时间", ClosingField::Window),
    ("联系电话", ClosingField::Phone),
    // A phone only where a number follows ("联系方式：5281934（8:30-17:30）"): it also
    // heads a list of channels ("联系方式：电话……").
    ("联系方式", ClosingField::Phone),
    ("监督电话", ClosingField::Phone),
    ("举报电话", ClosingField::Phone),
    ("电话", ClosingField::Phone),
    ("邮政信箱", ClosingField::Address),
    ("通信地址", ClosingField::Address),
    ("通讯地址", ClosingField::Address),
    ("邮寄地址", ClosingField::Address),
    ("来信地址", ClosingField::Address),
    ("邮政编码", ClosingField::Postcode),
    ("邮编", ClosingField::Postcode),
    ("电子邮箱", ClosingField::Email),
    ("电子信箱", ClosingField::Email),
    ("邮箱", ClosingField::Email),
    ("网站", ClosingField::Website),
    ("网址", ClosingField::Website),
    // The same in the traditional characters of machine-converted mirrors (專門值班電話：).
    ("電話", ClosingField::Phone),
    ("郵政信箱", ClosingField::Address),
    ("通訊地址", ClosingField::Address),
    ("郵政編碼", ClosingField::Postcode),
    ("郵編", ClosingField::Postcode),
    ("電子郵箱", ClosingField::Email),
    ("郵箱", ClosingField::Email),
    ("網站", ClosingField::Website),
    // The office's address, under a heading of the channels ("三、受理部门、联系电话及地址"):
    // after every label that ends with it.
    ("地址", ClosingField::Address),
];

/// The closing's label at byte `at` of `text`, with the length of label and colon: one of
/// [`CLOSING_LABELS`], or a longer name of the channel that ends with one
/// ("专门值班电话：", "督察组邮政信箱：", up to [`LABEL_QUALIFIER`] characters before it), as
/// the notes of inspection groups on duty write them.
pub(crate) fn closing_label_at(text: &str, at: usize) -> Option<(ClosingField, usize)> {
    let rest = &text[at..];
    // A label and its colon, or a note in brackets between them; labels that start another
    // come first.
    for (label, field) in &CLOSING_LABELS {
        if !crate::text::source::starts_with_word(rest.as_bytes(), label) {
            continue;
        }
        let after = &rest[label.len()..];
        if let Some(len) = colon_len(after).or_else(|| note_and_colon_len(after)) {
            return Some((*field, label.len() + len));
        }
    }
    let (colon, mark) = (rest.char_indices())
        .take(LABEL_QUALIFIER + 5)
        .find(|(_, c)| matches!(c, '：' | ':'))?;
    let name = &rest[..colon];
    // A name of Chinese characters only: a sentence or a number before a colon is no label.
    if !name.chars().all(crate::text::source::is_ideograph) {
        return None;
    }
    CLOSING_LABELS
        .iter()
        .find(|(label, _)| {
            name.ends_with(label) && name.chars().count() - label.chars().count() <= LABEL_QUALIFIER
        })
        .map(|(_, field)| (*field, colon + mark.len_utf8()))
}

/// The field a line names when it is one of [`CLOSING_LABELS`] and nothing else
/// ("联系电话", "电子邮箱："): a form's cells set out a line each put the value on the
/// next line.
pub(crate) fn bare_label(line: &str) -> Option<ClosingField> {
    // The longest label is four characters: most lines are passed over by their length.
    const LONGEST: usize = 4 * 3 + 2 * '：'.len_utf8();
    if line.len() > LONGEST {
        return None;
    }
    let name = line.trim_matches(['：', ':', ' ', '\u{3000}']);
    (CLOSING_LABELS.iter())
        .find(|(label, _)| *label == name)
        .map(|(_, field)| *field)
}

/// The length of the colon (full-width or ASCII) `text` starts with, if any.
pub(crate) fn colon_len(text: &str) -> Option<usize> {
    ['：', ':']
        .into_iter()
        .find(|c| text.starts_with(*c))
        .map(char::len_utf8)
}

/// The length of a note in brackets and the colon after it, at the start of `text`: a
/// template's placeholder left between a label and its colon ("监督电话〔市直牵头验收（监管）
/// 单位〕：0557-……").
fn note_and_colon_len(text: &str) -> Option<usize> {
    const BRACKETS: [(char, char); 3] = [('〔', '〕'), ('（', '）'), ('【', '】')];
    /// How long a note may be, in bytes: a few words, not a sentence.
    const NOTE: usize = 60;
    let (open, close) = BRACKETS
        .into_iter()
        .find(|(open, _)| text.starts_with(*open))?;
    let end = text[open.len_utf8()..].find(close)? + open.len_utf8() + close.len_utf8();
    (end <= NOTE).then_some(end + colon_len(&text[end..])?)
}

/// What a numbered heading of the closing heads ([`closing_heading`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ClosingHeading {
    /// One label ("二、公示时间"), whose value stands on the next line.
    Label(ClosingField),
    /// Several channels ("三、受理部门、联系电话及地址"), each given after its own label
    /// below.
    Channels,
    /// A label and its value on the heading's own line ("五、公示时间：2025年9月28日至……",
    /// "七、受理电话：0469-……", "六、受理部门：……"), as a template of numbered fields sets
    /// them out: the line is read as any line of labels.
    Labelled,
}

/// What a numbered heading of the closing says it heads ("二、公示时间", "三、受理部门及联系
/// 电话、地址", "四、联系方式", "五、公示时间：……"), as the notices of a problem put right
/// (整改销号公示) set their closing out in sections; `None` for any other heading.
pub(crate) fn closing_heading(title: &str) -> Option<ClosingHeading> {
    const CHANNELS: [&str; 8] = [
        "受理部门",
        "受理单位",
        "联系方式",
        "反馈方式",
        "反馈渠道",
        "监督方式",
        // "三、公众提出意见的方式和途径" over "即日起，公众可……提出意见或建议。"
        "公众提出意见",
        "意见反馈",
    ];
    let names_channels = |title: &str| {
        CHANNELS.iter().any(|w| title.starts_with(w))
            || CLOSING_LABELS
                .iter()
                .any(|(label, _)| is_specific_label(label) && title.starts_with(label))
    };
    let bare = title.trim_end_matches(['：', ':']);
    if let Some(colon) = bare.find(['：', ':']) {
        // A label, qualified or not (受理电话), or a channel's name, then its value.
        let label = &bare[..colon];
        let is_label = closing_label_at(bare, 0).is_some() || names_channels(label);
        return is_label.then_some(ClosingHeading::Labelled);
    }
    if bare.chars().count() > 16 {
        return None;
    }
    if let Some((_, field)) = CLOSING_LABELS.iter().find(|(label, _)| *label == bare) {
        return Some(ClosingHeading::Label(*field));
    }
    names_channels(bare).then_some(ClosingHeading::Channels)
}

/// How many characters may qualify a closing label ("专门值班" in 专门值班电话).
const LABEL_QUALIFIER: usize = 6;

/// The words that name the comment window in running text ("公示期为……", "请在公示期间
/// （……）反映", "公开期限：……"), longer before the shorter they start with.
pub(crate) const WINDOW_WORDS: [&str; 6] = [
    "公示期间",
    "公示期",
    "公示日期",
    "公开期限",
    "公示时间",
    "公开时间",
];

/// How the closing's invitation to comment begins (欢迎广大干部群众…, 如有意见建议…,
/// 如对整改工作有意见…, 如果有问题需要反映…).
pub(crate) const INVITATIONS: [&str; 4] = ["欢迎", "如有", "如对", "如果有"];

/// The formulas that end a report to a congress or a notice ("以上报告，请予审议。",
/// "特此通报。"): a paragraph of them is no point of a section, and no field holds it.
pub(crate) const FORMULAS: [&str; 5] = ["以上报告", "特此报告", "特此通报", "特此公告", "特此公示"];

/// Whether a label of [`CLOSING_LABELS`] is specific enough to mark a closing line
/// wherever it stands, even without its colon: the two-character ones (电话, 网站) also
/// begin ordinary sentences of the next steps.
pub(crate) fn is_specific_label(label: &str) -> bool {
    label.chars().count() >= 3
}

/// What a phrase of the overall progress (整改总体进展) counts: "反馈问题45个，已完成整改40个，
/// 基本完成3个，正在推进2个……完成率88.89%".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tallied {
    /// How many problems (or measures) there are: 反馈问题45个, 整改措施120条.
    Total,
    /// How many are completed.
    Completed,
    /// How many are mostly completed.
    Partially,
    /// How many are under way.
    Ongoing,
    /// How many are not started or not completed.
    NotStarted,
    /// The share completed, in percent.
    Rate,
}

/// The words right before a count of the overall progress, by what the count is. The
/// parser reads any of them (in these lists' order where two start at one place); the
/// renderer writes the first of each.
pub(crate) const TALLY_WORDS: [(Tallied, &[&str]); 5] = [
    // 已完成整改40个, 已整改完成34个, 已整改到位, 已办结 (matters closed).
    (
        Tallied::Completed,
        &[
            "已完成整改",
            "已整改完成",
            "已整改到位",
            "已完成",
            "完成整改",
            "已整改",
            "已办结",
        ],
    ),
    // 基本完成3个, 基本完成整改3个, 阶段性完成整改9个.
    (
        Tallied::Partially,
        &["基本完成", "基本完成整改", "阶段性完成整改", "阶段性完成"],
    ),
    // 正在推进2个, and the other ways of saying under way.
    (
        Tallied::Ongoing,
        &["正在推进", "正在整改", "持续推进", "推进中", "整改中"],
    ),
    // 未完成, 尚未完成, 未完成整改, 未启动.
    (
        Tallied::NotStarted,
        &["未完成", "尚未完成", "未完成整改", "未启动"],
    ),
    // 完成率88.89%, 整改完成率, 整改率 (a 为, 达 or 达到 may follow).
    (Tallied::Rate, &["完成率", "整改完成率", "整改率"]),
];

/// The verbs that say how the problems of a total came (反馈问题45个: fed back by the
/// inspection group; 指出, 移交, 交办 …). The renderer writes the first, before 问题.
pub(crate) const FOUND_VERBS: [&str; 6] = ["反馈", "指出", "梳理", "移交", "发现", "交办"];

/// The words of [`TALLY_WORDS`] for a count.
pub(crate) fn tally_words(tallied: Tallied) -> &'static [&'static str] {
    TALLY_WORDS
        .iter()
        .find(|(t, _)| *t == tallied)
        .map_or(&[], |(_, words)| words)
}

/// The full-width marks both punctuation sets below hold: stops, the enumeration comma,
/// brackets and title marks.
fn is_full_width_mark(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '；' | '：' | '、' | '！' | '？' | '（' | '）' | '《' | '》'
    )
}

/// The punctuation that may stand alone between values (a comma between two fields, a
/// full stop after the last), read as layout by the parser's last sweep: the full-width
/// marks, and quotes, dashes, the ellipsis and the middle dot. (The sweep takes ASCII
/// punctuation as well.)
pub(crate) fn is_punctuation(c: char) -> bool {
    is_full_width_mark(c) || matches!(c, '“' | '”' | '‘' | '’' | '—' | '…' | '·')
}

/// What a party's name, read backwards from its ending, cannot run back over: the
/// full-width marks, their ASCII forms, blanks and digits. Unlike [`is_punctuation`] it
/// leaves out quotes, which a name may hold (“新清远”客户端建设工作领导小组).
pub(crate) fn ends_name(c: char) -> bool {
    is_full_width_mark(c)
        || matches!(c, ',' | ';' | ':' | '(' | ')' | ' ' | '\u{3000}')
        || c.is_ascii_digit()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::body::status_of;

    #[test]
    fn every_status_the_renderer_writes_reads_back() {
        for status in [
            Status::Completed,
            Status::PartiallyCompleted,
            Status::Ongoing,
            Status::LongTerm,
            Status::NotStarted,
        ] {
            assert_eq!(status_of(status_word(status)), Some(status), "{status:?}");
        }
    }

    #[test]
    fn every_tally_the_renderer_writes_reads_back() {
        use crate::text::recorder::Recorder;
        use crate::text::source::{Piece, Source};
        for (tallied, words) in TALLY_WORDS {
            let (number, unit) = if tallied == Tallied::Rate {
                ("87.5", "%")
            } else {
                ("7", "个")
            };
            let text = format!("{}问题8个，{}{number}{unit}。", FOUND_VERBS[0], words[0]);
            let source = Source::plain(&text);
            let mut rec = Recorder::new(&source);
            let mut summary = crate::ProgressSummary::default();
            let piece = Piece {
                text: &text,
                start: 0,
            };
            crate::text::progress::read(piece, &mut summary, &mut rec);
            let problems = summary.problems.expect("a tally of problems");
            assert_eq!(problems.total, Some(8), "{text}");
            let read = match tallied {
                Tallied::Total => problems.total.map(f64::from),
                Tallied::Completed => problems.completed.map(f64::from),
                Tallied::Partially => problems.partially_completed.map(f64::from),
                Tallied::Ongoing => problems.ongoing.map(f64::from),
                Tallied::NotStarted => problems.not_started.map(f64::from),
                Tallied::Rate => problems.completion_rate,
            };
            assert_eq!(read, number.parse().ok(), "{text}");
        }
    }

    #[test]
    fn headings_of_the_closing_by_what_they_head() {
        use ClosingHeading::{Channels, Label, Labelled};
        assert_eq!(
            closing_heading("公示时间"),
            Some(Label(ClosingField::Window))
        );
        assert_eq!(
            closing_heading("公示期限："),
            Some(Label(ClosingField::Window))
        );
        assert_eq!(
            closing_heading("联系电话"),
            Some(Label(ClosingField::Phone))
        );
        for channels in [
            "受理部门、联系电话及地址",
            "联系方式及地址",
            "监督电话和邮箱",
            "公众提出意见的方式和途径",
        ] {
            assert_eq!(closing_heading(channels), Some(Channels), "{channels}");
        }
        for labelled in [
            "公示时间：2025年9月28日至2025年10月16日（共10个工作日）",
            "受理电话：0469-5423586",
            "受理部门：某县生态环境保护督察整改工作领导小组办公室",
            "受理地址：某县新华路70号",
        ] {
            assert_eq!(closing_heading(labelled), Some(Labelled), "{labelled}");
        }
        for content in [
            "巡察反馈问题整改落实情况",
            "下一步工作打算",
            "联系群众工作不够深入的问题及整改情况说明",
            "整改主要工作及成效：",
            "整改目标：对应急预案进行重新修订。",
            "关于“服务群众不主动：办事拖拉”问题",
        ] {
            assert_eq!(closing_heading(content), None, "{content}");
        }
    }

    #[test]
    fn closing_labels_with_a_qualifier_before_them() {
        let label = |text: &str| closing_label_at(text, 0);
        let phone = "专门值班电话：".len();
        assert_eq!(
            label("专门值班电话：0571-8678123"),
            Some((ClosingField::Phone, phone))
        );
        assert_eq!(
            label("督察组邮政信箱：某市1号信箱").map(|l| l.0),
            Some(ClosingField::Address)
        );
        assert_eq!(label("联系电话：1").map(|l| l.0), Some(ClosingField::Phone));
        // A machine-converted mirror's traditional characters.
        assert_eq!(
            label("專門值班電話:0571-8678123").map(|l| l.0),
            Some(ClosingField::Phone)
        );
        assert_eq!(
            label("專門郵政信箱:某市1號信箱").map(|l| l.0),
            Some(ClosingField::Address)
        );
        // A template's note in brackets between the label and its colon.
        let noted = "监督电话〔市直牵头验收（监管）单位〕：";
        assert_eq!(
            label(&format!("{noted}0557-3901234")),
            Some((ClosingField::Phone, noted.len()))
        );
        assert_eq!(
            label("联系电话（办公室）：1").map(|l| l.0),
            Some(ClosingField::Phone)
        );
        // Words that only end like a label, or too long for one, or a sentence, are none.
        assert_eq!(label("整改措施：完善制度"), None);
        assert_eq!(label("受理群众来电来访举报电话：1"), None);
        assert_eq!(label("已开通电话，并公开：1"), None);
    }

    #[test]
    fn longer_words_come_before_the_words_they_contain() {
        let words: Vec<&str> = STATUSES.iter().map(|(w, _)| *w).collect();
        let labels: Vec<&str> = CLOSING_LABELS.iter().map(|(w, _)| *w).collect();
        // Progress words need no such order: each is followed by its number, so a shorter
        // word that starts a longer one cannot be read in its place.
        for list in [&words, &labels] {
            for (i, shorter) in list.iter().enumerate() {
                for longer in &list[i + 1..] {
                    assert!(
                        !longer.contains(shorter) || longer == shorter,
                        "`{longer}` must come before `{shorter}`"
                    );
                }
            }
        }
    }
}
