//! Embeds `glossaries/*.toml` into the binary, so `padan gloss` works from any folder.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&root).join("glossaries");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the glossaries/ folder is readable")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut code = String::from(
        "/// Built-in glossary files: (file name, contents), sorted by name.\npub static BUILTIN_GLOSSARIES: &[(&str, &str)] = &[\n",
    );
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().and_then(|n| n.to_str()).expect("glossary file names are UTF-8");
        writeln!(code, "    ({name:?}, include_str!({:?})),", path.display().to_string()).expect("writing to a String");
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin_glossaries.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
