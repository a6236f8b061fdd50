//! How the parser's cost grows: with the size of one notice, and with threads over many.
//!
//! ```text
//! cargo bench --bench scaling
//! ```
//!
//! - `parse_scaled`: the bundled notice's report with its areas repeated 1, 4 and 16 times
//!   (renumbered), rendered to text and parsed. Target: time per byte the same within 10%.
//! - `folder_of_1000`: 1,000 notices (the ten fixture notices, each 100 times) parsed on a
//!   rayon pool of 1 and of 2 threads, as `rectify parse DIR` does. Target: 2 threads at
//!   least 1.8 times as fast as 1.

use std::hint::black_box;

use divan::counter::BytesCount;
use rayon::prelude::*;

fn main() {
    divan::main();
}

const EXAMPLE: &str = include_str!("../tests/fixtures/qingyuan-publicity-2025.txt");

/// The example notice with its areas repeated `times` times: a notice `times` as long, of
/// the same kind of text.
fn scaled(times: usize) -> String {
    let mut report = rectify::text::parse(EXAMPLE).expect("parses").report;
    let areas = std::mem::take(&mut report.areas);
    for copy in 0..times {
        for area in &areas {
            let mut area = area.clone();
            area.number += (copy * areas.len()) as u32;
            report.areas.push(area);
        }
    }
    rectify::text::render(&report)
}

#[divan::bench(args = [1, 4, 16])]
fn parse_scaled(bencher: divan::Bencher, times: usize) {
    let text = scaled(times);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| rectify::text::parse(black_box(&text)).expect("parses"));
}

fn folder() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/notices");
    let mut notices: Vec<String> = std::fs::read_dir(dir)
        .expect("the fixtures are there")
        .map(|entry| std::fs::read_to_string(entry.expect("listed").path()).expect("reads"))
        .collect();
    notices.push(EXAMPLE.to_owned());
    notices.iter().cycle().take(1000).cloned().collect()
}

#[divan::bench(args = [1, 2], sample_count = 20)]
fn folder_of_1000(bencher: divan::Bencher, threads: usize) {
    let notices = folder();
    let bytes: usize = notices.iter().map(String::len).sum();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a pool");
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        pool.install(|| {
            notices
                .par_iter()
                .map(|text| rectify::text::parse(text).map(|p| p.report.areas.len()))
                .filter(Result::is_ok)
                .count()
        })
    });
}
