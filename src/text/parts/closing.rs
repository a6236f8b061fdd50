//! The closing: the invitation to comment (kept verbatim), the comment window and the
//! contact details, each after its label.

use crate::{Period, PublicFeedback};

use crate::text::diagnostic::DiagnosticKind;
use crate::text::recorder::Recorder;
use crate::text::source::Piece;
use crate::text::source::layout::{self, Marker};
use crate::text::values::{dates, numerals};
use crate::text::vocabulary::{
    self, ClosingField, ClosingHeading, closing_heading, closing_label_at,
};

/// What the closing holds.
#[derive(Debug, Default)]
pub(crate) struct Closing {
    pub(crate) text: Option<String>,
    pub(crate) window: Option<Period>,
    pub(crate) feedback: PublicFeedback,
}

/// The verbs that set a channel up, before its label ("设立专门值班电话：", "开通举报电话：";
/// 設立 on a machine-converted mirror).
const SETS_UP: [&str; 5] = ["设立", "开通", "公布", "設立", "開通"];

/// Reads the closing lines. `context` resolves the window's dates.
pub(crate) fn closing<'a>(
    lines: &[Piece<'a>],
    context: dates::Context,
    rec: &mut Recorder<'_, 'a>,
) -> Closing {
    let mut closing = Closing::default();
    let mut text: Vec<Piece<'a>> = Vec::new();
    let mut items: Vec<(ClosingField, Piece<'a>, Piece<'a>)> = Vec::new();
    // The label of a heading of the closing ("二、公示时间") whose value is the next line.
    let mut heading_label: Option<(ClosingField, Piece<'a>)> = None;
    for &whole in lines {
        let mut read = whole;
        if let Some((Marker::Section(_), mark, title)) = layout::marker(whole)
            && let Some(heading) = closing_heading(title.text)
        {
            heading_label = None;
            if heading == ClosingHeading::Labelled {
                // Its marker is layout; its labels and values are read below.
                rec.layout(mark);
                read = title;
            } else {
                rec.layout(whole);
                if let ClosingHeading::Label(field) = heading {
                    heading_label = Some((field, title));
                }
                continue;
            }
        }
        let line = &read;
        if let Some((field, label)) = heading_label.take()
            && closing_label_at(line.text, 0).is_none()
            && can_be_value(field, line.text)
        {
            let value = value_to_sentence_end(*line, 0, line.text.len(), rec, &mut text);
            items.push((field, label, value));
            continue;
        }
        // A label alone on its line ("联系电话" over "0891-6812420", a form's cells set out a
        // line each) has its value on the next line, as a heading's label does.
        if let Some(field) = vocabulary::bare_label(line.text) {
            rec.layout(*line);
            heading_label = Some((field, *line));
            continue;
        }
        items.extend(labelled(*line, rec, &mut text));
    }
    if !text.is_empty() {
        closing.text = Some(rec.text("/closing", &text));
    }
    for (field, label, value) in items {
        read_item(field, label, value, context, &mut closing, rec);
    }
    channels_in_words(&text, context, &mut closing, rec);
    closing
}

/// Whether the line under a heading can be the value of the field it names: a phone or a
/// postcode has digits, an e-mail address its @ ("四、联系方式" over "公示单位：……" and
/// then "联系电话：……": the line under it is not the phone).
fn can_be_value(field: ClosingField, line: &str) -> bool {
    match field {
        ClosingField::Phone | ClosingField::Postcode => line.contains(|c: char| c.is_ascii_digit()),
        ClosingField::Email => line.contains(['@', '＠']),
        _ => true,
    }
}

/// The labels of a closing's line and their values: the words before the first label, and
/// those after a value's sentence, go to `text`; labels and stops are layout.
fn labelled<'a>(
    line: Piece<'a>,
    rec: &mut Recorder<'_, 'a>,
    text: &mut Vec<Piece<'a>>,
) -> Vec<(ClosingField, Piece<'a>, Piece<'a>)> {
    let mut items = Vec::new();
    // A label starts the line or follows a stop, a blank, a colon ("请通过以下方式反映：
    // 联系电话：……"), a bracket or the verb that sets the channel up ("督察进驻期间（……）
    // 设立专门值班电话：……").
    let mut cuts: Vec<(usize, ClosingField, usize)> = line
        .text
        .char_indices()
        .filter(|(at, _)| {
            let (before, from) = line.text.split_at(*at);
            let after_break = *at == 0
                || before.ends_with([
                    '。', '；', '，', ';', ',', '、', '：', ':', ' ', '\u{3000}', '）', ')',
                ])
                || SETS_UP.iter().any(|verb| before.ends_with(verb));
            // The verb is the text's, never the label's.
            after_break && !SETS_UP.iter().any(|verb| from.starts_with(verb))
        })
        .filter_map(|(at, _)| closing_label_at(line.text, at).map(|(f, len)| (at, f, len)))
        .collect();
    // "联系方式：" names a channel only when a number follows it.
    cuts.retain(|(at, _, len)| {
        !line.text[*at..].starts_with("联系方式") || number_follows(&line.text[at + len..])
    });
    // A label read from an earlier start takes in the later ones inside it (设立专门值班
    // 电话： read from 设 and from 专): the first, the longest, is kept.
    let mut label_end = 0;
    cuts.retain(|(at, _, len)| {
        let kept = *at >= label_end;
        if kept {
            label_end = at + len;
        }
        kept
    });
    let first = cuts.first().map_or(line.text.len(), |c| c.0);
    let before = line.to(first).trim();
    if !before.is_empty() {
        text.push(before);
    }
    for (i, (at, field, len)) in cuts.iter().enumerate() {
        let end = cuts.get(i + 1).map_or(line.text.len(), |c| c.0);
        rec.layout(line.slice(*at, at + len));
        let value = value_to_sentence_end(line, at + len, end, rec, text);
        items.push((*field, line.slice(*at, at + len), value));
    }
    items
}

