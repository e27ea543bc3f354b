//! Language identification for ko/en/ru, per paragraph.
//!
//! Script decides first (Hangul is Korean; Cyrillic and Latin need a closer look), then
//! whatlang's trigram model separates Russian from the other Cyrillic languages and English
//! from the other Latin-script ones. Anything that is not clearly ko/en/ru is `Unknown`:
//! kept, never guessed into one of the three.

use kroniko_doc::Lang;
use std::collections::HashSet;

/// The most frequent function words of English and Russian (`data/<lang>/function-words.txt`):
/// short texts, where trigram statistics are unreliable, are told apart by them.
#[derive(Debug, Default, Clone)]
pub struct FunctionWords {
    pub en: HashSet<String>,
    pub ru: HashSet<String>,
}

impl FunctionWords {
    /// The share of the words of `text` that are in `set`.
    fn share(text: &str, set: &HashSet<String>) -> (usize, f64) {
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphabetic() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase())
            .collect();
        let hits = words.iter().filter(|w| set.contains(w.as_str())).count();
        (words.len(), if words.is_empty() { 0.0 } else { hits as f64 / words.len() as f64 })
    }
}

/// Letter counts by script in a piece of text (URLs and e-mail addresses skipped).
#[derive(Debug, Default, Clone, Copy)]
pub struct ScriptCounts {
    pub hangul: usize,
    pub cyrillic: usize,
    pub latin: usize,
    pub other: usize,
}

impl ScriptCounts {
    pub fn of(text: &str) -> Self {
        let mut c = ScriptCounts::default();
        for word in text.split_whitespace() {
            if word.contains("://") || word.starts_with("www.") || word.contains('@') {
                continue;
            }
            for ch in word.chars() {
                if !ch.is_alphabetic() {
                    continue;
                }
                match ch {
                    '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' => c.hangul += 1,
                    '\u{0400}'..='\u{04FF}' => c.cyrillic += 1,
                    'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' => c.latin += 1,
                    _ => c.other += 1,
                }
            }
        }
        c
    }
    pub fn letters(&self) -> usize {
        self.hangul + self.cyrillic + self.latin + self.other
    }
}

/// Fewer letters than this and a paragraph is too short to judge alone: it takes the language
/// of the document (see [`identify_short`] for documents that are short throughout).
pub const MIN_LETTERS: usize = 40;

/// Identifies the language of one paragraph. `None` means too short to tell.
pub fn identify(text: &str, fw: &FunctionWords) -> Option<Lang> {
    let c = ScriptCounts::of(text);
    let n = c.letters();
    if n == 0 {
        return None;
    }
    // A Hangul syllable carries two or three letters' worth of text, so it is weighed double.
    let hangul_w = c.hangul * 2;
    let total_w = n + c.hangul;
    if hangul_w * 10 >= total_w * 4 {
        return Some(Lang::Ko);
    }
    if n < MIN_LETTERS {
        return None;
    }
    // Latin and Esperanto are not news languages, and whatlang's trigrams pick Latin for short
    // English text ("Police detained 41 protesters in Osh on Monday…").
    let detector = whatlang::Detector::with_denylist(vec![whatlang::Lang::Lat, whatlang::Lang::Epo]);
    // The first few hundred bytes tell a paragraph's language as well as all of it, and the
    // trigram model's cost grows with length.
    let mut cut = text.len().min(1000);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    // (The trigram model is the costliest step of analysis: it runs only where the letters and
    // function words do not already decide, which gives the same answer.)
    let detect = || detector.detect(&text[..cut]);
    // Function words decide when the trigram model is unsure: a fifth of the words or more.
    let by_words = |set: &HashSet<String>| {
        let (words, share) = FunctionWords::share(text, set);
        words >= 4 && share >= 0.2
    };
    if c.cyrillic >= c.latin && c.cyrillic * 2 >= n {
        // Ukrainian and Belarusian have letters Russian lacks; whatlang weighs them.
        // (whatlang may decline to decide; the letters and function words still can.)
        let letters = is_russian_by_letters(text);
        if letters && by_words(&fw.ru) {
            return Some(Lang::Ru);
        }
        let lang = detect().map(|i| i.lang());
        // (Ukrainian text of a sentence's length nearly always has і, ї or є: a trigram guess of
        // Ukrainian on Cyrillic without them — names, "Президент Хосе Рауль Мулино…" — is Russian.)
        // (Bulgarian has only Russian's letters, never ы, э or ё, and ъ in common words.)
        let bulgarian = lang == Some(whatlang::Lang::Bul)
            && !text.chars().any(|c| "ыэёЫЭЁ".contains(c))
            && text.chars().any(|c| c == 'ъ' || c == 'Ъ');
        let russian = lang == Some(whatlang::Lang::Rus) || (letters && !bulgarian);
        return Some(if russian { Lang::Ru } else { Lang::Unknown });
    }
    if c.latin * 2 >= n {
        if by_words(&fw.en) {
            return Some(Lang::En);
        }
        let info = detect();
        // (An unsure trigram guess on a short news sentence — "…, visiting Baghdad on Monday, met
        // Iraq's prime minister." read as Dutch — yields to English function words.)
        let unsure = info.as_ref().is_none_or(|i| !i.is_reliable()) && {
            let (words, share) = FunctionWords::share(text, &fw.en);
            words >= 4 && share >= 0.1
        };
        let english = info.as_ref().is_some_and(|i| i.lang() == whatlang::Lang::Eng) || unsure;
        return Some(if english { Lang::En } else { Lang::Unknown });
    }
    Some(Lang::Unknown)
}

