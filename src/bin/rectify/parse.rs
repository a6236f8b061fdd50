//! `rectify parse`: notice text to report JSON.

use std::collections::BTreeMap;
use std::path::PathBuf;

use encoding_rs::Encoding;
use rectify::text::{self, Span};
use rectify::{RectificationReport, Severity};

use crate::batch::{self, Summary, Tally, Verdict, Words};
use crate::input::{self, Input, Unreadable, Wanted};
use crate::{Common, output};

/// Options of `rectify parse`.
#[derive(Debug, clap::Args)]
pub(crate) struct Options {
    /// Notice files (.txt, .html), folders of them, or `-` for stdin.
    #[arg(required = true, value_name = "FILE|DIR|-")]
    inputs: Vec<PathBuf>,
    /// Indent the JSON (one input, on stdout).
    #[arg(long, conflicts_with_all = ["ndjson", "out"])]
    pretty: bool,
    /// One report per line on stdout (the default for several inputs or a folder).
    #[arg(long, conflicts_with = "out")]
    ndjson: bool,
    /// Write one report per notice into DIR: its path below the folder it was found in,
    /// with `.json` for its extension.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Read the text in this encoding (a WHATWG label: gbk, utf-16le, …) instead of
    /// detecting it.
    #[arg(long, value_name = "LABEL", value_parser = crate::encoding_label)]
    encoding: Option<&'static Encoding>,
}

const WORDS: Words = Words {
    good: "parsed",
    failed: "not parsed or invalid",
};

/// What one input came to.
struct Outcome {
    name: String,
    relative: PathBuf,
    how: Option<String>,
    /// Diagnostics and findings, one line each, already prefixed with the input's name.
    messages: Vec<String>,
    /// The report's JSON, when the notice parsed.
    json: Option<String>,
    verdict: Verdict,
}

pub(crate) fn run(options: &Options, common: &Common) -> Verdict {
    let single = options.inputs.len() == 1
        && !options.inputs[0].is_dir()
        && !options.ndjson
        && options.out.is_none();
    let inputs = input::expand(&options.inputs, Wanted::Notices);
    let mut tally = Tally::default();
    let work = |input: Result<Input, Unreadable>| parse_one(input, options);
    let ran = batch::run(inputs, common.jobs, work, |outcome, progress| {
        let mut verdict = outcome.verdict;
        progress.suspend(|| {
            if common.verbose
                && let Some(how) = &outcome.how
            {
                output::error(&format!("{}: read as {how}", outcome.name));
            }
            for message in &outcome.messages {
                output::error(message);
            }
            if common.verbose && outcome.json.is_some() {
                let verdict = match outcome.verdict {
                    Verdict::Good => "parsed",
                    _ => "parsed, but the report is invalid",
                };
                let count = outcome.messages.len();
                output::error(&format!("{}: {verdict} ({count} messages)", outcome.name));
            }
        });
        if let Some(json) = &outcome.json {
            let written = match &options.out {
                Some(folder) => {
                    let path = folder.join(&outcome.relative).with_extension("json");
                    output::write_file(&path, json.as_bytes())
                }
                None => output::stdout(format!("{json}\n").as_bytes()),
            };
            verdict = verdict.max(written);
        }
        tally.count(verdict);
    });
    if let Err(error) = ran {
        return output::fail(&format!("cannot start the threads: {error}"));
    }
    if !single {
        output::error(&format!("rectify parse: {}", Summary(tally, &WORDS)));
    }
    tally.verdict()
}

fn parse_one(input: Result<Input, Unreadable>, options: &Options) -> Outcome {
    let failed = |name: String, relative: PathBuf, how, message: String, verdict| Outcome {
        name,
        relative,
        how,
        messages: vec![message],
        json: None,
        verdict,
    };
    let input = match input {
        Ok(input) => input,
        Err(unreadable) => {
            let message = unreadable.to_string();
            return failed(
                unreadable.name,
                PathBuf::new(),
                None,
                message,
                Verdict::Unreadable,
            );
        }
    };
    let relative = input.relative();
    let loaded = match input::load(&input, options.encoding) {
        Ok(loaded) => loaded,
        Err(unreadable) => {
            let message = unreadable.to_string();
            return failed(
                unreadable.name,
                relative,
                None,
                message,
                Verdict::Unreadable,
            );
        }
    };
    let name = loaded.name;
    let parsed = match text::parse(&loaded.text) {
        Ok(parsed) => parsed,
        Err(error) => {
            let message = format!("{name}: not parsed: {error}");
            return failed(name, relative, Some(loaded.how), message, Verdict::Failed);
        }
    };
    let mut messages: Vec<String> = parsed
        .diagnostics
        .iter()
        .map(|diagnostic| format!("{name}:{diagnostic}"))
        .collect();
    let findings = findings(&name, &parsed.report, &parsed.spans);
    let verdict = if findings
        .iter()
        .any(|(severity, _)| *severity == Severity::Error)
    {
        Verdict::Failed
    } else {
        Verdict::Good
    };
    messages.extend(findings.into_iter().map(|(_, message)| message));
    let json = if options.pretty {
        serde_json::to_string_pretty(&parsed.report)
    } else {
        serde_json::to_string(&parsed.report)
    };
    match json {
        Ok(json) => Outcome {
            name,
            relative,
            how: Some(loaded.how),
            messages,
            json: Some(json),
            verdict,
        },
        Err(error) => {
            let message = format!("{name}: cannot write the report: {error}");
            failed(name, relative, Some(loaded.how), message, Verdict::Failed)
        }
    }
}

/// The parsed report's violations, each at the place in the text its field was read from
/// (or the nearest enclosing one): `FILE:LINE:COLUMN: error[code] /path: message`.
fn findings(
    name: &str,
    report: &RectificationReport,
    spans: &BTreeMap<String, Span>,
) -> Vec<(Severity, String)> {
    report
        .validate()
        .violations
        .into_iter()
        .map(|violation| {
            let place = nearest_span(spans, &violation.path)
                .map(|span| format!("{}:{}:", span.start.line, span.start.column))
                .unwrap_or_default();
            let message = format!(
                "{name}:{place} {}[{}] {}: {}",
                violation.severity, violation.code, violation.path, violation.message
            );
            (violation.severity, message)
        })
        .collect()
}

fn nearest_span<'s>(spans: &'s BTreeMap<String, Span>, pointer: &str) -> Option<&'s Span> {
    let mut pointer = pointer;
    loop {
        if let Some(span) = spans.get(pointer) {
            return Some(span);
        }
        // A pointer's first field read from the text (`/areas/0` → `/areas/0/title`).
        let below = format!("{pointer}/");
        if let Some((key, span)) = spans.range(below.clone()..).next()
            && key.starts_with(&below)
        {
            return Some(span);
        }
        pointer = &pointer[..pointer.rfind('/')?];
    }
}
