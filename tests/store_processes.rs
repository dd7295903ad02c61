//! The state file under real processes: writers killed mid-save, and several folios saving
//! at once. The test binary re-runs itself as the child (the ignored `child_process`
//! test, selected by `FOLIO_STORE_CHILD`), with `XDG_DATA_HOME` pointing at a temp dir.

use folio::article::Article;
use folio::document::Pos;
use folio::store::{decode, Decoded, StateFile, Store, TEMP_PREFIX};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use std::{env, fs, thread};

const MODE: &str = "FOLIO_STORE_CHILD";

/// The child side. Not a test on its own: the tests below run it in other processes.
#[test]
#[ignore = "helper process, started by the tests in this file"]
fn child_process() {
    let Ok(mode) = env::var(MODE) else { return };
    let article = Article::open(None, None).unwrap();
    let (mut store, warnings) = Store::open();
    assert!(warnings.is_empty(), "{warnings:?}");
    match mode.as_str() {
        // Saves bookmark b{n+1}, b{n+2}, … forever: version k of the file holds b1..bk.
        "grow" => loop {
            let n = store.article(&article).bookmarks.len() + 1;
            let pos = Pos::new(n % article.doc.blocks.len(), 0);
            let (_, w) = store.add_bookmark(&article, pos, &format!("b{n}"));
            assert!(w.is_empty(), "{w:?}");
        },
        // Adds FOLIO_STORE_COUNT bookmarks named {prefix}-{i}, then exits.
        prefix => {
            let count: usize = env::var("FOLIO_STORE_COUNT").unwrap().parse().unwrap();
            for i in 0..count {
                let pos = Pos::new(i % article.doc.blocks.len(), 0);
                let (_, mut w) = store.add_bookmark(&article, pos, &format!("{prefix}-{i}"));
                // A save that timed out on a busy lock keeps the change; saving again writes it.
                for _ in 0..10 {
                    if w.is_empty() {
                        break;
                    }
                    w = store.flush();
                }
                assert!(w.is_empty(), "{w:?}");
            }
        }
    }
}

fn spawn_child(data_home: &Path, mode: &str, count: usize) -> Child {
    Command::new(env::current_exe().unwrap())
        .args(["--ignored", "--exact", "child_process", "--test-threads=1"])
        .env("XDG_DATA_HOME", data_home)
        .env(MODE, mode)
        .env("FOLIO_STORE_COUNT", count.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap()
}

/// `$XDG_DATA_HOME/folio/state.json`: where `directories` puts it on Linux.
fn state_dir(data_home: &Path) -> PathBuf {
    data_home.join("folio")
}

fn bookmark_names(state: &StateFile) -> BTreeSet<String> {
    state
        .articles
        .values()
        .flat_map(|a| a.bookmarks.values())
        .filter(|b| !b.deleted)
        .map(|b| b.name.clone())
        .collect()
}

fn temp_files(dir: &Path) -> usize {
    fs::read_dir(dir).map_or(0, |entries| {
        entries
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(TEMP_PREFIX))
            .count()
    })
}

#[cfg(target_os = "linux")]
#[test]
fn a_writer_killed_at_any_moment_leaves_the_old_or_the_new_file_whole() {
    let home = tempfile::tempdir().unwrap();
    let dir = state_dir(home.path());
    let mut seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("kill test seed: {seed}");
    let mut random_ms = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let (mut committed, mut left_temps) = (0usize, 0usize);
    for round in 0..200 {
        let mut child = spawn_child(home.path(), "grow", 0);
        thread::sleep(Duration::from_millis(5 + random_ms(45)));
        child.kill().unwrap();
        child.wait().unwrap();

        let temps = temp_files(&dir);
        assert!(temps <= 1, "round {round}: {temps} temp files");
        left_temps += temps;
        let Ok(bytes) = fs::read(dir.join("state.json")) else {
            assert_eq!(committed, 0, "round {round}: the state file vanished");
            continue;
        };
        let Decoded::Valid(state) = decode(&bytes) else {
            panic!("round {round}: the state file does not parse");
        };
        let names = bookmark_names(&state);
        let k = names.len();
        let expected: BTreeSet<String> = (1..=k).map(|i| format!("b{i}")).collect();
        assert_eq!(names, expected, "round {round}: not a committed version");
        assert!(
            k >= committed,
            "round {round}: went back from {committed} to {k}"
        );
        committed = k;
    }
    eprintln!("kill test: {committed} versions committed, {left_temps} kills left a temp file");
    // Typically 150–300 on 2 cores; far fewer means the children never got to save.
    assert!(
        committed >= 20,
        "too few saves to test anything: {committed}"
    );
    // The next start removes what a killed writer left behind.
    let (_, warnings) = Store::open_in(&dir);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(temp_files(&dir), 0);
}

#[test]
fn several_processes_adding_bookmarks_at_once_lose_none() {
    const PROCESSES: usize = 6;
    const EACH: usize = 40;
    let home = tempfile::tempdir().unwrap();
    let children: Vec<Child> = (0..PROCESSES)
        .map(|p| spawn_child(home.path(), &format!("p{p}"), EACH))
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let dir = state_dir(home.path());
    let Decoded::Valid(state) = decode(&fs::read(dir.join("state.json")).unwrap()) else {
        panic!("the state file does not parse");
    };
    let expected: BTreeSet<String> = (0..PROCESSES)
        .flat_map(|p| (0..EACH).map(move |i| format!("p{p}-{i}")))
        .collect();
    assert_eq!(bookmark_names(&state), expected);
    // One record for the one article, however many folios created it at once.
    assert_eq!(state.articles.len(), 1);
    assert_eq!(temp_files(&dir), 0);
    let leftovers: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n != "state.json" && n != "state.lock")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
