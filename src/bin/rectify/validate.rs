//! `rectify validate`: report JSON checked against the contract.

use std::fmt::Write;
use std::path::PathBuf;

use anstyle::{AnsiColor, Style};
use rectify::{Error, Severity};
use serde_json::json;

use crate::batch::{self, Summary, Tally, Verdict, Words};
use crate::input::{self, Input, Unreadable, Wanted};
use crate::locate::Locator;
use crate::{Common, output};

/// Options of `rectify validate`.
#[derive(Debug, clap::Args)]
pub(crate) struct Options {
    /// Report files (.json), folders of them, or `-` for stdin.
    #[arg(required = true, value_name = "FILE|DIR|-")]
    inputs: Vec<PathBuf>,
    /// `human`: one line per violation, colored on a terminal. `json`: one JSON object per
    /// file, one per line.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Human,
    Json,
}

const WORDS: Words = Words {
    good: "valid",
    failed: "invalid",
};

/// One violation, placed in the file.
#[derive(Debug, serde::Serialize)]
struct Finding {
    severity: Severity,
    code: String,
    path: String,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
}

/// What one file came to: its violations, or why it is not a report at all.
struct Outcome {
    name: String,
    findings: Vec<Finding>,
    /// Why the file is not a report (not JSON, or not a report's shape), or cannot be read.
    failure: Option<Finding>,
    verdict: Verdict,
}

pub(crate) fn run(options: &Options, common: &Common) -> Verdict {
    let inputs = input::expand(&options.inputs, Wanted::Reports);
    let mut tally = Tally::default();
    let ran = batch::run(inputs, common.jobs, check, |outcome, progress| {
        let written = progress.suspend(|| match options.format {
            Format::Human => output::styled(&human(&outcome)),
            Format::Json => output::stdout(machine(&outcome).as_bytes()),
        });
        tally.count(outcome.verdict.max(written));
    });
    if let Err(error) = ran {
        return output::fail(&format!("cannot start the threads: {error}"));
    }
    if tally.total() > 1 {
        output::error(&format!("rectify validate: {}", Summary(tally, &WORDS)));
    }
    tally.verdict()
}

fn check(input: Result<Input, Unreadable>) -> Outcome {
    let unreadable = |unreadable: Unreadable| Outcome {
        name: unreadable.name,
        findings: Vec::new(),
        failure: Some(Finding {
            severity: Severity::Error,
            code: "unreadable".to_owned(),
            path: String::new(),
            line: None,
            column: None,
            message: unreadable.reason,
        }),
        verdict: Verdict::Unreadable,
    };
    let loaded = match input.and_then(|input| input::load(&input, None)) {
        Ok(loaded) => loaded,
        Err(error) => return unreadable(error),
    };
    let report = match rectify::from_json_str(&loaded.text) {
        Ok(report) => report,
        Err(Error::Json(error)) => {
            return Outcome {
                name: loaded.name,
                findings: Vec::new(),
                failure: Some(Finding {
                    severity: Severity::Error,
                    code: "notAReport".to_owned(),
                    path: error.pointer().to_owned(),
                    line: Some(error.line()),
                    column: Some(error.column()),
                    message: error.message().to_owned(),
                }),
                verdict: Verdict::Failed,
            };
        }
        Err(error) => {
            return unreadable(Unreadable {
                name: loaded.name,
                reason: error.to_string(),
            });
        }
    };
    let validation = report.validate();
    let valid = validation.is_valid();
    let locator = Locator::new(&loaded.text);
    let findings = validation
        .violations
        .into_iter()
        .map(|violation| {
            let place = locator.locate(&violation.path);
            Finding {
                severity: violation.severity,
                code: violation.code.to_string(),
                path: violation.path,
                line: place.map(|(line, _)| line),
                column: place.map(|(_, column)| column),
                message: violation.message,
            }
        })
        .collect();
    Outcome {
        name: loaded.name,
        findings,
        failure: None,
        verdict: if valid {
            Verdict::Good
        } else {
            Verdict::Failed
        },
    }
}

impl Outcome {
    /// How many of the findings are errors, and how many warnings.
    fn counts(&self) -> (usize, usize) {
        let errors = self
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        (errors, self.findings.len() - errors)
    }
}

/// `FILE:LINE:COLUMN: error[code] /path: message` per violation, then the file's verdict.
fn human(outcome: &Outcome) -> String {
    let mut out = String::new();
    let mut lines = Vec::new();
    for finding in outcome.failure.iter().chain(&outcome.findings) {
        let place = match (finding.line, finding.column) {
            (Some(line), Some(column)) => format!("{line}:{column}:"),
            _ => String::new(),
        };
        let style = match finding.severity {
            Severity::Error => Style::new().bold().fg_color(Some(AnsiColor::Red.into())),
            // Warnings, and any severity a later contract adds, in yellow.
            _ => Style::new().bold().fg_color(Some(AnsiColor::Yellow.into())),
        };
        let bold = Style::new().bold();
        let path = if finding.path.is_empty() {
            String::new()
        } else {
            format!(" {}", finding.path)
        };
        lines.push(format!(
            "{}:{place} {style}{}{style:#}[{bold}{}{bold:#}]{path}: {}",
            outcome.name, finding.severity, finding.code, finding.message
        ));
    }
    let (errors, warnings) = outcome.counts();
    let verdict = match outcome.verdict {
        Verdict::Good => format!(
            "{}valid{:#}",
            Style::new().fg_color(Some(AnsiColor::Green.into())),
            Style::new()
        ),
        Verdict::Failed if outcome.failure.is_some() => "not a report".to_owned(),
        Verdict::Failed => "invalid".to_owned(),
        Verdict::Unreadable => "unreadable".to_owned(),
    };
    let counts = if outcome.failure.is_some() {
        String::new()
    } else {
        format!(
            " ({}, {})",
            plural(errors, "error"),
            plural(warnings, "warning")
        )
    };
    lines.push(format!("{}: {verdict}{counts}", outcome.name));
    for line in lines {
        let _ = writeln!(out, "{line}");
    }
    out
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// One JSON object per file: `{"file", "verdict", "errors", "warnings", "violations",
/// "failure"}`.
fn machine(outcome: &Outcome) -> String {
    let verdict = match outcome.verdict {
        Verdict::Good => "valid",
        Verdict::Failed if outcome.failure.is_some() => "notAReport",
        Verdict::Failed => "invalid",
        Verdict::Unreadable => "unreadable",
    };
    let (errors, warnings) = outcome.counts();
    let object = json!({
        "file": outcome.name,
        "verdict": verdict,
        "errors": errors,
        "warnings": warnings,
        "violations": outcome.findings,
        "failure": outcome.failure,
    });
    format!("{object}\n")
}
