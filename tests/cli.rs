//! The `padan` binary as a user meets it: exit codes, messages, output formats, pipes.

mod common;

use common::{padan, run, run_stdin, stderr, stdout};

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;

const SEED: &str = "tests/articles/000_3694519caf66254c.txt";

/// Removes every inserted `⟦…⟧` gloss.
fn strip_glosses(inline: &str) -> String {
    let mut out = String::with_capacity(inline.len());
    let mut rest = inline;
    while let Some(open) = rest.find('⟦') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('⟧').expect("every gloss is closed");
        rest = &rest[open + close + '⟧'.len_utf8()..];
    }
    out.push_str(rest);
    out
}

fn articles() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(common::root().join("tests/articles"))
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn json_offsets_slice_the_input_exactly() {
    let out = run(&["gloss", "--format", "json", SEED]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["source"], SEED);
    assert!(doc["glossaries"].as_array().is_some_and(|g| !g.is_empty()));
    let input = std::fs::read(common::root().join(SEED)).expect("seed");
    let annotations = doc["annotations"].as_array().expect("annotations");
    assert!(annotations.len() > 50, "only {} annotations", annotations.len());
    let mut previous_end = 0;
    for a in annotations {
        let (start, end) = (a["start"].as_u64().expect("start") as usize, a["end"].as_u64().expect("end") as usize);
        assert!(previous_end <= start && start < end, "annotations overlap or are out of order: {a}");
        previous_end = end;
        assert_eq!(a["text"].as_str().expect("text").as_bytes(), &input[start..end]);
        for key in ["term", "gloss", "match", "score", "explain", "glossary", "pos", "note"] {
            assert!(a.get(key).is_some(), "annotation lacks {key}: {a}");
        }
        let kind = a["match"].as_str().expect("match");
        assert!(["exact", "abbreviation", "variant", "inflected", "derived", "fuzzy"].contains(&kind), "{kind}");
    }
}

