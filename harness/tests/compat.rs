//! What LeetCode accepts, the judge accepts (issue 11): solutions written
//! the way LeetCode lets people write them (C++20 library forms, GCC
//! builtins, long double output, `clock()`, Go 1.22 and unimported standard
//! packages, Rust's `rand`) are judged against bundled packs with the real
//! toolchains and must be `AC`; the common mistakes (an empty file, an old
//! LeetCode C signature) get a `CE` that says what is wrong.
//! A language whose toolchain is not installed is skipped with a note.

mod common;

use harness::driver::generate;
use harness::judge::{Judge, JudgeOptions, Submission};
use harness::signature::Signature;
use harness::toolchain::{compile, detect, CompileLimits};
use harness::{Language, Verdict};

use common::{bundled, cache_dir, installed};

fn judge_with() -> Judge {
    Judge::new(JudgeOptions::new(cache_dir())).unwrap()
}

fn submission(file: &str, lang: Language, src: &str) -> Submission {
    Submission {
        file: file.into(),
        language: lang,
        bytes: src.as_bytes().to_vec(),
    }
}

/// Judges `src` against bundled pack `id` and asserts it is accepted.
fn accepted(id: &str, file: &str, lang: Language, src: &str) {
    if !installed(&[lang]) {
        return;
    }
    let report = judge_with().judge(&bundled(id), &submission(file, lang, src), &mut |_| {});
    let failure = report
        .first_failure()
        .map(|t| format!("{}: {:?} {:?}", t.name, t.verdict, t.message));
    assert_eq!(
        report.verdict,
        Verdict::Accepted,
        "{file} on {id}: {:?}\n{failure:?}",
        report.message
    );
}

/// Builds `src` against bundled pack `id` and returns the `CE` message.
fn compile_error(id: &str, file: &str, lang: Language, src: &str) -> Option<String> {
    if !installed(&[lang]) {
        return None;
    }
    match judge_with().build(&bundled(id), &submission(file, lang, src)) {
        Ok(_) => panic!("{file}: expected a compile error"),
        Err(e) => {
            assert_eq!(e.verdict, Verdict::CompileError, "{}", e.message);
            Some(e.message)
        }
    }
}

/// C++20 and later library forms, GCC's `__gcd`/`__lg`, long double output
/// and `clock()`; a self-check aborts (`RE`) if any of them misbehaves.
const MIN_STACK_CPP20: &str = r#"
struct Entry {
    int val;
    int min;
};

class MinStack {
    vector<Entry> st;
    unordered_map<int, int> count;

    static void check(bool ok) {
        if (!ok) abort();
    }

public:
    MinStack() {
        auto greater_first = [](int a, int b) { return a > b; };
        priority_queue<int, vector<int>, decltype(greater_first)> pq;
        for (int x : {5, 1, 4}) pq.push(x);
        check(pq.top() == 1);
        auto twice = [](auto x) { return x + x; };
        check(twice(21) == 42 && twice(string("a")) == "aa");
        check(__gcd(12, 18) == 6 && __gcd(12LL, 18LL) == 6 && __gcd(0u, 7u) == 7u && __lg(17) == 4 && __lg(1LL << 40) == 40);
        long double third = 1.0L / 3;
        printf("%.3Lf\n", third);
        ostringstream out;
        out << fixed << setprecision(3) << third;
        check(out.str() == "0.333");
        check(clock() >= 0);
        check(ranges::max(vector<int>{3, 9, 2}) == 9);
    }

    void push(int val) {
        int m = st.empty() ? val : min(val, st.back().min);
        st.emplace_back(val, m);
        count[val]++;
    }

    void pop() {
        int v = st.back().val;
        if (count.contains(v) && --count[v] == 0) count.erase(v);
        st.pop_back();
    }

    int top() { return st[std::ssize(st) - 1].val; }

    int getMin() { return st.back().min; }
};
"#;

#[test]
fn cpp20_forms_gcc_builtins_long_double_and_clock() {
    accepted("min-stack", "min_stack.cpp", Language::Cpp, MIN_STACK_CPP20);
}

/// Long double output and `clock()` in C; aborts (`RE`) if they misbehave.
const MIN_STACK_C: &str = r#"
typedef struct {
    int *val;
    int *min;
    int size;
    int cap;
} MinStack;

MinStack* minStackCreate() {
    char buf[32];
    snprintf(buf, sizeof buf, "%.2Lf", (long double)2 / 3);
    if (strcmp(buf, "0.67") != 0 || clock() < 0) abort();
    printf("%Lf\n", (long double)1.5);
    MinStack *s = calloc(1, sizeof(MinStack));
    return s;
}

