//! The Fapiao Check web app (Yew), a thin shell over `fapiao-core`.
