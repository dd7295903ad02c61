//! A one-line text prompt (export path, quote words, bookmark names): the text being typed
//! and a cursor, with the usual editing keys.

/// A line of text being edited, with a label shown before it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextPrompt {
    /// What is being asked, e.g. `Export to: `.
    pub label: String,
    /// The text typed so far.
    pub input: String,
    /// The cursor, a byte index into `input` on a char boundary.
    pub cursor: usize,
}

/// An editing step in a prompt.
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
    /// Delete everything before the cursor (Ctrl-u).
    KillToStart,
}

impl TextPrompt {
    /// A prompt asking `label`, pre-filled with `input`, the cursor at its end.
    pub fn new(label: impl Into<String>, input: impl Into<String>) -> Self {
        let input = input.into();
        Self {
            label: label.into(),
            cursor: input.len(),
            input,
        }
    }

    /// Applies one editing step. Control characters are never inserted.
    pub fn edit(&mut self, edit: Edit) {
        self.cursor = self.cursor.min(self.input.len());
        while !self.input.is_char_boundary(self.cursor) {
            self.cursor -= 1;
        }
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
            Edit::KillToStart => {
                self.input.drain(..self.cursor);
                self.cursor = 0;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_keys_move_the_cursor_by_characters() {
        let mut p = TextPrompt::new("> ", "zo’n");
        p.edit(Edit::Left);
        p.edit(Edit::Left);
        assert_eq!(&p.input[p.cursor..], "’n");
        p.edit(Edit::Backspace);
        assert_eq!(p.input, "z’n");
        p.edit(Edit::Insert('é'));
        p.edit(Edit::Insert('\x1b'));
        assert_eq!(p.input, "zé’n");
        p.edit(Edit::Delete);
        assert_eq!(p.input, "zén");
        p.edit(Edit::KillToStart);
        assert_eq!((p.input.as_str(), p.cursor), ("n", 0));
        p.edit(Edit::End);
        p.edit(Edit::Right);
        assert_eq!(p.cursor, 1);
        p.edit(Edit::Home);
        p.edit(Edit::Backspace);
        assert_eq!((p.input.as_str(), p.cursor), ("n", 0));
    }
}
