//! Scores the parser on a folder of notices with their key facts written by hand: every
//! `NAME.txt` with a `NAME.json` beside it (the format is in `score.rs`).
//!
//! ```text
//! cargo run --example evaluate -- tests/fixtures/genre
//! cargo run --example evaluate -- DIR --misses    # and every miss, one per line
//! ```
//!
//! Prints: notices parsed, notices that lost text, timeline dates exact, contacts exact,
//! figures recall and precision, qualifiers right. Exit status 2 when the folder or a file
//! cannot be read.

use std::path::PathBuf;
use std::process::ExitCode;

mod score;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: evaluate DIR [--misses]");
        return ExitCode::from(2);
    };
    let show_misses = args.any(|a| a == "--misses");
    match score::score_folder(&dir) {
        Ok((total, _)) => {
            if show_misses {
                for miss in &total.misses {
                    println!("{miss}");
                }
                println!();
            }
            println!("{}", dir.display());
            println!("{total}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(2)
        }
    }
}
