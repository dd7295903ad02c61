//! The `folio` binary: parse arguments, run one mode, map errors to exit codes.

use clap::Parser;
use folio::article::Article;
use folio::cli::{self, Args};
use folio::load::LoadError;
use folio::store;
use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Args::parse();
    // The reader shows the text first and finds the quotes on a thread; reports need them now.
    let open = if args.report().is_some() {
        Article::open
    } else {
        Article::open_unanalyzed
    };
    let article = match open(args.file.as_deref(), args.format) {
        Ok(article) => article,
        Err(e) => return fail(&e.to_string(), exit_code_for(&e)),
    };
    if args.bookmarks {
        let stdout = io::stdout();
        let mut out = stdout.lock();
        let result = store::report::run(&article, args.json, &mut out, &mut io::stderr())
            .and_then(|()| out.flush());
        return report_exit(result);
    }
    if let Some(report) = args.report() {
        let stdout = io::stdout();
        let mut out = stdout.lock();
        let result = cli::print_report(
            &mut out,
            &article,
            report,
            args.speaker.as_deref(),
            args.json,
        )
        .and_then(|()| out.flush());
        return report_exit(result);
    }
    match folio::tui::run(article, args.width, args.no_resume) {
        Ok(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        Err(e) => fail(&e.to_string(), cli::EXIT_FAILURE),
    }
}

/// The exit code after printing a report.
fn report_exit(result: io::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`folio --quotes | head`) is the reader's choice, not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        // An unknown `--speaker` name is a usage error.
        Err(e) if e.kind() == io::ErrorKind::InvalidInput => fail(&e.to_string(), cli::EXIT_USAGE),
        Err(e) => fail(&e.to_string(), cli::EXIT_FAILURE),
    }
}

/// The exit code for an article that cannot be opened.
fn exit_code_for(e: &LoadError) -> i32 {
    match e {
        LoadError::Binary(_) | LoadError::Empty(_) | LoadError::TooLarge(..) => cli::EXIT_DATA,
        _ => cli::EXIT_NO_INPUT,
    }
}

/// Prints a one-line sanitized error and returns the exit code.
fn fail(message: &str, code: i32) -> ExitCode {
    // Not `eprintln!`: it panics when stderr is gone (a hung-up terminal).
    let _ = writeln!(
        io::stderr(),
        "folio: {}",
        folio::sanitize::sanitize_line(message)
    );
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
