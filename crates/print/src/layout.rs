//! The layout engine of the PDFs: content is laid out top to bottom into pages of
//! drawing operations (text runs, lines), then rendered with krilla. Two passes let the
//! footer say «Страница N из M» and a table repeat its header on every page.
//!
//! krilla draws shaped text but does not measure it, so widths come from rustybuzz on
//! the same font bytes (kerning included: what is measured is what is drawn).

use krilla::Document;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};

use crate::PrintError;

const REGULAR_TTF: &[u8] = include_bytes!("../fonts/PTSerif-Regular.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../fonts/PTSerif-Bold.ttf");

/// PDF points per millimetre.
pub const MM: f32 = 72.0 / 25.4;
const PAGE_W: f32 = 210.0 * MM;
const PAGE_H: f32 = 297.0 * MM;
// Russian office practice: a wide left margin for binding.
pub const MARGIN_L: f32 = 25.0 * MM;
const MARGIN_R: f32 = 15.0 * MM;
const MARGIN_T: f32 = 20.0 * MM;
const MARGIN_B: f32 = 20.0 * MM;
/// Kept free above the bottom margin for the page number.
const FOOTER_H: f32 = 8.0 * MM;
pub const CONTENT_W: f32 = PAGE_W - MARGIN_L - MARGIN_R;
const CONTENT_BOTTOM: f32 = PAGE_H - MARGIN_B - FOOTER_H;
const LEADING: f32 = 1.25;
const RULE_W: f32 = 0.6;
const PAD_X: f32 = 4.0;
const PAD_Y: f32 = 3.0;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Weight {
    Regular,
    Bold,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Align {
    Left,
    Center,
}

/// One font twice: krilla's (to embed) and rustybuzz's (to measure).
struct Face {
    pdf: Font,
    shaper: rustybuzz::Face<'static>,
    /// Cap height per em, to centre text in its line.
    cap_height: f32,
}

impl Face {
    fn load(data: &'static [u8]) -> Result<Face, PrintError> {
        let pdf = Font::new(data.into(), 0).ok_or(PrintError::Font)?;
        let shaper = rustybuzz::Face::from_slice(data, 0).ok_or(PrintError::Font)?;
        let upem = f32::from(shaper.units_per_em() as u16);
        let cap_height = shaper.capital_height().map_or(0.7, |h| f32::from(h) / upem);
        Ok(Face {
            pdf,
            shaper,
            cap_height,
        })
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        let mut buf = rustybuzz::UnicodeBuffer::new();
        buf.push_str(text);
        buf.guess_segment_properties();
        let out = rustybuzz::shape(&self.shaper, &[], buf);
        let units: i32 = out.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / self.shaper.units_per_em() as f32
    }
}

pub struct Fonts {
    regular: Face,
    bold: Face,
}

impl Fonts {
    pub fn load() -> Result<Fonts, PrintError> {
        Ok(Fonts {
            regular: Face::load(REGULAR_TTF)?,
            bold: Face::load(BOLD_TTF)?,
        })
    }

    fn face(&self, w: Weight) -> &Face {
        match w {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    fn width(&self, text: &str, w: Weight, size: f32) -> f32 {
        self.face(w).width(text, size)
    }

    /// Greedy word wrap at ASCII spaces and line feeds: a no-break space keeps
    /// «И.\u{a0}И.\u{a0}Иванов» together. A word wider than the box breaks anywhere.
    fn wrap(&self, text: &str, w: Weight, size: f32, max_w: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for para in text.split('\n') {
            let mut line = String::new();
            for word in para.split(' ').filter(|s| !s.is_empty()) {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&candidate, w, size) <= max_w {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                for ch in word.chars() {
                    let mut next = line.clone();
                    next.push(ch);
                    if !line.is_empty() && self.width(&next, w, size) > max_w {
                        lines.push(std::mem::replace(&mut line, ch.to_string()));
                    } else {
                        line = next;
                    }
                }
            }
            lines.push(line);
        }
        lines
    }
}

/// A drawing operation in page coordinates (points, origin top-left, y down).
enum Op {
    /// `y` is the baseline.
    Text {
        x: f32,
        y: f32,
        text: String,
        weight: Weight,
        size: f32,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
    },
}

pub struct Column {
    pub title: &'static str,
    /// Share of the table's width.
    pub share: f32,
    pub align: Align,
}

pub struct Row {
    pub cells: Vec<String>,
    pub weight: Weight,
}

pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub size: f32,
}

/// Lays content out top to bottom, starting new pages as needed.
pub struct Layout<'f> {
    fonts: &'f Fonts,
    pages: Vec<Vec<Op>>,
    /// Top of the free space on the current page.
    y: f32,
}

impl<'f> Layout<'f> {
    pub fn new(fonts: &'f Fonts) -> Self {
        Layout {
            fonts,
            pages: vec![Vec::new()],
            y: MARGIN_T,
        }
    }

    fn push(&mut self, op: Op) {
        if let Some(p) = self.pages.last_mut() {
            p.push(op);
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN_T;
    }

    /// Starts a new page unless `h` points still fit on this one.
    fn ensure(&mut self, h: f32) {
        if self.y + h > CONTENT_BOTTOM && self.y > MARGIN_T {
            self.new_page();
        }
    }

    pub fn space(&mut self, h: f32) {
        self.y += h;
    }

    fn baseline(&self, top: f32, w: Weight, size: f32) -> f32 {
        let cap = self.fonts.face(w).cap_height * size;
        top + (size * LEADING + cap) / 2.0
    }

    fn text_line(
        &mut self,
        (x, width): (f32, f32),
        top: f32,
        text: &str,
        w: Weight,
        size: f32,
        a: Align,
    ) {
        let tw = self.fonts.width(text, w, size);
        let x = match a {
            Align::Left => x,
            Align::Center => x + (width - tw) / 2.0,
        };
        let y = self.baseline(top, w, size);
        self.push(Op::Text {
            x,
            y,
            text: text.to_owned(),
            weight: w,
            size,
        });
    }

    fn line(&mut self, (x1, y1): (f32, f32), (x2, y2): (f32, f32), width: f32) {
        self.push(Op::Line {
            x1,
            y1,
            x2,
            y2,
            width,
        });
    }

    /// A wrapped paragraph in the box `x`..`x + width`.
    pub fn paragraph_in(&mut self, x: f32, width: f32, text: &str, w: Weight, size: f32, a: Align) {
        let lh = size * LEADING;
        for line in self.fonts.wrap(text, w, size, width) {
            self.ensure(lh);
            let top = self.y;
            self.text_line((x, width), top, &line, w, size, a);
            self.y += lh;
        }
    }

    pub fn paragraph(&mut self, text: &str, w: Weight, size: f32, a: Align) {
        self.paragraph_in(MARGIN_L, CONTENT_W, text, w, size, a);
    }

    pub fn table(&mut self, t: &Table) {
        let total: f32 = t.columns.iter().map(|c| c.share).sum();
        let widths: Vec<f32> = t
            .columns
            .iter()
            .map(|c| c.share / total * CONTENT_W)
            .collect();
        let header = Row {
            cells: t.columns.iter().map(|c| c.title.to_owned()).collect(),
            weight: Weight::Bold,
        };
        // The header stays with at least the first row.
        let first = t
            .rows
            .first()
            .map_or(0.0, |r| self.row_height(t, &widths, r));
        self.ensure(self.row_height(t, &widths, &header) + first);
        self.row(t, &widths, &header, true);
        for r in &t.rows {
            let h = self.row_height(t, &widths, r);
            if self.y + h > CONTENT_BOTTOM {
                self.new_page();
                self.row(t, &widths, &header, true);
            }
            self.row(t, &widths, r, false);
        }
    }

    fn cell_lines(&self, t: &Table, widths: &[f32], r: &Row) -> Vec<Vec<String>> {
        r.cells
            .iter()
            .zip(widths)
            .map(|(c, w)| self.fonts.wrap(c, r.weight, t.size, w - 2.0 * PAD_X))
            .collect()
    }

    fn row_height(&self, t: &Table, widths: &[f32], r: &Row) -> f32 {
        let n = self
            .cell_lines(t, widths, r)
            .iter()
            .map(Vec::len)
            .max()
            .unwrap_or(1);
        n as f32 * t.size * LEADING + 2.0 * PAD_Y
    }

    fn row(&mut self, t: &Table, widths: &[f32], r: &Row, header: bool) {
        let lines = self.cell_lines(t, widths, r);
        let lh = t.size * LEADING;
        let h = self.row_height(t, widths, r);
        let (top, bottom) = (self.y, self.y + h);
        let mut x = MARGIN_L;
        for (i, cell) in lines.iter().enumerate() {
            let align = if header {
                Align::Center
            } else {
                t.columns.get(i).map_or(Align::Left, |c| c.align)
            };
            let w = widths.get(i).copied().unwrap_or(0.0);
            let mut line_top = top + (h - cell.len() as f32 * lh) / 2.0;
            for l in cell {
                self.text_line(
                    (x + PAD_X, w - 2.0 * PAD_X),
                    line_top,
                    l,
                    r.weight,
                    t.size,
                    align,
                );
                line_top += lh;
            }
            self.line((x, top), (x, bottom), RULE_W);
            x += w;
        }
        self.line((x, top), (x, bottom), RULE_W);
        self.line((MARGIN_L, top), (x, top), RULE_W);
        self.line((MARGIN_L, bottom), (x, bottom), RULE_W);
        self.y = bottom;
    }

    /// «Должность ________ / И. О. Фамилия /» with «(подпись)» under the line, which
    /// starts `label_w` from the margin so stacked signatures line up.
    pub fn signature(&mut self, role: &str, name: &str, size: f32, label_w: f32) {
        let lh = size * LEADING;
        self.ensure(lh + 10.0);
        let top = self.y;
        let role_w = self.fonts.width(role, Weight::Regular, size);
        self.text_line(
            (MARGIN_L, role_w),
            top,
            role,
            Weight::Regular,
            size,
            Align::Left,
        );
        let x1 = MARGIN_L + role_w.max(label_w) + 3.0 * MM;
        let x2 = x1 + 40.0 * MM;
        let base = self.baseline(top, Weight::Regular, size);
        self.line((x1, base + 1.5), (x2, base + 1.5), 0.5);
        self.text_line(
            (x1, x2 - x1),
            base + 1.5,
            "(подпись)",
            Weight::Regular,
            7.0,
            Align::Center,
        );
        if !name.is_empty() {
            let name = format!("/ {name} /");
            self.text_line(
                (x2 + 3.0 * MM, 60.0 * MM),
                top,
                &name,
                Weight::Regular,
                size,
                Align::Left,
            );
        }
        self.y += lh + 8.0;
    }

    /// How many pages the content takes.
    #[cfg(test)]
    pub fn pages(&self) -> usize {
        self.pages.len()
    }

    /// The pages as a PDF titled `title`.
    pub fn render(self, title: &str) -> Result<Vec<u8>, PrintError> {
        let fonts = self.fonts;
        let mut doc = Document::new();
        doc.set_metadata(
            Metadata::new()
                .title(title.to_owned())
                .language("ru-RU".to_owned())
                .creator("Setka".to_owned()),
        );
        let n = self.pages.len();
        let settings = PageSettings::from_wh(PAGE_W, PAGE_H)
            .ok_or_else(|| PrintError::Pdf("the A4 page size".into()))?;
        for (i, ops) in self.pages.iter().enumerate() {
            let mut page = doc.start_page_with(settings.clone());
            let mut s = page.surface();
            let text = |s: &mut krilla::surface::Surface,
                        (x, y): (f32, f32),
                        t: &str,
                        w: Weight,
                        size: f32| {
                s.set_stroke(None);
                s.set_fill(Some(Fill::default()));
                s.draw_text(
                    Point::from_xy(x, y),
                    fonts.face(w).pdf.clone(),
                    size,
                    t,
                    false,
                    TextDirection::Auto,
                );
            };
            for op in ops {
                match op {
                    Op::Text {
                        x,
                        y,
                        text: t,
                        weight,
                        size,
                    } => text(&mut s, (*x, *y), t, *weight, *size),
                    Op::Line {
                        x1,
                        y1,
                        x2,
                        y2,
                        width,
                    } => {
                        let mut pb = PathBuilder::new();
                        pb.move_to(*x1, *y1);
                        pb.line_to(*x2, *y2);
                        if let Some(path) = pb.finish() {
                            s.set_fill(None);
                            s.set_stroke(Some(Stroke {
                                width: *width,
                                ..Stroke::default()
                            }));
                            s.draw_path(&path);
                        }
                    }
                }
            }
            let footer = format!("Страница {} из {}", i + 1, n);
            let fw = fonts.width(&footer, Weight::Regular, 9.0);
            text(
                &mut s,
                ((PAGE_W - fw) / 2.0, PAGE_H - MARGIN_B),
                &footer,
                Weight::Regular,
                9.0,
            );
            s.finish();
            page.finish();
        }
        doc.finish().map_err(|e| PrintError::Pdf(format!("{e:?}")))
    }
}
