//! `rectify tables`: notices and reports into normalized tables (Parquet or CSV), one file
//! per table, for DuckDB, Polars, pandas, Spark and spreadsheets.
//!
//! Each input's report id is its path below the folder it was found in (its file name
//! when named directly; `stdin` for `-`), with `/` between folders. Inputs are read and
//! flattened on every core and written in the inputs' order, so the same inputs give the
//! same files. Two inputs with the same id (the same file twice, or files of one name
//! named outside a folder) would break the tables' keys: the second is left out, with a
//! message, and counts as not written.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::{Component, Path, PathBuf};

use rectify::tables::{Format, Rows, Table, TableWriter, TablesError};

use crate::batch::{self, Summary, Tally, Verdict, Words};
use crate::input::{self, Input, Unreadable, Wanted};
use crate::{Common, output};

/// Options of `rectify tables`.
#[derive(Debug, clap::Args)]
pub(crate) struct Options {
    /// Notices (.txt, .html), reports (.json), folders of them, or `-` for stdin.
    #[arg(value_name = "FILE|DIR|-", required_unless_present = "schema")]
    inputs: Vec<PathBuf>,
    /// The folder to write the tables into, one file per table (made if needed; files
    /// of the same names are replaced).
    #[arg(long, value_name = "DIR", required_unless_present = "schema")]
    out: Option<PathBuf>,
    /// `parquet` (typed, compressed) or `csv` (UTF-8, with a header row).
    #[arg(long, value_enum, default_value_t = FormatArg::Parquet)]
    format: FormatArg,
    /// Print every table's columns, with their types and meanings (Markdown), and exit.
    #[arg(long, conflicts_with_all = ["inputs", "out"])]
    schema: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FormatArg {
    Parquet,
    Csv,
}

const WORDS: Words = Words {
    good: "written",
    failed: "not parsed, not a report, or a repeated id",
};

/// What one input came to.
enum Outcome {
    Read { id: String, rows: Box<Rows> },
    Failed { message: String, verdict: Verdict },
}

pub(crate) fn run(options: &Options, common: &Common) -> Verdict {
    if options.schema {
        return output::stdout(schema_markdown().as_bytes());
    }
    let Some(out) = &options.out else {
        return output::fail("tables: --out DIR is needed");
    };
    let format = match options.format {
        FormatArg::Parquet => Format::Parquet,
        FormatArg::Csv => Format::Csv,
    };
    let mut writer = match TableWriter::create(out, format) {
        Ok(writer) => writer,
        Err(error) => return output::fail(&error.to_string()),
    };
    let inputs = input::expand(&options.inputs, Wanted::Either);
    let mut tally = Tally::default();
    let mut ids = BTreeSet::new();
    let mut failure: Option<TablesError> = None;
    let ran = batch::run(
        inputs,
        common.jobs,
        read_one,
        |outcome, progress| match outcome {
            Outcome::Read { id, rows } => {
                if failure.is_some() {
                    tally.count(Verdict::Unreadable);
                } else if !ids.insert(id.clone()) {
                    tally.count(Verdict::Failed);
                    progress.suspend(|| {
                        output::error(&format!(
                            "{id}: the id of an earlier input (the same file twice, or files \
                             of one name named outside a folder); left out"
                        ));
                    });
                } else if let Err(error) = writer.write(*rows) {
                    tally.count(Verdict::Unreadable);
                    failure = Some(error);
                } else {
                    tally.count(Verdict::Good);
                }
            }
            Outcome::Failed { message, verdict } => {
                tally.count(verdict);
                progress.suspend(|| output::error(&message));
            }
        },
    );
    if let Err(error) = ran {
        return output::fail(&format!("cannot start the threads: {error}"));
    }
    if let Some(error) = failure {
        return output::fail(&error.to_string());
    }
    let written = match writer.finish() {
        Ok(written) => written,
        Err(error) => return output::fail(&error.to_string()),
    };
    let counts: Vec<String> = Table::ALL
        .iter()
        .map(|&table| format!("{table} {}", written.rows(table)))
        .collect();
    output::error(&format!(
        "rectify tables: {}\nrectify tables: {} in {}",
        Summary(tally, &WORDS),
        counts.join(", "),
        out.display()
    ));
    tally.verdict()
}

fn read_one(input: Result<Input, Unreadable>) -> Outcome {
    match batch::read_report(input) {
        Ok(read) => {
            let id = id_of(&read.input.relative());
            let file = (!matches!(read.input, Input::Stdin)).then_some(read.name.as_str());
            let rows = Rows::new(&id, file, &read.report, read.diagnostics.as_deref());
            Outcome::Read {
                id,
                rows: Box::new(rows),
            }
        }
        Err((message, verdict)) => Outcome::Failed { message, verdict },
    }
}

/// A path below its folder as a report id: its parts joined by `/` on every system.
fn id_of(relative: &Path) -> String {
    let parts: Vec<String> = relative
        .components()
        .filter_map(|component| match component {
            Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    parts.join("/")
}

/// Every table and its columns, as Markdown: docs/tables.md is this, checked by a test.
fn schema_markdown() -> String {
    let mut out = String::from(
        "# The tables\n\n\
         What `rectify tables` writes, one file per table (`TABLE.parquet` or `TABLE.csv`); \
         printed by `rectify tables --schema`. Types: text, integer, number (floating \
         point), boolean, date (Parquet DATE; CSV YYYY-MM-DD; a partial date as its first \
         day, beside its precision). In CSV an empty field is a null.\n",
    );
    for table in Table::ALL {
        let _ = write!(
            out,
            "\n## {table}\n\n{}\n\nKey: {}.\n\n| column | type | nullable | description |\n|---|---|---|---|\n",
            table.description(),
            table.key().join(", ")
        );
        for column in table.columns() {
            let nullable = if column.nullable { "yes" } else { "no" };
            let _ = writeln!(
                out,
                "| {} | {} | {nullable} | {} |",
                column.name, column.kind, column.description
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_paths_with_slashes() {
        assert_eq!(id_of(Path::new("2025/qingyuan.txt")), "2025/qingyuan.txt");
        assert_eq!(id_of(Path::new("./a.json")), "a.json");
    }
}
