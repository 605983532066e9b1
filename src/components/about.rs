//! The About and Privacy page: what happens to the data (nothing leaves the browser), how the
//! Content-Security-Policy enforces it, how to check it, how to verify the single-file build,
//! the version and the licence.

use yew::prelude::*;

use crate::components::handle::use_handle;
use crate::i18n::Words;

const fn w(zh: &'static str, en: &'static str) -> Words {
    Words { zh, en }
}

const DATA_H: Words = w("数据不离开浏览器", "Your data stays in this browser");
const DATA: Words = w(
    "你打开的台账、导出表和发票文件只在本机浏览器内读取和计算（在一个 Web Worker 里运行的 WebAssembly），不上传到任何服务器，也不保存；关闭页面即清除。",
    "The ledgers, exports and invoice files you open are read and processed only inside this browser (WebAssembly in a Web Worker). They are not uploaded to any server and not stored; closing the page clears them.",
);
const STORED: Words = w(
    "除非你勾选“在本机记住我的设置”，本工具不在浏览器中保存任何东西；发票数据永远不会被保存。",
    "Nothing is stored in the browser unless you tick “remember my settings on this computer”; invoice data is never stored.",
);
const CSP_H: Words = w("由浏览器强制执行", "Enforced by the browser");
const CSP: Words = w(
    "页面带有内容安全策略（Content-Security-Policy）：网站版只能加载自身的文件（default-src 'self'，connect-src 'self'），单文件版不允许任何连接（connect-src 'none'）、只运行以 SHA-256 指定的内嵌脚本。即使代码想发送数据，浏览器也会拦截。离线缓存（Service Worker）只缓存本应用自己的文件，不会接触你的数据。",
    "The page carries a Content-Security-Policy: the web version may load only its own files (default-src 'self', connect-src 'self'); the single file may open no connection at all (connect-src 'none') and runs only the inline script named by its SHA-256. Even if code tried to send data, the browser would block it. The offline cache (service worker) keeps only this app's own files and never touches your data.",
);
const CHECK_H: Words = w("自己检查", "Check it yourself");
const CHECK: Words = w(
    "按 F12 打开开发者工具，切到“网络”（Network）面板，然后正常使用：打开文件、校验、对账、导出。网站版只在首次加载时请求本站的文件，之后面板保持为空；单文件版从头到尾没有任何请求。",
    "Press F12 to open the developer tools, choose the Network tab, then work as usual: open files, validate, reconcile, export. The web version requests only its own files while loading and the tab stays empty afterwards; the single file makes no request at all.",
);
const OFFLINE_H: Words = w("离线使用", "Offline use");
const OFFLINE: Words = w(
    "单文件版 fapiao-check.html：下载后双击即可打开，无需网络与服务器。网站版需要通过 http(s) 访问（任何静态网站托管均可）；访问一次后可“安装”为应用并离线打开。有新版本时页面会提示，点“重新加载”才会更新。直接从磁盘打开网站版的 index.html 不可用（浏览器禁止 file:// 页面启动 Worker 和加载模块），请改用单文件版。",
    "Single file fapiao-check.html: download it and double-click; no network or server needed. The web version must be served over http(s) (any static host); after one visit it can be installed and opens offline. When a new version is available the page says so and updates only when you click Reload. Opening the web version's index.html from disk does not work (browsers forbid workers and modules for file:// pages): use the single file instead.",
);
const VERIFY_H: Words = w("校验单文件版", "Verify the single file");
const VERIFY: Words = w(
    "每次构建都会打印单文件版的 SHA-256 指纹，并在同一目录发布 fapiao-check.html.sha256。用你信任的工具计算你手中文件的指纹，与发布的值逐字比较，一致才说明文件未被改动：",
    "Every build prints the single file's SHA-256 fingerprint and publishes fapiao-check.html.sha256 beside it. Compute the fingerprint of your copy with a tool you trust and compare it with the published value, character by character; only a match shows the file is unchanged:",
);
const VERIFY_WHY: Words = w(
    "为什么页面里不显示自己的指纹？一个文件无法包含它自身的哈希值（写进去哈希就变了）；页面在运行时自行计算也不可靠——浏览器解析后的内容与文件字节并不相同，而被篡改的文件也可以显示任何数字。所以请用独立工具校验。",
    "Why doesn't the page show its own fingerprint? A file cannot contain its own hash (writing it in changes the hash), and a figure the page computed about itself would prove nothing: the parsed page is not the file's bytes, and a tampered file could show any number. Verify with an independent tool.",
);
const THIS_COPY: Words = w("当前运行：", "This copy: ");
const SINGLE_FILE: Words = w("单文件版", "single file");
const WEB: Words = w("网站版", "web version");
const VERSION: Words = w("版本", "Version");
const LICENCE: Words = w(
    "许可：MIT 或 Apache-2.0（任选其一）。本工具只做格式与一致性核对，不代替税务平台的官方查验。",
    "Licence: MIT or Apache-2.0, at your option. This tool checks format and consistency; it does not replace the tax platform's official verification.",
);

