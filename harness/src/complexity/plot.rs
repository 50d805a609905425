//! The complexity chart: fuel per call against size on log-log axes, one
//! series per method, each with its required class as a dashed reference
//! line scaled to meet the measured curve at the smallest size. Rendered as
//! SVG text by `plotters` (SVG backend only).

use plotters::prelude::*;

use super::ComplexityReport;

/// Why a chart could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum PlotError {
    #[error("nothing to plot: no method was measured at two sizes or more")]
    Empty,
    #[error("cannot draw the chart: {0}")]
    Draw(String),
}

const COLORS: [RGBColor; 6] = [
    RGBColor(31, 119, 180),
    RGBColor(214, 39, 40),
    RGBColor(44, 160, 44),
    RGBColor(148, 103, 189),
    RGBColor(255, 127, 14),
    RGBColor(23, 190, 207),
];

/// The chart as an SVG document.
pub fn svg(report: &ComplexityReport, title: &str) -> Result<String, PlotError> {
    let measured: Vec<_> = report
        .methods
        .iter()
        .filter(|m| m.points.len() >= 2)
        .collect();
    if measured.is_empty() {
        return Err(PlotError::Empty);
    }
    let reference = |m: &super::MethodReport| -> Vec<(f64, f64)> {
        let y0 = m.points[0].1.max(1.0);
        let r0 = m.required_values[0].max(f64::MIN_POSITIVE);
        m.points
            .iter()
            .zip(&m.required_values)
            .map(|((x, _), r)| (*x as f64, y0 * r / r0))
            .collect()
    };
    let all: Vec<(f64, f64)> = measured
        .iter()
        .flat_map(|m| {
            m.points
                .iter()
                .map(|(x, y)| (*x as f64, y.max(1.0)))
                .chain(reference(m))
                .collect::<Vec<_>>()
        })
        .collect();
    let (x_lo, x_hi) = bounds(all.iter().map(|p| p.0));
    let (y_lo, y_hi) = bounds(all.iter().map(|p| p.1));
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (720, 480)).into_drawing_area();
        let draw = |e: &dyn std::fmt::Display| PlotError::Draw(e.to_string());
        root.fill(&WHITE).map_err(|e| draw(&e))?;
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 18))
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(70)
            .build_cartesian_2d(
                (x_lo / 1.2..x_hi * 1.2).log_scale(),
                (y_lo / 1.5..y_hi * 1.5).log_scale(),
            )
            .map_err(|e| draw(&e))?;
        chart
            .configure_mesh()
            .x_desc(format!("{} (log scale)", report.size))
            .y_desc("fuel per call (log scale)")
            .draw()
            .map_err(|e| draw(&e))?;
        for (i, m) in measured.iter().enumerate() {
            let color = COLORS[i % COLORS.len()];
            let points: Vec<(f64, f64)> = m
                .points
                .iter()
                .map(|(x, y)| (*x as f64, y.max(1.0)))
                .collect();
            let measured_class = m
                .measured
                .map_or("?".into(), |g| g.in_terms_of(&report.size));
            chart
                .draw_series(LineSeries::new(points.clone(), color.stroke_width(2)))
                .map_err(|e| draw(&e))?
                .label(format!(
                    "{}: {} ({})",
                    m.name,
                    measured_class,
                    m.verdict.name()
                ))
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 16, y)], color.stroke_width(2))
                });
            chart
                .draw_series(points.iter().map(|p| Circle::new(*p, 3, color.filled())))
                .map_err(|e| draw(&e))?;
            chart
                .draw_series(DashedLineSeries::new(
                    reference(m),
                    6,
                    4,
                    color.mix(0.6).stroke_width(1),
                ))
                .map_err(|e| draw(&e))?
                .label(format!("{} required: {}", m.name, m.required))
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 16, y)], color.mix(0.6)));
        }
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .position(SeriesLabelPosition::UpperLeft)
            .draw()
            .map_err(|e| draw(&e))?;
        root.present().map_err(|e| draw(&e))?;
    }
    Ok(out)
}

fn bounds(values: impl Iterator<Item = f64>) -> (f64, f64) {
    values.fold((f64::INFINITY, 1.0f64), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    })
}
