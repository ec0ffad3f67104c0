//! Fuzzy matching with the repository's glossaries and no Hunspell dictionary (the
//! built-in lexicon alone must keep it honest): misspelt and misnamed terms are glossed
//! with the correction shown; real words one letter from a term never are.

mod common;

use padan_core::{MatchKind, Matcher};

use common::{annotate, shared_glossary as glossary};

/// `(sentence, the misspelt or misnamed span, the glossary term it stands for)`.
const MISSPELT: &[(&str, &str, &str)] = &[
    ("Juru bicara Kementeriaan Luar Negeri mengatakan hal itu.", "Kementeriaan Luar Negeri", "Kementerian Luar Negeri"),
    ("Presiden AS tiba di Washinton kemarin.", "Washinton", "Washington"),
    ("Kunjungan ke Amerka Serikat batal.", "Amerka Serikat", "Amerika Serikat"),
    ("Negara anggota Uni Eropah bertemu.", "Uni Eropah", "Uni Eropa"),
    ("Sidang Dewan Keamanaan PBB dimulai.", "Dewan Keamanaan PBB", "Dewan Keamanan PBB"),
    ("Pasukan dari Ukrania tiba.", "Ukrania", "Ukraina"),
    ("Rapat di Pakistn berlangsung.", "Pakistn", "Pakistan"),
    ("Pernyataan Kementeriaan Luar Negerinya dibantah.", "Kementeriaan Luar Negerinya", "Kementerian Luar Negeri"),
    ("Kantor Washintonnya tutup.", "Washintonnya", "Washington"),
    ("Pernyataan Kementeriaannya dibantah.", "Kementeriaannya", "kementerian"),
    ("KTT Organisasi Keamanan Shanghai berakhir.", "Organisasi Keamanan Shanghai", "Organisasi Kerja Sama Shanghai"),
    // A function word left out of a long name.
    (
        "Menurut Kementerian Pemberdayaan Perempuan Perlindungan Anak, kasus naik.",
        "Kementerian Pemberdayaan Perempuan Perlindungan Anak",
        "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak",
    ),
];

#[test]
fn misspellings_and_misnomers_are_glossed_with_the_correction() {
    for &(text, span, term) in MISSPELT {
        let found = annotate(text);
        let a = found
            .iter()
            .find(|a| a.span.of(text) == span)
            .unwrap_or_else(|| panic!("{span:?} not glossed in {text:?}: {found:?}"));
        assert_eq!(glossary().entry(a.entry).term, term, "{text}");
        match &a.kind {
            MatchKind::Fuzzy { edit, .. } => assert!(edit.starts_with(span) && edit.contains(" → "), "{edit}"),
            other => panic!("{span:?} matched as {other:?}, not fuzzy"),
        }
        assert!(a.score < 0.8, "fuzzy matches score below exact ones: {}", a.score);
    }
}

/// Non-standard spellings the glossary lists are variants, not fuzzy matches.
#[test]
fn listed_variant_spellings_match_as_variants() {
    for (word, term) in [("ijin", "izin"), ("himbauan", "imbauan"), ("analisa", "analisis"), ("Pebruari", "Februari")] {
        let text = format!("Menurut {word} itu.");
        let found = annotate(&text);
        let a = found.iter().find(|a| a.span.of(&text) == word).unwrap_or_else(|| panic!("{word}: {found:?}"));
        assert_eq!(glossary().entry(a.entry).term, term);
        assert!(matches!(a.kind, MatchKind::Variant { .. }), "{word}: {:?}", a.kind);
    }
}

