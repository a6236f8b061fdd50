//! Writes the review page of a notice, with the parser's spans and diagnostics beside it as
//! JSON: what the browser tests (`tests/browser/`) check the page against.
//!
//! ```text
//! cargo run --example review_page -- NOTICE.txt OUT_DIR
//! ```
//!
//! Writes `OUT_DIR/NAME.html` (as `rectify view` does), `OUT_DIR/NAME.spans.json` (each
//! value's JSON Pointer with its byte range in the notice) and `OUT_DIR/NAME.diagnostics.json`
//! (each diagnostic's byte range and message). Exit status 2 when a file cannot be read or
//! written, or the text is not a notice.

use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::json;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(notice), Some(out)) = (
        args.next().map(PathBuf::from),
        args.next().map(PathBuf::from),
    ) else {
        eprintln!("usage: review_page NOTICE OUT_DIR");
        return ExitCode::from(2);
    };
    match write(&notice, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{}: {error}", notice.display());
            ExitCode::from(2)
        }
    }
}

fn write(
    notice: &std::path::Path,
    out: &std::path::Path,
) -> Result<(), Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(notice)?;
    let parsed = rectify::text::parse(&text)?;
    let name = notice
        .file_stem()
        .ok_or("the notice's path has no file name")?
        .to_string_lossy()
        .into_owned();
    std::fs::create_dir_all(out)?;
    std::fs::write(
        out.join(format!("{name}.html")),
        rectify::text::review_html(&text, &parsed),
    )?;
    let spans: serde_json::Map<String, serde_json::Value> = parsed
        .spans
        .iter()
        .map(|(pointer, span)| (pointer.clone(), json!([span.bytes.start, span.bytes.end])))
        .collect();
    std::fs::write(
        out.join(format!("{name}.spans.json")),
        serde_json::to_string(&spans)?,
    )?;
    let diagnostics: Vec<serde_json::Value> = parsed
        .diagnostics
        .iter()
        .map(|d| json!({"bytes": [d.span.bytes.start, d.span.bytes.end], "message": d.message, "kind": d.kind.as_str()}))
        .collect();
    std::fs::write(
        out.join(format!("{name}.diagnostics.json")),
        serde_json::to_string(&diagnostics)?,
    )?;
    Ok(())
}
