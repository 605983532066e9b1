//! `fapiao-check validate`: not built yet; its issue fills it in.

/// Arguments of `validate`.
#[derive(clap::Args)]
pub struct Args {
    /// Any arguments, until this subcommand is built.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    rest: Vec<String>,
}

/// Runs `validate`.
pub fn run(args: Args) -> u8 {
    let _ = args.rest;
    eprintln!("“validate” 尚未实现 / “validate” is not built yet");
    super::common::EXIT_UNUSABLE
}
