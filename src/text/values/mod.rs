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
///
/// The items are kept by bucket (the character's code modulo 1024, the filter's bit) and
/// then by character, with where each bucket starts: a character's items are found in its
/// bucket, which seldom holds another character, with no search. (Measured and replaced: a
/// binary search over all the characters. On the example notice the names' scan looks up
/// about 600 characters, and the search cost 14 µs of the scan's 60; the buckets take 10 µs
/// off the scan, though keeping their starts costs more instructions than it saves, in
/// loops without branches.)
#[derive(Clone)]
pub(crate) struct ByChar<T> {
    /// Bit `c % 1024` is set when some item has the character `c`. On a notice's texts,
    /// with the names known, about one character in nine passes it, and five in six of
    /// those have items.
    filter: [u64; 16],
    /// Where each bucket's items start in `keys` and `items`; the last is their number.
    starts: Box<[u32; BUCKETS + 1]>,
    /// The items' characters, by bucket, then by character.
    keys: Vec<char>,
    /// The items, in the order of their characters.
    items: Vec<T>,
}

/// The buckets of [`ByChar`]: one for each bit of its filter.
const BUCKETS: usize = 1024;

/// The bucket of `c`.
fn bucket(c: char) -> usize {
    c as usize % BUCKETS
}

impl<T> Default for ByChar<T> {
    fn default() -> Self {
        ByChar {
            filter: [0; 16],
            starts: Box::new([0; BUCKETS + 1]),
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
        keyed.sort_by_key(|(c, _)| (bucket(*c), *c));
        let (keys, items) = keyed.into_iter().unzip();
        let mut by_char = ByChar {
            keys,
            items,
            ..ByChar::default()
        };
        by_char.index_buckets();
        by_char
    }

    /// Sets the filter and the buckets' starts from the keys, which are in bucket order:
    /// each bucket starts where the first key of a later bucket stands.
    fn index_buckets(&mut self) {
        self.filter = [0; 16];
        let mut next = 0;
        for (k, c) in self.keys.iter().enumerate() {
            let b = bucket(*c);
            self.filter[b / 64] |= 1 << (b % 64);
            if b >= next {
                // Buckets `next` to `b` start here; all but `b` are empty. `k` is below
                // `u32::MAX`: a notice's names are fewer.
                self.starts[next..=b].fill(k as u32);
                next = b + 1;
            }
        }
        self.starts[next..].fill(self.keys.len() as u32);
    }

    /// The range of `keys` and `items` that bucket `b` holds.
    fn bucket_range(&self, b: usize) -> std::ops::Range<usize> {
        // u32 to usize is exact on the targets a crate of this kind builds for.
        self.starts[b] as usize..self.starts[b + 1] as usize
    }

    /// Adds `item` with the character `c`, after the items of `c` already in.
    pub(crate) fn insert(&mut self, c: char, item: T) {
        let b = bucket(c);
        self.filter[b / 64] |= 1 << (b % 64);
        let range = self.bucket_range(b);
        let at = range.start + self.keys[range].partition_point(|k| *k <= c);
        self.keys.insert(at, c);
        self.items.insert(at, item);
        for start in &mut self.starts[b + 1..] {
            *start += 1;
        }
    }

    /// Keeps the items `keep` holds to, and indexes them anew.
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
        self.index_buckets();
    }

    /// The items with the character `c`.
    #[inline]
    pub(crate) fn get(&self, c: char) -> &[T] {
        let b = bucket(c);
        if self.filter[b / 64] & (1 << (b % 64)) == 0 {
            return &[];
        }
        let range = self.bucket_range(b);
        // A bucket seldom holds another character: its keys are walked, not searched.
        let keys = &self.keys[range.clone()];
        let Some(first) = keys.iter().position(|k| *k == c) else {
            return &[];
        };
        let len = keys[first..].iter().take_while(|k| **k == c).count();
        &self.items[range.start + first..range.start + first + len]
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
    fn characters_sharing_a_bucket_keep_their_own_items_in_order() {
        // 一 (U+4E00) and 䨀 (U+4A00) share a bucket, and so do 市 and U+5E02 + 1024.
        let sharing = ['一', '\u{4A00}', '市', '\u{6202}', 'A'];
        assert_eq!(bucket(sharing[0]), bucket(sharing[1]));
        assert_eq!(bucket(sharing[2]), bucket(sharing[3]));
        let mut index = ByChar::default();
        let mut model: Vec<(char, usize)> = Vec::new();
        // Inserted in an order that mixes the characters of a bucket.
        for k in 0..40 {
            let c = sharing[(k * 7 + k / 3) % sharing.len()];
            index.insert(c, k);
            model.push((c, k));
        }
        let items_of = |model: &[(char, usize)], c: char| -> Vec<usize> {
            model
                .iter()
                .filter(|(m, _)| *m == c)
                .map(|(_, k)| *k)
                .collect()
        };
        for c in sharing.into_iter().chain(['二', '\u{4E00}']) {
            assert_eq!(index.get(c), items_of(&model, c), "{c}");
        }
        // Indexed at once, and after some are removed, the same.
        let at_once = ByChar::new(model.clone(), |(c, _)| Some(*c));
        for c in sharing {
            let items: Vec<usize> = at_once.get(c).iter().map(|(_, k)| *k).collect();
            assert_eq!(items, items_of(&model, c), "{c}");
        }
        index.retain(|k| k % 3 != 0);
        model.retain(|(_, k)| k % 3 != 0);
        for c in sharing {
            assert_eq!(index.get(c), items_of(&model, c), "{c}");
        }
        let found: Vec<(usize, Vec<usize>)> = (index.find_in("一x䨀市"))
            .map(|(at, items)| (at, items.to_vec()))
            .collect();
        assert_eq!(
            found,
            [
                (0, items_of(&model, '一')),
                (4, items_of(&model, '\u{4A00}')),
                (7, items_of(&model, '市')),
            ]
        );
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
