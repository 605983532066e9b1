//! The errors for input that cannot be used at all: each says what the file is and what to do.

use crate::diag::{Diagnostic, Place, Severity};
use crate::text::Text;

fn error(id: &str, file: &str, message: (String, String), action: (&str, &str)) -> Diagnostic {
    Diagnostic {
        id: id.into(),
        severity: Severity::Error,
        place: Place::file(file),
        message: Text::new(message.0, message.1),
        action: Text::new(action.0, action.1),
    }
}

/// `read.empty`: zero bytes.
pub(crate) fn empty(file: &str) -> Diagnostic {
    error(
        "read.empty",
        file,
        (
            format!("文件“{file}”是空的（0 字节）。"),
            format!("The file “{file}” is empty (0 bytes)."),
        ),
        (
            "请重新导出或重新保存该文件后再加载。",
            "Export or save the file again, then load it.",
        ),
    )
}

/// `read.no_pictures`: a picture or PDF given to a build without the picture readers (the
/// app's table workflows; its single-invoice view reads them).
#[cfg(not(feature = "qr-image"))]
pub(crate) fn no_pictures(file: &str) -> Diagnostic {
    error(
        "read.no_pictures",
        file,
        (
            format!("“{file}”是图片或 PDF，这里只读取表格。"),
            format!("“{file}” is a picture or a PDF; only tables are read here."),
        ),
        (
            "发票的图片或 PDF 请在「单张查验」中打开；台账和平台导出请加载 Excel 或 CSV 文件。",
            "Open an invoice's picture or PDF in 单张查验 (Check one invoice); load ledgers and platform exports as Excel or CSV files.",
        ),
    )
}

/// `read.unsupported`: a format no reader knows.
pub(crate) fn unsupported(file: &str) -> Diagnostic {
    error(
        "read.unsupported",
        file,
        (
            format!("无法识别文件“{file}”的格式。"),
            format!("The format of “{file}” is not recognised."),
        ),
        (
            "请加载 CSV、XLSX、XLS、ODS、XML 或 OFD 文件。",
            "Load a CSV, XLSX, XLS, ODS, XML or OFD file.",
        ),
    )
}

/// `read.password`: an encrypted workbook.
pub(crate) fn password(file: &str) -> Diagnostic {
    error(
        "read.password",
        file,
        (
            format!("工作簿“{file}”设置了打开密码，无法读取。"),
            format!("The workbook “{file}” is protected by a password and cannot be read."),
        ),
        (
            "请在 Excel 或 WPS 中打开，取消密码（文件 › 信息 › 保护工作簿 › 用密码加密，清空），另存后再加载。",
            "Open it in Excel or WPS, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it), save, and load it again.",
        ),
    )
}

/// `read.html_as_xls`: a web page saved with a spreadsheet name.
pub(crate) fn html_as_xls(file: &str) -> Diagnostic {
    error(
        "read.html_as_xls",
        file,
        (
            format!("文件“{file}”其实是网页（HTML），只是以 .xls 命名。"),
            format!("The file “{file}” is a web page (HTML) saved as .xls."),
        ),
        (
            "请用 Excel 或 WPS 打开它，另存为 .xlsx 后再加载。",
            "Open it in Excel or WPS and save it as .xlsx, then load that file.",
        ),
    )
}

/// `read.spreadsheet_xml`: an Excel 2003 XML spreadsheet, which the spreadsheet reader lacks.
pub(crate) fn spreadsheet_xml(file: &str) -> Diagnostic {
    error(
        "read.spreadsheet_xml",
        file,
        (
            format!("文件“{file}”是 Excel 2003 XML 表格（常见于网页系统导出），无法直接读取。"),
            format!("The file “{file}” is an Excel 2003 XML spreadsheet (as web systems export), which cannot be read directly."),
        ),
        (
            "请用 Excel 或 WPS 打开它，另存为 .xlsx 后再加载。",
            "Open it in Excel or WPS and save it as .xlsx, then load that file.",
        ),
    )
}

/// `read.pdf`: a PDF, whatever its name says.
#[cfg(feature = "qr-image")]
pub(crate) fn pdf(file: &str) -> Diagnostic {
    let renamed = !file.to_ascii_lowercase().ends_with(".pdf");
    let (zh, en) = if renamed {
        (
            format!("文件“{file}”其实是 PDF 文档，不是表格（可能被改了扩展名）。"),
            format!(
                "The file “{file}” is a PDF document, not a spreadsheet (it was probably renamed)."
            ),
        )
    } else {
        (
            format!("PDF 文件“{file}”不含可读取的表格。"),
            format!("The PDF file “{file}” holds no table that can be read."),
        )
    };
    error(
        "read.pdf",
        file,
        (zh, en),
        (
            "请加载发票随附的 XML 或 OFD 文件，或从平台导出 XLSX。",
            "Load the XML or OFD file that came with the invoice, or export an XLSX from the platform.",
        ),
    )
}

/// `read.zip_damaged`: a zip that cannot be opened or inflated (often a cut-off download).
pub(crate) fn damaged_zip(file: &str) -> Diagnostic {
    error(
        "read.zip_damaged",
        file,
        (
            format!("文件“{file}”已损坏或不完整（压缩包无法解开），可能下载未完成。"),
            format!("The file “{file}” is damaged or incomplete (its zip container cannot be opened); the download may have been cut off."),
        ),
        (
            "请重新下载或重新导出该文件。",
            "Download or export the file again.",
        ),
    )
}

/// `read.workbook_damaged`: the spreadsheet reader gave up.
pub(crate) fn damaged_workbook(file: &str, detail: &str) -> Diagnostic {
    error(
        "read.workbook_damaged",
        file,
        (
            format!("工作簿“{file}”无法读取：{detail}。"),
            format!("The workbook “{file}” cannot be read: {detail}."),
        ),
        (
            "请在 Excel 或 WPS 中打开并另存为 .xlsx 后再加载。",
            "Open it in Excel or WPS, save it as .xlsx, and load it again.",
        ),
    )
}

/// `read.encoding_unknown`: the encoding the user named does not exist.
pub(crate) fn encoding_unknown(file: &str, label: &str) -> Diagnostic {
    error(
        "read.encoding_unknown",
        file,
        (
            format!("不认识指定的编码“{label}”。"),
            format!("The encoding “{label}” is not known."),
        ),
        (
            "请使用 utf-8、gbk、gb18030、utf-16le 或 utf-16be。",
            "Use utf-8, gbk, gb18030, utf-16le or utf-16be.",
        ),
    )
}

/// `read.sheet_not_found`: the sheet the user named is not in the workbook.
pub(crate) fn sheet_not_found(file: &str, sheet: &str, sheets: &[String]) -> Diagnostic {
    error(
        "read.sheet_not_found",
        file,
        (
            format!(
                "工作簿中没有名为“{sheet}”的工作表；现有：{}。",
                sheets.join("、")
            ),
            format!(
                "The workbook has no sheet “{sheet}”; it has: {}.",
                sheets.join(", ")
            ),
        ),
        ("请从现有工作表中选择。", "Choose one of the sheets it has."),
    )
}
