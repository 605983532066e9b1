//! The cells of one XLSX worksheet, scanned straight from its XML as it inflates.
//!
//! A worksheet is almost all `<row>`s of `<c>`ells in a regular shape, which a general XML
//! reader spends most of its time being general about (seven events for one inline-string
//! cell). This scanner reads that shape and nothing else: a comment, CDATA, a processing
//! instruction, an element it does not expect, a malformed tag or entity, or anything else
//! where it could read a cell differently from `calamine` makes it give up ([`Unsupported`]),
//! and the whole workbook is then read by `calamine` instead. Where it does read a sheet, it
//! hands [`RowBuilder`] the same cells `calamine`'s cell reader would (tested against it, and
//! fuzzed for differences).

use std::io::Read;

use calamine::{Data, ExcelDateTime, ExcelDateTimeType};
use memchr::memmem;
use quick_xml::events::Event;

use crate::diag::Diagnostic;
use crate::parse::sheet::{Budget, RowBuilder};
use crate::parse::table::Table;

/// The sheet is outside what the scanner reads the way `calamine` does.
#[derive(Debug)]
pub(crate) struct Unsupported;

/// Why a sheet was not read here.
pub(crate) enum Stop {
    /// Read the workbook with `calamine` (which also reports damaged data).
    Unsupported,
    /// A limit was hit.
    Error(Diagnostic),
}

impl From<Unsupported> for Stop {
    fn from(_: Unsupported) -> Self {
        Stop::Unsupported
    }
}

/// How a number cell's style formats it (`calamine`'s rule: built-in date ids and date-like
/// custom codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberFormat {
    /// A plain number.
    Other,
    /// A date or time.
    DateTime,
    /// A duration (`[h]:mm:ss`).
    TimeDelta,
}

/// What the cells need from the rest of the workbook.
pub(crate) struct Context<'a> {
    /// The shared strings table.
    pub strings: &'a [String],
    /// Number format of each cell style (`cellXfs`), by index; `None` where it is not known
    /// how calamine reads it (a number in that style sends the workbook to calamine).
    pub formats: &'a [Option<NumberFormat>],
    /// The workbook counts days from 1904.
    pub is_1904: bool,
}

/// Most bytes held at once: before `<sheetData>` (or `<sst>`; Excel writes a few hundred), or
/// in one row (or shared string). Past it calamine, which streams, reads the workbook.
const MAX_WINDOW: usize = 32 * 1024 * 1024;

/// Bytes inflated at a time.
const CHUNK: usize = 256 * 1024;

/// Reads the worksheet XML from `xml` into a table named `name`.
pub(crate) fn read_sheet(
    xml: &mut impl Read,
    name: &str,
    cx: &Context<'_>,
    budget: &mut Budget<'_>,
) -> Result<Table, Stop> {
    let mut cells = Cells::new(name, cx, budget);
    stream(xml, b"sheetData", &[b"row", b"c"], b"row>", |s| {
        cells.scan(s)
    })?;
    Ok(cells.rows.finish())
}

/// Reads the shared strings XML (`<sst>` of `<si>`) from `xml`.
pub(crate) fn read_shared_strings(xml: &mut impl Read) -> Result<Vec<String>, Stop> {
    let mut strings = Vec::new();
    stream(xml, b"sst", &[b"si"], b"si>", |s| loop {
        let Some(tag) = s.next_in_batch()? else {
            return Ok(false);
        };
        match (tag.end, tag.local()) {
            (true, b"sst") => return Ok(true),
            (false, b"si") => {
                let mut text = String::new();
                if !tag.empty {
                    match s.shaped(b"<t>", b"</t></si>") {
                        // Nearly every string: one plain `<t>`.
                        Some(raw) => string_text(raw, &mut text)?,
                        None => inline_string(s, tag.name, &mut text)?,
                    }
                }
                strings.push(text);
            }
            _ => return Err(Stop::Unsupported),
        }
    })?;
    Ok(strings)
}

