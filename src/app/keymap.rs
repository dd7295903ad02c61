//! The keymap: one table of (context, key, action, description) rows.
//!
//! Key handling and the help overlay are both generated from [`BINDINGS`], so the help
//! can never drift from what the keys do. Adding a key is adding a row.

use super::prompt::Edit;
use super::{Action, App, Focus, Mode};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// In every mode, even in prompts.
    Always,
    /// While reading, whichever pane has focus.
    Reading,
    /// While the text pane has focus.
    Text,
    /// While the outline has focus.
    Outline,
    /// While the help overlay is open.
    Help,
    /// While typing a search (other printable keys are typed into the query).
    SearchPrompt,
    /// While the bookmarks list is open.
    Bookmarks,
    /// In the quotes view.
    Quotes,
    /// In the speaker filter.
    Speakers,
    /// While typing into a text prompt (a bookmark's name, words, an export path; other
    /// printable keys are typed).
    Prompt,
}

impl Context {
    /// The heading of this context's keys in the help overlay.
    pub fn title(self) -> &'static str {
        match self {
            Self::Always => "Anywhere",
            Self::Reading => "Reading",
            Self::Text => "Text pane",
            Self::Outline => "Outline pane",
            Self::Help => "This help",
            Self::SearchPrompt => "Search prompt",
            Self::Bookmarks => "Bookmarks list",
            Self::Quotes => "Quotes view",
            Self::Speakers => "Speaker filter",
            Self::Prompt => "Text prompts",
        }
    }
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Ctrl, Alt… (Shift is folded into the character for printable keys).
    pub mods: KeyModifiers,
}

/// One row of the keymap.
#[derive(Debug, Clone)]
pub struct Binding {
    /// Where it applies.
    pub context: Context,
    /// The key.
    pub key: Key,
    /// What it does.
    pub action: Action,
    /// What the help overlay says it does.
    pub description: &'static str,
}

