//! The JSON contract (`fapiao-check/reconcile/1`).

use super::Report;

/// The report as pretty-printed JSON.
pub fn render(report: &Report) -> String {
    // The model holds only strings, numbers, dates and string-keyed maps: it always serialises.
    serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
