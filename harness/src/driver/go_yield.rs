//! Preemption points for concurrent problems: Go on `wasip1` runs every
//! goroutine on one thread and switches only when one blocks, so a missing
//! lock would never show. This rewrites the user's Go file to call
//! `judgeYield()` before each statement inside every function body, where
//! the judge's scheduler may switch goroutines (docs/concurrency.md).
//!
//! It works on tokens with Go's own semicolon rule, not on a full syntax
//! tree (Go's parser cannot run inside the judge): statement boundaries in
//! a block are its semicolons, explicit or inserted at line ends, and the
//! braces that open blocks are told from composite literals the way Go's
//! grammar lets a parser tell them. Insertions go on the statement's own
//! line, so compiler messages keep the user's line numbers.

/// What is inserted before each statement.
pub const HOOK: &str = "judgeYield(); ";

/// Why a file could not be given preemption points.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct YieldError {
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Ident,
    Literal,
    /// An operator or punctuation; its text is in the source.
    Op,
    /// A semicolon Go inserts at a line end.
    AutoSemi,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Tok,
    start: usize,
    end: usize,
}

/// The source with `judgeYield(); ` before every statement of every
/// function body (methods, functions and function literals in them).
pub fn insert_yields(src: &str) -> Result<String, YieldError> {
    let tokens = lex(src)?;
    let mut parser = Parser {
        src,
        tokens: &tokens,
        inserts: Vec::new(),
        depth: 0,
    };
    parser.file()?;
    let mut out = String::with_capacity(src.len() + parser.inserts.len() * HOOK.len());
    let mut at = 0;
    for pos in parser.inserts {
        out.push_str(&src[at..pos]);
        out.push_str(HOOK);
        at = pos;
    }
    out.push_str(&src[at..]);
    Ok(out)
}

fn line_at(src: &str, pos: usize) -> usize {
    src[..pos.min(src.len())].matches('\n').count() + 1
}

/// Go's tokens, with the semicolons its lexer inserts at line ends.
fn lex(src: &str) -> Result<Vec<Token>, YieldError> {
    let b = src.as_bytes();
    let mut tokens: Vec<Token> = Vec::new();
    let mut i = 0;
    let fail = |pos: usize, message: &str| YieldError {
        line: line_at(src, pos),
        message: message.to_string(),
    };
    // Go inserts a semicolon at a newline after an identifier, a literal,
    // `break continue fallthrough return`, or `++ -- ) ] }`.
    let wants_semi = |tokens: &[Token]| {
        tokens.last().is_some_and(|t| {
            let text = &src[t.start..t.end];
            match t.kind {
                Tok::Literal => true,
                Tok::Ident => {
                    !is_keyword(text)
                        || matches!(text, "break" | "continue" | "fallthrough" | "return")
                }
                Tok::Op => matches!(text, "++" | "--" | ")" | "]" | "}"),
                Tok::AutoSemi => false,
            }
        })
    };
    while i < b.len() {
        let c = b[i];
        if c == b'\n' {
            if wants_semi(&tokens) {
                tokens.push(Token {
                    kind: Tok::AutoSemi,
                    start: i,
                    end: i,
                });
            }
            i += 1;
        } else if c.is_ascii_whitespace() {
            i += 1;
        } else if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            let end = src[i + 2..]
                .find("*/")
                .ok_or_else(|| fail(i, "unterminated comment"))?;
            let has_newline = src[i..i + 2 + end].contains('\n');
            if has_newline && wants_semi(&tokens) {
                tokens.push(Token {
                    kind: Tok::AutoSemi,
                    start: i,
                    end: i,
                });
            }
            i += end + 4;
        } else if c == b'"' || c == b'\'' {
            let start = i;
            i += 1;
            while i < b.len() && b[i] != c {
                if b[i] == b'\\' {
                    i += 1;
                }
                if i < b.len() && b[i] == b'\n' {
                    return Err(fail(start, "unterminated string or rune literal"));
                }
                i += 1;
            }
            if i >= b.len() {
                return Err(fail(start, "unterminated string or rune literal"));
            }
            i += 1;
            tokens.push(Token {
                kind: Tok::Literal,
                start,
                end: i,
            });
        } else if c == b'`' {
            let start = i;
            let end = src[i + 1..]
                .find('`')
                .ok_or_else(|| fail(i, "unterminated raw string"))?;
            i += end + 2;
            tokens.push(Token {
                kind: Tok::Literal,
                start,
                end: i,
            });
        } else if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            let start = i;
            while i < b.len() {
                let d = b[i];
                let exponent_sign = (d == b'+' || d == b'-')
                    && matches!(b[i - 1], b'e' | b'E' | b'p' | b'P')
                    && !src[start..i].starts_with("0x")
                    || (d == b'+' || d == b'-') && matches!(b[i - 1], b'p' | b'P');
                if d.is_ascii_alphanumeric() || d == b'.' || d == b'_' || exponent_sign {
                    i += 1;
                } else {
                    break;
                }
            }
            tokens.push(Token {
                kind: Tok::Literal,
                start,
                end: i,
            });
        } else if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80) {
                i += 1;
            }
            tokens.push(Token {
                kind: Tok::Ident,
                start,
                end: i,
            });
        } else {
            const OPS: [&str; 48] = [
                "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=",
                ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^", "~", "+",
                "-", "*", "/", "%", "&", "|", "^", "<", ">", "=", "!", "(", ")", "[", "]", "{",
                "}", ",", ";", ".", ":",
            ];
            let Some(op) = OPS.iter().find(|op| b[i..].starts_with(op.as_bytes())) else {
                return Err(fail(i, "unexpected character"));
            };
            tokens.push(Token {
                kind: Tok::Op,
                start: i,
                end: i + op.len(),
            });
            i += op.len();
        }
    }
    if wants_semi(&tokens) {
        tokens.push(Token {
            kind: Tok::AutoSemi,
            start: b.len(),
            end: b.len(),
        });
    }
    Ok(tokens)
}

