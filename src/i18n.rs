//! The app's own words (headings, buttons), in Chinese and English. Messages about invoices come
//! from the core, already bilingual.

use fapiao_core::text::Lang;

use crate::state::View;

/// A UI string in both languages.
pub struct Words {
    /// Simplified Chinese.
    pub zh: &'static str,
    /// English.
    pub en: &'static str,
}

impl Words {
    /// The string in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

const fn w(zh: &'static str, en: &'static str) -> Words {
    Words { zh, en }
}

/// The product name.
pub const APP_NAME: Words = w("发票核对", "Fapiao Check");
/// The line under the product name.
pub const TAGLINE: Words = w(
    "在浏览器里校验发票、核对台账与税务平台导出",
    "Check invoices and reconcile your ledger with the tax platform's export, in your browser",
);
/// The footer's privacy promise.
pub const PRIVACY_FOOTER: Words = w(
    "所有数据只在本浏览器中处理，不上传、不联网、不留存。",
    "Everything is processed in this browser only: nothing is uploaded, sent or kept.",
);
/// The label of the language switch (names the other language).
pub const SWITCH_LANG: Words = w("English", "中文");
/// Worker status while it loads.
pub const WORKER_STARTING: Words = w("计算引擎加载中…", "Loading the engine…");
/// Worker status when ready.
pub const WORKER_READY: Words = w("计算引擎已就绪", "Engine ready");

/// The manual-entry form's heading.
pub const FORM_TITLE: Words = w("手工录入发票信息", "Type the invoice's fields");
/// What the manual-entry form does.
pub const FORM_HINT: Words = w(
    "没有文件或二维码时，按发票票面填写。每项边输入边检查；真伪只能由查验平台确认。",
    "Without a file or QR code, type what the invoice shows. Each field is checked as you type; only the check platform can confirm the invoice is genuine.",
);
/// The label of the invoice-type choice.
pub const FORM_KIND: Words = w("发票类型", "Invoice type");
/// Marks a field the platform needs.
pub const FORM_REQUIRED: Words = w("必填", "required");
/// Marks a field checked only when given.
pub const FORM_OPTIONAL: Words = w("可选", "optional");
/// The heading of the parties' fields.
pub const FORM_PARTIES: Words = w("购销双方（可选）", "Seller and buyer (optional)");
/// The form's check button.
pub const FORM_CHECK: Words = w("查验录入的信息", "Check what I typed");
/// The form's reset button.
pub const FORM_RESET: Words = w("清空表单", "Empty the form");

/// The title of a view.
pub fn view_title(view: View) -> Words {
    match view {
        View::Single => w("单张查验", "Check one invoice"),
        View::Validate => w("批量校验", "Validate a ledger"),
        View::Reconcile => w("对账", "Reconcile"),
        View::About => w("关于与隐私", "About & privacy"),
    }
}

/// One sentence under a view's title saying what it is for.
pub fn view_intro(view: View) -> Words {
    match view {
        View::Single => w(
            "粘贴二维码内容、拖入发票 XML/OFD/PDF 文件或二维码图片，或手工录入发票信息，离线检查一张发票，并告诉您在全国增值税发票查验平台上输入什么。",
            "Paste a QR code's text, drop an invoice XML/OFD/PDF file or QR image, or type the invoice's fields to check one invoice offline, and see what to enter on the national invoice check platform.",
        ),
        View::Validate => w(
            "加载台账（CSV、XLSX、XLS、ODS 或粘贴），逐行检查发票号码、税号、日期、金额与税额。",
            "Load a ledger (CSV, XLSX, XLS, ODS or pasted) and check every row's invoice number, tax ID, date, amounts and tax.",
        ),
        View::Reconcile => w(
            "把您的台账与电子税务局导出的发票清单逐张比对，列出每一处差异、可能原因与下一步。",
            "Compare your ledger with the tax platform's export invoice by invoice, and list every difference with its likely cause and next step.",
        ),
        View::About => w(
            "本工具完全在您的浏览器中运行：文件不会离开这台电脑。",
            "This tool runs entirely in your browser: your files never leave this computer.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_has_both_languages() {
        for v in View::ALL {
            for words in [view_title(v), view_intro(v)] {
                assert!(!words.zh.is_empty() && !words.en.is_empty());
                assert_ne!(words.zh, words.en);
            }
        }
    }
}
