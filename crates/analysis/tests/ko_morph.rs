//! The Korean analyser (lindera over mecab-ko-dic, built by `scripts/setup.sh` into
//! `.build/gen/ko-dic`, or `$KRONIKO_GEN/ko-dic`) splitting eojeols, on sentences of our own.
//! Skipped, with a message, only when the dictionary has not been built.

use kroniko_analysis::{Analyzer, KoMorph, Particles, Role, Tables, Token};
use kroniko_doc::Document;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn dict_dir() -> PathBuf {
    let gen = match std::env::var_os("KRONIKO_GEN") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.build/gen"),
    };
    gen.join("ko-dic")
}

fn morph() -> Option<Arc<KoMorph>> {
    match KoMorph::load(&dict_dir()) {
        Ok(m) => Some(Arc::new(m)),
        Err(e) => {
            eprintln!("SKIPPED: the Korean dictionary is not built ({e}); run `bash scripts/setup.sh`");
            None
        }
    }
}

fn particles() -> Particles {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/ko/particles.tsv");
    let text = std::fs::read_to_string(&path).unwrap();
    Particles::new(
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let mut c = l.split('\t');
                (c.next().unwrap().to_string(), c.next().unwrap().parse().unwrap())
            })
            .collect(),
    )
}

/// The tokens of `text` analysed with the dictionary.
fn tokens(m: &Arc<KoMorph>, text: &str) -> Vec<Token> {
    let an = Analyzer::new(Tables { particles: particles(), ..Default::default() }).with_ko_morph(Some(m.clone()));
    an.analyze(&Document::new("t", text)).sentences.into_iter().flat_map(|s| s.tokens).collect()
}

/// The fully peeled stem and role of the token whose surface is `word`.
fn split(toks: &[Token], word: &str) -> (String, Option<Role>) {
    let t = toks.iter().find(|t| t.norm == word).unwrap_or_else(|| panic!("no token {word}"));
    (t.ko.last().unwrap().stem.clone(), t.role())
}

#[test]
fn morphemes_carry_tags_and_spans() {
    let Some(m) = morph() else { return };
    let text = "경찰이 시위대를 해산했다.";
    let ms = m.morphemes(text);
    let pieces: Vec<(&str, &str)> = ms.iter().map(|x| (&text[x.start..x.end], x.first_tag())).collect();
    assert_eq!(&pieces[..4], &[("경찰", "NNG"), ("이", "JKS"), ("시위대", "NNG"), ("를", "JKO")]);
    assert!(m.morphemes("").is_empty());
}

#[test]
fn eojeols_split_into_stem_and_case_particle() {
    let Some(m) = morph() else { return };
    let toks = tokens(&m, "경찰이 시위대를 해산했다. 주민 다섯 명이 정부군에 의해 살해됐다고 야당 대변인은 밝혔다.");
    assert_eq!(split(&toks, "경찰이"), ("경찰".into(), Some(Role::Subj)));
    assert_eq!(split(&toks, "시위대를"), ("시위대".into(), Some(Role::Obj)));
    assert_eq!(split(&toks, "정부군에"), ("정부군".into(), Some(Role::Dat)));
    assert_eq!(split(&toks, "대변인은"), ("대변인".into(), Some(Role::Topic)));
    // A quotative ending on a verb is peeled as a quote.
    assert_eq!(split(&toks, "살해됐다고").1, Some(Role::Quote));

    let toks = tokens(&m, "지난 주말 수도에서 열린 집회에는 노동자들의 가족도 참가했다.");
    assert_eq!(split(&toks, "수도에서"), ("수도".into(), Some(Role::Loc)));
    assert_eq!(split(&toks, "노동자들의"), ("노동자".into(), Some(Role::Poss)));
    assert_eq!(split(&toks, "가족도"), ("가족".into(), Some(Role::Also)));
    // A topic on a case particle: the case particle decides.
    assert_eq!(split(&toks, "집회에는"), ("집회".into(), Some(Role::Dat)));
}

#[test]
fn words_that_end_like_particles_stay_whole() {
    let Some(m) = morph() else { return };
    // The table alone would read 수도 as 수 + 도, 마을 as 마 + 을, 카이로 as 카이 + 로 and 어린이 as
    // 어린 + 이; the analysis knows them as nouns.
    let toks = tokens(&m, "수도 외곽의 마을 어린이 셋이 카이로 병원으로 옮겨졌다.");
    for w in ["수도", "마을", "어린이", "카이로"] {
        assert_eq!(split(&toks, w), (w.to_string(), None), "{w}");
    }
    assert_eq!(split(&toks, "병원으로"), ("병원".into(), Some(Role::Instr)));
    // An adnominal ending is not the topic particle 는.
    let toks = tokens(&m, "정부에 반대하는 학생들이 거리로 나섰다.");
    assert_eq!(split(&toks, "반대하는").1, None);
    assert_eq!(split(&toks, "학생들이"), ("학생".into(), Some(Role::Subj)));
}

#[test]
fn slogans_keep_their_hortative_ending() {
    let Some(m) = morph() else { return };
    let toks = tokens(&m, "부패한 정권을 타도하자!");
    let t = toks.iter().find(|t| t.norm == "타도하자").unwrap();
    assert!(t.ko.iter().any(|k| k.peeled.first() == Some(&Role::Hortative)), "{:?}", t.ko);
}

#[test]
fn a_missing_dictionary_is_an_error_not_a_panic() {
    let e = KoMorph::load(Path::new("/nonexistent/ko-dic")).unwrap_err();
    assert!(e.contains("no Korean dictionary"), "{e}");
    // And the analyser still works without one.
    let an = Analyzer::new(Tables { particles: particles(), ..Default::default() });
    let a = an.analyze(&Document::new("t", "경찰이 시위대를 해산했다."));
    assert_eq!(a.sentences[0].tokens[0].role(), Some(Role::Subj));
}
