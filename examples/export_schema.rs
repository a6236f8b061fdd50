//! Prints the JSON Schema of a rectification report to standard output.
//!
//! ```text
//! cargo run --example export_schema > schema/rectification-report.schema.json
//! ```

fn main() {
    let schema = rectify::schema::json_schema();
    let text = serde_json::to_string_pretty(&schema).expect("a JSON value always serializes");
    println!("{text}");
}