/// Streams the content of the element `local` through `scan` in batches of whole `unit`
/// elements (the text up to the last `</unit>` inflated so far), with bounded memory;
/// `scan` says when it has met the element's end. `inner` are the elements that may not
/// appear before it.
fn stream(
    xml: &mut impl Read,
    local: &[u8],
    inner: &[&[u8]],
    unit: &[u8],
    mut scan: impl FnMut(&mut Scanner<'_>) -> Result<bool, Stop>,
) -> Result<(), Stop> {
    let mut window: Vec<u8> = Vec::with_capacity(CHUNK * 2);
    let mut eof = false;
    let (start, prefix) = loop {
        if !eof {
            eof = fill(xml, &mut window)?;
        }
        match content_start(&window, local, inner)? {
            Some(found) => break found,
            None if eof => return Err(Stop::Unsupported),
            None => {}
        }
        // Each look reads the window from its start.
        if window.len() > MAX_WINDOW {
            return Err(Stop::Unsupported);
        }
    };
    if start == usize::MAX {
        return Ok(());
    }
    let unit_end = [b"</".as_slice(), &prefix, unit].concat();
    let finder = memmem::FinderRev::new(&unit_end);
    let mut done = start;
    // The window up to here holds no end tag past `done`: only new bytes are searched (a
    // row longer than the window would otherwise be searched again at every fill).
    let mut searched = done;
    loop {
        let cut = if eof {
            Some(window.len())
        } else {
            let from = searched.saturating_sub(unit_end.len() - 1).max(done);
            finder
                .rfind(&window[from..])
                .map(|i| from + i + unit_end.len())
        };
        searched = window.len();
        if let Some(cut) = cut {
            let mut scanner = Scanner {
                buf: &window[..cut],
                pos: done,
            };
            if scan(&mut scanner)? {
                return Ok(());
            }
            if eof {
                // The data ended inside the element.
                return Err(Stop::Unsupported);
            }
            done = cut;
        }
        window.drain(..done);
        searched -= done;
        done = 0;
        if window.len() > MAX_WINDOW {
            return Err(Stop::Unsupported);
        }
        eof = fill(xml, &mut window)?;
    }
}

/// Appends up to [`CHUNK`] inflated bytes; true at the end of the entry.
fn fill(xml: &mut impl Read, window: &mut Vec<u8>) -> Result<bool, Stop> {
    let start = window.len();
    window.resize(start + CHUNK, 0);
    let mut filled = start;
    while filled < window.len() {
        match xml.read(&mut window[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            // Damaged data or a CRC mismatch: calamine says so.
            Err(_) => return Err(Stop::Unsupported),
        }
    }
    let eof = filled < window.len();
    window.truncate(filled);
    Ok(eof)
}

/// Where the content of the element `local` (`sheetData`, `sst`) starts and the prefix of its
/// name (`x:` or none), once the window holds its start tag; `usize::MAX` for an empty
/// element. Any of `inner` met before it is not the usual shape.
fn content_start(
    window: &[u8],
    local: &[u8],
    inner: &[&[u8]],
) -> Result<Option<(usize, Vec<u8>)>, Unsupported> {
    let mut reader = quick_xml::Reader::from_reader(window);
    reader.config_mut().check_end_names = false;
    loop {
        let Ok(event) = reader.read_event() else {
            // Possibly cut off in the middle of a tag: more data may help.
            return Ok(None);
        };
        let (start, empty) = match &event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(e) if e.local_name().as_ref() == local => return Err(Unsupported),
            Event::End(e) if inner.contains(&e.local_name().as_ref()) => return Err(Unsupported),
            Event::Eof => return Ok(None),
            _ => continue,
        };
        // What calamine's cell reader checks before `<sheetData>`: a `<dimension>` must have
        // a `ref` that reads as one or two cell references, and every name must be UTF-8.
        if local == b"sheetData" {
            preamble_element(start)?;
        }
        let name = start.name();
        if start.local_name().as_ref() == local {
            let prefix = name.as_ref()[..name.as_ref().len() - local.len()].to_vec();
            let at = if empty {
                usize::MAX
            } else {
                reader.buffer_position() as usize
            };
            return Ok(Some((at, prefix)));
        }
        if inner.contains(&start.local_name().as_ref()) {
            return Err(Unsupported);
        }
    }
}

/// An element before `<sheetData>`, checked as calamine's cell reader checks it.
fn preamble_element(e: &quick_xml::events::BytesStart<'_>) -> Result<(), Unsupported> {
    std::str::from_utf8(e.local_name().as_ref()).map_err(|_| Unsupported)?;
    if e.local_name().as_ref() != b"dimension" {
        return Ok(());
    }
    for a in e.attributes() {
        let a = a.map_err(|_| Unsupported)?;
        if a.key.as_ref() == b"ref" {
            let parts: Vec<&[u8]> = a.value.split(|&b| b == b':').collect();
            if parts.len() > 2 {
                return Err(Unsupported);
            }
            for part in parts {
                cell_of(part)?;
            }
            return Ok(());
        }
    }
    Err(Unsupported)
}

/// The scanner's position in a batch of complete rows.
struct Scanner<'a> {
    buf: &'a [u8],
    pos: usize,
}

