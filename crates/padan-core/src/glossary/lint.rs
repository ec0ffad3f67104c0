//! `padan glossary lint`: everything that can be wrong with a set of glossary files,
//! each finding with `file:line:column`. A test runs the same code over `glossaries/`.

use super::format::format_glossary;
use super::load::GlossaryFile;
use super::model::{CaseRule, Entry, FormKind, Pos};
use crate::error::Location;
use crate::fold::{fold, is_all_capitals};
use crate::span::LineColumn;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The kind of problem a finding reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LintRule {
    /// The file does not load: syntax, unknown keys, missing or empty values.
    Schema,
    /// The same term defined twice without `overrides` or a priority to settle it.
    Duplicate,
    /// A variant or abbreviation that is also a form of another entry.
    Collision,
    /// A form that is an Indonesian function word and would flood output.
    StopWord,
    /// An abbreviation that is also a common Indonesian word.
    CommonWord,
    /// A rendering that cannot be right: the term itself, repeated, or also in `avoid`.
    Rendering,
    /// The file is not in normal form.
    NotNormalForm,
}

impl LintRule {
    /// The rule's name as printed.
    pub fn name(self) -> &'static str {
        match self {
            LintRule::Schema => "schema",
            LintRule::Duplicate => "duplicate",
            LintRule::Collision => "collision",
            LintRule::StopWord => "stop-word",
            LintRule::CommonWord => "common-word",
            LintRule::Rendering => "rendering",
            LintRule::NotNormalForm => "normal-form",
        }
    }
}

/// One problem found by [`lint`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Where it is.
    pub location: Location,
    /// Which rule it breaks.
    pub rule: LintRule,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} [{}]", self.location, self.message, self.rule.name())
    }
}

/// A glossary file's path and text, as given to [`lint`].
#[derive(Clone, Copy, Debug)]
pub struct LintSource<'a> {
    /// The file as the user named it.
    pub path: &'a Path,
    /// Its contents.
    pub text: &'a str,
}

