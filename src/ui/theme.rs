//! Styles for every element, with colour or — under `NO_COLOR` — bold, underline and reverse only.

use crate::app::highlight::Mark;
use crate::document::{BlockKind, InlineStyle};
use ratatui::style::{Color, Modifier, Style};

/// The styles the views use. Build with [`Theme::from_env`], [`Theme::color`] or [`Theme::mono`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// True when colours are used.
    pub colored: bool,
    /// Section headings in the text.
    pub heading: Style,
    /// The lead (standfirst).
    pub lead: Style,
    /// Body paragraphs.
    pub body: Style,
    /// Photo captions.
    pub caption: Style,
    /// Caption credits.
    pub credit: Style,
    /// Block quotations and their bar.
    pub quote: Style,
    /// Code blocks.
    pub code: Style,
    /// The article title in the header.
    pub title: Style,
    /// The date in the header.
    pub date: Style,
    /// Rules, quote bars and bullets.
    pub ornament: Style,
    /// Outline entries.
    pub outline: Style,
    /// The section being read, in the outline.
    pub outline_current: Style,
    /// The outline cursor when the outline has focus.
    pub outline_cursor: Style,
    /// The outline border; `border_focus` when the outline has focus.
    pub border: Style,
    /// The focused outline's border.
    pub border_focus: Style,
    /// The status line.
    pub status: Style,
    /// Messages in the status line (replaced bytes, no match).
    pub status_message: Style,
    /// Search matches.
    pub search_match: Style,
    /// The current search match.
    pub current_match: Style,
    /// Bookmarks: their first word in the text, the outline marker and the ruler mark.
    pub bookmark: Style,
    /// The scrollbar track.
    pub track: Style,
    /// The scrollbar thumb.
    pub thumb: Style,
    /// Headings in the help overlay.
    pub help_heading: Style,
    /// Keys in the help overlay.
    pub help_key: Style,
    /// A speaker's quote (the colour of the speaker is patched over it).
    pub speech: Style,
    /// An unattributed quote.
    pub speech_unattributed: Style,
    /// A quote the filter leaves out.
    pub speech_dimmed: Style,
    /// Added to the quote last jumped to.
    pub speech_current: Style,
    /// A term in quote marks (scare quotes, titles).
    pub term: Style,
    /// Quote counts in the outline and the speaker bars' numbers.
    pub count: Style,
    /// Marks on the scrollbar's ruler.
    pub ruler: Style,
}