/// One tag as scanned.
struct Tag<'a> {
    /// `</name>`.
    end: bool,
    /// `<name/>`.
    empty: bool,
    /// The qualified name.
    name: &'a [u8],
    /// The raw attributes (start tags).
    attrs: &'a [u8],
}

impl<'a> Tag<'a> {
    /// The name after its prefix, as quick-xml's `local_name`.
    fn local(&self) -> &'a [u8] {
        match memchr::memchr(b':', self.name) {
            Some(i) => &self.name[i + 1..],
            None => self.name,
        }
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

impl<'a> Scanner<'a> {
    /// The text up to the next `<` (or the end of the batch).
    fn text(&mut self) -> &'a [u8] {
        let rest = &self.buf[self.pos..];
        let n = memchr::memchr(b'<', rest).unwrap_or(rest.len());
        self.pos += n;
        &rest[..n]
    }

    /// Text that is ignored where it stands; an entity in it (which quick-xml would check)
    /// is not the usual shape.
    fn skip_text(&mut self) -> Result<(), Unsupported> {
        // Mostly a tag follows a tag.
        if self.buf.get(self.pos) == Some(&b'<') {
            return Ok(());
        }
        if memchr::memchr(b'&', self.text()).is_some() {
            return Err(Unsupported);
        }
        Ok(())
    }

    /// The tag at the position (which must be a `<`).
    fn tag(&mut self) -> Result<Tag<'a>, Unsupported> {
        let buf = self.buf;
        let mut i = self.pos;
        if buf.get(i) != Some(&b'<') {
            return Err(Unsupported);
        }
        i += 1;
        let end = buf.get(i) == Some(&b'/');
        if end {
            i += 1;
        }
        let name_start = i;
        while i < buf.len() && !is_space(buf[i]) && buf[i] != b'/' && buf[i] != b'>' {
            if matches!(buf[i], b'<' | b'!' | b'?' | b'"' | b'\'' | b'=' | b'&') {
                return Err(Unsupported);
            }
            i += 1;
        }
        let name = &buf[name_start..i];
        if name.is_empty() {
            return Err(Unsupported);
        }
        let attrs_start = i;
        // The attributes: quoted values may hold `>` or `/`.
        loop {
            i += memchr::memchr3(b'>', b'"', b'\'', &buf[i..]).ok_or(Unsupported)?;
            let q = buf[i];
            if q == b'>' {
                break;
            }
            let close = memchr::memchr(q, &buf[i + 1..]).ok_or(Unsupported)?;
            i += close + 2;
        }
        if memchr::memchr(b'<', &buf[name_start..i]).is_some() {
            return Err(Unsupported);
        }
        let mut attrs = &buf[attrs_start..i];
        let empty = attrs.last() == Some(&b'/');
        if empty {
            attrs = &attrs[..attrs.len() - 1];
        }
        // `<v/x>` or `<v/ >` is a start tag of another name to quick-xml.
        if attrs.first().is_some_and(|&b| !is_space(b)) {
            return Err(Unsupported);
        }
        if end && (empty || !attrs.iter().all(|&b| is_space(b))) {
            return Err(Unsupported);
        }
        self.pos = i + 1;
        Ok(Tag {
            end,
            empty,
            name,
            attrs,
        })
    }

    /// The text between `open` and `close` when the position starts with `open`, the text
    /// has no tag and `close` follows it; the position moves past `close`.
    fn shaped(&mut self, open: &[u8], close: &[u8]) -> Option<&'a [u8]> {
        let body = self.buf[self.pos..].strip_prefix(open)?;
        let n = memchr::memchr(b'<', body)?;
        if !body[n..].starts_with(close) {
            return None;
        }
        self.pos += open.len() + n + close.len();
        Some(&body[..n])
    }

    /// The next tag after ignorable text, or `None` at the end of the batch (between units).
    fn next_in_batch(&mut self) -> Result<Option<Tag<'a>>, Unsupported> {
        self.skip_text()?;
        if self.pos == self.buf.len() {
            return Ok(None);
        }
        self.tag().map(Some)
    }

    /// The next tag after ignorable text.
    fn next_tag(&mut self) -> Result<Tag<'a>, Unsupported> {
        self.skip_text()?;
        self.tag()
    }

    /// The raw text up to the end tag `</name>`, moving past it. Any tag inside is not the
    /// usual shape.
    fn content(&mut self, name: &[u8]) -> Result<&'a [u8], Unsupported> {
        let raw = self.text();
        let tag = self.tag()?;
        if !tag.end || tag.name != name {
            return Err(Unsupported);
        }
        Ok(raw)
    }

    /// Skips everything up to the end tag `</name>` that closes the element just opened
    /// (as quick-xml's `read_to_end`: same-named elements nest).
    fn skip_element(&mut self, name: &[u8]) -> Result<(), Unsupported> {
        let mut depth = 0usize;
        loop {
            self.skip_text()?;
            let tag = self.tag()?;
            if tag.name != name || tag.empty {
                continue;
            }
            if !tag.end {
                depth += 1;
            } else if depth == 0 {
                return Ok(());
            } else {
                depth -= 1;
            }
        }
    }
}

