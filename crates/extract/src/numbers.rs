//! Numbers in a sentence: digits with separators, number words, Sino-Korean units (`3천`,
//! `1만2000명`, `삼천`), Russian `тыс.`, bounds (`at least`, `최소`, `около`, `300여 명`) and
//! vague counts by ACLED's conservative rule (the values are data: `numerals.tsv`).

use kroniko_analysis::{Token, TokenKind};
use kroniko_knowledge::{LangKnowledge, NumKind};

/// A number found in a sentence (token indices, end exclusive).
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    pub start: usize,
    pub end: usize,
    pub value: u64,
    /// `exact`, `at-least`, `about`, `at-most` or `vague`.
    pub bound: &'static str,
}

fn bound_of(pattern: &str) -> &'static str {
    let p = pattern.to_lowercase();
    const MOST: &[&str] =
        &["up to", "до", "이하", "미만", "최대", "less than", "fewer than", "не более", "менее", "under", "at most"];
    const ABOUT: &[&str] = &[
        "about",
        "around",
        "roughly",
        "approximately",
        "some",
        "nearly",
        "almost",
        "약",
        "가량",
        "정도",
        "대략",
        "거의",
        "안팎",
        "내외",
        "쯤",
        "남짓",
        "около",
        "порядка",
        "примерно",
        "почти",
        "приблизительно",
        "estimated",
    ];
    if MOST.iter().any(|m| p == *m) {
        "at-most"
    } else if ABOUT.iter().any(|m| p == *m) {
        "about"
    } else {
        "at-least"
    }
}

/// Parses digits with separators; `decimal_comma` for Russian (`1,5`).
fn parse_digits(s: &str, decimal_comma: bool) -> Option<f64> {
    let s = s.trim_end_matches(['.', ',']);
    if s.is_empty() || !s.chars().next()?.is_ascii_digit() {
        return None;
    }
    // "1,200" and "1.200" with three-digit groups are thousands; otherwise a decimal mark.
    let groups_ok = |sep: char| {
        let parts: Vec<&str> = s.split(sep).collect();
        parts.len() > 1 && parts[1..].iter().all(|p| p.len() == 3) && parts[0].len() <= 3
    };
    let cleaned: String = if s.contains(',') && s.contains('.') {
        s.replace(',', "")
    } else if s.contains(',') {
        // Russian writes 1,5 for one and a half; "1,200,000" is still grouped.
        if groups_ok(',') && (!decimal_comma || s.split(',').count() > 2) {
            s.replace(',', "")
        } else {
            s.replace(',', ".")
        }
    } else if s.contains('.') && groups_ok('.') && s.split('.').count() > 2 {
        s.replace('.', "")
    } else {
        s.to_string()
    };
    cleaned.parse::<f64>().ok()
}

/// Parses a Korean number word inside one eojeol: `3천`, `1만2000명`, `삼천`, `300여명`, `3000`.
/// Returns the value, whether `여` (more than) followed, and whether anything numeric was seen.
fn parse_korean(word: &str, lk: &LangKnowledge) -> Option<(f64, bool)> {
    let mut total = 0f64;
    let mut section = 0f64;
    let mut cur: Option<f64> = None;
    let mut rest = word;
    let mut saw_mult = false;
    let mut saw_digit = false;
    let mut saw_unit_word = false;
    loop {
        let digits: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.').collect();
        if !digits.is_empty() {
            cur = Some(parse_digits(&digits, false)?);
            saw_digit = true;
            rest = &rest[digits.len()..];
            continue;
        }
        let found = lk.numeral_words.iter().find(|(w, n)| {
            matches!(n.kind, NumKind::Mult | NumKind::Unit) && !w.is_empty() && rest.starts_with(w.as_str())
        });
        match found {
            Some((w, n)) if n.kind == NumKind::Mult => {
                let v = n.value.unwrap_or(1) as f64;
                let c = cur.take().unwrap_or(1.0);
                if v >= 10000.0 {
                    total += (section + c) * v;
                    section = 0.0;
                } else {
                    section += c * v;
                }
                saw_mult = true;
                rest = &rest[w.len()..];
            }
            Some((w, n)) if cur.is_none() => {
                cur = Some(n.value.unwrap_or(0) as f64);
                saw_unit_word = true;
                rest = &rest[w.len()..];
            }
            _ => break,
        }
    }
    if !saw_digit && !saw_mult {
        return None;
    }
    // A multiplier needs a number before it: 만나, 백악관, 억류 are words, not numbers.
    if !saw_digit && !saw_unit_word {
        return None;
    }
    // After the number only a counter, 여 (more than) or particles may follow: 3천명이, 300여.
    let counter = lk
        .numeral_words
        .iter()
        .any(|(w, n)| n.kind == NumKind::Counter && !w.is_empty() && rest.starts_with(w.as_str()));
    if !(rest.is_empty() || rest.starts_with('여') || counter || rest.chars().count() <= 2) {
        return None;
    }
    // Pure number words (삼천) must consume the whole stem to count: "일" alone is not 1.
    if !saw_digit && saw_unit_word && !saw_mult {
        return None;
    }
    let value = total + section + cur.unwrap_or(0.0);
    let more = rest.starts_with('여');
    Some((value, more))
}

