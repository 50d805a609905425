//! C++ standard streams at C stdio's cost (issue 14): `cin >> x` on 200k
//! integers within 2x the fuel of `scanf`, `cout << x` within 2x of
//! `printf`, with and without `sync_with_stdio(false)`; C and C++ reads and
//! writes mixed in any order stay in order while synchronized; and the
//! judge's integer extraction gives libc++'s values and state bits. Real
//! clang, real sandbox, stdio packs written to a temporary folder.

mod common;

use std::path::Path;

use harness::judge::{Judge, JudgeOptions, Report, Submission};
use harness::pack::{Pack, PackFiles};
use harness::{Language, Verdict};

use common::{cache_dir, installed};

/// A stdio pack `streams` in `root` with one test (`input`, `answer`) and
/// a C reference.
fn pack(root: &Path, input: &str, answer: &str) -> Pack {
    let dir = &root.join("streams");
    let toml = "format_version = 1\nid = \"streams\"\ntitle = \"Streams\"\ndifficulty = \"easy\"\ntags = [\"io\"]\nkind = \"stdio\"\nlanguages = [\"c\", \"cpp\"]\n\n[limits]\nfuel = 20_000_000_000\nmemory_mib = 64\noutput_kib = 8192\n\n[checker]\nkind = \"exact\"\n";
    for d in ["tests", "reference"] {
        std::fs::create_dir_all(dir.join(d)).unwrap();
    }
    std::fs::write(dir.join("problem.toml"), toml).unwrap();
    std::fs::write(dir.join("statement.md"), "# Streams\n").unwrap();
    std::fs::write(dir.join("tests/1.in"), input).unwrap();
    std::fs::write(dir.join("tests/1.ans"), answer).unwrap();
    std::fs::write(
        dir.join("reference/reference.c"),
        "int main(void) { return 0; }\n",
    )
    .unwrap();
    Pack::load(&PackFiles::from_dir(dir).unwrap()).unwrap_or_else(|e| panic!("{e}"))
}

fn judge(pack: &Pack, file: &str, src: &str) -> Report {
    let cache = cache_dir();
    let lang = if file.ends_with(".c") {
        Language::C
    } else {
        Language::Cpp
    };
    let sub = Submission {
        file: file.into(),
        language: lang,
        bytes: src.as_bytes().to_vec(),
    };
    Judge::new(JudgeOptions::new(cache))
        .unwrap()
        .judge(pack, &sub, &mut |_| {})
}

/// The fuel of an accepted run of `src`.
fn accepted_fuel(pack: &Pack, file: &str, src: &str) -> u64 {
    let report = judge(pack, file, src);
    let detail = report
        .tests
        .first()
        .map(|t| format!("{:?} {:?}", t.message, t.program_output));
    assert_eq!(
        report.verdict,
        Verdict::Accepted,
        "{file}: {:?} {detail:?}",
        report.message
    );
    report.tests[0].fuel
}

/// 200k integers in [-1e9, 1e9] from a fixed LCG, and their sum.
fn integers() -> (Vec<i64>, String) {
    let mut x: u64 = 20261202;
    let v: Vec<i64> = (0..200_000)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((x >> 33) % 2_000_000_001) as i64 - 1_000_000_000
        })
        .collect();
    let text: Vec<String> = v.iter().map(i64::to_string).collect();
    (v.clone(), format!("{}\n{}\n", v.len(), text.join(" ")))
}

const SUM_SCANF: &str = r#"#include <stdio.h>
int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    long long s = 0;
    for (int i = 0; i < n; i++) { long long x; scanf("%lld", &x); s += x; }
    printf("%lld\n", s);
}
"#;

const SUM_CIN: &str = r#"#include <iostream>
using namespace std;
int main() {
    int n;
    cin >> n;
    long long s = 0;
    for (int i = 0; i < n; i++) { long long x; cin >> x; s += x; }
    cout << s << "\n";
}
"#;

const SUM_CIN_UNSYNCED: &str = r#"#include <iostream>
using namespace std;
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    long long s = 0;
    for (int i = 0; i < n; i++) { long long x; cin >> x; s += x; }
    cout << s << "\n";
}
"#;

