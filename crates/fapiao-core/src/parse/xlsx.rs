//! XLSX workbooks read directly: the workbook's sheet list, styles and shared strings with
//! quick-xml, the sheets' cells with the scanner of [`xlsx_cells`](super::xlsx_cells).
//!
//! It reads what `calamine` would read, about three times faster on a platform export (a
//! general XML reader's events cost most of `calamine`'s time there), and gives up on anything
//! outside the shape it knows, returning `None`: the workbook is then read by `calamine`, which
//! also reports what is damaged. Limits are checked as in `calamine`'s path: the bytes each
//! part inflates (`ZipTally`; calamine's path inflates every entry first to check them) and
//! the cells as they are read.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use flate2::{Decompress, FlushDecompress, Status};
use quick_xml::events::Event;
use quick_xml::name::QName;
use quick_xml::Reader;

use crate::diag::Diagnostic;
use crate::parse::limits::{Tallied, ZipTally};
use crate::parse::sheet::{Book, Budget};
use crate::parse::xlsx_cells::{read_shared_strings, read_sheet, Context, NumberFormat, Stop};

type Zip<'b> = zip::ZipArchive<Cursor<&'b [u8]>>;

/// The workbook's sheets read directly, or `None` when `calamine` should read it.
pub(crate) fn read_book(bytes: &[u8], budget: &mut Budget<'_>) -> Result<Option<Book>, Diagnostic> {
    match read(bytes, budget) {
        Ok(book) => Ok(Some(book)),
        Err(Stop::Unsupported) => Ok(None),
        Err(Stop::Error(d)) => Err(d),
    }
}

fn read(bytes: &[u8], budget: &mut Budget<'_>) -> Result<Book, Stop> {
    let mut tally = ZipTally::new(budget.file, budget.limits);
    let read = read_parts(bytes, budget, &mut tally);
    // A limit hit while inflating ends the read as an I/O error would: it is the answer.
    match tally.error.take() {
        Some(d) => Err(Stop::Error(d)),
        None => read,
    }
}

fn read_parts(
    bytes: &[u8],
    budget: &mut Budget<'_>,
    tally: &mut ZipTally<'_>,
) -> Result<Book, Stop> {
    let mut zip = Zip::new(Cursor::new(bytes)).map_err(|_| Stop::Unsupported)?;
    // calamine finds entries whatever their case and slashes.
    let paths: HashMap<String, String> = zip
        .file_names()
        .map(|n| (n.replace('\\', "/").to_ascii_lowercase(), n.to_string()))
        .collect();
    let rels = part(&mut zip, bytes, &paths, "xl/_rels/workbook.xml.rels", tally)?;
    let rels = relationships(&rels.ok_or(Stop::Unsupported)?)?;
    let book = part(&mut zip, bytes, &paths, "xl/workbook.xml", tally)?;
    let workbook = workbook(&book.ok_or(Stop::Unsupported)?, &rels)?;
    let formats = match part(&mut zip, bytes, &paths, "xl/styles.xml", tally)? {
        Some(xml) => styles(&xml)?,
        None => Vec::new(),
    };
    let strings = match entry(&paths, "xl/sharedStrings.xml") {
        Some(name) => read_shared_strings(&mut open(&mut zip, bytes, name, tally)?)?,
        None => Vec::new(),
    };
    budget.sheets(workbook.sheets.len()).map_err(Stop::Error)?;
    let cx = Context {
        strings: &strings,
        formats: &formats,
        is_1904: workbook.is_1904,
    };
    let mut tables = Vec::with_capacity(workbook.sheets.len());
    for (name, path) in &workbook.sheets {
        let entry = entry(&paths, path).ok_or(Stop::Unsupported)?;
        tables.push(read_sheet(
            &mut open(&mut zip, bytes, entry, tally)?,
            name,
            &cx,
            budget,
        )?);
    }
    Ok(Book {
        sheets: workbook.sheets.into_iter().map(|(name, _)| name).collect(),
        tables,
    })
}

/// The archive's name for `path`, found as calamine finds it.
fn entry<'p>(paths: &'p HashMap<String, String>, path: &str) -> Option<&'p str> {
    paths.get(&path.to_ascii_lowercase()).map(String::as_str)
}

