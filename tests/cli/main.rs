//! The `rectify` command, run as a user runs it: in temporary folders, on good, bad,
//! GBK, UTF-16, HTML and empty files, with every subcommand and every exit status, and
//! with its output read back by the tools it is meant for (serde for NDJSON, a CSV reader).

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use rectify::RectificationReport;
use tempfile::TempDir;

fn rectify() -> Command {
    assert_cmd::cargo::cargo_bin_cmd!("rectify")
}

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

fn read(path: &str) -> String {
    fs::read_to_string(fixture(path)).unwrap()
}

fn gold() -> RectificationReport {
    rectify::from_json_str(&read("qingyuan-publicity-2025.json")).unwrap()
}

fn parsed(notice: &str) -> RectificationReport {
    rectify::text::parse(&read(notice)).unwrap().report
}

fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// UTF-16LE with its byte-order mark, as Windows Notepad saves "Unicode".
fn utf16le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

fn gbk(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

/// A folder as users have them: good notices in three encodings and as a web page, an
/// empty file, a text that is no notice, a file of another kind, and a subfolder.
fn mixed_folder() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let at = |name: &str| dir.path().join(name);
    fs::write(at("a-utf8.txt"), read("notices/audit.txt")).unwrap();
    fs::write(at("b-gbk.txt"), gbk(&read("notices/provincial-xunshi.txt"))).unwrap();
    fs::write(at("c-utf16.txt"), utf16le(&read("notices/no-contact.txt"))).unwrap();
    fs::write(at("d-page.html"), read("html/supervision.html")).unwrap();
    fs::write(at("e-empty.txt"), "").unwrap();
    fs::write(at("f-weather.txt"), "今天天气很好。\n明天也是。\n").unwrap();
    fs::write(at("notes.md"), "not read: not a notice's extension").unwrap();
    fs::create_dir(at("sub")).unwrap();
    fs::write(at("sub/g-example.txt"), read("qingyuan-publicity-2025.txt")).unwrap();
    dir
}

/// The reports the good files of the mixed folder must give, in the folder's order.
fn mixed_folder_reports() -> Vec<RectificationReport> {
    vec![
        parsed("notices/audit.txt"),
        parsed("notices/provincial-xunshi.txt"),
        parsed("notices/no-contact.txt"),
        parsed("notices/supervision.txt"),
        gold(),
    ]
}