#[test]
fn inline_output_minus_glosses_is_the_input() {
    for path in articles() {
        let input = std::fs::read_to_string(&path).expect("article");
        let out = run(&["gloss", "--no-term-list", path.to_str().expect("path")]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(strip_glosses(&stdout(&out)), input, "{}", path.display());
    }
}

#[test]
fn crlf_and_bom_are_kept_byte_for_byte() {
    let input = "\u{feff}Gencatan senjata di Gaza\r\ndisepakati oleh presidennya.\r\n";
    let out = run_stdin(&["gloss", "--no-term-list", "-"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = stdout(&out);
    assert!(shown.contains('⟦'), "something is glossed: {shown}");
    assert_eq!(strip_glosses(&shown), input);
}

#[test]
fn inline_output_ends_with_a_term_list() {
    let out = run(&["gloss", SEED]);
    let shown = stdout(&out);
    let list = &shown[shown.rfind("Terms (").expect("a term list")..];
    assert!(list.contains("presiden") && list.contains("president"), "{list}");
}

#[test]
fn standard_input_is_read_when_no_file_is_given() {
    let out = run_stdin(&["gloss", "--format", "json"], "KTT G-20 di Bali".as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["source"], "-");
    assert!(doc["annotations"].as_array().is_some_and(|a| a.len() >= 2));
}

#[test]
fn no_colour_when_piped_and_colour_on_request() {
    let piped = run(&["gloss", SEED]);
    assert!(!piped.stdout.contains(&0x1b), "ANSI escape in piped output");
    let json = run(&["gloss", "--format", "json", "--color", "always", SEED]);
    assert!(!json.stdout.contains(&0x1b), "ANSI escape in JSON");
    let forced = run(&["gloss", "--color", "always", SEED]);
    assert!(forced.stdout.contains(&0x1b), "--color always colours inline output");
}

#[test]
fn invalid_utf8_names_the_byte_and_exits_2() {
    let out = run_stdin(&["gloss", "-"], b"perdamaian \xff di Gaza");
    assert_eq!(out.status.code(), Some(2));
    let message = stderr(&out);
    assert!(message.contains("-: byte 11: not valid UTF-8"), "{message}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_missing_file_exits_2_with_one_line() {
    let out = run(&["gloss", "no/such/article.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let message = stderr(&out);
    assert!(message.starts_with("padan: cannot read 'no/such/article.txt'"), "{message}");
    assert_eq!(message.lines().count(), 1, "{message}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["gloss", "--format", "yaml", SEED]).status.code(), Some(2));
    assert_eq!(run(&["no-such-command"]).status.code(), Some(2));
}

#[test]
fn bad_glossary_files_name_file_line_and_column() {
    insta::glob!("glossary-errors/*.toml", |path| {
        let relative = path.strip_prefix(common::root()).expect("inside the repository");
        let out = run(&["gloss", "--glossary", relative.to_str().expect("path"), SEED]);
        assert_eq!(out.status.code(), Some(2), "{}", relative.display());
        assert!(out.stdout.is_empty(), "nothing is glossed with a broken glossary");
        insta::assert_snapshot!(stderr(&out));
    });
}

#[test]
fn user_glossaries_add_to_or_replace_the_built_in_ones() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("user-glossary");
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("kantor.toml"), "[[entry]]\nterm = \"jadwal rapat\"\nen = [\"meeting schedule\"]\n")
        .expect("write");
    let text = "Jadwal rapat di Moskow";
    let with_default =
        run_stdin(&["gloss", "--format", "json", "--glossary", dir.to_str().expect("path")], text.as_bytes());
    let doc: serde_json::Value = serde_json::from_slice(&with_default.stdout).expect("JSON");
    let terms: Vec<&str> =
        doc["annotations"].as_array().expect("list").iter().filter_map(|a| a["term"].as_str()).collect();
    assert_eq!(terms, ["jadwal rapat", "Moskow"]);
    let alone = run_stdin(
        &["gloss", "--format", "json", "--no-default-glossary", "--glossary", dir.to_str().expect("path")],
        text.as_bytes(),
    );
    let doc: serde_json::Value = serde_json::from_slice(&alone.stdout).expect("JSON");
    assert_eq!(doc["glossaries"].as_array().map(Vec::len), Some(1));
    assert_eq!(doc["annotations"].as_array().map(Vec::len), Some(1));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let article = std::fs::read_to_string(common::root().join(SEED)).expect("seed");
    let big = article.repeat(300);
    let mut child = padan()
        .args(["gloss", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("padan runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(big.as_bytes());
    });
    let mut first = [0u8; 64];
    child.stdout.take().expect("stdout").read_exact(&mut first).expect("some output");
    // Dropping stdout closed the pipe, as `| head` does.
    let out = child.wait_with_output().expect("padan finishes");
    writer.join().expect("writer");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn several_articles_in_json_are_one_object_per_line_in_input_order() {
    let files = articles();
    let names: Vec<String> =
        files.iter().map(|p| p.strip_prefix(common::root()).expect("in repo").display().to_string()).collect();
    let mut args = vec!["gloss", "--format", "json"];
    args.extend(names.iter().map(String::as_str));
    let out = run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), names.len());
    for (line, name) in lines.iter().zip(&names) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("each line is a JSON object");
        assert_eq!(doc["source"], name.as_str());
    }
}

#[test]
fn markdown_marks_terms_and_ends_with_a_table() {
    let out = run_stdin(&["gloss", "--format", "markdown"], "Kemlu mengimbau *WNI* di Gaza.\n".as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = stdout(&out);
    assert!(shown.starts_with("**Kemlu** *(Kementerian Luar Negeri: "), "{shown}");
    assert!(shown.contains(r"\***WNI**"), "the article's own asterisks are escaped: {shown}");
    assert!(shown.contains("| Indonesian | English | Count | Note |"), "{shown}");
    let bare = run_stdin(&["gloss", "-f", "md", "--no-term-list"], "Kemlu di Gaza.\n".as_bytes());
    assert!(!stdout(&bare).contains("## Terms"), "{}", stdout(&bare));
}

#[test]
fn html_is_one_self_contained_page_even_for_several_articles() {
    let out = run(&["gloss", "--format", "html", SEED, "tests/articles/001_voa_mesir_mundurnya_mubarak.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    assert_eq!(page.matches("<html").count(), 1);
    assert_eq!(page.matches("<section>").count(), 2);
    assert!(page.contains("<h2>tests/articles/001_voa_mesir_mundurnya_mubarak.txt</h2>"));
    assert!(page.contains(">menengahi</mark><span class=\"gloss\">mediate"), "terms are marked");
    assert!(
        page.contains("<mark class=\"exact\" title=\"&#39;Menengahi perundingan&#39; = mediate talks"),
        "notes show on hover"
    );
    for reference in ["<script", "src=", "href=", "http"] {
        assert!(!page.contains(reference), "{reference} in the page");
    }
}

#[test]
fn a_name_glossed_as_itself_gets_no_inline_gloss() {
    let out = run_stdin(&["gloss"], "Xi Jinping bertemu Putin di Jakarta.\n".as_bytes());
    let shown = stdout(&out);
    assert!(shown.starts_with("Xi Jinping bertemu Putin⟦Vladimir Putin⟧ di Jakarta."), "{shown}");
    let list = &shown[shown.rfind("Terms (").expect("a term list")..];
    assert!(list.contains("Xi Jinping"), "the term list still counts it: {list}");
}
