//! The second reading phase: values in a piece of text. Each module takes a piece of the
//! normalized text ([`Piece`](crate::text::source::Piece)) and gives typed values with the
//! byte ranges they were read from: dates and periods (2024年3月27日至6月28日, 上旬, 年底前),
//! Chinese and Arabic numerals (十五届, 第三轮), figures with their units and qualifiers
//! (约52.7万元, 超100个), the bodies a text names (市委第四巡察组, 县财政局) and where they
//! are mentioned. They know nothing of a notice's layout; [`parts`](crate::text::parts)
//! puts them in the report.

pub(super) mod dates;
pub(super) mod figures;
pub(super) mod mentions;
pub(super) mod numerals;
pub(super) mod parties;

/// Items indexed by a character of theirs (a word's first or last), with a filter that
/// turns away most other characters without a lookup: the scans for names and units ask
/// this of nearly every character of every text. Items keep their order within a
/// character. Built without an allocation per character, as the names known so far are
/// indexed anew whenever a party is added.
#[derive(Clone)]
pub(crate) struct ByChar<T> {
    /// Bit `c % 1024` is set when some item has the character `c`: with a few dozen
    /// items, about one character in thirty passes it.
    filter: [u64; 16],
    /// The items' characters, sorted.
    keys: Vec<char>,
    /// The items, in the order of their characters.
    items: Vec<T>,
}

impl<T> Default for ByChar<T> {
    fn default() -> Self {
        ByChar {
            filter: [0; 16],
            keys: Vec::new(),
            items: Vec::new(),
        }
    }
}

impl<T> ByChar<T> {
    pub(crate) fn new(
        items: impl IntoIterator<Item = T>,
        key: impl Fn(&T) -> Option<char>,
    ) -> Self {
        let mut keyed: Vec<(char, T)> = items
            .into_iter()
            .filter_map(|item| Some((key(&item)?, item)))
            .collect();
        // Stable: items of one character keep their order.
        keyed.sort_by_key(|(c, _)| *c);
        let mut filter = [0u64; 16];
        for (c, _) in &keyed {
            let bit = *c as usize % 1024;
            filter[bit / 64] |= 1 << (bit % 64);
        }
        let (keys, items) = keyed.into_iter().unzip();
        ByChar {
            filter,
            keys,
            items,
        }
    }

    /// Adds `item` with the character `c`, after the items of `c` already in.
    pub(crate) fn insert(&mut self, c: char, item: T) {
        let bit = c as usize % 1024;
        self.filter[bit / 64] |= 1 << (bit % 64);
        let at = self.keys.partition_point(|k| *k <= c);
        self.keys.insert(at, c);
        self.items.insert(at, item);
    }

    /// Keeps the items `keep` holds to. (A character left without items keeps its bit in
    /// the filter: a lookup then finds nothing, as it should.)
    pub(crate) fn retain(&mut self, keep: impl Fn(&T) -> bool) {
        let mut keys = self.keys.iter();
        let mut kept_keys = Vec::with_capacity(self.keys.len());
        self.items.retain(|item| {
            let key = *keys.next().expect("a key for each item");
            let kept = keep(item);
            if kept {
                kept_keys.push(key);
            }
            kept
        });
        self.keys = kept_keys;
    }

    /// The items with the character `c`.
    #[inline]
    pub(crate) fn get(&self, c: char) -> &[T] {
        let bit = c as usize % 1024;
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return &[];
        }
        let start = self.keys.partition_point(|k| *k < c);
        // A character has a few items at most: they are counted, not searched.
        let len = self.keys[start..].iter().take_while(|k| **k == c).count();
        &self.items[start..start + len]
    }

    /// The characters of `text` that have items, in order: their byte offsets and items.
    /// Most characters are turned away by one bit test ([`filtered`]).
    pub(crate) fn find_in<'s>(&'s self, text: &'s str) -> impl Iterator<Item = (usize, &'s [T])> {
        filtered(text, &self.filter).filter_map(|(at, c)| {
            let items = self.get(c);
            (!items.is_empty()).then_some((at, items))
        })
    }
}

/// A set of characters of the Basic Multilingual Plane, as one bit each: whether a
/// character is in it costs a shift and a mask. The scans over every character of a text
/// pass most characters (Chinese ones) after this one test.
pub(crate) struct CharSet {
    chars: [u64; 1024],
}

impl CharSet {
    /// The set of `chars` (those past the plane are left out: no scan asks for them).
    pub(crate) const fn of(chars: &[char]) -> Self {
        CharSet { chars: [0; 1024] }.with(chars)
    }

    /// This set and `chars`.
    pub(crate) const fn with(mut self, chars: &[char]) -> Self {
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k] as usize;
            if c < 65536 {
                self.chars[c >> 6] |= 1 << (c & 63);
            }
            k += 1;
        }
        self
    }

    /// Whether `c` is in the set. (The scans use [`CharSet::find_in`]; this tells the
    /// tests what the set holds.)
    #[cfg(test)]
    fn contains(&self, c: char) -> bool {
        let c = c as usize;
        c < 65536 && (self.chars[c >> 6] >> (c & 63)) & 1 == 1
    }

    /// The characters of `text` in the set, in order, with their byte offsets. Most
    /// characters are turned away by one bit test ([`filtered`]).
    pub(crate) fn find_in<'s>(&'s self, text: &'s str) -> impl Iterator<Item = (usize, char)> {
        // A filter of the whole plane has a bit for each of its characters and none for a
        // character past it: it passes the set's characters and no other.
        filtered(text, &self.chars)
    }
}

