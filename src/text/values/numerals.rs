//! Chinese and Arabic numerals as notices write them: 十一, 二十三, 两, 二〇二四 (a year digit
//! by digit), 1万, 2.35亿.

/// The value of one Chinese digit (〇 and 零 are 0, 两 is 2; a full-width digit counts too).
pub(crate) fn digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | '○' | 'О' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '０'..='９' => c as u32 - '０' as u32,
        '0'..='9' => c as u32 - '0' as u32,
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese number (a digit or a unit up to 千).
pub(crate) fn is_chinese_numeral(c: char) -> bool {
    // The non-Arabic digits of [`digit`] and the units: one match, as this is asked of
    // nearly every character of a measure's text.
    matches!(
        c,
        '十' | '百'
            | '千'
            | '〇'
            | '零'
            | '○'
            | 'О'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
    )
}

/// Whether `c` can be part of a number, Arabic or Chinese.
pub(crate) fn is_number_char(c: char) -> bool {
    is_arabic_digit(c) || is_chinese_numeral(c)
}

/// Whether `c` can be part of a marker's number: as [`is_chinese_numeral`], and 万 and 亿
/// for the numbers [`to_chinese`] writes from 10,000 up. (Figures read 万 and 亿 as
/// multipliers of their own, so they are not numerals there.)
pub(crate) fn is_marker_numeral(c: char) -> bool {
    is_chinese_numeral(c) || matches!(c, '万' | '亿')
}

/// Reads a Chinese number below 10,000: 三 → 3, 十一 → 11, 二十 → 20, 一百零五 → 105, 两千 → 2000.
/// `None` when `text` is not such a number.
///
/// A run of digits without units (二〇二四) is read digit by digit, as years are written.
pub(crate) fn chinese(text: &str) -> Option<u32> {
    // Groups of four digits: 三亿零五十万零八 = 3·10⁸ + 50·10⁴ + 8.
    for (unit, value) in [('亿', 100_000_000u32), ('万', 10_000)] {
        if let Some((high, low)) = text.split_once(unit) {
            let high = chinese(high)?;
            let low = if low.is_empty() { 0 } else { chinese(low)? };
            if low >= value {
                return None;
            }
            return high.checked_mul(value)?.checked_add(low);
        }
    }
    chinese_below_10000(text)
}

fn chinese_below_10000(text: &str) -> Option<u32> {
    if text.is_empty() {
        return None;
    }
    if !text.contains(['十', '百', '千']) {
        return text
            .chars()
            .try_fold(0u32, |n, c| Some(n.checked_mul(10)? + digit(c)?));
    }
    let mut total = 0u32;
    let mut pending: Option<u32> = None;
    for c in text.chars() {
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => {
                if pending.is_some() {
                    // Two digits in a row (二三十) is not a number, except after 零 (一百零五).
                    if pending != Some(0) {
                        return None;
                    }
                }
                pending = Some(digit(c)?);
                continue;
            }
        };
        // 十 alone stands for 一十.
        total = total.checked_add(pending.take().unwrap_or(1) * unit)?;
    }
    total.checked_add(pending.unwrap_or(0))
}

/// The Chinese numeral of `n` as used in markers (一是, （十一）, 十一、): 1 → 一, 11 → 十一,
/// 20 → 二十, 105 → 一百零五.
pub(crate) fn to_chinese(n: u32) -> String {
    for value in [100_000_000, 10_000] {
        if n >= value {
            let unit = if value == 10_000 { "万" } else { "亿" };
            let (high, low) = (n / value, n % value);
            let low = match low {
                0 => String::new(),
                // 一万零五; after 零, ten is written 一十 (一万零一十五).
                _ if low < value / 10 => format!("零{}", with_leading_one(low)),
                _ => with_leading_one(low),
            };
            return format!("{}{unit}{low}", to_chinese(high));
        }
    }
    to_chinese_below_10000(n)
}

/// 十五 as 一十五, as it is written after a higher unit.
fn with_leading_one(n: u32) -> String {
    let written = to_chinese(n);
    if written.starts_with('十') {
        format!("一{written}")
    } else {
        written
    }
}

fn to_chinese_below_10000(n: u32) -> String {
    let mut out = String::new();
    push_chinese_below_10000(n, &mut out);
    out
}

/// Appends the Chinese numeral of `n` to `out`: [`to_chinese`] without a `String` of its
/// own, for the markers tried one after the other (一是, 二是 …).
pub(crate) fn push_chinese(n: u32, out: &mut String) {
    if n < 10_000 {
        push_chinese_below_10000(n, out);
    } else {
        out.push_str(&to_chinese(n));
    }
}

fn push_chinese_below_10000(n: u32, out: &mut String) {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if n < 10 {
        out.push(DIGITS[n as usize]);
        return;
    }
    if n < 20 {
        // 十, 十一 … 十九: written at once, as the markers 十一是 ask for them.
        out.push('十');
        if n > 10 {
            out.push(DIGITS[(n % 10) as usize]);
        }
        return;
    }
    let start = out.len();
    let mut zero_pending = false;
    for (unit, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
        let d = (n / unit) % 10;
        if n < unit {
            continue;
        }
        if d == 0 {
            zero_pending = out.len() > start;
            continue;
        }
        if zero_pending {
            out.push('零');
            zero_pending = false;
        }
        out.push(DIGITS[d as usize]);
        out.push_str(name);
    }
}

