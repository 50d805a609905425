//! Kattis' default output validator, reimplemented so that an imported
//! Kattis package judges exactly as Kattis does: the same tokens, the same
//! number grammar and the same tolerance rule as problemtools'
//! `default_validator`. The judge's own `tokens` and `float` checkers keep
//! their documented (more lenient) semantics; only `kind = "kattis"` uses
//! this one.
//!
//! The rules, as `default_validator` implements them:
//! - Output is compared as bytes (never decoded), split into tokens at the
//!   C locale's white space (space, `\t`, `\n`, `\v`, `\f`, `\r`).
//! - With a tolerance flag, a judge token that is a finite number (the whole
//!   token read by `strtod`, hexadecimal included) needs a finite number from
//!   the user, accepted when it is within the absolute tolerance *or* within
//!   the relative tolerance times the judge's value. `inf` and `nan` are not
//!   numbers here: such tokens compare as words.
//! - Words compare case-insensitively (ASCII) unless `case_sensitive`, up to
//!   the first NUL byte, as `strcmp` does.
//! - `space_change_sensitive`: white space must match byte for byte,
//!   trailing white space included.

use crate::vectors::truncate;

/// `validator_flags` of Kattis' default output validator.
#[derive(Debug, Clone, PartialEq)]
pub struct KattisFlags {
    pub case_sensitive: bool,
    pub space_change_sensitive: bool,
    /// `float_absolute_tolerance` (or `float_tolerance`).
    pub absolute_tolerance: Option<f64>,
    /// `float_relative_tolerance` (or `float_tolerance`).
    pub relative_tolerance: Option<f64>,
}

impl KattisFlags {
    /// Parses the flags as `default_validator` reads its arguments. Kattis
    /// fails the judging on an unknown flag or a tolerance without a number;
    /// here that is an error the author sees when the pack loads.
    pub fn parse(flags: &str) -> Result<KattisFlags, String> {
        let mut parsed = KattisFlags {
            case_sensitive: false,
            space_change_sensitive: false,
            absolute_tolerance: None,
            relative_tolerance: None,
        };
        let mut words = flags.split_whitespace();
        while let Some(flag) = words.next() {
            match flag {
                "case_sensitive" => parsed.case_sensitive = true,
                "space_change_sensitive" => parsed.space_change_sensitive = true,
                "float_absolute_tolerance" | "float_relative_tolerance" | "float_tolerance" => {
                    let value = words
                        .next()
                        .and_then(|w| parse_number(w.as_bytes()))
                        .ok_or_else(|| format!("validator flag `{flag}` needs a finite number"))?;
                    // A negative tolerance is how default_validator says
                    // "not set".
                    let value = (value >= 0.0).then_some(value);
                    match flag {
                        "float_absolute_tolerance" => parsed.absolute_tolerance = value,
                        "float_relative_tolerance" => parsed.relative_tolerance = value,
                        _ => {
                            parsed.absolute_tolerance = value;
                            parsed.relative_tolerance = value;
                        }
                    }
                }
                other => {
                    return Err(format!(
                        "validator flag `{other}` is not one of Kattis' default validator's: case_sensitive, space_change_sensitive, float_tolerance, float_absolute_tolerance, float_relative_tolerance"
                    ))
                }
            }
        }
        Ok(parsed)
    }

    fn uses_floats(&self) -> bool {
        self.absolute_tolerance.is_some() || self.relative_tolerance.is_some()
    }

    /// One line for people: what the flags make the checker do.
    pub fn describe(&self) -> String {
        let mut parts = vec![if self.case_sensitive {
            "case-sensitive tokens"
        } else {
            "case-insensitive tokens"
        }
        .to_string()];
        if self.space_change_sensitive {
            parts.push("white space must match exactly".into());
        }
        match (self.absolute_tolerance, self.relative_tolerance) {
            (None, None) => {}
            (abs, rel) => parts.push(format!(
                "numbers within absolute {} or relative {} of the answer",
                abs.map_or("-".into(), |t| format!("{t:e}")),
                rel.map_or("-".into(), |t| format!("{t:e}"))
            )),
        }
        parts.join("; ")
    }
}

/// The C locale's `isspace`.
fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// A token as `strcmp` and `sscanf` see it through `c_str()`: up to the
/// first NUL byte.
fn c_str(token: &[u8]) -> &[u8] {
    token.split(|&b| b == 0).next().unwrap_or(token)
}

