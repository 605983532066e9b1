//! Entry point of the full Web Worker bundle: the same worker with the picture/PDF readers and
//! the XLSX writer (the `full` feature), started by the page only for 单张查验 and XLSX downloads.
use fapiao_check_app::worker::{Cbor, CoreWorker};
use gloo_worker::Registrable;

fn main() {
    CoreWorker::registrar().encoding::<Cbor>().register();
}
