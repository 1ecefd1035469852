//! The register being marked, without the browser: a mark (or none) per student, the
//! row the keyboard is on, and the keys — ↑/↓ or j/k move, 1–4 or П/О/У/Н (p/l/e/u)
//! mark the row and go to the next, so a class is marked without the mouse.

use std::rc::Rc;

use domain::attendance::Mark;
use uuid::Uuid;
use wire::attendance::{MarkInput, Register, RegisterInput};
use yew::prelude::*;

/// What a key does in the register.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Key {
    /// One row down (`1`) or up (`-1`).
    Move(i8),
    Mark(Mark),
}

/// The key's meaning, in either keyboard layout; `None` leaves the key to the browser.
pub fn key_action(key: &str) -> Option<Key> {
    let key = key.to_lowercase();
    Some(match key.as_str() {
        "arrowdown" | "j" => Key::Move(1),
        "arrowup" | "k" => Key::Move(-1),
        "1" | "п" | "p" => Key::Mark(Mark::Present),
        "2" | "о" | "l" => Key::Mark(Mark::Late),
        "3" | "у" | "e" => Key::Mark(Mark::AbsentExcused),
        "4" | "н" | "u" => Key::Mark(Mark::AbsentUnexcused),
        _ => return None,
    })
}

/// The digit that sets `m` (shown on its button).
pub fn digit(m: Mark) -> &'static str {
    match m {
        Mark::Present => "1",
        Mark::Late => "2",
        Mark::AbsentExcused => "3",
        Mark::AbsentUnexcused => "4",
    }
}

/// The marks of a register as they are being changed.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Sheet {
    /// The students, in the register's order.
    pub ids: Vec<Uuid>,
    pub marks: Vec<Option<Mark>>,
    /// The marks as last saved (or loaded).
    pub saved: Vec<Option<Mark>>,
    /// The row the keyboard is on.
    pub focus: usize,
    /// Counts the keyboard's moves, so the page moves the browser's focus after them only.
    pub moved: u32,
}

pub enum Edit {
    /// The register as the server has it now (loaded or just saved).
    Load(Rc<Register>),
    /// A click on a mark of a row.
    Set(usize, Mark),
    Key(Key),
    /// The browser's focus entered a row.
    Focus(usize),
    /// «Все присутствуют»: every student without a mark is present.
    AllPresent,
}

impl Sheet {
    pub fn new(r: &Register) -> Self {
        let marks: Vec<Option<Mark>> = r.lines.iter().map(|l| l.mark).collect();
        Sheet {
            ids: r.lines.iter().map(|l| l.student.id).collect(),
            focus: marks.iter().position(Option::is_none).unwrap_or(0),
            saved: marks.clone(),
            marks,
            moved: 0,
        }
    }

    pub fn marked(&self) -> usize {
        self.marks.iter().filter(|m| m.is_some()).count()
    }

    /// Every student has a mark: the server refuses anything less.
    pub fn complete(&self) -> bool {
        self.marks.iter().all(Option::is_some)
    }

    pub fn changed(&self) -> bool {
        self.marks != self.saved
    }

    /// What `PUT …/register` takes.
    pub fn input(&self, reason: Option<String>) -> RegisterInput {
        RegisterInput {
            marks: self
                .ids
                .iter()
                .zip(&self.marks)
                .filter_map(|(id, m)| {
                    m.map(|mark| MarkInput {
                        student_id: *id,
                        mark,
                    })
                })
                .collect(),
            reason,
        }
    }

    fn step(&mut self, by: i8) {
        let last = self.ids.len().saturating_sub(1);
        self.focus = match by {
            b if b < 0 => self.focus.saturating_sub(1),
            _ => (self.focus + 1).min(last),
        };
        self.moved = self.moved.wrapping_add(1);
    }
}

impl Reducible for Sheet {
    type Action = Edit;

    fn reduce(self: Rc<Self>, action: Edit) -> Rc<Self> {
        let mut s = Rc::unwrap_or_clone(self);
        match action {
            Edit::Load(r) => {
                let focus = s.focus;
                s = Sheet::new(&r);
                s.focus = focus.min(s.ids.len().saturating_sub(1));
            }
            Edit::Set(i, m) => {
                if let Some(slot) = s.marks.get_mut(i) {
                    *slot = Some(m);
                    s.focus = i;
                }
            }
            Edit::Key(Key::Move(by)) => s.step(by),
            Edit::Key(Key::Mark(m)) => {
                let i = s.focus;
                if let Some(slot) = s.marks.get_mut(i) {
                    *slot = Some(m);
                    s.step(1);
                }
            }
            Edit::Focus(i) if i < s.ids.len() => s.focus = i,
            Edit::Focus(_) => {}
            Edit::AllPresent => {
                for m in s.marks.iter_mut().filter(|m| m.is_none()) {
                    *m = Some(Mark::Present);
                }
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests;
