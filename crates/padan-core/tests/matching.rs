//! The matcher, specified by example: a small glossary and, grouped by phenomenon,
//! texts with the span each should gloss, the entry it should reach and how.

use padan_core::{Glossary, GlossaryFile, MatchKind, Matcher};
use std::sync::OnceLock;

const GLOSSARY: &str = r#"
[[entry]]
term = "Amerika Serikat"
en = ["United States"]
pos = "name"
abbr = ["AS"]

[[entry]]
term = "Barat"
en = ["the West"]
pos = "name"
case = "sensitive"

[[entry]]
term = "gencatan senjata"
en = ["ceasefire"]
variants = ["genjatan senjata"]

[[entry]]
term = "hubungan bilateral"
en = ["bilateral relations"]

[[entry]]
term = "jatuh"
en = ["fall"]

[[entry]]
term = "kejatuhan"
en = ["downfall"]

[[entry]]
term = "Kabinet Merah Putih"
en = ["Red and White Cabinet"]
pos = "name"

[[entry]]
term = "susunan kabinet"
en = ["cabinet line-up"]

[[entry]]
term = "kawasan"
en = ["area"]

[[entry]]
term = "bencana"
en = ["disaster"]

[[entry]]
term = "menunjuk"
en = ["appoint"]
pos = "verb"

[[entry]]
term = "menengahi"
en = ["mediate"]

[[entry]]
term = "mengambil alih"
en = ["take over"]

[[entry]]
term = "mengutuk"
en = ["condemn"]

[[entry]]
term = "memperkuat"
en = ["strengthen"]

[[entry]]
term = "negara"
en = ["country"]

[[entry]]
term = "partai"
en = ["party"]

[[entry]]
term = "Perserikatan Bangsa-Bangsa"
en = ["United Nations"]
abbr = ["PBB"]

[[entry]]
term = "penahanan"
en = ["detention"]

[[entry.sense]]
en = ["containment"]
cues = ["hegemoni", "blok", "blok barat"]

[[entry]]
term = "terkait"
en = ["regarding"]

[[entry.sense]]
en = ["relevant"]
cues = ["kementerian terkait"]

[[entry]]
term = "pemilu"
en = ["election"]

[[entry]]
term = "presiden"
en = ["president"]

[[entry]]
term = "Komisi Pemberantasan Korupsi"
en = ["Corruption Eradication Commission"]

[[entry]]
term = "usaha mikro, kecil, dan menengah"
en = ["micro, small and medium enterprises"]

[[entry]]
term = "Ukraina"
en = ["Ukraine"]
pos = "name"

[[entry]]
term = "Timor Leste"
en = ["East Timor"]
pos = "name"

[[entry]]
term = "Rusia"
en = ["Russia"]
pos = "name"
morphology = "none"

[[entry]]
term = "batu bara"
en = ["coal"]
domain = ["economy"]
variants = ["batubara"]

[[entry]]
term = "merdeka"
en = ["independent"]

[[entry]]
term = "Ramadan"
en = ["Ramadan"]
pos = "name"
domain = ["society"]
variants = ["Ramadhan"]

[[entry]]
term = "Organisasi Kerja Sama Islam"
en = ["Organisation of Islamic Cooperation"]
pos = "name"
abbr = ["OKI"]

[[entry]]
term = "Jawa Barat"
en = ["West Java"]
pos = "name"
domain = ["geography"]

[[entry]]
term = "Medan"
en = ["Medan"]
pos = "name"
domain = ["geography"]

[[entry]]
term = "Pertamina"
en = ["Pertamina"]
pos = "name"
domain = ["economy"]

[[entry]]
term = "cadangan beras pemerintah"
en = ["government rice reserves"]
abbr = ["CBP"]

[[entry]]
term = "Bank Perekonomian Rakyat"
en = ["rural bank"]
abbr = ["BPR"]

[[entry]]
term = "menyoal"
en = ["question"]
pos = "verb"

[[entry]]
term = "paling sedikit"
en = ["at least"]

[[entry.sense]]
en = ["the fewest"]
cues = ["yang paling sedikit"]

[[entry]]
term = "kapal perang"
en = ["warship"]

[[entry]]
term = "Dewan Keamanan PBB"
en = ["UN Security Council"]
pos = "name"

