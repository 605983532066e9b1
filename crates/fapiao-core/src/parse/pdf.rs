//! PDF invoices: the QR code in the embedded images, and the fields printed on the page.
//!
//! Invoice PDFs carry the QR code as an image XObject. This reader scans the file for image
//! streams (image streams are always top-level objects), decodes them (`FlateDecode` with PNG
//! predictors, `ASCII85Decode`, `DCTDecode` = JPEG; 1- and 8-bit grey, RGB and CMYK), and
//! searches them with [`super::qr_image`]. The page text is read by `pdf_text` (a small reader
//! of text operators and font CMaps; lopdf 0.47, the pure-Rust PDF library that could, needs
//! `getrandom` even without default features, which on wasm32 means a JavaScript random-number
//! backend) and its fields by `pdf_fields`. [`read_sources`] gives both, for the cross-check.
//! A QR code drawn as vector paths is not found; the message says to scan it instead.

use std::io::Read;

use flate2::read::ZlibDecoder;
use image::{GrayImage, ImageFormat, ImageReader};

use super::document::{diag, file_error, parsed};
use super::qr_image::{self, Found};
use super::{pdf_fields, pdf_text, Parsed};
use crate::diag::{Diagnostic, Place, Severity};
use crate::text::Text;

/// The largest PDF accepted, in bytes.
pub const MAX_PDF_BYTES: usize = 30 * 1024 * 1024;
/// The most image streams searched.
pub const MAX_IMAGES: usize = 64;
/// The largest decoded image stream, in bytes.
pub const MAX_STREAM_BYTES: u64 = 64 * 1024 * 1024;

