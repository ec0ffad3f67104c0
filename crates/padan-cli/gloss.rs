//! `padan gloss`: read articles, annotate them, render them.

use crate::args::{Format, FuzzyChoice, GlossArgs};
use crate::output::{GLOSS_COLOR, use_color, write_stdout};
use crate::{dictionary, glossaries, input};
use anyhow::Result;
use padan_core::{
    FuzzyMode, Glossed, InlineStyle, Matcher, render_html, render_inline, render_json, render_json_line,
    render_markdown, render_term_list,
};
use rayon::prelude::*;

pub fn run(args: &GlossArgs) -> Result<()> {
    // The Hunspell dictionary loads on a second core while the glossaries load.
    let wants_dictionary = args.fuzzy != FuzzyChoice::Off;
    let (glossary, spell) = rayon::join(
        || glossaries::load(&args.source),
        || if wants_dictionary { dictionary::load(args.dictionary.as_deref()) } else { Ok(None) },
    );
    let glossary = glossary?;
    let mut builder = Matcher::builder();
    builder.fuzzy(match args.fuzzy {
        FuzzyChoice::Off => FuzzyMode::Off,
        FuzzyChoice::Strict => FuzzyMode::Strict,
        FuzzyChoice::Normal => FuzzyMode::Normal,
    });
    if let Some(spell) = spell? {
        builder.spell_checker(spell);
    }
    let matcher = builder.build(&glossary);
    let inputs = input::read_all(&args.files)?;
    let many = inputs.len() > 1;
    let style = if use_color(args.color) && args.format == Format::Inline {
        InlineStyle { before: GLOSS_COLOR.0, after: GLOSS_COLOR.1 }
    } else {
        InlineStyle::default()
    };
    // Articles are independent: annotate them in parallel, print them in input order.
    let annotations: Vec<_> = inputs.par_iter().map(|input| matcher.annotate(&input.text)).collect();
    let glossed: Vec<Glossed<'_>> = inputs
        .iter()
        .zip(&annotations)
        .map(|(input, annotations)| Glossed {
            source: &input.name,
            text: &input.text,
            glossary: &glossary,
            annotations,
        })
        .collect();
    let term_list = !args.no_term_list;
    let rendered: Vec<String> = match args.format {
        Format::Html => vec![render_html(&glossed, term_list)],
        _ => glossed
            .par_iter()
            .map(|glossed| match args.format {
                Format::Json if many => render_json_line(glossed),
                Format::Json => render_json(glossed),
                Format::Terms => with_heading(many, glossed.source, render_term_list(glossed)),
                Format::Markdown => {
                    let body = render_markdown(glossed, term_list);
                    if many { format!("# {}\n\n{body}\n", glossed.source) } else { body }
                }
                Format::Html | Format::Inline => {
                    let mut out = render_inline(glossed, style);
                    if term_list {
                        if !out.ends_with('\n') {
                            out.push('\n');
                        }
                        out.push('\n');
                        out.push_str(&render_term_list(glossed));
                    }
                    with_heading(many, glossed.source, out)
                }
            })
            .collect(),
    };
    for text in rendered {
        write_stdout(&text)?;
    }
    // The process ends right after this: freeing tens of thousands of small strings
    // one by one would cost more than the glossing of a typical article.
    std::mem::forget(annotations);
    std::mem::forget(matcher);
    std::mem::forget(glossary);
    Ok(())
}

fn with_heading(many: bool, name: &str, body: String) -> String {
    if many { format!("==> {name} <==\n{body}\n") } else { body }
}