const fn plain(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ch(c: char) -> Key {
    plain(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

const fn bind(context: Context, key: Key, action: Action, description: &'static str) -> Binding {
    Binding {
        context,
        key,
        action,
        description,
    }
}

use Context::{
    Always, Bookmarks, Help, Outline, Prompt, Quotes, Reading, SearchPrompt, Speakers, Text,
};

/// Every key folio knows, in the order the help lists them.
pub const BINDINGS: &[Binding] = &[
    bind(Reading, ch('q'), Action::Quit, "Quit"),
    bind(Always, ctrl('c'), Action::Interrupt, "Quit (exit code 130)"),
    bind(
        Always,
        ctrl('z'),
        Action::Suspend,
        "Suspend to the shell; fg resumes",
    ),
    bind(Reading, ch('?'), Action::ShowHelp, "Show this help"),
    bind(Text, ch('j'), Action::ScrollRows(1), "Down a line"),
    bind(
        Text,
        plain(KeyCode::Down),
        Action::ScrollRows(1),
        "Down a line",
    ),
    bind(Text, ch('k'), Action::ScrollRows(-1), "Up a line"),
    bind(
        Text,
        plain(KeyCode::Up),
        Action::ScrollRows(-1),
        "Up a line",
    ),
    bind(Reading, ch(' '), Action::ScrollPages(1), "Down a page"),
    bind(
        Reading,
        plain(KeyCode::PageDown),
        Action::ScrollPages(1),
        "Down a page",
    ),
    bind(
        Reading,
        plain(KeyCode::PageUp),
        Action::ScrollPages(-1),
        "Up a page",
    ),
    bind(
        Reading,
        ctrl('d'),
        Action::ScrollHalfPages(1),
        "Down half a page",
    ),
    bind(
        Reading,
        ctrl('u'),
        Action::ScrollHalfPages(-1),
        "Up half a page",
    ),
    bind(Reading, ch('g'), Action::Top, "Top of the article"),
    bind(
        Reading,
        plain(KeyCode::Home),
        Action::Top,
        "Top of the article",
    ),
    bind(Reading, ch('G'), Action::Bottom, "End of the article"),
    bind(
        Reading,
        plain(KeyCode::End),
        Action::Bottom,
        "End of the article",
    ),
    bind(Reading, ch(']'), Action::NextSection, "Next section"),
    bind(
        Reading,
        ch('['),
        Action::PrevSection,
        "Previous section (or this one's start)",
    ),
    bind(Reading, ch('1'), Action::GotoSection(0), "Go to section N"),
    bind(Reading, ch('2'), Action::GotoSection(1), "Go to section N"),
    bind(Reading, ch('3'), Action::GotoSection(2), "Go to section N"),
    bind(Reading, ch('4'), Action::GotoSection(3), "Go to section N"),
    bind(Reading, ch('5'), Action::GotoSection(4), "Go to section N"),
    bind(Reading, ch('6'), Action::GotoSection(5), "Go to section N"),
    bind(Reading, ch('7'), Action::GotoSection(6), "Go to section N"),
    bind(Reading, ch('8'), Action::GotoSection(7), "Go to section N"),
    bind(Reading, ch('9'), Action::GotoSection(8), "Go to section N"),
    bind(
        Reading,
        plain(KeyCode::Tab),
        Action::ToggleFocus,
        "Move focus: outline / text",
    ),
    bind(
        Reading,
        plain(KeyCode::BackTab),
        Action::ToggleFocus,
        "Move focus: outline / text",
    ),
    bind(
        Reading,
        ch('o'),
        Action::ToggleOutline,
        "Hide / show the outline",
    ),
    bind(Reading, ch('/'), Action::SearchStart, "Search (smart case)"),
    bind(Reading, ch('n'), Action::SearchNext, "Next match"),
    bind(Reading, ch('N'), Action::SearchPrev, "Previous match"),
    bind(
        Reading,
        plain(KeyCode::Esc),
        Action::ClearSearch,
        "Clear the search",
    ),
    bind(Reading, ch('"'), Action::QuotesOpen, "Quotes view"),
    bind(Reading, ch('s'), Action::SpeakersOpen, "Speaker filter"),
    bind(
        Reading,
        ch(')'),
        Action::NextQuote,
        "Next quote (of the filtered speakers)",
    ),
    bind(
        Reading,
        ch('('),
        Action::PrevQuote,
        "Previous quote (of the filtered speakers)",
    ),
    bind(
        Reading,
        ch('c'),
        Action::FilterClear,
        "Clear the quote filter",
    ),
    bind(
        Reading,
        ch('y'),
        Action::CopyQuote,
        "Copy the quote here with its speaker (OSC 52)",
    ),
    bind(
        Reading,
        ch('e'),
        Action::ExportStart,
        "Export the filtered quotes to a file",
    ),
    bind(
        Reading,
        ch('b'),
        Action::AddBookmark,
        "Bookmark the reading position",
    ),
    bind(
        Reading,
        ch('B'),
        Action::ShowBookmarks,
        "List the bookmarks",
    ),
    bind(Reading, ch('\''), Action::NextBookmark, "Next bookmark"),
    bind(Reading, ch('`'), Action::PrevBookmark, "Previous bookmark"),
    bind(
        Outline,
        ch('j'),
        Action::OutlineMove(1),
        "Select the next section",
    ),
    bind(
        Outline,
        plain(KeyCode::Down),
        Action::OutlineMove(1),
        "Select the next section",
    ),
    bind(
        Outline,
        ch('k'),
        Action::OutlineMove(-1),
        "Select the previous section",
    ),
    bind(
        Outline,
        plain(KeyCode::Up),
        Action::OutlineMove(-1),
        "Select the previous section",
    ),
    bind(
        Outline,
        plain(KeyCode::Enter),
        Action::OutlineOpen,
        "Jump to the selected section",
    ),
    bind(
        SearchPrompt,
        plain(KeyCode::Enter),
        Action::SearchSubmit,
        "Keep; go to the first match after here",
    ),
    bind(
        SearchPrompt,
        plain(KeyCode::Esc),
        Action::SearchCancel,
        "Cancel the search",
    ),
    bind(
        SearchPrompt,
        plain(KeyCode::Backspace),
        Action::SearchBackspace,
        "Delete a character",
    ),
    bind(
        Bookmarks,
        plain(KeyCode::Enter),
        Action::BookmarkOpen,
        "Jump to the selected bookmark",
    ),
    bind(
        Bookmarks,
        ch('j'),
        Action::BookmarkMove(1),
        "Select the next one",
    ),
    bind(
        Bookmarks,
        plain(KeyCode::Down),
        Action::BookmarkMove(1),
        "Select the next one",
    ),
    bind(
        Bookmarks,
        ch('k'),
        Action::BookmarkMove(-1),
        "Select the previous one",
    ),
    bind(
        Bookmarks,
        plain(KeyCode::Up),
        Action::BookmarkMove(-1),
        "Select the previous one",
    ),
    bind(Bookmarks, ch('r'), Action::BookmarkRename, "Rename it"),
    bind(Bookmarks, ch('d'), Action::BookmarkDelete, "Delete it"),
    bind(
        Bookmarks,
        ch('u'),
        Action::BookmarkUndo,
        "Undo a deletion (while the list is open)",
    ),
    bind(
        Bookmarks,
        plain(KeyCode::Esc),
        Action::CloseBookmarks,
        "Close the list",
    ),
    bind(Bookmarks, ch('q'), Action::CloseBookmarks, "Close the list"),
    bind(Bookmarks, ch('B'), Action::CloseBookmarks, "Close the list"),
    bind(
        Help,
        plain(KeyCode::Esc),
        Action::CloseHelp,
        "Close the help",
    ),
    bind(Help, ch('q'), Action::CloseHelp, "Close the help"),
    bind(Help, ch('?'), Action::CloseHelp, "Close the help"),
    bind(Help, ch('j'), Action::HelpScroll(1), "Scroll the help"),
    bind(
        Help,
        plain(KeyCode::Down),
        Action::HelpScroll(1),
        "Scroll the help",
    ),
    bind(Help, ch('k'), Action::HelpScroll(-1), "Scroll the help"),
    bind(
        Help,
        plain(KeyCode::Up),
        Action::HelpScroll(-1),
        "Scroll the help",
    ),
    bind(
        Quotes,
        ch('j'),
        Action::QuotesMove(1),
        "Select the next quote",
    ),
    bind(
        Quotes,
        plain(KeyCode::Down),
        Action::QuotesMove(1),
        "Select the next quote",
    ),
    bind(
        Quotes,
        ch('k'),
        Action::QuotesMove(-1),
        "Select the previous quote",
    ),
    bind(
        Quotes,
        plain(KeyCode::Up),
        Action::QuotesMove(-1),
        "Select the previous quote",
    ),
    bind(Quotes, ch(' '), Action::QuotesPage(1), "Down a page"),
    bind(
        Quotes,
        plain(KeyCode::PageDown),
        Action::QuotesPage(1),
        "Down a page",
    ),
    bind(
        Quotes,
        plain(KeyCode::PageUp),
        Action::QuotesPage(-1),
        "Up a page",
    ),
    bind(Quotes, ch('g'), Action::QuotesMove(i32::MIN), "First quote"),
    bind(
        Quotes,
        plain(KeyCode::Home),
        Action::QuotesMove(i32::MIN),
        "First quote",
    ),
    bind(Quotes, ch('G'), Action::QuotesMove(i32::MAX), "Last quote"),
    bind(
        Quotes,
        plain(KeyCode::End),
        Action::QuotesMove(i32::MAX),
        "Last quote",
    ),
    bind(
        Quotes,
        plain(KeyCode::Enter),
        Action::QuotesJump,
        "Show the quote in the text",
    ),
    bind(
        Quotes,
        ch('/'),
        Action::QuoteWords,
        "Narrow to quotes with these words",
    ),
    bind(Quotes, ch('s'), Action::SpeakersOpen, "Speaker filter"),
    bind(
        Quotes,
        ch('c'),
        Action::FilterClear,
        "Clear the quote filter",
    ),
    bind(
        Quotes,
        ch('y'),
        Action::CopyQuote,
        "Copy the quote with its speaker (OSC 52)",
    ),
    bind(
        Quotes,
        ch('e'),
        Action::ExportStart,
        "Export these quotes to a file",
    ),
    bind(
        Quotes,
        plain(KeyCode::Esc),
        Action::QuotesClose,
        "Back to the text",
    ),
    bind(Quotes, ch('"'), Action::QuotesClose, "Back to the text"),
    bind(Quotes, ch('q'), Action::QuotesClose, "Back to the text"),
    bind(Speakers, ch('j'), Action::SpeakersMove(1), "Next speaker"),
    bind(
        Speakers,
        plain(KeyCode::Down),
        Action::SpeakersMove(1),
        "Next speaker",
    ),
    bind(
        Speakers,
        ch('k'),
        Action::SpeakersMove(-1),
        "Previous speaker",
    ),
    bind(
        Speakers,
        plain(KeyCode::Up),
        Action::SpeakersMove(-1),
        "Previous speaker",
    ),
    bind(
        Speakers,
        ch(' '),
        Action::SpeakersToggle,
        "Choose / unchoose the speaker",
    ),
    bind(
        Speakers,
        plain(KeyCode::Enter),
        Action::SpeakersApply,
        "Apply (none chosen: everyone)",
    ),
    bind(
        Speakers,
        plain(KeyCode::Esc),
        Action::SpeakersClose,
        "Cancel",
    ),
    bind(Speakers, ch('q'), Action::SpeakersClose, "Cancel"),
    bind(Speakers, ch('s'), Action::SpeakersClose, "Cancel"),
    bind(
        Prompt,
        plain(KeyCode::Enter),
        Action::PromptSubmit,
        "Accept",
    ),
    bind(Prompt, plain(KeyCode::Esc), Action::PromptCancel, "Cancel"),
    bind(
        Prompt,
        plain(KeyCode::Backspace),
        Action::Prompt(Edit::Backspace),
        "Delete before / under the cursor",
    ),
    bind(
        Prompt,
        plain(KeyCode::Delete),
        Action::Prompt(Edit::Delete),
        "Delete before / under the cursor",
    ),
    bind(
        Prompt,
        plain(KeyCode::Left),
        Action::Prompt(Edit::Left),
        "Move the cursor",
    ),
    bind(
        Prompt,
        plain(KeyCode::Right),
        Action::Prompt(Edit::Right),
        "Move the cursor",
    ),
    bind(
        Prompt,
        plain(KeyCode::Home),
        Action::Prompt(Edit::Home),
        "Move the cursor",
    ),
    bind(
        Prompt,
        plain(KeyCode::End),
        Action::Prompt(Edit::End),
        "Move the cursor",
    ),
    bind(
        Prompt,
        ctrl('u'),
        Action::Prompt(Edit::KillToStart),
        "Delete to the start",
    ),
];

/// What the mouse does, for the help overlay (mouse events are mapped by the loop).
pub const MOUSE_HELP: &[(&str, &str)] = &[
    ("click", "In the outline: jump to that section"),
    ("wheel", "Scroll the pane under the pointer"),
];

/// The contexts that apply in `app`'s current mode, most specific first.
fn active_contexts(app: &App) -> &'static [Context] {
    match (&app.mode, app.focus) {
        (Mode::Help { .. }, _) => &[Always, Help],
        (Mode::SearchPrompt, _) => &[Always, SearchPrompt],
        (Mode::Bookmarks, _) => &[Always, Bookmarks],
        (Mode::Quotes, _) => &[Always, Quotes],
        (Mode::Speakers, _) => &[Always, Speakers],
        (Mode::BookmarkName { .. } | Mode::QuoteWords(_) | Mode::Export { .. }, _) => {
            &[Always, Prompt]
        }
        (Mode::Normal, Focus::Outline) => &[Always, Outline, Reading],
        (Mode::Normal, Focus::Text) => &[Always, Text, Reading],
    }
}

/// Shift is part of the character for printable keys (`G`, `?`), so it is not compared.
fn normalize(event: KeyEvent) -> Key {
    let mut mods = event.modifiers;
    if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
        mods.remove(KeyModifiers::SHIFT);
    }
    Key {
        code: event.code,
        mods,
    }
}

/// The action for a key press in `app`'s current mode, if any.
pub fn action_for(app: &App, event: KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let key = normalize(event);
    for &context in active_contexts(app) {
        if let Some(b) = BINDINGS
            .iter()
            .find(|b| b.context == context && b.key == key)
        {
            return Some(b.action.clone());
        }
    }
    match (&app.mode, key.code) {
        (Mode::SearchPrompt, KeyCode::Char(c))
            if !key
                .mods
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::SearchInput(c))
        }
        (
            Mode::BookmarkName { .. } | Mode::QuoteWords(_) | Mode::Export { .. },
            KeyCode::Char(c),
        ) if !key
            .mods
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::Prompt(Edit::Insert(c)))
        }
        _ => None,
    }
}

