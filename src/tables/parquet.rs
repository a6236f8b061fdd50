//! One table as a Parquet file: rows are gathered into typed Arrow columns and written as a
//! row group when they reach a number of rows, or when the writer's budget of bytes for all
//! tables is spent and this table holds the most (`TableWriter::write`), so memory stays
//! bounded however many reports stream through.

use std::fs::File;
use std::path::PathBuf;
use std::sync::Arc;

use arrow_array::builder::{
    ArrayBuilder, BooleanBuilder, Date32Builder, Float64Builder, Int64Builder, StringBuilder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use chrono::NaiveDate;
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::{EnabledStatistics, WriterProperties};

use super::{ColumnType, Row, RowGroups, Table, TablesError, Value};

/// The Arrow schema of a table: one field per column, its description in the field's
/// metadata (`description`), so that it travels with the file.
pub(crate) fn arrow_schema(table: Table) -> SchemaRef {
    let fields: Vec<Field> = table
        .columns()
        .iter()
        .map(|column| {
            let kind = match column.kind {
                ColumnType::Text => DataType::Utf8,
                ColumnType::Integer => DataType::Int64,
                ColumnType::Number => DataType::Float64,
                ColumnType::Boolean => DataType::Boolean,
                ColumnType::Date => DataType::Date32,
            };
            Field::new(column.name, kind, column.nullable)
                .with_metadata([("description", column.description)])
        })
        .collect();
    Arc::new(Schema::new(fields))
}

/// A column being gathered.
enum Builder {
    Text(StringBuilder),
    Integer(Int64Builder),
    Number(Float64Builder),
    Boolean(BooleanBuilder),
    Date(Date32Builder),
}

impl Builder {
    fn new(kind: ColumnType) -> Self {
        match kind {
            ColumnType::Text => Builder::Text(StringBuilder::new()),
            ColumnType::Integer => Builder::Integer(Int64Builder::new()),
            ColumnType::Number => Builder::Number(Float64Builder::new()),
            ColumnType::Boolean => Builder::Boolean(BooleanBuilder::new()),
            ColumnType::Date => Builder::Date(Date32Builder::new()),
        }
    }

    /// Appends `value`; false when it is not of the column's type.
    fn append(&mut self, value: Value) -> bool {
        match (self, value) {
            (Builder::Text(b), Value::Text(text)) => b.append_value(text),
            (Builder::Integer(b), Value::Integer(number)) => b.append_value(number),
            (Builder::Number(b), Value::Number(number)) => b.append_value(number),
            (Builder::Boolean(b), Value::Boolean(truth)) => b.append_value(truth),
            (Builder::Date(b), Value::Date(date)) => b.append_value(days_since_epoch(date)),
            (Builder::Text(b), Value::Null) => b.append_null(),
            (Builder::Integer(b), Value::Null) => b.append_null(),
            (Builder::Number(b), Value::Null) => b.append_null(),
            (Builder::Boolean(b), Value::Null) => b.append_null(),
            (Builder::Date(b), Value::Null) => b.append_null(),
            _ => return false,
        }
        true
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Builder::Text(b) => Arc::new(b.finish()),
            Builder::Integer(b) => Arc::new(b.finish()),
            Builder::Number(b) => Arc::new(b.finish()),
            Builder::Boolean(b) => Arc::new(b.finish()),
            Builder::Date(b) => Arc::new(b.finish()),
        }
    }

    fn len(&self) -> usize {
        match self {
            Builder::Text(b) => b.len(),
            Builder::Integer(b) => b.len(),
            Builder::Number(b) => b.len(),
            Builder::Boolean(b) => b.len(),
            Builder::Date(b) => b.len(),
        }
    }
}

/// Arrow's Date32: days since 1970-01-01. Partial dates lie in years 0–9999, well within
/// `i32`.
fn days_since_epoch(date: NaiveDate) -> i32 {
    let days = (date - NaiveDate::default()).num_days();
    i32::try_from(days).unwrap_or(if days < 0 { i32::MIN } else { i32::MAX })
}

