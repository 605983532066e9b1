//! About and privacy: what the app does with data (nothing leaves the browser) and how to check.

use fapiao_core::text::Lang;
use yew::prelude::*;

use crate::components::handle::use_handle;

/// The about page.
#[function_component(AboutView)]
pub fn about_view() -> Html {
    let zh = use_handle().lang() == Lang::Zh;
    html! {
        <div class="about">
            <h3>{ if zh { "隐私" } else { "Privacy" } }</h3>
            <p>{ if zh { "您加载的文件只在本浏览器标签页中读取和计算，从不上传。页面的内容安全策略（CSP）禁止向任何其他网址发出请求。" }
                 else { "The files you load are read and processed in this browser tab only and are never uploaded. The page's Content-Security-Policy forbids requests to any other address." } }</p>
            <p>{ if zh { "除非您勾选“在本机记住我的设置”，本工具不在浏览器中保存任何东西；发票数据永远不会被保存。" }
                 else { "Nothing is stored in the browser unless you tick “remember my settings on this computer”; invoice data is never stored." } }</p>
            <p class="muted">{ format!("fapiao-check {}", env!("CARGO_PKG_VERSION")) }</p>
        </div>
    }
}