/// How a key is written in the help: `j`, `Ctrl-d`, `PgDn`, `Space`.
pub fn key_label(key: Key) -> String {
    let name = match key.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Down => "↓".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Delete => "Del".into(),
        other => format!("{other:?}"),
    };
    if key.mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{name}")
    } else {
        name
    }
}

/// The help text: for each context, its keys grouped by description, in table order.
pub fn help_groups() -> Vec<(&'static str, Vec<(String, &'static str)>)> {
    let order = [
        Always,
        Reading,
        Text,
        Outline,
        SearchPrompt,
        Bookmarks,
        Quotes,
        Speakers,
        Prompt,
        Help,
    ];
    let mut groups = Vec::new();
    for context in order {
        let mut rows: Vec<(String, &'static str)> = Vec::new();
        for b in BINDINGS.iter().filter(|b| b.context == context) {
            let label = key_label(b.key);
            match rows.iter_mut().find(|(_, d)| *d == b.description) {
                Some((keys, _)) => {
                    keys.push(' ');
                    keys.push_str(&label);
                }
                None => rows.push((label, b.description)),
            }
        }
        if context == Reading {
            rows.extend(MOUSE_HELP.iter().map(|&(k, d)| (k.to_string(), d)));
        }
        for (keys, _) in &mut rows {
            *keys = compress_digits(keys);
        }
        groups.push((context.title(), rows));
    }
    groups
}

/// `1 2 3 4 5 6 7 8 9` becomes `1–9`; other key lists are kept.
fn compress_digits(keys: &str) -> String {
    let parts: Vec<&str> = keys.split(' ').collect();
    let digits: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
    match digits.as_deref() {
        Some([first, .., last])
            if parts.len() > 2 && (last - first) as usize + 1 == parts.len() =>
        {
            format!("{first}–{last}")
        }
        _ => keys.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_where_both_could_apply() {
        // Contexts that are active at the same time (see `active_contexts`).
        let overlapping = |a: Context, b: Context| {
            a == b
                || matches!(
                    (a, b),
                    (Always, _)
                        | (_, Always)
                        | (Reading, Text | Outline)
                        | (Text | Outline, Reading)
                )
        };
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                assert!(
                    !(a.key == b.key && overlapping(a.context, b.context)),
                    "{:?} bound twice ({:?}, {:?})",
                    a.key,
                    a.context,
                    b.context
                );
            }
        }
    }

    #[test]
    fn help_lists_every_binding() {
        let groups = help_groups();
        for b in BINDINGS {
            let (_, rows) = groups
                .iter()
                .find(|(t, _)| *t == b.context.title())
                .unwrap();
            let label = key_label(b.key);
            let listed = |k: &str| {
                k.split(' ').any(|x| x == label)
                    || k.split_once('–')
                        .is_some_and(|(a, z)| a <= label.as_str() && label.as_str() <= z)
            };
            assert!(
                rows.iter().any(|(k, d)| *d == b.description && listed(k)),
                "{label} missing from help"
            );
        }
    }

    #[test]
    fn labels_are_readable() {
        assert_eq!(key_label(ctrl('d')), "Ctrl-d");
        assert_eq!(key_label(ch(' ')), "Space");
        assert_eq!(key_label(plain(KeyCode::PageDown)), "PgDn");
        assert_eq!(compress_digits("1 2 3"), "1–3");
        assert_eq!(compress_digits("j ↓"), "j ↓");
    }
}
