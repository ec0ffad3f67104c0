//! Builds the built-in glossaries into the binary: every `glossaries/*.toml` is parsed
//! and validated here, once, and embedded pre-parsed (as JSON, which loads far faster
//! than TOML; one document per file, parsed in parallel), so `padan gloss` works from any folder and starts quickly. A glossary
//! that does not load stops the build with its `file:line:column` message.

use padan_core::GlossaryFile;
use std::path::Path;

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&root).join("glossaries");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("the glossaries/ folder is readable")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    let mut files = Vec::with_capacity(paths.len());
    for path in &paths {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().and_then(|n| n.to_str()).expect("glossary file names are UTF-8");
        let text = std::fs::read_to_string(path).expect("glossary files are UTF-8");
        match GlossaryFile::parse(Path::new("glossaries").join(name), &text) {
            Ok(file) => files.push(file),
            Err(e) => panic!("{e}"),
        }
    }
    // One JSON document per file, so the binary can parse them on several cores.
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut list = String::from("&[\n");
    for (i, file) in files.iter().enumerate() {
        let json = serde_json::to_string(file).expect("glossaries serialize");
        let name = format!("builtin_glossary_{i:02}.json");
        std::fs::write(Path::new(&out_dir).join(&name), json).expect("OUT_DIR is writable");
        list.push_str(&format!("    include_str!(concat!(env!(\"OUT_DIR\"), \"/{name}\")),\n"));
    }
    list.push(']');
    std::fs::write(Path::new(&out_dir).join("builtin_glossaries.rs"), list).expect("OUT_DIR is writable");
}
