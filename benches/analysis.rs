//! Benchmarks of parse + quote extraction (being written).
fn main() {}
