//! A small cache of layouts per text width, so resizing back and forth does not re-wrap.

use crate::document::Document;
use crate::layout::Layout;

/// How many widths are kept.
const CAPACITY: usize = 4;

/// Layouts for the most recently used widths; the first is the current one.
#[derive(Debug, Default)]
pub struct LayoutCache {
    entries: Vec<Layout>,
}

impl LayoutCache {
    /// True before the first layout.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Makes the layout for `width` current, computing it if it is not cached.
    pub fn select(&mut self, doc: &Document, width: u16) {
        let width = width.max(1);
        let layout = match self.entries.iter().position(|l| l.width == width) {
            Some(i) => self.entries.remove(i),
            None => Layout::new(doc, width),
        };
        self.entries.insert(0, layout);
        self.entries.truncate(CAPACITY);
    }

    /// The current layout (an empty one before the first `select`).
    pub fn current(&self) -> &Layout {
        static EMPTY: std::sync::OnceLock<Layout> = std::sync::OnceLock::new();
        self.entries
            .first()
            .unwrap_or_else(|| EMPTY.get_or_init(Layout::default))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    #[test]
    fn reselecting_a_width_reuses_its_layout() {
        let doc = Article::open(None, None).unwrap().doc;
        let mut cache = LayoutCache::default();
        cache.select(&doc, 40);
        let rows40 = cache.current().len();
        cache.select(&doc, 60);
        assert_eq!(cache.current().width, 60);
        cache.select(&doc, 40);
        assert_eq!(cache.current().len(), rows40);
        assert_eq!(cache.entries.len(), 2);
    }
}
