//! Reconciliation: a ledger (台账) against the platform export, with the likely cause of each difference.
