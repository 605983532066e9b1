//! Just enough PDF syntax to read an invoice's page text: tokens, object values, the table of
//! numbered objects (plain and inside object streams) and their decoded streams.
//!
//! Hostile files are held to limits: object count, nesting depth, decoded stream size. The
//! cross-reference table is not read: objects are found by scanning for `N G obj`, as damaged
//! files often need anyway; a later definition of the same number wins, as after an update.

use std::collections::BTreeMap;
use std::io::Read;

use flate2::read::ZlibDecoder;

/// The most numbered objects read.
pub const MAX_OBJECTS: usize = 200_000;
/// The deepest nesting of arrays and dictionaries.
pub const MAX_DEPTH: usize = 32;
/// The largest decoded stream, in bytes.
pub const MAX_DECODED: usize = 16 * 1024 * 1024;

/// A PDF value. Numbers are geometry here (never money), so `f64` is right.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`, and anything unreadable.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// An integer or real.
    Num(f64),
    /// `/Name`.
    Name(Vec<u8>),
    /// `(literal)` or `<hex>`, as bytes.
    Str(Vec<u8>),
    /// `[ … ]`.
    Array(Vec<Value>),
    /// `<< … >>`.
    Dict(Vec<(Vec<u8>, Value)>),
    /// `N G R`.
    Ref(u32),
    /// A bare word: a content-stream operator, or a CMap keyword.
    Op(Vec<u8>),
}

impl Value {
    /// The value under `key` in a dictionary.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Dict(d) => d.iter().find(|(k, _)| k == key.as_bytes()).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Whether this is the name `name`.
    pub fn is_name(&self, name: &str) -> bool {
        matches!(self, Value::Name(n) if n == name.as_bytes())
    }

    /// The number, if this is one.
    pub fn num(&self) -> Option<f64> {
        match self {
            Value::Num(n) => Some(*n),
            _ => None,
        }
    }
}

/// A tokenizer over PDF bytes (object bodies, content streams, CMaps).
pub struct Lexer<'a> {
    data: &'a [u8],
    /// The read position.
    pub pos: usize,
}

fn is_white(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t' | b'\x0c' | b'\0')
}

