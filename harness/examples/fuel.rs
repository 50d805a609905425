//! Fuel numbers for tuning limits.
//!
//! `cargo run --release -p harness --example fuel -- <problem> <file>`
//! prints every test's verdict, the user's fuel and the whole run's for one
//! solution file of a bundled pack.
//!
//! `cargo run --release -p harness --example fuel -- --factors` judges every
//! bundled pack's references and prints, per pack and language, the user
//! fuel of the heaviest test and its ratio to C's, then per language the
//! rule behind `harness::fuel_limits::LANGUAGE_FACTORS`: the median of the
//! same-algorithm ratios (a pack's `different_algorithm` languages
//! are left out), and the packs above it, which need an override.

use std::collections::BTreeMap;

use harness::fuel_limits;
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

/// The user fuel of a report's heaviest test (where the limit binds),
/// `None` unless every test is AC.
fn user_fuel(report: &Report) -> Option<u64> {
    report
        .tests
        .iter()
        .all(|t| t.verdict.is_some_and(|v| v.is_accepted()))
        .then(|| report.tests.iter().map(|t| t.user_fuel).max().unwrap_or(0))
}

fn factors(judge: &Judge) {
    const SHOWN: [Language; 4] = [Language::C, Language::Cpp, Language::Rust, Language::Go];
    let mut ratios: BTreeMap<Language, Vec<(f64, String)>> = BTreeMap::new();
    println!(
        "{:<32} {:>9} {:>22} {:>22} {:>22}",
        "pack (heaviest test, ratio)", "c", "cpp", "rust", "go"
    );
    for files in PackFiles::bundled() {
        let Ok(pack) = Pack::load(&files) else {
            continue;
        };
        let mut fuel = BTreeMap::new();
        for (language, source) in &pack.references {
            let submission = Submission::of_pack_file(&source.path, *language, &source.bytes);
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
        let mut line = format!("{:<32} {:>8.2}M", pack.id, c as f64 / 1e6);
        for language in &SHOWN[1..] {
            let Some(&f) = fuel.get(language) else {
                line.push_str(&format!(" {:>22}", "-"));
                continue;
            };
            let ratio = f as f64 / c as f64;
            // `x`: left out (another algorithm); `o`: the pack's override.
            let mark = if pack.factors.different_algorithm.contains(language) {
                "x".to_string()
            } else {
                ratios
                    .entry(*language)
                    .or_default()
                    .push((ratio, pack.id.clone()));
                match pack.factors.overrides.get(language) {
                    Some(o) => format!("o{o}"),
                    None => String::new(),
                }
            };
            line.push_str(&format!(
                " {:>8.2}M {:>6.3}{mark:<6}",
                f as f64 / 1e6,
                ratio
            ));
        }
        println!("{line}");
    }
    println!("x: different_algorithm (left out); oN: the pack's override N");
    for (language, list) in ratios {
        let values: Vec<f64> = list.iter().map(|(r, _)| *r).collect();
        let Some(global) = fuel_limits::global_factor(&values) else {
            continue;
        };
        let largest = values.iter().copied().fold(0.0, f64::max);
        let above: Vec<String> = list
            .iter()
            .filter(|(r, _)| *r > global)
            .map(|(r, id)| format!("{id} {}", fuel_limits::quarter_above(*r)))
            .collect();
        println!(
            "{language}: {} same-algorithm ratios, largest {largest:.2}; factor (median, up to a quarter) {global:.2}; overrides needed: {}",
            values.len(),
            if above.is_empty() { "none".to_string() } else { above.join(", ") }
        );
    }
}