[[entry]]
term = "mengantongi"
en = ["obtain"]
pos = "verb"
morphology = "inflection"

[[entry]]
term = "Menteri Kesehatan"
en = ["Health Minister"]
abbr = ["Menkes"]

[[entry]]
term = "Ibu Kota Nusantara"
en = ["Nusantara"]
pos = "name"
abbr = ["IKN"]

[[entry]]
term = "harga minyak mentah Indonesia"
en = ["Indonesian Crude Price"]
abbr = ["ICP"]

[[entry]]
term = "perusahaan terbuka"
en = ["listed company"]
abbr = ["Tbk"]

[[entry]]
term = "daftar pemilih khusus"
en = ["special voter list"]
abbr = ["DPK"]

[[entry]]
term = "dana pihak ketiga"
en = ["third-party funds"]

[[entry]]
term = "gabah kering panen"
en = ["harvested dry unhusked rice"]
abbr = ["GKP"]

[[entry]]
term = "mengecam"
en = ["condemn"]
pos = "verb"

[[entry]]
term = "mendorong"
en = ["push for"]
pos = "verb"

[[entry.sense]]
en = ["boost"]
cues = ["investasi"]

[[entry.sense]]
en = ["shove"]
cues = ["ricuh", "awak media"]

[[entry]]
term = "kementerian dan lembaga"
en = ["ministries and agencies"]
variants = ["kementerian/lembaga"]
abbr = ["K/L"]

[[entry]]
term = "kabupaten"
en = ["regency"]

[[entry]]
term = "Divisi Profesi dan Pengamanan"
en = ["Division of Profession and Security"]
pos = "name"
abbr = ["Propam"]

[[entry]]
term = "tindak pidana korupsi"
en = ["corruption offence"]

[[entry]]
term = "mengimbau"
en = ["urge"]
pos = "verb"

[[entry]]
term = "menegaskan"
en = ["stress"]
pos = "verb"

[[entry]]
term = "tegas"
en = ["firm"]
pos = "adj"

[[entry]]
term = "menentang"
en = ["oppose"]
pos = "verb"
"#;

fn matcher() -> &'static Matcher<'static> {
    static GLOSSARY_SET: OnceLock<Glossary> = OnceLock::new();
    static MATCHER: OnceLock<Matcher<'static>> = OnceLock::new();
    let glossary = GLOSSARY_SET.get_or_init(|| {
        let mut g = Glossary::new();
        g.add(GlossaryFile::parse("tes.toml", GLOSSARY).expect("the test glossary loads"));
        g
    });
    MATCHER.get_or_init(|| Matcher::builder().build(glossary))
}

/// `t!(text, span, term, kind)`: in `text`, `span` is glossed as `term`, matched as
/// `kind` (`exact`, `variant`, `abbreviation`, `inflected`, `derived`, `fuzzy`).
macro_rules! t {
    ($text:expr, $span:expr, $term:expr, $kind:expr) => {{
        let text: &str = $text;
        let found = matcher().annotate(text);
        let hit = found.iter().find(|a| a.span.of(text) == $span);
        let got: Vec<String> = found
            .iter()
            .map(|a| format!("{:?}={}/{}", a.span.of(text), matcher().glossary().entry(a.entry).term, a.kind.name()))
            .collect();
        let a = hit.unwrap_or_else(|| panic!("{:?}: {:?} not glossed; got {got:?}", text, $span));
        assert_eq!(matcher().glossary().entry(a.entry).term, $term, "{text:?}: {got:?}");
        assert_eq!(a.kind.name(), $kind, "{text:?}: {got:?}");
    }};
}

/// `none!(text, word)`: nothing glossed in `text` covers `word`.
macro_rules! none {
    ($text:expr, $word:expr) => {{
        let text: &str = $text;
        let at = text.find($word).expect("word in text");
        let found = matcher().annotate(text);
        let hit: Vec<_> = found.iter().filter(|a| a.span.start <= at && at < a.span.end).collect();
        assert!(hit.is_empty(), "{text:?}: {:?} glossed: {hit:?}", $word);
    }};
}

