//! QR codes in a picture (PNG or JPEG): a photo or screenshot of an invoice.
//!
//! The image is decoded within size limits, turned to greyscale, scaled down when it is large
//! (a phone photo has far more pixels than a QR code needs), and searched with `rqrr`. When
//! nothing is found at that size, the original size (and, for small images, twice it) is tried,
//! and last a smoothed copy for speckled scans.
//! Every QR code found is reported; each that holds an invoice payload becomes one invoice.

use std::io::Cursor;

use image::imageops::{self, FilterType};
use image::{GrayImage, ImageFormat, ImageReader, Limits};

use super::document::{file_error, parsed};
use super::qr::{self, AmountMeaning};
use super::Parsed;
use crate::diag::{Diagnostic, Place, Severity};
use crate::text::Text;

/// The largest image file accepted, in bytes.
pub const MAX_IMAGE_BYTES: usize = 25 * 1024 * 1024;
/// The largest width or height accepted, in pixels.
pub const MAX_IMAGE_SIDE: u32 = 12_000;
/// The most pixels accepted (a 48-megapixel photo).
pub const MAX_IMAGE_PIXELS: u64 = 48_000_000;
/// Images are searched at this longest side first.
pub const SEARCH_SIDE: u32 = 1_600;

pub use super::sniff::looks_like_image;

fn image_error(file: &str, id: &str, zh: String, en: String, action: Text) -> Diagnostic {
    file_error(file, id, Text::new(zh, en), action)
}

fn retake() -> Text {
    Text::new(
        "请重新拍摄或截取发票二维码（清晰、完整、不反光），或直接输入二维码下方的发票信息。",
        "Take the photo or screenshot again (sharp, whole, no glare), or type the invoice details instead.",
    )
}

/// Decodes the image to greyscale within the limits.
fn decode(file: &str, bytes: &[u8]) -> Result<GrayImage, Diagnostic> {
    let too_large = |what: String, what_en: String| {
        image_error(
            file,
            "read.image_too_large",
            format!("图片“{file}”{what}，超过上限。"),
            format!("The image “{file}” {what_en}."),
            Text::new(
                "请截取包含二维码的部分，或缩小图片后再加载。",
                "Crop the part with the QR code, or scale the image down, then load it.",
            ),
        )
    };
    if bytes.len() > MAX_IMAGE_BYTES {
        let n = bytes.len();
        return Err(too_large(
            format!("有 {n} 字节（上限 {MAX_IMAGE_BYTES} 字节）"),
            format!("has {n} bytes (limit {MAX_IMAGE_BYTES})"),
        ));
    }
    let format = if bytes.starts_with(b"\x89PNG") {
        ImageFormat::Png
    } else {
        ImageFormat::Jpeg
    };
    let broken = |e: image::ImageError| {
        image_error(
            file,
            "read.image_broken",
            format!("图片“{file}”无法解码：{e}"),
            format!("The image “{file}” cannot be decoded: {e}"),
            retake(),
        )
    };
    let (w, h) = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(broken)?;
    if w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE || u64::from(w) * u64::from(h) > MAX_IMAGE_PIXELS {
        return Err(too_large(
            format!("为 {w}×{h} 像素（上限：边长 {MAX_IMAGE_SIDE}、共 {MAX_IMAGE_PIXELS} 像素）"),
            format!(
                "is {w}×{h} pixels (limit: {MAX_IMAGE_SIDE} a side, {MAX_IMAGE_PIXELS} in all)"
            ),
        ));
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_IMAGE_SIDE);
    limits.max_image_height = Some(MAX_IMAGE_SIDE);
    limits.max_alloc = Some(MAX_IMAGE_PIXELS * 8);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits);
    Ok(reader.decode().map_err(broken)?.into_luma8())
}

/// A QR code found: its text and where it is (top-left corner, in the original image's pixels).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The decoded text.
    pub text: String,
    /// Top-left corner (x, y) in the original image.
    pub at: (i32, i32),
}