#[test]
fn parse_one_notice_prints_its_report() {
    let output = rectify()
        .args(["parse", "--pretty"])
        .arg(fixture("qingyuan-publicity-2025.txt"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let json = stdout_of(&output);
    assert!(json.starts_with("{\n  \"schemaVersion\""), "{json:.40}");
    assert_eq!(rectify::from_json_str(&json).unwrap(), gold());
    // One input: no batch summary, and no diagnostic for the example.
    assert_eq!(stderr_of(&output), "");
}

#[test]
fn parse_reads_standard_input() {
    let output = rectify()
        .args(["parse", "-"])
        .write_stdin(read("qingyuan-publicity-2025.txt"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(rectify::from_json_str(&stdout_of(&output)).unwrap(), gold());
}

#[test]
fn parse_a_mixed_folder_to_ndjson_gives_every_file_its_verdict() {
    let dir = mixed_folder();
    let output = rectify()
        .args(["parse", "--ndjson", "--verbose"])
        .arg(dir.path())
        .output()
        .unwrap();
    // Two files are no notices: exit 1, and the batch went on past them.
    assert_eq!(output.status.code(), Some(1));
    let reports: Vec<RectificationReport> = stdout_of(&output)
        .lines()
        .map(|line| rectify::from_json_str(line).unwrap())
        .collect();
    assert_eq!(reports, mixed_folder_reports());
    let stderr = stderr_of(&output);
    for expected in [
        "b-gbk.txt: read as GBK (detected from its bytes)",
        "c-utf16.txt: read as UTF-16LE (from its byte-order mark)",
        "d-page.html: read as UTF-8 (as the page declares), a web page reduced to its text",
        "e-empty.txt: not parsed: the input is empty",
        "f-weather.txt: not parsed: not a rectification notice",
        "d-page.html:1:1: unplaced: before the title",
        "a-utf8.txt: parsed (0 messages)",
        "d-page.html: parsed (5 messages)",
        "rectify parse: 7 inputs: 5 parsed, 2 not parsed or invalid, 0 unreadable",
    ] {
        assert!(stderr.contains(expected), "{expected}\n---\n{stderr}");
    }
    assert!(!stderr.contains("notes.md"));
    // Piped: no progress bar.
    assert!(
        !stderr.contains("files,") && !stderr.contains('\u{1b}'),
        "{stderr}"
    );
    // The page's navigation and footer are in diagnostics, not in the report.
    assert!(!stdout_of(&output).contains("网站标识码"));
}

#[test]
fn an_unreadable_input_is_exit_2_and_the_others_still_parse() {
    let dir = mixed_folder();
    let missing = dir.path().join("missing.txt");
    let output = rectify()
        .arg("parse")
        .arg(&missing)
        .arg(dir.path().join("a-utf8.txt"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout_of(&output).lines().count(), 1);
    let stderr = stderr_of(&output);
    assert!(stderr.contains("missing.txt: cannot read"), "{stderr}");
    assert!(stderr.contains("2 inputs: 1 parsed, 0 not parsed or invalid, 1 unreadable"));
}

#[test]
fn a_file_that_is_not_text_in_the_named_encoding_is_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gbk.txt");
    fs::write(&path, gbk(&read("notices/audit.txt"))).unwrap();
    let output = rectify()
        .args(["parse", "--encoding", "utf-8"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains(
            "cannot decode: not text in UTF-8 (as named): a malformed sequence at byte 0"
        ),
        "{stderr}"
    );
    // Named rightly, it parses as the UTF-8 notice does.
    let output = rectify()
        .args(["parse", "--encoding", "gb18030"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let report = rectify::from_json_str(&stdout_of(&output)).unwrap();
    assert_eq!(report, parsed("notices/audit.txt"));
}

#[test]
fn a_gbk_web_page_that_declares_its_charset() {
    let page = read("html/supervision.html").replace("charset=\"utf-8\"", "charset=\"gb2312\"");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.htm");
    fs::write(&path, gbk(&page)).unwrap();
    let output = rectify().args(["parse", "-v"]).arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(stderr_of(&output).contains("read as GBK (as the page declares)"));
    let report = rectify::from_json_str(&stdout_of(&output)).unwrap();
    assert_eq!(report, parsed("notices/supervision.txt"));
}

#[test]
fn parse_into_a_folder_keeps_each_files_path() {
    let dir = mixed_folder();
    let out = tempfile::tempdir().unwrap();
    let output = rectify()
        .arg("parse")
        .arg(dir.path())
        .arg("--out")
        .arg(out.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout_of(&output), "");
    let written: Vec<RectificationReport> = [
        "a-utf8.json",
        "b-gbk.json",
        "c-utf16.json",
        "d-page.json",
        "sub/g-example.json",
    ]
    .iter()
    .map(|name| {
        rectify::from_json_str(&fs::read_to_string(out.path().join(name)).unwrap()).unwrap()
    })
    .collect();
    assert_eq!(written, mixed_folder_reports());
    assert!(!out.path().join("e-empty.json").exists());
}

#[test]
fn parse_gives_the_same_output_on_one_thread_and_on_many() {
    let dir = mixed_folder();
    let run = |jobs: &str| {
        rectify()
            .args(["parse", "--jobs", jobs])
            .arg(dir.path())
            .output()
            .unwrap()
    };
    let (one, two) = (run("1"), run("2"));
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stderr, two.stderr);
    assert_eq!(stdout_of(&one).lines().count(), 5);
}

#[test]
fn validate_places_each_violation_in_the_file() {
    let path = fixture("invalid/rules/timelineOrder.json");
    let text = fs::read_to_string(&path).unwrap();
    let output = rectify()
        .args(["validate", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let verdict: serde_json::Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    assert_eq!(verdict["verdict"], "invalid");
    let violations = verdict["violations"].as_array().unwrap();
    assert!(!violations.is_empty());
    for violation in violations {
        let path = violation["path"].as_str().unwrap();
        let key = path.rsplit('/').next().unwrap();
        let line = violation["line"].as_u64().unwrap() as usize;
        let column = violation["column"].as_u64().unwrap() as usize;
        let at: String = text
            .lines()
            .nth(line - 1)
            .unwrap()
            .chars()
            .skip(column - 1)
            .collect();
        assert!(
            at.starts_with(&format!("\"{key}\"")),
            "{path} at {line}:{column}: {at}"
        );
    }
    assert_eq!(violations[0]["code"], "timelineOrder");

    // A missing field is shown at its object, the nearest place that is in the file.
    let output = rectify()
        .arg("validate")
        .arg(fixture("invalid/rules/missingField.json"))
        .output()
        .unwrap();
    let text = fs::read_to_string(fixture("invalid/rules/missingField.json")).unwrap();
    let line = text
        .lines()
        .position(|l| l.trim_start().starts_with("\"timeline\""))
        .unwrap()
        + 1;
    assert!(
        stdout_of(&output).contains(&format!(
            "missingField.json:{line}:3: error[missingField] /timeline/feedback"
        )),
        "{}",
        stdout_of(&output)
    );
}

#[test]
fn validate_in_human_form_colored_only_when_asked() {
    let path = fixture("invalid/rules/timelineOrder.json");
    let plain = rectify().arg("validate").arg(&path).output().unwrap();
    assert_eq!(plain.status.code(), Some(1));
    let text = stdout_of(&plain);
    let first = text.lines().next().unwrap();
    assert!(first.contains("timelineOrder.json:"), "{first}");
    assert!(first.contains(": error[timelineOrder] /"), "{first}");
    assert!(!text.contains('\u{1b}'), "piped output has no color");
    let colored = rectify()
        .args(["validate", "--color", "always"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        stdout_of(&colored).contains("\u{1b}[1m\u{1b}[31merror"),
        "{}",
        stdout_of(&colored)
    );
}

#[test]
fn validate_a_folder_of_good_and_bad_reports() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(fixture("valid/every-field.json"), dir.path().join("a.json")).unwrap();
    fs::copy(
        fixture("invalid/shape/wrong-type.json"),
        dir.path().join("b.json"),
    )
    .unwrap();
    fs::write(dir.path().join("c.json"), b"\xFF\xFE{}").unwrap();
    let output = rectify().arg("validate").arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let text = stdout_of(&output);
    assert!(text.contains("a.json: valid"), "{text}");
    assert!(
        text.contains("b.json:41:19: error[notAReport] /areas/0/number: invalid type"),
        "{text}"
    );
    assert!(text.contains("c.json: unreadable"), "{text}");
    assert!(stderr_of(&output).contains("3 inputs: 1 valid, 1 invalid, 1 unreadable"));
    let good = rectify()
        .arg("validate")
        .arg(fixture("qingyuan-publicity-2025.json"))
        .output()
        .unwrap();
    assert_eq!(good.status.code(), Some(0));
}

#[test]
fn schema_is_the_published_one() {
    let published = read("../../schema/rectification-report.schema.json");
    let output = rectify().arg("schema").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout_of(&output), published);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep/schema.json");
    rectify()
        .arg("schema")
        .arg("--out")
        .arg(&path)
        .assert()
        .success();
    assert_eq!(fs::read_to_string(path).unwrap(), published);
}

#[test]
fn render_writes_a_notice_that_parses_back() {
    let output = rectify()
        .arg("render")
        .arg(fixture("qingyuan-publicity-2025.json"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = stdout_of(&output);
    assert_eq!(text, rectify::text::render(&gold()));
    assert_eq!(rectify::text::parse(&text).unwrap().report, gold());
    let broken = rectify()
        .args(["render", "-"])
        .write_stdin("{\"schemaVersion\": 1}")
        .output()
        .unwrap();
    assert_eq!(broken.status.code(), Some(1));
    assert!(stderr_of(&broken).contains("-: not a report: line 1, column 19"));
}

#[test]
fn stats_as_csv_open_in_a_csv_reader() {
    let dir = mixed_folder();
    fs::copy(
        fixture("qingyuan-publicity-2025.json"),
        dir.path().join("h-report.json"),
    )
    .unwrap();
    let output = rectify()
        .args(["stats", "--format", "csv"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[..5], ["file", "kind", "issuer", "areas", "measures"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // Five notices, the report file, and the total.
    assert_eq!(rows.len(), 7);
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    // Sorted by path: h-report.json comes before sub/.
    let report = &rows[4];
    assert!(report[column("file")].ends_with("h-report.json"));
    assert_eq!(&report[column("issuer")], "中共清远市委宣传部");
    for (name, value) in [
        ("areas", "11"),
        ("measures", "42"),
        ("figures", "33"),
        ("documents", "16"),
        ("parties", "28"),
        ("days_to_feedback", "90"),
        ("days_to_publication", "385"),
    ] {
        assert_eq!(&report[column(name)], value, "{name}");
        // The notice text in sub/ gives the same figures as its report.
        assert_eq!(&rows[5][column(name)], value, "{name}");
    }
    let total = &rows[6];
    assert_eq!(&total[column("file")], "(total)");
    let measures: u64 = rows[..6]
        .iter()
        .map(|r| r[column("measures")].parse::<u64>().unwrap())
        .sum();
    assert_eq!(total[column("measures")].parse::<u64>().unwrap(), measures);
}

#[test]
fn stats_as_json_and_as_a_table() {
    let notice = fixture("notices/progress-statistics.txt");
    let output = rectify()
        .args(["stats", "--format", "json"])
        .arg(&notice)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stats: serde_json::Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    let report = &stats["reports"][0];
    // Three measures with a status, two of them completed; the notice says 88.89%.
    assert_eq!(report["measures_with_status"], 3);
    assert_eq!(report["measures_completed"], 2);
    assert_eq!(report["completion_rate"], 66.7);
    assert_eq!(report["reported_rate"], 88.9);
    assert_eq!(stats["total"]["measures"], report["measures"]);
    let table = rectify().arg("stats").arg(&notice).output().unwrap();
    let text = stdout_of(&table);
    assert!(text.starts_with("file "), "{text}");
    assert!(
        text.lines().last().unwrap().starts_with("(total)"),
        "{text}"
    );
}

#[test]
fn bad_usage_is_exit_2() {
    rectify().assert().code(2);
    rectify().arg("parse").assert().code(2);
    rectify()
        .args(["parse", "--frobnicate", "x.txt"])
        .assert()
        .code(2);
    rectify()
        .args(["parse", "--encoding", "klingon", "x.txt"])
        .assert()
        .code(2);
    rectify()
        .args(["validate", "--format", "xml", "x.json"])
        .assert()
        .code(2);
    rectify()
        .args(["parse", "--ndjson", "--out", "x", "y.txt"])
        .assert()
        .code(2);
    rectify().arg("--help").assert().code(0);
}

#[test]
fn view_writes_the_review_page_of_a_notice_in_any_encoding() {
    let dir = TempDir::new().unwrap();
    let text = read("qingyuan-publicity-2025.txt");
    let notice = dir.path().join("notice.txt");
    std::fs::write(&notice, gbk(&text)).unwrap();
    let page = dir.path().join("page.html");
    let output = rectify()
        .args([
            "view",
            notice.to_str().unwrap(),
            "-o",
            page.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    // The same page the library writes for the text, decoded from GBK.
    let parsed = rectify::text::parse(&text).unwrap();
    assert_eq!(
        std::fs::read_to_string(&page).unwrap(),
        rectify::text::review_html(&text, &parsed)
    );
    // Not a notice: exit 1, said on stderr.
    let other = dir.path().join("other.txt");
    std::fs::write(&other, "今天天气很好。").unwrap();
    let output = rectify()
        .args(["view", other.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr_of(&output).contains("not a rectification notice"));
}

#[path = "../common/csv_table.rs"]
mod csv_table;

/// A table's CSV file read back: each row as a map from column to value.
fn table_rows(dir: &Path, table: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    csv_table::read_csv_table(dir, table).1
}

#[test]
fn tables_of_a_mixed_folder_in_csv_and_parquet() {
    let dir = mixed_folder();
    fs::copy(
        fixture("qingyuan-publicity-2025.json"),
        dir.path().join("h-report.json"),
    )
    .unwrap();
    let (csv_out, parquet_out) = (TempDir::new().unwrap(), TempDir::new().unwrap());
    let output = rectify()
        .args(["tables", "--format", "csv", "--out"])
        .arg(csv_out.path())
        .arg(dir.path())
        .output()
        .unwrap();
    // The empty file and the weather are not notices: exit 1, and the rest is written.
    assert_eq!(output.status.code(), Some(1));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("8 inputs: 6 written, 2 not parsed"),
        "{stderr}"
    );
    let reports = table_rows(csv_out.path(), "reports");
    let ids: Vec<&str> = reports.iter().map(|r| r["id"].as_str()).collect();
    assert_eq!(
        ids,
        [
            "a-utf8.txt",
            "b-gbk.txt",
            "c-utf16.txt",
            "d-page.html",
            "h-report.json",
            "sub/g-example.txt"
        ]
    );
    // The report read from JSON and the notice parsed give the gold's counts; only the
    // notice has diagnostics.
    let gold = gold();
    fn all_areas(areas: &[rectify::Area]) -> usize {
        areas.iter().map(|a| 1 + all_areas(&a.sub_areas)).sum()
    }
    for report in &reports[4..] {
        for (column, count) in [
            ("n_areas", all_areas(&gold.areas)),
            ("n_measures", gold.measures().count()),
            ("n_indicators", gold.all_indicators().count()),
            ("n_parties", gold.parties.len()),
        ] {
            assert_eq!(report[column], count.to_string(), "{column}");
        }
    }
    assert_eq!(reports[4]["parsed"], "false");
    assert_eq!(reports[4]["n_diagnostics"], "");
    assert_eq!(reports[5]["parsed"], "true");
    let links = table_rows(csv_out.path(), "measure_parties");
    let example_links = links
        .iter()
        .filter(|r| r["report_id"] == "h-report.json")
        .count();
    assert_eq!(example_links, 34);

    // The same inputs as Parquet: the same rows in every table, on one thread or many.
    let output = rectify()
        .args(["tables", "--jobs", "1", "--out"])
        .arg(parquet_out.path())
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    for table in rectify::tables::Table::ALL {
        let file = fs::File::open(parquet_out.path().join(format!("{table}.parquet"))).unwrap();
        let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file)
            .unwrap()
            .build()
            .unwrap();
        let rows: usize = reader.map(|batch| batch.unwrap().num_rows()).sum();
        assert_eq!(
            rows,
            table_rows(csv_out.path(), table.name()).len(),
            "{table}"
        );
    }
}

#[test]
fn tables_leave_out_a_repeated_id_and_say_why() {
    let out = TempDir::new().unwrap();
    let notice = fixture("notices/audit.txt");
    let output = rectify()
        .args(["tables", "--format", "csv", "--out"])
        .arg(out.path())
        .arg(&notice)
        .arg(&notice)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr_of(&output).contains("audit.txt: the id of an earlier input"));
    assert_eq!(table_rows(out.path(), "reports").len(), 1);
}

#[test]
fn tables_bad_usage_and_unwritable_output_are_exit_2() {
    rectify().arg("tables").assert().code(2);
    rectify().args(["tables", "x.txt"]).assert().code(2);
    rectify()
        .args(["tables", "--out", "x", "--format", "xlsx", "y.txt"])
        .assert()
        .code(2);
    let file = TempDir::new().unwrap();
    let not_a_folder = file.path().join("file");
    fs::write(&not_a_folder, "").unwrap();
    let output = rectify()
        .args(["tables", "--out"])
        .arg(&not_a_folder)
        .arg(fixture("notices/audit.txt"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains("cannot write"),
        "{}",
        stderr_of(&output)
    );
}

#[test]
fn tables_schema_is_the_documented_one() {
    let output = rectify().args(["tables", "--schema"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let markdown = stdout_of(&output);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/tables.md");
    if std::env::var("SNAPSHOTS").as_deref() == Ok("overwrite") {
        fs::write(&path, &markdown).unwrap();
    }
    assert!(
        fs::read_to_string(&path).unwrap_or_default() == markdown,
        "docs/tables.md differs from `rectify tables --schema`: regenerate it with \
         `SNAPSHOTS=overwrite cargo test --features cli --test cli` and review the diff"
    );
    for table in rectify::tables::Table::ALL {
        assert!(markdown.contains(&format!("\n## {table}\n")), "{table}");
        for column in table.columns() {
            assert!(markdown.contains(&format!("| {} | {} |", column.name, column.kind)));
        }
    }
}
