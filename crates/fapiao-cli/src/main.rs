//! `fapiao-check`: the command-line shell over `fapiao-core`.
//!
//! Glue code only: parse arguments, read files, call the core, write output, pick the exit code.
//! Exit codes: 0 = nothing wrong, 1 = findings or exceptions, 2 = unusable input or usage error.

mod common;
mod inspect;
mod reconcile;
mod rules_ref;
mod single;
mod validate;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Check and reconcile Chinese invoices (发票核对). Everything runs locally.
#[derive(Parser)]
#[command(name = "fapiao-check", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Show what was read from a file or a QR payload, and how columns were mapped.
    Inspect(inspect::Args),
    /// Run every validation rule on a ledger or an invoice file.
    Validate(validate::Args),
    /// Reconcile a ledger (台账) against the platform's export.
    Reconcile(reconcile::Args),
    /// Print the reference of every validation rule.
    Rules(rules_ref::Args),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let code = match cli.command {
        Command::Inspect(args) => inspect::run(args),
        Command::Validate(args) => validate::run(args),
        Command::Reconcile(args) => reconcile::run(args),
        Command::Rules(args) => rules_ref::run(args),
    };
    ExitCode::from(code)
}
