//! `rectify::tables` at scale: N notices, made by repeating the fixtures under new ids,
//! flattened and written as Parquet; prints the time per notice and the peak memory.
//!
//! ```sh
//! cargo run --release --features tables --example tables_scale            # 1,000, 10,000, 100,000
//! cargo run --release --features tables --example tables_scale -- 5000    # one size
//! ```
//!
//! Without an argument it runs itself once per size, so that each size's peak memory
//! (VmHWM in /proc/self/status, Linux) is its own. Each size is written three times; the
//! median time is given. The fixtures (the notices of
//! tests/fixtures/genre and tests/fixtures/notices and the example, parsed once, with
//! their diagnostics; the valid reports' JSON) are read once per run; what is timed is the
//! flattening and the writing, on one thread, as `rectify tables` does after parsing.
//! BENCHMARKS.md has the figures.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use rectify::RectificationReport;
use rectify::tables::{Format, Rows, Table, TableWriter};
use rectify::text::Diagnostic;

type Fixture = (String, RectificationReport, Option<Vec<Diagnostic>>);

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .map(|arg| arg.parse())
        .collect::<Result<_, _>>()?;
    if sizes.is_empty() {
        // One process per size: each peak is then that size's alone.
        for size in [1_000, 10_000, 100_000] {
            let status = Command::new(std::env::current_exe()?)
                .arg(size.to_string())
                .status()?;
            if !status.success() {
                return Err(format!("the run of {size} notices failed: {status}").into());
            }
        }
        return Ok(());
    }
    let fixtures = fixtures()?;
    for size in sizes {
        run(&fixtures, size)?;
    }
    Ok(())
}

/// Writes `size` notices three times; gives the median time.
fn run(fixtures: &[Fixture], size: usize) -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::temp_dir().join(format!("rectify-tables-scale-{}", std::process::id()));
    let mut times = Vec::new();
    let mut written = None;
    for _ in 0..3 {
        let started = Instant::now();
        let mut writer = TableWriter::create(&dir, Format::Parquet)?;
        for i in 0..size {
            let (name, report, diagnostics) = &fixtures[i % fixtures.len()];
            let id = format!("copy-{i:06}/{name}");
            writer.write(Rows::new(&id, Some(name), report, diagnostics.as_deref()))?;
        }
        written = Some(writer.finish()?);
        times.push(started.elapsed());
    }
    times.sort();
    let (elapsed, written) = (times[1], written.ok_or("no run")?);
    let bytes: u64 = Table::ALL
        .iter()
        .map(|table| std::fs::metadata(dir.join(format!("{table}.parquet"))).map_or(0, |m| m.len()))
        .sum();
    std::fs::remove_dir_all(&dir)?;
    println!(
        "{size:>7} notices: {:>8.3} s, {:>6.1} µs per notice, {} rows ({} measures), {:.1} MB of Parquet, peak memory {}",
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 / size as f64,
        Table::ALL.iter().map(|&t| written.rows(t)).sum::<u64>(),
        written.rows(Table::Measures),
        bytes as f64 / 1e6,
        peak_memory().unwrap_or_else(|| "unknown (no /proc/self/status)".into()),
    );
    Ok(())
}

/// The fixtures, each with its file name and, for a notice, the parser's diagnostics.
fn fixtures() -> Result<Vec<Fixture>, Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut fixtures = Vec::new();
    for folder in ["genre", "notices", "."] {
        for path in files(&root.join(folder), "txt")? {
            let parsed = rectify::text::parse(&std::fs::read_to_string(&path)?)?;
            fixtures.push((name(&path), parsed.report, Some(parsed.diagnostics)));
        }
    }
    for folder in [".", "valid"] {
        for path in files(&root.join(folder), "json")? {
            let report = rectify::from_json_str(&std::fs::read_to_string(&path)?)?;
            fixtures.push((name(&path), report, None));
        }
    }
    Ok(fixtures)
}

fn files(folder: &Path, extension: &str) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == extension) {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn name(path: &Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// The process's peak resident memory (VmHWM), as /proc/self/status gives it.
fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    Some(line["VmHWM:".len()..].trim().to_owned())
}