/// An attribute's name and raw value.
type Attribute<'a> = (&'a [u8], &'a [u8]);

/// The attributes of a tag, strictly `name="value"`, in order; a duplicate name is not the
/// usual shape (quick-xml rejects it).
struct Attributes<'a> {
    raw: &'a [u8],
    at: usize,
}

impl<'a> Attributes<'a> {
    fn parse(raw: &'a [u8]) -> Self {
        Attributes { raw, at: 0 }
    }

    /// The next attribute from `*at`, moving past it.
    fn next_at(raw: &'a [u8], at: &mut usize) -> Result<Option<Attribute<'a>>, Unsupported> {
        let mut i = *at;
        while i < raw.len() && is_space(raw[i]) {
            i += 1;
        }
        if i == raw.len() {
            *at = i;
            return Ok(None);
        }
        let start = i;
        while i < raw.len() && !is_space(raw[i]) && raw[i] != b'=' {
            i += 1;
        }
        let key = &raw[start..i];
        if key.is_empty() || raw.get(i) != Some(&b'=') {
            return Err(Unsupported);
        }
        i += 1;
        let q = *raw.get(i).ok_or(Unsupported)?;
        if q != b'"' && q != b'\'' {
            return Err(Unsupported);
        }
        let close = memchr::memchr(q, &raw[i + 1..]).ok_or(Unsupported)?;
        let value = &raw[i + 1..i + 1 + close];
        i += close + 2;
        if i < raw.len() && !is_space(raw[i]) {
            return Err(Unsupported);
        }
        *at = i;
        Ok(Some((key, value)))
    }
}

impl<'a> Iterator for Attributes<'a> {
    type Item = Result<Attribute<'a>, Unsupported>;

