//! Dates in a sentence, absolute or relative to the document's publication date.
//!
//! Absolute: `2022년 1월 5일`, `1월 5일`, `5일` (the publication month, or the month before when
//! the day is still to come), `January 5, 2022`, `5 January`, `5 января 2022 года`,
//! `2022-01-05`, `05.01.2022`. Relative (data in `dates.tsv`): yesterday/어제/вчера, weekday
//! names (the latest such day on or before publication), overnight and "last few hours" (the
//! publication day). A bare year is history, not a date. Nothing is invented: with no
//! publication date, relative forms give no date.

use chrono::{Datelike, Duration, NaiveDate};
use kroniko_analysis::{Token, TokenKind};
use kroniko_knowledge::{DateWord, LangKnowledge};

#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub date: NaiveDate,
    /// `day`, `month` or `year`.
    pub precision: &'static str,
    /// True when read from the text itself rather than relative words alone.
    pub absolute: bool,
    /// Days from the date last mentioned before it ("이날", "the same day"): `date` is read
    /// against publication until the document's earlier dates are known.
    pub anaphor: Option<i64>,
}

fn leading_number(s: &str) -> Option<(u32, &str)> {
    let d: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
    if d.is_empty() || d.len() > 4 {
        return None;
    }
    Some((d.parse().ok()?, &s[d.len()..]))
}

/// Fills in a day: with no month, the publication month (or the month before when the day
/// would lie after publication).
fn complete(year: Option<i32>, month: Option<u32>, day: u32, published: Option<NaiveDate>) -> Option<NaiveDate> {
    let p = published;
    let (y, m) = match (year, month, p) {
        (Some(y), Some(m), _) => (y, m),
        (None, Some(m), Some(p)) => {
            // "December 30" in a January report is last year's.
            if m > p.month() + 1 {
                (p.year() - 1, m)
            } else {
                (p.year(), m)
            }
        }
        (None, None, Some(p)) => {
            if day > p.day() {
                if p.month() == 1 {
                    (p.year() - 1, 12)
                } else {
                    (p.year(), p.month() - 1)
                }
            } else {
                (p.year(), p.month())
            }
        }
        _ => return None,
    };
    NaiveDate::from_ymd_opt(y, m, day)
}

fn weekday_before(p: NaiveDate, wd: u32) -> NaiveDate {
    let cur = p.weekday().number_from_monday();
    let back = (cur + 7 - wd) % 7;
    p - Duration::days(back as i64)
}

