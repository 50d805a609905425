//! A Kattis LaTeX statement (`problem.en.tex`) as readable Markdown text:
//! a pack's statement is shown in a terminal, where raw LaTeX is noise. Only
//! the commands Kattis statements use are translated (sections, emphasis,
//! lists, illustrations, escapes); math stays between its `$` signs, which
//! reads well as it is; any other command is dropped and its argument kept.

/// Converts a LaTeX statement to Markdown text.
pub fn to_markdown(tex: &str) -> String {
    let mut out = String::new();
    for line in tex.lines() {
        let line = strip_comment(line);
        let trimmed = line.trim();
        if let Some(rest) = trimmed.strip_prefix("\\item") {
            out.push_str("- ");
            out.push_str(&inline(rest.trim_start_matches(['[', ']']).trim()));
        } else if trimmed.starts_with("\\begin{") || trimmed.starts_with("\\end{") {
            // Environments: their content stays, the markers go. A blank
            // line keeps paragraphs apart.
            if !out.ends_with("\n\n") && !out.is_empty() {
                out.push('\n');
            }
            continue;
        } else {
            out.push_str(&inline(trimmed));
        }
        out.push('\n');
    }
    // Collapse runs of blank lines into one.
    let mut collapsed = String::new();
    for line in out.lines() {
        if line.is_empty() && (collapsed.is_empty() || collapsed.ends_with("\n\n")) {
            continue;
        }
        collapsed.push_str(line);
        collapsed.push('\n');
    }
    collapsed
}

/// Everything before an unescaped `%`.
fn strip_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'%' && (i == 0 || bytes[i - 1] != b'\\') {
            return &line[..i];
        }
    }
    line
}

/// The `{...}` group at the start of `text` (after spaces): its content and
/// the rest. Nested braces count.
fn group(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_start();
    let rest = text.strip_prefix('{')?;
    let mut depth = 1;
    for (i, c) in rest.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some((&rest[..i], &rest[i + 1..]));
                }
            }
            _ => {}
        }
    }
    None
}

/// An optional `[...]` argument at the start of `text`, skipped.
fn skip_option(text: &str) -> &str {
    let trimmed = text.trim_start();
    match trimmed.strip_prefix('[').and_then(|r| r.split_once(']')) {
        Some((_, rest)) => rest,
        None => text,
    }
}

/// Replaces the `{...}` group at the start of `rest` by `wrap` of its
/// translation.
fn take(rest: &mut &str, out: &mut String, wrap: fn(&str) -> String) {
    if let Some((inner, r)) = group(rest) {
        out.push_str(&wrap(&inline(inner)));
        *rest = r;
    }
}

/// Translates the commands in one line of text.
fn inline(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(['\\', '~', '{', '}']) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        if let Some(after) = tail.strip_prefix('~') {
            out.push(' ');
            rest = after;
            continue;
        }
        if tail.starts_with(['{', '}']) {
            rest = &tail[1..];
            continue;
        }
        let after = &tail[1..];
        // `\\` is a line break; `\%`, `\&`, `\_`, `\#`, `\$`, `\{`, `\}` escapes.
        if let Some(r) = after.strip_prefix('\\') {
            out.push('\n');
            rest = r;
            continue;
        }
        if let Some(c) = after.chars().next().filter(|c| "%&_#${} ,".contains(*c)) {
            out.push(if c == ',' { ' ' } else { c });
            rest = &after[c.len_utf8()..];
            continue;
        }
        let name_len = after
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(after.len());
        let (name, args) = after.split_at(name_len);
        let args = args.strip_prefix('*').unwrap_or(args);
        rest = args;
        match name {
            "problemname" => take(&mut rest, &mut out, |t| format!("# {t}")),
            "section" | "subsection" => take(&mut rest, &mut out, |t| format!("## {t}")),
            "textbf" => take(&mut rest, &mut out, |t| format!("**{t}**")),
            "emph" | "textit" => take(&mut rest, &mut out, |t| format!("*{t}*")),
            "texttt" | "verb" => take(&mut rest, &mut out, |t| format!("`{t}`")),
            "illustration" => {
                // \illustration{width}{file}{caption}
                if let Some((_, r)) = group(rest) {
                    if let Some((file, r)) = group(r) {
                        let (caption, r) = group(r).unwrap_or(("", r));
                        out.push_str(&format!("![{}]({file})", inline(caption)));
                        rest = r;
                    }
                }
            }
            "includegraphics" => {
                rest = skip_option(rest);
                take(&mut rest, &mut out, |file| format!("![]({file})"));
            }
            "ldots" | "dots" | "cdots" => out.push('…'),
            "leq" | "le" => out.push('≤'),
            "geq" | "ge" => out.push('≥'),
            "cdot" => out.push('·'),
            "times" => out.push('×'),
            "neq" | "ne" => out.push('≠'),
            "label" => {
                if let Some((_, r)) = group(rest) {
                    rest = r;
                }
            }
            // Layout commands and unknown ones: dropped, their arguments
            // (if any) kept as text.
            _ => {}
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kattis_statement_reads_as_text() {
        let tex = r"\problemname{Sum of a List}
% a comment
\illustration{0.3}{list.png}{A list of \emph{numbers}}
Given $n$ integers $a_1, \ldots, a_n$, print their sum~exactly. 50\% of tests are small.

\section*{Input}
The first line holds $n$ ($1 \le n \le 10^5$).
\begin{itemize}
\item \textbf{Bold} and \texttt{code}
\end{itemize}

\section{Output}
One line.\\ Done.
";
        let md = to_markdown(tex);
        assert!(md.starts_with("# Sum of a List\n"), "{md}");
        assert!(md.contains("![A list of *numbers*](list.png)"), "{md}");
        assert!(md.contains("$a_1, …, a_n$"), "{md}");
        assert!(md.contains("sum exactly. 50% of tests"), "{md}");
        assert!(md.contains("## Input\n"), "{md}");
        assert!(md.contains("- **Bold** and `code`"), "{md}");
        assert!(md.contains("## Output\n"), "{md}");
        assert!(!md.contains("comment"), "{md}");
        assert!(!md.contains('\\'), "{md}");
    }

    #[test]
    fn hostile_text_does_not_panic() {
        for tex in [
            "\\",
            "{",
            "}",
            "\\illustration{",
            "\\section*",
            "é\\é",
            "\\\\\\",
            "%\\",
        ] {
            to_markdown(tex);
        }
    }
}
