//! `judge check --format junit`: JUnit XML, the format every CI system can
//! show. One `<testcase>` per solution file (classname = problem, name =
//! file), with its verdict, fuel and memory as properties, and a `<failure>`
//! only for an unexpected verdict: a file expected to fail that fails as
//! expected passes. Written by hand; [`escape`] keeps it well-formed.

use std::fmt::Write as _;

use harness::check::{Outcome, Summary};

/// The whole document.
pub fn render(outcomes: &[Outcome]) -> String {
    let summary = Summary::of(outcomes);
    let time: f64 = outcomes.iter().map(|o| o.wall.as_secs_f64()).sum();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let counts = format!(
        "tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\" time=\"{time:.3}\"",
        summary.total, summary.unexpected, summary.not_run
    );
    let _ = writeln!(out, "<testsuites name=\"judge check\" {counts}>");
    let _ = writeln!(out, "  <testsuite name=\"judge check\" {counts}>");
    for outcome in outcomes {
        testcase(&mut out, outcome);
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

fn testcase(out: &mut String, o: &Outcome) {
    let s = &o.solution;
    let _ = writeln!(
        out,
        "    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" time=\"{:.3}\">",
        escape(&s.problem),
        escape(&s.file),
        escape(&s.file),
        o.wall.as_secs_f64()
    );
    out.push_str("      <properties>\n");
    let mut property = |name: &str, value: &str| {
        let _ = writeln!(
            out,
            "        <property name=\"{}\" value=\"{}\"/>",
            escape(name),
            escape(value)
        );
    };
    property("language", s.language.name());
    property("expected", s.expected.code());
    property("verdict", super::verdict_text(o));
    property("fuel", &o.fuel().to_string());
    property("memory_bytes", &o.memory_bytes().to_string());
    if let Some(report) = &o.report {
        property("complexity", report.complexity.verdict.name());
    }
    if let Some(cached) = o.compiled_from_cache() {
        property("compiled_from_cache", &cached.to_string());
    }
    if o.verdict_cached() {
        property("cached", "true");
    }
    out.push_str("      </properties>\n");
    match o.as_expected() {
        None => {
            let _ = writeln!(
                out,
                "      <skipped message=\"{}\"/>",
                escape(&super::headline(o))
            );
        }
        Some(false) => {
            let _ = writeln!(
                out,
                "      <failure message=\"{}\" type=\"{}\">{}</failure>",
                escape(&super::headline(o)),
                super::verdict_text(o),
                escape(&super::details(o).join("\n"))
            );
        }
        Some(true) => {}
    }
    if o.report.is_some() {
        let _ = writeln!(
            out,
            "      <system-out>verdict {} (expected {}), fuel {}, peak memory {} bytes</system-out>",
            super::verdict_text(o),
            s.expected.code(),
            o.fuel(),
            o.memory_bytes()
        );
    }
    out.push_str("    </testcase>\n");
}

/// Text for an XML attribute or element: markup characters escaped,
/// newlines kept (as `&#10;`, so attributes keep them too), and characters
/// XML 1.0 cannot hold at all (most control characters) dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_and_drops_what_xml_cannot_hold() {
        assert_eq!(
            escape("a<b & \"c\" 'd'>\n\u{1b}[0m"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;&#10;[0m"
        );
    }
}
