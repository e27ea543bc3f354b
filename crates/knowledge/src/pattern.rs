//! Patterns over tokens, compiled from the data files, and an index to find them fast.
//!
//! A pattern is a sequence of words; each word is matched against one token in a way that fits
//! the language (see `data/README.md`): Snowball stem or surface prefix for English and
//! Russian; eojeol prefix, exact stem, or compound head for Korean.

use kroniko_analysis::{Role, Stemmers, Token};
use rustc_hash::FxHashMap as HashMap;

/// How one pattern word matches one token.
#[derive(Debug, Clone, PartialEq)]
pub enum Word {
    /// Same Snowball stem (en, ru).
    Stem(String),
    /// Same Snowball stem, and the token is capitalised: a proper name written with a capital
    /// in the data (`Chad`, `Дания`) does not match a common word (`chad`, `данным`).
    StemCap(String),
    /// The lowercased surface starts with this (a pattern word written with a trailing `*`).
    Prefix(String),
    /// The lowercased surface is exactly this (a pattern word written with a trailing `=`:
    /// `посла=`, whose stem it shares with `после`).
    Surface(String),
    /// A proper name: capitalised, and the lowercased surface (without a possessive `'s`)
    /// starts with this — the name itself in English, the name less its last letter in
    /// Russian so case endings fit (Москва → Москве, Николаев ↛ Никола).
    Name(String, usize),
    /// The Korean eojeol (or any word) starts with this.
    KoPrefix(String),
    /// A Korean candidate stem is this or ends with it (compound heads: 보안군 ← 군).
    KoHead(String),
    /// A Korean candidate stem is exactly this.
    KoExact(String),
}

/// How a pattern set matches Korean words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum KoMode {
    Prefix,
    Head,
    Exact,
}

impl Word {
    fn key(&self) -> Key {
        match self {
            Word::Stem(s) | Word::StemCap(s) | Word::Surface(s) => Key::Exact(s.clone()),
            // A name is indexed by itself: a token finds it by dropping up to `extra` letters.
            Word::Name(p, extra) => Key::Name(p.clone(), *extra),
            Word::Prefix(p) | Word::KoPrefix(p) => {
                let mut c = p.chars();
                match (c.next(), c.next()) {
                    (Some(a), Some(b)) => Key::First2(a, b),
                    (a, _) => Key::First(a.unwrap_or(' ')),
                }
            }
            Word::KoHead(p) => Key::Last(p.chars().last().unwrap_or(' ')),
            Word::KoExact(p) => Key::Exact(p.clone()),
        }
    }