/// The value of a label or a heading, from byte `from` of `line` to the end of its sentence
/// or `end`: a value ends with its sentence, and what follows (值班电话的接听时间为……) is the
/// closing's text, added to `text`. Its closing punctuation is layout.
fn value_to_sentence_end<'a>(
    line: Piece<'a>,
    from: usize,
    end: usize,
    rec: &mut Recorder<'_, 'a>,
    text: &mut Vec<Piece<'a>>,
) -> Piece<'a> {
    let stop = line.text[from..end]
        .find('。')
        .map_or(end, |k| from + k + '。'.len_utf8());
    let value = line.slice(from, stop).trim();
    let value = value.trim_end_chars(&['。', '；', '，', ';', ',', '、']);
    rec.layout(line.slice(value.end() - line.start, stop));
    let after = line.slice(stop, end).trim();
    if !after.is_empty() {
        text.push(after);
    }
    value
}

/// The comment window and the e-mail address where the words give them without a label
/// ("公示日期为2025年1月21日至2月8日", "发送至……电子邮箱dlqygj@example.cn"), when no label
/// did.
pub(crate) fn channels_in_words<'a>(
    pieces: &[Piece<'a>],
    context: dates::Context,
    closing: &mut Closing,
    rec: &mut Recorder<'_, 'a>,
) {
    if closing.window.is_none() {
        closing.window = pieces
            .iter()
            .find_map(|piece| window_in_words(*piece, context, rec))
            .or_else(|| {
                pieces
                    .iter()
                    .find_map(|p| window_from_today(*p, context, rec))
            });
    }
    if closing.feedback.email.is_none()
        && let Some(address) = pieces.iter().find_map(|piece| email_in_words(*piece))
    {
        closing.feedback.email = Some(canonical(&rec.text("/publicFeedback/email", &[address])));
    }
}

