//! Writing to standard output: a closed pipe (`padan gloss … | head`) ends the program
//! quietly, and colour is decided here and nowhere else.

use crate::args::ColorChoice;
use std::io::{self, IsTerminal, Write};

/// Writes `text` to standard output. A closed pipe is not an error: the reader has
/// what it wanted.
pub fn write_stdout(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
        other => other,
    }
}

/// Whether to colour standard output.
pub fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && io::stdout().is_terminal(),
    }
}

/// ANSI codes around an inline gloss: dim cyan, so the article stays the main text.
pub const GLOSS_COLOR: (&str, &str) = ("\x1b[2;36m", "\x1b[0m");

/// `n` and the noun in the right number: "1 file", "3 files".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