/// The entry `name`, inflating as it is read, counted.
fn open<'b, 't, 'a>(
    zip: &mut Zip<'_>,
    bytes: &'b [u8],
    name: &str,
    tally: &'t mut ZipTally<'a>,
) -> Result<Tallied<'t, 'a, Entry<'b>>, Stop> {
    let index = zip.index_for_name(name).ok_or(Stop::Unsupported)?;
    let file = zip.by_index_raw(index).map_err(|_| Stop::Unsupported)?;
    // An encrypted entry: calamine's reader refuses it.
    if file.encrypted() {
        return Err(Stop::Unsupported);
    }
    let stored = file
        .data_start()
        .and_then(|start| bytes.get(usize::try_from(start).ok()?..))
        .and_then(|rest| rest.get(..usize::try_from(file.compressed_size()).ok()?))
        .ok_or(Stop::Unsupported)?;
    let entry = match file.compression() {
        zip::CompressionMethod::Stored => Entry::Stored(stored),
        zip::CompressionMethod::Deflated => Entry::Deflated(stored, Decompress::new(false)),
        _ => return Err(Stop::Unsupported),
    };
    Ok(Tallied::new(entry, tally, name, stored.len() as u64))
}

/// An entry's stored bytes, inflated as they are read. Without zip's CRC-32 check at the
/// entry's end: calamine stops reading a sheet at `</sheetData>`, before that check, so a
/// sheet it reads is never checked either (7 % of the read in wasm). A damaged stream is an
/// error here as there.
enum Entry<'b> {
    Stored(&'b [u8]),
    Deflated(&'b [u8], Decompress),
}

impl Read for Entry<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Entry::Stored(rest) => rest.read(buf),
            Entry::Deflated(rest, inflater) => loop {
                let (read, written) = (inflater.total_in(), inflater.total_out());
                let status = inflater
                    .decompress(rest, buf, FlushDecompress::None)
                    .map_err(std::io::Error::other)?;
                let read = (inflater.total_in() - read) as usize;
                let written = (inflater.total_out() - written) as usize;
                *rest = &rest[read.min(rest.len())..];
                match status {
                    _ if written > 0 || buf.is_empty() => return Ok(written),
                    Status::StreamEnd => return Ok(0),
                    _ if read == 0 => {
                        return Err(std::io::Error::from(std::io::ErrorKind::UnexpectedEof))
                    }
                    _ => {}
                }
            },
        }
    }
}

/// A small part inflated whole; `None` when the archive has no such entry.
fn part(
    zip: &mut Zip<'_>,
    bytes: &[u8],
    paths: &HashMap<String, String>,
    path: &str,
    tally: &mut ZipTally<'_>,
) -> Result<Option<Vec<u8>>, Stop> {
    let Some(name) = entry(paths, path) else {
        return Ok(None);
    };
    let mut xml = Vec::new();
    open(zip, bytes, name, tally)?
        .read_to_end(&mut xml)
        .map_err(|_| Stop::Unsupported)?;
    Ok(Some(xml))
}

/// A reader configured as calamine's.
fn reader(xml: &[u8]) -> Reader<&[u8]> {
    let mut r = Reader::from_reader(xml);
    let config = r.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    r
}

/// The value of `key` among a start tag's attributes, raw; an attribute that does not parse
/// is not the usual shape.
fn attribute<'a>(
    e: &'a quick_xml::events::BytesStart<'_>,
    key: &[u8],
) -> Result<Option<std::borrow::Cow<'a, [u8]>>, Stop> {
    let mut found = None;
    for a in e.attributes() {
        let a = a.map_err(|_| Stop::Unsupported)?;
        if a.key == QName(key) && found.is_none() {
            found = Some(a.value);
        }
    }
    Ok(found)
}

/// `xl/_rels/workbook.xml.rels`: relationship id → target.
fn relationships(xml: &[u8]) -> Result<HashMap<Vec<u8>, String>, Stop> {
    let mut r = reader(xml);
    let mut out = HashMap::new();
    loop {
        match r.read_event().map_err(|_| Stop::Unsupported)? {
            Event::Start(e) if e.local_name().as_ref() == b"Relationship" => {
                let id = attribute(&e, b"Id")?.unwrap_or_default().into_owned();
                let target = match attribute(&e, b"Target")? {
                    Some(t) => String::from_utf8(t.into_owned()).map_err(|_| Stop::Unsupported)?,
                    None => String::new(),
                };
                out.insert(id, target);
            }
            Event::End(e) if e.local_name().as_ref() == b"Relationships" => return Ok(out),
            Event::Eof => return Err(Stop::Unsupported),
            _ => {}
        }
    }
}

