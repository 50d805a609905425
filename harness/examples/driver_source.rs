//! Writes the files the judge compiles for a solution (the user's file, the
//! generated driver and its helpers) to a directory, so a driver can be read,
//! built by hand or changed for an experiment (a hand-built `.wasm` is
//! judged like any other: `judge submit <problem> out.wasm`).
//!
//! `cargo run --release -p harness --example driver_source -- <problem> <file> <dir>`

use harness::registry::Registry;
use harness::Language;
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, id, file, dir] = &args[..] else {
        return eprintln!("usage: driver_source <problem> <solution file> <output dir>");
    };
    // Only the signature is needed: the pack's summary, by its exact id.
    let registry = match Registry::load(&[] as &[&Path]) {
        Ok(registry) => registry,
        Err(e) => return eprintln!("{e}"),
    };
    let Some(pack) = registry.summary(id) else {
        return eprintln!("no bundled pack {id}");
    };
    let Some(language) = Language::from_path(Path::new(file)) else {
        return eprintln!("{file}: not a source file of a known language");
    };
    let source = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => return eprintln!("{file}: {e}"),
    };
    let tree = match harness::driver::generate(language, &pack.signature, file, source) {
        Ok(tree) => tree,
        Err(e) => return eprintln!("{e}"),
    };
    for f in &tree.files {
        let path = Path::new(dir).join(&f.name);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, &f.contents));
        if let Err(e) = written {
            return eprintln!("{}: {e}", path.display());
        }
        println!("{}", path.display());
    }
    println!("entry: {}", tree.entry);
}