/// Finds the numbers of a sentence. `skip[i]` marks tokens already used by dates.
pub fn find_numbers(
    tokens: &[Token],
    lk: &LangKnowledge,
    korean: bool,
    decimal_comma: bool,
    skip: &[bool],
) -> Vec<NumberMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if skip[i] {
            i += 1;
            continue;
        }
        let start = i;
        let mut bound = "exact";
        // Bound words before the number ("at least", "최소", "не менее").
        if let Some(m) = lk.numerals.matches_at(tokens, i).into_iter().find(|m| m.value.kind == NumKind::Bound) {
            // (not before a date: "до 20 февраля" is a deadline)
            if m.end < tokens.len() && !skip[m.end] {
                bound = bound_of(&m.value.pattern);
                i = m.end;
            }
        }
        let t = &tokens[i];
        let mut value: Option<f64> = None;
        let mut end = i + 1;
        // Only a word that starts with a digit or a number word can be a Korean number.
        let may_be_korean_number = korean
            && t.is_hangul()
            && t.norm.chars().next().is_some_and(|c| {
                lk.numeral_words.iter().any(|(w, n)| matches!(n.kind, NumKind::Unit) && w.starts_with(c))
            });
        if t.kind == TokenKind::Number || may_be_korean_number {
            if korean && t.is_hangul() || t.norm.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)) {
                if let Some((v, more)) = parse_korean(&t.norm, lk) {
                    value = Some(v);
                    if more {
                        bound = "at-least";
                    }
                }
            } else {
                value = parse_digits(&t.norm, decimal_comma);
            }
        }
        // A native Korean number word as its own word before a counter: "세 명을", "여섯 명",
        // "한 명이", "스무 명" (alone, without a counter, 세 and 한 are other words).
        if value.is_none() && korean && t.is_hangul() {
            let unit = lk.numeral_words.iter().find(|(w, n)| n.kind == NumKind::Unit && *w == t.norm);
            let counted = tokens.get(i + 1).is_some_and(|x| {
                lk.numeral_words
                    .iter()
                    .any(|(w, n)| n.kind == NumKind::Counter && !w.is_empty() && x.norm.starts_with(w.as_str()))
            });
            if let (Some((_, n)), true) = (unit, counted) {
                value = n.value.map(|v| v as f64);
            }
        }
        if value.is_none() {
            // Vague counts and number words, possibly several ("three thousand", "две тысячи").
            let ms = lk.numerals.matches_at(tokens, i);
            if let Some(m) = ms.iter().find(|m| m.value.kind == NumKind::Vague) {
                value = m.value.value.map(|v| v as f64);
                bound = "vague";
                end = m.end;
                // "десятки тысяч", "tens of thousands", "hundreds of thousands": the vague count
                // of a multiple.
                if !korean {
                    let k = if tokens.get(end).is_some_and(|t| t.lower == "of") { end + 1 } else { end };
                    if let Some(x) = lk.numerals.matches_at(tokens, k).into_iter().find(|x| {
                        matches!(x.value.kind, NumKind::Mult | NumKind::Vague)
                            && x.value.value.is_some_and(|v| v >= 1000)
                    }) {
                        value = value.map(|v| v * x.value.value.unwrap_or(1) as f64);
                        end = x.end;
                    }
                }
            } else if !korean {
                let mut total = 0f64;
                let mut section = 0f64;
                let mut any = false;
                let mut j = i;
                while j < tokens.len() {
                    // "twenty-five" is one token: add up its parts.
                    let parts: Vec<&str> = tokens[j].lower.split('-').collect();
                    let mut vals = Vec::new();
                    for p in &parts {
                        match lk
                            .numeral_words
                            .iter()
                            .find(|(w, n)| w == p && matches!(n.kind, NumKind::Unit | NumKind::Mult))
                        {
                            Some((_, n)) => vals.push((n.kind, n.value.unwrap_or(0) as f64)),
                            None => {
                                vals.clear();
                                break;
                            }
                        }
                    }
                    if vals.is_empty() {
                        if let Some(m) = lk
                            .numerals
                            .matches_at(tokens, j)
                            .into_iter()
                            .find(|m| matches!(m.value.kind, NumKind::Unit | NumKind::Mult))
                        {
                            vals.push((m.value.kind, m.value.value.unwrap_or(0) as f64));
                        }
                    }
                    if vals.is_empty() {
                        break;
                    }
                    for (k, v) in vals {
                        if k == NumKind::Mult {
                            let base = if section == 0.0 { 1.0 } else { section };
                            if v >= 1000.0 {
                                total += base * v;
                                section = 0.0;
                            } else {
                                section = base * v;
                            }
                        } else {
                            section += v;
                        }
                    }
                    any = true;
                    j += 1;
                }
                if any {
                    value = Some(total + section);
                    end = j;
                }
            }
        } else if !korean && end < tokens.len() {
            // "3 million", "12 тыс.", "1,5 тыс"
            if let Some(m) = lk.numerals.matches_at(tokens, end).into_iter().find(|m| m.value.kind == NumKind::Mult) {
                value = value.map(|v| v * m.value.value.unwrap_or(1) as f64);
                end = m.end;
                if end < tokens.len() && tokens[end].is_punct(".") && tokens[end - 1].norm.len() <= 4 {
                    // the abbreviation's own full stop
                }
            }
        }
        // A bound after the number: "100명 이상", "200 가량", "1,000 or more".
        if value.is_some() && bound == "exact" && end < tokens.len() {
            if let Some(m) = lk.numerals.matches_at(tokens, end).into_iter().find(|m| m.value.kind == NumKind::Bound) {
                bound = bound_of(&m.value.pattern);
            }
        }
        match value {
            Some(v) if (1.0..1e10).contains(&v) => {
                out.push(NumberMention { start, end, value: v.round() as u64, bound });
                i = end;
            }
            _ => i = start + 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_groups() {
        assert_eq!(parse_digits("3,000", false), Some(3000.0));
        assert_eq!(parse_digits("1,5", true), Some(1.5));
        assert_eq!(parse_digits("12.5", false), Some(12.5));
        assert_eq!(parse_digits("1.200.000", false), Some(1_200_000.0));
        assert_eq!(parse_digits("abc", false), None);
    }
}