fn is_delim(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn hex_digit(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

impl<'a> Lexer<'a> {
    /// A lexer at the start of `data`.
    pub fn new(data: &'a [u8]) -> Self {
        Lexer { data, pos: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b) = self.peek() {
            if is_white(b) {
                self.pos += 1;
            } else if b == b'%' {
                while self.peek().is_some_and(|b| b != b'\n' && b != b'\r') {
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    fn word(&mut self) -> &'a [u8] {
        let start = self.pos;
        while self.peek().is_some_and(|b| !is_white(b) && !is_delim(b)) {
            self.pos += 1;
        }
        &self.data[start..self.pos]
    }

    fn literal(&mut self) -> Vec<u8> {
        // After the opening parenthesis.
        let mut out = Vec::new();
        let mut depth = 1usize;
        while let Some(b) = self.peek() {
            self.pos += 1;
            match b {
                b'(' => {
                    depth += 1;
                    out.push(b);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(b);
                }
                b'\\' => {
                    let Some(e) = self.peek() else { break };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(v as u8);
                        }
                        other => out.push(other),
                    }
                }
                _ => out.push(b),
            }
        }
        out
    }

    fn hex(&mut self) -> Vec<u8> {
        // After the opening `<`.
        let mut digits = Vec::new();
        while let Some(b) = self.peek() {
            self.pos += 1;
            if b == b'>' {
                break;
            }
            if let Some(d) = hex_digit(b) {
                digits.push(d);
            }
        }
        if digits.len() % 2 == 1 {
            digits.push(0);
        }
        digits.chunks(2).map(|p| p[0] << 4 | p[1]).collect()
    }

    /// The next value; `None` at the end, or at a closing `]`, `>>` or `}` (consumed).
    pub fn next_value(&mut self) -> Option<Value> {
        self.value(0)
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.skip_space();
        let b = self.peek()?;
        Some(match b {
            b'/' => {
                self.pos += 1;
                let w = self.word();
                Value::Name(name_bytes(w))
            }
            b'(' => {
                self.pos += 1;
                Value::Str(self.literal())
            }
            b'<' if self.data.get(self.pos + 1) == Some(&b'<') => {
                self.pos += 2;
                if depth >= MAX_DEPTH {
                    return Some(Value::Null);
                }
                let mut entries = Vec::new();
                loop {
                    match self.value(depth + 1) {
                        Some(Value::Name(k)) => match self.value(depth + 1) {
                            Some(v) => entries.push((k, v)),
                            None => {
                                entries.push((k, Value::Null));
                                break;
                            }
                        },
                        Some(_) => {}
                        None => break,
                    }
                }
                Value::Dict(entries)
            }
            b'<' => {
                self.pos += 1;
                Value::Str(self.hex())
            }
            b'[' => {
                self.pos += 1;
                if depth >= MAX_DEPTH {
                    return Some(Value::Null);
                }
                let mut items = Vec::new();
                while let Some(v) = self.value(depth + 1) {
                    items.push(v);
                }
                Value::Array(items)
            }
            b']' | b'}' => {
                self.pos += 1;
                return None;
            }
            b'>' => {
                self.pos += if self.data.get(self.pos + 1) == Some(&b'>') {
                    2
                } else {
                    1
                };
                return None;
            }
            b'{' | b')' => {
                self.pos += 1;
                Value::Null
            }
            _ => {
                let w = self.word();
                if w.is_empty() {
                    self.pos += 1;
                    return Some(Value::Null);
                }
                match w {
                    b"true" => Value::Bool(true),
                    b"false" => Value::Bool(false),
                    b"null" => Value::Null,
                    _ => match std::str::from_utf8(w)
                        .ok()
                        .and_then(|s| s.parse::<f64>().ok())
                    {
                        Some(n) if n.is_finite() => self.maybe_ref(n),
                        _ => Value::Op(w.to_vec()),
                    },
                }
            }
        })
    }

    /// After a number: `N G R` is a reference; otherwise the number alone.
    fn maybe_ref(&mut self, n: f64) -> Value {
        let save = self.pos;
        let int =
            |x: f64| (x >= 0.0 && x.fract() == 0.0 && x <= f64::from(u32::MAX)).then_some(x as u32);
        if let Some(num) = int(n) {
            self.skip_space();
            let g = self.word();
            if !g.is_empty() && g.iter().all(u8::is_ascii_digit) {
                self.skip_space();
                if self.peek() == Some(b'R')
                    && self
                        .data
                        .get(self.pos + 1)
                        .is_none_or(|&b| is_white(b) || is_delim(b))
                {
                    self.pos += 1;
                    return Value::Ref(num);
                }
            }
        }
        self.pos = save;
        Value::Num(n)
    }

    /// Skips an inline image's data (after `ID`) up to and including `EI`.
    pub fn skip_inline_image(&mut self) {
        let rest = &self.data[self.pos..];
        let end = rest
            .windows(3)
            .position(|w| is_white(w[0]) && w[1] == b'E' && w[2] == b'I')
            .map(|i| i + 3)
            .unwrap_or(rest.len());
        self.pos += end;
    }
}

/// A name's bytes with `#xx` escapes undone.
fn name_bytes(w: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(w.len());
    let mut i = 0;
    while i < w.len() {
        if w[i] == b'#' {
            if let (Some(a), Some(b)) = (
                w.get(i + 1).and_then(|&c| hex_digit(c)),
                w.get(i + 2).and_then(|&c| hex_digit(c)),
            ) {
                out.push(a << 4 | b);
                i += 3;
                continue;
            }
        }
        out.push(w[i]);
        i += 1;
    }
    out
}

/// One numbered object: its value and, for a stream, the raw (still encoded) data.
#[derive(Debug, Clone)]
pub struct Object {
    /// The value (a stream's dictionary).
    pub value: Value,
    /// A stream's raw bytes.
    pub stream: Option<Vec<u8>>,
}

/// Every numbered object of a file.
#[derive(Debug, Default)]
pub struct Objects {
    /// Object number → object.
    pub map: BTreeMap<u32, Object>,
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    memchr::memmem::find(hay.get(from..)?, needle).map(|i| i + from)
}

/// Reads `N G obj` at `at`: the object number and where its body starts.
fn header_at(pdf: &[u8], obj_kw: usize) -> Option<u32> {
    // Walk back over `G`, space, `N`.
    let mut i = obj_kw;
    let back_digits = |i: &mut usize| {
        let end = *i;
        while *i > 0 && pdf[*i - 1].is_ascii_digit() {
            *i -= 1;
        }
        (*i < end).then(|| &pdf[*i..end])
    };
    let back_space = |i: &mut usize| {
        let end = *i;
        while *i > 0 && is_white(pdf[*i - 1]) {
            *i -= 1;
        }
        *i < end
    };
    if !back_space(&mut i) {
        return None;
    }
    back_digits(&mut i)?;
    if !back_space(&mut i) {
        return None;
    }
    let num = back_digits(&mut i)?;
    if i > 0 && !is_white(pdf[i - 1]) && !is_delim(pdf[i - 1]) {
        return None;
    }
    std::str::from_utf8(num).ok()?.parse().ok()
}

impl Objects {
    /// Scans `pdf` for its objects (and the objects inside its object streams).
    pub fn read(pdf: &[u8]) -> Objects {
        let mut objects = Objects::default();
        let mut pos = 0;
        while let Some(at) = find(pdf, b"obj", pos) {
            pos = at + 3;
            if objects.map.len() >= MAX_OBJECTS {
                break;
            }
            // `endobj` and words like `objects` are not headers.
            if pdf
                .get(at + 3)
                .is_some_and(|&b| !is_white(b) && !is_delim(b))
            {
                continue;
            }
            let Some(num) = header_at(pdf, at) else {
                continue;
            };
            let mut lex = Lexer::new(&pdf[at + 3..]);
            let value = lex.next_value().unwrap_or(Value::Null);
            let body_end = at + 3 + lex.pos;
            let mut stream = None;
            let mut after = Lexer::new(&pdf[body_end..]);
            after.skip_space();
            if pdf[body_end + after.pos..].starts_with(b"stream") {
                let mut start = body_end + after.pos + 6;
                if pdf.get(start) == Some(&b'\r') {
                    start += 1;
                }
                if pdf.get(start) == Some(&b'\n') {
                    start += 1;
                }
                let by_length = value
                    .get("Length")
                    .and_then(Value::num)
                    .filter(|n| *n >= 0.0)
                    .and_then(|n| start.checked_add(n as usize))
                    .filter(|&end| {
                        end <= pdf.len()
                            && find(&pdf[end..pdf.len().min(end + 16)], b"endstream", 0).is_some()
                    });
                let end = by_length
                    .or_else(|| find(pdf, b"endstream", start))
                    .unwrap_or(pdf.len());
                stream = Some(pdf[start.min(end)..end].to_vec());
                pos = end.max(pos);
            } else {
                pos = body_end.max(pos);
            }
            objects.map.insert(num, Object { value, stream });
        }
        objects.expand_object_streams();
        objects
    }

    fn expand_object_streams(&mut self) {
        let streams: Vec<u32> = self
            .map
            .iter()
            .filter(|(_, o)| o.value.get("Type").is_some_and(|t| t.is_name("ObjStm")))
            .map(|(n, _)| *n)
            .collect();
        for n in streams {
            let Some(data) = self.map.get(&n).and_then(|o| self.decode(o)) else {
                continue;
            };
            let obj = &self.map[&n];
            let count = obj.value.get("N").and_then(Value::num).unwrap_or(0.0) as usize;
            let first = obj.value.get("First").and_then(Value::num).unwrap_or(0.0) as usize;
            let mut head = Lexer::new(data.get(..first).unwrap_or(&[]));
            let mut entries = Vec::new();
            while entries.len() < count {
                match (head.next_value(), head.next_value()) {
                    (Some(Value::Num(num)), Some(Value::Num(off))) => {
                        entries.push((num as u32, off as usize))
                    }
                    _ => break,
                }
            }
            for (num, off) in entries {
                if self.map.len() >= MAX_OBJECTS {
                    return;
                }
                let Some(body) = first.checked_add(off).and_then(|s| data.get(s..)) else {
                    continue;
                };
                let value = Lexer::new(body).next_value().unwrap_or(Value::Null);
                // A plain object of the same number is a later update: it wins.
                self.map.entry(num).or_insert(Object {
                    value,
                    stream: None,
                });
            }
        }
    }

    /// Follows references (a few levels) to a value.
    pub fn resolve<'s>(&'s self, mut v: &'s Value) -> &'s Value {
        for _ in 0..8 {
            match v {
                Value::Ref(n) => match self.map.get(n) {
                    Some(o) => v = &o.value,
                    None => return &Value::Null,
                },
                _ => return v,
            }
        }
        &Value::Null
    }

    /// The object a value refers to, if it is a reference.
    pub fn object(&self, v: &Value) -> Option<&Object> {
        match v {
            Value::Ref(n) => self.map.get(n),
            _ => None,
        }
    }

    /// A stream's data with its filters undone; `None` for filters not read here
    /// (only `FlateDecode` and `ASCII85Decode` are) or data over [`MAX_DECODED`].
    pub fn decode(&self, obj: &Object) -> Option<Vec<u8>> {
        let raw = obj.stream.as_ref()?;
        let filters: Vec<&Value> = match obj.value.get("Filter").map(|f| self.resolve(f)) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(a)) => a.iter().collect(),
            Some(f) => vec![f],
        };
        let mut data = raw.clone();
        for f in filters {
            data = match f {
                Value::Name(n) if n == b"FlateDecode" || n == b"Fl" => inflate(&data)?,
                Value::Name(n) if n == b"ASCII85Decode" || n == b"A85" => {
                    super::pdf::ascii85(&data)?
                }
                _ => return None,
            };
        }
        if let Some(parms) = obj.value.get("DecodeParms").map(|p| self.resolve(p)) {
            let predictor = parms.get("Predictor").and_then(Value::num).unwrap_or(1.0);
            if predictor >= 10.0 {
                let columns = parms.get("Columns").and_then(Value::num).unwrap_or(1.0);
                let columns = (columns.max(1.0) as usize).min(1 << 16);
                data = super::pdf::unpredict(&data, columns, 1)?;
            }
        }
        Some(data)
    }
}

/// Inflates zlib data up to [`MAX_DECODED`] bytes; a truncated stream keeps what came out.
fn inflate(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let read = ZlibDecoder::new(data)
        .take(MAX_DECODED as u64 + 1)
        .read_to_end(&mut out);
    if out.len() > MAX_DECODED || (read.is_err() && out.is_empty()) {
        return None;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(s: &str) -> Vec<Value> {
        let mut lex = Lexer::new(s.as_bytes());
        std::iter::from_fn(|| lex.next_value()).collect()
    }

    #[test]
    fn tokens_of_a_content_stream() {
        let v = values(r"BT /F1 12 Tf (a\(b\)\101\n) Tj <4E2D> Tj [(x) -300 (y)] TJ ET");
        assert_eq!(v[0], Value::Op(b"BT".to_vec()));
        assert_eq!(v[1], Value::Name(b"F1".to_vec()));
        assert_eq!(v[2], Value::Num(12.0));
        assert_eq!(v[4], Value::Str(b"a(b)A\n".to_vec()));
        assert_eq!(v[6], Value::Str(vec![0x4E, 0x2D]));
        assert_eq!(
            v[8],
            Value::Array(vec![
                Value::Str(b"x".to_vec()),
                Value::Num(-300.0),
                Value::Str(b"y".to_vec())
            ])
        );
    }

    #[test]
    fn dictionaries_references_and_names() {
        let v = values("<< /Type /Font /ToUnicode 12 0 R /W [1 2] /N#20x 3 >>");
        let d = &v[0];
        assert!(d.get("Type").unwrap().is_name("Font"));
        assert_eq!(d.get("ToUnicode"), Some(&Value::Ref(12)));
        assert_eq!(d.get("N x"), Some(&Value::Num(3.0)));
    }

    #[test]
    fn deep_nesting_and_garbage_end_without_panic() {
        let deep = "[".repeat(10_000);
        assert!(Lexer::new(deep.as_bytes()).next_value().is_some());
        for junk in [
            "<<",
            "(unclosed",
            "<4",
            "/",
            "1 0",
            ">>>>]]",
            "\\",
            "1e999 R",
        ] {
            let mut lex = Lexer::new(junk.as_bytes());
            let mut n = 0;
            while lex.next_value().is_some() && n < 100 {
                n += 1;
            }
        }
    }

    #[test]
    fn objects_with_streams_and_object_streams() {
        use std::io::Write;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(b"7 0 8 11 << /A 1 >> (hello)").unwrap();
        let packed = z.finish().unwrap();
        let mut pdf =
            b"%PDF-1.5\n1 0 obj\n<< /Length 5 >>\nstream\nHELLO\nendstream\nendobj\n".to_vec();
        pdf.extend_from_slice(
            format!(
                "2 0 obj\n<< /Type /ObjStm /N 2 /First 9 /Filter /FlateDecode /Length {} >>\nstream\n",
                packed.len()
            )
            .as_bytes(),
        );
        pdf.extend_from_slice(&packed);
        pdf.extend_from_slice(b"\nendstream\nendobj\n");
        let objects = Objects::read(&pdf);
        assert_eq!(objects.map[&1].stream.as_deref(), Some(&b"HELLO"[..]));
        assert_eq!(objects.map[&7].value.get("A"), Some(&Value::Num(1.0)));
        assert_eq!(objects.map[&8].value, Value::Str(b"hello".to_vec()));
    }
}