#[test]
fn case_rules() {
    t!("Sanksi dan presiden AS.", "AS", "Amerika Serikat", "abbreviation");
    t!("PRESIDEN tiba.", "PRESIDEN", "presiden", "exact");
    none!("as roda itu patah", "as");
    t!("Dengan Barat.", "Barat", "Barat", "exact");
    none!("angin barat bertiup", "barat");
}

#[test]
fn variants_and_spacing() {
    t!("genjatan senjata disepakati", "genjatan senjata", "gencatan senjata", "variant");
    t!("gencatan\nsenjata disepakati", "gencatan\nsenjata", "gencatan senjata", "exact");
    t!("gencatan   senjata", "gencatan   senjata", "gencatan senjata", "exact");
    t!("di Perserikatan Bangsa Bangsa", "Perserikatan Bangsa Bangsa", "Perserikatan Bangsa-Bangsa", "exact");
    none!("gencatan. Senjata itu", "gencatan");
}

#[test]
fn names_joined_by_a_hyphen() {
    t!("perang Rusia-Ukraina berlanjut", "Ukraina", "Ukraina", "exact");
    t!("hubungan Amerika Serikat-Rusia", "Amerika Serikat", "Amerika Serikat", "exact");
    t!("di Timor-Leste", "Timor-Leste", "Timor Leste", "exact");
    t!("Perserikatan Bangsa-Bangsa", "Perserikatan Bangsa-Bangsa", "Perserikatan Bangsa-Bangsa", "exact");
    // A bound form joined to a term's first word: the term is still found.
    t!("komunikasi antarkapal perang", "antarkapal perang", "kapal perang", "derived");
    // A name runs on over an acronym in brackets inside it.
    t!("Sidang Dewan Keamanan (DK) PBB dimulai.", "Dewan Keamanan (DK) PBB", "Dewan Keamanan PBB", "exact");
    t!("Sidang Dewan Keamanan (DK) PBB dimulai. DK PBB lalu menyetujui.", "DK", "Dewan Keamanan PBB", "abbreviation");
    // News quotes loanwords inside terms.
    t!("Mereka menyepakati \"gencatan senjata\" itu.", "gencatan senjata", "gencatan senjata", "exact");
    t!("sebuah \u{201c}gencatan\u{201d} senjata", "gencatan\u{201d} senjata", "gencatan senjata", "exact");
    // se- before a name: "all of West Java".
    t!("bupati se-Jawa Barat hadir", "Jawa Barat", "Jawa Barat", "exact");
}

#[test]
fn slashes_inside_terms() {
    let text = "anggaran kementerian/lembaga (K/L) dipangkas";
    t!(text, "kementerian/lembaga", "kementerian dan lembaga", "variant");
    t!(text, "K/L", "kementerian dan lembaga", "abbreviation");
    none!("nilai K / L itu", "K");
}

#[test]
fn no_term_runs_from_the_headline_into_the_text() {
    let text = "Pasukan Tiba di Amerika\nSERIKAT - Pasukan itu tiba kemarin.";
    none!(text, "Amerika");
    t!("Pasukan tiba di Amerika\nSerikat kemarin.", "Amerika\nSerikat", "Amerika Serikat", "exact");
}

#[test]
fn commas_inside_terms() {
    t!(
        "bagi usaha mikro, kecil, dan menengah",
        "usaha mikro, kecil, dan menengah",
        "usaha mikro, kecil, dan menengah",
        "exact"
    );
}

#[test]
fn inflection() {
    t!("presidennya hadir", "presidennya", "presiden", "inflected");
    t!("hubungan bilateralnya baik", "hubungan bilateralnya", "hubungan bilateral", "inflected");
    t!("negara-negara anggota", "negara-negara", "negara", "inflected");
    t!("kejatuhannya cepat", "kejatuhannya", "kejatuhan", "inflected");
    t!("di AS-nya", "AS-nya", "Amerika Serikat", "inflected");
}