#[test]
fn cin_costs_at_most_twice_scanf() {
    if !installed(&[Language::C, Language::Cpp]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (v, input) = integers();
    let pack = pack(dir.path(), &input, &format!("{}\n", v.iter().sum::<i64>()));
    let scanf = accepted_fuel(&pack, "sum.c", SUM_SCANF);
    let unsynced = accepted_fuel(&pack, "unsynced.cpp", SUM_CIN_UNSYNCED);
    let synced = accepted_fuel(&pack, "synced.cpp", SUM_CIN);
    eprintln!("scanf {scanf}, cin unsynced {unsynced}, cin synced {synced}");
    assert!(
        unsynced <= 2 * scanf,
        "unsynced cin {unsynced} vs scanf {scanf}"
    );
    // Synchronized, every `cin >>` also flushes the tied cout.
    assert!(synced <= 3 * scanf, "synced cin {synced} vs scanf {scanf}");
}

#[test]
fn cout_costs_at_most_twice_printf() {
    if !installed(&[Language::C, Language::Cpp]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (v, input) = integers();
    let answer: String = v.iter().map(|x| format!("{x}\n")).collect();
    let pack = pack(dir.path(), &input, &answer);
    let read = "static long long rd(void) {\n    int c = getchar();\n    while (c == ' ' || c == '\\n') c = getchar();\n    int neg = c == '-';\n    if (neg) c = getchar();\n    long long v = 0;\n    while (c >= '0' && c <= '9') { v = v * 10 + (c - '0'); c = getchar(); }\n    return neg ? -v : v;\n}\n";
    let printf = format!("#include <stdio.h>\n{read}int main(void) {{\n    int n = (int)rd();\n    for (int i = 0; i < n; i++) printf(\"%lld\\n\", rd());\n}}\n");
    let cout = format!("#include <cstdio>\n#include <iostream>\n{read}int main() {{\n    int n = (int)rd();\n    for (int i = 0; i < n; i++) std::cout << rd() << '\\n';\n}}\n");
    let unsynced = cout.replace(
        "int main() {\n",
        "int main() {\n    std::ios::sync_with_stdio(false);\n",
    );
    let printf = accepted_fuel(&pack, "out.c", &printf);
    let synced = accepted_fuel(&pack, "synced.cpp", &cout);
    let unsynced = accepted_fuel(&pack, "unsynced.cpp", &unsynced);
    eprintln!("printf {printf}, cout synced {synced}, cout unsynced {unsynced}");
    assert!(synced <= 2 * printf, "cout {synced} vs printf {printf}");
    assert!(unsynced <= 2 * printf, "cout {unsynced} vs printf {printf}");
}

#[test]
fn synchronized_c_and_cpp_io_interleave_in_order() {
    if !installed(&[Language::C, Language::Cpp]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let input = "3 10 20\nhello world\n30 40 50\n";
    let answer = "printf 3\ncout 10\nputs\nchar 2\nline hello world\n30 40 50\nend\n";
    let pack = pack(dir.path(), input, answer);
    let src = r#"#include <bits/stdc++.h>
using namespace std;
int main() {
    int a, b, c;
    scanf("%d", &a);
    cin >> b;
    printf("printf %d\n", a);
    cout << "cout " << b << "\n";
    puts("puts");
    int ch = getchar();  // the space before 20
    cin.putback((char)ch);
    cin >> c;
    cout << "char " << c / 10 << "\n";
    getchar();  // the newline
    string line;
    getline(cin, line);
    cout << "line " << line << "\n";
    long long x, y, z;
    cin >> x;
    scanf("%lld", &y);
    cin >> z;
    printf("%lld ", x);
    cout << y << ' ';
    printf("%lld\n", z);
    cout << (cin >> z ? "more" : "end") << endl;
}
"#;
    let report = judge(&pack, "mixed.cpp", src);
    assert_eq!(
        report.verdict,
        Verdict::Accepted,
        "{:?}",
        report.tests[0].failure
    );
}

#[test]
fn unsynchronizing_after_reading_keeps_what_c_had_buffered() {
    if !installed(&[Language::C, Language::Cpp]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (v, input) = integers();
    let pack = pack(dir.path(), &input, &format!("{}\n", v.iter().sum::<i64>()));
    // scanf has buffered far past `n` when cin takes over; cout is never
    // flushed by the program, only at exit.
    let src = r#"#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    scanf("%d", &n);
    ios_base::sync_with_stdio(false);
    long long s = 0, x;
    for (int i = 0; i < n && cin >> x; i++) s += x;
    cout << s << '\n';
}
"#;
    accepted_fuel(&pack, "late.cpp", src);
}

#[test]
fn integer_extraction_matches_libcxx() {
    if !installed(&[Language::C, Language::Cpp]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let pack = pack(dir.path(), "", "ok\n");
    // libc++'s own num_get (the classic locale of an istringstream) against
    // the judge's, on every boundary: value, state bits and what is left.
    let src = r#"#include <bits/stdc++.h>
using namespace std;
static int bad = 0;
template <class T>
static void same(const string &s) {
    istringstream a(s), b(s);
    b.imbue(locale(locale::classic(), new judge_streams::NumGet));
    T x = 7, y = 7;
    a >> x;
    b >> y;
    string ra, rb;
    a.clear();
    b.clear();
    getline(a, ra, '\0');
    getline(b, rb, '\0');
    if (x != y || ra != rb) {
        cout << "mismatch on '" << s << "' (" << sizeof(T) << "): " << +x << " vs " << +y << "\n";
        bad++;
    }
}
template <class T>
static void same_state(const string &s) {
    istringstream a(s), b(s);
    b.imbue(locale(locale::classic(), new judge_streams::NumGet));
    T x = 7, y = 7;
    a >> x;
    b >> y;
    if (a.rdstate() != b.rdstate()) {
        cout << "state on '" << s << "': " << a.rdstate() << " vs " << b.rdstate() << "\n";
        bad++;
    }
    same<T>(s);
}
int main() {
    const char *cases[] = {
        "0", "-0", "+5", "-", "+", "", "   ", "abc", "12abc", "1 2", "0x1F", "  42  ",
        "--5", "+-5", "5-", "000000000000000000000012", "-000",
        "32767", "32768", "-32768", "-32769", "65535", "65536", "-1", "-65536",
        "2147483647", "2147483648", "-2147483648", "-2147483649",
        "4294967295", "4294967296", "-4294967295", "-4294967296",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "-9223372036854775809", "18446744073709551615", "18446744073709551616",
        "-18446744073709551615", "-18446744073709551616", "99999999999999999999999",
        "-99999999999999999999999", "7\n", "8 ", "1e5", "3.7",
    };
    for (const char *c : cases) {
        same_state<short>(c);
        same_state<int>(c);
        same_state<long long>(c);
        same_state<unsigned short>(c);
        same_state<unsigned>(c);
        same_state<unsigned long long>(c);
        same_state<size_t>(c);
        same_state<ptrdiff_t>(c);
    }
    if (!bad) cout << "ok\n";
}
"#;
    let report = judge(&pack, "extract.cpp", src);
    assert_eq!(
        report.verdict,
        Verdict::Accepted,
        "{:?}",
        report.tests[0].failure
    );
}
