//! The review page (`text::review_html`), as HTML text; `tests/browser/` checks it in a
//! real browser.

use rectify::text::{self, review_html};

use crate::fixture_text;

/// The stretch of the page's text pane: between its opening `<div id="text">` and the
/// section's end.
fn text_pane(page: &str) -> &str {
    let start = page.find("id=\"text\"").expect("a text pane");
    let end = page[start..].find("</section>").expect("its end") + start;
    &page[start..end]
}

#[test]
fn every_span_is_marked_once_in_the_text_pane() {
    let text = fixture_text("qingyuan-publicity-2025.txt");
    let parsed = text::parse(&text).unwrap();
    let page = review_html(&text, &parsed);
    let pane = text_pane(&page);
    for pointer in parsed.spans.keys() {
        let attribute = format!("data-pointer=\"{pointer}\"");
        assert_eq!(pane.matches(&attribute).count(), 1, "{pointer}");
    }
    assert_eq!(
        pane.matches("data-pointer=").count(),
        parsed.spans.len(),
        "no other marks"
    );
    // Opened and closed alike.
    assert_eq!(
        pane.matches("<mark").count(),
        pane.matches("</mark>").count()
    );
    assert_eq!(
        pane.matches("<span").count(),
        pane.matches("</span>").count()
    );
}

#[test]
fn unplaced_text_is_marked_with_its_message() {
    let text = fixture_text("genre/furniture-metadata-block-township.txt");
    let parsed = text::parse(&text).unwrap();
    let placed = parsed
        .diagnostics
        .iter()
        .filter(|d| !d.span.bytes.is_empty())
        .count();
    assert!(placed > 0);
    let page = review_html(&text, &parsed);
    assert_eq!(text_pane(&page).matches("data-diagnostic=").count(), placed);
}

#[test]
fn the_notice_is_escaped_and_the_report_data_cannot_close_its_script() {
    let notice = "中共某县委宣传部关于巡察整改进展情况的通报\n\
                  根据县委统一部署，2024年4月8日至5月31日，县委第二巡察组对县委宣传部进行了巡察。\n\
                  二、整改任务落实情况\n\
                  （一）关于</script><script>alert(1)</script>方面。一是修订制度3项。\n\
                  中共某县委宣传部\n2024年12月20日";
    let parsed = text::parse(notice).unwrap();
    let page = review_html(notice, &parsed);
    // The page's own two scripts: the report's data and the page's code.
    assert_eq!(page.matches("<script").count(), 2);
    assert!(page.contains("&lt;/script&gt;&lt;script&gt;alert(1)"));
    assert!(page.contains(r"关于\u003c/script>\u003cscript>alert(1)\u003c/script>方面"));
}

#[test]
fn the_page_is_self_contained() {
    let text = fixture_text("qingyuan-publicity-2025.txt");
    let page = review_html(&text, &text::parse(&text).unwrap());
    for outside in ["http://", "https://", "src=", "@import", "url("] {
        assert!(!page.contains(outside), "{outside}");
    }
}