/// Finds the date expressions of a sentence.
pub fn find_dates(
    tokens: &[Token],
    lk: &LangKnowledge,
    korean: bool,
    published: Option<NaiveDate>,
) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // ISO and dotted forms in one token.
        if t.kind == TokenKind::Number {
            let s = t.norm.as_str();
            if let Ok(d) =
                NaiveDate::parse_from_str(s, "%Y-%m-%d").or_else(|_| NaiveDate::parse_from_str(s, "%d.%m.%Y"))
            {
                out.push(DateMention {
                    start: i,
                    end: i + 1,
                    date: d,
                    precision: "day",
                    absolute: true,
                    anaphor: None,
                });
                i += 1;
                continue;
            }
        }
        if korean {
            // 2022년 1월 5일: consecutive tokens of year / month / day.
            let (mut y, mut m, mut d) = (None, None, None);
            let mut j = i;
            while j < tokens.len() {
                let Some((n, rest)) = leading_number(&tokens[j].norm) else { break };
                if rest.starts_with('년') && y.is_none() && m.is_none() && d.is_none() && (1900..=2100).contains(&n) {
                    y = Some(n as i32);
                } else if rest.starts_with('월') && m.is_none() && d.is_none() && (1..=12).contains(&n) {
                    m = Some(n);
                } else if rest.starts_with('일')
                    && d.is_none()
                    && (1..=31).contains(&n)
                    // (a span or a count of days, not a date: "13일간", "8일째", "사흘" is a word)
                    && !rest.starts_with("일간")
                    && !rest.starts_with("일째")
                    && !rest.starts_with("일 동안")
                {
                    d = Some(n);
                } else {
                    break;
                }
                j += 1;
            }
            if j > i {
                if let Some(day) = d {
                    if let Some(date) = complete(y, m, day, published) {
                        out.push(DateMention {
                            start: i,
                            end: j,
                            date,
                            precision: "day",
                            absolute: true,
                            anaphor: None,
                        });
                    }
                } else if let (Some(y), Some(m)) = (y, m) {
                    if let Some(date) = NaiveDate::from_ymd_opt(y, m, 1) {
                        out.push(DateMention {
                            start: i,
                            end: j,
                            date,
                            precision: "month",
                            absolute: true,
                            anaphor: None,
                        });
                    }
                } else if let (Some(y), None) = (y, m) {
                    // "1974년": a year alone (an act it dates is background when it is past) —
                    // not one that names a thing ("2022년 합의를 어겼다"), nor a deadline to come
                    // ("2030년까지").
                    // (the year and the bare nouns after it form the object: "1995년 데이턴
                    // 평화협정을 위반한다")
                    let bare = leading_number(&tokens[j - 1].norm).is_some_and(|(_, r)| r == "년");
                    let names_thing = bare
                        && tokens[j..tokens.len().min(j + 3)]
                            .iter()
                            .find(|t| t.role().is_some() || t.kind != TokenKind::Word)
                            .is_some_and(|t| t.role() == Some(kroniko_analysis::Role::Obj));
                    let to_come = published.is_some_and(|p| y > p.year());
                    if let Some(date) = NaiveDate::from_ymd_opt(y, 1, 1).filter(|_| !names_thing && !to_come) {
                        out.push(DateMention {
                            start: i,
                            end: j,
                            date,
                            precision: "year",
                            absolute: true,
                            anaphor: None,
                        });
                    }
                }
                i = j;
                continue;
            }
        } else if let Some(mm) =
            lk.dates.matches_at(tokens, i).into_iter().find(|m| matches!(m.value, DateWord::Month(_)))
        {
            // "January 5, 2022" / "Jan. 5"
            let DateWord::Month(month) = *mm.value else { unreachable!() };
            let mut j = mm.end;
            if j < tokens.len() && tokens[j].is_punct(".") {
                j += 1;
            }
            let day = tokens
                .get(j)
                .and_then(|t| leading_number(&t.norm))
                .filter(|(n, r)| (1..=31).contains(n) && r.len() <= 2);
            let mut year = None;
            if let Some((dn, _)) = day {
                let mut k = j + 1;
                if k < tokens.len() && tokens[k].is_punct(",") {
                    k += 1;
                }
                if let Some((yn, _)) =
                    tokens.get(k).and_then(|t| leading_number(&t.norm)).filter(|(n, _)| (1900..=2100).contains(n))
                {
                    year = Some(yn as i32);
                    j = k;
                }
                if let Some(date) = complete(year, Some(month), dn, published) {
                    out.push(DateMention {
                        start: i,
                        end: j + 1,
                        date,
                        precision: "day",
                        absolute: true,
                        anaphor: None,
                    });
                }
                i = j + 1;
                continue;
            }
            // "in March 2021"
            if let Some((yn, _)) =
                tokens.get(j).and_then(|t| leading_number(&t.norm)).filter(|(n, _)| (1900..=2100).contains(n))
            {
                if let Some(date) = NaiveDate::from_ymd_opt(yn as i32, month, 1) {
                    out.push(DateMention {
                        start: i,
                        end: j + 1,
                        date,
                        precision: "month",
                        absolute: true,
                        anaphor: None,
                    });
                }
                i = j + 1;
                continue;
            }
        } else if t.kind == TokenKind::Number {
            // "5 January 2022", "5 января 2022 года"
            if let Some((dn, rest)) = leading_number(&t.norm).filter(|(n, r)| (1..=31).contains(n) && r.is_empty()) {
                let _ = rest;
                if let Some(mm) =
                    lk.dates.matches_at(tokens, i + 1).into_iter().find(|m| matches!(m.value, DateWord::Month(_)))
                {
                    let DateWord::Month(month) = *mm.value else { unreachable!() };
                    let mut end = mm.end;
                    let mut year = None;
                    if let Some((yn, _)) =
                        tokens.get(end).and_then(|t| leading_number(&t.norm)).filter(|(n, _)| (1900..=2100).contains(n))
                    {
                        year = Some(yn as i32);
                        end += 1;
                    }
                    if let Some(date) = complete(year, Some(month), dn, published) {
                        out.push(DateMention { start: i, end, date, precision: "day", absolute: true, anaphor: None });
                    }
                    i = end;
                    continue;
                }
            }
        }
        if let Some(m) = lk.dates.matches_at(tokens, i).into_iter().next() {
            // "last year": a year relative to publication (an act it dates is background when
            // the year is past: see the extractor).
            if let (DateWord::RelYear(n), Some(p)) = (*m.value, published) {
                if let Some(date) = NaiveDate::from_ymd_opt(p.year() + n as i32, 1, 1) {
                    out.push(DateMention {
                        start: m.start,
                        end: m.end,
                        date,
                        precision: "year",
                        absolute: false,
                        anaphor: None,
                    });
                }
                i = m.end.max(i + 1);
                continue;
            }
            let rel = match (*m.value, published) {
                (DateWord::RelDay(n) | DateWord::Anaphor(n), Some(p)) => Some(p + Duration::days(n)),
                (DateWord::Weekday(wd), Some(p)) => Some(weekday_before(p, wd)),
                (DateWord::RelSpan, Some(p)) => Some(p),
                _ => None,
            };
            if let Some(date) = rel {
                let anaphor = if let DateWord::Anaphor(n) = *m.value { Some(n) } else { None };
                out.push(DateMention { start: m.start, end: m.end, date, precision: "day", absolute: false, anaphor });
            }
            i = m.end.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_resolve_backwards() {
        let thu = NaiveDate::from_ymd_opt(2022, 1, 6).unwrap();
        assert_eq!(weekday_before(thu, 3), NaiveDate::from_ymd_opt(2022, 1, 5).unwrap());
        assert_eq!(weekday_before(thu, 4), thu);
        assert_eq!(weekday_before(thu, 5), NaiveDate::from_ymd_opt(2021, 12, 31).unwrap());
    }

    #[test]
    fn korean_day_counts_are_no_dates() {
        let ex = |t: &str| {
            let k = kroniko_knowledge::Knowledge::load_default().unwrap();
            let a = kroniko_analysis::Analyzer::new(k.tables.clone());
            let d = kroniko_doc::Document::new("d", t);
            let s = a.analyze(&d).sentences.remove(0);
            let p = NaiveDate::from_ymd_opt(2025, 10, 10);
            find_dates(&s.tokens, k.lang(kroniko_doc::Lang::Ko).unwrap(), true, p)
                .into_iter()
                .map(|m| m.date)
                .collect::<Vec<_>>()
        };
        assert_eq!(ex("과테말라에서 9일 8일째 시위가 이어졌다."), vec![NaiveDate::from_ymd_opt(2025, 10, 9).unwrap()]);
    }

    #[test]
    fn bare_day_takes_publication_month() {
        let p = NaiveDate::from_ymd_opt(2023, 3, 10).unwrap();
        assert_eq!(complete(None, None, 9, Some(p)), NaiveDate::from_ymd_opt(2023, 3, 9));
        assert_eq!(complete(None, None, 28, Some(p)), NaiveDate::from_ymd_opt(2023, 2, 28));
        assert_eq!(
            complete(None, Some(12), 30, Some(NaiveDate::from_ymd_opt(2023, 1, 2).unwrap())),
            NaiveDate::from_ymd_opt(2022, 12, 30)
        );
        assert_eq!(complete(None, None, 5, None), None);
    }
}
