//! `rectify::tables`: the example's tables have its gold's counts, every row fits its
//! columns, every key is unique and every reference joins, the Parquet files read back (with
//! the `parquet` crate) as the CSV files, and the output is the same from run to run.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use arrow_array::{Array, BooleanArray, Date32Array, Float64Array, Int64Array, StringArray};
use arrow_schema::DataType;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use rectify::tables::{ColumnType, Format, RowGroups, Rows, Table, TableWriter, Value};
use rectify::{Area, RectificationReport};

use crate::{EXAMPLE_JSON, example, fixture_files, fixture_text};

/// Areas, sub-areas included, counted by walking the gold.
fn all_areas(areas: &[Area]) -> usize {
    areas.iter().map(|a| 1 + all_areas(&a.sub_areas)).sum()
}

/// The reports of the corpus, each with its id and its parser's diagnostics: every valid
/// fixture read from JSON, and every notice fixture (genre, notices) parsed.
fn corpus() -> Vec<(
    String,
    RectificationReport,
    Option<Vec<rectify::text::Diagnostic>>,
)> {
    let mut corpus = Vec::new();
    for folder in [".", "valid"] {
        for path in fixture_files(folder, "json") {
            let report = rectify::from_json_str(&std::fs::read_to_string(&path).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            corpus.push((format!("json/{folder}/{}", name(&path)), report, None));
        }
    }
    for folder in [".", "genre", "notices"] {
        for path in fixture_files(folder, "txt") {
            let parsed = rectify::text::parse(&std::fs::read_to_string(&path).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let id = format!("notice/{folder}/{}", name(&path));
            corpus.push((id, parsed.report, Some(parsed.diagnostics)));
        }
    }
    corpus
}

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

fn rows_of_corpus() -> Vec<Rows> {
    corpus()
        .iter()
        .map(|(id, report, diagnostics)| Rows::new(id, Some(id), report, diagnostics.as_deref()))
        .collect()
}

fn write(dir: &Path, format: Format, row_group_rows: usize) -> rectify::tables::Written {
    write_within(
        dir,
        format,
        RowGroups::new(row_group_rows, RowGroups::default().bytes),
    )
}

fn write_within(dir: &Path, format: Format, limits: RowGroups) -> rectify::tables::Written {
    let mut writer = TableWriter::with_row_groups(dir, format, limits).unwrap();
    for rows in rows_of_corpus() {
        writer.write(rows).unwrap();
    }
    writer.finish().unwrap()
}

#[test]
fn the_example_has_the_counts_of_its_gold() {
    let gold = example();
    let links: usize = gold.measures().map(|m| m.parties.len()).sum();
    let documents: usize = gold.measures().map(|m| m.documents.len()).sum();
    let expected = [
        (Table::Reports, 1),
        (Table::Parties, gold.parties.len()),
        (Table::Areas, all_areas(&gold.areas)),
        (Table::Measures, gold.measures().count()),
        (Table::Indicators, gold.all_indicators().count()),
        (Table::Documents, documents),
        (Table::MeasureParties, links),
        (
            Table::Points,
            gold.responsibility.len() + gold.next_steps.len(),
        ),
        (Table::Events, gold.timeline.events.len()),
        (Table::Diagnostics, 0),
    ];
    // The figures, from the gold: 11 areas at the top, 33 figures, 28 parties,
    // 34 measure–party links.
    assert_eq!(
        (gold.areas.len(), expected[4].1, expected[1].1, links),
        (11, 33, 28, 34)
    );

    let rows = Rows::new("example", None, &gold, None);
    for (table, count) in expected {
        assert_eq!(rows.table(table).len(), count, "{table}");
    }
    let top_level = rows
        .table(Table::Areas)
        .iter()
        .filter(|row| row[2] == Value::Null)
        .count();
    assert_eq!(top_level, 11);

    // The notice, parsed, gives the same tables, and its diagnostics.
    let parsed = rectify::text::parse(&fixture_text("qingyuan-publicity-2025.txt")).unwrap();
    let from_text = Rows::new("example", None, &parsed.report, Some(&parsed.diagnostics));
    for (table, count) in expected
        .into_iter()
        .filter(|(t, _)| *t != Table::Diagnostics)
    {
        assert_eq!(from_text.table(table).len(), count, "{table}");
    }
    assert_eq!(
        from_text.table(Table::Diagnostics).len(),
        parsed.diagnostics.len()
    );
}

#[test]
fn the_example_report_row_holds_its_timeline_and_tallies_typed() {
    let gold = example();
    let rows = Rows::new("example", Some(EXAMPLE_JSON), &gold, None);
    let row = &rows.table(Table::Reports)[0];
    let cell = |name: &str| {
        let at = Table::Reports
            .columns()
            .iter()
            .position(|c| c.name == name)
            .unwrap();
        row[at].clone()
    };
    let day = |s: &str| Value::Date(s.parse().unwrap());
    assert_eq!(cell("feedback"), day("2024-09-26"));
    assert_eq!(cell("feedback_precision"), Value::Text("day".into()));
    assert_eq!(cell("inspection_start"), day("2024-03-27"));
    assert_eq!(cell("published"), day("2025-10-16"));
    assert_eq!(cell("kind"), Value::Text("xuncha".into()));
    assert_eq!(cell("round_term"), Value::Integer(8));
    assert_eq!(cell("parsed"), Value::Boolean(false));
    assert_eq!(cell("n_diagnostics"), Value::Null);
    assert_eq!(cell("file"), Value::Text(EXAMPLE_JSON.into()));
}

#[test]
fn every_row_fits_its_columns() {
    for rows in rows_of_corpus() {
        for table in Table::ALL {
            let columns = table.columns();
            for row in rows.table(table) {
                assert_eq!(row.len(), columns.len(), "{table}");
                for (value, column) in row.iter().zip(columns) {
                    let fits = match (value, column.kind) {
                        (Value::Null, _) => column.nullable,
                        (Value::Text(_), ColumnType::Text)
                        | (Value::Integer(_), ColumnType::Integer)
                        | (Value::Number(_), ColumnType::Number)
                        | (Value::Boolean(_), ColumnType::Boolean)
                        | (Value::Date(_), ColumnType::Date) => true,
                        _ => false,
                    };
                    assert!(fits, "{table}.{}: {value:?}", column.name);
                }
            }
        }
    }
}

#[path = "../common/csv_table.rs"]
mod csv_table;

/// A table read back from its CSV file: the header, and each row as a map from column.
fn read_csv(dir: &Path, table: Table) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    csv_table::read_csv_table(dir, table.name())
}

/// The values of `columns` in a row, as one key.
fn key(row: &BTreeMap<String, String>, columns: &[&str]) -> Vec<String> {
    columns.iter().map(|c| row[*c].clone()).collect()
}

#[test]
fn every_key_is_unique_and_every_reference_joins() {
    let dir = tempfile::tempdir().unwrap();
    let written = write(dir.path(), Format::Csv, 1000);
    let tables: BTreeMap<Table, Vec<BTreeMap<String, String>>> = Table::ALL
        .into_iter()
        .map(|table| (table, read_csv(dir.path(), table).1))
        .collect();
    for table in Table::ALL {
        assert_eq!(tables[&table].len() as u64, written.rows(table), "{table}");
        let keys: BTreeSet<Vec<String>> =
            tables[&table].iter().map(|r| key(r, table.key())).collect();
        assert_eq!(keys.len(), tables[&table].len(), "{table}: a key repeats");
    }
    let keys_of = |table: Table, columns: &[&str]| -> BTreeSet<Vec<String>> {
        tables[&table].iter().map(|r| key(r, columns)).collect()
    };
    let reports = keys_of(Table::Reports, &["id"]);
    let areas = keys_of(Table::Areas, &["report_id", "area_path"]);
    let measures = keys_of(Table::Measures, &["report_id", "area_path", "measure"]);
    let parties = keys_of(Table::Parties, &["report_id", "party_id"]);
    let joins = |table: Table, columns: &[&str], into: &BTreeSet<Vec<String>>| {
        for row in &tables[&table] {
            let reference = key(row, columns);
            // An empty reference is no reference (a top-level area, a report's own figure).
            if reference.last().is_some_and(|v| !v.is_empty()) {
                assert!(
                    into.contains(&reference),
                    "{table} {columns:?}: {reference:?}"
                );
            }
        }
    };
    for table in Table::ALL.into_iter().skip(1) {
        joins(table, &["report_id"], &reports);
    }
    joins(Table::Areas, &["report_id", "parent_path"], &areas);
    joins(Table::Measures, &["report_id", "area_path"], &areas);
    for table in [Table::Indicators, Table::Documents, Table::MeasureParties] {
        joins(table, &["report_id", "area_path", "measure"], &measures);
    }
    joins(Table::MeasureParties, &["report_id", "party_id"], &parties);
    joins(Table::Parties, &["report_id", "parent"], &parties);
    for column in ["issuer", "inspected", "inspector", "convened_by"] {
        joins(Table::Reports, &["id", column], &parties);
    }

    // Each report's counts are its rows in the other tables.
    for report in &tables[&Table::Reports] {
        let rows_of = |table: Table| {
            tables[&table]
                .iter()
                .filter(|r| r["report_id"] == report["id"])
                .count()
                .to_string()
        };
        for (column, table) in [
            ("n_areas", Table::Areas),
            ("n_measures", Table::Measures),
            ("n_indicators", Table::Indicators),
            ("n_parties", Table::Parties),
            ("n_documents", Table::Documents),
        ] {
            assert_eq!(report[column], rows_of(table), "{} {column}", report["id"]);
        }
        if report["parsed"] == "true" {
            assert_eq!(report["n_diagnostics"], rows_of(Table::Diagnostics));
        }
    }
}

/// A Parquet column's value at `row`, written as CSV writes it.
fn as_csv(array: &dyn Array, row: usize) -> String {
    if array.is_null(row) {
        return String::new();
    }
    let any = array.as_any();
    match array.data_type() {
        DataType::Utf8 => any.downcast_ref::<StringArray>().unwrap().value(row).into(),
        DataType::Int64 => any
            .downcast_ref::<Int64Array>()
            .unwrap()
            .value(row)
            .to_string(),
        DataType::Float64 => any
            .downcast_ref::<Float64Array>()
            .unwrap()
            .value(row)
            .to_string(),
        DataType::Boolean => any
            .downcast_ref::<BooleanArray>()
            .unwrap()
            .value(row)
            .to_string(),
        DataType::Date32 => {
            let date = any
                .downcast_ref::<Date32Array>()
                .unwrap()
                .value_as_date(row);
            date.unwrap().format("%Y-%m-%d").to_string()
        }
        other => panic!("a column of type {other}"),
    }
}

#[test]
fn the_parquet_files_read_back_as_the_csv_files() {
    let csv_dir = tempfile::tempdir().unwrap();
    let parquet_dir = tempfile::tempdir().unwrap();
    write(csv_dir.path(), Format::Csv, 1000);
    // Small row groups, so that tables span several.
    let written = write(parquet_dir.path(), Format::Parquet, 50);
    assert!(written.rows(Table::Measures) > 150);
    for table in Table::ALL {
        let (header, csv_rows) = read_csv(csv_dir.path(), table);
        let file =
            std::fs::File::open(parquet_dir.path().join(format!("{table}.parquet"))).unwrap();
        let builder = ParquetRecordBatchReaderBuilder::try_new(file).unwrap();
        let row_groups = builder.metadata().num_row_groups();
        assert_eq!(
            row_groups as u64,
            written.rows(table).div_ceil(50),
            "{table}"
        );
        let schema = builder.schema().clone();
        let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
        assert_eq!(names, header, "{table}");
        for (field, column) in schema.fields().iter().zip(table.columns()) {
            assert_eq!(
                field.is_nullable(),
                column.nullable,
                "{table}.{}",
                column.name
            );
            assert_eq!(
                field.metadata().get("description").map(String::as_str),
                Some(column.description)
            );
            if column.kind == ColumnType::Date {
                assert_eq!(field.data_type(), &DataType::Date32);
            }
        }
        let mut parquet_rows = Vec::new();
        for batch in builder.build().unwrap() {
            let batch = batch.unwrap();
            for row in 0..batch.num_rows() {
                let values = batch.columns().iter().map(|a| as_csv(a.as_ref(), row));
                parquet_rows.push(
                    header
                        .iter()
                        .cloned()
                        .zip(values)
                        .collect::<BTreeMap<_, _>>(),
                );
            }
        }
        assert_eq!(parquet_rows, csv_rows, "{table}");
    }
}

#[test]
fn the_same_reports_give_the_same_files() {
    for format in [Format::Csv, Format::Parquet] {
        let (first, second) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        write(first.path(), format, 100);
        write(second.path(), format, 100);
        for table in Table::ALL {
            let file = format!("{table}.{}", format.extension());
            assert_eq!(
                std::fs::read(first.path().join(&file)).unwrap(),
                std::fs::read(second.path().join(&file)).unwrap(),
                "{file}"
            );
        }
    }
}

#[test]
fn a_small_budget_of_bytes_makes_more_row_groups_of_the_same_rows() {
    let (small, large) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    // 64 KB for all tables together: the tables of long text are written many times over.
    write_within(
        small.path(),
        Format::Parquet,
        RowGroups::new(65_536, 64 << 10),
    );
    write_within(large.path(), Format::Parquet, RowGroups::default());
    let read = |dir: &Path, table: Table| {
        let file = std::fs::File::open(dir.join(format!("{table}.parquet"))).unwrap();
        let builder = ParquetRecordBatchReaderBuilder::try_new(file).unwrap();
        let row_groups = builder.metadata().num_row_groups();
        let batches: Vec<_> = builder.build().unwrap().map(Result::unwrap).collect();
        let batch = all_rows(&batches);
        (row_groups, batch)
    };
    for table in Table::ALL {
        let (small_groups, small_rows) = read(small.path(), table);
        let (large_groups, large_rows) = read(large.path(), table);
        assert_eq!(small_rows, large_rows, "{table}");
        assert_eq!(large_groups, 1, "{table}");
        if matches!(table, Table::Reports | Table::Measures) {
            assert!(small_groups > 1, "{table}: {small_groups}");
        }
    }
}

/// Every row of the batches, as the CSV writes it.
fn all_rows(batches: &[arrow_array::RecordBatch]) -> Vec<Vec<String>> {
    batches
        .iter()
        .flat_map(|batch| {
            (0..batch.num_rows()).map(move |row| {
                batch
                    .columns()
                    .iter()
                    .map(|array| as_csv(array.as_ref(), row))
                    .collect()
            })
        })
        .collect()
}
