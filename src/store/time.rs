//! Timestamps for the state file: milliseconds since the Unix epoch, UTC, never repeating.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// A moment in time as milliseconds since 1970-01-01T00:00:00Z.
///
/// Stored as a plain integer so "last writer wins" is a number comparison.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(pub u64);

/// The last timestamp handed out by [`Timestamp::now`] in this process.
static LAST: AtomicU64 = AtomicU64::new(0);

impl Timestamp {
    /// The current time, strictly later than any timestamp this process made before.
    ///
    /// Strictly increasing matters: a delete and its undo in the same millisecond must
    /// still be ordered, or the merge could not tell which came last.
    pub fn now() -> Self {
        let wall = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
        let mut last = LAST.load(Ordering::Relaxed);
        loop {
            let next = wall.max(last.saturating_add(1));
            match LAST.compare_exchange_weak(last, next, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => return Self(next),
                Err(seen) => last = seen,
            }
        }
    }

    /// The calendar date and time in UTC: (year, month, day, hour, minute, second).
    pub fn utc(self) -> (i64, u32, u32, u32, u32, u32) {
        let secs = self.0 / 1000;
        let days = i64::try_from(secs / 86_400).unwrap_or(i64::MAX);
        let rem = secs % 86_400;
        let (y, m, d) = civil_from_days(days);
        // `rem` < 86 400, so every part fits in u32.
        let part = |v: u64| u32::try_from(v).unwrap_or(0);
        (
            y,
            m,
            d,
            part(rem / 3600),
            part(rem / 60 % 60),
            part(rem % 60),
        )
    }

    /// RFC 3339 in UTC with seconds, e.g. `2025-03-01T12:00:00Z`.
    pub fn rfc3339(self) -> String {
        let (y, mo, d, h, mi, s) = self.utc();
        format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
    }

    /// A compact UTC stamp for file names, e.g. `20250301T120000Z`.
    pub fn compact(self) -> String {
        let (y, mo, d, h, mi, s) = self.utc();
        format!("{y:04}{mo:02}{d:02}T{h:02}{mi:02}{s:02}Z")
    }
}

impl fmt::Display for Timestamp {
    /// A short human form: `2025-03-01 12:00 UTC`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, mo, d, h, mi, _) = self.utc();
        write!(f, "{y:04}-{mo:02}-{d:02} {h:02}:{mi:02} UTC")
    }
}

/// Days since 1970-01-01 to a (year, month, day) in the proleptic Gregorian calendar
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (
        y,
        u32::try_from(m).unwrap_or(1),
        u32::try_from(d).unwrap_or(1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_moments_in_utc() {
        assert_eq!(Timestamp(0).rfc3339(), "1970-01-01T00:00:00Z");
        // 2024-02-29T23:59:59.999Z: a leap day.
        assert_eq!(
            Timestamp(1_709_251_199_999).rfc3339(),
            "2024-02-29T23:59:59Z"
        );
        assert_eq!(Timestamp(1_709_251_200_000).compact(), "20240301T000000Z");
        assert_eq!(
            Timestamp(951_782_400_000).to_string(),
            "2000-02-29 00:00 UTC"
        );
    }

    #[test]
    fn now_never_repeats_or_goes_back() {
        let mut last = Timestamp::now();
        for _ in 0..10_000 {
            let next = Timestamp::now();
            assert!(next > last);
            last = next;
        }
    }
}