/// Channels told in running text rather than in a closing, when no closing gave any:
/// a supervision's, from the verb that sets them up in the sentence that tells its stay
/// ("督察组5月22日进驻……。进驻期间（……）设立专门值班电话：……，专门邮政信箱：……", as
/// newspapers report a tour's batches); or a phone in brackets after an invitation to
/// comment ("现予以公示，公示期……（联系电话：……）", a sign-off notice's one paragraph over
/// its table); or a phone or an e-mail address under its label alone on a line, in a form
/// set out a cell a line. The words stay in the text they belong to.
pub(crate) fn channels_in_running_text<'a>(
    pieces: &[Piece<'a>],
    context: dates::Context,
    closing: &mut Closing,
    rec: &mut Recorder<'_, 'a>,
) {
    if closing.feedback != PublicFeedback::default() {
        return;
    }
    for (k, piece) in pieces.iter().enumerate() {
        // A form's cells set out a line each ("联系电话" over "18989971777", a sign-off
        // 公示表 that is the whole notice): the label's value is the next line.
        if let Some(field) = vocabulary::bare_label(piece.text)
            && let Some(value) = pieces.get(k + 1)
            && matches!(field, ClosingField::Phone | ClosingField::Email)
            && can_be_value(field, value.text)
        {
            rec.layout(*piece);
            read_item(field, *piece, *value, context, closing, rec);
            return;
        }
        let Some(channels) = stay_channels(*piece).or_else(|| bracketed_channels(*piece)) else {
            continue;
        };
        // The words around the channels are the piece's own: they are read, not kept.
        let mut words = Vec::new();
        for (field, label, value) in labelled(channels, rec, &mut words) {
            if field != ClosingField::Window {
                read_item(field, label, value, context, closing, rec);
            }
        }
        return;
    }
}

/// The channels a supervision sets up during its stay, from the first label after the verb
/// that sets them up, in a sentence that says 进驻.
fn stay_channels(piece: Piece<'_>) -> Option<Piece<'_>> {
    let text = piece.text;
    let from = (SETS_UP.iter())
        .flat_map(|verb| text.match_indices(verb).map(|(at, _)| at + verb.len()))
        .filter(|end| closing_label_at(text, *end).is_some())
        .min()?;
    let stay = sentence_start(text, from);
    (text[stay..from].contains("进驻") || text[stay..from].contains("進駐"))
        .then(|| piece.from(from))
}

/// A label just inside a bracket, in a sentence that invites comment (公示, 异议, 反映):
/// the bracket's words.
fn bracketed_channels(piece: Piece<'_>) -> Option<Piece<'_>> {
    let text = piece.text;
    text.match_indices('（').find_map(|(open, _)| {
        let from = open + '（'.len_utf8();
        closing_label_at(text, from)?;
        let sentence = &text[sentence_start(text, open)..open];
        if !speaks_of_comment(sentence) {
            return None;
        }
        let close = text[from..].find('）').map_or(text.len(), |k| from + k);
        Some(piece.slice(from, close))
    })
}

/// Whether a sentence speaks of the public's comment: it says 公示, 意见, 异议, 反映, 咨询 or
/// 监督 ("现予以公示", "公众可……提出意见", "如有异议"). Looser than the outline's test of a
/// line that invites comment, as it only confirms a bracket's label or a 即日起.
fn speaks_of_comment(sentence: &str) -> bool {
    const COMMENT_WORDS: [&str; 6] = ["公示", "意见", "异议", "反映", "咨询", "监督"];
    COMMENT_WORDS.iter().any(|w| sentence.contains(w))
}

/// Where the sentence around byte `at` of `text` starts: after the last full stop before.
fn sentence_start(text: &str, at: usize) -> usize {
    text[..at].rfind('。').map_or(0, |k| k + '。'.len_utf8())
}

/// The first e-mail address written in running text (ASCII or full-width ＠).
fn email_in_words(piece: Piece<'_>) -> Option<Piece<'_>> {
    let text = piece.text;
    let is_local = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-');
    let is_domain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-');
    for (at, c) in text.char_indices().filter(|(_, c)| matches!(c, '@' | '＠')) {
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_local(*c))
            .last()
            .map_or(at, |(i, _)| i);
        let after = at + c.len_utf8();
        let end = after
            + text[after..]
                .chars()
                .take_while(|c| is_domain(*c))
                .map(char::len_utf8)
                .sum::<usize>();
        let address = piece.slice(start, end).trim_end_chars(&['.', '-']);
        if crate::validate::is_email(&canonical(address.text)) {
            return Some(address);
        }
    }
    None
}

/// A comment window written in the closing's words rather than after a label: "请在公示期间
/// （2024年9月29日至10月9日）反映", "公示期为2025年3月1日至3月7日". The words stay in the
/// closing text; the window is read from them too.
fn window_in_words<'a>(
    piece: Piece<'a>,
    context: dates::Context,
    rec: &mut Recorder<'_, 'a>,
) -> Option<Period> {
    let (at, word) = crate::text::vocabulary::WINDOW_WORDS
        .iter()
        .filter_map(|w| piece.text.find(w).map(|at| (at, *w)))
        .min_by_key(|(at, _)| *at)?;
    let after = at + word.len();
    let found = dates::find(&piece.text[after..]).into_iter().next()?;
    let gap = &piece.text[after..after + found.range.start];
    let close = gap.chars().count() <= 2
        && gap
            .chars()
            .all(|c| matches!(c, '为' | '是' | '（' | '：' | '自' | '从'));
    if !close || found.end.is_none() {
        return None;
    }
    let period = period_of(&found, context)?;
    rec.value(
        "/timeline/publicComment",
        &[piece.slice(after + found.range.start, after + found.range.end)],
    );
    Some(period)
}

/// A comment window that opens on the notice's day ("即日起，公众可……在7个工作日内……提出
/// 意见"): from the notice's date, to an end it does not date (working days are counted
/// from a calendar the notice does not give). None for a notice without a date.
fn window_from_today<'a>(
    piece: Piece<'a>,
    context: dates::Context,
    rec: &mut Recorder<'_, 'a>,
) -> Option<Period> {
    let today = context.notice?;
    let at = piece.text.find("即日起")?;
    let sentence_end = piece.text[at..]
        .find('。')
        .map_or(piece.text.len(), |k| at + k);
    if !speaks_of_comment(&piece.text[at..sentence_end]) {
        return None;
    }
    rec.value(
        "/timeline/publicComment",
        &[piece.slice(at, at + "即日起".len())],
    );
    Some(Period {
        start: Some(today),
        end: None,
    })
}

