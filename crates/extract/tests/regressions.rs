//! One test per fixed bug, named after it.

use kroniko_doc::Document;
use kroniko_extract::Extractor;

/// A number as the last token made the date reader look one token past the end.
#[test]
fn regression_number_as_last_token_does_not_panic() {
    let ex = Extractor::load_default().unwrap();
    for t in ["Police detained 5", "경찰이 5", "Полиция задержала 5", "On 5"] {
        let mut d = Document::new("r", t);
        d.published = chrono::NaiveDate::from_ymd_opt(2022, 1, 6);
        let _ = ex.extract(&d);
    }
}

/// Plain-text reports without a publication date had no dates at all, though their first lines
/// give one.
#[test]
fn regression_dateline_anchors_a_report_without_publication_date() {
    let ex = Extractor::load_default().unwrap();
    let d = Document::new("r", "Press release - Lome, 5 June 2025\n\nPolice detained 12 people in Lome yesterday.");
    let x = ex.extract(&d);
    let e = x.events.first().expect("an event");
    assert_eq!(e.date, chrono::NaiveDate::from_ymd_opt(2025, 6, 4));
    assert_eq!(e.published, None, "the report's own date stays unknown");
    let d = Document::new("r", "Police detained 12 people in Lome yesterday. Calm returned later.");
    let x = ex.extract(&d);
    assert_eq!(x.events.first().and_then(|e| e.date), None, "no date is invented");
}
