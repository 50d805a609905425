//! Fuel numbers for tuning limits.
//!
//! `cargo run --release -p harness --example fuel -- <problem> <file>`
//! prints every test's verdict, the user's fuel and the whole run's for one
//! solution file of a bundled pack.
//!
//! `cargo run --release -p harness --example fuel -- --factors` judges every
//! bundled pack's references and prints, per pack and language, the user
//! fuel summed over the tests and its ratio to C's: the measurements behind
//! `harness::fuel_limits::LANGUAGE_FACTORS`.

use std::collections::BTreeMap;

use harness::judge::{Judge, JudgeOptions, Submission};
use harness::{Language, Pack, PackFiles, Report};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut options = JudgeOptions::new(std::env::temp_dir().join("judge-fuel-cache"));
    options.stop_at_first_failure = false;
    let judge = Judge::new(options).expect("judge");
    if args.get(1).map(String::as_str) == Some("--factors") {
        return factors(&judge);
    }
    let (Some(id), Some(path)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: fuel <problem> <file> | fuel --factors");
        return;
    };
    let Some(pack) = bundled(id) else {
        return eprintln!("no bundled pack {id}");
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => return eprintln!("{path}: {e}"),
    };
    let Some(language) = Language::from_path(std::path::Path::new(path)) else {
        return eprintln!("{path}: unknown language");
    };
    let submission = Submission {
        file: path.clone(),
        language,
        bytes,
    };
    let report = judge.judge(&pack, &submission, &mut |_| {});
    println!(
        "{:<32} {:<4} {:>10} {:>10} {:>10}",
        "test", "", "user", "total", "memory"
    );
    for test in &report.tests {
        println!(
            "{:<32} {:<4} {:>9.1}M {:>9.1}M {:>6.1} MiB {:>7.2}s",
            test.name,
            test.verdict.map(|v| v.code()).unwrap_or("--"),
            test.user_fuel as f64 / 1e6,
            test.fuel as f64 / 1e6,
            test.memory_bytes as f64 / (1 << 20) as f64,
            test.wall.as_secs_f64()
        );
    }
    println!(
        "user limit {:.2}G; {} {}",
        report.user_fuel_limit as f64 / 1e9,
        report.verdict,
        report.message.unwrap_or_default()
    );
}

fn bundled(id: &str) -> Option<Pack> {
    let files = PackFiles::bundled()
        .into_iter()
        .find(|f| f.root.ends_with(id))?;
    Pack::load(&files).map_err(|e| eprintln!("{e}")).ok()
}

/// User fuel summed over a report's tests, `None` unless every test is AC.
fn user_fuel(report: &Report) -> Option<u64> {
    report
        .tests
        .iter()
        .all(|t| t.verdict.is_some_and(|v| v.is_accepted()))
        .then(|| report.tests.iter().map(|t| t.user_fuel).sum())
}

fn factors(judge: &Judge) {
    let mut worst: BTreeMap<Language, f64> = BTreeMap::new();
    println!(
        "{:<26} {:>12} {:>12} {:>12} {:>12}",
        "pack (user fuel, ratio)", "c", "cpp", "rust", "go"
    );
    for files in PackFiles::bundled() {
        let Ok(pack) = Pack::load(&files) else {
            continue;
        };
        let mut fuel = BTreeMap::new();
        for (language, source) in &pack.references {
            let submission = Submission {
                file: source.path.clone(),
                language: *language,
                bytes: source.bytes.clone(),
            };
            let report = judge.judge(&pack, &submission, &mut |_| {});
            match user_fuel(&report) {
                Some(f) => {
                    fuel.insert(*language, f);
                }
                None => eprintln!("{} {}: {}", pack.id, source.path, report.verdict),
            }
        }
        let Some(&c) = fuel.get(&Language::C) else {
            continue;
        };
        let mut line = format!("{:<26}", pack.id);
        for language in [Language::C, Language::Cpp, Language::Rust, Language::Go] {
            let Some(&f) = fuel.get(&language) else {
                line.push_str(&format!(" {:>12}", "-"));
                continue;
            };
            let ratio = f as f64 / c as f64;
            let w = worst.entry(language).or_insert(0.0);
            *w = w.max(ratio);
            line.push_str(&format!(" {:>6.0}M {:>4.2}", f as f64 / 1e6, ratio));
        }
        println!("{line}");
    }
    for (language, ratio) in worst {
        println!(
            "{language}: largest ratio {ratio:.2}, factor {:.2}",
            (ratio * 4.0).ceil() / 4.0
        );
    }
}
