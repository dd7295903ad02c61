//! A one-line text prompt (bookmark names): the text, a cursor, and the editing keys.

/// An editing key applied to a [`TextPrompt`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Insert a character at the cursor.
    Insert(char),
    /// Delete the character before the cursor.
    Backspace,
    /// Delete the character under the cursor.
    Delete,
    /// Move the cursor one character left.
    Left,
    /// Move the cursor one character right.
    Right,
    /// Move the cursor to the start.
    Home,
    /// Move the cursor to the end.
    End,
    /// Delete everything before the cursor (Ctrl-u, as in a shell).
    ClearToStart,
}

/// A prompt: what it asks for, the text typed so far and where the cursor is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextPrompt {
    /// What the prompt asks for, shown before the input (e.g. `Bookmark name`).
    pub label: String,
    /// The text typed so far.
    pub input: String,
    /// The cursor, a byte index into `input` on a char boundary.
    pub cursor: usize,
}

impl TextPrompt {
    /// A prompt labelled `label` holding `input`, the cursor at its end.
    pub fn new(label: impl Into<String>, input: impl Into<String>) -> Self {
        let input = input.into();
        Self {
            label: label.into(),
            cursor: input.len(),
            input,
        }
    }

    /// Applies one editing key. Control characters are never inserted.
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Insert(c) if !c.is_control() => {
                self.input.insert(self.cursor, c);
                self.cursor += c.len_utf8();
            }
            Edit::Insert(_) => {}
            Edit::Backspace => {
                if let Some(c) = self.input[..self.cursor].chars().next_back() {
                    self.cursor -= c.len_utf8();
                    self.input.remove(self.cursor);
                }
            }
            Edit::Delete => {
                if self.cursor < self.input.len() {
                    self.input.remove(self.cursor);
                }
            }
            Edit::Left => {
                if let Some(c) = self.input[..self.cursor].chars().next_back() {
                    self.cursor -= c.len_utf8();
                }
            }
            Edit::Right => {
                if let Some(c) = self.input[self.cursor..].chars().next() {
                    self.cursor += c.len_utf8();
                }
            }
            Edit::Home => self.cursor = 0,
            Edit::End => self.cursor = self.input.len(),
            Edit::ClearToStart => {
                self.input.drain(..self.cursor);
                self.cursor = 0;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(p: &mut TextPrompt, edits: &[Edit]) -> (String, usize) {
        for &e in edits {
            p.apply(e);
        }
        (p.input.clone(), p.cursor)
    }

    #[test]
    fn editing_keys_move_and_delete_by_characters() {
        let mut p = TextPrompt::new("Name", "né");
        assert_eq!(p.cursor, 3);
        assert_eq!(typed(&mut p, &[Edit::Left]), ("né".into(), 1));
        assert_eq!(typed(&mut p, &[Edit::Insert('x')]), ("nxé".into(), 2));
        assert_eq!(typed(&mut p, &[Edit::Delete]), ("nx".into(), 2));
        assert_eq!(
            typed(&mut p, &[Edit::Home, Edit::Backspace]),
            ("nx".into(), 0)
        );
        assert_eq!(
            typed(&mut p, &[Edit::End, Edit::Backspace]),
            ("n".into(), 1)
        );
        assert_eq!(
            typed(&mut p, &[Edit::Right, Edit::Insert('\u{1b}')]),
            ("n".into(), 1)
        );
    }

    #[test]
    fn ctrl_u_deletes_before_the_cursor() {
        let mut p = TextPrompt::new("Name", "abc def");
        p.cursor = 4;
        assert_eq!(typed(&mut p, &[Edit::ClearToStart]), ("def".into(), 0));
    }
}
