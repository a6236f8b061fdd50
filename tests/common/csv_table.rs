//! A table written by `rectify tables --format csv`, read back: shared by the library's
//! tests (tests/it/tables.rs) and the command's (tests/cli), which are separate binaries.

use std::collections::BTreeMap;
use std::path::Path;

/// The table `TABLE.csv` in `dir`: its header, and each row as a map from column to value.
pub(crate) fn read_csv_table(
    dir: &Path,
    table: &str,
) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let mut reader = csv::Reader::from_path(dir.join(format!("{table}.csv"))).unwrap();
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|record| {
            header
                .iter()
                .cloned()
                .zip(record.unwrap().iter().map(String::from))
                .collect()
        })
        .collect();
    (header, rows)
}
