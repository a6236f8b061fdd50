//! Reports as flat tables with stable keys, for spreadsheets, DuckDB, Polars, pandas and
//! Spark (feature `tables`).
//!
//! Nested JSON is the wrong shape for questions across thousands of notices ("which bureaus
//! report a completion rate above what their own tallies add up to?"). This module flattens
//! each report into normalized tables, one row per notice, party, area, measure, figure,
//! document, measure–party link, point, timeline event and parser diagnostic
//! ([`Table::ALL`]), and writes them as Parquet or CSV, one file per table.
//!
//! - **Keys.** A report's id is the caller's (the `rectify tables` command uses the file's
//!   path below its folder). Every other row carries `report_id` and keys of its own that
//!   come from the report itself, never from a counter across reports or a random number:
//!   an area's path (`3.2`, its position at each level), a measure's position in its area,
//!   a figure's position in the report ([`Table::key`]). The same reports give the same
//!   keys in any run, on any number of threads.
//! - **Types.** Dates are dates (the first day of a partial date, with its precision in a
//!   `_precision` column), numbers are numbers, enum codes are the contract's strings
//!   ([`ColumnType`]). Each table's columns, and what each holds, are in [`Table::columns`]
//!   (printed by `rectify tables --schema`).
//! - **Memory.** [`TableWriter`] writes CSV rows as they come and Parquet in row groups of
//!   bounded size ([`RowGroups`]), so that any number of reports can stream through it.
//!
//! ```
//! use rectify::tables::{Format, Rows, Table, TableWriter};
//!
//! let json = include_str!("../../tests/fixtures/qingyuan-publicity-2025.json");
//! let report = rectify::from_json_str(json)?;
//!
//! let dir = std::env::temp_dir().join(format!("rectify-tables-doc-{}", std::process::id()));
//! let mut writer = TableWriter::create(&dir, Format::Parquet)?;
//! writer.write(Rows::new("qingyuan-publicity-2025", None, &report, None))?;
//! let written = writer.finish()?;
//!
//! assert_eq!(written.rows(Table::Reports), 1);
//! assert_eq!(written.rows(Table::Parties), 28);
//! assert!(dir.join("measures.parquet").is_file());
//! # std::fs::remove_dir_all(&dir).ok();
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod csv;
mod parquet;
mod rows;
mod schema;

use std::fs::File;
use std::path::{Path, PathBuf};

pub use rows::{Row, Rows, Value};
pub use schema::{Column, ColumnType, Table};

use self::csv::CsvTable;
use self::parquet::ParquetTable;

/// The file format of the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Apache Parquet, snappy-compressed, typed columns (`TABLE.parquet`).
    Parquet,
    /// CSV, UTF-8 without a byte-order mark, with a header row (`TABLE.csv`).
    Csv,
}

impl Format {
    /// The extension of the tables' files (`parquet`, `csv`).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Parquet => "parquet",
            Format::Csv => "csv",
        }
    }
}

/// Why the tables could not be written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TablesError {
    /// The folder or a table's file could not be made or written.
    #[error("{}: cannot write: {source}", path.display())]
    Io {
        /// The folder or file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The Parquet writer failed.
    #[error("{}: cannot write the Parquet file: {source}", path.display())]
    Parquet {
        /// The table's file.
        path: PathBuf,
        /// What the Parquet writer said.
        source: ::parquet::errors::ParquetError,
    },
    /// A row group could not be assembled from the columns gathered.
    #[error("{}: cannot assemble a row group: {source}", path.display())]
    Arrow {
        /// The table's file.
        path: PathBuf,
        /// What Arrow said.
        source: arrow_schema::ArrowError,
    },
    /// The CSV writer failed.
    #[error("{}: cannot write the CSV file: {source}", path.display())]
    Csv {
        /// The table's file.
        path: PathBuf,
        /// What the CSV writer said.
        source: ::csv::Error,
    },
    /// A row whose values do not fit its table's columns (a bug in this crate: rows are
    /// built by [`Rows::new`] to fit).
    #[error("a row of `{table}` does not fit its columns at `{column}`")]
    Mismatch {
        /// The table.
        table: Table,
        /// The first column that does not fit (empty when the row is too long or short).
        column: &'static str,
    },
}

/// The tables of a run, being written into a folder: one file per table, named after it
/// (`reports.parquet`, `areas.csv` …). Give it each report's [`Rows`] in the order wanted,
/// then [`finish`](TableWriter::finish) it: a Parquet file is complete only then.
pub struct TableWriter {
    dir: PathBuf,
    sinks: Sinks,
    counts: [u64; Table::ALL.len()],
    budget: usize,
}

enum Sinks {
    Parquet(Vec<ParquetTable>),
    Csv(Vec<CsvTable>),
}

/// When Parquet tables write what they have gathered as a row group: a table at `rows` rows;
/// and whenever the values gathered in all tables together pass `bytes` (text's length, 8 for
/// another value), the table that holds the most. So memory holds `bytes` of values at most,
/// however many reports stream through, and the tables of long text (a report's preamble, a
/// measure's text) get row groups of about that size while the small tables fill theirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct RowGroups {
    /// Rows at most in a row group (at least 1).
    pub rows: usize,
    /// Bytes of values gathered at most, in all tables together (at least 1).
    pub bytes: usize,
}