fn search(img: &GrayImage, scale: f64) -> Vec<Found> {
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(
        img.width() as usize,
        img.height() as usize,
        |x, y| img.get_pixel(x as u32, y as u32).0[0],
    );
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|g| {
            let (_, text) = g.decode().ok()?;
            let p = g.bounds[0];
            let at = (
                (f64::from(p.x) / scale) as i32,
                (f64::from(p.y) / scale) as i32,
            );
            Some(Found { text, at })
        })
        .collect()
}

/// Every QR code in a greyscale image, trying the search size, the original, twice it for small
/// images, and last a smoothed copy.
pub fn find_codes(img: &GrayImage) -> Vec<Found> {
    let (w, h) = img.dimensions();
    let long = w.max(h).max(1);
    let mut scales = Vec::new();
    if long > SEARCH_SIDE {
        scales.push(f64::from(SEARCH_SIDE) / f64::from(long));
    }
    scales.push(1.0);
    if long <= SEARCH_SIDE / 2 {
        scales.push(2.0);
    }
    for scale in scales {
        let found = if scale == 1.0 {
            search(img, 1.0)
        } else {
            let (sw, sh) = (
                ((f64::from(w) * scale) as u32).max(1),
                ((f64::from(h) * scale) as u32).max(1),
            );
            let filter = if scale < 1.0 {
                FilterType::Triangle
            } else {
                FilterType::Nearest
            };
            search(&imageops::resize(img, sw, sh, filter), scale)
        };
        if !found.is_empty() {
            return found;
        }
    }
    // Speckled scans and photos: smoothing first lets the finder patterns show.
    search(&imageops::blur(img, 1.0), 1.0)
}

/// Reads the QR codes in a PNG or JPEG: one invoice per invoice payload found.
pub fn read(file: &str, bytes: &[u8]) -> Result<Parsed, Diagnostic> {
    let img = decode(file, bytes)?;
    let found = find_codes(&img);
    if found.is_empty() {
        return Err(image_error(
            file,
            "qr.not_found",
            format!("图片“{file}”中没有找到可识别的二维码。"),
            format!("No readable QR code was found in the image “{file}”."),
            retake(),
        ));
    }
    codes_to_parsed(file, bytes, "image", "", &found)
}

/// Turns the codes found in a file into a [`Parsed`]: one invoice per invoice payload, a
/// warning for each other code; `Err` when none is an invoice. `where_` prefixes the part name
/// (`page 1 image 2 `).
pub(crate) fn codes_to_parsed(
    file: &str,
    bytes: &[u8],
    format: &str,
    where_: &str,
    found: &[Found],
) -> Result<Parsed, Diagnostic> {
    let mut out = parsed(file, bytes, format, None);
    let mut rejected = Vec::new();
    for (i, code) in found.iter().enumerate() {
        let part = format!("{where_}QR {} @ {},{}", i + 1, code.at.0, code.at.1);
        let place = Place {
            column: Some(part.as_str().into()),
            ..Place::file(file)
        };
        match qr::parse_payload(&code.text) {
            Ok(payload) => {
                if payload.amount_meaning == AmountMeaning::TotalOrExcluding {
                    out.diagnostics.push(qr::amount_note(file, &payload));
                }
                let mut inv = payload.to_invoice(file);
                inv.origin.place.column = Some(part.into());
                out.invoices.push(inv);
            }
            Err(e) => rejected.push(e.to_diagnostic(place)),
        }
    }
    if out.invoices.is_empty() {
        // Codes were found, none an invoice: the first one says why.
        if let Some(first) = rejected.first() {
            return Err(first.clone());
        }
    }
    out.diagnostics.extend(rejected.into_iter().map(|mut d| {
        d.severity = Severity::Warning;
        d
    }));
    out.info.rows = out.invoices.len() as u32;
    out.info.source_part = out
        .invoices
        .first()
        .and_then(|i| i.origin.place.column.as_deref().map(str::to_string));
    Ok(out)
}
