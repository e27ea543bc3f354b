//! Normalisation with an offset map.
//!
//! The analysers see a cleaned copy of the text (NFC, one kind of quote, plain spaces, no
//! zero-width characters, `\n` line ends, ASCII for full-width forms); every byte of that copy
//! maps back to a byte of the original, so spans found in the copy become evidence in the
//! original text.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// A normalised copy of a text and the map back to the original.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub text: String,
    /// `map[i]` is the original byte offset of normalised byte `i`; one extra entry for the end.
    map: Vec<u32>,
}

impl Normalized {
    /// The original byte offset of a normalised byte offset (the end maps to the end).
    pub fn to_original(&self, i: usize) -> usize {
        self.map[i.min(self.map.len() - 1)] as usize
    }

    /// Maps a normalised span `[s, e)` to the original text, so the result covers exactly the
    /// original characters that produced it.
    pub fn span_to_original(&self, s: usize, e: usize) -> (usize, usize) {
        let os = self.to_original(s);
        let oe = if e == 0 { 0 } else { self.end_of(e) };
        (os, oe.max(os))
    }

    /// The original end offset for a normalised end offset: the start of the next normalised
    /// char's source, unless that char came from the same source (then the source's end).
    fn end_of(&self, e: usize) -> usize {
        self.to_original(e)
    }
}

fn fold(c: char) -> Option<char> {
    Some(match c {
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}' | '\u{2060}' => return None,
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => ' ',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{FF02}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{FF07}' => '\'',
        '\u{2028}' | '\u{2029}' | '\u{0085}' | '\u{000B}' | '\u{000C}' => '\n',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c),
        _ => c,
    })
}

/// True for characters that must stay in one NFC cluster with the character before them.
fn continues_cluster(c: char) -> bool {
    canonical_combining_class(c) != 0
        || ('\u{1160}'..='\u{11FF}').contains(&c)
        || ('\u{D7B0}'..='\u{D7FF}').contains(&c)
}

/// Normalises `text`, keeping the offset map.
pub fn normalize(text: &str) -> Normalized {
    let mut out = String::with_capacity(text.len());
    let mut map: Vec<u32> = Vec::with_capacity(text.len() + 1);
    let needs_nfc = is_nfc_quick(text.chars()) != IsNormalized::Yes;
    let mut chars = text.char_indices().peekable();
    let mut cluster = String::new();
    while let Some((i, c)) = chars.next() {
        // "\r\n" and "\r" become one "\n".
        if c == '\r' {
            if let Some(&(_, '\n')) = chars.peek() {
                chars.next();
            }
            push(&mut out, &mut map, '\n', i);
            continue;
        }
        if needs_nfc {
            cluster.clear();
            cluster.push(c);
            while let Some(&(_, n)) = chars.peek() {
                if continues_cluster(n) {
                    cluster.push(n);
                    chars.next();
                } else {
                    break;
                }
            }
            if cluster.len() > c.len_utf8() {
                for nc in cluster.nfc() {
                    if let Some(f) = fold(nc) {
                        push(&mut out, &mut map, f, i);
                    }
                }
                continue;
            }
        }
        if let Some(f) = fold(c) {
            push(&mut out, &mut map, f, i);
        }
    }
    map.push(text.len() as u32);
    Normalized { text: out, map }
}

fn push(out: &mut String, map: &mut Vec<u32>, c: char, orig: usize) {
    out.push(c);
    for _ in 0..c.len_utf8() {
        map.push(orig as u32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_spaces_fold_and_map_back() {
        let t = "He said \u{201C}no\u{201D}\u{00A0}today.";
        let n = normalize(t);
        assert_eq!(n.text, "He said \"no\" today.");
        let s = n.text.find("no").unwrap();
        let (os, oe) = n.span_to_original(s, s + 2);
        assert_eq!(&t[os..oe], "no");
        let s = n.text.find("\"no\"").unwrap();
        let (os, oe) = n.span_to_original(s, s + 4);
        assert_eq!(&t[os..oe], "\u{201C}no\u{201D}");
    }

    #[test]
    fn decomposed_hangul_composes() {
        let t = "\u{1100}\u{1161} 경찰"; // 가 written as two jamo
        let n = normalize(t);
        assert_eq!(n.text, "가 경찰");
        let s = n.text.find("경찰").unwrap();
        let (os, oe) = n.span_to_original(s, s + "경찰".len());
        assert_eq!(&t[os..oe], "경찰");
        let (os, oe) = n.span_to_original(0, "가".len());
        assert_eq!(&t[os..oe], "\u{1100}\u{1161}");
    }

    #[test]
    fn zero_width_removed_crlf_folded() {
        let t = "a\u{200B}b\r\nc";
        let n = normalize(t);
        assert_eq!(n.text, "ab\nc");
        let s = n.text.find('c').unwrap();
        assert_eq!(&t[n.to_original(s)..], "c");
    }
}
