//! Parse time per megabyte of a notice whose measures all stand on one line, as text from
//! a page that lost its line breaks has them: the shape where time once grew with the
//! square of the line's length (each span's column was counted from the line's start).
//!
//! ```text
//! cargo run --release --example one_line            # 1, 2, 4, 8, 16 and 32 MB
//! cargo run --release --example one_line -- 1 64    # the sizes given, in MB
//! ```
//!
//! Prints seconds per MB for each size; linear parsing keeps them level.

use std::time::Instant;

/// The title, the opening and an area's heading, on lines of their own.
const HEAD: &str = "中共某县委宣传部关于十五届县委第三轮巡察整改进展情况的通报
根据县委统一部署，2024年4月8日至5月31日，县委第二巡察组对县委宣传部进行了巡察。2024年7月10日，县委第二巡察组向县委宣传部反馈了巡察意见。
一、整改任务落实情况
（一）关于意识形态工作方面。";

const ORDINALS: [&str; 9] = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// A notice of about `megabytes` MB: measures (一是……。二是……。) on the area's line.
fn notice(megabytes: usize) -> String {
    let mut text = HEAD.to_owned();
    let mut i = 0;
    while text.len() < megabytes << 20 {
        text.push_str(&format!(
            "{}是修订《意识形态工作责任制实施细则》，开展专题培训{}次，整改问题{}个。",
            ORDINALS[i % 9],
            i % 17 + 1,
            i % 29 + 2
        ));
        i += 1;
    }
    text.push_str("\n中共某县委宣传部\n2024年12月20日\n");
    text
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1, 2, 4, 8, 16, 32]
    } else {
        sizes
    };
    let mut first = None;
    for megabytes in sizes {
        let text = notice(megabytes);
        let start = Instant::now();
        let parsed = rectify::text::parse(&text).expect("the generated notice parses");
        let seconds = start.elapsed().as_secs_f64();
        let per_mb = seconds / megabytes as f64;
        let base = *first.get_or_insert(per_mb);
        println!(
            "{megabytes:>3} MB: {seconds:.3} s, {per_mb:.3} s/MB ({:.2}× the first size's), {} values",
            per_mb / base,
            parsed.spans.len()
        );
    }
}