/// Whether `c` is an Arabic digit, ASCII or full-width.
pub(crate) fn is_arabic_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// The number that starts `text`: Arabic (with a decimal part when `decimals`) or Chinese.
/// Gives its value, its length in bytes, and whether it was written in Chinese.
pub(crate) fn leading(text: &str, decimals: bool) -> Option<(f64, usize, bool)> {
    let bytes = text.as_bytes();
    // A comma that groups thousands (1,234.5) is part of the number.
    let groups = |k: usize| {
        let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
        digit(k + 1) && digit(k + 2) && digit(k + 3) && !digit(k + 4)
    };
    let arabic_len: usize = text
        .char_indices()
        .take_while(|(k, c)| {
            is_arabic_digit(*c)
                || (decimals && matches!(c, '.' | '．') && *k > 0)
                || (*c == ',' && *k > 0 && groups(*k))
        })
        .map(|(_, c)| c.len_utf8())
        .sum();
    if arabic_len > 0 {
        let digits = text[..arabic_len].trim_end_matches(['.', '．']);
        return Some((arabic(digits)?, digits.len(), false));
    }
    let len: usize = text
        .chars()
        .take_while(|c| is_chinese_numeral(*c))
        .map(char::len_utf8)
        .sum();
    Some((f64::from(chinese(&text[..len])?), len, true))
}

/// The Arabic number `digits` times 10^`power`, exact in decimal: the point is moved in
/// the digits before they are read, so that 672.8 × 10^8 is 67280000000, not the
/// 67279999999.99999 that multiplying the binary 672.8 gives.
pub(crate) fn scaled(digits: &str, power: usize) -> Option<f64> {
    let folded = arabic(digits)?.to_string();
    let (whole, fraction) = folded.split_once('.').unwrap_or((&folded, ""));
    let moved = fraction.len().min(power);
    let shifted = format!(
        "{whole}{}{}.{}",
        &fraction[..moved],
        "0".repeat(power - moved),
        &fraction[moved..]
    );
    shifted.parse().ok()
}

/// Reads an Arabic number with full-width digits folded (１２ → 12, 2.35 → 2.35, 1,200 → 1200).
pub(crate) fn arabic(text: &str) -> Option<f64> {
    // Most numbers are plain ASCII digits and need no folding (nor a copy).
    if text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return text.parse().ok().filter(|v: &f64| v.is_finite());
    }
    let folded: String = text
        .chars()
        .filter(|c| *c != ',' && *c != '，')
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' => '.',
            c => c,
        })
        .collect();
    folded.parse().ok().filter(|v: &f64| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_chinese_numbers() {
        let cases = [
            ("一", 1),
            ("十", 10),
            ("十一", 11),
            ("二十", 20),
            ("二十三", 23),
            ("两", 2),
            ("一百零五", 105),
            ("两千", 2000),
            ("三百四十", 340),
            ("二〇二四", 2024),
            ("二零二五", 2025),
        ];
        for (text, n) in cases {
            assert_eq!(chinese(text), Some(n), "{text}");
        }
        assert_eq!(chinese("二三十"), None);
        assert_eq!(chinese("是"), None);
        assert_eq!(chinese(""), None);
    }

    #[test]
    fn writes_and_reads_numbers_of_ten_thousand_and_more() {
        for (n, written) in [
            (10_000, "一万"),
            (10_005, "一万零五"),
            (10_015, "一万零一十五"),
            (10_100, "一万零一百"),
            (11_000, "一万一千"),
            (22_306, "二万二千三百零六"),
            (100_000_000, "一亿"),
            (100_000_010, "一亿零一十"),
            (u32::MAX, "四十二亿九千四百九十六万七千二百九十五"),
        ] {
            assert_eq!(to_chinese(n), written);
            assert_eq!(chinese(written), Some(n), "{written}");
        }
        for n in (0..200_000).step_by(7).chain(99_990..100_020) {
            assert_eq!(chinese(&to_chinese(n)), Some(n), "{n}");
        }
        assert_eq!(chinese("万"), None);
        assert_eq!(chinese("一万二万"), None);
        assert_eq!(chinese("五十亿"), None, "overflows u32");
    }

    #[test]
    fn writes_what_it_reads() {
        for n in 1..=2000 {
            let written = to_chinese(n);
            assert_eq!(chinese(&written), Some(n), "{n} → {written}");
        }
        assert_eq!(to_chinese(11), "十一");
        for n in [
            0,
            7,
            10,
            19,
            20,
            105,
            1010,
            9999,
            10_000,
            10_015,
            123_456_789,
        ] {
            let mut out = String::from("第");
            push_chinese(n, &mut out);
            assert_eq!(out, format!("第{}", to_chinese(n)), "{n}");
        }
        assert_eq!(to_chinese(105), "一百零五");
    }

    #[test]
    fn reads_arabic_numbers() {
        assert_eq!(arabic("１２"), Some(12.0));
        assert_eq!(arabic("2.35"), Some(2.35));
        assert_eq!(arabic("1,200"), Some(1200.0));
        assert_eq!(arabic("x"), None);
    }
}
