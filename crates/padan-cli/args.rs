//! Command-line arguments. The doc comments here are the help text.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// padan — Indonesian-to-English term glossing for news translators.
///
/// Finds every glossary term in an Indonesian text, also when morphology has changed
/// its shape or it appears as an acronym, and glosses it in English.
#[derive(Debug, Parser)]
#[command(name = "padan", version, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Gloss an article: every glossary term found, with its English.
    Gloss(GlossArgs),
    /// Show every morphological analysis of words, best first.
    Analyze(AnalyzeArgs),
    /// Suggest terms for the glossary: the acronyms, names and recurring words an
    /// article has that the glossary does not gloss.
    Suggest(SuggestArgs),
    /// Work on glossary files: lint, format, look up, count.
    #[command(subcommand)]
    Glossary(GlossaryCommand),
}

#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// The article (`-` or nothing for standard input).
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// How many suggestions to show.
    #[arg(long, default_value_t = 40)]
    pub limit: usize,

    #[command(flatten)]
    pub source: GlossarySource,
}

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Words to analyse; read from standard input (whitespace-separated) when none are
    /// given.
    #[arg(value_name = "WORD")]
    pub words: Vec<String>,

    /// Rank candidates against this root list (one word per line) instead of the
    /// glossaries.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,

    /// One JSON object per word and line:
    /// `{"word": …, "analyses": [{"lemma": …, "affixes": […], "in_lexicon": …}]}`.
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub source: GlossarySource,
}

#[derive(Debug, Subcommand)]
pub enum GlossaryCommand {
    /// Check glossary files: schema, duplicates and collisions within and across files,
    /// stop words, renderings, normal form. Exits 1 when it finds problems.
    Lint(FilesArgs),
    /// Rewrite glossary files in normal form (sorted entries, keys in schema order).
    Fmt(FmtArgs),
    /// Count entries per file, domain and part of speech; abbreviations, variants, senses.
    Stats(FilesArgs),
    /// Look words or phrases up: the entries they match, and how (inflected, derived,
    /// fuzzy…), with every field of the entry and where it is defined.
    Lookup(LookupArgs),
    /// Add an entry to a glossary file (kept in normal form; the file is replaced only
    /// when the new entry is valid and its term is new).
    Add(AddArgs),
    /// Write glossaries in a format other tools read: OmegaT (tab-separated), CSV, TBX.
    Export(ExportArgs),
    /// Merge an OmegaT or CSV glossary into a glossary file (existing terms are kept and
    /// reported).
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct LookupArgs {
    /// Words or phrases to look up (each argument is looked up as a whole).
    #[arg(value_name = "TEXT", required = true)]
    pub texts: Vec<String>,

    #[command(flatten)]
    pub source: GlossarySource,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The glossary file to add to (created if it does not exist).
    #[arg(long, value_name = "FILE")]
    pub file: PathBuf,

    /// The Indonesian headword.
    #[arg(long)]
    pub term: String,

    /// An English rendering (repeatable; the preferred one first).
    #[arg(long = "en", required = true)]
    pub en: Vec<String>,

    /// Part of speech: noun, verb, adj, adv, phrase or name.
    #[arg(long)]
    pub pos: Option<String>,

    /// A subject area (repeatable).
    #[arg(long)]
    pub domain: Vec<String>,

    /// Another spelling (repeatable).
    #[arg(long = "variant")]
    pub variants: Vec<String>,

    /// An abbreviation or acronym (repeatable).
    #[arg(long)]
    pub abbr: Vec<String>,

    /// A note for the translator.
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = ExchangeChoice::Omegat)]
    pub format: ExchangeChoice,

    #[command(flatten)]
    pub files: FilesArgs,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The OmegaT (`.txt`/`.tsv`) or CSV glossary to read.
    #[arg(value_name = "FILE")]
    pub input: PathBuf,

    /// The glossary file to merge into (created if it does not exist).
    #[arg(long, value_name = "FILE")]
    pub into: PathBuf,

    /// Input format; by default from the extension (`.csv` is CSV, anything else OmegaT).
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<ExchangeChoice>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExchangeChoice {
    /// OmegaT glossary: term, translation, comment, tab-separated.
    Omegat,
    /// CSV: term,en,pos,domain,variants,abbr,note.
    Csv,
    /// TBX-Basic XML (export only).
    Tbx,
}

#[derive(Debug, Args)]
pub struct FilesArgs {
    /// Glossary files or folders; default: the `glossaries/` folder here.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct FmtArgs {
    #[command(flatten)]
    pub files: FilesArgs,

    /// Change nothing; exit 1 when a file is not in normal form.
    #[arg(long)]
    pub check: bool,
}

/// Where glossaries come from.
#[derive(Debug, Args)]
pub struct GlossarySource {
    /// A glossary file or a folder of `*.toml` glossaries to add (repeatable).
    #[arg(long = "glossary", short = 'g', value_name = "PATH")]
    pub glossaries: Vec<PathBuf>,

    /// Leave out the glossaries built into padan.
    #[arg(long)]
    pub no_default_glossary: bool,
}

#[derive(Debug, Args)]
pub struct GlossArgs {
    /// Articles to gloss (UTF-8 text); `-` or nothing reads standard input. With more
    /// than one file, JSON output is one compact object per line (JSON Lines) and HTML
    /// one page with a section per article.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Inline)]
    pub format: Format,

    /// Leave out the term list that follows the glossed text (inline, Markdown, HTML).
    #[arg(long)]
    pub no_term_list: bool,

    /// How much fuzzy matching to do for misspelt and misnamed terms.
    #[arg(long, value_enum, default_value_t = FuzzyChoice::Normal)]
    pub fuzzy: FuzzyChoice,

    /// A Hunspell dictionary (`.dic`, with its `.aff` beside it) whose words are never
    /// taken for misspellings; `none` for no dictionary. By default the system's
    /// Indonesian dictionary is used when installed (Debian: hunspell-id).
    #[arg(long, value_name = "PATH")]
    pub dictionary: Option<PathBuf>,

    #[command(flatten)]
    pub source: GlossarySource,

    /// When to colour the inserted glosses.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The article with `⟦gloss⟧` after each term, then a term list.
    Inline,
    /// Markdown: each term in bold with its gloss in italics, then a table of terms.
    #[value(alias = "md")]
    Markdown,
    /// One self-contained HTML page: terms marked, glosses beside them, notes on hover,
    /// then a table of terms.
    Html,
    /// The JSON contract (version 1): offsets, terms, glosses, match kinds.
    Json,
    /// Only the term list: each term found, its English and its count.
    Terms,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FuzzyChoice {
    /// No fuzzy matching.
    Off,
    /// Only clear misspellings of long words.
    Strict,
    /// Misspellings scaled to word length, and misnamed multi-word names.
    Normal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    #[test]
    fn arguments_are_consistent() {
        Cli::command().debug_assert();
    }
}
