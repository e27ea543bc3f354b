//! Sentence segmentation for Korean, English and Russian.
//!
//! Works on normalised text and returns byte spans into it. Rules, in order:
//! - a blank line always ends a sentence (paragraphs, headlines without a full stop);
//! - a single line break ends a sentence unless the line is long, has no final punctuation and
//!   the next line carries on (hard-wrapped text), or the next line starts in lower case;
//! - `. ! ? …` end a sentence, with closing quotes and brackets kept with it, unless the full
//!   stop belongs to an abbreviation (`U.S.`, `г.`), an initial (`V. Putin`), a number
//!   (`3.5`, a list marker `1.` at the start of a line), or the next word starts in lower case;
//! - a full stop glued to the next word ends a sentence after Korean (`발생했다.유엔`) or when the
//!   next word starts with a capital (`fire.The`);
//! - a closing quote followed at once by Hangul is a Korean quotative (`…했다"고 밝혔다`) and
//!   does not end the sentence;
//! - list markers (`1.`, `2)`, `*`, `•`, `-`) at the start of a sentence are left out of it.

use std::collections::HashSet;

/// Abbreviations whose full stop never ends a sentence, lowercased, with their dots.
#[derive(Debug, Default, Clone)]
pub struct Abbreviations {
    set: HashSet<String>,
    max_len: usize,
}

impl Abbreviations {
    pub fn new<I: IntoIterator<Item = String>>(items: I) -> Self {
        let set: HashSet<String> = items.into_iter().map(|s| s.to_lowercase()).collect();
        let max_len = set.iter().map(|s| s.chars().count()).max().unwrap_or(0);
        Abbreviations { set, max_len }
    }
    pub fn contains(&self, s: &str) -> bool {
        self.set.contains(&s.to_lowercase())
    }
    pub fn len(&self) -> usize {
        self.set.len()
    }
    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c) || ('\u{3130}'..='\u{318F}').contains(&c)
}
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '»' | ')' | ']' | '}' | '>' | '」' | '』' | '》' | '〉')
}
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

/// Splits `text` into sentence spans (byte offsets into `text`).
pub fn sentences(text: &str, abbrev: &Abbreviations) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (ps, pe) in paragraphs(text) {
        let para = &text[ps..pe];
        for (bs, be) in blocks(para) {
            split_block(text, ps + bs, ps + be, abbrev, &mut out);
        }
    }
    out
}

/// Paragraph spans: text between blank lines.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut line_start = 0;
    let mut blank_run = false;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            let line = &text[line_start..i];
            if line.trim().is_empty() {
                if !blank_run && start < line_start {
                    out.push((start, line_start));
                }
                blank_run = true;
                start = i + 1;
            } else {
                blank_run = false;
            }
            line_start = i + 1;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push((start, text.len()));
    }
    out.into_iter().filter(|&(s, e)| !text[s..e].trim().is_empty()).collect()
}

/// Splits a paragraph at line breaks that end a sentence; joins hard-wrapped lines.
fn blocks(para: &str) -> Vec<(usize, usize)> {
    let lines: Vec<(usize, usize)> = {
        let mut v = Vec::new();
        let mut s = 0;
        for (i, c) in para.char_indices() {
            if c == '\n' {
                v.push((s, i));
                s = i + 1;
            }
        }
        v.push((s, para.len()));
        v.into_iter().filter(|&(s, e)| !para[s..e].trim().is_empty()).collect()
    };
    let longest = lines.iter().map(|&(s, e)| para[s..e].chars().count()).max().unwrap_or(0);
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (k, &(s, e)) in lines.iter().enumerate() {
        let joins_previous = k > 0 && {
            let (ps, pe) = lines[k - 1];
            let prev = para[ps..pe].trim_end();
            let next = para[s..e].trim_start();
            let prev_len = prev.chars().count();
            let ends_punct = prev.chars().last().is_some_and(|c| is_terminator(c) || c == ':');
            let next_first = next.chars().next().unwrap_or(' ');
            let starts_marker = list_marker_len(next) > 0;
            !ends_punct
                && !starts_marker
                && (next_first.is_lowercase() || (longest >= 50 && prev_len * 10 >= longest * 7 && prev_len >= 40))
        };
        if joins_previous {
            out.last_mut().unwrap().1 = e;
        } else {
            out.push((s, e));
        }
    }
    out
}