/// The period a date or range found in a text stands for; none where neither end can be
/// dated (dates without a year in a notice that gives none).
fn period_of(found: &dates::Found, context: dates::Context) -> Option<Period> {
    let period = Period {
        start: found.start.resolve(None, context),
        end: found
            .end
            .as_ref()
            .and_then(|e| e.resolve(Some(&found.start), context)),
    };
    (!period.is_empty()).then_some(period)
}

fn read_item<'a>(
    field: ClosingField,
    label: Piece<'a>,
    value: Piece<'a>,
    context: dates::Context,
    closing: &mut Closing,
    rec: &mut Recorder<'_, 'a>,
) {
    let feedback = &mut closing.feedback;
    let (slot, pointer) = match field {
        ClosingField::Window => {
            let found = dates::find(value.text);
            match found.first().and_then(|f| period_of(f, context)) {
                Some(period) => {
                    rec.value("/timeline/publicComment", &[value]);
                    closing.window = Some(period);
                    // Words around the dates (自……起) are layout of the window.
                    rec.layout(value);
                }
                None => rec.diagnose(
                    DiagnosticKind::Unreadable,
                    value,
                    format!("no dates after {}", label.text),
                ),
            }
            return;
        }
        ClosingField::Phone => (&mut feedback.phone, "/publicFeedback/phone"),
        ClosingField::Address => (
            &mut feedback.postal_address,
            "/publicFeedback/postalAddress",
        ),
        ClosingField::Postcode => (&mut feedback.postcode, "/publicFeedback/postcode"),
        ClosingField::Email => (&mut feedback.email, "/publicFeedback/email"),
        ClosingField::Website => (&mut feedback.website, "/publicFeedback/website"),
    };
    if value.is_empty() {
        rec.diagnose(
            DiagnosticKind::Missing,
            label,
            format!("nothing after {}", label.text),
        );
    } else if matches!(field, ClosingField::Phone | ClosingField::Postcode)
        && !value.text.contains(numerals::is_arabic_digit)
    {
        // A page that masks its numbers ("联系电话： *** 。") gives none.
        rec.diagnose(
            DiagnosticKind::Unreadable,
            value,
            format!("no number after {}", label.text),
        );
    } else if slot.is_some() {
        rec.diagnose(
            DiagnosticKind::Unplaced,
            value,
            format!("a second {}; the first is kept", label.text),
        );
    } else {
        let value = match field {
            ClosingField::Phone | ClosingField::Email => {
                first_of_several(without_note(value, rec), rec)
            }
            ClosingField::Address => match bracketed_postcode(value) {
                Some((address, label, code)) => {
                    rec.layout(value.slice(address.end() - value.start, label.end() - value.start));
                    rec.layout(value.slice(code.end() - value.start, value.text.len()));
                    *slot = Some(canonical(&rec.text(pointer, &[address])));
                    read_item(ClosingField::Postcode, label, code, context, closing, rec);
                    return;
                }
                None => value,
            },
            _ => value,
        };
        *slot = Some(canonical(&rec.text(pointer, &[value])));
    }
}

