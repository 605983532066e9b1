//! HTML: a self-contained printable A4 page.