/// Byte length of a list marker at the start of `s` (`1. `, `2) `, `* `, `• `, `- `), or 0.
pub fn list_marker_len(s: &str) -> usize {
    let t = s.trim_start();
    let lead = s.len() - t.len();
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() && i < 3 && b[i].is_ascii_digit() {
        i += 1;
    }
    if i > 0 && i < b.len() && (b[i] == b'.' || b[i] == b')') {
        let j = i + 1;
        if j < b.len() && b[j] == b' ' {
            return lead + j + 1;
        }
        return 0;
    }
    if i == 0 {
        for m in ["* ", "• ", "- ", "– ", "— ", "· "] {
            if t.starts_with(m) {
                return lead + m.len();
            }
        }
        if let Some(rest) = t.strip_prefix('(') {
            let inner: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
            if !inner.is_empty() && t[1 + inner.len()..].starts_with(") ") {
                return lead + inner.len() + 3;
            }
        }
    }
    0
}

fn split_block(text: &str, bs: usize, be: usize, abbrev: &Abbreviations, out: &mut Vec<(usize, usize)>) {
    let block = &text[bs..be];
    let chars: Vec<(usize, char)> = block.char_indices().collect();
    let mut start = 0usize;
    let mut k = 0usize;
    while k < chars.len() {
        let (i, c) = chars[k];
        if !is_terminator(c) {
            k += 1;
            continue;
        }
        // Consume a run of terminators, then closing quotes and brackets.
        let mut j = k + 1;
        while j < chars.len() && is_terminator(chars[j].1) {
            j += 1;
        }
        let mut closed_quote = false;
        while j < chars.len() && is_closer(chars[j].1) {
            closed_quote = true;
            j += 1;
        }
        let end_byte = if j < chars.len() { chars[j].0 } else { block.len() };
        let boundary = if j >= chars.len() {
            true
        } else {
            let next = chars[j].1;
            if next.is_whitespace() {
                let after = chars[j..].iter().map(|&(_, ch)| ch).find(|ch| !ch.is_whitespace());
                // Lower case, or a dash after a quotation («…!» — заявила она), carries on.
                let lower_next =
                    after.is_some_and(|ch| ch.is_lowercase() || (closed_quote && matches!(ch, '—' | '–' | '-')));
                !(lower_next || (c == '.' && j == k + 1 && dot_is_not_final(block, &chars, k, start, abbrev)))
            } else if closed_quote && is_hangul(next) {
                false
            } else if c == '.' && j == k + 1 {
                let prev = if k > 0 { chars[k - 1].1 } else { ' ' };
                (is_hangul(prev) && (is_hangul(next) || next.is_uppercase() || next == '"'))
                    || (prev.is_lowercase()
                        && next.is_uppercase()
                        && !dot_is_not_final(block, &chars, k, start, abbrev))
            } else if c != '.' && is_hangul(next) {
                // "멈춰라!시민들은" — an exclamation glued to the next Korean sentence.
                !closed_quote
            } else {
                false
            }
        };
        if boundary {
            push_sentence(text, bs + start, bs + end_byte, out);
            start = end_byte;
        }
        let _ = i;
        k = j.max(k + 1);
    }
    if start < block.len() {
        push_sentence(text, bs + start, be, out);
    }
}

