//! XLSX: a summary sheet and one sheet per exception kind.
