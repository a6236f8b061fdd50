//! Where a JSON Pointer is in a report file: the line and column a violation is shown at.
//!
//! serde_json keeps no positions once a value is read, so the file is read a second time
//! by jsonc-parser, which keeps every value's byte range. It runs only on files that have
//! already loaded as reports, so its input is well-formed and at most serde_json's 128
//! levels deep.

use std::collections::BTreeMap;

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;

/// The positions of every value of one JSON file, by JSON Pointer.
pub(crate) struct Locator<'t> {
    text: &'t str,
    starts: BTreeMap<String, usize>,
}

impl<'t> Locator<'t> {
    /// Reads `text` and records where each value starts: for an object's member, where
    /// its name starts, which is where an editor should put the cursor.
    pub(crate) fn new(text: &'t str) -> Self {
        let mut starts = BTreeMap::new();
        let parsed = jsonc_parser::parse_to_ast(text, &Default::default(), &Default::default());
        if let Ok(jsonc_parser::ParseResult {
            value: Some(value), ..
        }) = parsed
        {
            starts.insert(String::new(), value.range().start);
            record(&value, &mut String::new(), &mut starts);
        }
        Locator { text, starts }
    }

    /// The line and column (from 1, the column in characters) of `pointer`, or of its
    /// nearest ancestor that is in the file (a missing field is shown at its object).
    pub(crate) fn locate(&self, pointer: &str) -> Option<(usize, usize)> {
        let mut pointer = pointer;
        loop {
            if let Some(&at) = self.starts.get(pointer) {
                return Some(line_and_column(self.text, at));
            }
            pointer = &pointer[..pointer.rfind('/')?];
        }
    }
}

fn record(value: &Value<'_>, pointer: &mut String, starts: &mut BTreeMap<String, usize>) {
    let parent_len = pointer.len();
    match value {
        Value::Object(object) => {
            for member in &object.properties {
                push_token(pointer, member.name.as_str());
                starts.insert(pointer.clone(), member.range.start);
                record(&member.value, pointer, starts);
                pointer.truncate(parent_len);
            }
        }
        Value::Array(array) => {
            for (index, element) in array.elements.iter().enumerate() {
                push_token(pointer, &index.to_string());
                starts.insert(pointer.clone(), element.range().start);
                record(element, pointer, starts);
                pointer.truncate(parent_len);
            }
        }
        _ => {}
    }
}

/// Appends one reference token, escaped as RFC 6901 says (`~` → `~0`, `/` → `~1`).
fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    pointer.push_str(&token.replace('~', "~0").replace('/', "~1"));
}

fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_elements_and_missing_fields() {
        let text = "{\n  \"title\": \"某\",\n  \"areas\": [\n    {\"a/b\": 1},\n    {\"number\": 2}\n  ]\n}";
        let locator = Locator::new(text);
        assert_eq!(locator.locate("/title"), Some((2, 3)));
        assert_eq!(locator.locate("/areas/1"), Some((5, 5)));
        assert_eq!(locator.locate("/areas/1/number"), Some((5, 6)));
        assert_eq!(locator.locate("/areas/0/a~1b"), Some((4, 6)));
        // Not in the file: its nearest ancestor.
        assert_eq!(locator.locate("/areas/1/measures"), Some((5, 5)));
        assert_eq!(locator.locate(""), Some((1, 1)));
    }
}