impl RowGroups {
    /// Row groups of at most `rows` rows, in a budget of `bytes` bytes for all tables.
    pub fn new(rows: usize, bytes: usize) -> Self {
        RowGroups { rows, bytes }
    }
}

impl Default for RowGroups {
    /// 65,536 rows, in 8 MiB: row groups of about 2 MB of values in the tables of long text.
    /// Smaller would mean more row groups, whose metadata the Parquet footer holds until the
    /// file is closed (about 9 MB per 100,000 notices here, BENCHMARKS.md); larger, more
    /// memory while gathering.
    fn default() -> Self {
        RowGroups {
            rows: 65_536,
            bytes: 8 << 20,
        }
    }
}

impl TableWriter {
    /// Makes the folder `dir` (and its parents) if needed and starts one file per table in
    /// it, replacing files of the same names.
    ///
    /// # Errors
    ///
    /// [`TablesError::Io`] when the folder or a file cannot be made;
    /// [`TablesError::Parquet`] or [`TablesError::Csv`] when a file's header cannot be
    /// written.
    ///
    /// # Example
    ///
    /// ```
    /// use rectify::tables::{Format, TableWriter, TablesError};
    ///
    /// // A folder where a file is: a clear error, no panic.
    /// let file = std::env::temp_dir().join(format!("rectify-not-a-folder-{}", std::process::id()));
    /// std::fs::write(&file, "")?;
    /// let Err(TablesError::Io { path, .. }) = TableWriter::create(&file, Format::Csv) else { panic!() };
    /// assert_eq!(path, file);
    /// # std::fs::remove_file(&file)?;
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn create(dir: impl AsRef<Path>, format: Format) -> Result<Self, TablesError> {
        Self::with_row_groups(dir, format, RowGroups::default())
    }

    /// As [`create`](TableWriter::create), with Parquet row groups within `limits`; memory
    /// holds at most one row group per table. CSV writes each row as it comes.
    ///
    /// # Errors
    ///
    /// As [`create`](TableWriter::create).
    pub fn with_row_groups(
        dir: impl AsRef<Path>,
        format: Format,
        limits: RowGroups,
    ) -> Result<Self, TablesError> {
        let limits = RowGroups {
            rows: limits.rows.max(1),
            bytes: limits.bytes.max(1),
        };
        let dir = dir.as_ref().to_path_buf();
        std::fs::create_dir_all(&dir).map_err(|source| TablesError::Io {
            path: dir.clone(),
            source,
        })?;
        let open = |table: Table| -> Result<(PathBuf, File), TablesError> {
            let path = dir.join(format!("{}.{}", table.name(), format.extension()));
            let file = File::create(&path).map_err(|source| TablesError::Io {
                path: path.clone(),
                source,
            })?;
            Ok((path, file))
        };
        let sinks = match format {
            Format::Parquet => Sinks::Parquet(
                Table::ALL
                    .into_iter()
                    .map(|table| {
                        let (path, file) = open(table)?;
                        ParquetTable::create(table, path, file, limits)
                    })
                    .collect::<Result<_, _>>()?,
            ),
            Format::Csv => Sinks::Csv(
                Table::ALL
                    .into_iter()
                    .map(|table| {
                        let (path, file) = open(table)?;
                        CsvTable::create(table, path, file)
                    })
                    .collect::<Result<_, _>>()?,
            ),
        };
        Ok(TableWriter {
            dir,
            sinks,
            counts: [0; Table::ALL.len()],
            budget: limits.bytes,
        })
    }

    /// Writes one report's rows.
    ///
    /// # Errors
    ///
    /// As [`create`](TableWriter::create), for a write that fails (a full disk). The files
    /// are then incomplete.
    pub fn write(&mut self, rows: Rows) -> Result<(), TablesError> {
        for (table, rows) in rows.into_tables() {
            self.counts[table.index()] += rows.len() as u64;
            for row in rows {
                match &mut self.sinks {
                    Sinks::Parquet(sinks) => sinks[table.index()].push(row)?,
                    Sinks::Csv(sinks) => sinks[table.index()].push(row)?,
                }
            }
        }
        if let Sinks::Parquet(sinks) = &mut self.sinks {
            while sinks
                .iter()
                .map(ParquetTable::buffered_bytes)
                .sum::<usize>()
                > self.budget
            {
                let Some(fullest) = sinks.iter_mut().max_by_key(|sink| sink.buffered_bytes())
                else {
                    break;
                };
                fullest.flush()?;
            }
        }
        Ok(())
    }

    /// Writes what is left, and each Parquet file's footer.
    ///
    /// # Errors
    ///
    /// As [`write`](TableWriter::write).
    pub fn finish(self) -> Result<Written, TablesError> {
        match self.sinks {
            Sinks::Parquet(sinks) => sinks.into_iter().try_for_each(ParquetTable::finish)?,
            Sinks::Csv(sinks) => sinks.into_iter().try_for_each(CsvTable::finish)?,
        }
        Ok(Written {
            dir: self.dir,
            counts: self.counts,
        })
    }
}

/// What a [`TableWriter`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    dir: PathBuf,
    counts: [u64; Table::ALL.len()],
}

impl Written {
    /// How many rows `table` has.
    pub fn rows(&self, table: Table) -> u64 {
        self.counts[table.index()]
    }

    /// The folder the tables are in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}
