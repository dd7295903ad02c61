//! Where each pane goes on the screen: one pure function shared by views and mouse handling.

use ratatui::layout::Rect;

/// Below this many columns the outline hides, leaving the text the whole width.
pub const OUTLINE_MIN_SCREEN_WIDTH: u16 = 60;
/// The outline never gets fewer columns than this (its border included) …
const OUTLINE_MIN: u16 = 18;
/// … nor more than this.
const OUTLINE_MAX: u16 = 34;
/// A text pane narrower than this gets no margins and no scrollbar.
const ROOMY: u16 = 12;

/// The screen split into panes. Every rect lies inside the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    /// The outline with its right border, when shown.
    pub outline: Option<Rect>,
    /// The whole text pane (margins and scrollbar included).
    pub text: Rect,
    /// The column the text is wrapped to and drawn in.
    pub column: Rect,
    /// The scrollbar track at the right edge of the text pane, when there is room.
    pub scrollbar: Option<Rect>,
    /// The status line (the bottom row).
    pub status: Rect,
}

/// Splits `screen` for a reader whose text is at most `measure` columns wide.
pub fn panes(screen: Rect, outline_wanted: bool, measure: u16) -> Panes {
    let status = Rect::new(
        screen.x,
        screen.bottom().saturating_sub(1),
        screen.width,
        screen.height.min(1),
    );
    let body = Rect::new(
        screen.x,
        screen.y,
        screen.width,
        screen.height.saturating_sub(1),
    );
    let outline = (outline_wanted && screen.width >= OUTLINE_MIN_SCREEN_WIDTH && body.height > 0)
        .then(|| {
            let w = (screen.width / 4).clamp(OUTLINE_MIN, OUTLINE_MAX);
            Rect::new(body.x, body.y, w, body.height)
        });
    let left = outline.map_or(0, |o| o.width);
    let text = Rect::new(
        body.x + left,
        body.y,
        body.width.saturating_sub(left),
        body.height,
    );
    let roomy = text.width >= ROOMY;
    let scrollbar = roomy.then(|| Rect::new(text.right() - 1, text.y, 1, text.height));
    let (margin, bar) = if roomy { (2, 1) } else { (0, 0) };
    let avail = text.width.saturating_sub(margin + bar);
    let width = avail.min(measure.max(1));
    let column = Rect::new(
        text.x + margin / 2 + (avail - width) / 2,
        text.y,
        width,
        text.height,
    );
    Panes {
        outline,
        text,
        column,
        scrollbar,
        status,
    }
}

/// The first outline entry shown when `focus` must be visible in `height` rows of `count`.
pub fn outline_offset(count: usize, focus: usize, height: usize) -> usize {
    if height == 0 || count <= height {
        return 0;
    }
    focus
        .saturating_sub(height / 2)
        .min(count.saturating_sub(height))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inside(r: Rect, screen: Rect) -> bool {
        r.width == 0 || r.height == 0 || screen.union(r) == screen
    }

    #[test]
    fn every_pane_fits_the_screen_at_every_size() {
        for w in 0..130 {
            for h in 0..30 {
                let screen = Rect::new(0, 0, w, h);
                let p = panes(screen, true, 72);
                for r in [p.text, p.column, p.status]
                    .into_iter()
                    .chain(p.outline)
                    .chain(p.scrollbar)
                {
                    assert!(inside(r, screen), "{r:?} outside {screen:?}");
                }
                assert!(p.column.width <= 72);
            }
        }
    }

    #[test]
    fn the_outline_hides_on_narrow_screens_and_the_measure_caps_the_column() {
        assert!(panes(Rect::new(0, 0, 59, 20), true, 72).outline.is_none());
        let p = panes(Rect::new(0, 0, 200, 60), true, 72);
        assert_eq!(p.outline.map(|o| o.width), Some(34));
        assert_eq!(p.column.width, 72);
        assert_eq!(p.status, Rect::new(0, 59, 200, 1));
    }

    #[test]
    fn outline_offset_keeps_the_focus_visible() {
        assert_eq!(outline_offset(5, 4, 10), 0);
        assert_eq!(outline_offset(100, 50, 10), 45);
        assert_eq!(outline_offset(100, 99, 10), 90);
    }
}
