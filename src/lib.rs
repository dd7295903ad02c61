//! folio: a terminal reader for long-form news articles that knows who said what.
//!
//! The library holds everything but argument parsing and the terminal loop's
//! entry point, so tests reach all of it without a terminal. Data flows
//! `load` → `sanitize` → `parse` → `quotes` → `layout` → `app` → `ui`.

pub mod app;
pub mod article;
pub mod bytescan;
pub mod cli;
pub mod document;
pub mod export;
pub mod filter;
pub mod layout;
pub mod load;
pub mod parse;
pub mod quotes;
pub mod sanitize;
pub mod search;
pub mod store;
pub mod tui;
pub mod ui;
