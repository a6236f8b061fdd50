//! Parses a notice's text into a report: the report's JSON on stdout, the diagnostics on
//! stderr.
//!
//! ```text
//! cargo run --example parse_notice -- tests/fixtures/qingyuan-publicity-2025.txt
//! ```
//!
//! Exit status: 0 when the notice parsed (with or without diagnostics), 2 when the file
//! cannot be read or is not a rectification notice.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: parse_notice FILE");
        return ExitCode::from(2);
    };
    let shown = path.to_string_lossy().into_owned();
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{shown}: cannot read: {error}");
            return ExitCode::from(2);
        }
    };
    let parsed = match rectify::text::parse(&text) {
        Ok(parsed) => parsed,
        Err(error) => {
            eprintln!("{shown}: {error}");
            return ExitCode::from(2);
        }
    };
    for diagnostic in &parsed.diagnostics {
        eprintln!("{shown}:{diagnostic}");
    }
    match serde_json::to_string_pretty(&parsed.report) {
        Ok(json) => println!("{json}"),
        Err(error) => {
            eprintln!("{shown}: cannot write the report: {error}");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
