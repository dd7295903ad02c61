//! `update`: the one function that changes the app's state.

use super::bookmarks;
use super::geometry::outline_offset;
use super::{Action, App, Effect, Focus, Mode, EXIT_INTERRUPTED, EXIT_OK};
use ratatui::layout::{Position, Rect};

/// Applies `action` to `app`; returns the I/O the terminal loop must perform, if any.
///
/// A jump that moves the reading position asks for it to be saved.
pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    let jump = bookmarks::is_jump(&action);
    let before = app.reading_pos();
    let effect = apply(app, action);
    let after = app.reading_pos();
    effect.or_else(|| (jump && after != before).then_some(Effect::SavePosition(after)))
}

fn apply(app: &mut App, action: Action) -> Option<Effect> {
    match action {
        // The name prompt of bookmarks; the other prompts are handled below.
        prompt @ (Action::Prompt(_) | Action::PromptSubmit | Action::PromptCancel)
            if matches!(app.mode, Mode::BookmarkName { .. }) =>
        {
            return bookmarks::update(app, prompt)
        }
        bookmark @ (Action::AddBookmark
        | Action::ShowBookmarks
        | Action::CloseBookmarks
        | Action::BookmarkMove(_)
        | Action::BookmarkOpen
        | Action::BookmarkRename
        | Action::BookmarkDelete
        | Action::BookmarkUndo
        | Action::NextBookmark
        | Action::PrevBookmark
        | Action::SetBookmarks(_)
        | Action::ResumeAt(_)
        | Action::StoreWarnings(_)) => return bookmarks::update(app, bookmark),
        Action::Analyzed(analysis) => {
            app.article.set_analysis(*analysis);
            let fresh = super::quote_state::QuoteState::new(&app.article);
            let old = std::mem::replace(&mut app.quotes, fresh);
            app.quotes.keep_settings(old, &app.article);
        }
        Action::Quit => return Some(Effect::Quit(EXIT_OK)),
        Action::Interrupt => return Some(Effect::Quit(EXIT_INTERRUPTED)),
        Action::Suspend => return Some(Effect::Suspend),
        Action::Resize(w, h) => {
            app.screen = Rect::new(0, 0, w, h);
            app.relayout();
        }
        Action::ScrollRows(n) => app.scroll_by(i64::from(n)),
        Action::ScrollPages(n) => app.scroll_by(i64::from(n) * page_step(app)),
        Action::ScrollHalfPages(n) => {
            app.scroll_by(i64::from(n) * (app.page_rows() as i64 / 2).max(1));
        }
        Action::Top => app.set_top(0),
        Action::Bottom => app.set_top(app.max_top()),
        Action::NextSection => {
            let next = app.current_section() + 1;
            if next < app.article.doc.sections.len() {
                app.goto_section(next);
            }
        }
        Action::PrevSection => {
            let cur = app.current_section();
            let start = app.layout().section_row(&app.article.doc, cur);
            // Like a music player: back to this section's start first, then the one before.
            app.goto_section(if app.top_row() > start {
                cur
            } else {
                cur.saturating_sub(1)
            });
        }
        Action::GotoSection(i) => {
            if i < app.article.doc.sections.len() {
                app.goto_section(i);
            }
        }
        Action::ToggleFocus => {
            app.focus = match app.focus {
                Focus::Text if app.outline_visible() => {
                    app.outline_cursor = app.current_section();
                    Focus::Outline
                }
                _ => Focus::Text,
            };
        }
        Action::ToggleOutline => {
            app.outline_wanted = !app.outline_wanted;
            if !app.outline_wanted {
                app.focus = Focus::Text;
            }
            app.relayout();
        }
        Action::OutlineMove(n) => {
            let last = app.article.doc.sections.len().saturating_sub(1) as i64;
            app.outline_cursor = (app.outline_cursor as i64 + i64::from(n)).clamp(0, last) as usize;
        }
        Action::OutlineOpen => {
            app.goto_section(app.outline_cursor);
            app.focus = Focus::Text;
        }
        Action::SearchStart => {
            app.search.clear();
            app.mode = Mode::SearchPrompt;
        }
        Action::SearchInput(c) => {
            if !c.is_control() {
                app.search.query.push(c);
                app.search.refresh(&app.article.doc);
            }
        }
        Action::SearchBackspace => {
            app.search.query.pop();
            app.search.refresh(&app.article.doc);
        }
        Action::SearchSubmit => {
            app.mode = Mode::Normal;
            if app.search.query.is_empty() {
                app.search.clear();
            } else {
                let pos = app.reading_pos();
                goto_match(app, app.search.first_from(pos));
            }
        }
        Action::SearchCancel => {
            app.mode = Mode::Normal;
            app.search.clear();
        }
        Action::SearchNext => step_match(app, 1),
        Action::SearchPrev => step_match(app, -1),
        Action::ClearSearch => {
            app.search.clear();
            app.quotes.focus = None;
            app.message = None;
        }
        Action::ShowHelp => app.mode = Mode::Help { scroll: 0 },
        Action::CloseHelp => app.mode = Mode::Normal,
        Action::HelpScroll(n) => {
            if let Mode::Help { scroll } = &mut app.mode {
                *scroll = (i32::from(*scroll) + n).clamp(0, i32::from(u16::MAX)) as u16;
            }
        }
        Action::Click(x, y) => click(app, Position::new(x, y)),
        Action::Wheel(x, y, n) => wheel(app, Position::new(x, y), n),
        Action::QuotesOpen => app.open_quotes(),
        Action::QuotesClose => app.mode = Mode::Normal,
        Action::QuotesMove(n) => app.move_selection(i64::from(n)),
        Action::QuotesPage(n) => app.move_selection(i64::from(n) * app.quotes_page() as i64),
        Action::QuotesJump => app.jump_to_selected(),
        Action::QuoteWords => app.start_words(),
        Action::Prompt(edit) => app.edit_prompt(edit),
        Action::PromptSubmit => return app.submit_prompt(),
        Action::PromptCancel => app.cancel_prompt(),
        Action::SpeakersOpen => app.open_speakers(),
        Action::SpeakersMove(n) => app.move_speaker_cursor(n),
        Action::SpeakersToggle => app.toggle_speaker(),
        Action::SpeakersApply => app.apply_speakers(),
        Action::SpeakersClose => app.close_speakers(),
        Action::FilterClear => app.clear_filter(),
        Action::NextQuote => app.step_quote(1),
        Action::PrevQuote => app.step_quote(-1),
        Action::CopyQuote => return app.copy_quote(),
        Action::ExportStart => app.start_export(),
    }
    None
}

