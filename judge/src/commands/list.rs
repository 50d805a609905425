//! `judge list`: every known problem as an aligned table of id, title,
//! difficulty and tags.

use std::io::Write;

use crate::commands::Global;
use crate::exit::{CliError, Status};
use crate::style::{stdout_color, Paint};

pub fn run(global: &Global) -> Result<Status, CliError> {
    let registry = global.registry()?;
    let rows: Vec<[String; 4]> = registry
        .summaries()
        .map(|p| {
            [
                p.id.clone(),
                p.title.clone(),
                p.difficulty.name().to_string(),
                p.tags.join(", "),
            ]
        })
        .collect();
    let header = [
        "ID".to_string(),
        "TITLE".to_string(),
        "DIFFICULTY".to_string(),
        "TAGS".to_string(),
    ];
    let mut widths = [0usize; 4];
    for row in std::iter::once(&header).chain(&rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let paint = Paint::new(stdout_color());
    let line = |row: &[String; 4]| {
        format!(
            "{:<w0$}  {:<w1$}  {:<w2$}  {}",
            row[0],
            row[1],
            row[2],
            row[3],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2]
        )
        .trim_end()
        .to_string()
    };
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", paint.bold(&line(&header)))?;
    for row in &rows {
        writeln!(out, "{}", line(row))?;
    }
    Ok(Status::Success)
}
