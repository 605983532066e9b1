//! Entry point of the page bundle.
fn main() {
    fapiao_check_app::components::app::start_table_worker();
    yew::Renderer::<fapiao_check_app::components::app::App>::new().render();
}
