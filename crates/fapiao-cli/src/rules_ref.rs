//! `fapiao-check rules`: not built yet; its issue fills it in.

/// Arguments of `rules_ref`.
#[derive(clap::Args)]
pub struct Args {
    /// Any arguments, until this subcommand is built.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    rest: Vec<String>,
}

/// Runs `rules_ref`.
pub fn run(args: Args) -> u8 {
    let _ = args.rest;
    eprintln!("“rules” 尚未实现 / “rules” is not built yet");
    super::common::EXIT_UNUSABLE
}
