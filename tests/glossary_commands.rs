//! `padan glossary …`, `padan suggest` and `padan analyze` as a maintainer meets them:
//! what they print, what they change on disk, and their exit codes (0 ok, 1 findings,
//! 2 error or usage).

mod common;

use common::{padan, run, run_stdin, stderr, stdout};

use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::Output;

/// Runs padan in `dir`, so that the files named and the messages are short and relative.
fn run_in(dir: &Path, args: &[&str]) -> Output {
    padan().current_dir(dir).args(args).output().expect("padan runs")
}

/// An empty folder of its own for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("glossary_commands").join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("remove the old scratch folder");
    }
    std::fs::create_dir_all(&dir).expect("create the scratch folder");
    dir
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// A note with a comma (quoted in CSV) and an ampersand (escaped in TBX).
const NOTE: &str = "Per meeting, not per year & not per project";

/// A small glossary in normal form, with `NOTE` in it.
const MEETINGS: &str = r#"[glossary]
name = "g"

[[entry]]
term = "anggaran rapat"
en = ["meeting budget", "budget"]
abbr = ["AR"]
note = "Per meeting, not per year & not per project"

[[entry]]
term = "jadwal rapat"
en = ["meeting schedule"]
pos = "noun"
domain = ["general"]
"#;

/// A glossary file in normal form of `(term, English)` entries, given sorted.
fn normal_form(name: &str, entries: &[(&str, &str)]) -> String {
    let mut text = format!("[glossary]\nname = \"{name}\"\n");
    for (term, en) in entries {
        text.push_str(&format!("\n[[entry]]\nterm = \"{term}\"\nen = [\"{en}\"]\n"));
    }
    text
}