/// What `xl/workbook.xml` says: the sheets (name, part) in order, and the date system.
struct Workbook {
    sheets: Vec<(String, String)>,
    is_1904: bool,
}

fn workbook(xml: &[u8], rels: &HashMap<Vec<u8>, String>) -> Result<Workbook, Stop> {
    let mut r = reader(xml);
    let mut book = Workbook {
        sheets: Vec::new(),
        is_1904: false,
    };
    loop {
        match r.read_event().map_err(|_| Stop::Unsupported)? {
            Event::Start(e) if e.local_name().as_ref() == b"sheet" => {
                let mut name = None;
                let mut path = None;
                for a in e.attributes() {
                    let a = a.map_err(|_| Stop::Unsupported)?;
                    match a.key.as_ref() {
                        b"name" => {
                            let v = a.unescape_value().map_err(|_| Stop::Unsupported)?;
                            name = Some(v.into_owned());
                        }
                        b"state" => {
                            let v = a.unescape_value().map_err(|_| Stop::Unsupported)?;
                            if !matches!(v.as_ref(), "visible" | "hidden" | "veryHidden") {
                                return Err(Stop::Unsupported);
                            }
                        }
                        b"r:id" | b"relationships:id" => {
                            let target = rels.get(a.value.as_ref()).ok_or(Stop::Unsupported)?;
                            // As calamine: `/xl/…` and `xl/…` as they are, else under `xl/`.
                            path = Some(if let Some(t) = target.strip_prefix("/xl/") {
                                format!("xl/{t}")
                            } else if target.starts_with("xl/") {
                                target.clone()
                            } else {
                                format!("xl/{target}")
                            });
                        }
                        _ => {}
                    }
                }
                // Chart and dialog sheets (and anything else) are left to calamine.
                let path = path.filter(|p| p.split('/').nth(1) == Some("worksheets"));
                let (Some(name), Some(path)) = (name, path) else {
                    return Err(Stop::Unsupported);
                };
                if book.sheets.iter().any(|(n, _)| *n == name) {
                    return Err(Stop::Unsupported);
                }
                book.sheets.push((name, path));
            }
            Event::Start(e) if e.name().as_ref() == b"workbookPr" => {
                book.is_1904 = match attribute(&e, b"date1904")? {
                    Some(v) if v.contains(&b'&') => return Err(Stop::Unsupported),
                    Some(v) => matches!(v.as_ref(), b"1" | b"true"),
                    None => false,
                };
            }
            Event::Start(e) if e.local_name().as_ref() == b"definedName" => {
                // calamine reads a name's text and fails on an entity it cannot resolve.
                let end = e.name().as_ref().to_vec();
                loop {
                    match r.read_event().map_err(|_| Stop::Unsupported)? {
                        Event::End(x) if x.name().as_ref() == end => break,
                        Event::Text(t) if std::str::from_utf8(&t).is_err() => {
                            return Err(Stop::Unsupported)
                        }
                        Event::Text(_) | Event::Start(_) | Event::End(_) => {}
                        _ => return Err(Stop::Unsupported),
                    }
                }
            }
            Event::End(e) if e.local_name().as_ref() == b"workbook" => return Ok(book),
            Event::Eof => return Err(Stop::Unsupported),
            _ => {}
        }
    }
}