/// The language of a document too short for [`identify`]: Hangul is Korean; Cyrillic without
/// non-Russian letters is Russian; Latin is English when the trigram model says so, or cannot
/// tell and a tenth of the words are English function words; anything else is unknown.
pub fn identify_short(text: &str, fw: &FunctionWords) -> Lang {
    if let Some(l) = identify(text, fw).filter(|l| *l != Lang::Unknown) {
        return l;
    }
    let c = ScriptCounts::of(text);
    if c.letters() == 0 {
        return Lang::Unknown;
    }
    if c.hangul * 2 >= c.letters() {
        return Lang::Ko;
    }
    if c.cyrillic > c.latin {
        return if is_russian_by_letters(text) { Lang::Ru } else { Lang::Unknown };
    }
    let info = whatlang::Detector::with_denylist(vec![whatlang::Lang::Lat, whatlang::Lang::Epo]).detect(text);
    let (_, share) = FunctionWords::share(text, &fw.en);
    let english = info.as_ref().is_some_and(|i| i.lang() == whatlang::Lang::Eng)
        || (info.as_ref().is_none_or(|i| !i.is_reliable()) && share >= 0.1);
    if english {
        Lang::En
    } else {
        Lang::Unknown
    }
}

/// Cyrillic text with none of the letters Russian does not use (і ї є ґ ў ђ ј љ њ ћ џ ѓ ќ ѕ).
fn is_russian_by_letters(text: &str) -> bool {
    !text.chars().any(|c| "іїєґўђјљњћџѓќѕІЇЄҐЎЂЈЉЊЋЏЃЌЅ".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identify(t: &str) -> Option<Lang> {
        let fw = FunctionWords {
            en: ["the", "of", "in", "on", "a", "said", "and", "to"].iter().map(|s| s.to_string()).collect(),
            ru: ["и", "в", "на", "не"].iter().map(|s| s.to_string()).collect(),
        };
        super::identify(t, &fw)
    }

    /// Names read by the trigram model as Ukrainian, in Cyrillic with none of Ukrainian's own
    /// letters, are Russian; Bulgarian (ъ, no ы/э/ё) is not.
    #[test]
    fn cyrillic_names_without_ukrainian_letters_are_russian() {
        assert_eq!(
            identify(
                "Президент Хосе Рауль Мулино обвинил профсоюз в саботаже, сообщил министр безопасности Франк Абрего."
            ),
            Some(Lang::Ru)
        );
        assert_eq!(
            identify("Полицията задържа десетки протестиращи пред сградата на парламента в София във вторник."),
            Some(Lang::Unknown)
        );
    }

    #[test]
    fn three_languages_and_others() {
        assert_eq!(identify("경찰이 시위대에 최루탄을 발사했다고 밝혔다."), Some(Lang::Ko));
        assert_eq!(
            identify("Police fired tear gas at thousands of demonstrators in the capital on Monday."),
            Some(Lang::En)
        );
        assert_eq!(
            identify("Полиция применила слезоточивый газ против тысяч демонстрантов в столице."),
            Some(Lang::Ru)
        );
        assert_eq!(
            identify("La police a tiré des gaz lacrymogènes sur des milliers de manifestants."),
            Some(Lang::Unknown)
        );
        assert_eq!(
            identify("Поліція застосувала сльозогінний газ проти тисяч демонстрантів у столиці."),
            Some(Lang::Unknown)
        );
        assert_eq!(identify("OK"), None);
        assert_eq!(identify("Police detained 12 people in Lome yesterday."), None, "too short alone");
    }

    #[test]
    fn short_english_reports_are_english() {
        for t in [
            "Police detained 41 protesters in Osh on Monday, the interior ministry said.",
            "Police detained 41 protesters in Minsk on Monday.",
            "Troops fire on protesters in Khartoum",
            // (a trigram guess of another language, unsure, on a plain news sentence)
            "The Turkish foreign minister, visiting Baghdad on Monday, met Iraq's prime minister.",
        ] {
            let fw = FunctionWords {
                en: ["the", "of", "in", "on", "a", "said", "and", "to"].iter().map(|s| s.to_string()).collect(),
                ru: Default::default(),
            };
            assert_eq!(identify_short(t, &fw), Lang::En, "{t}");
        }
        // Other Latin-script languages stay unread.
        for t in [
            "El gobierno de Perú declaró el estado de emergencia en tres regiones del sur tras las protestas del lunes.",
            "Le gouvernement malien a expulsé lundi l'ambassadeur de France à Bamako, a annoncé la télévision publique.",
            "Die Polizei nahm am Montag in Berlin zwölf Demonstranten fest, teilte ein Sprecher mit.",
        ] {
            assert_eq!(identify(t), Some(Lang::Unknown), "{t}");
        }
    }

    #[test]
    fn short_documents_are_judged_as_a_whole() {
        let fw = FunctionWords {
            en: ["the", "of", "in", "on", "a", "said", "and", "to"].iter().map(|s| s.to_string()).collect(),
            ru: ["и", "в", "на", "не"].iter().map(|s| s.to_string()).collect(),
        };
        assert_eq!(identify_short("Police detained 12 people in Lome yesterday.", &fw), Lang::En);
        assert_eq!(identify_short("Полиция задержала 12 человек.", &fw), Lang::Ru);
        assert_eq!(identify_short("경찰이 12명을 체포했다.", &fw), Lang::Ko);
        assert_eq!(identify_short("La police a arrêté douze personnes hier soir à Lomé.", &fw), Lang::Unknown);
    }

    #[test]
    fn urls_do_not_make_korean_english() {
        assert_eq!(
            identify("다음 성명 참조: https://www.example.org/worldwide/asia/some-long-english-slug"),
            Some(Lang::Ko)
        );
    }
}