fn is_keyword(text: &str) -> bool {
    matches!(
        text,
        "break"
            | "case"
            | "chan"
            | "const"
            | "continue"
            | "default"
            | "defer"
            | "else"
            | "fallthrough"
            | "for"
            | "func"
            | "go"
            | "goto"
            | "if"
            | "import"
            | "interface"
            | "map"
            | "package"
            | "range"
            | "return"
            | "select"
            | "struct"
            | "switch"
            | "type"
            | "var"
    )
}

/// Nesting deeper than this is refused rather than risking the judge's
/// stack on a hostile file.
const MAX_DEPTH: usize = 200;

struct Parser<'a> {
    src: &'a str,
    tokens: &'a [Token],
    inserts: Vec<usize>,
    depth: usize,
}

impl Parser<'_> {
    fn text(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| &self.src[t.start..t.end])
    }

    fn is(&self, i: usize, text: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind != Tok::AutoSemi && &self.src[t.start..t.end] == text)
    }

    fn is_semi(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == Tok::AutoSemi || self.is(i, ";"))
    }

    fn error(&self, i: usize, message: &str) -> YieldError {
        let pos = self.tokens.get(i).map_or(self.src.len(), |t| t.start);
        YieldError {
            line: line_at(self.src, pos),
            message: message.to_string(),
        }
    }

    fn enter(&mut self, i: usize) -> Result<(), YieldError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error(i, "nested too deeply"));
        }
        Ok(())
    }

    /// Top level: only `func` declarations have statements.
    fn file(&mut self) -> Result<(), YieldError> {
        let mut i = 0;
        let mut braces = 0usize;
        while i < self.tokens.len() {
            if braces == 0 && self.is(i, "func") {
                i = self.func_from(i)?;
                continue;
            }
            if self.is(i, "{") {
                braces += 1;
            } else if self.is(i, "}") {
                braces = braces.saturating_sub(1);
            }
            i += 1;
        }
        Ok(())
    }

    /// From a `func` keyword: finds its body (if it has one) and gives the
    /// body preemption points. Returns the index after the body, or after
    /// the signature of a function type.
    fn func_from(&mut self, func: usize) -> Result<usize, YieldError> {
        let mut i = func + 1;
        let mut nest = 0usize;
        while i < self.tokens.len() {
            match self.text(i) {
                "(" | "[" => nest += 1,
                ")" | "]" if nest > 0 => nest -= 1,
                "struct" | "interface" if nest == 0 && self.is(i + 1, "{") => {
                    i = self.skip_braces(i + 1)?;
                    continue;
                }
                "{" if nest == 0 => return self.block(i),
                "{" => {
                    i = self.braces(i)?;
                    continue;
                }
                _ if nest == 0
                    && (self.is_semi(i)
                        || matches!(self.text(i), ")" | "]" | "}" | "," | "=" | ":")) =>
                {
                    // A function type, not a literal: no body.
                    return Ok(i);
                }
                _ => {}
            }
            i += 1;
        }
        Ok(i)
    }

    /// Skips a balanced `{ ... }` with no statements inside (a struct or
    /// interface type). Returns the index after the `}`.
    fn skip_braces(&self, open: usize) -> Result<usize, YieldError> {
        let mut nest = 0usize;
        for i in open..self.tokens.len() {
            if self.is(i, "{") {
                nest += 1;
            } else if self.is(i, "}") {
                nest -= 1;
                if nest == 0 {
                    return Ok(i + 1);
                }
            }
        }
        Err(self.error(open, "unbalanced braces"))
    }

    /// A composite literal's `{ ... }`: no statements, but function
    /// literals inside it have bodies. Returns the index after the `}`.
    fn braces(&mut self, open: usize) -> Result<usize, YieldError> {
        self.enter(open)?;
        let mut i = open + 1;
        while i < self.tokens.len() {
            match self.text(i) {
                "}" => {
                    self.depth -= 1;
                    return Ok(i + 1);
                }
                "{" => i = self.braces(i)?,
                "func" => i = self.func_from(i)?,
                _ => i += 1,
            }
        }
        Err(self.error(open, "unbalanced braces"))
    }

    /// A block: its statements get preemption points. Returns the index
    /// after its `}`.
    fn block(&mut self, open: usize) -> Result<usize, YieldError> {
        self.enter(open)?;
        let mut i = open + 1;
        loop {
            while self.is_semi(i) {
                i += 1;
            }
            if i >= self.tokens.len() {
                return Err(self.error(open, "unbalanced braces"));
            }
            if self.is(i, "}") {
                self.depth -= 1;
                return Ok(i + 1);
            }
            if self.is(i, "case") || self.is(i, "default") {
                i = self.past_case(i)?;
                continue;
            }
            self.inserts.push(self.tokens[i].start);
            i = self.statement(i)?;
        }
    }

    /// From `case`/`default` to after its `:`.
    fn past_case(&mut self, at: usize) -> Result<usize, YieldError> {
        let mut i = at + 1;
        let mut nest = 0usize;
        while i < self.tokens.len() {
            match self.text(i) {
                "(" | "[" => nest += 1,
                ")" | "]" => nest = nest.saturating_sub(1),
                "{" => {
                    i = self.braces(i)?;
                    continue;
                }
                "func" => {
                    i = self.func_from(i)?;
                    continue;
                }
                ":" if nest == 0 => return Ok(i + 1),
                _ => {}
            }
            i += 1;
        }
        Err(self.error(at, "a case clause without `:`"))
    }

    /// One statement from its first token; returns the index after it
    /// (its `;` consumed, a closing `}` left for the block).
    fn statement(&mut self, at: usize) -> Result<usize, YieldError> {
        let first = self.tokens[at];
        // A label belongs to the statement after it: no hook in between,
        // or `continue L` would name a label on a plain statement.
        if first.kind == Tok::Ident && !is_keyword(self.text(at)) && self.is(at + 1, ":") {
            let mut i = at + 2;
            while self.is_semi(i) {
                i += 1;
            }
            if self.is(i, "}") || i >= self.tokens.len() {
                return Ok(i);
            }
            return self.statement(i);
        }
        match self.text(at) {
            "{" => self.block(at),
            "if" => {
                let open = self.header(at + 1)?;
                let mut i = self.block(open)?;
                if self.is(i, "else") {
                    i = if self.is(i + 1, "if") {
                        self.statement(i + 1)?
                    } else if self.is(i + 1, "{") {
                        self.block(i + 1)?
                    } else {
                        return Err(self.error(i, "`else` without a block"));
                    };
                }
                Ok(i)
            }
            "for" | "switch" | "select" => {
                let open = self.header(at + 1)?;
                self.block(open)
            }
            _ => self.simple(at),
        }
    }

    /// The tokens between `if`/`for`/`switch` and its block: returns the
    /// block's `{`. Go forbids a bare `T{}` literal here, so a `{` is a
    /// block unless a literal type (`[]T`, `map[K]V`, `struct{}`) is open.
    fn header(&mut self, from: usize) -> Result<usize, YieldError> {
        let mut i = from;
        let mut nest = 0usize;
        let mut literal_type = false;
        while i < self.tokens.len() {
            let operand_expected = i == 0
                || (i > 0 && {
                    let prev = self.tokens[i - 1];
                    let text = self.text(i - 1);
                    !(prev.kind == Tok::Literal
                        || (prev.kind == Tok::Ident && !is_keyword(text))
                        || matches!(text, ")" | "]" | "}"))
                });
            match self.text(i) {
                "[" if nest == 0 && operand_expected => {
                    literal_type = true;
                    nest += 1;
                }
                "map" if nest == 0 => literal_type = true,
                "struct" | "interface" if self.is(i + 1, "{") => {
                    i = self.skip_braces(i + 1)?;
                    continue;
                }
                "(" | "[" => {
                    if nest == 0 && self.is(i, "(") {
                        literal_type = false;
                    }
                    nest += 1;
                }
                ")" | "]" => nest = nest.saturating_sub(1),
                "func" => {
                    i = self.func_from(i)?;
                    continue;
                }
                "{" if nest == 0 && !literal_type => return Ok(i),
                "{" => {
                    literal_type = false;
                    i = self.braces(i)?;
                    continue;
                }
                text if nest == 0 && literal_type => {
                    let kind = self.tokens[i].kind;
                    if !(kind == Tok::Ident || matches!(text, "*" | ".")) {
                        literal_type = false;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        Err(self.error(from, "no block after `if`, `for`, `switch` or `select`"))
    }

    /// A simple statement (expression, assignment, declaration, `go`,
    /// `defer`, `return`, ...): up to its `;`, with function literals'
    /// bodies rewritten too.
    fn simple(&mut self, at: usize) -> Result<usize, YieldError> {
        let mut i = at;
        let mut nest = 0usize;
        while i < self.tokens.len() {
            if nest == 0 && self.is_semi(i) {
                return Ok(i + 1);
            }
            match self.text(i) {
                "}" if nest == 0 && self.tokens[i].kind == Tok::Op => return Ok(i),
                "(" | "[" => nest += 1,
                ")" | "]" => nest = nest.saturating_sub(1),
                "struct" | "interface" if self.is(i + 1, "{") => {
                    i = self.skip_braces(i + 1)?;
                    continue;
                }
                "func" => {
                    i = self.func_from(i)?;
                    continue;
                }
                "{" => {
                    i = self.braces(i)?;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        Ok(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hooks(src: &str) -> String {
        insert_yields(src).unwrap().replace(HOOK, "Y;")
    }

    #[test]
    fn every_statement_of_a_method_gets_a_hook() {
        let src = "func (c *C) Get(k int) int {\n\tc.mu.Lock()\n\tdefer c.mu.Unlock()\n\treturn c.m[k]\n}\n";
        assert_eq!(
            hooks(src),
            "func (c *C) Get(k int) int {\n\tY;c.mu.Lock()\n\tY;defer c.mu.Unlock()\n\tY;return c.m[k]\n}\n"
        );
    }

    #[test]
    fn headers_cases_labels_and_literals_are_respected() {
        let src = "func f(a []int) {\nL:\n\tfor i := 0; i < len(a); i++ {\n\t\tswitch a[i] {\n\t\tcase 1:\n\t\t\tcontinue L\n\t\tdefault:\n\t\t}\n\t}\n\tfor _, v := range []int{1, 2} {\n\t\tx := T{v}\n\t\t_ = x\n\t}\n\tif v, ok := m[1]; ok {\n\t} else if v > 2 {\n\t}\n\tgo func() {\n\t\tdone <- true\n\t}()\n}\n";
        assert_eq!(
            hooks(src),
            "func f(a []int) {\nY;L:\n\tfor i := 0; i < len(a); i++ {\n\t\tY;switch a[i] {\n\t\tcase 1:\n\t\t\tY;continue L\n\t\tdefault:\n\t\t}\n\t}\n\tY;for _, v := range []int{1, 2} {\n\t\tY;x := T{v}\n\t\tY;_ = x\n\t}\n\tY;if v, ok := m[1]; ok {\n\t} else if v > 2 {\n\t}\n\tY;go func() {\n\t\tY;done <- true\n\t}()\n}\n"
        );
    }

    #[test]
    fn types_and_package_level_code_are_left_alone() {
        let src = "package main\n\ntype C struct {\n\tmu sync.Mutex\n\tf  func(int) int\n}\n\nvar x = map[int]int{1: 2}\n\nfunc Constructor() C { return C{} }\n";
        assert_eq!(
            hooks(src),
            "package main\n\ntype C struct {\n\tmu sync.Mutex\n\tf  func(int) int\n}\n\nvar x = map[int]int{1: 2}\n\nfunc Constructor() C { Y;return C{} }\n"
        );
    }

    #[test]
    fn broken_files_are_refused_with_a_line() {
        let err = insert_yields("func f() {\n\tx := \"abc\n}\n").unwrap_err();
        assert_eq!(err.line, 2);
        let err = insert_yields("func f() {\n\tif x {\n").unwrap_err();
        assert!(err.message.contains("unbalanced"), "{err}");
        let deep = format!("func f() {}{}", "{".repeat(1000), "}".repeat(1001));
        assert!(insert_yields(&deep).is_err());
    }
}
