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