/// The finite number a whole token spells, as `default_validator`'s
/// `isfloat` decides it: `strtod`'s grammar (decimal or hexadecimal, an
/// optional sign) with nothing after it; infinities, NaNs and overflows are
/// not numbers.
pub fn parse_number(token: &[u8]) -> Option<f64> {
    let token = c_str(token);
    let text = std::str::from_utf8(token).ok()?;
    let (negative, unsigned) = match text.as_bytes().first()? {
        b'+' => (false, &text[1..]),
        b'-' => (true, &text[1..]),
        _ => (false, text),
    };
    let magnitude = if let Some(hex) = unsigned
        .strip_prefix("0x")
        .or_else(|| unsigned.strip_prefix("0X"))
    {
        parse_hex(hex)?
    } else {
        // Rust's decimal grammar is strtod's once words (inf, nan) and a
        // second sign are ruled out.
        if !unsigned.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
            return None;
        }
        unsigned.parse::<f64>().ok()?
    };
    let value = if negative { -magnitude } else { magnitude };
    value.is_finite().then_some(value)
}

/// The digits after `0x`: hex digits with at most one point, at least one
/// digit, then an optional binary exponent `p[+-]digits`.
fn parse_hex(text: &str) -> Option<f64> {
    let (mantissa, exponent) = match text.find(['p', 'P']) {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let exponent: i64 = match exponent {
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            // Saturate: a huge exponent still means overflow or zero.
            e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                -100_000
            } else {
                100_000
            })
        }
        None => 0,
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let mut value = 0.0f64;
    for c in whole.chars() {
        value = value * 16.0 + f64::from(c.to_digit(16)?);
    }
    let mut scale = 1.0 / 16.0;
    for c in fraction.chars() {
        value += f64::from(c.to_digit(16)?) * scale;
        scale /= 16.0;
    }
    Some(value * 2f64.powi(exponent.clamp(-2_000, 2_000) as i32))
}

/// Reads the next token at `*at` (after any white space).
fn next_token<'a>(text: &'a [u8], at: &mut usize) -> Option<&'a [u8]> {
    while *at < text.len() && is_space(text[*at]) {
        *at += 1;
    }
    let start = *at;
    while *at < text.len() && !is_space(text[*at]) {
        *at += 1;
    }
    (*at > start).then(|| &text[start..*at])
}

fn show(token: &[u8]) -> String {
    truncate(&String::from_utf8_lossy(token), 80)
}

fn show_space(byte: Option<u8>) -> String {
    match byte {
        None => "the end of the output".into(),
        Some(b) => format!("{:?}", char::from(b)),
    }
}

