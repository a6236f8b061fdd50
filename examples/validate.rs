//! Validates a report file and prints one line per violation:
//! `severity<TAB>code<TAB>path<TAB>message`.
//!
//! ```text
//! cargo run --example validate -- tests/fixtures/qingyuan-publicity-2025.json
//! ```
//!
//! Exit status: 0 when there is no error (warnings allowed), 1 when there is at least one
//! error, 2 when the file cannot be read or is not a report of the right shape (the reason
//! on standard error, with line, column and field path). Malformed dates are listed as
//! `invalidDate` violations rather than stopping the check.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(path), None) = (args.next(), args.next()) else {
        eprintln!("usage: validate FILE");
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
    let validation = match rectify::validate::validate_json(&text) {
        Ok(validation) => validation,
        Err(error) => {
            eprintln!("{shown}: {error}");
            return ExitCode::from(2);
        }
    };
    for v in &validation.violations {
        println!("{}\t{}\t{}\t{}", v.severity, v.code, v.path, v.message);
    }
    if validation.is_valid() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
