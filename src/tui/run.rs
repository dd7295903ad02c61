//! The event loop: draw, wait for an event, update, perform the effect.

use super::event::action_for_event;
use super::persist::Persist;
use super::signals::SignalWatch;
use super::terminal::Session;
use super::EXIT_HANGUP;
use crate::app::{update, Action, App, Effect};
use crate::article::Article;
use crate::quotes::{self, Analysis};
use crate::ui::{self, Theme};
use crossterm::event;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;
use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// How long one wait for input lasts, so signal requests are seen promptly.
const POLL: Duration = Duration::from_millis(100);

/// Runs the reader on `article` until the user quits; returns the exit code.
///
/// It starts where the article was left unless `no_resume`. The terminal is restored on
/// every way out of this function (and on panic).
pub fn run(article: Article, measure: u16, no_resume: bool) -> io::Result<i32> {
    if !io::stdout().is_terminal() {
        return Err(io::Error::other(
            "standard output is not a terminal (try --outline or --quotes)",
        ));
    }
    let signals = SignalWatch::start(input_tty())?;
    let mut persist = Persist::open();
    let result = run_session(article, measure, no_resume, &signals, &mut persist);
    for w in persist.exit_warnings() {
        // Not `eprintln!`: it panics when stderr is gone (a hung-up terminal).
        let _ = writeln!(io::stderr(), "folio: warning: {w}");
    }
    match result {
        // A write or read error on a terminal that hung up is the hangup, not a failure.
        Err(_) if signals.terminal_gone() => Ok(EXIT_HANGUP),
        other => other,
    }
}

/// Takes the terminal and runs the loop; the session guard restores it on every return.
fn run_session(
    article: Article,
    measure: u16,
    no_resume: bool,
    signals: &SignalWatch,
    persist: &mut Persist,
) -> io::Result<i32> {
    let mut session = Session::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let size = terminal.size()?;
    let mut app = App::new(article, measure, Rect::new(0, 0, size.width, size.height));
    persist.start(&mut app, no_resume);
    if let Ok(dir) = std::env::current_dir() {
        app.quotes.export_dir = dir;
    }
    let theme = Theme::from_env();
    let analysis = analyze_in_background(&app.article);
    let mut dirty = true;
    loop {
        if let Some(result) = analysis.as_ref().and_then(|rx| rx.try_recv().ok()) {
            update(&mut app, Action::Analyzed(Box::new(result)));
            dirty = true;
        }
        if let Some(code) = signals.exit_code() {
            persist.settle(&mut app);
            return Ok(code);
        }
        if signals.take_suspend() {
            persist.settle(&mut app);
            suspend(&mut session, &mut terminal, &mut app)?;
            dirty = true;
        }
        dirty |= persist.tick(&mut app);
        if dirty {
            terminal.draw(|frame| ui::draw(frame, &app, &theme))?;
            dirty = false;
        }
        if !event::poll(POLL)? {
            continue;
        }
        let Some(action) = action_for_event(&app, event::read()?) else {
            continue;
        };
        dirty = true;
        match update(&mut app, action) {
            None => {}
            Some(Effect::Quit(code)) => {
                persist.settle(&mut app);
                return Ok(code);
            }
            Some(Effect::Suspend) => {
                persist.settle(&mut app);
                suspend(&mut session, &mut terminal, &mut app)?;
            }
            Some(Effect::Copy(text)) => super::effects::copy(&mut io::stdout(), &text)?,
            Some(Effect::Export {
                path,
                quotes,
                filter,
            }) => super::effects::export_quotes(&mut app, &path, &quotes, &filter),
            Some(state) => persist.perform(&mut app, state),
        }
    }
}

/// Starts the quote analysis on a thread when the article still needs it, so the text
/// shows at once; the loop takes the result when it arrives.
fn analyze_in_background(article: &Article) -> Option<mpsc::Receiver<Analysis>> {
    if article.analyzed {
        return None;
    }
    let doc = article.doc.clone();
    let (tx, rx) = mpsc::channel();
    thread::Builder::new()
        .name("folio-quotes".into())
        .spawn(move || {
            let _ = tx.send(quotes::analyze(&doc));
        })
        .ok()?;
    Some(rx)
}

/// A descriptor of the terminal keys come from (stdin, or `/dev/tty` when stdin is
/// redirected, as crossterm does), watched for a hangup.
fn input_tty() -> Option<OwnedFd> {
    let stdin = io::stdin();
    if stdin.is_terminal() {
        stdin.as_fd().try_clone_to_owned().ok()
    } else {
        File::open("/dev/tty").ok().map(OwnedFd::from)
    }
}

type Term = Terminal<CrosstermBackend<io::Stdout>>;

/// Gives the terminal back, stops the process group, and takes it again on `fg`.
fn suspend(session: &mut Session, terminal: &mut Term, app: &mut App) -> io::Result<()> {
    session.suspend();
    // SIGSTOP, not SIGTSTP: a self-sent SIGTSTP is discarded in an orphaned process
    // group, and stopping the whole group stops a parent like `cargo run` too.
    // SAFETY: plain syscall with constant arguments.
    unsafe {
        libc::kill(0, libc::SIGSTOP);
    }
    session.resume()?;
    // A fresh terminal has an empty previous frame, so the next draw repaints every cell.
    // (`Terminal::clear` would ask the terminal for the cursor position, which some
    // terminals never answer.)
    *terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    crossterm::execute!(
        io::stdout(),
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
    )?;
    let size = terminal.size()?;
    update(app, Action::Resize(size.width, size.height));
    Ok(())
}
