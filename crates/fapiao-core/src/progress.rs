//! Progress of long work, for a caller that shows it: a callback told "done of total" now and
//! then. The readers and the rules call it from their row loops, every [`STEP`] rows and at the
//! end, so a caller that forwards it (the app's worker) sends a few dozen messages, not one a row.

/// How often a loop reports, in rows.
pub const STEP: usize = 4096;

/// Receives progress: units done, units in all.
pub type Progress<'a> = &'a mut dyn FnMut(u64, u64);

/// A callback for callers that show no progress.
pub fn ignore(_done: u64, _total: u64) {}

/// Reports `done` of `total` when `done` is a multiple of [`STEP`] (zero included) or the end.
#[inline]
pub(crate) fn every(progress: &mut dyn FnMut(u64, u64), done: usize, total: usize) {
    if done.is_multiple_of(STEP) || done == total {
        progress(done as u64, total as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_every_step_and_the_end() {
        let mut seen = Vec::new();
        let total = STEP * 2 + 5;
        for done in 0..=total {
            every(&mut |d, t| seen.push((d, t)), done, total);
        }
        let t = total as u64;
        let step = STEP as u64;
        assert_eq!(seen, vec![(0, t), (step, t), (2 * step, t), (t, t)]);
    }
}
