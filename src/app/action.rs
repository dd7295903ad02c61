//! What the user can ask for ([`Action`]) and what the loop must do about it ([`Effect`]).

use crate::document::Pos;
use crate::store::BookmarkView;

/// A request to change the reader's state. Keys, mouse and resizes all become actions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Quit normally (exit code 0).
    Quit,
    /// Ctrl-C: quit with exit code 130.
    Interrupt,
    /// Ctrl-Z: give the terminal back and stop until `fg`.
    Suspend,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// Scroll the text by this many rows (negative: up).
    ScrollRows(i32),
    /// Scroll by whole pages (negative: up).
    ScrollPages(i32),
    /// Scroll by half pages (negative: up).
    ScrollHalfPages(i32),
    /// Go to the top of the article.
    Top,
    /// Go to the end of the article.
    Bottom,
    /// Jump to the next section.
    NextSection,
    /// Jump to the previous section (or the start of this one).
    PrevSection,
    /// Jump to the section with this 0-based index.
    GotoSection(usize),
    /// Move focus between outline and text.
    ToggleFocus,
    /// Show or hide the outline.
    ToggleOutline,
    /// Move the outline cursor by this many sections.
    OutlineMove(i32),
    /// Jump to the section under the outline cursor.
    OutlineOpen,
    /// Open the search prompt.
    SearchStart,
    /// Type a character into the search prompt.
    SearchInput(char),
    /// Delete the last character of the search query.
    SearchBackspace,
    /// Keep the search and jump to the first match after the reading position.
    SearchSubmit,
    /// Leave the prompt and drop the search.
    SearchCancel,
    /// Go to the next match (wrapping).
    SearchNext,
    /// Go to the previous match (wrapping).
    SearchPrev,
    /// Clear search highlights and messages.
    ClearSearch,
    /// Show the help overlay.
    ShowHelp,
    /// Close the help overlay.
    CloseHelp,
    /// Scroll the help overlay by this many rows.
    HelpScroll(i32),
    /// A mouse click at (column, row).
    Click(u16, u16),
    /// The mouse wheel at (column, row), this many rows (negative: up).
    Wheel(u16, u16, i32),
    /// `b`: open the name prompt for a bookmark at the reading position.
    AddBookmark,
    /// `B`: open the bookmarks list.
    ShowBookmarks,
    /// Close the bookmarks list.
    CloseBookmarks,
    /// Move the list selection by this many entries.
    BookmarkMove(i32),
    /// Jump to the selected bookmark.
    BookmarkOpen,
    /// Rename the selected bookmark (opens the name prompt).
    BookmarkRename,
    /// Delete the selected bookmark (undoable while the list is open).
    BookmarkDelete,
    /// Undo the last deletion.
    BookmarkUndo,
    /// Jump to the next bookmark (wrapping).
    NextBookmark,
    /// Jump to the previous bookmark (wrapping).
    PrevBookmark,
    /// The loop read the article's bookmarks from the store.
    SetBookmarks(Vec<BookmarkView>),
    /// Start at this saved reading position (sent once at start unless `--no-resume`).
    ResumeAt(Pos),
    /// The store reported problems (one line each) for the status line.
    StoreWarnings(Vec<String>),
    /// The quote analysis finished (the reader opened the text before it).
    Analyzed(Box<crate::quotes::Analysis>),
    /// Open the quotes view.
    QuotesOpen,
    /// Close the quotes view.
    QuotesClose,
    /// Move the quotes view's selection by this many entries.
    QuotesMove(i32),
    /// Move the quotes view's selection by this many pages.
    QuotesPage(i32),
    /// Show the selected quote in the text.
    QuotesJump,
    /// Start typing words that narrow the quotes view.
    QuoteWords,
    /// An editing key in the current text prompt.
    Prompt(super::prompt::Edit),
    /// `Enter` in the current text prompt.
    PromptSubmit,
    /// `Esc` in the current text prompt.
    PromptCancel,
    /// Open the speaker filter.
    SpeakersOpen,
    /// Move the speaker filter's cursor by this many rows.
    SpeakersMove(i32),
    /// Toggle the speaker under the cursor.
    SpeakersToggle,
    /// Apply the chosen speakers and close the speaker filter.
    SpeakersApply,
    /// Close the speaker filter without applying.
    SpeakersClose,
    /// Clear the quote filter (speakers and words).
    FilterClear,
    /// Go to the next quote passing the filter.
    NextQuote,
    /// Go to the previous quote passing the filter.
    PrevQuote,
    /// Copy the selected quote with its attribution to the clipboard.
    CopyQuote,
    /// Ask where to export the filtered quotes.
    ExportStart,
}

/// Work `update` asks the terminal loop to do (I/O stays out of `update`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Restore the terminal and exit with this code.
    Quit(i32),
    /// Restore the terminal, stop the process, and redraw everything on resume.
    Suspend,
    /// Add a bookmark named `name` at `pos` and save it.
    SaveBookmark {
        /// Where.
        pos: Pos,
        /// Its name.
        name: String,
    },
    /// Rename bookmark `id` and save.
    RenameBookmark {
        /// The bookmark.
        id: String,
        /// Its new name.
        name: String,
    },
    /// Delete bookmark `id` (kept as a tombstone, so it can be restored) and save.
    DeleteBookmark {
        /// The bookmark.
        id: String,
    },
    /// Undo the deletion of bookmark `id` and save.
    RestoreBookmark {
        /// The bookmark.
        id: String,
    },
    /// Save the reading position (it settled after a jump).
    SavePosition(Pos),
    /// Re-read the article's bookmarks (other folios may have changed them).
    LoadBookmarks,
    /// Put this (sanitized) text on the clipboard with OSC 52.
    Copy(String),
    /// Write the quotes `quotes` to a new file at `path` (Markdown, or JSON for `.json`).
    Export {
        /// Where to write, as typed (`~/` means the home directory).
        path: String,
        /// Quote indices, in article order.
        quotes: Vec<usize>,
        /// The filter that selected them, for the file's header.
        filter: String,
    },
}