/// True when the full stop at `chars[k]` belongs to an abbreviation, an initial, a number or a
/// list marker rather than ending a sentence.
fn dot_is_not_final(block: &str, chars: &[(usize, char)], k: usize, sent_start: usize, abbrev: &Abbreviations) -> bool {
    // The word before the dot, back to whitespace or an opening bracket/quote.
    let mut w = k;
    while w > 0 {
        let ch = chars[w - 1].1;
        if ch.is_whitespace() || matches!(ch, '(' | '"' | '\'' | '«' | '[') {
            break;
        }
        w -= 1;
    }
    let word_start = chars.get(w).map(|x| x.0).unwrap_or(0);
    let dot_end = chars[k].0 + 1;
    let word = &block[word_start..dot_end];
    if word.len() <= 1 {
        return false;
    }
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    if abbrev.contains(word) || (abbrev.max_len > 0 && letters.is_empty()) {
        return true;
    }
    // A single capital letter: an initial ("V. Putin", "J. Smith"); so are two or three joined
    // by full stops ("K.P. Sharma Oli").
    if letters.len() == 1 && letters[0].is_uppercase() {
        return true;
    }
    let joined = word.chars().collect::<Vec<_>>();
    if (2..=3).contains(&letters.len())
        && joined.len() == letters.len() * 2
        && joined.chunks(2).all(|p| p[0].is_uppercase() && p[1] == '.')
    {
        return true;
    }
    // A number at the very start of the sentence: a list marker ("1. ...").
    if letters.iter().all(|c| c.is_ascii_digit()) && block[sent_start..word_start].trim().is_empty() {
        return true;
    }
    false
}

fn push_sentence(text: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let raw = &text[s..e];
    let trimmed_start = s + (raw.len() - raw.trim_start().len());
    let mut start = trimmed_start;
    let marker = list_marker_len(&text[start..e]);
    if marker > 0 && !text[start + marker..e].trim().is_empty() {
        start += marker;
    }
    let end = s + raw.trim_end().len();
    if end > start && text[start..end].chars().any(|c| c.is_alphanumeric()) {
        out.push((start, end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str, ab: &[&str]) -> Vec<String> {
        let ab = Abbreviations::new(ab.iter().map(|s| s.to_string()));
        sentences(t, &ab).into_iter().map(|(s, e)| t[s..e].to_string()).collect()
    }

    #[test]
    fn english_abbreviations_and_initials() {
        let v = split(
            "The U.S. envoy met Gen. J. Smith on Jan. 5. They talked for 3.5 hours. Then they left!",
            &["U.S.", "Gen.", "Jan."],
        );
        assert_eq!(
            v,
            vec!["The U.S. envoy met Gen. J. Smith on Jan. 5.", "They talked for 3.5 hours.", "Then they left!"]
        );
        let v = split("Prime Minister K.P. Sharma Oli resigned. Protests went on.", &[]);
        assert_eq!(v, vec!["Prime Minister K.P. Sharma Oli resigned.", "Protests went on."]);
    }

    #[test]
    fn korean_missing_space_and_quotative() {
        let v = split("충돌이 발생했다.유엔인권사무소는 \"즉각 멈춰라.\"라고 밝혔다. 끝났다", &[]);
        assert_eq!(v, vec!["충돌이 발생했다.", "유엔인권사무소는 \"즉각 멈춰라.\"라고 밝혔다.", "끝났다"]);
    }

    #[test]
    fn numbered_paragraphs_and_headlines() {
        let t = "Headline without a stop\n\n1. First point here. Second one.\n\n2) Another point.";
        let v = split(t, &[]);
        assert_eq!(v, vec!["Headline without a stop", "First point here.", "Second one.", "Another point."]);
    }

    #[test]
    fn russian_abbreviations_and_quotes() {
        let v = split("В 2022 г. в Алматы погибли 225 чел. «Это трагедия», — сказал он. Всё.", &["г.", "чел."]);
        assert_eq!(v, vec!["В 2022 г. в Алматы погибли 225 чел. «Это трагедия», — сказал он.", "Всё."]);
    }

    #[test]
    fn hard_wrapped_lines_join_short_lines_do_not() {
        let t = "Police said on Monday that forty people had been detained in the\ncapital after clashes. Calm returned.\nShort title\nNext line";
        let v = split(t, &[]);
        assert_eq!(v[0], "Police said on Monday that forty people had been detained in the\ncapital after clashes.");
        assert!(v.contains(&"Short title".to_string()));
    }
}
