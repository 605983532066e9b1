//! Entry point of the page bundle.
fn main() {
    yew::Renderer::<fapiao_check_app::components::app::App>::new().render();
}
