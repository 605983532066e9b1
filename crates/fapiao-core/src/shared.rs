//! Text shared between records: a field's raw text ([`Raw`], shared with the row it was read
//! from) and the names many records repeat ([`Name`]: column letters, file and sheet names).
//!
//! A table row keeps every cell in one string ([`crate::parse::table::Row`]); a field read from
//! it points into that string instead of copying its cell, so a record read from a row costs
//! one allocation (the row's text), not one per field (1,000,000 × 1,000,000 rows reconciled:
//! 3.6 GB at peak before, 2.7 GB after, in `bench/RESULTS.md`).

use std::borrow::Cow;
use std::fmt;
use std::ops::{Deref, Range};
use std::sync::Arc;

use arcstr::ArcStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Text exactly as found in a cell or element: a slice of a shared string.
///
/// Reads as a `&str`; 16 bytes (12 in wasm32), the size of the `Box<str>` it replaces. Built
/// from a string it owns its text; [`Raw::shared`] points into a row's text.
#[derive(Clone)]
pub struct Raw {
    /// One allocation holding the row's text and its count (the empty text allocates
    /// nothing); never null, so `Option<Raw>` (a text field's value) is 16 bytes too.
    text: ArcStr,
    start: u32,
    len: u32,
}

impl Raw {
    /// The part `range` of `text`, sharing it. A range that is not on character boundaries or
    /// too long for 32-bit offsets gives a copy of what it can read (never a panic).
    pub fn shared(text: &ArcStr, range: Range<usize>) -> Raw {
        if range.is_empty() {
            return Raw::default();
        }
        match (
            text.get(range.clone()),
            u32::try_from(range.start),
            u32::try_from(range.len()),
        ) {
            (Some(_), Ok(start), Ok(len)) => Raw {
                text: ArcStr::clone(text),
                start,
                len,
            },
            (slice, _, _) => Raw::from(slice.unwrap_or("")),
        }
    }

    /// `part` (a normalised form of this text, borrowed from it or not) as [`Raw`]: sharing
    /// this text's buffer when `part` lies inside it (a trimmed name, a clean number), a copy
    /// otherwise.
    pub fn part(&self, part: Cow<'_, str>) -> Raw {
        let Cow::Borrowed(borrowed) = part else {
            return Raw::from(part.into_owned());
        };
        let inside = (borrowed.as_ptr() as usize)
            .checked_sub(self.as_str().as_ptr() as usize)
            .filter(|at| at + borrowed.len() <= self.len as usize);
        match inside {
            Some(at) => Raw::shared(&self.text, {
                let start = self.start as usize + at;
                start..start + borrowed.len()
            }),
            None => Raw::from(borrowed),
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        let start = self.start as usize;
        self.text
            .get(start..start + self.len as usize)
            .unwrap_or("")
    }
}

impl From<&str> for Raw {
    fn from(text: &str) -> Self {
        match u32::try_from(text.len()) {
            Ok(len) if len > 0 => Raw {
                text: ArcStr::from(text),
                start: 0,
                len,
            },
            // Empty, or over 4 GiB in one value (beyond every reader's limits).
            _ => Raw::default(),
        }
    }
}

impl From<String> for Raw {
    fn from(text: String) -> Self {
        Raw::from(text.as_str())
    }
}

impl From<&String> for Raw {
    fn from(text: &String) -> Self {
        Raw::from(text.as_str())
    }
}

impl From<Cow<'_, str>> for Raw {
    fn from(text: Cow<'_, str>) -> Self {
        Raw::from(&*text)
    }
}

impl Default for Raw {
    fn default() -> Self {
        Raw {
            text: ArcStr::new(),
            start: 0,
            len: 0,
        }
    }
}

impl Deref for Raw {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Raw {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Raw {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Raw {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Raw {}

impl PartialEq<str> for Raw {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Raw {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::hash::Hash for Raw {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for Raw {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Raw {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Raw {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Raw::from)
    }
}

/// A name many records share: column letters, an element path, a file or sheet name. One
/// pointer wide (an `Arc<str>` is two); cloning it copies no text, so a million records read
/// from one sheet hold its file name, sheet name and column letters once.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Name(Arc<Box<str>>);

impl Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl<S: Into<Box<str>>> From<S> for Name {
    fn from(text: S) -> Self {
        Name(Arc::new(text.into()))
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        **self == *other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_reads_and_compares_as_text() {
        let row = ArcStr::from("2411200000001234567813%合计");
        let number = Raw::shared(&row, 0..20);
        let rate = Raw::shared(&row, 20..23);
        assert_eq!(number, "24112000000012345678");
        assert_eq!(&*rate, "13%");
        assert_eq!(ArcStr::strong_count(&row), Some(3));
        assert_eq!(rate, Raw::from("13%"));
        assert_eq!(format!("{rate} {rate:?}"), "13% \"13%\"");
        // Not on a character boundary (合 is three bytes): empty, never a panic.
        assert_eq!(Raw::shared(&row, 24..25), "");
        assert_eq!(Raw::shared(&row, 23..29), "合计");
        assert_eq!(Raw::shared(&row, 30..40), "");
        assert_eq!(Raw::from(""), Raw::default());
        let name = Raw::shared(&row, 20..29);
        let part = name.part(Cow::Borrowed(&name[3..]));
        assert_eq!((part.as_str(), part.start), ("合计", 23));
        assert!(ArcStr::ptr_eq(&part.text, &row));
        let elsewhere = name.part(Cow::Borrowed("合计"));
        assert_eq!(elsewhere, "合计");
        assert!(!ArcStr::ptr_eq(&elsewhere.text, &row));
        assert_eq!(name.part(Cow::Owned("13 %".into())), "13 %");
        assert_eq!(std::mem::size_of::<Raw>(), 16);
        assert_eq!(std::mem::size_of::<Option<Raw>>(), 16);
    }

    #[test]
    fn serialises_as_a_string() {
        let raw = Raw::shared(&ArcStr::from("a,b"), 2..3);
        let json = serde_json::to_string(&raw).unwrap();
        assert_eq!(json, "\"b\"");
        assert_eq!(serde_json::from_str::<Raw>(&json).unwrap(), raw);
    }
}