#[test]
fn derivation_and_voice_pairs() {
    t!("konflik itu ditengahi Qatar", "ditengahi", "menengahi", "derived");
    t!("Rusia dikutuk dunia", "dikutuk", "mengutuk", "derived");
    t!("aliansi diperkuat", "diperkuat", "memperkuat", "derived");
    // A verb kept to its inflections still has its voice pairs.
    t!("izin itu sudah dikantongi", "dikantongi", "mengantongi", "derived");
    t!("Pemerintah Target Kantongi Dana Segar\n\nIsi.", "Kantongi", "mengantongi", "derived");
    none!("kantong plastik", "kantong");
    // An abbreviation takes a verb's affixes, not a noun's: Permenhub is a regulation.
    none!("diatur dalam Permenkes Nomor 2", "Permenkes");
    t!("perusahaan itu diambil alih negara", "diambil alih", "mengambil alih", "derived");
}

#[test]
fn the_least_stripped_headword_wins() {
    // kejatuhan (only -nya removed) before jatuh (ke-…-an removed as well).
    t!("kejatuhannya", "kejatuhannya", "kejatuhan", "inflected");
    t!("pemilu serentak", "pemilu", "pemilu", "exact");
}

#[test]
fn false_readings_are_refused() {
    none!("ia berencana pergi", "berencana"); // rencana + ber-, not bencana + -er-
    none!("pengawasan ketat", "pengawasan"); // peN-…-an + awas, not peN- + kawasan
    none!("data itu menunjukkan tren", "menunjukkan"); // show, not appoint
    none!("mereka di pantai", "pantai"); // a beach, not a party
    none!("Rusianya kuat", "Rusianya"); // this entry opts out of morphology
}

#[test]
fn longest_first() {
    t!("susunan Kabinet Merah Putih diumumkan", "Kabinet Merah Putih", "Kabinet Merah Putih", "exact");
}

#[test]
fn acronyms_the_text_defines() {
    let text = "Komisi Pemberantasan Korupsi (KPK) menahan bupati. KPK menyita uang.";
    t!(text, "Komisi Pemberantasan Korupsi", "Komisi Pemberantasan Korupsi", "exact");
    let found = matcher().annotate(text);
    let kpk: Vec<_> = found.iter().filter(|a| a.span.of(text) == "KPK").collect();
    assert_eq!(kpk.len(), 2, "both KPK bound: {found:?}");
    assert!(kpk.iter().all(|a| matches!(a.kind, MatchKind::Abbreviation { defined_at: Some(_), .. })));
}

#[test]
fn an_acronym_the_text_spells_out_otherwise_loses_the_glossarys_reading() {
    // The glossary's PBB is the United Nations; this text says what PBB means here.
    let text = "Pajak Bumi dan Bangunan (PBB) naik. PBB dibayar tiap tahun.";
    let found = matcher().annotate(text);
    assert!(found.iter().all(|a| a.span.of(text) != "PBB"), "{found:?}");
    let bill = "DPR mengesahkan Rancangan Undang-Undang Pajak Bumi dan Bangunan (RUU PBB). RUU PBB berlaku.";
    let found = matcher().annotate(bill);
    assert!(found.iter().all(|a| a.span.of(bill) != "PBB"), "{found:?}");
    let un = "Sekjen bicara di Perserikatan Bangsa-Bangsa (PBB). PBB bersidang.";
    t!(un, "PBB", "Perserikatan Bangsa-Bangsa", "abbreviation");
    // A misspelt name is still the glossary's body.
    let un = "Sekjen bicara di Perserikatan Bangsa-Bangssa (PBB). PBB bersidang.";
    t!(un, "PBB", "Perserikatan Bangsa-Bangsa", "abbreviation");
    // So is the body spelt out in the English the glossary gives it.
    let icp = "Indonesian Crude Price (ICP) turun. ICP dipakai dalam APBN.";
    t!(icp, "ICP", "harga minyak mentah Indonesia", "abbreviation");
    // And the same body named a little differently.
    let ikn = "konflik di Ibu Kota Negara (IKN) Nusantara. Warga IKN mengungsi.";
    t!(ikn, "IKN", "Ibu Kota Nusantara", "abbreviation");
}

