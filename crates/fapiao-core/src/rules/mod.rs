//! Validation rules, one module per family. Each finding has a stable rule id (a public contract).
