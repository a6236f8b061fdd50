//! The bounds a service sets on untrusted input (`Limits`): refused with a clear error at
//! the right place, never a stack overflow, and the defaults let every real notice through.

use assign::assign;
use rectify::text::{self, ParseError};
use rectify::{Error, JsonErrorKind, Limit, Limits};
use serde_json::{Value, json};

use crate::{EXAMPLE_JSON, fixture_text};

/// The example report with its first area moved `depth - 1` levels down a chain of
/// sub-areas. Built as text: a 10,000-deep `serde_json::Value` would overflow the stack
/// when it is serialized or dropped (both recurse), which is not what is tested here.
fn nested(depth: usize) -> String {
    let mut value: Value = serde_json::from_str(&fixture_text(EXAMPLE_JSON)).unwrap();
    let first = value["areas"][0].take().to_string();
    value["areas"][0] = json!("AREA");
    let chain = format!(
        "{}{first}{}",
        r#"{"number": 1, "title": "外层", "subAreas": ["#.repeat(depth - 1),
        "]}".repeat(depth - 1)
    );
    value.to_string().replacen("\"AREA\"", &chain, 1)
}

#[test]
fn ten_thousand_nested_areas_are_refused_where_the_nesting_passes_the_reader() {
    let json = nested(10_000);
    let Err(Error::Json(error)) = rectify::from_json_str(&json) else {
        panic!("10,000 nested areas loaded")
    };
    assert_eq!(error.classify(), JsonErrorKind::Syntax);
    assert!(
        error
            .message()
            .starts_with("nested more than 128 arrays and objects deep"),
        "{error}"
    );
    // The path goes down the chain of sub-areas to where the reader stopped.
    assert!(
        error
            .pointer()
            .starts_with("/areas/0/subAreas/0/subAreas/0"),
        "{error}"
    );
    assert_eq!(error.line(), 1);
    assert!(rectify::validate::validate_json(&json).is_err());
}

#[test]
fn areas_deeper_than_the_limit_are_refused_with_the_path_of_the_first_too_deep() {
    let default = Limits::default();
    assert!(rectify::from_json_str(&nested(default.max_area_depth)).is_ok());
    let Err(Error::Limit(error)) = rectify::from_json_str(&nested(default.max_area_depth + 1))
    else {
        panic!("17 levels of areas loaded")
    };
    assert_eq!(
        (error.limit(), error.found(), error.max()),
        (Limit::AreaDepth, 17, 16)
    );
    assert_eq!(
        error.pointer(),
        Some(format!("/areas/0{}", "/subAreas/0".repeat(16)).as_str())
    );
    assert!(
        error
            .to_string()
            .starts_with("areas nest 17 levels deep at /areas/0/subAreas/0")
    );
    // A service can allow more (within what the JSON reader follows).
    let deeper = assign!(default, {
            max_area_depth: 40
    });
    let json = nested(40);
    assert!(rectify::from_json_slice_with(json.as_bytes(), &deeper).is_ok());
}

#[test]
fn input_size_is_checked_before_reading() {
    let json = fixture_text(EXAMPLE_JSON);
    let limits = assign!(Limits::default(), {
            max_input_bytes: json.len() - 1
    });
    let Err(Error::Limit(error)) = rectify::from_json_slice_with(json.as_bytes(), &limits) else {
        panic!("a report over the size limit loaded")
    };
    assert_eq!(
        (error.limit(), error.found(), error.max()),
        (Limit::InputBytes, json.len(), json.len() - 1)
    );
    let exact = assign!(Limits::default(), {
            max_input_bytes: json.len()
    });
    assert!(rectify::from_json_slice_with(json.as_bytes(), &exact).is_ok());

    let notice = fixture_text("qingyuan-publicity-2025.txt");
    let limits = assign!(Limits::default(), {
            max_input_bytes: notice.len() - 1
    });
    let Err(ParseError::Limit(error)) = text::parse_with(&notice, &limits) else {
        panic!("a notice over the size limit parsed")
    };
    assert_eq!(error.limit(), Limit::InputBytes);
    assert_eq!(
        error.to_string(),
        format!(
            "the input is {} bytes, more than the limit of {}",
            notice.len(),
            notice.len() - 1
        )
    );
}

#[test]
fn a_reader_is_not_read_past_the_size_limit() {
    /// An endless stream of spaces: reading it all would never end.
    struct Endless(usize);
    impl std::io::Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            buf.fill(b' ');
            self.0 += buf.len();
            Ok(buf.len())
        }
    }
    let Err(Error::Limit(error)) = rectify::from_reader(Endless(0)) else {
        panic!("an endless input loaded")
    };
    assert_eq!(error.limit(), Limit::InputBytes);
    assert_eq!(error.found(), Limits::default().max_input_bytes + 1);
}

#[test]
fn item_counts_are_bounded_in_loaded_and_parsed_reports() {
    let report = crate::example();
    // The example's items, as the gold counts them: 28 parties, 3 + 3 points, 22 areas (11,
    // and 11 sub-areas), 42 measures, 33 figures, 16 documents.
    const ITEMS: usize = 28 + 3 + 3 + 22 + 42 + 33 + 16;
    let limits = assign!(Limits::default(), {
            max_items: ITEMS - 1
    });
    let error = limits.check(&report).unwrap_err();
    assert_eq!((error.limit(), error.found()), (Limit::Items, ITEMS));
    assert!(
        assign!(Limits::default(), {
                    max_items: ITEMS
        })
        .check(&report)
        .is_ok()
    );

    let notice = fixture_text("qingyuan-publicity-2025.txt");
    let Err(ParseError::Limit(error)) = text::parse_with(&notice, &limits) else {
        panic!("a notice over the item limit parsed")
    };
    assert_eq!((error.limit(), error.found()), (Limit::Items, ITEMS));
}

#[test]
fn the_defaults_let_every_fixture_through() {
    let limits = Limits::default();
    assert!(limits.check(&crate::example()).is_ok());
    for entry in std::fs::read_dir(crate::fixture_path("notices")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert!(text::parse_with(&text, &limits).is_ok());
    }
}
