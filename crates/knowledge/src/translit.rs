//! Cross-script fallback for place names: Cyrillic and Hangul written in Latin letters, a coarse
//! phonetic key that forgives what those spellings lose (Korean has no f/v, l/r or voicing at the
//! end of a word; Russian has no w or th), and a scored fuzzy lookup of those keys among the
//! Latin names of the gazetteer.
//!
//! Used only for a capitalised Cyrillic word or a Hangul noun in a locative slot that matches no
//! known name, and only a high score is accepted (see `kroniko-extract`).

use rustc_hash::FxHashMap as HashMap;

/// Cyrillic to Latin, BGN/GOST-like (`ж` zh, `х` kh, `ц` ts, `щ` shch, `ы` y; signs dropped).
pub fn cyrillic_to_latin(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let lower: String = c.to_lowercase().collect();
        let t = match lower.as_str() {
            "а" => "a",
            "б" => "b",
            "в" => "v",
            "г" => "g",
            "д" => "d",
            "е" => "e",
            "ё" => "yo",
            "ж" => "zh",
            "з" => "z",
            "и" => "i",
            "й" => "y",
            "к" => "k",
            "л" => "l",
            "м" => "m",
            "н" => "n",
            "о" => "o",
            "п" => "p",
            "р" => "r",
            "с" => "s",
            "т" => "t",
            "у" => "u",
            "ф" => "f",
            "х" => "kh",
            "ц" => "ts",
            "ч" => "ch",
            "ш" => "sh",
            "щ" => "shch",
            "ъ" | "ь" => "",
            "ы" => "y",
            "э" => "e",
            "ю" => "yu",
            "я" => "ya",
            "і" => "i",
            "ї" => "yi",
            "є" => "ye",
            "ґ" => "g",
            "ў" => "w",
            _ => {
                out.push_str(&lower);
                continue;
            }
        };
        out.push_str(t);
    }
    out
}

const INITIALS: [&str; 19] =
    ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
const MEDIALS: [&str; 21] = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
    "ui", "i",
];
const FINALS: [&str; 28] = [
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t",
    "t", "k", "t", "p", "t",
];

/// Hangul to Latin: Revised Romanization, and the readings a foreign name spelled in Hangul
/// usually stands for (the epenthetic vowel `으` of a final or clustered consonant dropped:
/// 부르크 → burk; a final `ㅅ` read s). Returns the distinct variants, RR first. Characters other
/// than Hangul syllables are kept as they are (lowercased).
pub fn hangul_to_latin(s: &str) -> Vec<String> {
    let mut rr = String::new();
    let mut loan = String::new();
    let sylls: Vec<char> = s.chars().collect();
    for (i, &c) in sylls.iter().enumerate() {
        let v = c as u32;
        if !(0xAC00..=0xD7A3).contains(&v) {
            let l: String = c.to_lowercase().collect();
            rr.push_str(&l);
            loan.push_str(&l);
            continue;
        }
        let v = v - 0xAC00;
        let (ini, med, fin) = ((v / 588) as usize, ((v % 588) / 28) as usize, (v % 28) as usize);
        rr.push_str(INITIALS[ini]);
        rr.push_str(MEDIALS[med]);
        rr.push_str(FINALS[fin]);
        loan.push_str(INITIALS[ini]);
        // 으 with no final after a consonant is usually no vowel at all in the source name
        // (크 k, 르 r, 스 s); keep it at the start of a word and after a vowel-less initial ㅇ.
        let epenthetic = med == 18 && fin == 0 && ini != 11 && i > 0;
        // 슬, 클, 플: a consonant cluster with l (sl, cl, pl), the vowel again not in the name.
        let cluster = med == 18 && fin == 8 && ini != 11 && i > 0;
        if !epenthetic && !cluster {
            loan.push_str(MEDIALS[med]);
        }
        loan.push_str(match fin {
            19 | 20 => "s",
            8 => "l",
            _ => FINALS[fin],
        });
    }
    let mut out = vec![rr];
    if !out.contains(&loan) {
        out.push(loan);
    }
    out
}

/// A coarse phonetic key of a Latin spelling: ASCII letters only, digraphs folded, consonants
/// merged where Korean or Russian spellings do not distinguish them (p/b/f/v, t/d, k/g/c/q,
/// l/r, s/z), y/j as i, doubled letters once.
pub fn key(s: &str) -> String {
    let mut a = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'į' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
            'ç' | 'č' | 'ć' => 'c',
            'ş' | 'š' | 'ś' | 'ș' => 's',
            'ž' | 'ź' | 'ż' => 'z',
            'ñ' | 'ń' | 'ň' => 'n',
            'ł' => 'l',
            'ğ' => 'g',
            'ý' | 'ÿ' => 'y',
            'ř' => 'r',
            'ď' => 'd',
            'ť' | 'ț' => 't',
            c => c,
        };
        if c.is_ascii_lowercase() {
            a.push(c);
        }
    }
    let b = a.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let rest = &a[i..];
        let (unit, used): (&[u8], usize) = if rest.starts_with("shch") {
            (b"s", 4)
        } else if rest.starts_with("tch") || rest.starts_with("tsh") {
            (b"c", 3)
        } else if rest.starts_with("kh") || rest.starts_with("gh") {
            (b"h", 2)
        } else if rest.starts_with("ch") || rest.starts_with("zh") || rest.starts_with("ts") || rest.starts_with("tz") {
            (b"c", 2)
        } else if rest.starts_with("sh") || rest.starts_with("sch") {
            (b"s", if rest.starts_with("sch") { 3 } else { 2 })
        } else if rest.starts_with("ph") {
            (b"p", 2)
        } else if rest.starts_with("th") {
            (b"t", 2)
        } else if rest.starts_with("eo") {
            (b"o", 2)
        } else if rest.starts_with("ou") || rest.starts_with("oo") {
            (b"u", 2)
        } else if rest.starts_with("ee") {
            (b"i", 2)
        } else if rest.starts_with("ae") {
            (b"e", 2)
        } else if rest.starts_with('x') {
            (b"ks", 1)
        } else {
            let m: &[u8] = match b[i] {
                b'b' | b'f' | b'v' | b'w' => b"p",
                b'd' => b"t",
                b'g' | b'c' | b'q' => b"k",
                b'l' => b"r",
                b'z' => b"s",
                b'y' | b'j' => b"i",
                _ => std::slice::from_ref(&b[i]),
            };
            (m, 1)
        };
        for &u in unit {
            if out.last() != Some(&u) {
                out.push(u);
            }
        }
        i += used;
    }
    String::from_utf8(out).unwrap_or_default()
}

