//! Snapshot tests over the article corpus: every `tests/articles/*.txt` is glossed with
//! the repository's glossaries and snapshotted in every output format: inline text,
//! Markdown, HTML and JSON.
//!
//! To add an article, save its text as `tests/articles/NNN_name.txt` (UTF-8, as
//! published) with its source in `tests/articles/SOURCES.md`, and run `cargo test`:
//! its snapshots appear as new. After editing a glossary, run `cargo test` and then
//! `cargo insta review` to read every change it made to the glossed output; accept
//! only what is right.

mod common;

use padan_core::{
    Glossed, InlineStyle, Matcher, render_html, render_inline, render_json, render_markdown, render_term_list,
};

#[test]
fn articles_glossed() {
    let glossary = common::repository_glossary();
    let matcher = Matcher::builder().build(&glossary);
    insta::glob!("articles/*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("articles are UTF-8");
        let name = format!("tests/articles/{}", path.file_name().expect("file name").to_string_lossy());
        let annotations = matcher.annotate(&text);
        let glossed = Glossed { source: &name, text: &text, glossary: &glossary, annotations: &annotations };
        let inline = format!("{}\n\n{}", render_inline(&glossed, InlineStyle::default()), render_term_list(&glossed));
        insta::assert_snapshot!("inline", inline);
        insta::assert_snapshot!("markdown", render_markdown(&glossed, true));
        insta::assert_snapshot!("html", render_html(&[glossed], true));
        insta::assert_snapshot!("json", render_json(&glossed));
    });
}
