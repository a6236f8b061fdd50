//! PartialDate and Period: real dates only, spans, "certainly" comparisons.

use rectify::{DateError, PartialDate, Period, Precision};

fn date(text: &str) -> PartialDate {
    text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
}

#[test]
fn reads_the_three_precisions_and_writes_them_back() {
    for (text, precision) in [
        ("2024", Precision::Year),
        ("2024-03", Precision::Month),
        ("2024-03-27", Precision::Day),
    ] {
        let d = date(text);
        assert_eq!(d.precision(), precision);
        assert_eq!(d.to_string(), text);
        assert_eq!(serde_json::to_string(&d).unwrap(), format!("\"{text}\""));
        assert_eq!(
            serde_json::from_str::<PartialDate>(&format!("\"{text}\"")).unwrap(),
            d
        );
    }
}

#[test]
fn rejects_malformed_and_unreal_dates() {
    for text in [
        "",
        "24",
        "2024-3",
        "2024-03-7",
        "2024/03/27",
        "2024-03-27T00:00",
        "２０２４",
        "2024-",
        "-2024",
        "2024-03-27-01",
    ] {
        assert!(
            matches!(
                text.parse::<PartialDate>(),
                Err(DateError::Malformed { .. })
            ),
            "{text:?} read"
        );
    }
    for text in [
        "2025-02-29",
        "2025-02-30",
        "2024-13",
        "2024-00",
        "2024-04-31",
        "2024-01-00",
    ] {
        assert!(
            matches!(
                text.parse::<PartialDate>(),
                Err(DateError::NotACalendarDate { .. })
            ),
            "{text:?} read"
        );
    }
    assert_eq!(date("2024-02-29").last_day().to_string(), "2024-02-29");
}

#[test]
fn a_partial_date_spans_its_whole_period() {
    assert_eq!(date("2025-05").first_day().to_string(), "2025-05-01");
    assert_eq!(date("2025-05").last_day().to_string(), "2025-05-31");
    assert_eq!(date("2024-02").last_day().to_string(), "2024-02-29");
    assert_eq!(date("2023-02").last_day().to_string(), "2023-02-28");
    assert_eq!(date("2024").last_day().to_string(), "2024-12-31");
    assert_eq!(date("2024-12").last_day().to_string(), "2024-12-31");
}

#[test]
fn certainly_after_only_when_the_spans_do_not_overlap() {
    assert!(date("2025-05").is_certainly_after(&date("2025-04-30")));
    assert!(!date("2025-05").is_certainly_after(&date("2025")));
    assert!(!date("2025").is_certainly_after(&date("2025-05")));
    assert!(!date("2025-05-01").is_certainly_after(&date("2025-05")));
    assert!(date("2026").is_certainly_after(&date("2025-12-31")));
    assert!(date("2024-03-27").is_certainly_before(&date("2024-06")));
    assert!(!date("2024-06-28").is_certainly_after(&date("2024-06-28")));
}

#[test]
fn periods_know_when_they_are_empty_or_reversed() {
    assert!(Period::default().is_empty());
    assert!(!Period::since(date("2024")).is_empty());
    assert!(Period::new(date("2025-11-16"), date("2025-10-16")).is_reversed());
    assert!(!Period::new(date("2025"), date("2025-01")).is_reversed());
    assert_eq!(
        serde_json::to_string(&Period::until(date("2025-09"))).unwrap(),
        r#"{"end":"2025-09"}"#
    );
}

#[test]
fn constructors_check_the_calendar() {
    assert_eq!(PartialDate::day(2024, 9, 26).unwrap(), date("2024-09-26"));
    assert_eq!(PartialDate::month(2025, 8).unwrap().month_number(), Some(8));
    assert_eq!(PartialDate::year(2024).unwrap().day_number(), None);
    assert!(PartialDate::day(2025, 2, 29).is_err());
    assert!(PartialDate::month(2025, 0).is_err());
    assert!(PartialDate::year(10_000).is_err());
    assert!(PartialDate::year(-1).is_err());
}

#[test]
fn partial_order_is_certainty_and_obeys_the_laws() {
    use std::cmp::Ordering::{Equal, Greater, Less};
    assert_eq!(date("2024-06-28").partial_cmp(&date("2024-09")), Some(Less));
    assert_eq!(
        date("2025-05").partial_cmp(&date("2025-04-30")),
        Some(Greater)
    );
    assert_eq!(date("2025-05").partial_cmp(&date("2025-05")), Some(Equal));
    assert_eq!(date("2025").partial_cmp(&date("2025-05-01")), None);
    // Overlapping spans: neither before nor after, and not equal either.
    let (year, may) = (date("2025"), date("2025-05"));
    assert_eq!((year < may, year > may, year == may), (false, false, false));

    // Every pair and triple of a grid of years, months and days around two year ends.
    let mut grid = Vec::new();
    for year in [2024, 2025] {
        grid.push(PartialDate::year(year).unwrap());
        for month in [1, 2, 11, 12] {
            grid.push(PartialDate::month(year, month).unwrap());
            for day in [1, 28] {
                grid.push(PartialDate::day(year, month, day).unwrap());
            }
        }
    }
    for a in &grid {
        for b in &grid {
            let ab = a.partial_cmp(b);
            assert_eq!(ab == Some(Equal), a == b, "{a} {b}");
            assert_eq!(
                ab.map(std::cmp::Ordering::reverse),
                b.partial_cmp(a),
                "{a} {b}"
            );
            assert_eq!(ab == Some(Less), a.is_certainly_before(b), "{a} {b}");
            for c in &grid {
                if a < b && b < c {
                    assert!(a < c, "{a} < {b} < {c}");
                }
            }
        }
    }
}
