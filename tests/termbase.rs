//! The built-in termbase on the sentences that once went wrong or are easy to get wrong:
//! the sense a context selects, the word a look-alike must not become. A glossary
//! change that breaks one of these fails here with the sentence, before it reaches a
//! translator.

mod common;

use common::{annotate, shared_glossary as glossary};

/// `(sentence, span, the English given first there)`.
const GLOSSED: &[(&str, &str, &str)] = &[
    // Senses chosen by the words around the term.
    ("Rapat paripurna dihadiri 300 anggota, izin 260 orang.", "izin", "excused"),
    ("Perusahaan itu belum mengantongi izin usaha.", "izin usaha", "business permit"),
    ("Penerapan cukai minuman manis berulang kali mundur dari jadwal.", "mundur", "be postponed"),
    ("Menteri itu mundur dari jabatannya.", "mundur", "step down"),
    ("Pengesahan deklarasi itu dilakukan pada hari terakhir KTT.", "Pengesahan", "adoption"),
    ("DPR menyetujui pengesahan RUU itu.", "pengesahan", "passage"),
    ("Majelis Umum PBB dalam Keputusan No. ES-11/1 menuntut penarikan.", "Keputusan", "resolution"),
    ("Mahkamah Internasional mengeluarkan fatwa tentang pendudukan.", "fatwa", "advisory opinion"),
    ("Hakim menilai permohonan pemohon kabur.", "kabur", "vague"),
    ("Tersangka kabur ke luar negeri.", "kabur", "flee"),
    ("Dakwaan jaksa gugur demi hukum.", "gugur", "lapse"),
    ("Dua prajurit gugur dalam kontak tembak.", "gugur", "killed in action"),
    ("Ada kebutuhan mendesak untuk dana bantuan.", "mendesak", "urgent"),
    ("Mereka mendesak pemerintah membatalkan kebijakan itu.", "mendesak", "urge"),
    ("SRBI dapat dimiliki oleh penduduk dan bukan penduduk.", "penduduk", "residents"),
    ("Surat itu sampai sekarang belum dibalas.", "dibalas", "reply to"),
    ("Iran membalas serangan rudal Israel.", "membalas", "retaliate"),
    ("Kebijakan itu tak berpihak pada rakyat.", "tak berpihak pada", "not on the side of"),
    ("Hakim harus tidak berpihak.", "tidak berpihak", "impartial"),
    ("IHSG ditutup di zona merah.", "zona merah", "in negative territory"),
    // Forms the morphology must reach.
    ("Ia diperiksa sebagai saksi oleh penyidik.", "diperiksa", "examine"),
    ("Korban diperas oknum polisi.", "diperas", "extort"),
    ("Bupati se-Sumatera Barat hadir.", "Sumatera Barat", "West Sumatra"),
    ("Izin PT BPR Kencana dicabut OJK.", "BPR", "rural bank"),
];

/// `(sentence, a word in it that must not be glossed)`.
const LEFT_ALONE: &[(&str, &str)] = &[
    // A different real word one letter or one affix away.
    ("Wisatawan memadati pantai Kuta.", "pantai"),
    ("Pertemuan kedua menteri berlangsung tertutup.", "Pertemuan"),
    // Inside a company name.
    ("Saham PT Indofood CBP Sukses Makmur Tbk naik.", "CBP"),
    // An English word near an English loanword the glossary keeps.
    ("KPK Usut Proyek Shelter di NTB", "Shelter"),
];

#[test]
fn contexts_select_the_right_english() {
    let mut wrong = Vec::new();
    for &(text, span, english) in GLOSSED {
        let found = annotate(text);
        let Some(a) = found.iter().find(|a| a.span.of(text) == span) else {
            wrong.push(format!("{text:?}: {span:?} not glossed"));
            continue;
        };
        let given = glossary().entry(a.entry).gloss(a.sense_index()).first().map(String::as_str);
        if given != Some(english) {
            wrong.push(format!("{text:?}: {span:?} glossed {given:?}, expected {english:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn look_alikes_are_left_alone() {
    let mut wrong = Vec::new();
    for &(text, word) in LEFT_ALONE {
        let at = text.find(word).expect("word in text");
        for a in annotate(text).iter().filter(|a| a.span.start <= at && at < a.span.end) {
            wrong.push(format!("{text:?}: {word:?} glossed as {}", glossary().entry(a.entry).term));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