fn levenshtein(a: &[u8], b: &[u8]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, &x) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, &y) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(x != y)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Similarity of two keys in 0..=1: one less the edit distance over the longer length.
pub fn similarity(a: &str, b: &str) -> f64 {
    let n = a.len().max(b.len());
    if n == 0 {
        return 0.0;
    }
    1.0 - levenshtein(a.as_bytes(), b.as_bytes()) as f64 / n as f64
}

/// Latin names of places by phonetic key, bucketed by the key's first letter.
#[derive(Debug, Default)]
pub struct FuzzyIndex {
    keys: Vec<(String, usize)>,
    by_first: HashMap<u8, Vec<u32>>,
}

impl FuzzyIndex {
    /// Adds a Latin name of place `place` (index into `Knowledge::places`).
    pub fn add(&mut self, name: &str, place: usize) {
        let k = key(name);
        if k.len() < 3 {
            return;
        }
        let id = self.keys.len() as u32;
        self.by_first.entry(k.as_bytes()[0]).or_default().push(id);
        self.keys.push((k, place));
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The places whose key is most similar to one of `spellings` (Latin), with the score; every
    /// place at the best score (at least `min`) is returned, each once.
    pub fn lookup(&self, spellings: &[String], min: f64) -> (f64, Vec<usize>) {
        let mut best = min;
        let mut out: Vec<usize> = Vec::new();
        for sp in spellings {
            let q = key(sp);
            if q.len() < 4 {
                continue;
            }
            // Same first sound (vowel-initial names may differ in it: Ye-/E-, I-/Y-).
            let one = [q.as_bytes()[0]];
            let firsts: &[u8] = if b"aeiou".contains(&one[0]) { b"aeiou" } else { &one };
            for f in firsts {
                let Some(ids) = self.by_first.get(f) else { continue };
                for &id in ids {
                    let (k, place) = &self.keys[id as usize];
                    if k.len() + 2 < q.len() || q.len() + 2 < k.len() {
                        continue;
                    }
                    let s = similarity(&q, k);
                    if s > best + 1e-9 {
                        best = s;
                        out.clear();
                    }
                    if (s - best).abs() < 1e-9 && !out.contains(place) {
                        out.push(*place);
                    }
                }
            }
        }
        (best, out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_is_transliterated() {
        assert_eq!(cyrillic_to_latin("Хабаровск"), "khabarovsk");
        assert_eq!(cyrillic_to_latin("Щучье"), "shchuche");
        assert_eq!(key(&cyrillic_to_latin("Хабаровск")), key("Khabarovsk"));
    }

    #[test]
    fn hangul_gives_rr_and_a_loanword_reading() {
        let v = hangul_to_latin("함부르크");
        assert_eq!(v[0], "hambureukeu");
        assert!(v.contains(&"hamburk".to_string()), "{v:?}");
        assert_eq!(key("hamburk"), key("Hamburg"));
        assert_eq!(hangul_to_latin("서울")[0], "seoul");
        // 슬 in the middle of a name is the cluster sl.
        assert_eq!(key(&hangul_to_latin("오스슬로")[1]), key("Osslo"));
    }

    #[test]
    fn keys_forgive_what_the_scripts_lose() {
        assert_eq!(key("Volgograd"), key(&hangul_to_latin("볼고그라드")[1]));
        assert_eq!(key("Lyon"), key("Ryon"));
        assert_eq!(key("Zhytomyr"), key("Zhitomir"));
        assert!(similarity(&key("Yekaterinburg"), &key("Ekaterinburg")) > 0.85);
    }

    #[test]
    fn lookup_scores_and_prefers_nothing_below_the_threshold() {
        let mut ix = FuzzyIndex::default();
        ix.add("Hamburg", 0);
        ix.add("Homburg", 1);
        ix.add("Magdeburg", 2);
        let q = hangul_to_latin("함부르크");
        let (score, hits) = ix.lookup(&q, 0.85);
        assert_eq!(hits, vec![0], "{score}");
        assert!(score >= 0.99);
        let (_, none) = ix.lookup(&hangul_to_latin("부산항"), 0.85);
        assert!(none.is_empty());
    }
}
