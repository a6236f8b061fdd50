//! `text::parse` on any text: no panic, no text lost, and what parses renders and parses
//! again without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    let Ok(parsed) = rectify::text::parse(input) else {
        return;
    };
    let coverage = parsed.coverage(input);
    assert!(coverage.lost.is_empty(), "text lost: {:?}", coverage.lost);
    for diagnostic in &parsed.diagnostics {
        // Every diagnostic says where: its span is inside the input, on a char boundary.
        assert!(
            input.get(diagnostic.span.bytes.clone()).is_some(),
            "{diagnostic:?}"
        );
    }
    let _ = rectify::text::parse(&rectify::text::render(&parsed.report));
});
