//! A notice of 5, 25 and 50 MB: parse time per megabyte (linear growth) and the memory the
//! parse takes beyond its input (peak resident memory, from `/proc/self/status`; Linux).
//!
//! ```text
//! cargo run --release --example large_input
//! ```
//!
//! The notice is the bundled one with its areas repeated (renumbered) until the text has
//! the size, rendered and parsed. Before each parse the peak is reset (`/proc/self/clear_refs`)
//! so that it measures that parse alone.

use assign::assign;
use std::time::Instant;

const EXAMPLE: &str = include_str!("../tests/fixtures/qingyuan-publicity-2025.txt");

/// The example notice with its areas repeated until the text is about `bytes` long.
fn notice_of(bytes: usize) -> String {
    let mut report = rectify::text::parse(EXAMPLE).expect("parses").report;
    let areas = std::mem::take(&mut report.areas);
    let one = rectify::text::render(&report).len();
    let per_copy = EXAMPLE.len().saturating_sub(one).max(1);
    let copies = bytes.div_ceil(per_copy);
    for copy in 0..copies {
        for area in &areas {
            let mut area = area.clone();
            area.number += u32::try_from(copy * areas.len()).expect("fits");
            report.areas.push(area);
        }
    }
    rectify::text::render(&report)
}

/// A field of `/proc/self/status` in kB (`VmRSS`, `VmHWM`).
fn status_kb(field: &str) -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    println!("size_mb  parse_s  s_per_mb  areas  peak_over_input");
    for mb in [5, 25, 50] {
        let text = notice_of(mb << 20);
        let limits = assign!(rectify::Limits::default(), {
                    max_input_bytes: 128 << 20
        });
        // Reset the peak to the current resident size (Linux: "5" clears VmHWM).
        let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
        let before = status_kb("VmRSS:").unwrap_or(0);
        let start = Instant::now();
        let parsed = rectify::text::parse_with(&text, &limits).expect("parses");
        let seconds = start.elapsed().as_secs_f64();
        let peak = status_kb("VmHWM:").unwrap_or(0);
        let size_mb = text.len() as f64 / f64::from(1 << 20);
        let over = if reset {
            format!(
                "{:.1}x",
                (peak.saturating_sub(before)) as f64 * 1024.0 / text.len() as f64
            )
        } else {
            "n/a".to_owned()
        };
        println!(
            "{size_mb:7.1}  {seconds:7.2}  {:8.3}  {:5}  {over}",
            seconds / size_mb,
            parsed.report.areas.len(),
        );
        assert!(
            parsed.diagnostics.is_empty(),
            "{:?}",
            parsed.diagnostics.first()
        );
    }
}