#[test]
fn an_acronym_the_text_defines_outranks_the_glossarys_reading_of_it() {
    let text = "Dana pihak ketiga (DPK) tumbuh. Pertumbuhan DPK melambat.";
    let found = matcher().annotate(text);
    let dpk: Vec<_> = found.iter().filter(|a| a.span.of(text) == "DPK").collect();
    assert_eq!(dpk.len(), 2, "{found:?}");
    assert!(dpk.iter().all(|a| matcher().glossary().entry(a.entry).term == "dana pihak ketiga"), "{found:?}");
    t!("KPU memutakhirkan DPK di TPS.", "DPK", "daftar pemilih khusus", "abbreviation");
    // A headline uses the acronym its article spells out.
    let text = "DPK Bank Naik\n\nDana pihak ketiga (DPK) tumbuh.";
    let found = matcher().annotate(text);
    assert!(
        found
            .iter()
            .filter(|a| a.span.of(text) == "DPK")
            .all(|a| matcher().glossary().entry(a.entry).term == "dana pihak ketiga"),
        "{found:?}"
    );
    // A definition in lower case counts too; the glossary's reading stands when the
    // text spells out its own term, even inside a longer run of words.
    none!("Impor gula kristal putih (GKP) naik. Harga GKP turun.", "GKP");
    t!("Stok di gudang gabah kering panen (GKP) aman.", "GKP", "gabah kering panen", "abbreviation");
}

#[test]
fn senses_follow_their_cues() {
    let cold_war = "membalikkan konfrontasi antar blok dan penahanan dan penindasan";
    let found = matcher().annotate(cold_war);
    let a = found.iter().find(|a| a.span.of(cold_war) == "penahanan").expect("glossed");
    assert_eq!(matcher().glossary().entry(a.entry).gloss(a.sense_index()), ["containment"]);
    let text = "Kementerian terkait akan membahas. Terkait kasus itu, polisi diam.";
    let found = matcher().annotate(text);
    let senses: Vec<usize> =
        found.iter().filter(|a| a.span.of(text).eq_ignore_ascii_case("terkait")).map(|a| a.sense_index()).collect();
    assert_eq!(senses, [1, 0], "a collocation cue counts only as the term's own phrase");
    // Also when the term has several words.
    let text = "Ini yang paling sedikit. Denda paling sedikit Rp1 juta.";
    let found = matcher().annotate(text);
    let senses: Vec<usize> =
        found.iter().filter(|a| a.span.of(text) == "paling sedikit").map(|a| a.sense_index()).collect();
    assert_eq!(senses, [1, 0], "{found:?}");
    // One sense per text: an occurrence without cues takes the sense the others chose
    // on two cues or more.
    let text = "Hegemoni blok dan penahanan meluas.\n\nSetelah itu penahanan terus berlanjut sepanjang dekade.";
    let found = matcher().annotate(text);
    let senses: Vec<usize> = found.iter().filter(|a| a.span.of(text) == "penahanan").map(|a| a.sense_index()).collect();
    assert_eq!(senses, [1, 1], "{found:?}");
    // A cue inside a longer cue found at the same place is one piece of evidence.
    let text = "Persaingan blok Barat dan penahanan meluas.\n\nSetelah itu penahanan terus berlanjut.";
    let found = matcher().annotate(text);
    let senses: Vec<usize> = found.iter().filter(|a| a.span.of(text) == "penahanan").map(|a| a.sense_index()).collect();
    assert_eq!(senses, [1, 0], "{found:?}");
    // Cues in the term's own sentence outweigh more cues in the sentence before.
    let text = "Suasana ricuh, pendukung mendorong awak media. Pemerintah mendorong investasi.";
    let found = matcher().annotate(text);
    let senses: Vec<usize> = found.iter().filter(|a| a.span.of(text) == "mendorong").map(|a| a.sense_index()).collect();
    assert_eq!(senses, [2, 1], "{found:?}");
    let police = "penahanan tersangka diperpanjang";
    let found = matcher().annotate(police);
    assert_eq!(found[0].sense_index(), 0, "no cue: the default sense (detention)");
}

