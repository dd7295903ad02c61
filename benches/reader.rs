//! Benchmarks of parse + layout + first frame and scrolling (being written).
fn main() {}
