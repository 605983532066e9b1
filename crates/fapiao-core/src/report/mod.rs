//! Reports: one model of a reconciliation, and renderers (JSON, CSV, XLSX, HTML) of it.
