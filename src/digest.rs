//! The page's SHA-256 of each file it gives the table worker: computed with the browser's
//! `crypto.subtle` on the page's thread while the worker reads the file on its own, and sent
//! after the file as a [`crate::protocol::Request::Fingerprint`]. The browser computes a
//! digest on the thread that asks for it, so in the worker it would add to the read.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn subtle() -> Option<web_sys::SubtleCrypto> {
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    // Missing outside secure contexts (a page served over plain http from another host).
    (!subtle.is_undefined()).then_some(subtle)
}

/// Whether the page can hash files: then the worker leaves the fingerprint to it.
pub fn available() -> bool {
    subtle().is_some()
}

/// Ends the current task: what follows runs in a task of its own, after the queued ones.
async fn next_task() {
    let tick = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(resolve.unchecked_ref());
        }
    });
    let _ = JsFuture::from(tick).await;
}

/// The SHA-256 of `bytes` as 64 lower-case hex digits, computed in a task of its own (a 30 MB
/// file takes the page's thread about 35 ms); `None` when the browser cannot.
pub async fn sha256(bytes: &[u8]) -> Option<String> {
    next_task().await;
    let digest = subtle()?
        .digest_with_str_and_u8_array("SHA-256", bytes)
        .ok()?;
    let digest = JsFuture::from(digest).await.ok()?;
    let hex = js_sys::Uint8Array::new(&digest)
        .to_vec()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Some(hex)
}