#[test]
fn glossary_words_inside_proper_names_are_left_alone() {
    none!("Bupati hadir di Kabupaten Batubara kemarin.", "Batubara"); // a regency, not coal
    none!("Kepala Kejari OKI menahan dua orang.", "OKI"); // Ogan Komering Ilir, not the OIC
    none!("Kantornya di Jalan Medan Merdeka Barat, Jakarta.", "Medan"); // a street
    none!("Kantornya di Jalan Medan Merdeka Barat, Jakarta.", "Merdeka");
    // A company name is a name from end to end, but for the names inside it and the
    // legal form closing it.
    none!("saham PT Indofood CBP Sukses Makmur Tbk naik", "CBP");
    none!("PT Batubara Bukit Kendi menang tender", "Batubara");
    t!("izin PT BPR Kencana dicabut", "BPR", "Bank Perekonomian Rakyat", "abbreviation");
    t!("saham PT Indofood CBP Sukses Makmur Tbk naik", "Tbk", "perusahaan terbuka", "abbreviation");
    t!("kata direktur PT Pertamina Patra Niaga", "Pertamina", "Pertamina", "exact");
    t!("Bulog menyalurkan CBP. PT Pos mengirimnya.", "CBP", "cadangan beras pemerintah", "abbreviation");
    none!("Saksi bernama Ahmad Batubara diperiksa polisi.", "Batubara"); // a surname
    none!("Pemohon adalah M. Chatib Basri, Faisal Batubara, dan lainnya.", "Batubara");
    none!("Banjir melanda Kabupaten Sumbawa Barat pada Senin pagi.", "Barat"); // west, not the West
    t!("Negara-negara Barat menjatuhkan sanksi.", "Barat", "Barat", "exact");
    // A place after a place head is still glossed; so is a word after a known word.
    t!("Ia tinggal di Provinsi Jawa Barat sejak lama.", "Jawa Barat", "Jawa Barat", "exact");
    t!("Selama bulan Ramadhan harga naik.", "Ramadhan", "Ramadan", "variant");
    t!("Harga batu bara naik.", "batu bara", "batu bara", "exact");
    // Abbreviations, phrases and names after an unknown word name an institution.
    t!("kata Dirut Pertamina kemarin", "Pertamina", "Pertamina", "exact");
    t!("Kadiv Propam memeriksa anggota.", "Propam", "Divisi Profesi dan Pengamanan", "abbreviation");
    t!("penyidik Satgassus Tindak Pidana Korupsi bekerja", "Tindak Pidana Korupsi", "tindak pidana korupsi", "exact");
    // A headline capitalises every word: there a capital says nothing.
    t!("Menlu Retno Tegaskan Sikap Indonesia", "Tegaskan", "menegaskan", "derived");
}

#[test]
fn bare_roots_read_as_verbs_where_context_makes_them_verbs() {
    t!("Kemlu RI Imbau WNI Tunda Perjalanan", "Imbau", "mengimbau", "derived");
    // A passive with a pronoun agent takes the bare root.
    t!("Nama itu akan kami tunjuk besok.", "tunjuk", "menunjuk", "derived");
    t!("orang yang kita tunjuk", "tunjuk", "menunjuk", "derived");
    none!("Jari kami tunjuk ke atas.", "tunjuk");
    t!("\"Kami menolak,\" tegas Hasanuddin.", "tegas", "menegaskan", "derived");
    t!("\u{201c}Kami menolak,\u{201d} tegas Hasanuddin.", "tegas", "menegaskan", "derived");
    // Elsewhere a root is itself.
    t!("Sikap pemerintah tegas dan jelas.", "tegas", "tegas", "exact");
    none!("mereka imbau warga", "imbau");
    // A first line without a full stop is a headline, whatever its case.
    t!("Indonesia kecam keputusan AS\n\nIsi berita.", "kecam", "mengecam", "derived");
    none!("Isi berita.\nIndonesia kecam keputusan AS", "kecam");
    none!("Aturan Baru Tentang Ekspor Nikel", "Tentang"); // a preposition, not menentang
    none!("Gugatan Soal Imunitas Jaksa Dikabulkan\n\nIsi.", "Soal"); // about, not menyoal
    // A headline's last word is a state, not a verb without its object.
    t!("Divonis, Johnny Plate Tegas\n\nIsi berita.", "Tegas", "tegas", "exact");
    t!("\"Kami menolak,\" tegasnya.", "tegasnya", "menegaskan", "derived");
}

#[test]
fn spans_slice_the_input_exactly() {
    let text = "\u{feff}Presidennya\r\ndan “hubungan bilateral”—negara-negara.";
    for a in matcher().annotate(text) {
        assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
        assert!(!a.span.of(text).is_empty());
    }
}

#[test]
fn the_matcher_is_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Matcher<'static>>();
}