impl Theme {
    /// Colour unless the `NO_COLOR` environment variable is set and not empty.
    pub fn from_env() -> Self {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Self::mono(),
            _ => Self::color(),
        }
    }

    /// The coloured theme.
    pub fn color() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Self {
            colored: true,
            heading: bold.fg(Color::Cyan),
            lead: bold,
            body: Style::new(),
            caption: Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC),
            credit: Style::new().fg(Color::DarkGray),
            quote: Style::new().fg(Color::Gray),
            code: Style::new().fg(Color::Green),
            title: bold,
            date: Style::new().fg(Color::DarkGray),
            ornament: Style::new().fg(Color::DarkGray),
            outline: Style::new(),
            outline_current: bold.fg(Color::Yellow),
            outline_cursor: Style::new().add_modifier(Modifier::REVERSED),
            border: Style::new().fg(Color::DarkGray),
            border_focus: Style::new().fg(Color::Yellow),
            status: Style::new().fg(Color::Black).bg(Color::Gray),
            status_message: Style::new().fg(Color::Red).bg(Color::Gray),
            search_match: Style::new().fg(Color::Black).bg(Color::Yellow),
            current_match: Style::new()
                .fg(Color::Black)
                .bg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
            bookmark: Style::new()
                .fg(Color::Magenta)
                .add_modifier(Modifier::UNDERLINED),
            track: Style::new().fg(Color::DarkGray),
            thumb: Style::new().fg(Color::Gray).bg(Color::Indexed(240)),
            help_heading: bold.fg(Color::Cyan),
            help_key: bold.fg(Color::Yellow),
            speech: Style::new(),
            speech_unattributed: Style::new().add_modifier(Modifier::UNDERLINED),
            speech_dimmed: Style::new().fg(Color::DarkGray),
            speech_current: bold.bg(Color::Indexed(237)),
            term: Style::new().add_modifier(Modifier::ITALIC),
            count: Style::new().fg(Color::DarkGray),
            ruler: Style::new(),
        }
    }

    /// The monochrome theme: structure through bold, underline, italic and reverse only.
    pub fn mono() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let reversed = Style::new().add_modifier(Modifier::REVERSED);
        Self {
            colored: false,
            heading: bold.add_modifier(Modifier::UNDERLINED),
            lead: bold,
            body: Style::new(),
            caption: Style::new().add_modifier(Modifier::ITALIC),
            credit: Style::new().add_modifier(Modifier::ITALIC),
            quote: Style::new(),
            code: Style::new(),
            title: bold,
            date: Style::new().add_modifier(Modifier::ITALIC),
            ornament: Style::new(),
            outline: Style::new(),
            outline_current: bold.add_modifier(Modifier::UNDERLINED),
            outline_cursor: reversed,
            border: Style::new(),
            border_focus: bold,
            status: reversed,
            status_message: reversed.add_modifier(Modifier::BOLD),
            search_match: reversed,
            current_match: reversed
                .add_modifier(Modifier::BOLD)
                .add_modifier(Modifier::UNDERLINED),
            bookmark: bold.add_modifier(Modifier::UNDERLINED),
            track: Style::new(),
            thumb: reversed,
            help_heading: bold.add_modifier(Modifier::UNDERLINED),
            help_key: bold,
            speech: Style::new().add_modifier(Modifier::UNDERLINED),
            speech_unattributed: Style::new().add_modifier(Modifier::UNDERLINED),
            speech_dimmed: Style::new().add_modifier(Modifier::DIM),
            speech_current: reversed,
            term: Style::new().add_modifier(Modifier::ITALIC),
            count: Style::new(),
            ruler: bold,
        }
    }

    /// The base style of a block's text.
    pub fn block(&self, kind: &BlockKind) -> Style {
        match kind {
            BlockKind::Lead => self.lead,
            BlockKind::Heading { .. } => self.heading,
            BlockKind::Caption { .. } => self.caption,
            BlockKind::BlockQuote => self.quote,
            BlockKind::Code => self.code,
            BlockKind::Paragraph | BlockKind::ListItem { .. } | BlockKind::Rule => self.body,
        }
    }

    /// The style an inline style adds.
    pub fn inline(&self, style: InlineStyle) -> Style {
        let m = |m| Style::new().add_modifier(m);
        match style {
            InlineStyle::Emphasis => m(Modifier::ITALIC),
            InlineStyle::Strong => m(Modifier::BOLD),
            InlineStyle::Code if self.colored => Style::new().fg(Color::Green),
            InlineStyle::Code => Style::new(),
            InlineStyle::Link => m(Modifier::UNDERLINED),
            InlineStyle::Strikethrough => m(Modifier::CROSSED_OUT),
        }
    }

    /// The style of a highlight mark.
    pub fn mark(&self, mark: Mark) -> Style {
        match mark {
            Mark::Match => self.search_match,
            Mark::CurrentMatch => self.current_match,
            Mark::Bookmark => self.bookmark,
            Mark::Quote {
                slot,
                dimmed,
                current,
            } => {
                let base = match (dimmed, slot) {
                    (true, _) => self.speech_dimmed,
                    (false, Some(k)) => self.speaker(k),
                    (false, None) => self.speech_unattributed,
                };
                if current {
                    base.patch(self.speech_current)
                } else {
                    base
                }
            }
            Mark::Term => self.term,
        }
    }

    /// The style of a speaker's quotes (and their name and bar): palette slot `slot`'s
    /// colour, or underline without colour.
    pub fn speaker(&self, slot: usize) -> Style {
        if self.colored {
            self.speech.fg(super::palette::color(slot))
        } else {
            self.speech
        }
    }

    /// The style of the speaker key's colour swatch or bar (`None`: unattributed).
    pub fn speaker_key(&self, slot: Option<usize>) -> Style {
        match slot {
            Some(k) => self.speaker(k),
            None if self.colored => Style::new(),
            None => self.speech_unattributed,
        }
    }

    /// The symbol and style of a mark on the scrollbar's ruler. The style sets only the
    /// foreground (and bold), so a mark on the thumb leaves the thumb visible.
    pub fn ruler_mark(&self, mark: Mark) -> (&'static str, Style) {
        if !self.colored {
            let symbol = match mark {
                Mark::Quote { .. } | Mark::Term => "•",
                Mark::Match | Mark::CurrentMatch => "━",
                Mark::Bookmark => "◆",
            };
            return (symbol, self.ruler);
        }
        match mark {
            Mark::Match | Mark::CurrentMatch => ("━", self.ruler.fg(Color::Yellow)),
            Mark::Quote { slot, .. } => (
                "•",
                self.ruler
                    .fg(slot.map_or(Color::White, super::palette::color))
                    .add_modifier(Modifier::BOLD),
            ),
            Mark::Term => ("•", self.ruler),
            Mark::Bookmark => ("◆", self.ruler.fg(Color::Magenta)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mono_theme_uses_no_colour_at_all() {
        let t = Theme::mono();
        let all = [
            t.heading,
            t.lead,
            t.body,
            t.caption,
            t.credit,
            t.quote,
            t.code,
            t.title,
            t.date,
            t.ornament,
            t.outline,
            t.outline_current,
            t.outline_cursor,
            t.border,
            t.border_focus,
            t.status,
            t.status_message,
            t.search_match,
            t.current_match,
            t.bookmark,
            t.track,
            t.thumb,
            t.help_heading,
            t.help_key,
            t.speech,
            t.speech_unattributed,
            t.speech_dimmed,
            t.speech_current,
            t.term,
            t.count,
            t.ruler,
        ];
        for s in all {
            assert_eq!((s.fg, s.bg), (None, None), "{s:?}");
        }
        assert_ne!(t.search_match, t.body);
        assert_ne!(t.current_match, t.search_match);
    }
}