/// Real Indonesian words within an edit or two of a glossary term: `(word, term)`.
/// None may ever be glossed as that term.
const NEAR_MISSES: &[(&str, &str)] = &[
    ("pantai", "partai"),
    ("mereka", "merdeka"),
    ("posisi", "oposisi"),
    ("pertanahan", "pertahanan"),
    ("analitis", "analisis"),
    ("bangsal", "bangsa"),
    ("belanja", "Belanda"),
    ("beranda", "Belanda"),
    ("bentara", "tentara"),
    ("distrik", "listrik"),
    ("evaluasi", "evakuasi"),
    ("evolusi", "revolusi"),
    ("emigrasi", "imigrasi"),
    ("inovasi", "invasi"),
    ("kampung", "Lampung"),
    ("kencana", "bencana"),
    ("rencana", "bencana"),
    ("kendali", "Kendari"),
    ("kontrak", "kontras"),
    ("konversi", "konvensi"),
    ("lambang", "tambang"),
    ("martabak", "martabat"),
    ("meditasi", "mediasi"),
    ("nominasi", "dominasi"),
    ("operasi", "koperasi"),
    ("pandang", "Padang"),
    ("perkasa", "perkara"),
    ("permata", "perdata"),
    ("reduksi", "redaksi"),
    ("resepsi", "resesi"),
    ("sekarang", "Semarang"),
    ("tanggal", "tanggul"),
    ("tembakau", "tembakan"),
    ("timbang", "tambang"),
    ("tanding", "banding"),
    ("periang", "perang"),
    ("residen", "presiden"),
    ("mengatakan", "menyatakan"),
    ("menyalahkan", "menyatakan"),
    ("bergolak", "bertolak"),
    ("kediaman", "kecaman"),
    ("penghematan", "pengetatan"),
    ("membutuhkan", "memutuskan"),
    ("mengherankan", "mengerahkan"),
    ("menantang", "menentang"),
    ("bersalah", "beras"),
    ("apartemennya", "parlemen"),
    ("berencana", "bencana"),
    ("pengawasan", "kawasan"),
];

#[test]
fn real_words_near_a_term_are_never_glossed_as_it() {
    assert!(NEAR_MISSES.len() >= 40);
    let mut wrong = Vec::new();
    for &(word, term) in NEAR_MISSES {
        // Mid-sentence, as written and capitalised, and at the start of a sentence.
        let capitalised = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
        for text in [
            format!("Kami melihat {word} itu kemarin."),
            format!("Kami melihat {capitalised} itu."),
            format!("{capitalised} itu ada."),
        ] {
            for a in annotate(&text) {
                if a.span.of(&text).eq_ignore_ascii_case(word)
                    && glossary().entry(a.entry).term.eq_ignore_ascii_case(term)
                {
                    wrong.push(format!("{text:?}: {word} glossed as {term} ({})", a.kind.name()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn names_with_digits_are_never_corrected() {
    let text = "Liputan6.com, Jakarta - Kontingen tiba.";
    let found = annotate(text);
    assert!(found.iter().all(|a| !a.span.of(text).starts_with("Liputan")), "{found:?}");
}

#[test]
fn english_words_near_an_english_loanword_are_left_alone() {
    // smelter is glossed as itself and is no Indonesian word: shelter is another
    // English word, not its misspelling.
    for text in ["KPK Usut Proyek Shelter Tsunami di NTB", "Pembangunan shelter tsunami dimulai."] {
        let found = annotate(text);
        assert!(found.iter().all(|a| !a.span.of(text).eq_ignore_ascii_case("shelter")), "{text}: {found:?}");
    }
}

#[test]
fn names_are_not_corrected_into_common_words() {
    for (text, name) in [
        ("Saksi bernama Ade Kuswara Kunang diperiksa.", "Kuswara"),
        ("Kasus itu ditangani jaksa Ginting kemarin.", "Ginting"),
        ("Dana desa di Desa Banaran diselewengkan.", "Banaran"),
    ] {
        let found = annotate(text);
        assert!(found.iter().all(|a| !a.span.of(text).contains(name)), "{text}: {found:?}");
    }
}

#[test]
fn fuzzy_off_turns_the_stage_off() {
    let glossary = glossary();
    let matcher = Matcher::builder().fuzzy(padan_core::FuzzyMode::Off).build(glossary);
    let found = matcher.annotate("Presiden AS tiba di Washinton kemarin.");
    assert!(found.iter().all(|a| !matches!(a.kind, MatchKind::Fuzzy { .. })), "{found:?}");
}