#[test]
fn stats_has_a_row_per_glossary_file_and_a_total_that_is_their_sum() {
    let out = run(&["glossary", "stats"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let shown = stdout(&out);
    let mut lines = shown.lines();
    let header: Vec<&str> = lines.next().expect("a header row").split_whitespace().collect();
    assert_eq!(header, ["file", "entries", "abbrevs", "variants", "senses", "notes"]);
    let entries_of = |line: &str| -> usize {
        let cells: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(cells.len(), 6, "six columns: {line}");
        cells[1].parse().unwrap_or_else(|e| panic!("entry count in {line:?}: {e}"))
    };
    let mut sum = 0;
    for path in common::glossary_paths() {
        let name = format!("glossaries/{}", path.file_name().expect("file name").to_string_lossy());
        let row = lines.next().unwrap_or_else(|| panic!("no row for {name}"));
        assert!(row.starts_with(&format!("{name} ")), "expected the row of {name}, got {row:?}");
        let entries = entries_of(row);
        assert_eq!(entries, read(&path).matches("[[entry]]").count(), "{name}");
        sum += entries;
    }
    let total = lines.next().expect("a total row");
    assert!(total.starts_with("total "), "{total:?}");
    assert_eq!(entries_of(total), sum);
    assert!(sum > 1000, "the repository glossaries hold {sum} entries");
}

#[test]
fn stats_breaks_the_entries_down_by_domain_part_of_speech_and_kind() {
    let shown = stdout(&run(&["glossary", "stats"]));
    let total: usize = common::glossary_paths().iter().map(|p| read(p).matches("[[entry]]").count()).sum();
    let section = |title: &str| -> Vec<(String, usize)> {
        let body = shown.split(&format!("\nby {title}:\n")).nth(1);
        body.unwrap_or_else(|| panic!("no 'by {title}:' in\n{shown}"))
            .lines()
            .take_while(|l| l.starts_with("  "))
            .map(|l| {
                let (key, n) = l.trim().rsplit_once(' ').expect("key and count");
                (key.trim().to_owned(), n.parse().expect("a count"))
            })
            .collect()
    };
    let domains = section("domain");
    assert!(domains.iter().any(|(d, _)| d == "politics"), "{domains:?}");
    assert!(domains.windows(2).all(|w| w[0].1 >= w[1].1), "most frequent first: {domains:?}");
    // An entry may have several domains, but only one part of speech and one kind.
    assert!(domains.iter().map(|(_, n)| n).sum::<usize>() >= total);
    assert_eq!(section("part of speech").iter().map(|(_, n)| n).sum::<usize>(), total);
    let kinds = section("kind");
    assert_eq!(kinds.len(), 3, "name, multi-word, single word: {kinds:?}");
    assert_eq!(kinds.iter().map(|(_, n)| n).sum::<usize>(), total);
}

#[test]
fn lookup_explains_an_inflected_form_and_where_its_entry_is_defined() {
    let out = run(&["glossary", "lookup", "kejatuhannya"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let shown = stdout(&out);
    assert!(shown.starts_with("kejatuhannya  →  kejatuhan  [inflected -nya, score "), "{shown}");
    assert!(shown.lines().any(|l| l.starts_with("  en:") && l.contains("downfall")), "{shown}");
    let at = shown.lines().find_map(|l| l.strip_prefix("  defined at ")).expect("a 'defined at' line");
    let (file, line) = at.rsplit_once(':').expect("file:line");
    assert!(file.starts_with("glossaries/") && file.ends_with(".toml"), "{at}");
    let line: usize = line.parse().expect("a line number");
    let defined = read(&common::root().join(file));
    assert_eq!(defined.lines().nth(line - 1), Some("term = \"kejatuhan\""), "{at} is the entry's term line");
}

#[test]
fn lookup_of_a_word_not_in_the_glossary_says_so_and_exits_1() {
    let out = run(&["glossary", "lookup", "pantai"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "pantai: not in the glossary\n\n");
    // One miss among hits is still a finding; the hits are shown all the same.
    let out = run(&["glossary", "lookup", "kejatuhannya", "pantai"]);
    assert_eq!(out.status.code(), Some(1));
    let shown = stdout(&out);
    assert!(shown.contains("→  kejatuhan") && shown.contains("pantai: not in the glossary"), "{shown}");
}

#[test]
fn add_creates_the_file_and_keeps_it_in_normal_form() {
    let dir = scratch("add-new");
    let add = |args: &[&str]| {
        let out = run_in(&dir, &[&["glossary", "add", "--file", "g.toml"], args].concat());
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
    };
    let said = add(&["--term", "jadwal rapat", "--en", "meeting schedule", "--pos", "noun", "--domain", "general"]);
    assert_eq!(said, "added 'jadwal rapat' to g.toml\n");
    add(&["--term", "anggaran rapat", "--en", "meeting budget", "--en", "budget", "--abbr", "AR", "--note", NOTE]);
    assert_eq!(read(&dir.join("g.toml")), MEETINGS, "sorted, keys in schema order");
    let lint = run_in(&dir, &["glossary", "lint", "g.toml"]);
    assert_eq!(lint.status.code(), Some(0), "{}", stdout(&lint));
    assert!(stdout(&lint).contains(" 2 entries, 0 problem"), "{}", stdout(&lint));
    let check = run_in(&dir, &["glossary", "fmt", "--check", "g.toml"]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert!(check.stdout.is_empty());
}

#[test]
fn adding_a_term_that_is_already_there_fails_naming_file_and_line_and_changes_nothing() {
    let dir = scratch("add-duplicate");
    write(&dir.join("g.toml"), MEETINGS);
    // The same term, spelt with capitals: terms are compared folded.
    let out = run_in(&dir, &["glossary", "add", "--file", "g.toml", "--term", "Jadwal Rapat", "--en", "agenda"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "padan: g.toml:11: 'jadwal rapat' is already an entry (edit it there)\n");
    assert!(out.stdout.is_empty());
    assert_eq!(read(&dir.join("g.toml")), MEETINGS, "byte for byte unchanged");
}

#[test]
fn an_unknown_part_of_speech_fails_and_changes_nothing() {
    let dir = scratch("add-bad-pos");
    write(&dir.join("g.toml"), MEETINGS);
    let out =
        run_in(&dir, &["glossary", "add", "--file", "g.toml", "--term", "notulen", "--en", "x", "--pos", "nounz"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "padan: unknown part of speech 'nounz' (noun, verb, adj, adv, phrase or name)\n");
    assert_eq!(read(&dir.join("g.toml")), MEETINGS);
    let out =
        run_in(&dir, &["glossary", "add", "--file", "new.toml", "--term", "notulen", "--en", "x", "--pos", "nounz"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!dir.join("new.toml").exists(), "a failed add creates no file");
}

#[test]
fn export_omegat_is_term_tab_english_tab_note_per_line_with_abbreviations_as_rows() {
    let dir = scratch("export-omegat");
    write(&dir.join("g.toml"), MEETINGS);
    let out = run_in(&dir, &["glossary", "export", "--format", "omegat", "g.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "anggaran rapat\tmeeting budget; budget\tPer meeting, not per year & not per project\n\
         AR\tmeeting budget; budget\tabbreviation of anggaran rapat\n\
         jadwal rapat\tmeeting schedule\t\n"
    );
    assert_eq!(run_in(&dir, &["glossary", "export", "g.toml"]).stdout, out.stdout, "OmegaT is the default");
}

#[test]
fn export_csv_has_a_header_and_quotes_fields_with_commas() {
    let dir = scratch("export-csv");
    write(&dir.join("g.toml"), MEETINGS);
    let out = run_in(&dir, &["glossary", "export", "--format", "csv", "g.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "term,en,pos,domain,variants,abbr,note\n\
         anggaran rapat,meeting budget; budget,,,,AR,\"Per meeting, not per year & not per project\"\n\
         jadwal rapat,meeting schedule,noun,general,,,\n"
    );
}

#[test]
fn export_tbx_is_one_concept_entry_per_term_with_escaped_text() {
    let dir = scratch("export-tbx");
    write(&dir.join("g.toml"), MEETINGS);
    let out = run_in(&dir, &["glossary", "export", "-f", "tbx", "g.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let tbx = stdout(&out);
    assert!(tbx.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx "), "{tbx}");
    assert!(tbx.ends_with("</tbx>\n"), "{tbx}");
    assert_eq!(tbx.matches("<conceptEntry ").count(), 2);
    assert_eq!(tbx.matches("<termSec>").count(), tbx.matches("</termSec>").count());
    for term in ["anggaran rapat", "AR", "meeting budget", "budget", "jadwal rapat", "meeting schedule"] {
        assert!(tbx.contains(&format!("<termSec><term>{term}</term>")), "{term} in\n{tbx}");
    }
    assert!(tbx.contains("<note>Per meeting, not per year &amp; not per project</note>"), "{tbx}");
    assert!(!tbx.contains(" & "), "a bare & is not XML");
    assert!(tbx.contains("<descrip type=\"subjectField\">general</descrip>"));
    assert!(tbx.contains("<term>AR</term>\n          <termNote type=\"termType\">abbreviation</termNote>"));
    assert!(tbx.contains(
        "<term>meeting budget</term>\n          <termNote type=\"administrativeStatus\">preferredTerm-admn-sts"
    ));
}

#[test]
fn import_omegat_adds_new_terms_and_keeps_and_reports_existing_ones() {
    let dir = scratch("import-omegat");
    write(&dir.join("g.toml"), MEETINGS);
    write(
        &dir.join("in.txt"),
        "pemilu\telection\tgeneral election\n# a comment\n\njadwal rapat\tschedule\nkotak suara\tballot box; ballot boxes\n",
    );
    let out = run_in(&dir, &["glossary", "import", "in.txt", "--into", "g.toml"]);
    assert_eq!(out.status.code(), Some(1), "a kept term is a finding: {}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "in.txt:4: 'jadwal rapat' is already an entry at g.toml:11 (kept as it is)\n\
         2 entries added to g.toml, 1 already there\n"
    );
    let lookup =
        |text: &str| stdout(&run_in(&dir, &["glossary", "lookup", "--no-default-glossary", "-g", "g.toml", text]));
    assert!(lookup("kotak suara").contains("  en:       ballot box; ballot boxes\n"));
    assert!(lookup("pemilu").contains("  note:     general election\n"));
    assert!(lookup("jadwal rapat").contains("  en:       meeting schedule\n"), "the existing entry is kept");
    assert_eq!(run_in(&dir, &["glossary", "fmt", "--check", "g.toml"]).status.code(), Some(0));
}

#[test]
fn import_csv_reads_quoted_fields_with_commas() {
    let dir = scratch("import-csv");
    write(
        &dir.join("in.csv"),
        "term,en,pos,domain,variants,abbr,note\n\
         surat suara,ballot paper,noun,elections,,,\"Not 'voice letter', a ballot\"\n\
         \"tempat pemungutan suara\",\"polling station, polling place\",noun,elections,,TPS,\n",
    );
    let out = run_in(&dir, &["glossary", "import", "in.csv", "--into", "new.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "2 entries added to new.toml, 0 already there\n");
    let found = run_in(&dir, &["glossary", "lookup", "--no-default-glossary", "-g", "new.toml", "TPS", "surat suara"]);
    assert_eq!(found.status.code(), Some(0), "{}", stdout(&found));
    let shown = stdout(&found);
    assert!(shown.contains("TPS  →  tempat pemungutan suara  [abbreviation TPS"), "{shown}");
    assert!(shown.contains("  en:       polling station, polling place\n"), "one rendering: {shown}");
    assert!(shown.contains("  note:     Not 'voice letter', a ballot\n"), "{shown}");
    assert!(shown.contains("  domain:   elections\n"), "{shown}");
}

#[test]
fn importing_a_row_without_english_fails_naming_file_line_and_column_and_changes_nothing() {
    let dir = scratch("import-no-english");
    write(&dir.join("g.toml"), MEETINGS);
    write(&dir.join("bad.txt"), "perang\twar\n\ndamai\n");
    write(&dir.join("bad.csv"), "term,en\nperang,war\ndamai,\n");
    for (input, message) in [
        ("bad.txt", "padan: bad.txt:3:7: 'damai' has no English (the second column)\n"),
        // A CSV field may be quoted, so only the line is certain.
        ("bad.csv", "padan: bad.csv:3:1: 'damai' has no English (the second column)\n"),
    ] {
        let out = run_in(&dir, &["glossary", "import", input, "--into", "g.toml"]);
        assert_eq!(out.status.code(), Some(2), "{input}");
        assert_eq!(stderr(&out), message);
        assert_eq!(read(&dir.join("g.toml")), MEETINGS, "'perang' is not added either");
    }
}

#[test]
fn lint_reports_a_term_defined_in_two_files() {
    let dir = scratch("lint-duplicate");
    write(&dir.join("a.toml"), &normal_form("a", &[("gencatan senjata", "ceasefire")]));
    write(&dir.join("b.toml"), &normal_form("b", &[("gencatan senjata", "truce"), ("kotak suara", "ballot box")]));
    assert_eq!(run_in(&dir, &["glossary", "lint", "a.toml"]).status.code(), Some(0), "each file alone is clean");
    let out = run_in(&dir, &["glossary", "lint", "a.toml", "b.toml"]);
    assert_eq!(out.status.code(), Some(1));
    let shown = stdout(&out);
    let findings: Vec<&str> = shown.lines().filter(|l| l.ends_with(']')).collect();
    assert_eq!(findings.len(), 1, "{shown}");
    assert!(findings[0].starts_with("b.toml:5:1: term 'gencatan senjata' is also an entry at a.toml:5"), "{shown}");
    assert!(findings[0].ends_with("[duplicate]"), "{shown}");
    assert!(shown.contains("2 files, 3 entries, 1 problem"), "{shown}");
    let folder = stdout(&run_in(&dir, &["glossary", "lint", "."]));
    assert_eq!(folder.replace("./", ""), shown, "a folder is its *.toml files");
}

#[test]
fn fmt_puts_an_unsorted_file_in_normal_form() {
    let dir = scratch("fmt");
    let unsorted = "[glossary]\nname = \"u\"\n\n[[entry]]\nterm = \"kotak suara\"\nen = [\"ballot box\"]\ndomain = [\"elections\"]\npos = \"noun\"\n\n[[entry]]\nen = [\"ceasefire\"]\nterm = \"gencatan senjata\"\n";
    write(&dir.join("u.toml"), unsorted);
    let check = run_in(&dir, &["glossary", "fmt", "--check", "u.toml"]);
    assert_eq!((check.status.code(), stdout(&check).as_str()), (Some(1), "u.toml: not in normal form\n"));
    assert_eq!(read(&dir.join("u.toml")), unsorted, "--check changes nothing");
    let lint = run_in(&dir, &["glossary", "lint", "u.toml"]);
    assert_eq!(lint.status.code(), Some(1));
    assert!(stdout(&lint).contains("u.toml:5:1: file is not in normal form from here on"), "{}", stdout(&lint));
    let fmt = run_in(&dir, &["glossary", "fmt", "u.toml"]);
    assert_eq!(fmt.status.code(), Some(0), "{}", stderr(&fmt));
    assert_eq!(
        read(&dir.join("u.toml")),
        "[glossary]\nname = \"u\"\n\n[[entry]]\nterm = \"gencatan senjata\"\nen = [\"ceasefire\"]\n\n[[entry]]\nterm = \"kotak suara\"\nen = [\"ballot box\"]\npos = \"noun\"\ndomain = [\"elections\"]\n"
    );
    assert_eq!(run_in(&dir, &["glossary", "fmt", "--check", "u.toml"]).status.code(), Some(0));
    let lint = run_in(&dir, &["glossary", "lint", "u.toml"]);
    assert_eq!(lint.status.code(), Some(0), "{}", stdout(&lint));
    assert!(stdout(&lint).contains("2 entries, 0 problem"), "{}", stdout(&lint));
}

#[test]
fn suggest_lists_an_unglossed_acronym_with_the_expansion_the_text_gives() {
    let text = "Perkumpulan Petani Kopi Gayo (PPKG) membagikan bibit. PPKG menyatakan program berjalan.";
    let out = run_stdin(&["suggest"], text.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let shown = stdout(&out);
    let line = shown.lines().find(|l| l.starts_with("PPKG ")).unwrap_or_else(|| panic!("PPKG suggested:\n{shown}"));
    let cells: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(cells[..4], ["PPKG", "acronym", "×2", "-:1:31"], "{line}");
    assert!(line.ends_with("  = Perkumpulan Petani Kopi Gayo"), "{line}");
    assert!(shown.lines().any(|l| l.starts_with("Perkumpulan Petani Kopi Gayo ") && l.contains(" name ")), "{shown}");
    assert!(!shown.contains("menyatakan"), "glossed words are not suggested: {shown}");
}

#[test]
fn suggest_has_nothing_to_say_when_the_glossary_already_has_the_acronym() {
    // BGN is the glossary's abbreviation of Badan Gizi Nasional.
    let text = "Badan Gizi Nasional (BGN) membagikan makanan. BGN menyatakan program berjalan.";
    let out = run_stdin(&["suggest", "-"], text.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "nothing to suggest: every acronym, name and recurring word is glossed\n");
}

#[test]
fn analyze_json_prints_one_object_per_word_with_the_affixes_named() {
    let out = run(&["analyze", "--json", "menengahi"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let shown = stdout(&out);
    assert_eq!(shown.lines().count(), 1, "{shown}");
    let doc: serde_json::Value = serde_json::from_str(&shown).expect("JSON");
    assert_eq!(doc["word"], "menengahi");
    let list = doc["analyses"].as_array().expect("an analyses list");
    assert!(list.iter().any(|a| a["lemma"] == "tengah" && a["affixes"] == json!(["meN-", "-i"])), "{doc}");
    assert!(list.iter().any(|a| a["lemma"] == "menengahi" && a["affixes"] == json!([])), "as written too: {doc}");
    let two = stdout(&run(&["analyze", "--json", "menengahi", "kejatuhannya"]));
    let words: Vec<serde_json::Value> =
        two.lines().map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON line")["word"].clone()).collect();
    assert_eq!(words, ["menengahi", "kejatuhannya"]);
}

#[test]
fn analyze_with_a_lexicon_ranks_its_lemmas_first() {
    let dir = scratch("analyze-lexicon");
    write(&dir.join("roots.txt"), "tengah\n");
    let out = run_in(&dir, &["analyze", "--json", "--lexicon", "roots.txt", "menengahi"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let list = doc["analyses"].as_array().expect("an analyses list");
    assert_eq!(list[0], json!({"lemma": "tengah", "affixes": ["meN-", "-i"], "in_lexicon": true}), "{doc}");
    assert!(list[1..].iter().all(|a| a["in_lexicon"] == false), "only the lexicon's roots are known: {doc}");
    let text = stdout(&run_in(&dir, &["analyze", "--lexicon", "roots.txt", "menengahi"]));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "menengahi");
    assert_eq!(lines[1].split_whitespace().collect::<Vec<_>>(), ["*", "tengah", "meN-", "-i"], "{text}");
    let missing = run_in(&dir, &["analyze", "--lexicon", "no-such-file.txt", "menengahi"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).starts_with("padan: cannot read lexicon 'no-such-file.txt'"), "{}", stderr(&missing));
}