/// Commands that print a file's SHA-256, per system.
const VERIFY_COMMANDS: [(&str, &str); 3] = [
    ("Linux", "sha256sum fapiao-check.html"),
    ("macOS", "shasum -a 256 fapiao-check.html"),
    ("Windows", "certutil -hashfile fapiao-check.html SHA256"),
];

const PUBLISHED: Words = w(
    "与本版本一同发布的单文件版 fapiao-check.html 的 SHA-256：",
    "SHA-256 of the single file fapiao-check.html published with this version:",
);

/// The `content` of this page's `<meta name="{name}">`, written by the build.
fn meta(name: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector(&format!("meta[name={name}]"))
        .ok()??
        .get_attribute("content")
}

/// The About and Privacy page.
#[function_component(AboutView)]
pub fn about_view() -> Html {
    let lang = use_handle().lang();
    let section = |id: &str, heading: &Words, body: &[&Words]| {
        html! {
            <section class="about-part" data-testid={format!("about-{id}")}>
                <h3>{ heading.get(lang) }</h3>
                { for body.iter().map(|p| html! { <p>{ p.get(lang) }</p> }) }
            </section>
        }
    };
    let single = meta("fapiao-check-build").as_deref() == Some("single-file");
    let build = if single { &SINGLE_FILE } else { &WEB };
    // The web version's build (scripts/build.sh) names the single file's digest; the single
    // file cannot carry its own.
    let published = meta("fapiao-check-single-file-sha256").map(|digest| {
        html! {
            <p>{ PUBLISHED.get(lang) }<br /><code data-testid="about-sha256">{ digest }</code></p>
        }
    });
    html! {
        <div class="about" data-testid="about">
            { section("data", &DATA_H, &[&DATA, &STORED]) }
            { section("csp", &CSP_H, &[&CSP]) }
            { section("check", &CHECK_H, &[&CHECK]) }
            { section("offline", &OFFLINE_H, &[&OFFLINE]) }
            <section class="about-part" data-testid="about-verify">
                <h3>{ VERIFY_H.get(lang) }</h3>
                <p>{ VERIFY.get(lang) }</p>
                <dl>
                    { for VERIFY_COMMANDS.iter().map(|(os, cmd)| html! {
                        <>
                            <dt>{ *os }</dt>
                            <dd><code>{ *cmd }</code></dd>
                        </>
                    }) }
                </dl>
                { for published }
                <p>{ VERIFY_WHY.get(lang) }</p>
            </section>
            <p class="muted" data-testid="about-build">
                { THIS_COPY.get(lang) }{ build.get(lang) }
                { " · " }{ VERSION.get(lang) }{ " " }
                <span data-testid="about-version">{ env!("CARGO_PKG_VERSION") }</span>
            </p>
            <p class="muted" data-testid="about-licence">{ LICENCE.get(lang) }</p>
        </div>
    }
}
