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
}

/// A set of characters of the Basic Multilingual Plane, as one bit each: whether a
/// character is in it costs a shift and a mask. The scans over every character of a text
/// pass most characters (Chinese ones) after this one test.
pub(crate) struct CharSet([u64; 1024]);

impl CharSet {
    /// The set of `chars` (those past the plane are left out: no scan asks for them).
    pub(crate) const fn of(chars: &[char]) -> Self {
        CharSet([0; 1024]).with(chars)
    }

    /// This set and `chars`.
    pub(crate) const fn with(mut self, chars: &[char]) -> Self {
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k] as usize;
            if c < 65536 {
                self.0[c >> 6] |= 1 << (c & 63);
            }
            k += 1;
        }
        self
    }

    #[inline]
    pub(crate) fn contains(&self, c: char) -> bool {
        let c = c as usize;
        c < 65536 && (self.0[c >> 6] >> (c & 63)) & 1 == 1
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
    fn number_chars_are_the_digits_and_numerals() {
        let set = CharSet::of(&NUMBER_CHARS);
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            let number = numerals::is_arabic_digit(c) || numerals::is_chinese_numeral(c);
            assert_eq!(set.contains(c), number, "{c:?}");
        }
    }
}