/// One table's Parquet file, being written.
pub(crate) struct ParquetTable {
    table: Table,
    path: PathBuf,
    schema: SchemaRef,
    writer: ArrowWriter<File>,
    builders: Vec<Builder>,
    limits: RowGroups,
    /// The bytes gathered since the last row group: text's length, 8 for another value.
    buffered_bytes: usize,
}

impl ParquetTable {
    pub(crate) fn create(
        table: Table,
        path: PathBuf,
        file: File,
        limits: RowGroups,
    ) -> Result<Self, TablesError> {
        let schema = arrow_schema(table);
        let properties = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            // Statistics per row group (what DuckDB and Spark skip row groups by), not per
            // page: a page index is kept in memory for every page until the footer.
            .set_statistics_enabled(EnabledStatistics::Chunk)
            .set_max_row_group_row_count(Some(limits.rows))
            .set_created_by(format!("rectify {}", env!("CARGO_PKG_VERSION")))
            .build();
        let writer =
            ArrowWriter::try_new(file, schema.clone(), Some(properties)).map_err(|source| {
                TablesError::Parquet {
                    path: path.clone(),
                    source,
                }
            })?;
        let builders = table
            .columns()
            .iter()
            .map(|column| Builder::new(column.kind))
            .collect();
        Ok(ParquetTable {
            table,
            path,
            schema,
            writer,
            builders,
            limits,
            buffered_bytes: 0,
        })
    }

    pub(crate) fn push(&mut self, row: Row) -> Result<(), TablesError> {
        let columns = self.table.columns();
        if row.len() != columns.len() {
            return Err(self.mismatch(columns.get(row.len()).map_or("", |c| c.name)));
        }
        for ((builder, value), column) in self.builders.iter_mut().zip(row).zip(columns) {
            self.buffered_bytes += match &value {
                Value::Text(text) => text.len(),
                _ => 8,
            };
            if !builder.append(value) {
                return Err(self.mismatch(column.name));
            }
        }
        if self.buffered() >= self.limits.rows {
            self.flush()?;
        }
        Ok(())
    }

    fn mismatch(&self, column: &'static str) -> TablesError {
        TablesError::Mismatch {
            table: self.table,
            column,
        }
    }

    /// The bytes of values gathered since the last row group.
    pub(crate) fn buffered_bytes(&self) -> usize {
        self.buffered_bytes
    }

    fn buffered(&self) -> usize {
        self.builders.first().map_or(0, Builder::len)
    }

    /// Writes the rows gathered as one row group.
    pub(crate) fn flush(&mut self) -> Result<(), TablesError> {
        if self.buffered() == 0 {
            return Ok(());
        }
        self.buffered_bytes = 0;
        let arrays: Vec<ArrayRef> = self.builders.iter_mut().map(Builder::finish).collect();
        let batch = RecordBatch::try_new(self.schema.clone(), arrays).map_err(|source| {
            TablesError::Arrow {
                path: self.path.clone(),
                source,
            }
        })?;
        let parquet = |source| TablesError::Parquet {
            path: self.path.clone(),
            source,
        };
        self.writer.write(&batch).map_err(parquet)?;
        self.writer.flush().map_err(parquet)
    }

    /// Writes what is left and the file's footer. (The Parquet writer buffers its output
    /// itself, and flushes it here, where an error is still seen.) The footer holds each row
    /// group's metadata until then: a few hundred bytes per row group and column, which is
    /// why row groups are not made smaller than the budget allows.
    pub(crate) fn finish(mut self) -> Result<(), TablesError> {
        self.flush()?;
        let path = self.path;
        self.writer
            .into_inner()
            .map(drop)
            .map_err(|source| TablesError::Parquet { path, source })
    }
}
