//! The public-comment contacts: phone numbers, postcodes and e-mail addresses of the
//! forms used in China (invalidPhone, invalidPostcode, invalidEmail).

use std::sync::LazyLock;

use regex::Regex;

use super::{Checker, Code};
use crate::PublicFeedback;

impl<'r> Checker<'r> {
    pub(super) fn public_feedback(&mut self, feedback: &PublicFeedback) {
        let contact = [
            (
                "phone",
                &feedback.phone,
                is_phone as fn(&str) -> bool,
                Code::InvalidPhone,
            ),
            (
                "postcode",
                &feedback.postcode,
                is_postcode,
                Code::InvalidPostcode,
            ),
            ("email", &feedback.email, is_email, Code::InvalidEmail),
        ];
        for (field, value, is_valid, code) in contact {
            let Some(value) = value else { continue };
            self.text(field, value);
            if !value.trim().is_empty() && !is_valid(value.trim()) {
                let what = match code {
                    Code::InvalidPhone => "a Chinese phone number",
                    Code::InvalidPostcode => "a postcode of six digits",
                    _ => "an e-mail address",
                };
                self.flag_at(field, code, format!("`{value}` is not {what}"));
            }
        }
        self.optional_text("postalAddress", feedback.postal_address.as_deref());
        self.optional_text("website", feedback.website.as_deref());
    }
}

/// A mainland phone number: a mobile (13800138000), a landline with or without its area
/// code (0763-3374341, (0763)3374341, 3374341, with an extension -123 or 转123), a service
/// number (12388, 110, 95588), with the area code it is usually written with for the
/// local line (0763-12388), or a 400/800 number; several separated by 、，,；; or /.
/// Full-width digits and punctuation count as their ASCII forms.
pub fn is_phone(text: &str) -> bool {
    static PHONE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?x)^(?:\+?86-?)?(?:
                1[3-9][0-9]{9}
              | (?:\(0[0-9]{2,3}\)-?|0[0-9]{2,3}-?)?[2-9][0-9]{6,7}(?:-[0-9]{1,6})?
              | (?:0[0-9]{2,3}-?)?1[0-9]{2,4}
              | 9[56][0-9]{3}
              | [48]00-?[0-9]{3}-?[0-9]{4}
            )$",
        )
        .expect("the phone pattern is valid")
    });
    let all_match = |numbers: &str| {
        numbers
            .split(['、', '，', ',', '；', ';', '/'])
            .all(|number| PHONE.is_match(number.trim_matches('-')))
    };
    // Written in ASCII already, as most are: read as it is, without a copy.
    let plain = |b: u8| b.is_ascii_digit() || b"-()+,;/".contains(&b);
    if text.bytes().all(plain) && !text.contains("--") {
        return all_match(text);
    }
    let mut ascii = String::with_capacity(text.len());
    for c in text.chars().map(phone_ascii) {
        // Separators written with spaces ("0763-3374341 转 8001") become one hyphen.
        if !(c == '-' && ascii.ends_with('-')) {
            ascii.push(c);
        }
    }
    all_match(&ascii)
}

/// The ASCII form of a character of a phone number: full-width digits and brackets, dashes,
/// spaces and 转 (extension) as `-`.
fn phone_ascii(c: char) -> char {
    match c {
        '０'..='９' => {
            char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c)
        }
        '（' => '(',
        '）' => ')',
        '－' | '—' | '–' | '转' | ' ' | '\u{3000}' => '-',
        '＋' => '+',
        c => c,
    }
}

/// Six ASCII digits (511500).
pub fn is_postcode(text: &str) -> bool {
    text.len() == 6 && text.bytes().all(|b| b.is_ascii_digit())
}

/// An e-mail address of the usual form: `local@domain.tld`, ASCII, no spaces.
pub fn is_email(text: &str) -> bool {
    static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$",
        )
        .expect("the e-mail pattern is valid")
    });
    EMAIL.is_match(text)
}
