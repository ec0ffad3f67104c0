//! The Hunspell dictionary that vetoes fuzzy matches: the system's Indonesian one when
//! installed, another by `--dictionary PATH`, none by `--dictionary none`. Such
//! dictionaries are copyleft, so padan reads them at run time and never embeds them.

use anyhow::{Context, Result};
use padan_core::SpellChecker;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where Debian's `hunspell-id` installs the Indonesian dictionary.
const SYSTEM_DICTIONARY: &str = "/usr/share/hunspell/id_ID.dic";

/// The dictionary to use, if any.
pub fn load(choice: Option<&Path>) -> Result<Option<Arc<SpellChecker>>> {
    let dic = match choice {
        Some(p) if p == Path::new("none") => return Ok(None),
        Some(p) => p.to_path_buf(),
        None if Path::new(SYSTEM_DICTIONARY).exists() => PathBuf::from(SYSTEM_DICTIONARY),
        None => return Ok(None),
    };
    let aff = dic.with_extension("aff");
    let read =
        |p: &Path| std::fs::read_to_string(p).with_context(|| format!("cannot read dictionary '{}'", p.display()));
    let checker = SpellChecker::new(&read(&aff)?, &read(&dic)?)
        .map_err(|e| anyhow::anyhow!("{}: not a Hunspell dictionary: {e}", dic.display()))?;
    Ok(Some(Arc::new(checker)))
}