    /// Whether the word matches the token; for Korean the index of the candidate stem used.
    pub fn matches(&self, t: &Token) -> Option<usize> {
        match self {
            Word::Stem(s) => (t.stem == *s || t.lower == *s).then_some(0),
            Word::StemCap(s) => {
                ((t.stem == *s || t.lower == *s) && t.norm.chars().next().is_some_and(char::is_uppercase)).then_some(0)
            }
            Word::Prefix(p) => t.lower.starts_with(p.as_str()).then_some(0),
            Word::Surface(w) => (t.lower == *w).then_some(0),
            Word::Name(p, extra) => {
                let w = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
                let cap = t.norm.chars().next().is_some_and(char::is_uppercase);
                // At most `extra` letters of case ending beyond the name, and only letters case
                // endings are made of (Дани-и, Дани-ей; not the given name Дани-эл).
                (cap && w.starts_with(p.as_str())
                    && w.chars().count() <= p.chars().count() + extra
                    && w[p.len()..].chars().all(|c| c.is_ascii() || "аяуюеёиыоймхвьг".contains(c)))
                .then_some(0)
            }
            Word::KoPrefix(p) => {
                if t.is_hangul() {
                    t.norm.starts_with(p.as_str()).then_some(0)
                } else {
                    (t.lower == p.to_lowercase()).then_some(0)
                }
            }
            Word::KoHead(p) => {
                if t.is_hangul() {
                    // The most peeled candidate first: it carries the role.
                    t.ko.iter()
                        .enumerate()
                        .rev()
                        .find(|(_, k)| k.stem == *p || k.stem.ends_with(p.as_str()))
                        .map(|(i, _)| i)
                } else {
                    (t.norm == *p || t.lower == p.to_lowercase()).then_some(0)
                }
            }
            Word::KoExact(p) => {
                if t.is_hangul() {
                    t.ko.iter().enumerate().rev().find(|(_, k)| k.stem == *p).map(|(i, _)| i)
                } else {
                    (t.norm == *p || t.lower == p.to_lowercase()).then_some(0)
                }
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Exact(String),
    First(char),
    /// The first two characters, for long names and prefixes (keeps the buckets small).
    First2(char, char),
    Last(char),
    /// A [`Word::Name`]: the name's letters and how many more a token may have.
    Name(String, usize),
}

/// A pattern's words, split as the text's tokens are: a closing apostrophe is a token of its own
/// ("Kurdistan Workers' Party", "teachers' union").
fn words_of(pattern: &str) -> impl Iterator<Item = &str> {
    pattern.split_whitespace().flat_map(|w| match w.strip_suffix('\'').filter(|p| !p.is_empty()) {
        Some(p) => vec![p, "'"],
        None => vec![w],
    })
}

/// Compiles a pattern's text into words for a language (`ko` uses `ko_mode`).
pub fn compile(pattern: &str, korean: bool, ko_mode: KoMode, stemmers: &Stemmers) -> Vec<Word> {
    words_of(pattern)
        .map(|w| {
            let has_hangul = w.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
            if korean && (has_hangul || ko_mode != KoMode::Prefix) {
                // (a trailing `=`: the stem exactly, for a short word that begins many others —
                // the determiner 이 is not 이스라엘)
                if let Some(p) = w.strip_suffix('=').filter(|p| !p.is_empty()) {
                    return Word::KoExact(p.to_string());
                }
                match ko_mode {
                    KoMode::Prefix => Word::KoPrefix(w.to_string()),
                    KoMode::Head if has_hangul => Word::KoHead(w.to_string()),
                    _ => Word::KoExact(w.to_string()),
                }
            } else if let Some(p) = w.strip_suffix('*') {
                Word::Prefix(p.to_lowercase())
            } else if let Some(p) = w.strip_suffix('=').filter(|p| !p.is_empty()) {
                Word::Surface(p.to_lowercase())
            } else if korean {
                Word::KoExact(w.to_string())
            } else if w.chars().next().is_some_and(char::is_uppercase) {
                Word::StemCap(stemmers.stem(&w.to_lowercase()))
            } else {
                Word::Stem(stemmers.stem(&w.to_lowercase()))
            }
        })
        .collect()
}

/// Compiles a place name for English or Russian: each capitalised word of five letters or more
/// becomes a [`Word::Name`] (Russian: less its last letter, for the case endings); short words
/// and lower-case words keep the language's stem matching.
pub fn compile_name(pattern: &str, russian: bool, stemmers: &Stemmers) -> Vec<Word> {
    words_of(pattern)
        .map(|w| {
            let lower = w.to_lowercase();
            let n = lower.chars().count();
            let cap = w.chars().next().is_some_and(char::is_uppercase);
            if cap && n >= 5 && !russian {
                Word::Name(lower, 0)
            } else if n >= 5 && russian {
                // Adjectival names (Баткенская область) decline their last two letters; nouns
                // their last vowel or soft sign (Москва → Москве, область → области).
                let keep = if ["ая", "ий", "ой", "ое", "ые", "ый", "ие"].iter().any(|e| lower.ends_with(e))
                {
                    n - 2
                } else if lower.chars().last().is_some_and(|c| "аяоеиыуюьй".contains(c)) {
                    n - 1
                } else {
                    n
                };
                let w = Word::Name(lower.chars().take(keep).collect(), 3);
                if cap {
                    w
                } else {
                    Word::Prefix(lower.chars().take(keep).collect())
                }
            } else if cap && russian && lower.chars().last().is_some_and(|c| "иеоуюэ".contains(c)) {
                // A short foreign name ending in a vowel does not decline (Мали, Мале, Перу,
                // Баку): its stem would join names that differ (Мали and Мале).
                Word::Name(lower, 0)
            } else if cap {
                Word::StemCap(stemmers.stem(&lower))
            } else {
                Word::Stem(stemmers.stem(&lower))
            }
        })
        .collect()
}

/// A set of patterns with a payload each, indexed by the first word.
#[derive(Debug, Clone)]
pub struct PatternSet<T> {
    entries: Vec<(Vec<Word>, T)>,
    /// Patterns by their first word's key; looked up with borrowed strings, so matching a token
    /// allocates nothing.
    exact: HashMap<String, Vec<usize>>,
    chars: HashMap<Key, Vec<usize>>,
    /// Patterns whose first word is a [`Word::Name`], by the name's letters (a token looks up
    /// its lowercased form less 0..=`name_extra` trailing letters: no scan over similar names).
    names: HashMap<String, Vec<usize>>,
    name_extra: usize,
    /// How many tokens may stand between two words of a pattern (0: consecutive).
    gap: usize,
    /// Words a gap may not skip ("have not been charged" is no "have charged").
    barrier: Vec<Word>,
}

impl<T> Default for PatternSet<T> {
    fn default() -> Self {
        PatternSet {
            entries: Vec::new(),
            exact: HashMap::default(),
            chars: HashMap::default(),
            names: HashMap::default(),
            name_extra: 0,
            gap: 0,
            barrier: Vec::new(),
        }
    }
}

/// One match: the pattern's payload, the token range, and the Korean candidate of its last word.
#[derive(Debug, Clone, Copy)]
pub struct Match<'a, T> {
    pub value: &'a T,
    pub start: usize,
    pub end: usize,
    pub candidate: usize,
    /// Characters in the pattern: of two matches over the same tokens the longer is more specific.
    pub weight: usize,
}

impl<T> PatternSet<T> {
    /// A set whose multi-word patterns allow `gap` other tokens between their words.
    pub fn with_gap(gap: usize) -> Self {
        PatternSet { gap, ..Self::default() }
    }

    /// Words the gaps between a pattern's words may not skip (the language's negations).
    pub fn set_barrier(&mut self, words: Vec<Word>) {
        self.barrier = words;
    }

    pub fn push(&mut self, words: Vec<Word>, value: T) {
        if words.is_empty() {
            return;
        }
        let id = self.entries.len();
        match words[0].key() {
            Key::Exact(w) => self.exact.entry(w).or_default().push(id),
            Key::Name(w, extra) => {
                self.name_extra = self.name_extra.max(extra);
                self.names.entry(w).or_default().push(id)
            }
            k => self.chars.entry(k).or_default().push(id),
        }
        self.entries.push((words, value));
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &(Vec<Word>, T)> {
        self.entries.iter()
    }

    /// All patterns matching at token `i`, longest first.
    pub fn matches_at<'a>(&'a self, tokens: &[Token], i: usize) -> Vec<Match<'a, T>> {
        // Past the end nothing matches (callers look one token ahead).
        let Some(t) = tokens.get(i) else { return Vec::new() };
        let mut words: Vec<&str> = vec![t.stem.as_str(), t.lower.as_str(), t.norm.as_str()];
        words.extend(t.ko.iter().map(|k| k.stem.as_str()));
        let mut keys: Vec<Key> = Vec::new();
        for w in [&t.lower, &t.norm] {
            let mut c = w.chars();
            if let Some(a) = c.next() {
                keys.push(Key::First(a));
                if let Some(b) = c.next() {
                    keys.push(Key::First2(a, b));
                }
            }
        }
        for k in &t.ko {
            if let Some(c) = k.stem.chars().last() {
                keys.push(Key::Last(c));
            }
        }
        let mut name_keys: Vec<&str> = Vec::new();
        if !self.names.is_empty() {
            let w = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
            let ends: Vec<usize> = w.char_indices().map(|(i, _)| i).skip(1).chain([w.len()]).collect();
            name_keys.extend(ends.iter().rev().take(self.name_extra + 1).map(|&e| &w[..e]));
        }
        let buckets = words
            .iter()
            .filter_map(|w| if self.exact.is_empty() { None } else { self.exact.get(*w) })
            .chain(keys.iter().filter_map(|k| if self.chars.is_empty() { None } else { self.chars.get(k) }))
            .chain(name_keys.iter().filter_map(|w| self.names.get(*w)));
        let mut seen: Vec<usize> = Vec::new();
        let mut out = Vec::new();
        for ids in buckets {
            for &id in ids {
                if seen.contains(&id) {
                    continue;
                }
                seen.push(id);
                let (words, value) = &self.entries[id];
                if i + words.len() > tokens.len() {
                    continue;
                }
                // Later words may come up to `gap` tokens after the one before
                // ("привёл свои войска в … готовность", "도움을 즉각 요청했다").
                let mut cand = 0;
                let mut pos = i;
                let mut ok = true;
                for (j, w) in words.iter().enumerate() {
                    let gap = if j == 0 { 0 } else { self.gap };
                    let mut found = None;
                    let end = (pos + gap + 1).min(tokens.len());
                    for (p, tok) in tokens.iter().enumerate().take(end).skip(pos) {
                        if let Some(c) = w.matches(tok) {
                            found = Some((p, c));
                            break;
                        }
                        // (nor a clause or phrase boundary: a pattern's words stand in one phrase)
                        if self.barrier.iter().any(|b| b.matches(tok).is_some())
                            || (j > 0 && matches!(tok.norm.as_str(), "," | ";" | ":" | "(" | ")" | "—" | "–"))
                        {
                            break;
                        }
                    }
                    // (A Korean name or place of several words does not run across a case
                    // particle: "노조는 간부들을" is no "노조 간부".)
                    let broken = |p: usize, c: usize| {
                        j + 1 < words.len()
                            && matches!(w, Word::KoHead(_))
                            && tokens[p]
                                .ko
                                .get(c)
                                .and_then(|k| k.role)
                                .is_some_and(|r| !matches!(r, Role::Poss | Role::Plural | Role::Other))
                    };
                    match found {
                        Some((p, c)) if !broken(p, c) => {
                            cand = c;
                            pos = p + 1;
                        }
                        _ => {
                            ok = false;
                            break;
                        }
                    }
                }
                if ok {
                    out.push(Match { value, start: i, end: pos, candidate: cand, weight: chars_of(words) });
                }
            }
        }
        out.sort_by(|a, b| (b.end - b.start).cmp(&(a.end - a.start)).then(b.weight.cmp(&a.weight)));
        out
    }

    /// The longest match at each position, left to right, without overlaps.
    pub fn scan<'a>(&'a self, tokens: &[Token]) -> Vec<Match<'a, T>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if let Some(m) = self.matches_at(tokens, i).into_iter().next() {
                i = m.end;
                out.push(m);
            } else {
                i += 1;
            }
        }
        out
    }
}

fn chars_of(words: &[Word]) -> usize {
    words
        .iter()
        .map(|w| match w {
            Word::Stem(s)
            | Word::StemCap(s)
            | Word::Prefix(s)
            | Word::Surface(s)
            | Word::Name(s, _)
            | Word::KoPrefix(s)
            | Word::KoHead(s)
            | Word::KoExact(s) => s.chars().count(),
        })
        .sum()
}