void minStackPush(MinStack* obj, int val) {
    if (obj->size == obj->cap) {
        obj->cap = obj->cap ? obj->cap * 2 : 16;
        obj->val = realloc(obj->val, sizeof(int) * obj->cap);
        obj->min = realloc(obj->min, sizeof(int) * obj->cap);
    }
    int m = obj->size && obj->min[obj->size - 1] < val ? obj->min[obj->size - 1] : val;
    obj->val[obj->size] = val;
    obj->min[obj->size++] = m;
}

void minStackPop(MinStack* obj) { obj->size--; }

int minStackTop(MinStack* obj) { return obj->val[obj->size - 1]; }

int minStackGetMin(MinStack* obj) { return obj->min[obj->size - 1]; }

void minStackFree(MinStack* obj) {
    free(obj->val);
    free(obj->min);
    free(obj);
}
"#;

#[test]
fn c_long_double_and_clock() {
    accepted("min-stack", "min_stack.c", Language::C, MIN_STACK_C);
}

/// Go 1.22 range-over-int, `debug` used unimported, a local `list` variable
/// with methods, and a package-level `heap` type used through a method
/// expression (which must not pull in `container/heap`).
const MIN_STACK_GO: &str = r#"
func init() {
	debug.SetGCPercent(50)
}

type intList []int

func (l *intList) push(v int) { *l = append(*l, v) }

type heap []int

func (h heap) last() int { return h[len(h)-1] }

type MinStack struct {
	vals intList
	mins intList
}

func Constructor() MinStack {
	s := MinStack{}
	for i := range 3 {
		s.vals = append(s.vals, i)
	}
	s.vals = s.vals[:0]
	return s
}

func (this *MinStack) Push(val int) {
	m := val
	if len(this.mins) > 0 {
		m = min(m, heap.last(heap(this.mins)))
	}
	list := &this.vals
	list.push(val)
	this.mins.push(m)
}

func (this *MinStack) Pop() {
	this.vals = this.vals[:len(this.vals)-1]
	this.mins = this.mins[:len(this.mins)-1]
}

func (this *MinStack) Top() int { return heap.last(heap(this.vals)) }

func (this *MinStack) GetMin() int { return heap.last(heap(this.mins)) }
"#;

#[test]
fn go_range_over_int_unimported_debug_and_user_names() {
    accepted("min-stack", "min_stack.go", Language::Go, MIN_STACK_GO);
}

/// LeetCode's `rand` 0.8: `thread_rng().gen_range(0..n)`.
const RANDOMIZED_SET_RS: &str = r#"
use rand::Rng;
use std::collections::HashMap;

struct RandomizedSet {
    index: HashMap<i32, usize>,
    items: Vec<i32>,
}

impl RandomizedSet {
    fn new() -> Self {
        RandomizedSet { index: HashMap::new(), items: Vec::new() }
    }

    fn insert(&mut self, val: i32) -> bool {
        if self.index.contains_key(&val) {
            return false;
        }
        self.index.insert(val, self.items.len());
        self.items.push(val);
        true
    }

    fn remove(&mut self, val: i32) -> bool {
        let Some(i) = self.index.remove(&val) else {
            return false;
        };
        let last = self.items.pop().unwrap();
        if i < self.items.len() {
            self.items[i] = last;
            self.index.insert(last, i);
        }
        true
    }

    fn get_random(&self) -> i32 {
        self.items[rand::thread_rng().gen_range(0..self.items.len())]
    }
}
"#;

#[test]
fn rust_rand_crate() {
    accepted(
        "insert-delete-getrandom",
        "randomized_set.rs",
        Language::Rust,
        RANDOMIZED_SET_RS,
    );
}

/// `rand` draws from the sandbox's seeded `random_get`: the same seed gives
/// the same numbers, another seed others.
#[test]
fn rust_rand_follows_the_seed() {
    let Ok(tc) = detect(Language::Rust) else {
        return eprintln!("skipping rust: no toolchain");
    };
    let src = "use rand::Rng;\nfn main() {\n    let mut r = rand::thread_rng();\n    println!(\"{} {}\", r.gen::<u64>(), r.gen_range(0..1000));\n}\n";
    let tree = generate(Language::Rust, &Signature::Stdio, "main.rs", src).unwrap();
    let wasm = compile(&tc, &tree, &CompileLimits::default()).expect("compiles");
    let sandbox = sandbox::Sandbox::new(sandbox::SandboxConfig::default()).unwrap();
    let program = sandbox.load(&wasm).unwrap();
    let run = |seed| {
        let outcome = program.run(&sandbox::RunRequest {
            stdin: b"",
            seed,
            limits: sandbox::Limits::default(),
        });
        assert_eq!(outcome.end, sandbox::RunEnd::Exited(0));
        String::from_utf8(outcome.stdout).unwrap()
    };
    assert_eq!(run(7), run(7));
    assert_ne!(run(7), run(8));
}

