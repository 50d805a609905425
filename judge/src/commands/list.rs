//! `judge list [--tag T] [--difficulty D]`: the known problems as an aligned
//! table of id, title, difficulty, tags and the user's best verdict so far
//! (from the practice record `judge submit` keeps).

use std::io::Write;

use harness::solved::{self, Record};
use harness::Verdict;

use crate::cli::ListArgs;
use crate::commands::Global;
use crate::exit::{CliError, Status};
use crate::style::{stdout_color, Paint};

pub fn run(global: &Global, args: &ListArgs) -> Result<Status, CliError> {
    let registry = global.registry()?;
    let record = Record::load(&solved::default_path());
    let difficulty = args.difficulty.map(harness::pack::Difficulty::from);
    let rows: Vec<[String; 5]> = registry
        .summaries()
        .filter(|p| difficulty.is_none_or(|d| p.difficulty == d))
        .filter(|p| {
            args.tags
                .iter()
                .all(|t| p.tags.iter().any(|tag| tag.eq_ignore_ascii_case(t)))
        })
        .map(|p| {
            [
                p.id.clone(),
                p.title.clone(),
                p.difficulty.name().to_string(),
                record
                    .problems
                    .get(&p.id)
                    .map(|e| match e.verdict() {
                        Some(Verdict::Accepted) => format!("AC ({})", e.accepted_in.join(", ")),
                        Some(v) => v.code().to_string(),
                        None => String::new(),
                    })
                    .unwrap_or_default(),
                // The tags can be long: they go last.
                p.tags.join(", "),
            ]
        })
        .collect();
    if rows.is_empty() {
        return Err(CliError::usage(
            "no problem matches the filters; `judge list` shows them all",
        ));
    }
    let header = ["ID", "TITLE", "DIFFICULTY", "BEST", "TAGS"].map(String::from);
    let mut widths = [0usize; 5];
    for row in std::iter::once(&header).chain(&rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let paint = Paint::new(stdout_color());
    let line = |row: &[String; 5]| {
        let mut text = String::new();
        for (cell, width) in row.iter().zip(widths).take(4) {
            text.push_str(&format!("{cell:<width$}  "));
        }
        text.push_str(&row[4]);
        text.trim_end().to_string()
    };
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", paint.bold(&line(&header)))?;
    for row in &rows {
        writeln!(out, "{}", line(row))?;
    }
    Ok(Status::Success)
}