/// `xl/styles.xml`: the number format of each cell style (`cellXfs`), by index.
fn styles(xml: &[u8]) -> Result<Vec<Option<NumberFormat>>, Stop> {
    let mut r = reader(xml);
    let mut custom: HashMap<Vec<u8>, String> = HashMap::new();
    let mut formats = Vec::new();
    loop {
        match r.read_event().map_err(|_| Stop::Unsupported)? {
            Event::Start(e) if e.local_name().as_ref() == b"numFmts" => loop {
                match r.read_event().map_err(|_| Stop::Unsupported)? {
                    Event::Start(e) if e.local_name().as_ref() == b"numFmt" => {
                        let id = attribute(&e, b"numFmtId")?.unwrap_or_default().into_owned();
                        // The code as written in the attribute, entities and all (as calamine).
                        let code = match attribute(&e, b"formatCode")? {
                            Some(c) => {
                                String::from_utf8(c.into_owned()).map_err(|_| Stop::Unsupported)?
                            }
                            None => String::new(),
                        };
                        if !code.is_empty() {
                            custom.insert(id, code);
                        }
                    }
                    Event::End(e) if e.local_name().as_ref() == b"numFmts" => break,
                    Event::Eof => return Err(Stop::Unsupported),
                    _ => {}
                }
            },
            Event::Start(e) if e.local_name().as_ref() == b"cellXfs" => loop {
                match r.read_event().map_err(|_| Stop::Unsupported)? {
                    Event::Start(e) if e.local_name().as_ref() == b"xf" => {
                        formats.push(match attribute(&e, b"numFmtId")? {
                            None => Some(NumberFormat::Other),
                            Some(id) => match custom.get(id.as_ref()) {
                                Some(code) => custom_format(code),
                                None => Some(builtin_format(&id)),
                            },
                        });
                    }
                    Event::End(e) if e.local_name().as_ref() == b"cellXfs" => break,
                    Event::Eof => return Err(Stop::Unsupported),
                    _ => {}
                }
            },
            Event::End(e) if e.local_name().as_ref() == b"styleSheet" => return Ok(formats),
            Event::Eof => return Err(Stop::Unsupported),
            _ => {}
        }
    }
}

/// A built-in number format by its id as written: the dates and times calamine knows
/// (14–22, 45, 47) and the duration 46; everything else (also the CJK date ids 27–36, 50–58,
/// which calamine reads as numbers) is a number.
fn builtin_format(id: &[u8]) -> NumberFormat {
    match id {
        b"14" | b"15" | b"16" | b"17" | b"18" | b"19" | b"20" | b"21" | b"22" | b"45" | b"47" => {
            NumberFormat::DateTime
        }
        b"46" => NumberFormat::TimeDelta,
        _ => NumberFormat::Other,
    }
}

/// A custom number format code as calamine classifies it, for the codes whose reading is
/// plain: a date letter (y m d h s) before any `;` is a date (`yyyy"年"m"月"d"日"`), a
/// section without letters is a number (`#,##0.00_);(#,##0.00)`). A code with `[…]` or an
/// AM/PM marker before its first date letter is `None`: a number cell in that style sends
/// the workbook to calamine. Quoted text and the character after `\` or `_` are literal.
pub(crate) fn custom_format(code: &str) -> Option<NumberFormat> {
    if code == "General" {
        return Some(NumberFormat::Other);
    }
    let mut chars = code.chars();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' | '_' => {
                chars.next();
            }
            '"' => quoted = !quoted,
            _ if quoted => {}
            ';' => return Some(NumberFormat::Other),
            '[' | 'a' | 'A' => return None,
            'd' | 'm' | 'h' | 'y' | 's' | 'D' | 'M' | 'H' | 'Y' | 'S' => {
                return Some(NumberFormat::DateTime)
            }
            _ => {}
        }
    }
    Some(NumberFormat::Other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_formats() {
        use NumberFormat::*;
        for (code, want) in [
            ("yyyy-mm-dd", Some(DateTime)),
            (
                "yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;",
                Some(DateTime),
            ),
            ("yyyy\"年\"m\"月\"d\"日\"", Some(DateTime)),
            ("0.00", Some(Other)),
            ("#,##0.00_);(#,##0.00)", Some(Other)),
            (
                "_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * \"-\"??_ ;_ @_ ",
                Some(Other),
            ),
            ("\"¥\"#,##0.00", Some(Other)),
            ("0.00;[Red]-0.00", Some(Other)),
            ("@", Some(Other)),
            ("General", Some(Other)),
            ("Generalized", None),
            ("[h]:mm:ss", None),
            ("[$-409]d-mmm-yy", None),
            ("h:mm AM/PM", Some(DateTime)),
            ("\\d0", Some(Other)),
        ] {
            assert_eq!(custom_format(code), want, "{code}");
        }
    }
}