/// Whether the bytes are a PDF (`%PDF-` near the start).
pub fn looks_like_pdf(bytes: &[u8]) -> bool {
    find(&bytes[..bytes.len().min(1024)], b"%PDF-", 0).is_some()
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

fn rfind(hay: &[u8], needle: &[u8], before: usize) -> Option<usize> {
    hay.get(..before)?
        .windows(needle.len())
        .rposition(|w| w == needle)
}

/// Where `N G obj` starts (not inside `1N G obj`).
fn object_at(pdf: &[u8], header: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = find(pdf, header.as_bytes(), from) {
        if at == 0 || !pdf[at - 1].is_ascii_digit() {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// One image stream: its dictionary (as text) and raw data.
struct Stream<'a> {
    dict: String,
    data: &'a [u8],
}

/// The integer after `/Key` in a dictionary, following one indirect reference (`5 0 R`).
fn int(dict: &str, key: &str, pdf: &[u8]) -> Option<u64> {
    let at = dict.find(&format!("/{key}"))? + key.len() + 1;
    let rest = dict.get(at..)?;
    let rest = rest.trim_start();
    if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None; // `/Width` is a prefix of another key
    }
    let mut words = rest.split_whitespace();
    let n: u64 = words
        .next()?
        .trim_end_matches(['/', '>', ']'])
        .parse()
        .ok()?;
    let (gen, r) = (words.next(), words.next());
    if let (Some(g), Some(r)) = (gen, r) {
        if r.starts_with('R') && g.parse::<u64>().is_ok() {
            let obj = object_at(pdf, &format!("{n} {g} obj"))?;
            let body = String::from_utf8_lossy(pdf.get(obj..(obj + 64).min(pdf.len()))?);
            return body.split_whitespace().nth(3)?.parse().ok();
        }
    }
    Some(n)
}

fn image_streams(pdf: &[u8]) -> Vec<Stream<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(at) = find(pdf, b"stream", pos) {
        pos = at + 6;
        if pdf.get(at.saturating_sub(3)..at) == Some(b"end") {
            continue;
        }
        let Some(start) = rfind(pdf, b"obj", at) else {
            continue;
        };
        let dict = String::from_utf8_lossy(&pdf[start..at]).into_owned();
        let mut data_at = at + 6;
        if pdf.get(data_at) == Some(&b'\r') {
            data_at += 1;
        }
        if pdf.get(data_at) == Some(&b'\n') {
            data_at += 1;
        }
        // Trust /Length when `endstream` follows it; else search for `endstream`.
        let end = int(&dict, "Length", pdf)
            .and_then(|n| data_at.checked_add(usize::try_from(n).ok()?))
            .filter(|&e| {
                let tail = pdf.get(e..pdf.len().min(e + 12)).unwrap_or_default();
                find(tail, b"endstream", 0).is_some()
            })
            .or_else(|| find(pdf, b"endstream", data_at))
            .unwrap_or(pdf.len());
        pos = end.max(pos);
        let is_image = dict.contains("/Subtype /Image") || dict.contains("/Subtype/Image");
        if is_image {
            out.push(Stream {
                dict,
                data: &pdf[data_at.min(end)..end],
            });
            if out.len() >= MAX_IMAGES {
                break;
            }
        }
    }
    out
}

pub(super) fn ascii85(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut group = [0u8; 5];
    let mut n = 0;
    for &c in data {
        match c {
            b'~' => break,
            b'z' if n == 0 => out.extend_from_slice(&[0, 0, 0, 0]),
            b'!'..=b'u' => {
                group[n] = c - b'!';
                n += 1;
                if n == 5 {
                    let v = group.iter().fold(0u64, |a, &d| a * 85 + u64::from(d));
                    out.extend_from_slice(&(u32::try_from(v).ok()?).to_be_bytes());
                    n = 0;
                }
            }
            c if c.is_ascii_whitespace() => {}
            _ => return None,
        }
    }
    if n > 1 {
        for g in group.iter_mut().skip(n) {
            *g = 84;
        }
        let v = group.iter().fold(0u64, |a, &d| a * 85 + u64::from(d));
        out.extend_from_slice(&(u32::try_from(v).ok()?).to_be_bytes()[..n - 1]);
    }
    Some(out)
}

fn inflate(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    ZlibDecoder::new(data)
        .take(MAX_STREAM_BYTES + 1)
        .read_to_end(&mut out)
        .ok()?;
    (out.len() as u64 <= MAX_STREAM_BYTES).then_some(out)
}

/// Undoes PNG predictors (`/Predictor` 10–15): each row starts with its filter type.
pub(super) fn unpredict(data: &[u8], row_bytes: usize, bpp: usize) -> Option<Vec<u8>> {
    let mut out: Vec<u8> = Vec::with_capacity(data.len());
    let mut prev = vec![0u8; row_bytes];
    for row in data.chunks(row_bytes + 1) {
        let (&kind, raw) = row.split_first()?;
        let mut cur = raw.to_vec();
        cur.resize(row_bytes, 0);
        for i in 0..row_bytes {
            let a = if i >= bpp { cur[i - bpp] } else { 0 };
            let b = prev[i];
            let c = if i >= bpp { prev[i - bpp] } else { 0 };
            let add = match kind {
                0 => 0,
                1 => a,
                2 => b,
                3 => ((u16::from(a) + u16::from(b)) / 2) as u8,
                4 => {
                    let p = i16::from(a) + i16::from(b) - i16::from(c);
                    let (pa, pb, pc) = (
                        (p - i16::from(a)).abs(),
                        (p - i16::from(b)).abs(),
                        (p - i16::from(c)).abs(),
                    );
                    if pa <= pb && pa <= pc {
                        a
                    } else if pb <= pc {
                        b
                    } else {
                        c
                    }
                }
                _ => return None,
            };
            cur[i] = cur[i].wrapping_add(add);
        }
        out.extend_from_slice(&cur);
        prev = cur;
    }
    Some(out)
}

/// Decodes one image stream to greyscale; `None` for what this reader does not handle.
fn to_grey(s: &Stream<'_>, pdf: &[u8]) -> Option<GrayImage> {
    let (w, h) = (int(&s.dict, "Width", pdf)?, int(&s.dict, "Height", pdf)?);
    if w == 0
        || h == 0
        || w > u64::from(qr_image::MAX_IMAGE_SIDE)
        || h > u64::from(qr_image::MAX_IMAGE_SIDE)
        || w * h > qr_image::MAX_IMAGE_PIXELS
    {
        return None;
    }
    let mut data = s.data.to_vec();
    let filters_at = s
        .dict
        .find("/Filter")
        .map(|i| i + 7)
        .unwrap_or(s.dict.len());
    let filters = &s.dict[filters_at..];
    let mut names: Vec<&str> = Vec::new();
    for f in filters.split(['/', ']']).skip(1) {
        let f = f.trim().trim_end_matches(['>', ' ']);
        match f {
            "ASCII85Decode" | "A85" | "FlateDecode" | "Fl" | "DCTDecode" | "DCT" => names.push(f),
            _ => break,
        }
    }
    for f in names {
        data = match f {
            "ASCII85Decode" | "A85" => ascii85(&data)?,
            "FlateDecode" | "Fl" => inflate(&data)?,
            _ => {
                return match qr_image::jpeg_luma(&data) {
                    Ok(Some(grey)) => Some(grey),
                    Ok(None) => {
                        ImageReader::with_format(std::io::Cursor::new(&data), ImageFormat::Jpeg)
                            .decode()
                            .ok()
                            .map(qr_image::to_grey)
                    }
                    Err(_) => None,
                };
            }
        };
    }
    let bpc = int(&s.dict, "BitsPerComponent", pdf).unwrap_or(1);
    let colors = if s.dict.contains("/ImageMask true")
        || s.dict.contains("DeviceGray")
        || s.dict.contains("/CalGray")
    {
        1
    } else if s.dict.contains("DeviceCMYK") {
        4
    } else {
        3
    };
    if !matches!((bpc, colors), (1, 1) | (8, 1) | (8, 3) | (8, 4)) {
        return None;
    }
    let (w, h) = (w as usize, h as usize);
    let row_bytes = (w * colors * bpc as usize).div_ceil(8);
    if int(&s.dict, "Predictor", pdf).is_some_and(|p| p >= 10) {
        data = unpredict(&data, row_bytes, (colors * bpc as usize).div_ceil(8).max(1))?;
    }
    if data.len() < row_bytes * h {
        return None;
    }
    let inverted = s.dict.contains("/Decode [1 0]") || s.dict.contains("/Decode[1 0]");
    let grey = |x: usize, y: usize| -> u8 {
        let row = &data[y * row_bytes..(y + 1) * row_bytes];
        let v = match (bpc, colors) {
            (1, 1) => {
                if row[x / 8] >> (7 - x % 8) & 1 == 1 {
                    255
                } else {
                    0
                }
            }
            (8, 1) => row[x],
            (8, 3) => {
                let p = &row[x * 3..x * 3 + 3];
                ((u16::from(p[0]) * 3 + u16::from(p[1]) * 6 + u16::from(p[2])) / 10) as u8
            }
            (8, 4) => {
                // Four channels of at most 63 each: the sum stays below 255.
                255 - row[x * 4..x * 4 + 4].iter().map(|&c| c / 4).sum::<u8>()
            }
            _ => 255,
        };
        if inverted {
            255 - v
        } else {
            v
        }
    };
    Some(GrayImage::from_fn(w as u32, h as u32, |x, y| {
        image::Luma([grey(x as usize, y as usize)])
    }))
}

fn pdf_error(file: &str, id: &str, zh: String, en: String) -> Diagnostic {
    file_error(
        file,
        id,
        Text::new(zh, en),
        Text::new(
            "请加载同一张发票的 XML 或 OFD 文件，或截图/拍摄发票上的二维码后加载图片，或直接粘贴二维码内容。",
            "Load the same invoice's XML or OFD file, or a screenshot or photo of its QR code, or paste the QR text.",
        ),
    )
}

fn too_large(file: &str, bytes: &[u8]) -> Option<Diagnostic> {
    let n = bytes.len();
    (n > MAX_PDF_BYTES).then(|| {
        pdf_error(
            file,
            "read.pdf_too_large",
            format!("PDF 文件“{file}”有 {n} 字节，超过上限 {MAX_PDF_BYTES} 字节。"),
            format!("The PDF file “{file}” has {n} bytes, more than the limit of {MAX_PDF_BYTES}."),
        )
    })
}

/// The QR codes in a PDF's images: one invoice per invoice payload found.
fn read_qr(file: &str, bytes: &[u8]) -> Result<Parsed, Diagnostic> {
    let streams = image_streams(bytes);
    let found: Vec<Found> = streams
        .iter()
        .filter_map(|s| to_grey(s, bytes))
        .flat_map(|img| qr_image::find_codes(&img))
        .collect();
    if found.is_empty() {
        let n = streams.len();
        return Err(pdf_error(
            file,
            "qr.not_found",
            format!("PDF 文件“{file}”的 {n} 张图片中没有找到二维码，页面文字中也没有发票号码（本工具识别不了以线条绘制的二维码，也读不出没有字符映射的字体）。"),
            format!("No QR code was found in the {n} images of the PDF file “{file}”, nor an invoice number in its page text (this tool reads no QR codes drawn as vector paths, nor fonts without a character map)."),
        ));
    }
    qr_image::codes_to_parsed(file, bytes, "pdf", "PDF ", &found)
}

/// The invoice printed on the pages, as a source of its own; `None` when no invoice number or
/// code is found in the text.
fn read_text(file: &str, bytes: &[u8]) -> Option<Parsed> {
    let text = pdf_text::read(bytes);
    let inv = pdf_fields::invoice(&text.lines)?;
    let mut out = parsed(file, bytes, "pdf", Some(pdf_fields::PART));
    if text.unreadable_glyphs > 0 {
        let n = text.unreadable_glyphs;
        out.diagnostics.push(diag(
            "pdf.text_unreadable",
            Severity::Warning,
            Place::file(file),
            Text::new(
                format!("PDF 文件“{file}”中有 {n} 个字符因字体没有字符映射而无法读出，部分字段可能缺失。"),
                format!("{n} characters of the PDF file “{file}” could not be read (their font has no character map); some fields may be missing."),
            ),
            Text::new(
                "缺失的字段请对照发票填写，或加载同一张发票的 XML/OFD 文件。",
                "Fill in missing fields from the invoice, or load the same invoice's XML or OFD file.",
            ),
        ));
    }
    out.invoices.push(inv);
    out.info.rows = 1;
    Some(out)
}

/// Every source of the one invoice in a PDF: its page text, then each QR code. `Err` when
/// neither gives an invoice.
pub fn read_sources(file: &str, bytes: &[u8]) -> Result<Vec<Parsed>, Diagnostic> {
    if let Some(e) = too_large(file, bytes) {
        return Err(e);
    }
    let text = read_text(file, bytes);
    match (text, read_qr(file, bytes)) {
        (Some(t), Ok(q)) => Ok(vec![t, q]),
        (Some(t), Err(_)) => Ok(vec![t]),
        (None, qr) => qr.map(|q| vec![q]).map_err(|e| no_invoice(file, e)),
    }
}

/// A PDF with no invoice in it: named `.pdf`, the QR search's answer stands; named as
/// something else (a ledger saved or renamed wrongly), it is told to be a PDF (`read.pdf`).
fn no_invoice(file: &str, found: Diagnostic) -> Diagnostic {
    let renamed = !file.to_ascii_lowercase().ends_with(".pdf");
    if found.id == "qr.not_found" && renamed {
        super::errors::pdf(file)
    } else {
        found
    }
}

/// Reads a PDF as one input: its QR codes, else the fields printed on its pages.
pub fn read(file: &str, bytes: &[u8]) -> Result<Parsed, Diagnostic> {
    if let Some(e) = too_large(file, bytes) {
        return Err(e);
    }
    read_qr(file, bytes)
        .or_else(|e| read_text(file, bytes).ok_or(e))
        .map_err(|e| no_invoice(file, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pdf_with(dict: &str, data: &[u8]) -> Vec<u8> {
        let mut pdf =
            format!("%PDF-1.4\n1 0 obj\n<< /Subtype /Image {dict} >>\nstream\n").into_bytes();
        pdf.extend_from_slice(data);
        pdf.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
        pdf
    }

    #[test]
    fn hostile_dictionaries_are_skipped_not_trusted() {
        for dict in [
            "/Width 10 /Height 10 /Length 18446744073709551615",
            "/Width 10 /Height 10 /BitsPerComponent 18446744073709551615 /ColorSpace /DeviceGray",
            "/Width 0 /Height 10",
            "/Width 100000 /Height 100000 /BitsPerComponent 8",
            "/Width 10 /Height 10 /Length 9 0 R",
            "/Width 10 /Height 10 /Filter /FlateDecode",
        ] {
            let pdf = pdf_with(dict, b"\x00\x01\x02");
            let err = read("x.pdf", &pdf).unwrap_err();
            assert_eq!(err.id, "qr.not_found", "{dict}");
            assert!(
                err.message.en.contains("1 images"),
                "{dict}: {}",
                err.message.en
            );
        }
    }

    #[test]
    fn indirect_lengths_resolve_to_the_right_object() {
        let pdf = b"%PDF-1.4\n15 0 obj\n99\nendobj\n5 0 obj\n7\nendobj\n";
        assert_eq!(int("/Length 5 0 R", "Length", pdf), Some(7));
        assert_eq!(int("/Width 12", "Width", pdf), Some(12));
        assert_eq!(int("/WidthX 12", "Width", pdf), None);
    }

    #[test]
    fn ascii85_round_trips_known_text() {
        // Vectors from Python's base64.a85encode.
        let hello = ascii85(b"87cURD]i,\"Ebo80~>");
        assert_eq!(hello.as_deref(), Some(&b"Hello World!"[..]));
        let tail = ascii85(b"Bl8*4Bk(]s0JP+71&~>");
        assert_eq!(tail.as_deref(), Some(&b"invoice 01,32"[..]));
        assert_eq!(ascii85(b"z~>").as_deref(), Some(&[0u8, 0, 0, 0][..]));
        assert_eq!(ascii85(b"\x7f"), None);
    }
}
