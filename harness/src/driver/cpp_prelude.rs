//! The C++ prelude: judge's `bits/stdc++.h`, since libc++ has none. It
//! includes every standard header LeetCode's libstdc++ one does (that builds
//! for wasm32-wasi) and defines the GCC-only helpers LeetCode solutions call
//! (`__gcd`, `__lg`), which libc++ lacks or restricts to unsigned types,
//! and what LeetCode code relies on that libc++ for wasm32 is built without:
//! file streams (`cpp_fstream.h.txt`, over C stdio) and a `throw` that reports the
//! exception (`cpp_exceptions.h.txt`); and the standard streams at
//! scanf's cost (`cpp_iostream.cpp.txt`, put in the driver).

use std::fmt::Write as _;

/// Every standard header that builds for wasm32-wasi with libc++ 19 (no
/// filesystem or signals there), C++20 and C++23 ones
/// included as libstdc++'s `bits/stdc++.h` has them.
const HEADERS: &[&str] = &[
    "cassert",
    "cctype",
    "cfloat",
    "chrono",
    "cinttypes",
    "climits",
    "clocale",
    "cmath",
    "cstdarg",
    "cstddef",
    "cstdint",
    "cstdio",
    "cstdlib",
    "cstring",
    "ctime",
    "cwchar",
    "cwctype",
    "algorithm",
    "any",
    "array",
    "atomic",
    "bit",
    "bitset",
    "charconv",
    "codecvt",
    "complex",
    "deque",
    "exception",
    "functional",
    "initializer_list",
    "iomanip",
    "ios",
    "iosfwd",
    "iostream",
    "istream",
    "iterator",
    "limits",
    "list",
    "locale",
    "map",
    "memory",
    "new",
    "numeric",
    "optional",
    "ostream",
    "queue",
    "random",
    "ratio",
    "regex",
    "scoped_allocator",
    "set",
    "sstream",
    "stack",
    "stdexcept",
    "streambuf",
    "string",
    "string_view",
    "tuple",
    "type_traits",
    "typeindex",
    "typeinfo",
    "unordered_map",
    "unordered_set",
    "utility",
    "valarray",
    "variant",
    "vector",
    "fstream",
    "mutex",
    "condition_variable",
    "compare",
    "concepts",
    "numbers",
    "ranges",
    "span",
    "source_location",
    "format",
    "expected",
    "print",
];

/// libstdc++'s `std::__gcd` and `std::__lg` for every integer type, as
/// non-template overloads so they win over libc++'s unsigned-only internal
/// `std::__gcd` template.
const GCC_HELPERS: &str = r#"
namespace std {
#define JUDGE_GCC_HELPERS(T, CLZ)                                  \
    inline constexpr T __gcd(T a, T b) {                           \
        while (b != 0) {                                           \
            T t = a % b;                                           \
            a = b;                                                 \
            b = t;                                                 \
        }                                                          \
        return a;                                                  \
    }                                                              \
    inline constexpr int __lg(T n) {                               \
        return (int)sizeof(T) * 8 - 1 - CLZ(n);                    \
    }
JUDGE_GCC_HELPERS(int, __builtin_clz)
JUDGE_GCC_HELPERS(unsigned, __builtin_clz)
JUDGE_GCC_HELPERS(long, __builtin_clzl)
JUDGE_GCC_HELPERS(unsigned long, __builtin_clzl)
JUDGE_GCC_HELPERS(long long, __builtin_clzll)
JUDGE_GCC_HELPERS(unsigned long long, __builtin_clzll)
#undef JUDGE_GCC_HELPERS
}
"#;

/// `ofstream`, `ifstream` and `fstream` over C stdio (a solution has no
/// files, so its opens fail; a checker program opens its own).
const FILE_STREAMS: &str = include_str!("cpp_fstream.h.txt");

/// Fast `cin`/`cout` (synchronized with C stdio, or buffered after
/// `sync_with_stdio(false)`) and a base-10 integer `num_get`: code with a
/// static initializer, so it goes in the driver's one translation unit
/// before the user's file, not in the header.
pub(super) const STREAMS: &str = include_str!("cpp_iostream.cpp.txt");

/// `__cxa_throw` and friends: an uncaught exception is reported and aborts.
const EXCEPTIONS: &str = include_str!("cpp_exceptions.h.txt");

/// The `bits/stdc++.h` shim placed on the include path.
pub(super) fn bits_stdcxx() -> String {
    let mut out =
        String::from("// judge's stand-in for libstdc++'s <bits/stdc++.h>.\n#pragma once\n");
    for h in HEADERS {
        let _ = writeln!(out, "#include <{h}>");
    }
    out.push_str(GCC_HELPERS);
    out.push_str(FILE_STREAMS);
    out.push_str(EXCEPTIONS);
    out
}