    fn next(&mut self) -> Option<Self::Item> {
        let before = self.at;
        let item = Self::next_at(self.raw, &mut self.at).transpose()?;
        let Ok((key, _)) = item else {
            self.at = self.raw.len();
            return Some(item);
        };
        // A name met before (tags have a few attributes: rescanning is cheap).
        let mut j = 0;
        while j < before {
            match Self::next_at(self.raw, &mut j) {
                Ok(Some((k, _))) if k == key => return Some(Err(Unsupported)),
                Ok(Some(_)) => {}
                _ => break,
            }
        }
        Some(item)
    }
}

/// Appends `raw` text unescaped (the five XML entities and character references) with `\r\n`
/// and `\r` read as `\n`, as quick-xml's `xml10_content` and calamine's entity handling do.
fn unescape_into(raw: &[u8], out: &mut String) -> Result<(), Unsupported> {
    let text = std::str::from_utf8(raw).map_err(|_| Unsupported)?;
    let mut rest = text;
    while let Some(i) = memchr::memchr2(b'&', b'\r', rest.as_bytes()) {
        out.push_str(&rest[..i]);
        if rest.as_bytes()[i] == b'\r' {
            out.push('\n');
            rest = &rest[i + 1..];
            rest = rest.strip_prefix('\n').unwrap_or(rest);
            continue;
        }
        let after = &rest[i + 1..];
        let semi = after.find(';').ok_or(Unsupported)?;
        let entity = &after[..semi];
        match entity {
            "lt" => out.push('<'),
            "gt" => out.push('>'),
            "amp" => out.push('&'),
            "quot" => out.push('"'),
            "apos" => out.push('\''),
            _ => {
                let code = if let Some(hex) = entity.strip_prefix("#x") {
                    u32::from_str_radix(hex, 16)
                } else if let Some(dec) = entity.strip_prefix('#') {
                    dec.parse::<u32>()
                } else {
                    return Err(Unsupported);
                }
                .map_err(|_| Unsupported)?;
                // Digits only (from_str_radix takes a sign), no NUL.
                let digits = entity.trim_start_matches("#x").trim_start_matches('#');
                if code == 0 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return Err(Unsupported);
                }
                out.push(char::from_u32(code).ok_or(Unsupported)?);
            }
        }
        rest = &after[semi + 1..];
    }
    out.push_str(rest);
    Ok(())
}

/// A string's `<t>` text appended to `out` ([`unescape_into`]), with the `_x00HH_` escapes
/// Excel writes for control characters (`_x000D_`) read as calamine reads them. calamine reads
/// them in each stretch of text between entities, so text with both is left to it.
fn string_text(raw: &[u8], out: &mut String) -> Result<(), Unsupported> {
    let before = out.len();
    unescape_into(raw, out)?;
    // Most strings have no `_` at all: a byte search first (memmem's setup costs more).
    let added = &out.as_bytes()[before..];
    if memchr::memchr(b'_', added).is_none() || memmem::find(added, b"_x00").is_none() {
        return Ok(());
    }
    if memchr::memchr(b'&', raw).is_some() {
        return Err(Unsupported);
    }
    let text = out.split_off(before);
    control_escapes_into(&text, out);
    Ok(())
}

