//! A PDF's page text, as lines in reading order: what invoice PDFs need and no more.
//!
//! Content streams are run through a small interpreter of the text operators (`Tf`, `Tm`, `Td`,
//! `TD`, `T*`, `TL`, `Tj`, `TJ`, `'`, `"`, and `cm`/`q`/`Q` for placement). Glyph codes become
//! text through each font's `ToUnicode` CMap (`bfchar`, `bfrange`), else through its predefined
//! encoding: the UCS-2/UTF-16 CJK CMaps (`UniGB-UCS2-H`, …) and the GBK ones (`GBK-EUC-H`, …),
//! or one byte per code for simple fonts. Runs of text are grouped into lines by their baseline
//! and ordered left to right; glyph widths are estimated (not read from the font), only to tell
//! whether two runs on a line touch.
//!
//! A font with `Identity-H` codes and no `ToUnicode` cannot be read: its glyphs are counted and
//! reported rather than guessed.

use std::collections::HashMap;

use super::pdf_syntax::{Lexer, Object, Objects, Value};

/// The most pages read.
pub const MAX_PAGES: usize = 50;
/// The most text runs kept.
pub const MAX_RUNS: usize = 50_000;
/// The most entries read from one `ToUnicode` CMap.
pub const MAX_CMAP_ENTRIES: usize = 100_000;

/// What was read of a PDF's text.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct PageText {
    /// The lines, top to bottom, page after page.
    pub lines: Vec<String>,
    /// Glyphs that could not be turned into text (fonts without a Unicode map).
    pub unreadable_glyphs: usize,
}

/// How one font's codes become text.
#[derive(Debug, Default)]
struct Font {
    /// `ToUnicode` entries: (code length in bytes, code) → text.
    to_unicode: HashMap<(u8, u32), String>,
    encoding: Encoding,
}

#[derive(Debug, Default, Clone, Copy, PartialEq)]
enum Encoding {
    /// One byte per code, read as Latin-1 (digits and ASCII come out right).
    #[default]
    Simple,
    /// Two-byte codes that are UCS-2 / UTF-16 code units (`UniGB-UCS2-H`, `UniGB-UTF16-H`…).
    Ucs2,
    /// GBK/EUC bytes (`GBK-EUC-H`, `GB-EUC-H`, `GBpc-EUC-H`, `GBK2K-H`).
    Gbk,
    /// Two-byte glyph ids (`Identity-H`): readable only through `ToUnicode`.
    Identity,
}

fn encoding_of(font: &Value, objects: &Objects) -> Encoding {
    let is_type0 = font.get("Subtype").is_some_and(|s| s.is_name("Type0"));
    let name = match font.get("Encoding").map(|e| objects.resolve(e)) {
        Some(Value::Name(n)) => String::from_utf8_lossy(n).into_owned(),
        // An embedded CMap stream: its /CMapName says what it is.
        Some(v @ Value::Dict(_)) => match v.get("CMapName") {
            Some(Value::Name(n)) => String::from_utf8_lossy(n).into_owned(),
            _ => String::new(),
        },
        _ => String::new(),
    };
    if name.starts_with("Uni") && (name.contains("UCS2") || name.contains("UTF16")) {
        Encoding::Ucs2
    } else if name.contains("EUC") || name.starts_with("GBK") {
        Encoding::Gbk
    } else if is_type0 {
        Encoding::Identity
    } else {
        Encoding::Simple
    }
}

/// Parses a hex code from a CMap: (length in bytes, value).
fn code(bytes: &[u8]) -> Option<(u8, u32)> {
    if bytes.is_empty() || bytes.len() > 4 {
        return None;
    }
    Some((
        bytes.len() as u8,
        bytes.iter().fold(0u32, |a, &b| a << 8 | u32::from(b)),
    ))
}

/// UTF-16BE bytes (a CMap destination) to text.
fn utf16(bytes: &[u8]) -> String {
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
        .collect();
    String::from_utf16_lossy(&units)
}

/// The destination text `offset` codes after `dst` (bfrange): the last code unit counts up.
fn shifted(dst: &[u8], offset: u32) -> String {
    let mut units: Vec<u16> = dst
        .chunks(2)
        .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
        .collect();
    if let Some(last) = units.last_mut() {
        *last = last.wrapping_add(offset as u16);
    }
    String::from_utf16_lossy(&units)
}

