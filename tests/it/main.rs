//! The integration tests, in one binary (one link, one run).

mod dates;
mod fixtures;
mod genre;
mod limits;
mod loading;
mod notices;
mod render;
mod review;
mod robustness;
mod roundtrip;
mod schema;
#[cfg(feature = "tables")]
mod tables;
mod text;
mod validation;

use std::path::PathBuf;

use rectify::RectificationReport;

/// The path of a file under `tests/fixtures/`.
pub fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The files with `extension` in a folder under `tests/fixtures/` (`.` for the folder
/// itself), sorted by path.
pub fn fixture_files(folder: &str, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixture_path(folder))
        .unwrap_or_else(|e| panic!("cannot list tests/fixtures/{folder}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == extension))
        .collect();
    files.sort();
    files
}

/// The text of a file under `tests/fixtures/`.
pub fn fixture_text(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name))
        .unwrap_or_else(|e| panic!("cannot read fixture {name}: {e}"))
}

/// The hand-mapped example report.
pub const EXAMPLE_JSON: &str = "qingyuan-publicity-2025.json";

/// The example report, loaded.
pub fn example() -> RectificationReport {
    rectify::from_json_str(&fixture_text(EXAMPLE_JSON)).expect("the example report loads")
}

/// Compares `content` with the checked-in file at `path` (from the crate root), or writes
/// it there when `SNAPSHOTS=overwrite`. Fails with the command that regenerates it.
pub fn assert_snapshot(path: &str, content: &str) {
    let full = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var("SNAPSHOTS").as_deref() == Ok("overwrite") {
        std::fs::write(&full, content).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
    }
    let checked_in = std::fs::read_to_string(&full).unwrap_or_default();
    assert!(
        checked_in == content,
        "{path} differs from what the code generates. Regenerate it with \
         `SNAPSHOTS=overwrite cargo test` and review the diff."
    );
}
