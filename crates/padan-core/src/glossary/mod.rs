//! Glossaries: the model, loading from TOML files, and the merged set the matcher
//! indexes.

mod exchange;
mod format;
mod lint;
mod load;
mod model;

pub use exchange::{ExchangeFormat, ImportedRow, export_entries, import_rows};
pub use format::format_glossary;
pub(crate) use lint::stop_words;
pub use lint::{Finding, LintRule, LintSource, lint};
pub use load::GlossaryFile;
pub use model::{CaseRule, Entry, FormKind, GlossaryInfo, Morphology, Pos, Sense};

/// Index of an entry in a [`Glossary`].
pub type EntryId = usize;

/// A set of glossary files, merged. Entries keep the file they came from; which entry
/// wins when two share a form is decided by [`Glossary::precedence`].
#[derive(Clone, Debug, Default)]
pub struct Glossary {
    files: Vec<GlossaryInfo>,
    entries: Vec<Entry>,
}

impl Glossary {
    /// An empty glossary.
    pub fn new() -> Glossary {
        Glossary::default()
    }

    /// Adds a loaded file; later files come after earlier ones.
    pub fn add(&mut self, file: GlossaryFile) {
        let index = self.files.len();
        self.files.push(file.info);
        self.entries.extend(file.entries.into_iter().map(|mut e| {
            e.file = index;
            e
        }));
    }

    /// The files, in the order they were added.
    pub fn files(&self) -> &[GlossaryInfo] {
        &self.files
    }

    /// All entries.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// One entry.
    pub fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id]
    }

    /// The file an entry came from.
    pub fn file_of(&self, id: EntryId) -> &GlossaryInfo {
        &self.files[self.entries[id].file]
    }

    /// A sort key for entries that share a form: smaller wins. A file with a higher
    /// `priority` wins; at equal priority an entry marked `overrides` wins over
    /// earlier files, otherwise the first loaded wins.
    pub fn precedence(&self, id: EntryId) -> (i64, i64, usize) {
        let entry = &self.entries[id];
        let priority = self.files[entry.file].priority;
        let overriding = if entry.overrides { -(entry.file as i64) - 1 } else { 0 };
        (-priority, overriding, id)
    }
}
