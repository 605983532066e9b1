//! What the single-invoice document readers (QR, XML, OFD, image, PDF) share: building their
//! diagnostics and [`Parsed`] results. Values are read by [`super::values`].

use super::{sha256_hex, Parsed};
use crate::diag::{Diagnostic, Place, Severity};
use crate::model::InputInfo;
use crate::text::Text;

/// A diagnostic with both languages filled in.
pub(crate) fn diag(
    id: &str,
    severity: Severity,
    place: Place,
    message: Text,
    action: Text,
) -> Diagnostic {
    Diagnostic {
        id: id.into(),
        severity,
        place,
        message,
        action,
    }
}

/// The error for a file that cannot be used at all.
pub(crate) fn file_error(file: &str, id: &str, message: Text, action: Text) -> Diagnostic {
    diag(id, Severity::Error, Place::file(file), message, action)
}

/// An empty [`Parsed`] for a document: name, fingerprint, size, format and the part used.
pub(crate) fn parsed(name: &str, bytes: &[u8], format: &str, part: Option<&str>) -> Parsed {
    Parsed {
        info: InputInfo {
            name: name.into(),
            sha256: sha256_hex(bytes),
            size: bytes.len() as u64,
            format: format.into(),
            source_part: part.map(str::to_owned),
            ..InputInfo::default()
        },
        ..Parsed::default()
    }
}
