//! `validate_json` on any text: no panic, and every violation's path resolves in the
//! report's JSON (or names a missing field whose parent does).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    let Ok(validation) = rectify::validate::validate_json(input) else {
        return;
    };
    let Ok(value) = serde_json::from_str::<serde_json::Value>(input) else {
        return;
    };
    for violation in &validation.violations {
        let parent = violation
            .path
            .rsplit_once('/')
            .map_or("", |(parent, _)| parent);
        assert!(
            value.pointer(&violation.path).is_some() || value.pointer(parent).is_some(),
            "{violation:?}"
        );
    }
});
