//! `rectify`: rectification notices (整改进展情况通报) in, typed data out, by the thousand.
//!
//! ```text
//! rectify parse notice.txt --pretty          # one notice to its report's JSON
//! rectify parse notices/ --ndjson > all.jsonl # a folder, one report per line
//! rectify parse notices/ --out reports/      # a folder, one report file per notice
//! rectify validate reports/                  # every violation, with its line and column
//! rectify stats notices/ --format csv        # a row per report, and the totals
//! rectify tables notices/ --out tables/      # normalized tables as Parquet (or --format csv)
//! rectify render report.json                 # a report back to notice text
//! rectify view notice.txt -o review.html     # a page to check what was read, in a browser
//! rectify schema --out rectification-report.schema.json
//! ```
//!
//! Exit status: 0 when every input is good, 1 when some notice did not parse or some
//! report is invalid, 2 for bad usage or an input that cannot be read. A bad input never
//! stops a batch: each gets its verdict, and a summary counts them.
//!
//! Built with the `cli` feature: `cargo install --path . --features cli`.

#![forbid(unsafe_code)]

mod batch;
mod input;
mod locate;
mod output;
mod parse;
mod stats;
mod tables;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use encoding_rs::Encoding;

use crate::batch::Verdict;
use crate::input::Input;

/// Rectification notices (整改进展情况通报) to typed, validated data, and back.
#[derive(Debug, Parser)]
#[command(name = "rectify", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    common: Common,
}

/// Options of every subcommand.
#[derive(Debug, Args)]
struct Common {
    /// Say how each input was read: its encoding and why, and whether it was a web page.
    #[arg(short, long, global = true)]
    verbose: bool,
    /// When to color the output.
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto)]
    color: ColorWhen,
    /// Threads for a batch (all cores by default).
    #[arg(short, long, global = true, value_name = "N")]
    jobs: Option<usize>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ColorWhen {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Notice text (.txt, or a web page saved as .html) to report JSON.
    ///
    /// One input: its JSON on stdout. Several, or a folder: one report per line
    /// (--ndjson, the default) or one file per notice (--out DIR). Diagnostics go to
    /// stderr as FILE:LINE:COLUMN. Any encoding: UTF-8, GBK/GB18030, UTF-16.
    Parse(parse::Options),
    /// Checks report JSON files against the contract; every violation with its code,
    /// JSON path, and line and column in the file.
    Validate(validate::Options),
    /// Writes the reports' JSON Schema (draft 2020-12).
    Schema {
        /// Write to this file instead of stdout.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// A report's JSON back to notice text, in the standard layout.
    Render {
        /// The report (`-` for stdin).
        #[arg(value_name = "REPORT.json")]
        report: PathBuf,
    },
    /// Figures per report and in total: areas, measures, figures, days from inspection to
    /// feedback and from feedback to publication, completion rates. Reads notices and
    /// report JSON alike.
    Stats(stats::Options),
    /// Notices and reports as normalized tables, one file per table, for DuckDB, Polars,
    /// pandas, Spark and spreadsheets: reports, parties, areas, measures, indicators,
    /// documents, measure_parties, points, events, diagnostics. Parquet (default) or CSV.
    /// Reads notices and report JSON alike; each report's id is its path below the folder
    /// it was found in. `--schema` prints every column with its type and meaning.
    Tables(tables::Options),
    /// A review page of a parsed notice: the text with every value marked where it was
    /// read, beside the report, its diagnostics and its violations. One self-contained
    /// HTML file that reads offline.
    View {
        /// The notice (`-` for stdin), in any encoding, or a saved web page.
        #[arg(value_name = "NOTICE")]
        notice: PathBuf,
        /// Write the page to this file instead of stdout.
        #[arg(short = 'o', long, value_name = "PAGE.html")]
        out: Option<PathBuf>,
        /// Read the text in this encoding (a WHATWG label) instead of detecting it.
        #[arg(long, value_name = "LABEL", value_parser = crate::encoding_label)]
        encoding: Option<&'static Encoding>,
    },
}

/// `--encoding`: a WHATWG label (utf-8, gbk, gb18030, utf-16le, big5, …).
pub(crate) fn encoding_label(label: &str) -> Result<&'static Encoding, String> {
    Encoding::for_label(label.as_bytes()).ok_or_else(|| format!("unknown encoding `{label}`"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    anstream::ColorChoice::write_global(match cli.common.color {
        ColorWhen::Auto => anstream::ColorChoice::Auto,
        ColorWhen::Always => anstream::ColorChoice::Always,
        ColorWhen::Never => anstream::ColorChoice::Never,
    });
    let verdict = match cli.command {
        Command::Parse(options) => parse::run(&options, &cli.common),
        Command::Validate(options) => validate::run(&options, &cli.common),
        Command::Stats(options) => stats::run(&options, &cli.common),
        Command::Tables(options) => tables::run(&options, &cli.common),
        Command::Schema { out } => schema(out),
        Command::Render { report } => render(report),
        Command::View {
            notice,
            out,
            encoding,
        } => view(notice, out, encoding),
    };
    ExitCode::from(verdict.exit_code())
}

fn schema(out: Option<PathBuf>) -> Verdict {
    let mut schema = match serde_json::to_string_pretty(&rectify::schema::json_schema()) {
        Ok(schema) => schema,
        Err(error) => return output::fail(&format!("cannot write the schema: {error}")),
    };
    schema.push('\n');
    match out {
        Some(path) => output::write_file(&path, schema.as_bytes()),
        None => output::stdout(schema.as_bytes()),
    }
}

fn view(path: PathBuf, out: Option<PathBuf>, encoding: Option<&'static Encoding>) -> Verdict {
    let input = if path.as_os_str() == "-" {
        Input::Stdin
    } else {
        Input::File { path, root: None }
    };
    let loaded = match input::load(&input, encoding) {
        Ok(loaded) => loaded,
        Err(unreadable) => {
            output::error(&unreadable.to_string());
            return Verdict::Unreadable;
        }
    };
    let parsed = match rectify::text::parse(&loaded.text) {
        Ok(parsed) => parsed,
        Err(error) => {
            output::error(&format!("{}: {error}", loaded.name));
            return Verdict::Failed;
        }
    };
    let page = rectify::text::review_html(&loaded.text, &parsed);
    match out {
        Some(path) => output::write_file(&path, page.as_bytes()),
        None => output::stdout(page.as_bytes()),
    }
}

fn render(path: PathBuf) -> Verdict {
    let input = if path.as_os_str() == "-" {
        Input::Stdin
    } else {
        Input::File { path, root: None }
    };
    let loaded = match input::load(&input, Some(encoding_rs::UTF_8)) {
        Ok(loaded) => loaded,
        Err(unreadable) => {
            output::error(&unreadable.to_string());
            return Verdict::Unreadable;
        }
    };
    match rectify::from_json_str(&loaded.text) {
        Ok(report) => output::stdout(rectify::text::render(&report).as_bytes()),
        Err(error) => {
            output::error(&format!("{}: not a report: {error}", loaded.name));
            Verdict::Failed
        }
    }
}