/// Judges `output` against `answer` as Kattis' default validator does. The
/// error says where and why, like its `judgemessage.txt`.
pub fn compare(flags: &KattisFlags, answer: &[u8], output: &[u8]) -> Result<(), String> {
    let line_of = |text: &[u8], at: usize| text[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    let (mut a, mut o) = (0, 0);
    let mut index = 0;
    loop {
        while a < answer.len() && is_space(answer[a]) {
            let expected = answer[a];
            a += 1;
            if flags.space_change_sensitive {
                if output.get(o) != Some(&expected) {
                    return Err(format!(
                        "line {}: white space differs: expected {}, got {}",
                        line_of(output, o),
                        show_space(Some(expected)),
                        show_space(output.get(o).copied())
                    ));
                }
                o += 1;
            }
        }
        if o < output.len() && is_space(output[o]) && flags.space_change_sensitive {
            return Err(format!(
                "line {}: white space differs: expected {}, got {}",
                line_of(output, o),
                show_space(answer.get(a).copied()),
                show_space(Some(output[o]))
            ));
        }
        let Some(judge) = next_token(answer, &mut a) else {
            break;
        };
        index += 1;
        let Some(team) = next_token(output, &mut o) else {
            return Err(format!(
                "output ended early: expected `{}` as token {index}",
                show(judge)
            ));
        };
        let line = line_of(output, o);
        match parse_number(judge).filter(|_| flags.uses_floats()) {
            Some(expected) => {
                let Some(got) = parse_number(team) else {
                    return Err(format!(
                        "line {line}, token {index}: expected a number like `{}`, got `{}`",
                        show(judge),
                        show(team)
                    ));
                };
                let difference = (expected - got).abs();
                let within_absolute = flags.absolute_tolerance.is_some_and(|t| difference <= t);
                let within_relative = flags
                    .relative_tolerance
                    .is_some_and(|t| difference <= t * expected.abs());
                if !within_absolute && !within_relative {
                    return Err(format!(
                        "line {line}, token {index}: expected `{}`, got `{}`: difference {difference:e} is beyond {}",
                        show(judge),
                        show(team),
                        flags.describe()
                    ));
                }
            }
            None => {
                let (x, y) = (c_str(judge), c_str(team));
                let same = if flags.case_sensitive {
                    x == y
                } else {
                    x.eq_ignore_ascii_case(y)
                };
                if !same {
                    return Err(format!(
                        "line {line}, token {index}: expected `{}`, got `{}`",
                        show(judge),
                        show(team)
                    ));
                }
            }
        }
    }
    match next_token(output, &mut o) {
        Some(extra) => Err(format!(
            "extra output from token {}: `{}`",
            index + 1,
            show(extra)
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn flags(text: &str) -> KattisFlags {
        KattisFlags::parse(text).unwrap()
    }

    fn accepts(flag_text: &str, answer: &str, output: &str) -> bool {
        compare(&flags(flag_text), answer.as_bytes(), output.as_bytes()).is_ok()
    }

    #[test]
    fn flags_parse_as_default_validator_reads_them() {
        let both = flags("float_tolerance 1e-6 case_sensitive");
        assert_eq!(both.absolute_tolerance, Some(1e-6));
        assert_eq!(both.relative_tolerance, Some(1e-6));
        assert!(both.case_sensitive);
        let abs = flags("float_absolute_tolerance 0.5");
        assert_eq!(
            (abs.absolute_tolerance, abs.relative_tolerance),
            (Some(0.5), None)
        );
        assert!(KattisFlags::parse("float_tolerance").is_err());
        assert!(KattisFlags::parse("float_tolerance abc").is_err());
        assert!(KattisFlags::parse("ignore_case").is_err());
    }

    #[test]
    fn white_space_is_lenient_by_default() {
        assert!(accepts("", "", ""));
        assert!(accepts("", "", " \t\n\t\n \t"));
        assert!(accepts("", "A B", " A  B \t\n"));
        assert!(accepts("", "A B\n", "A\x0bB"));
        assert!(!accepts("", "", "0"));
        assert!(!accepts("", "A B", "A B X"));
        assert!(!accepts("", "A B", "X A B"));
        assert!(!accepts("", "A B", "A"));
    }

    #[test]
    fn space_change_sensitive_needs_every_white_space_byte() {
        let f = "space_change_sensitive";
        assert!(accepts(f, "", ""));
        assert!(accepts(f, "1 2\n", "1 2\n"));
        assert!(!accepts(f, "", " "));
        assert!(!accepts(f, "", "\n"));
        assert!(!accepts(f, "1 2\n", "1 2"));
        assert!(!accepts(f, "1 2\n", "1 2\n\n"));
        assert!(!accepts(f, "1 2\n", "1  2\n"));
        assert!(!accepts(f, "1 2\n", "1\t2\n"));
        assert!(!accepts(f, "1 2\n", " 1 2\n"));
    }

    #[test]
    fn case_is_ignored_unless_case_sensitive() {
        assert!(accepts("", "Yes", "yES"));
        assert!(!accepts("case_sensitive", "Yes", "yes"));
        assert!(accepts("case_sensitive", "Yes", "Yes"));
        // Not Unicode folding: only ASCII letters.
        assert!(!accepts("", "É", "é"));
    }

    #[test]
    fn tolerances_are_either_or_and_relative_to_the_judge() {
        // Absolute tolerance, at the boundary.
        assert!(accepts("float_absolute_tolerance 0.5", "1", "1.5"));
        assert!(!accepts("float_absolute_tolerance 0.5", "1", "1.5000001"));
        // Relative to the judge's answer only: 10% of 100 is 10, not 10% of 110.
        assert!(accepts("float_relative_tolerance 0.1", "100", "110"));
        assert!(!accepts("float_relative_tolerance 0.1", "100", "110.5"));
        assert!(!accepts("float_relative_tolerance 0.1", "100", "89.9"));
        // Relative to the judge's 0: only exact.
        assert!(!accepts("float_relative_tolerance 0.5", "0", "1e-300"));
        // Either one suffices; they are not merged into one bound.
        let both = "float_absolute_tolerance 1 float_relative_tolerance 0.001";
        assert!(accepts(both, "1000000", "1000500"));
        assert!(accepts(both, "0", "0.9"));
        assert!(!accepts(both, "1000000", "1001001"));
        // float_tolerance sets both.
        assert!(accepts("float_tolerance 1e-6", "1000000", "1000000.9"));
        assert!(accepts("float_tolerance 1e-6", "0", "0.0000009"));
    }

    #[test]
    fn numbers_follow_strtod_and_exclude_inf_and_nan() {
        let f = "float_tolerance 1e-9";
        assert!(accepts(f, "2.5", "+2.5"));
        assert!(accepts(f, "8", "0x1p3"));
        assert!(accepts(f, "0.5", ".5"));
        assert!(accepts(f, "5", "5."));
        assert!(accepts(f, "1e3", "1000"));
        assert!(!accepts(f, "1", "1e"));
        assert!(!accepts(f, "1", "inf"));
        assert!(!accepts(f, "1", "nan"));
        assert!(!accepts(f, "1", "1,0"));
        // Judge tokens that are not finite numbers compare as words.
        assert!(accepts(f, "inf", "INF"));
        assert!(accepts(f, "NaN", "nan"));
        assert!(!accepts(f, "inf", "1e999"));
        assert!(accepts(f, "1e999", "1E999"));
        // Without a tolerance flag numbers are words.
        assert!(!accepts("", "2.5", "2.50"));
    }

    #[test]
    fn bytes_are_compared_as_bytes() {
        let flags = flags("");
        assert!(compare(&flags, b"\xff\xfe 1", b"\xff\xfe 1").is_ok());
        assert!(compare(&flags, b"\xff\xfe 1", b"\xff\xfd 1").is_err());
        // strcmp stops at a NUL byte.
        assert!(compare(&flags, b"ab\0x", b"ab\0y").is_ok());
    }

    #[test]
    fn messages_say_where() {
        let err = compare(&flags(""), b"1\n2\n", b"1\n3\n").unwrap_err();
        assert!(err.contains("line 2, token 2"), "{err}");
        let err = compare(&flags(""), b"1 2", b"1").unwrap_err();
        assert!(err.contains("ended early"), "{err}");
        let err = compare(&flags(""), b"1", b"1 2").unwrap_err();
        assert!(err.contains("extra output"), "{err}");
    }

    proptest! {
        /// Every finite f64, printed in any of C's styles, reads back as
        /// itself.
        #[test]
        fn printed_numbers_read_back(value in any::<f64>().prop_filter("finite", |v| v.is_finite())) {
            for text in [format!("{value}"), format!("{value:e}"), format!("{value:E}")] {
                prop_assert_eq!(parse_number(text.as_bytes()), Some(value));
            }
        }

        /// The number parser never panics and only returns finite values;
        /// whatever it accepts, Rust (or the hexadecimal rule) accepts too.
        #[test]
        fn parser_is_total(token in proptest::collection::vec(any::<u8>(), 0..24)) {
            if let Some(v) = parse_number(&token) {
                prop_assert!(v.is_finite());
            }
        }

        /// Tokens made of letters, digits and signs: splitting is by white
        /// space only, so re-spacing the output never changes the verdict.
        #[test]
        fn respacing_keeps_the_verdict(
            tokens in proptest::collection::vec("[a-zA-Z0-9.+-]{1,6}", 0..8),
            spaces in proptest::collection::vec("[ \t\n\r\x0b\x0c]{1,3}", 8),
        ) {
            let answer = tokens.join(" ");
            let mut output = String::new();
            for (token, space) in tokens.iter().zip(&spaces) {
                output.push_str(space);
                output.push_str(token);
            }
            let f = flags("float_tolerance 1e-6");
            prop_assert!(compare(&f, answer.as_bytes(), output.as_bytes()).is_ok());
            prop_assert!(compare(&flags("space_change_sensitive"), answer.as_bytes(), answer.as_bytes()).is_ok());
        }

        /// Tokenizing never loses or invents bytes: the tokens are exactly
        /// the maximal runs of non-space bytes.
        #[test]
        fn tokens_are_the_non_space_runs(text in proptest::collection::vec(any::<u8>(), 0..64)) {
            let mut at = 0;
            let mut ours = Vec::new();
            while let Some(token) = next_token(&text, &mut at) {
                ours.push(token.to_vec());
            }
            let expected: Vec<Vec<u8>> = text
                .split(|&b| is_space(b))
                .filter(|t| !t.is_empty())
                .map(<[u8]>::to_vec)
                .collect();
            prop_assert_eq!(ours, expected);
        }
    }
}
