//! One table as a CSV file: UTF-8 with a header row, each row written as it comes.

use std::fs::File;
use std::io::BufWriter;
use std::path::PathBuf;

use super::{Row, Table, TablesError};

/// One table's CSV file, being written.
pub(crate) struct CsvTable {
    table: Table,
    path: PathBuf,
    writer: csv::Writer<BufWriter<File>>,
}

impl CsvTable {
    pub(crate) fn create(table: Table, path: PathBuf, file: File) -> Result<Self, TablesError> {
        let mut writer = csv::Writer::from_writer(BufWriter::new(file));
        let header = table.columns().iter().map(|column| column.name);
        match writer.write_record(header) {
            Ok(()) => Ok(CsvTable {
                table,
                path,
                writer,
            }),
            Err(source) => Err(TablesError::Csv { path, source }),
        }
    }

    pub(crate) fn push(&mut self, row: Row) -> Result<(), TablesError> {
        let columns = self.table.columns();
        if row.len() != columns.len() {
            return Err(TablesError::Mismatch {
                table: self.table,
                column: columns.get(row.len()).map_or("", |c| c.name),
            });
        }
        self.writer
            .write_record(row.iter().map(ToString::to_string))
            .map_err(|source| TablesError::Csv {
                path: self.path.clone(),
                source,
            })
    }

    pub(crate) fn finish(self) -> Result<(), TablesError> {
        let path = self.path;
        let buffered = self.writer.into_inner().map_err(|error| TablesError::Io {
            path: path.clone(),
            source: error.into_error(),
        })?;
        buffered
            .into_inner()
            .map(drop)
            .map_err(|error| TablesError::Io {
                path,
                source: error.into_error(),
            })
    }
}
