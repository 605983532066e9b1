//! The bad-input corpus (tests/fixtures/bad, see scripts/make_bad_fixtures.py) through the CLI,
//! as a user of `fapiao-check` meets it: every file gives its expected id, a refused file exits
//! with 2 and says why in both languages, and no input makes the program panic.

use std::path::PathBuf;
use std::process::Command;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/bad")
}

/// (file, stage, id) of every line of expected.tsv.
fn cases() -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(corpus().join("expected.tsv")).expect("expected.tsv");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (cols[0].into(), cols[1].into(), cols[2].into())
        })
        .collect()
}

/// Runs `fapiao-check COMMAND FILE ARGS…`: exit code and standard output + error together.
fn run(command: &str, file: &str, args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_fapiao-check"))
        .arg(command)
        .arg(corpus().join(file))
        .args(args)
        .output()
        .expect("runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

fn has_han(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn every_bad_file_gives_its_id_through_the_cli_without_a_panic() {
    let cases = cases();
    assert!(cases.len() >= 100, "the corpus has {} cases", cases.len());
    let mut failures = Vec::new();
    for (file, stage, id) in &cases {
        let (inspect_code, inspect) = run("inspect", file, &[]);
        // The corpus's dates are judged against the same day as the core's corpus test.
        let (validate_code, validate) = run("validate", file, &["--as-of", "2024-12-31"]);
        let both = format!("{inspect}\n{validate}");
        if both.contains("panicked") || inspect_code < 0 || validate_code < 0 {
            failures.push(format!("{file}: panic or signal\n{both}"));
            continue;
        }
        match stage.as_str() {
            "error" => {
                let refused = inspect_code == 2 && validate_code == 2;
                let said = inspect.contains(&format!("[{id}]")) && inspect.contains(file.as_str());
                let bilingual = has_han(&inspect) && inspect.contains("action");
                if !(refused && said && bilingual) {
                    failures.push(format!(
                        "{file}: expected exit 2 with [{id}] (got {inspect_code}/{validate_code})\n{inspect}"
                    ));
                }
            }
            "note" if !both.contains(id.as_str()) => {
                failures.push(format!("{file}: expected the note {id}\n{both}"));
            }
            "note" | "ok" if inspect_code == 2 => {
                failures.push(format!("{file}: readable, but inspect exited 2\n{inspect}"));
            }
            _ => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
