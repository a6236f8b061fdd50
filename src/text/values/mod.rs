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

use std::collections::BTreeMap;

/// Items indexed by a character of theirs (a word's first or last), with a filter that
/// turns away most other characters without a lookup: the scans for names and units ask
/// this of nearly every character of every text. Items keep their order within a
/// character.
pub(crate) struct ByChar<T> {
    /// Bit `c % 256` is set when some item has the character `c`.
    filter: [u64; 4],
    items: BTreeMap<char, Vec<T>>,
}

impl<T> ByChar<T> {
    pub(crate) fn new(
        items: impl IntoIterator<Item = T>,
        key: impl Fn(&T) -> Option<char>,
    ) -> Self {
        let mut by_char = ByChar {
            filter: [0; 4],
            items: BTreeMap::new(),
        };
        for item in items {
            if let Some(c) = key(&item) {
                let bit = c as usize % 256;
                by_char.filter[bit / 64] |= 1 << (bit % 64);
                by_char.items.entry(c).or_default().push(item);
            }
        }
        by_char
    }

    /// The items with the character `c`.
    pub(crate) fn get(&self, c: char) -> &[T] {
        let bit = c as usize % 256;
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return &[];
        }
        self.items.get(&c).map_or(&[], Vec::as_slice)
    }
}
