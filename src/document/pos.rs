//! `Pos`: a position in document coordinates, independent of the terminal width.

use serde::{Deserialize, Serialize};

/// A position in the document: a block index and a byte offset into that block's text.
///
/// Scroll position, bookmarks, search hits and quotes are all `Pos`; screen rows are
/// derived from the layout at the current width, so resizing keeps the reader in place.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Pos {
    /// Index into `Document::blocks`.
    pub block: usize,
    /// Byte offset into the block's text (on a char boundary).
    pub offset: usize,
}

impl Pos {
    /// A position at `offset` bytes into block `block`.
    pub const fn new(block: usize, offset: usize) -> Self {
        Self { block, offset }
    }
}