#[test]
fn empty_files_are_named() {
    for (lang, file) in [
        (Language::Go, "min_stack.go"),
        (Language::Cpp, "min_stack.cpp"),
    ] {
        if let Some(message) = compile_error("min-stack", file, lang, " \n\t\n") {
            assert_eq!(message, format!("{file}: the file is empty"));
        }
    }
}

#[test]
fn old_c_signatures_show_the_expected_one() {
    let old = MIN_STACK_C.replace(
        "MinStack* minStackCreate() {",
        "MinStack* minStackCreate(int maxSize) {",
    );
    if let Some(message) = compile_error("min-stack", "min_stack.c", Language::C, &old) {
        assert!(message.contains("min_stack.c:"), "{message}");
        assert!(message.contains("MinStack* minStackCreate()"), "{message}");
    }
}

/// Judges `src` against bundled pack `id`; the report when the toolchain is
/// installed.
fn judged(id: &str, file: &str, lang: Language, src: &str) -> Option<harness::judge::Report> {
    installed(&[lang])
        .then(|| judge_with().judge(&bundled(id), &submission(file, lang, src), &mut |_| {}))
}

/// C that gcc 11 (LeetCode) compiles with warnings and clang 19 rejects by
/// default: `return NULL;` from a `char` function, a helper called before
/// it is declared, an implicit `int`, a pointer of the wrong type.
const VALID_PARENTHESES_GCC_WARNINGS_C: &str = r#"
char opener(char c) {
    if (c == ')') return '(';
    if (c == ']') return '[';
    if (c == '}') return '{';
    return NULL;
}

static depth_limit = 1 << 20;

bool isValid(char* s) {
    int n = strlen(s);
    char *stack = malloc(n + 1);
    long *top = (int *)malloc(sizeof(long));
    *top = 0;
    bool ok = scan(s, stack, top) && *top == 0;
    free(stack);
    free(top);
    return ok;
}

int scan(char *s, char *stack, long *top) {
    for (; *s; s++) {
        char want = opener(*s);
        if (!want) {
            if (*top >= depth_limit) return 0;
            stack[(*top)++] = *s;
        } else if (*top == 0 || stack[--*top] != want) {
            return 0;
        }
    }
    return 1;
}
"#;

#[test]
fn c_keeps_gcc_warnings_as_warnings() {
    accepted(
        "valid-parentheses",
        "valid_parentheses.c",
        Language::C,
        VALID_PARENTHESES_GCC_WARNINGS_C,
    );
}

/// LeetCode C++ habits libc++ for wasm32 lacks: `throw` on a path the tests
/// never take, `try`/`catch`, and the `display_runtime.txt` trick with file
/// streams, whose opens fail here (no writable files).
const QUEUE_THROW_AND_FSTREAM_CPP: &str = r#"
#include <fstream>

class MyQueue {
    stack<int> in, out;

    void shift() {
        if (out.empty())
            while (!in.empty()) {
                out.push(in.top());
                in.pop();
            }
    }

public:
    MyQueue() {
        ofstream log("log.txt");
        log << "created";
        ifstream saved("log.txt");
        int v = 0;
        if (log.is_open() || saved.is_open() || (saved >> v) || !fstream("f").fail()) abort();
    }

    void push(int x) { in.push(x); }

    int pop() {
        int v = peek();
        out.pop();
        return v;
    }

    int peek() {
        try {
            shift();
            if (out.empty()) throw runtime_error("Queue is empty");
        } catch (const exception &e) {
            cerr << e.what() << endl;
        }
        return out.top();
    }

    bool empty() { return in.empty() && out.empty(); }
};

auto init = atexit([]() { ofstream("display_runtime.txt") << "0"; });
"#;

#[test]
fn cpp_throw_try_catch_and_file_streams_compile() {
    accepted(
        "implement-queue-using-stacks",
        "queue.cpp",
        Language::Cpp,
        QUEUE_THROW_AND_FSTREAM_CPP,
    );
}