/// Appends `text` with each `_x00HH_` (two hex digits) read as the character U+00HH.
fn control_escapes_into(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(i) = rest.find("_x00") {
        let code = rest
            .get(i + 4..i + 7)
            .filter(|tail| tail.ends_with('_'))
            .and_then(|tail| u8::from_str_radix(&tail[..2], 16).ok());
        match code {
            Some(code) => {
                out.push_str(&rest[..i]);
                out.push(char::from(code));
                rest = &rest[i + 7..];
            }
            None => {
                out.push_str(&rest[..i + 1]);
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
}

/// A cell's value, as `calamine`'s cell reader would give it.
enum Value<'s> {
    Empty,
    /// A shared string.
    Shared(&'s str),
    /// Text read from the cell (in the scratch buffer).
    Text,
    /// Anything rendered from a `Data`.
    Data(Data),
}

/// The state of a sheet read: where the next cell goes, and the rows so far.
struct Cells<'c, 'b> {
    cx: &'c Context<'c>,
    budget: &'c mut Budget<'b>,
    rows: RowBuilder,
    row_index: u32,
    col_index: u32,
    /// A cell's text (`<v>` or an inline string).
    text: String,
}

impl<'c, 'b> Cells<'c, 'b> {
    fn new(name: &str, cx: &'c Context<'c>, budget: &'c mut Budget<'b>) -> Self {
        Cells {
            cx,
            budget,
            rows: RowBuilder::new(name),
            row_index: 0,
            col_index: 0,
            text: String::new(),
        }
    }

    /// Scans complete rows; true once `</sheetData>` is reached.
    fn scan(&mut self, s: &mut Scanner<'_>) -> Result<bool, Stop> {
        loop {
            let Some(tag) = s.next_in_batch()? else {
                return Ok(false);
            };
            match (tag.end, tag.local()) {
                (true, b"sheetData") => return Ok(true),
                (true, b"row") => self.row_end(),
                (false, b"row") => {
                    for attribute in Attributes::parse(tag.attrs) {
                        let (key, value) = attribute?;
                        if key == b"r" {
                            self.row_index = row_of(value)?;
                        }
                    }
                    if tag.empty {
                        self.row_end();
                    } else {
                        self.row(s)?;
                    }
                }
                _ => return Err(Stop::Unsupported),
            }
        }
    }

    fn row_end(&mut self) {
        self.row_index = self.row_index.saturating_add(1);
        self.col_index = 0;
    }

    /// The cells of a row up to its end tag.
    fn row(&mut self, s: &mut Scanner<'_>) -> Result<(), Stop> {
        loop {
            let tag = s.next_tag()?;
            match (tag.end, tag.local()) {
                (true, b"row") => {
                    self.row_end();
                    return Ok(());
                }
                (false, b"c") => self.cell(s, &tag)?,
                _ => return Err(Stop::Unsupported),
            }
        }
    }

    /// One `<c>`: its place, then its value from the last child element.
    fn cell(&mut self, s: &mut Scanner<'_>, tag: &Tag<'_>) -> Result<(), Stop> {
        let (mut r, mut st, mut ty) = (None, None, None);
        let mut at = 0;
        let mut others = false;
        while let Some((key, value)) = Attributes::next_at(tag.attrs, &mut at)? {
            let slot = match key {
                b"r" => &mut r,
                b"s" => &mut st,
                b"t" => &mut ty,
                _ => {
                    others = true;
                    continue;
                }
            };
            if slot.replace(value).is_some() {
                return Err(Stop::Unsupported);
            }
        }
        if others {
            // Other attributes are rare: the full check for a repeated name.
            for attribute in Attributes::parse(tag.attrs) {
                attribute?;
            }
        }
        let (row, col) = match r {
            Some(r) => {
                let (row, col) = cell_of(r)?;
                self.col_index = col;
                (row, col)
            }
            None => (self.row_index, self.col_index),
        };
        self.budget.cell(col as usize).map_err(Stop::Error)?;
        let value = if tag.empty {
            Value::Empty
        } else {
            self.content(s, st, ty)?
        };
        self.col_index = self.col_index.saturating_add(1);
        match value {
            Value::Empty => {}
            Value::Shared(text) => self.rows.push(row, col, text),
            Value::Text => self.rows.push(row, col, &self.text),
            Value::Data(data) => self.rows.push_value(row, col, &data),
        }
        Ok(())
    }

    /// The value of a cell from its content (after `<c …>`, up to and with `</c>`): the last
    /// child element's.
    fn content(
        &mut self,
        s: &mut Scanner<'_>,
        st: Option<&[u8]>,
        ty: Option<&[u8]>,
    ) -> Result<Value<'c>, Stop> {
        // The two shapes of nearly every cell, matched whole; anything else tag by tag.
        if let Some(raw) = s.shaped(b"<v>", b"</v></c>") {
            self.text.clear();
            unescape_into(raw, &mut self.text)?;
            return Ok(self.value_of(st, ty)?);
        }
        if let Some(raw) = s.shaped(b"<is><t>", b"</t></is></c>") {
            self.text.clear();
            string_text(raw, &mut self.text)?;
            return Ok(Value::Text);
        }
        let mut value = Value::Empty;
        loop {
            let child = s.next_tag()?;
            if child.end {
                if child.local() == b"c" {
                    return Ok(value);
                }
                return Err(Stop::Unsupported);
            }
            value = match child.local() {
                b"v" => {
                    self.text.clear();
                    if !child.empty {
                        unescape_into(s.content(child.name)?, &mut self.text)?;
                    }
                    self.value_of(st, ty)?
                }
                b"is" => {
                    self.text.clear();
                    if !child.empty {
                        inline_string(s, child.name, &mut self.text)?;
                    }
                    Value::Text
                }
                b"f" => {
                    if !child.empty {
                        s.skip_element(child.name)?;
                    }
                    Value::Empty
                }
                _ => return Err(Stop::Unsupported),
            };
        }
    }

    /// A `<v>`'s text (in `self.text`) by the cell's type and style, as calamine's `read_v`.
    fn value_of(&self, style: Option<&[u8]>, ty: Option<&[u8]>) -> Result<Value<'c>, Unsupported> {
        let v = self.text.as_str();
        // A style past the end of the list formats nothing (calamine).
        let format = match style {
            Some(s) => self
                .cx
                .formats
                .get(atoi_simd::parse::<usize>(s).unwrap_or(0))
                .copied()
                .unwrap_or(Some(NumberFormat::Other)),
            None => Some(NumberFormat::Other),
        };
        let number = |n: f64| -> Result<Value<'c>, Unsupported> {
            let kind = match format.ok_or(Unsupported)? {
                NumberFormat::Other => return Ok(Value::Data(Data::Float(n))),
                NumberFormat::DateTime => ExcelDateTimeType::DateTime,
                NumberFormat::TimeDelta => ExcelDateTimeType::TimeDelta,
            };
            Ok(Value::Data(Data::DateTime(ExcelDateTime::new(
                n,
                kind,
                self.cx.is_1904,
            ))))
        };
        Ok(match ty {
            Some(b"s") => {
                if v.is_empty() {
                    return Ok(Value::Empty);
                }
                let i = atoi_simd::parse::<usize>(v.as_bytes()).unwrap_or(0);
                Value::Shared(self.cx.strings.get(i).ok_or(Unsupported)?)
            }
            Some(b"b") => Value::Data(Data::Bool(v != "0")),
            // The seven error values calamine knows read back as themselves.
            Some(b"e") => match v {
                "#DIV/0!" | "#N/A" | "#NAME?" | "#NULL!" | "#NUM!" | "#REF!" | "#VALUE!" => {
                    Value::Text
                }
                _ => return Err(Unsupported),
            },
            Some(b"d") | Some(b"str") => Value::Text,
            Some(b"n") if v.is_empty() => Value::Empty,
            Some(b"n") => {
                number(fast_float2::parse::<f64, _>(v.as_bytes()).map_err(|_| Unsupported)?)?
            }
            None => match fast_float2::parse::<f64, _>(v.as_bytes()) {
                Ok(n) => number(n)?,
                Err(_) => Value::Text,
            },
            Some(_) => return Err(Unsupported),
        })
    }
}

