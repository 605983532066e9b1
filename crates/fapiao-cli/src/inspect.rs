//! `fapiao-check inspect`: not built yet; its issue fills it in.

/// Arguments of `inspect`.
#[derive(clap::Args)]
pub struct Args {
    /// Any arguments, until this subcommand is built.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    rest: Vec<String>,
}

/// Runs `inspect`.
pub fn run(args: Args) -> u8 {
    if let Some(code) = super::single::inspect(&args.rest) {
        return code;
    }
    let _ = args.rest;
    eprintln!("“inspect” 尚未实现 / “inspect” is not built yet");
    super::common::EXIT_UNUSABLE
}