#[test]
fn cpp_uncaught_throw_is_a_runtime_error_naming_it() {
    // An exception class with two bases, so finding its `what()` walks the
    // ABI's multiple-inheritance type_info.
    let throwing = QUEUE_THROW_AND_FSTREAM_CPP
        .replace(
            "class MyQueue {",
            "struct Tag {\n    int id = 7;\n};\nstruct QueueError : Tag, logic_error {\n    QueueError() : logic_error(\"peek on purpose\") {}\n};\n\nclass MyQueue {",
        )
        .replace("shift();\n", "shift();\n            throw QueueError();\n");
    let Some(report) = judged(
        "implement-queue-using-stacks",
        "queue.cpp",
        Language::Cpp,
        &throwing,
    ) else {
        return;
    };
    assert_eq!(
        report.verdict,
        Verdict::RuntimeError,
        "{:?}",
        report.message
    );
    let test = report.first_failure().unwrap();
    let message = test.message.as_deref().unwrap_or("");
    assert!(
        message.contains("terminate called after throwing an instance of 'QueueError'")
            && message.contains("what():  peek on purpose"),
        "{message}"
    );
}

/// Hours summed in `long`, which overflows 32 bits on the large tests: on
/// LeetCode `long` is 64 bits, and so it is here. Also `1L` suffixes,
/// `LONG_MAX`, `%ld` and `strtol`, which must agree with a 64-bit `long`.
const KOKO_LONG_C: &str = r#"
static long hours(const int *piles, int n, long k) {
    long total = 0L; // a long comment
    for (int i = 0; i < n; i++) total += (piles[i] + k - 1) / k;
    return total;
}

int minEatingSpeed(int* piles, int pilesSize, int h) {
    char buf[64];
    snprintf(buf, sizeof buf, "%ld %lu", LONG_MAX, (unsigned long)(1UL << 40));
    if (strcmp(buf, "9223372036854775807 1099511627776") != 0 || sizeof(long) != 8) abort();
    if (strtol("5000000000", NULL, 10) != 5000000000L || LONG_MIN >= -2147483648L) abort();
    long lo = 1, hi = 1000000000L;
    while (lo < hi) {
        long mid = lo + (hi - lo) / 2;
        if (hours(piles, pilesSize, mid) <= h) hi = mid; else lo = mid + 1;
    }
    return (int)lo;
}
"#;

const KOKO_LONG_CPP: &str = r#"
class Solution {
    long hours(vector<int>& piles, long k) {
        long total = 0;
        for (long p : piles) total += (p + k - 1) / k;
        return total;
    }

public:
    int minEatingSpeed(vector<int>& piles, int h) {
        static_assert(sizeof(long) == 8 && numeric_limits<unsigned long>::max() == ULONG_MAX);
        long lo = 1, hi = *max_element(piles.begin(), piles.end());
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (hours(piles, mid) <= h) hi = mid; else lo = mid + 1;
        }
        return lo;
    }
};
"#;

#[test]
fn long_is_64_bits_as_on_leetcode() {
    accepted("koko-eating-bananas", "koko.c", Language::C, KOKO_LONG_C);
    accepted(
        "koko-eating-bananas",
        "koko.cpp",
        Language::Cpp,
        KOKO_LONG_CPP,
    );
}

#[test]
fn messages_keep_the_users_lines_after_the_long_rewrite() {
    let broken = KOKO_LONG_C.replace("return (int)lo;", "return (int)lo + undefined_name;");
    if let Some(message) = compile_error("koko-eating-bananas", "koko.c", Language::C, &broken) {
        let line = KOKO_LONG_C
            .lines()
            .position(|l| l.contains("return (int)lo;"))
            .unwrap()
            + 1;
        assert!(message.contains(&format!("koko.c:{line}:")), "{message}");
    }
}

#[test]
fn rust_signature_mismatches_explain_the_driver_call() {
    let wrong = "struct MinStack { v: Vec<i64> }\nimpl MinStack {\n    fn new() -> Self { MinStack { v: vec![] } }\n    fn push(&mut self, val: i64) { self.v.push(val) }\n    fn pop(&mut self) { self.v.pop(); }\n    fn top(&self) -> i32 { 0 }\n    fn get_min(&self) -> i32 { 0 }\n}\n";
    if let Some(message) = compile_error("min-stack", "min_stack.rs", Language::Rust, wrong) {
        assert!(message.contains("min_stack.rs:4:"), "{message}");
        assert!(
            message.contains("it calls your code as declared here")
                && message.contains("fn push(&self or &mut self, val: i32)"),
            "{message}"
        );
    }
}