/// The characters of a text whose code, masked to the bits of `filter` (`N` words: the code
/// modulo `64 N`), has its bit set: a superset of a set's characters, which the caller tells
/// apart, or, for a filter of the whole Basic Multilingual Plane (1024 words), exactly the
/// set's characters. A Chinese character (three bytes) is decoded here with no test of its
/// continuation bytes, which a `str` guarantees: the scans over every character spent
/// most of their time in the general decoder. (Measured and not kept: testing the first
/// two bytes before decoding lets through most characters that share them with a
/// numeral, 的 with 百 and 了 with 二; a hash of all the bytes costs more than it saves.)
pub(crate) fn filtered<'s, const N: usize>(text: &'s str, filter: &'s [u64; N]) -> Filtered<'s, N> {
    Filtered {
        text,
        at: 0,
        filter,
    }
}

/// The iterator of [`filtered`].
pub(crate) struct Filtered<'s, const N: usize> {
    text: &'s str,
    at: usize,
    filter: &'s [u64; N],
}

impl<const N: usize> Iterator for Filtered<'_, N> {
    type Item = (usize, char);

    #[inline]
    fn next(&mut self) -> Option<(usize, char)> {
        let bytes = self.text.as_bytes();
        // What is left to read, shortened from the front: one length to test a character.
        let mut rest = bytes.get(self.at..)?;
        loop {
            let start = bytes.len() - rest.len();
            let passed = match *rest {
                [] => {
                    self.at = start;
                    return None;
                }
                [first @ 0xE0..0xF0, second, third, ..] => {
                    rest = &rest[3..];
                    // The code's bits above its last six pick the word, the last six the bit.
                    let word = (usize::from(first & 0x0F) << 6 | usize::from(second & 0x3F)) % N;
                    (self.filter[word] >> (third & 0x3F)) & 1 == 1
                }
                _ => {
                    let c = self.text[start..].chars().next()?;
                    rest = &rest[c.len_utf8()..];
                    let code = u32::from(c) as usize;
                    let key = code % (N * 64);
                    // A filter of the whole Basic Multilingual Plane has no bit for a
                    // character past it; a smaller one keeps a bit for all that share it.
                    let past_the_filter = N * 64 >= 0x1_0000 && code >= 0x1_0000;
                    !past_the_filter && (self.filter[key / 64] >> (key % 64)) & 1 == 1
                }
            };
            if passed {
                self.at = bytes.len() - rest.len();
                return self.text[start..].chars().next().map(|c| (start, c));
            }
        }
    }
}

/// Every character a number can be written with: Arabic digits (ASCII and full-width) and
/// the Chinese numerals of [`numerals::is_chinese_numeral`].
pub(crate) const NUMBER_CHARS: [char; 37] = [
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '０', '１', '２', '３', '４', '５', '６',
    '７', '８', '９', '十', '百', '千', '〇', '零', '○', 'О', '一', '二', '两', '三', '四', '五',
    '六', '七', '八', '九',
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_added_and_removed_one_by_one_are_found_as_if_indexed_at_once() {
        let words = ["市委", "市政府", "县委", "市直机关", "县财政局"];
        let mut index = ByChar::default();
        for (i, word) in words.iter().enumerate() {
            index.insert(word.chars().next().unwrap(), i);
        }
        let at_once = ByChar::new(0..words.len(), |i| words[*i].chars().next());
        for c in ['市', '县', '区'] {
            assert_eq!(index.get(c), at_once.get(c), "{c}");
        }
        assert_eq!(index.get('市'), [0, 1, 3]);
        index.retain(|i| *i != 1 && *i != 2);
        assert_eq!(index.get('市'), [0, 3]);
        assert_eq!(index.get('县'), [4]);
        index.retain(|i| *i != 4);
        assert!(index.get('县').is_empty());
    }

    #[test]
    fn filtered_characters_are_those_a_decoding_walk_finds() {
        // Every width, at the text's start and end, and a 4-byte character whose code
        // modulo 65536 is that of a member (U+1 4E00 and 一).
        let members = ['一', '。', 'é', 'A', '九', '\u{FFFF}'];
        let set = CharSet::of(&members);
        let by_char = ByChar::new(members, |c| Some(*c));
        let mut texts = vec![
            String::new(),
            "一".to_owned(),
            "A".to_owned(),
            "\u{14E00}一é。A九\u{FFFF}".to_owned(),
            "五年一遍，共9个。é".to_owned(),
            "x一".to_owned(),
            "一x".to_owned(),
        ];
        // Every character of the plane once, after a member and before one.
        texts.push(
            (0..=0xFFFF)
                .filter_map(char::from_u32)
                .flat_map(|c| ['一', c, 'é'])
                .collect(),
        );
        for text in &texts {
            let walked: Vec<(usize, char)> = text
                .char_indices()
                .filter(|(_, c)| members.contains(c))
                .collect();
            assert_eq!(set.find_in(text).collect::<Vec<_>>(), walked, "{text:?}");
            let by_char: Vec<(usize, char)> = by_char
                .find_in(text)
                .map(|(at, items)| (at, items[0]))
                .collect();
            assert_eq!(by_char, walked, "{text:?}");
        }
    }

    #[test]
    fn number_chars_are_the_digits_and_numerals() {
        let set = CharSet::of(&NUMBER_CHARS);
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            let number = numerals::is_arabic_digit(c) || numerals::is_chinese_numeral(c);
            assert_eq!(set.contains(c), number, "{c:?}");
        }
    }
}