/// The Indonesian function words no form may be.
pub(crate) fn stop_words() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("../../data/stopwords.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Where a form stands: (source index, file priority, entry, form kind, form).
type FormSite<'a> = (usize, i64, &'a Entry, FormKind, &'a str);

/// Lints a set of glossary files together (duplicates are looked for across them).
/// Findings come sorted by file, line and column.
pub fn lint(sources: &[LintSource<'_>]) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut loaded: Vec<(usize, GlossaryFile)> = Vec::new();
    for (i, source) in sources.iter().enumerate() {
        match GlossaryFile::parse(source.path, source.text) {
            Ok(file) => {
                check_normal_form(source, &file, &mut findings);
                loaded.push((i, file));
            }
            Err(e) => findings.push(Finding { location: e.location, rule: LintRule::Schema, message: e.message }),
        }
    }
    let at =
        |file: usize, entry: &Entry| Location { file: PathBuf::from(sources[file].path), line: entry.line, column: 1 };

    let mut forms: HashMap<String, Vec<FormSite<'_>>> = HashMap::new();
    for (i, file) in &loaded {
        for entry in &file.entries {
            check_entry(entry, at(*i, entry), &mut findings);
            for (kind, form) in entry.forms() {
                forms.entry(fold(form)).or_default().push((*i, file.info.priority, entry, kind, form));
            }
        }
    }
    let mut keys: Vec<&String> = forms.keys().collect();
    keys.sort();
    for key in keys {
        let group = &forms[key];
        for (n, &(fa, pa, a, ka, form_a)) in group.iter().enumerate() {
            for &(fb, pb, b, kb, form_b) in &group[..n] {
                if std::ptr::eq(a, b) {
                    // Two spellings that differ only in case match the same words
                    // unless case tells them apart.
                    if ka != kb || form_a == form_b || !case_separates(a, form_a, b, form_b) {
                        findings.push(Finding {
                            location: at(fa, a),
                            rule: LintRule::Collision,
                            message: if form_a == form_b {
                                format!("entry '{}' lists '{form_a}' twice (remove the repeat)", a.term)
                            } else {
                                format!(
                                    "entry '{}' lists '{form_a}' and '{form_b}', which match the same words (remove one)",
                                    a.term
                                )
                            },
                        });
                    }
                    continue;
                }
                if case_separates(a, form_a, b, form_b) {
                    continue;
                }
                let settled = pa != pb || (fa != fb && (a.overrides || b.overrides));
                if settled {
                    continue;
                }
                let other = format!("{}:{}", sources[fb].path.display(), b.line);
                let (rule, message) = if ka == FormKind::Term && kb == FormKind::Term {
                    (
                        LintRule::Duplicate,
                        format!(
                            "term '{}' is also an entry at {other} (merge the two, or mark the later one `overrides = true`)",
                            a.term
                        ),
                    )
                } else {
                    (
                        LintRule::Collision,
                        format!(
                            "'{form_a}' of entry '{}' is also a form of '{}' at {other} (a form must stand for one entry: remove it from one of them)",
                            a.term, b.term
                        ),
                    )
                };
                findings.push(Finding { location: at(fa, a), rule, message });
            }
        }
    }
    findings.sort_by(|x, y| {
        (&x.location.file, x.location.line, x.location.column, x.rule).cmp(&(
            &y.location.file,
            y.location.line,
            y.location.column,
            y.rule,
        ))
    });
    findings.dedup();
    findings
}

/// Whether two equal-when-folded forms are told apart by case: written differently,
/// with at least one matching only as written. The matcher prefers a form that matches
/// as written, so `AS` (United States) and `as` (axle) coexist, and so do `Barat`
/// (the West) and `barat` (west).
fn case_separates(a: &Entry, form_a: &str, b: &Entry, form_b: &str) -> bool {
    let sensitive = |e: &Entry, form: &str| match e.case {
        Some(rule) => rule == CaseRule::Sensitive,
        None => is_all_capitals(form),
    };
    form_a != form_b && (sensitive(a, form_a) || sensitive(b, form_b))
}

fn check_entry(entry: &Entry, location: Location, findings: &mut Vec<Finding>) {
    let mut push = |rule, message: String| {
        findings.push(Finding { location: location.clone(), rule, message });
    };
    let lexicon = crate::morphology::Lexicon::builtin();
    for (kind, form) in entry.forms() {
        let insensitive = entry.case == Some(CaseRule::Insensitive) || !is_all_capitals(form);
        // A variant is a spelling of the same word, so only abbreviations are checked.
        if insensitive
            && kind == FormKind::Abbreviation
            && entry.case != Some(CaseRule::Sensitive)
            && lexicon.contains(&fold(form))
        {
            push(
                LintRule::CommonWord,
                format!(
                    "abbreviation '{form}' of entry '{}' is also a common Indonesian word and would be glossed wherever that word is used (remove it, or make the entry `case = \"sensitive\"`)",
                    entry.term
                ),
            );
        }
        if insensitive && stop_words().contains(fold(form).as_str()) {
            let what = match kind {
                FormKind::Term => "term",
                FormKind::Variant => "variant",
                FormKind::Abbreviation => "abbreviation",
            };
            push(
                LintRule::StopWord,
                format!(
                    "{what} '{form}' of entry '{}' is a common function word and would be glossed everywhere (remove it)",
                    entry.term
                ),
            );
        }
    }
    // An English rendering identical to the Indonesian term is usually a slip; where
    // English really uses the same words (`status quo`), a note says so.
    let term = fold(&entry.term);
    let untranslated = entry.en.iter().all(|e| fold(e) == term);
    if untranslated && entry.pos != Some(Pos::Name) && entry.term.contains(' ') && entry.note.is_none() {
        push(
            LintRule::Rendering,
            format!(
                "entry '{}' is rendered only by the Indonesian term itself (translate it, or add a `note` saying English uses the same words)",
                entry.term
            ),
        );
    }
    let mut seen = HashSet::new();
    for rendering in &entry.en {
        // Case matters here: `COVID-19` and `Covid-19` are two house styles.
        if !seen.insert(rendering.as_str()) {
            push(LintRule::Rendering, format!("entry '{}' lists the rendering '{rendering}' twice", entry.term));
        }
        if entry.avoid.iter().any(|a| a.eq_ignore_ascii_case(rendering)) {
            push(
                LintRule::Rendering,
                format!("entry '{}' both uses and avoids '{rendering}' (keep it in one list)", entry.term),
            );
        }
    }
}

fn check_normal_form(source: &LintSource<'_>, file: &GlossaryFile, findings: &mut Vec<Finding>) {
    let normal = format_glossary(file);
    if normal == source.text {
        return;
    }
    let differs_at = normal
        .bytes()
        .zip(source.text.bytes())
        .position(|(a, b)| a != b)
        .unwrap_or(normal.len().min(source.text.len()));
    let at = LineColumn::of_offset(source.text, differs_at);
    findings.push(Finding {
        location: Location { file: PathBuf::from(source.path), line: at.line, column: 1 },
        rule: LintRule::NotNormalForm,
        message: format!(
            "file is not in normal form from here on (run `padan glossary fmt {}`)",
            source.path.display()
        ),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lint_texts(files: &[(&str, &str)]) -> Vec<String> {
        let sources: Vec<LintSource<'_>> =
            files.iter().map(|(p, t)| LintSource { path: Path::new(p), text: t }).collect();
        lint(&sources).into_iter().filter(|f| f.rule != LintRule::NotNormalForm).map(|f| f.to_string()).collect()
    }

    #[test]
    fn duplicate_terms_across_files() {
        let a = "[[entry]]\nterm = \"perang\"\nen = [\"war\"]\n";
        let b = "[[entry]]\nterm = \"Perang\"\nen = [\"battle\"]\n";
        let found = lint_texts(&[("a.toml", a), ("b.toml", b)]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("b.toml:2:1: term 'Perang' is also an entry at a.toml:2"), "{found:?}");
        let b_overrides = "[[entry]]\nterm = \"Perang\"\nen = [\"battle\"]\noverrides = true\n";
        assert!(lint_texts(&[("a.toml", a), ("b.toml", b_overrides)]).is_empty());
    }

    #[test]
    fn a_form_repeated_in_another_case() {
        let text = "[[entry]]\nterm = \"Menteri PANRB\"\nen = [\"minister\"]\nabbr = [\"MenPAN-RB\", \"Menpan-RB\", \"KPK\", \"Kpk\"]\n";
        let found = lint_texts(&[("p.toml", text)]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("lists 'Menpan-RB' and 'MenPAN-RB'"), "{found:?}");
    }

    #[test]
    fn colliding_abbreviations() {
        let text = "[[entry]]\nterm = \"Mahkamah Agung\"\nen = [\"Supreme Court\"]\nabbr = [\"MA\"]\n\n[[entry]]\nterm = \"Majelis\"\nen = [\"assembly\"]\nabbr = [\"MA\"]\n";
        let found = lint_texts(&[("h.toml", text)]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("'MA' of entry 'Majelis' is also a form of 'Mahkamah Agung'"), "{found:?}");
    }

    #[test]
    fn case_separates_capitals_from_words() {
        let text = "[[entry]]\nterm = \"Amerika Serikat\"\nen = [\"United States\"]\nabbr = [\"AS\"]\n\n[[entry]]\nterm = \"as\"\nen = [\"axle\"]\n";
        assert!(lint_texts(&[("x.toml", text)]).is_empty());
    }

    #[test]
    fn stop_words_and_renderings() {
        let text = "[[entry]]\nterm = \"yang\"\nen = [\"which\"]\n\n[[entry]]\nterm = \"gencatan senjata\"\nen = [\"gencatan senjata\", \"truce\", \"truce\"]\navoid = [\"truce\"]\n";
        let found = lint_texts(&[("x.toml", text)]);
        assert!(found.iter().any(|f| f.contains("term 'yang'") && f.ends_with("[stop-word]")), "{found:?}");
        assert!(!found.iter().any(|f| f.contains("Indonesian term itself")), "another rendering is given: {found:?}");
        assert!(found.iter().any(|f| f.contains("'truce' twice")), "{found:?}");
        assert!(found.iter().any(|f| f.contains("both uses and avoids 'truce'")), "{found:?}");
    }

    #[test]
    fn abbreviations_that_are_common_words() {
        // sulut (to light a fire) is a word; SULUT in capitals is not taken for it.
        let text = "[[entry]]\nterm = \"Sulawesi Utara\"\nen = [\"North Sulawesi\"]\nabbr = [\"SULUT\", \"Sulut\"]\n";
        let found = lint_texts(&[("x.toml", text)]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains("abbreviation 'Sulut' of entry 'Sulawesi Utara' is also a common Indonesian word"),
            "{found:?}"
        );
        let sensitive = format!("{text}case = \"sensitive\"\n");
        assert!(lint_texts(&[("x.toml", &sensitive)]).is_empty());
    }

    #[test]
    fn untranslated_renderings_need_a_note() {
        let bare = "[[entry]]\nterm = \"quick count\"\nen = [\"quick count\"]\n";
        let found = lint_texts(&[("x.toml", bare)]);
        assert!(found.iter().any(|f| f.contains("only by the Indonesian term itself")), "{found:?}");
        let noted =
            "[[entry]]\nterm = \"quick count\"\nen = [\"quick count\"]\nnote = \"English news uses the same words.\"\n";
        assert!(lint_texts(&[("x.toml", noted)]).is_empty());
    }

    #[test]
    fn schema_errors_are_findings() {
        let found = lint_texts(&[("x.toml", "[[entry]]\nterm = \"perang\"\n")]);
        assert_eq!(
            found,
            ["x.toml:2:8: entry 'perang' has no `en` (every entry needs at least one English rendering) [schema]"]
        );
    }

    #[test]
    fn normal_form_is_checked() {
        let text = "[[entry]]\nterm = \"perang\"\nen = [\"war\"]\n";
        let sources = [LintSource { path: Path::new("x.toml"), text }];
        let found = lint(&sources);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, LintRule::NotNormalForm);
    }
}
