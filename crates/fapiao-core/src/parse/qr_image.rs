//! QR codes in a picture (PNG or JPEG): a photo or screenshot of an invoice.
//!
//! The image is decoded within size limits to greyscale (a JPEG's luma channel directly),
//! scaled down when it is large (a phone photo has far more pixels than a QR code needs), and
//! searched with `rqrr`. When nothing is found at that size, the original size (at most
//! [`MAX_SEARCH_SIDE`]; for small images, twice it) is tried, and last a smoothed copy for
//! speckled scans.
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
/// Images with a longer side are searched at most at this size (a 12-megapixel photo's), never
/// at their own: searching every pixel of a 48-megapixel photo without a code took seconds (on
/// noise, 12 s natively), and a code too small to read at this size is not one a photo of an
/// invoice holds.
pub const MAX_SEARCH_SIDE: u32 = 4_000;

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
    let broken = |e: &dyn std::fmt::Display| {
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
        .map_err(|e| broken(&e))?;
    if w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE || u64::from(w) * u64::from(h) > MAX_IMAGE_PIXELS {
        return Err(too_large(
            format!("为 {w}×{h} 像素（上限：边长 {MAX_IMAGE_SIDE}、共 {MAX_IMAGE_PIXELS} 像素）"),
            format!(
                "is {w}×{h} pixels (limit: {MAX_IMAGE_SIDE} a side, {MAX_IMAGE_PIXELS} in all)"
            ),
        ));
    }
    if format == ImageFormat::Jpeg {
        match jpeg_luma(bytes) {
            Ok(Some(grey)) => return Ok(grey),
            Ok(None) => {}
            Err(e) => return Err(broken(&e)),
        }
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_IMAGE_SIDE);
    limits.max_image_height = Some(MAX_IMAGE_SIDE);
    limits.max_alloc = Some(MAX_IMAGE_PIXELS * 8);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits);
    Ok(to_grey(reader.decode().map_err(|e| broken(&e))?))
}

/// A JPEG's luma channel, decoded as such: no chroma and no colour conversion, which were most
/// of a phone photo's decoding. `Ok(None)` when the decoder cannot give luma (CMYK and the
/// like: the general path decodes those); `Err` with the decoder's words when the file is
/// broken (the general path uses the same decoder, so it is not tried again).
pub(crate) fn jpeg_luma(bytes: &[u8]) -> Result<Option<GrayImage>, String> {
    use zune_core::{bytestream::ZCursor, colorspace::ColorSpace, options::DecoderOptions};
    let options = DecoderOptions::default()
        .set_strict_mode(false)
        .set_max_width(MAX_IMAGE_SIDE as usize)
        .set_max_height(MAX_IMAGE_SIDE as usize)
        .jpeg_set_out_colorspace(ColorSpace::Luma);
    let mut decoder = zune_jpeg::JpegDecoder::new_with_options(ZCursor::new(bytes), options);
    decoder.decode_headers().map_err(|e| e.to_string())?;
    if !matches!(
        decoder.input_colorspace(),
        Some(ColorSpace::YCbCr | ColorSpace::Luma | ColorSpace::RGB)
    ) {
        return Ok(None);
    }
    let Some((w, h)) = decoder.dimensions() else {
        return Ok(None);
    };
    let pixels = decoder.decode().map_err(|e| e.to_string())?;
    let (Ok(w), Ok(h)) = (u32::try_from(w), u32::try_from(h)) else {
        return Ok(None);
    };
    Ok(GrayImage::from_raw(w, h, pixels))
}

/// Greyscale with transparent pixels on white (a QR code saved with a transparent background
/// has "black" there). RGB is weighted as in BT.601 in integers; `image`'s own conversion goes
/// through its colour-space machinery, several times slower on a photo.
pub(crate) fn to_grey(img: image::DynamicImage) -> GrayImage {
    fn luma(r: u8, g: u8, b: u8) -> u32 {
        (77 * u32::from(r) + 150 * u32::from(g) + 29 * u32::from(b) + 128) >> 8
    }
    fn on_white(l: u32, a: u8) -> u8 {
        let a = u32::from(a);
        ((l * a + 255 * (255 - a) + 127) / 255) as u8
    }
    let (w, h) = (img.width(), img.height());
    let pixels: Vec<u8> = match img {
        image::DynamicImage::ImageLuma8(g) => return g,
        image::DynamicImage::ImageLumaA8(g) => g
            .pixels()
            .map(|p| on_white(u32::from(p[0]), p[1]))
            .collect(),
        image::DynamicImage::ImageRgb8(c) => {
            c.pixels().map(|p| luma(p[0], p[1], p[2]) as u8).collect()
        }
        image::DynamicImage::ImageRgba8(c) => c
            .pixels()
            .map(|p| on_white(luma(p[0], p[1], p[2]), p[3]))
            .collect(),
        other => return other.into_luma8(),
    };
    GrayImage::from_raw(w, h, pixels).unwrap_or_default()
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
    let w = img.width() as usize;
    let pixels = img.as_raw();
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(w, img.height() as usize, |x, y| {
            pixels[y * w + x]
        });
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

/// The image at `scale` (1.0: itself). Down, each output pixel is the mean of the block it
/// covers (fast, and smooth enough for finder patterns); up, pixels are repeated.
fn scaled(img: &GrayImage, scale: f64) -> std::borrow::Cow<'_, GrayImage> {
    if scale == 1.0 {
        return std::borrow::Cow::Borrowed(img);
    }
    let (w, h) = img.dimensions();
    let (sw, sh) = (
        ((f64::from(w) * scale) as u32).max(1),
        ((f64::from(h) * scale) as u32).max(1),
    );
    std::borrow::Cow::Owned(if scale < 1.0 {
        imageops::thumbnail(img, sw, sh)
    } else {
        imageops::resize(img, sw, sh, FilterType::Nearest)
    })
}

/// Every QR code in a greyscale image, trying the search size, then the original (large images
/// at [`MAX_SEARCH_SIDE`]), twice the original for small images, and last a smoothed copy.
pub fn find_codes(img: &GrayImage) -> Vec<Found> {
    let long = img.width().max(img.height()).max(1);
    let at = |side: u32| f64::from(side) / f64::from(long);
    let mut scales = Vec::new();
    if long > SEARCH_SIDE {
        scales.push(at(SEARCH_SIDE));
    }
    // A photo of a whole page: at the search size its code may be too small to read.
    let largest = if long > MAX_SEARCH_SIDE {
        at(MAX_SEARCH_SIDE)
    } else {
        1.0
    };
    scales.push(largest);
    if long <= SEARCH_SIDE / 2 {
        scales.push(2.0);
    }
    for scale in scales {
        let found = search(&scaled(img, scale), scale);
        if !found.is_empty() {
            return found;
        }
    }
    // Speckled scans and photos: smoothing first lets the finder patterns show.
    search(&imageops::blur(&*scaled(img, largest), 1.0), largest)
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