/// An inline string (`<is>`) or a shared one (`<si>`), as calamine's `read_string_with_bufs`:
/// the first `<t>` outside phonetic runs, or every `<r>` run's text joined.
fn inline_string(s: &mut Scanner<'_>, closing: &[u8], out: &mut String) -> Result<(), Unsupported> {
    let mut rich = false;
    let mut phonetic = false;
    loop {
        let tag = s.next_tag()?;
        // An empty element is a start and an end (calamine expands them).
        if !tag.end {
            match tag.local() {
                b"r" => rich = true,
                b"rPh" => phonetic = !tag.empty,
                b"t" if !phonetic => {
                    if !tag.empty {
                        string_text(s.content(tag.name)?, out)?;
                    }
                    if !rich {
                        // calamine keeps the first text and skips to the closing tag.
                        return s.skip_element(closing);
                    }
                }
                // Anything else starting (a phonetic run's `<t>` too) is passed over, and
                // what is in it met in turn, as calamine does.
                _ => {}
            }
        } else if tag.name == closing {
            return Ok(());
        } else if tag.local() == b"rPh" {
            phonetic = false;
        }
    }
}

/// A row reference (`5` or `A5`) as 0-based, calamine's `get_row`.
fn row_of(r: &[u8]) -> Result<u32, Unsupported> {
    reference(r).map(|(row, _)| row)
}

/// A cell reference (`B5`) as 0-based (row, column), calamine's `get_row_column`.
fn cell_of(r: &[u8]) -> Result<(u32, u32), Unsupported> {
    match reference(r)? {
        (row, Some(col)) => Ok((row, col)),
        _ => Err(Unsupported),
    }
}

/// Letters then digits, read right to left as calamine does (overflow is not the usual shape).
fn reference(r: &[u8]) -> Result<(u32, Option<u32>), Unsupported> {
    let digits = r.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let (letters, number) = r.split_at(r.len() - digits);
    if number.is_empty() || number.len() > 7 || letters.len() > 3 {
        return Err(Unsupported);
    }
    let row = number
        .iter()
        .fold(0u32, |n, &d| n * 10 + u32::from(d - b'0'))
        .checked_sub(1)
        .ok_or(Unsupported)?;
    if letters.is_empty() {
        return Ok((row, None));
    }
    let mut col = 0u32;
    for &b in letters {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a',
            _ => return Err(Unsupported),
        };
        col = col * 26 + u32::from(v) + 1;
    }
    Ok((row, Some(col - 1)))
}