/// An address that ends with its postcode in brackets ("兰州市193号信箱（邮编730030）"): the
/// address before the bracket, the postcode's label, and the postcode.
fn bracketed_postcode(value: Piece<'_>) -> Option<(Piece<'_>, Piece<'_>, Piece<'_>)> {
    const LABELS: [&str; 2] = ["邮政编码", "邮编"];
    let text = value.text;
    let inner = text.strip_suffix('）')?;
    let open = inner.rfind('（')?;
    let from = open + '（'.len_utf8();
    let label = LABELS.iter().find(|l| inner[from..].starts_with(**l))?;
    let after_label = from + label.len();
    let code_at = after_label + vocabulary::colon_len(&inner[after_label..]).unwrap_or(0);
    let code = &inner[code_at..];
    (code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()) && open > 0).then(|| {
        (
            value.to(open).trim(),
            value.slice(from, code_at),
            value.slice(code_at, inner.len()),
        )
    })
}

/// Whether `text` starts with a phone number (up to a bracket or a stop).
fn number_follows(text: &str) -> bool {
    let end = text
        .find(['（', '；', '，', '。', '、'])
        .unwrap_or(text.len());
    crate::validate::is_phone(text[..end].trim())
}

/// A number without the note in brackets after it ("5281934（8:30-17:30）", office hours):
/// the note is kept in a diagnostic.
fn without_note<'a>(value: Piece<'a>, rec: &mut Recorder<'_, 'a>) -> Piece<'a> {
    match value.text.find('（') {
        Some(at) if at > 0 => {
            rec.diagnose(
                DiagnosticKind::Unplaced,
                value.from(at),
                "a note after the contact: the report keeps the contact alone",
            );
            value.to(at).trim()
        }
        _ => value,
    }
}

/// The first of several numbers or addresses after one label ("0879-3216601、0879-3216612"):
/// the contract has one phone and one e-mail field; the others are kept in a diagnostic.
fn first_of_several<'a>(value: Piece<'a>, rec: &mut Recorder<'_, 'a>) -> Piece<'a> {
    let Some(cut) = value.text.find(['、', '，', '；', '/']) else {
        return value;
    };
    let rest = value.from(cut).trim_start_chars(&['、', '，', '；', '/']);
    if !rest.is_empty() {
        rec.layout(value.slice(cut, rest.start - value.start));
        rec.diagnose(
            DiagnosticKind::Unplaced,
            rest,
            "a further contact after the first: the report keeps one",
        );
    }
    value.to(cut).trim()
}

/// A contact value in its canonical ASCII form: full-width digits, letters and signs
/// (０７６３－３３７４３４１, slj＠163.com) as their ASCII forms, so that it validates and
/// compares, and without the line breaks of a text wrapped at a fixed width ("0759-3" over
/// "316208", with the next line's indentation); its span still points at the text as
/// written.
fn canonical(value: &str) -> String {
    let mut unwrapped = String::new();
    let mut lines = value.lines();
    let value = match (lines.next(), lines.clone().next()) {
        (Some(first), Some(_)) => {
            unwrapped.push_str(first.trim_end());
            lines.for_each(|line| unwrapped.push_str(line.trim()));
            unwrapped.as_str()
        }
        _ => value,
    };
    value
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            // A dash of any width between an area code and its number (0898—65201734).
            '\u{2010}'..='\u{2015}' => '-',
            c => c,
        })
        .collect()
}
