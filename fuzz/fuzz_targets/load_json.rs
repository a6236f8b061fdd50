//! The JSON loader on any bytes: no panic; an error says where (a line and column inside
//! the input); a report that loads serializes and loads back equal, and validates.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match rectify::from_json_slice(bytes) {
        Ok(report) => {
            let _ = report.validate();
            let json = serde_json::to_string(&report).expect("a loaded report serializes");
            let again = rectify::from_json_str(&json).expect("a serialized report loads");
            assert_eq!(again, report);
        }
        Err(rectify::Error::Json(error)) => {
            let lines = bytes.split(|b| *b == b'\n').count();
            assert!(error.line() >= 1 && error.line() <= lines, "{error:?}");
        }
        Err(error) => panic!("not a JSON error from bytes: {error}"),
    }
});
