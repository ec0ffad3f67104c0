//! The `padan` binary: parses arguments, runs a subcommand, maps the outcome to an
//! exit code. Exit codes are a contract: 0 ok, 1 findings (lint), 2 error or usage.

mod analyze;
mod args;
mod dictionary;
mod gloss;
mod glossaries;
mod glossary_cmd;
mod glossary_edit;
mod input;
mod lookup;
mod output;
mod suggest;

use args::{Cli, Command};
use clap::Parser;
use std::process::ExitCode;

/// What a subcommand found, when finding things is its job (lint).
#[derive(Debug)]
pub enum Outcome {
    Clean,
    Findings,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Gloss(args) => gloss::run(args).map(|()| Outcome::Clean),
        Command::Glossary(command) => glossary_cmd::run(command),
        Command::Analyze(args) => analyze::run(args).map(|()| Outcome::Clean),
        Command::Suggest(args) => suggest::run(args).map(|()| Outcome::Clean),
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(1),
        Err(err) => {
            eprintln!("padan: {err:#}");
            ExitCode::from(2)
        }
    }
}
