//! Prints every test's verdict and fuel for one solution file of a bundled
//! pack: `cargo run -p harness --example fuel -- <problem> <file>`. Used to
//! tune a pack's limits.

use harness::judge::{Judge, JudgeOptions, Submission};
use harness::{Language, Pack, PackFiles};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(id), Some(path)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: fuel <problem> <file>");
        return;
    };
    let Some(files) = PackFiles::bundled()
        .into_iter()
        .find(|f| f.root.ends_with(id.as_str()))
    else {
        eprintln!("no bundled pack {id}");
        return;
    };
    let pack = match Pack::load(&files) {
        Ok(pack) => pack,
        Err(e) => return eprintln!("{e}"),
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => return eprintln!("{path}: {e}"),
    };
    let Some(language) = Language::from_path(std::path::Path::new(path)) else {
        return eprintln!("{path}: unknown language");
    };
    let mut options = JudgeOptions::new(std::env::temp_dir().join("judge-fuel-cache"));
    options.stop_at_first_failure = false;
    let judge = Judge::new(options).expect("judge");
    let submission = Submission {
        file: path.clone(),
        language,
        bytes,
    };
    let report = judge.judge(&pack, &submission, &mut |_| {});
    for test in &report.tests {
        println!(
            "{:<32} {:<4} {:>8.1}M fuel {:>6.1} MiB {:>7.2}s",
            test.name,
            test.verdict.map(|v| v.code()).unwrap_or("--"),
            test.fuel as f64 / 1e6,
            test.memory_bytes as f64 / (1 << 20) as f64,
            test.wall.as_secs_f64()
        );
    }
    println!("{} {}", report.verdict, report.message.unwrap_or_default());
}
