//! Shared by the integration tests: the repository's glossaries, loaded the way the
//! binary loads its built-in ones.

#![allow(dead_code)]

use padan_core::{Annotation, Glossary, GlossaryFile, Matcher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `glossaries/*.toml`, sorted by name.
pub fn glossary_paths() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("glossaries"))
        .expect("glossaries/ exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths
}

/// The repository's glossaries, merged.
pub fn repository_glossary() -> Glossary {
    let mut glossary = Glossary::new();
    for path in glossary_paths() {
        let text = std::fs::read_to_string(&path).expect("glossary is UTF-8");
        let name = Path::new("glossaries").join(path.file_name().expect("file name"));
        glossary.add(GlossaryFile::parse(&name, &text).unwrap_or_else(|e| panic!("{e}")));
    }
    glossary
}

/// The repository's glossaries, loaded once per test binary.
pub fn shared_glossary() -> &'static Glossary {
    static GLOSSARY: OnceLock<Glossary> = OnceLock::new();
    GLOSSARY.get_or_init(repository_glossary)
}

/// The annotations a default matcher over the repository's glossaries gives `text`
/// (the matcher is built once per test binary).
pub fn annotate(text: &str) -> Vec<Annotation> {
    static MATCHER: OnceLock<Matcher<'static>> = OnceLock::new();
    MATCHER.get_or_init(|| Matcher::builder().build(shared_glossary())).annotate(text)
}

/// The `padan` binary, run from the repository root, with colour left to its default.
pub fn padan() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_padan"));
    cmd.current_dir(root()).env_remove("NO_COLOR");
    cmd
}

/// Runs padan with `args`.
pub fn run(args: &[&str]) -> Output {
    padan().args(args).output().expect("padan runs")
}

/// Runs padan with `args` and `input` on standard input.
pub fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = padan()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("padan runs");
    child.stdin.take().expect("stdin").write_all(input).expect("write stdin");
    child.wait_with_output().expect("padan finishes")
}

/// Standard output, as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

/// Standard error, as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("UTF-8 messages")
}