/// Reads a `ToUnicode` CMap's `bfchar` and `bfrange` sections.
fn parse_cmap(data: &[u8]) -> HashMap<(u8, u32), String> {
    let mut map = HashMap::new();
    let mut lex = Lexer::new(data);
    let mut section = "";
    let mut pending: Vec<Value> = Vec::new();
    while let Some(v) = lex.next_value() {
        if map.len() >= MAX_CMAP_ENTRIES {
            break;
        }
        match v {
            Value::Op(op) if op == b"beginbfchar" || op == b"beginbfrange" => {
                section = if op == b"beginbfchar" {
                    "char"
                } else {
                    "range"
                };
                pending.clear();
            }
            Value::Op(op) if op.starts_with(b"end") => {
                section = "";
                pending.clear();
            }
            v if !section.is_empty() => {
                pending.push(v);
                let want = if section == "char" { 2 } else { 3 };
                if pending.len() < want {
                    continue;
                }
                let entry = std::mem::take(&mut pending);
                match (section, entry.as_slice()) {
                    ("char", [Value::Str(src), Value::Str(dst)]) => {
                        if let Some(c) = code(src) {
                            map.insert(c, utf16(dst));
                        }
                    }
                    ("char", [Value::Str(src), Value::Name(dst)]) => {
                        // A glyph name (`/space`): rare; keep ASCII names of one letter.
                        if let (Some(c), [b]) = (code(src), dst.as_slice()) {
                            map.insert(c, char::from(*b).to_string());
                        }
                    }
                    ("range", [Value::Str(lo), Value::Str(hi), dst]) => {
                        let (Some((n, lo)), Some((_, hi))) = (code(lo), code(hi)) else {
                            continue;
                        };
                        if hi < lo || hi - lo > MAX_CMAP_ENTRIES as u32 {
                            continue;
                        }
                        for (i, c) in (lo..=hi).enumerate() {
                            let text = match dst {
                                Value::Str(d) => shifted(d, i as u32),
                                Value::Array(a) => match a.get(i) {
                                    Some(Value::Str(d)) => utf16(d),
                                    _ => continue,
                                },
                                _ => break,
                            };
                            map.insert((n, c), text);
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    map
}

fn read_font(font: &Value, objects: &Objects) -> Font {
    let to_unicode = font
        .get("ToUnicode")
        .and_then(|r| objects.object(r))
        .and_then(|o| objects.decode(o))
        .map(|d| parse_cmap(&d))
        .unwrap_or_default();
    Font {
        to_unicode,
        encoding: encoding_of(font, objects),
    }
}

impl Font {
    /// Turns a string operand into text; counts glyphs that could not be read.
    fn decode(&self, bytes: &[u8], unreadable: &mut usize) -> String {
        let mut out = String::new();
        let two_byte = matches!(self.encoding, Encoding::Ucs2 | Encoding::Identity);
        let mut i = 0;
        while i < bytes.len() {
            let len = match self.encoding {
                _ if two_byte => 2,
                Encoding::Gbk if bytes[i] >= 0x81 => 2,
                _ => 1,
            }
            .min(bytes.len() - i);
            let chunk = &bytes[i..i + len];
            i += len;
            let Some(c) = code(chunk) else { continue };
            if let Some(t) = self.to_unicode.get(&c) {
                // Subsetters map glyphs they could not name to U+0000: a gap, not text.
                out.extend(t.chars().map(|ch| if ch.is_control() { ' ' } else { ch }));
                continue;
            }
            match self.encoding {
                Encoding::Ucs2 => match char::from_u32(c.1) {
                    Some(ch) => out.push(ch),
                    None => *unreadable += 1,
                },
                Encoding::Gbk => {
                    let (t, _, bad) = encoding_rs::GBK.decode(chunk);
                    if bad {
                        *unreadable += 1;
                    } else {
                        out.push_str(&t);
                    }
                }
                Encoding::Simple => out.push(char::from(chunk[0])),
                Encoding::Identity => *unreadable += 1,
            }
        }
        out
    }
}

/// One piece of text placed on the page.
#[derive(Debug, Clone)]
struct Run {
    x: f64,
    y: f64,
    size: f64,
    text: String,
}

impl Run {
    /// Estimated width: CJK glyphs are one em, others about half.
    fn width(&self) -> f64 {
        self.text
            .chars()
            .map(|c| if c.is_ascii() { 0.55 } else { 1.0 })
            .sum::<f64>()
            * self.size
    }
}

type Matrix = [f64; 6];

fn mul(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// The text state of one content stream while it runs.
struct Interpreter<'f> {
    fonts: &'f HashMap<Vec<u8>, Font>,
    font: Option<&'f Font>,
    size: f64,
    leading: f64,
    ctm: Matrix,
    stack: Vec<Matrix>,
    tm: Matrix,
    line: Matrix,
    /// The run being written, until the next positioning operator.
    open: Option<Run>,
    runs: Vec<Run>,
    unreadable: usize,
}

impl<'f> Interpreter<'f> {
    fn new(fonts: &'f HashMap<Vec<u8>, Font>) -> Self {
        Interpreter {
            fonts,
            font: None,
            size: 12.0,
            leading: 0.0,
            ctm: IDENTITY,
            stack: Vec::new(),
            tm: IDENTITY,
            line: IDENTITY,
            open: None,
            runs: Vec::new(),
            unreadable: 0,
        }
    }

    fn close(&mut self) {
        if let Some(r) = self.open.take() {
            if !r.text.trim().is_empty() && self.runs.len() < MAX_RUNS {
                self.runs.push(r);
            }
        }
    }

    fn move_to(&mut self, tx: f64, ty: f64) {
        self.close();
        self.line = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &self.line);
        self.tm = self.line;
    }

    fn show(&mut self, bytes: &[u8]) {
        let Some(font) = self.font else {
            self.unreadable += bytes.len();
            return;
        };
        let text = font.decode(bytes, &mut self.unreadable);
        if self.open.is_none() {
            let m = mul(&self.tm, &self.ctm);
            let scale = (m[2] * m[2] + m[3] * m[3]).sqrt();
            self.open = Some(Run {
                x: m[4],
                y: m[5],
                size: (self.size * scale).abs().max(0.1),
                text: String::new(),
            });
        }
        if let Some(r) = self.open.as_mut() {
            r.text.push_str(&text);
        }
    }

    fn run(&mut self, content: &[u8]) {
        let mut lex = Lexer::new(content);
        let mut operands: Vec<Value> = Vec::new();
        while let Some(v) = lex.next_value() {
            let Value::Op(op) = v else {
                if operands.len() < 64 {
                    operands.push(v);
                }
                continue;
            };
            let n = |i: usize| operands.get(i).and_then(Value::num).unwrap_or(0.0);
            let six = || -> Option<Matrix> {
                (operands.len() >= 6).then(|| {
                    let o = operands.len() - 6;
                    [n(o), n(o + 1), n(o + 2), n(o + 3), n(o + 4), n(o + 5)]
                })
            };
            match op.as_slice() {
                b"BT" => {
                    self.close();
                    self.tm = IDENTITY;
                    self.line = IDENTITY;
                }
                b"ET" => self.close(),
                b"q" if self.stack.len() < 64 => self.stack.push(self.ctm),
                b"Q" => {
                    self.close();
                    self.ctm = self.stack.pop().unwrap_or(IDENTITY);
                }
                b"cm" => {
                    if let Some(m) = six() {
                        self.close();
                        self.ctm = mul(&m, &self.ctm);
                    }
                }
                b"Tf" => {
                    if let Some(Value::Name(name)) = operands.first() {
                        self.font = self.fonts.get(name);
                    }
                    self.size = n(1);
                }
                b"TL" => self.leading = n(0),
                b"Td" => self.move_to(n(0), n(1)),
                b"TD" => {
                    self.leading = -n(1);
                    self.move_to(n(0), n(1));
                }
                b"Tm" => {
                    if let Some(m) = six() {
                        self.close();
                        self.line = m;
                        self.tm = m;
                    }
                }
                b"T*" => self.move_to(0.0, -self.leading),
                b"Tj" => {
                    if let Some(Value::Str(s)) = operands.first() {
                        self.show(&s.clone());
                    }
                }
                b"'" | b"\"" => {
                    self.move_to(0.0, -self.leading);
                    if let Some(Value::Str(s)) = operands.last() {
                        self.show(&s.clone());
                    }
                }
                b"TJ" => {
                    if let Some(Value::Array(items)) = operands.first() {
                        for item in items.clone() {
                            match item {
                                Value::Str(s) => self.show(&s),
                                // A gap of a third of an em or more is a space.
                                Value::Num(k) if k <= -333.0 => {
                                    if let Some(r) = self.open.as_mut() {
                                        r.text.push(' ');
                                    }
                                }
                                _ => {}
                            }
                        }
                    }
                }
                b"ID" => lex.skip_inline_image(),
                _ => {}
            }
            operands.clear();
        }
        self.close();
    }
}

/// Groups runs into lines: same baseline (within half the text size), left to right.
fn lines(mut runs: Vec<Run>) -> Vec<String> {
    runs.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut groups: Vec<Vec<Run>> = Vec::new();
    for r in runs {
        match groups.last_mut() {
            Some(g) if (g[0].y - r.y).abs() <= 0.5 * g[0].size.max(r.size) => g.push(r),
            _ => groups.push(vec![r]),
        }
    }
    groups
        .into_iter()
        .map(|mut g| {
            g.sort_by(|a, b| a.x.total_cmp(&b.x));
            let mut line = String::new();
            let mut end: Option<f64> = None;
            for r in &g {
                if end.is_some_and(|e| r.x - e > 0.3 * r.size) {
                    line.push(' ');
                }
                line.push_str(r.text.trim_end());
                end = Some(r.x + r.width());
            }
            line
        })
        .collect()
}

/// The page objects in document order (the page tree from the catalog; else file order).
fn pages(objects: &Objects) -> Vec<&Object> {
    let mut out = Vec::new();
    let root = objects
        .map
        .values()
        .find(|o| o.value.get("Type").is_some_and(|t| t.is_name("Catalog")))
        .and_then(|c| c.value.get("Pages"));
    let mut todo: Vec<&Value> = root.into_iter().collect();
    let mut seen = std::collections::HashSet::new();
    while let Some(v) = todo.pop() {
        if out.len() >= MAX_PAGES {
            break;
        }
        let Value::Ref(n) = v else { continue };
        if !seen.insert(*n) || seen.len() > 10_000 {
            continue;
        }
        let Some(obj) = objects.map.get(n) else {
            continue;
        };
        match obj.value.get("Kids").map(|k| objects.resolve(k)) {
            Some(Value::Array(kids)) => todo.extend(kids.iter().rev()),
            _ => out.push(obj),
        }
    }
    if out.is_empty() {
        out = objects
            .map
            .values()
            .filter(|o| o.value.get("Type").is_some_and(|t| t.is_name("Page")))
            .take(MAX_PAGES)
            .collect();
    }
    out
}

/// A page's fonts by resource name, looking up inherited resources through `/Parent`.
fn page_fonts(page: &Object, objects: &Objects) -> HashMap<Vec<u8>, Font> {
    let mut node = &page.value;
    for _ in 0..16 {
        if let Some(res) = node.get("Resources").map(|r| objects.resolve(r)) {
            if let Some(Value::Dict(fonts)) = res.get("Font").map(|f| objects.resolve(f)) {
                return fonts
                    .iter()
                    .map(|(name, f)| (name.clone(), read_font(objects.resolve(f), objects)))
                    .collect();
            }
        }
        match node.get("Parent") {
            Some(p @ Value::Ref(_)) => node = objects.resolve(p),
            _ => break,
        }
    }
    HashMap::new()
}

/// Reads every page's text (and that of the form XObjects a page draws).
pub fn read(pdf: &[u8]) -> PageText {
    let objects = Objects::read(pdf);
    let mut out = PageText::default();
    for page in pages(&objects) {
        let fonts = page_fonts(page, &objects);
        let contents: Vec<&Value> = match page.value.get("Contents") {
            Some(Value::Array(a)) => a.iter().collect(),
            Some(r @ Value::Ref(_)) => match objects.resolve(r) {
                Value::Array(a) => a.iter().collect(),
                _ => vec![r],
            },
            _ => Vec::new(),
        };
        let mut interpreter = Interpreter::new(&fonts);
        let mut data = Vec::new();
        for c in contents {
            if let Some(d) = objects.object(c).and_then(|o| objects.decode(o)) {
                data.extend_from_slice(&d);
                data.push(b'\n');
            }
        }
        interpreter.run(&data);
        // Form XObjects (some generators draw the invoice's frame and labels in one).
        if let Some(Value::Dict(xobjects)) = page
            .value
            .get("Resources")
            .map(|r| objects.resolve(r))
            .and_then(|r| r.get("XObject"))
            .map(|x| objects.resolve(x))
        {
            for (_, x) in xobjects.iter().take(64) {
                let Some(form) = objects.object(x) else {
                    continue;
                };
                if !form.value.get("Subtype").is_some_and(|s| s.is_name("Form")) {
                    continue;
                }
                let own = match form.value.get("Resources") {
                    Some(_) => page_fonts(form, &objects),
                    None => HashMap::new(),
                };
                let fonts = if own.is_empty() { &fonts } else { &own };
                let mut inner = Interpreter::new(fonts);
                if let Some(m) = form.value.get("Matrix") {
                    if let Value::Array(a) = objects.resolve(m) {
                        let v: Vec<f64> = a.iter().filter_map(Value::num).collect();
                        if let [a, b, c, d, e, f] = v[..] {
                            inner.ctm = [a, b, c, d, e, f];
                        }
                    }
                }
                if let Some(d) = objects.decode(form) {
                    inner.run(&d);
                }
                interpreter.runs.append(&mut inner.runs);
                interpreter.unreadable += inner.unreadable;
            }
        }
        out.unreadable_glyphs += interpreter.unreadable;
        out.lines.extend(lines(interpreter.runs));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cmaps_map_chars_and_ranges() {
        let cmap = b"1 begincodespacerange <0000> <FFFF> endcodespacerange
            2 beginbfchar <0003> <0020> <0010> <53D1> endbfchar
            2 beginbfrange <0011> <0013> <0030> <0020> <0021> [<7968> <D83D DE00>] endbfrange";
        let map = parse_cmap(cmap);
        assert_eq!(map[&(2, 3)], " ");
        assert_eq!(map[&(2, 0x10)], "发");
        assert_eq!(map[&(2, 0x13)], "2");
        assert_eq!(map[&(2, 0x20)], "票");
        assert_eq!(map[&(2, 0x21)], "😀");
        let huge = b"1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange";
        assert!(parse_cmap(huge).is_empty());
    }

    fn font(encoding: Encoding) -> Font {
        Font {
            to_unicode: HashMap::new(),
            encoding,
        }
    }

    #[test]
    fn predefined_encodings() {
        let mut bad = 0;
        let ucs2 = font(Encoding::Ucs2).decode(&[0x53, 0xD1, 0x00, 0x31], &mut bad);
        assert_eq!(ucs2, "发1");
        let gbk = font(Encoding::Gbk).decode(&[0xB7, 0xA2, b'1'], &mut bad);
        assert_eq!(gbk, "发1");
        assert_eq!(bad, 0);
        assert_eq!(font(Encoding::Identity).decode(&[0, 1, 0, 2], &mut bad), "");
        assert_eq!(bad, 2);
    }

    #[test]
    fn runs_on_one_baseline_make_one_line_left_to_right() {
        let mut fonts = HashMap::new();
        fonts.insert(b"F1".to_vec(), font(Encoding::Simple));
        let mut i = Interpreter::new(&fonts);
        i.run(
            b"BT /F1 10 Tf 1 0 0 1 200 700 Tm (B) Tj ET
                BT /F1 10 Tf 1 0 0 1 100 700.5 Tm (A) Tj (a) Tj ET
                BT /F1 10 Tf 100 650 Td (C) Tj 0 -20 Td [(D) -500 (E)] TJ ET",
        );
        assert_eq!(lines(i.runs), vec!["Aa B", "C", "D E"]);
    }
}
