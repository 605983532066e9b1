// Starts the app. A file, not an inline script, so the Content-Security-Policy can forbid
// inline scripts altogether.
import init from './app.js';

init({ module_or_path: './app_bg.wasm' });
