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
