//! Text analysis for kroniko: normalisation (with an offset map), language identification per
//! paragraph, sentence segmentation and tokenisation, for Korean, English and Russian.
//!
//! The analyser never fails: any text gives an [`Analysis`], possibly with no sentences.
//! Every span it returns is a byte range into the *original* document text.
//!
//! ```
//! use kroniko_analysis::{Analyzer, Tables};
//! use kroniko_doc::{Document, Lang};
//! let an = Analyzer::new(Tables::default());
//! let doc = Document::new("d", "Police detained 40 people after the protest. Calm returned to the city on Tuesday.");
//! let a = an.analyze(&doc);
//! assert_eq!(a.lang, Lang::En);
//! assert_eq!(a.sentences.len(), 2);
//! assert_eq!(&doc.text[a.sentences[1].start..a.sentences[1].end], "Calm returned to the city on Tuesday.");
//! ```

pub mod langid;
pub mod morph;
pub mod normalize;
pub mod segment;
pub mod token;

use kroniko_doc::{Document, Lang};
pub use morph::{KoMorph, Morpheme};
pub use normalize::{normalize, Normalized};
pub use segment::Abbreviations;
use std::sync::Arc;
pub use token::{KoStem, Particles, Role, Stemmers, Token, TokenKind};

/// The language tables the analyser needs (loaded from `data/` by `kroniko-knowledge`).
#[derive(Debug, Default, Clone)]
pub struct Tables {
    pub abbreviations: Abbreviations,
    pub particles: Particles,
    pub function_words: langid::FunctionWords,
}

/// A sentence: its span in the original text, its language and its tokens.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub lang: Lang,
    pub paragraph: usize,
    pub tokens: Vec<Token>,
}

/// The result of analysing one document.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The document's main language (by letters, among ko/en/ru), or `Unknown`.
    pub lang: Lang,
    pub sentences: Vec<Sentence>,
    /// Languages of the paragraphs, in order, with their original spans.
    pub paragraphs: Vec<(usize, usize, Lang)>,
}

/// Runs normalisation, language identification, segmentation and tokenisation.
pub struct Analyzer {
    tables: Tables,
    stemmers: Stemmers,
    ko_morph: Option<Arc<KoMorph>>,
}

impl Analyzer {
    /// An analyser that splits Korean with the particle table alone.
    pub fn new(tables: Tables) -> Self {
        Analyzer { tables, stemmers: Stemmers::default(), ko_morph: None }
    }

    /// Uses a Korean morphological analyser (mecab-ko-dic through lindera) to find where an
    /// eojeol's particles start; `None` keeps the particle table alone.
    pub fn with_ko_morph(mut self, morph: Option<Arc<KoMorph>>) -> Self {
        self.ko_morph = morph;
        self
    }

    /// The Korean analyser in use, if any.
    pub fn ko_morph(&self) -> Option<&KoMorph> {
        self.ko_morph.as_deref()
    }

    pub fn stemmers(&self) -> &Stemmers {
        &self.stemmers
    }

    pub fn tables(&self) -> &Tables {
        &self.tables
    }

    pub fn analyze(&self, doc: &Document) -> Analysis {
        let norm = normalize(&doc.text);
        let text = norm.text.as_str();
        let paras = segment::paragraphs(text);
        // Language per paragraph; short ones take the document's language afterwards.
        let mut langs: Vec<Option<Lang>> =
            paras.iter().map(|&(s, e)| langid::identify(&text[s..e], &self.tables.function_words)).collect();
        let mut weight = [0usize; 4];
        for (k, &(s, e)) in paras.iter().enumerate() {
            if let Some(l) = langs[k] {
                // A Hangul syllable is two or three letters' worth of text: weigh it double.
                let c = langid::ScriptCounts::of(&text[s..e]);
                let n = c.letters() + c.hangul;
                weight[l as usize] += n;
            }
        }
        let declared = doc.declared_lang.filter(|l| *l != Lang::Unknown);
        let best = [Lang::Ko, Lang::En, Lang::Ru].into_iter().max_by_key(|l| weight[*l as usize]).unwrap();
        let doc_lang = if weight[best as usize] > 0 {
            best
        } else if let Some(d) = declared {
            d
        } else if weight[Lang::Unknown as usize] > 0 {
            Lang::Unknown
        } else {
            // Nothing long enough to tell: fall back on script alone.
            langid::identify_short(text, &self.tables.function_words)
        };
        for l in langs.iter_mut() {
            if l.is_none() {
                *l = Some(doc_lang);
            }
        }
        let to_orig = |s: usize, e: usize| norm.span_to_original(s, e);
        let mut sentences = Vec::new();
        let mut paragraphs = Vec::new();
        for (k, &(ps, pe)) in paras.iter().enumerate() {
            let lang = langs[k].unwrap_or(Lang::Unknown);
            let (ops, ope) = to_orig(ps, pe);
            paragraphs.push((ops, ope, lang));
            for (s, e) in segment::sentences(&text[ps..pe], &self.tables.abbreviations) {
                let (s, e) = (ps + s, ps + e);
                let morph = if lang == Lang::Ko { self.ko_morph.as_deref() } else { None };
                let tokens = token::tokenize(text, s, e, &to_orig, &self.stemmers, &self.tables.particles, morph);
                let (os, oe) = to_orig(s, e);
                sentences.push(Sentence { start: os, end: oe, lang, paragraph: k, tokens });
            }
        }
        Analysis { lang: doc_lang, sentences, paragraphs }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_document_keeps_paragraph_languages() {
        let doc = Document::new(
            "m",
            "경찰은 시위대 수백 명을 연행했다고 밝혔다. 정부는 수도 전역에 야간 통행금지를 선포하고 군 병력을 배치했다.\n\nThe interior ministry said hundreds of people were detained overnight.\n\nLa police a arrêté des centaines de manifestants dans la capitale hier soir.",
        );
        let a = Analyzer::new(Tables::default()).analyze(&doc);
        assert_eq!(a.lang, Lang::Ko);
        let langs: Vec<Lang> = a.paragraphs.iter().map(|p| p.2).collect();
        assert_eq!(langs, vec![Lang::Ko, Lang::En, Lang::Unknown]);
        assert_eq!(a.sentences.len(), 4);
        for s in &a.sentences {
            for t in &s.tokens {
                assert!(doc.text.is_char_boundary(t.start) && doc.text.is_char_boundary(t.end));
            }
        }
    }

    #[test]
    fn evidence_spans_point_into_original_text() {
        let doc = Document::new("q", "\u{201C}Stop\u{201D}, they said.\r\n\r\nPolice\u{00A0}left.");
        let a = Analyzer::new(Tables::default()).analyze(&doc);
        let sents: Vec<&str> = a.sentences.iter().map(|s| &doc.text[s.start..s.end]).collect();
        assert_eq!(sents, vec!["\u{201C}Stop\u{201D}, they said.", "Police\u{00A0}left."]);
    }
}