/// A page step keeps two rows of context.
fn page_step(app: &App) -> i64 {
    (app.page_rows() as i64 - 2).max(1)
}

/// Makes match `i` current and scrolls it into view.
fn goto_match(app: &mut App, i: Option<usize>) {
    app.search.current = i;
    if let Some(m) = i.and_then(|i| app.search.matches.get(i)) {
        let start = m.start;
        app.reveal(start);
    }
}

fn step_match(app: &mut App, step: i32) {
    let pos = app.reading_pos();
    let i = app.search.step(step, pos);
    goto_match(app, i);
}

/// A click in the outline jumps to that section; a click in the text focuses it.
fn click(app: &mut App, at: Position) {
    let panes = app.panes();
    if let Some(outline) = panes.outline.filter(|o| o.contains(at)) {
        let count = app.article.doc.sections.len();
        let focus = app.outline_focus();
        let offset = outline_offset(count, focus, usize::from(outline.height));
        let i = offset + usize::from(at.y - outline.y);
        if i < count {
            app.goto_section(i);
        }
        app.focus = Focus::Text;
    } else if panes.text.contains(at) {
        app.focus = Focus::Text;
    }
}

/// The wheel scrolls the pane under the pointer.
fn wheel(app: &mut App, at: Position, n: i32) {
    let panes = app.panes();
    if panes.outline.is_some_and(|o| o.contains(at)) {
        app.focus = Focus::Outline;
        update(app, Action::OutlineMove(n));
    } else if panes.text.contains(at) {
        app.scroll_by(i64::from(n) * 3);
    }
}
