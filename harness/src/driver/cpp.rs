//! The C++ driver: `judge_driver.cpp` includes the standard headers LeetCode
//! has in effect (through a `bits/stdc++.h` shim, since libc++ has none),
//! says `using namespace std;`, defines LeetCode's `ListNode` unless the user
//! does, includes the user's file and calls `new Class(...)`/methods or
//! `Solution().fn(...)` with LeetCode's C++ types.

use super::c::{cpp_type, driver_main, uthash, RUNTIME};
use super::scan::{has_ident_sequence, strip_comments};
use super::{quote, tree_name, DriverError, SourceFile, SourceTree};
use crate::language::Language;
use crate::signature::{Method, Signature, Type};
use std::fmt::Write as _;

pub(super) const DRIVER_FILE: &str = "judge_driver.cpp";
pub(super) const BITS_FILE: &str = "include/bits/stdc++.h";

/// Every standard header that builds for wasm32-wasi with libc++ and
/// `-fno-exceptions` (no threads, filesystem or signals there).
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
];

const LISTNODE: &str = "// LeetCode's singly-linked list node.\nstruct ListNode {\n    int val;\n    ListNode *next;\n    ListNode() : val(0), next(nullptr) {}\n    ListNode(int x) : val(x), next(nullptr) {}\n    ListNode(int x, ListNode *next) : val(x), next(next) {}\n};\n";

const NEW_NODE: &str = r#"template <class JudgeNode>
static JudgeNode *judge_new_node_t(int val) {
    if constexpr (std::is_constructible<JudgeNode, int>::value) {
        return new JudgeNode(val);
    } else {
        JudgeNode *n = new JudgeNode();
        n->val = val;
        n->next = nullptr;
        return n;
    }
}

static ListNode *judge_new_node(int val) { return judge_new_node_t<ListNode>(val); }"#;

const HELPERS: &str = r#"
/* ---- C++ argument and result helpers ---- */

static std::string judge_read_cpp_string() {
    char *s = judge_read_string();
    std::string out(s, judge_str_len);
    free(s);
    return out;
}

static std::vector<int> judge_read_vec_int() {
    int n = judge_read_count();
    std::vector<int> v((size_t)n);
    for (int i = 0; i < n; i++) v[(size_t)i] = judge_read_int();
    return v;
}

static std::vector<std::vector<int>> judge_read_vec_matrix() {
    int n = judge_read_count();
    std::vector<std::vector<int>> v((size_t)n);
    for (int i = 0; i < n; i++) v[(size_t)i] = judge_read_vec_int();
    return v;
}

static std::vector<std::string> judge_read_vec_string() {
    int n = judge_read_count();
    std::vector<std::string> v((size_t)n);
    for (int i = 0; i < n; i++) v[(size_t)i] = judge_read_cpp_string();
    return v;
}

static std::vector<ListNode *> judge_read_vec_list() {
    int n = judge_read_count();
    std::vector<ListNode *> v((size_t)n);
    for (int i = 0; i < n; i++) v[(size_t)i] = judge_read_list();
    return v;
}

static void judge_w_vec_matrix(const std::vector<std::vector<int>> &a) {
    judge_putc('[');
    for (size_t i = 0; i < a.size(); i++) {
        if (i) judge_putc(',');
        judge_w_ints(a[i].data(), (int)a[i].size());
    }
    judge_putc(']');
}

static void judge_w_vec_strings(const std::vector<std::string> &a) {
    judge_putc('[');
    for (size_t i = 0; i < a.size(); i++) {
        if (i) judge_putc(',');
        judge_w_string_n(a[i].data(), a[i].size());
    }
    judge_putc(']');
}
"#;

/// The `bits/stdc++.h` shim placed on the include path.
pub(super) fn bits_stdcxx() -> String {
    let mut out =
        String::from("// judge's stand-in for libstdc++'s <bits/stdc++.h>.\n#pragma once\n");
    for h in HEADERS {
        let _ = writeln!(out, "#include <{h}>");
    }
    out
}

pub(super) fn generate(
    signature: &Signature,
    display: &str,
    user_source: &str,
) -> Result<SourceTree, DriverError> {
    let ext = if display.ends_with(".cc") {
        "cc"
    } else {
        "cpp"
    };
    let user_file = tree_name(display, ext, &[DRIVER_FILE, "uthash.h"]);
    let code = strip_comments(user_source, Language::Cpp, true);
    let uthash = uthash();
    let stdio = matches!(signature, Signature::Stdio);
    let mut driver = String::from(
        "// Code generated by judge from the problem's signature. DO NOT EDIT.\n#include <bits/stdc++.h>\n",
    );
    if uthash.is_some() {
        driver.push_str("#include \"uthash.h\"\n");
    }
    driver.push_str("using namespace std;\n");
    let user_listnode = has_ident_sequence(&code, &["struct", "ListNode", "{"])
        || has_ident_sequence(&code, &["class", "ListNode", "{"]);
    if !stdio && !user_listnode {
        driver.push_str(LISTNODE);
    }
    let _ = writeln!(driver, "\n#include {}\n", quote(&user_file));
    if !stdio {
        driver.push_str("static size_t judge_str_len;\n");
        driver.push_str(
            &RUNTIME
                .replace("/*JUDGE_NEW_NODE*/", NEW_NODE)
                .replace("extern int getentropy", "extern \"C\" int getentropy")
                .replace(
                    "extern int judge_fd_write",
                    "extern \"C\" int judge_fd_write",
                )
                .replace("    s[n] = 0;\n", "    s[n] = 0;\n    judge_str_len = n;\n"),
        );
        driver.push_str(HELPERS);
        driver.push_str(&driver_main(signature, true));
    }
    let mut files = vec![
        SourceFile {
            name: user_file.clone(),
            contents: user_source.to_string(),
        },
        SourceFile {
            name: DRIVER_FILE.into(),
            contents: driver,
        },
        SourceFile {
            name: BITS_FILE.into(),
            contents: bits_stdcxx(),
        },
    ];
    files.extend(uthash);
    Ok(SourceTree {
        lang: Language::Cpp,
        files,
        entry: DRIVER_FILE.into(),
        user_file,
        user_display_name: display.to_string(),
        generated_files: vec![DRIVER_FILE.to_string()],
        expected_api: expected_api(signature),
    })
}

fn cpp_param_type(ty: Type) -> String {
    match ty {
        Type::IntArray | Type::IntMatrix | Type::StringArray | Type::ListNodeArray => {
            format!("{}&", cpp_type(ty).replace("std::", ""))
        }
        other => cpp_type(other).replace("std::", ""),
    }
}

fn cpp_decl(m: &Method, name: &str) -> String {
    let params: Vec<String> = m
        .params
        .iter()
        .map(|p| format!("{} {}", cpp_param_type(p.ty), p.name))
        .collect();
    let ret = cpp_type(m.returns).replace("std::", "");
    format!("{ret} {name}({})", params.join(", "))
}

pub(super) fn expected_api(signature: &Signature) -> String {
    match signature {
        Signature::Class {
            class,
            constructor,
            methods,
            ..
        } => {
            let ctor = Method {
                name: class.clone(),
                params: constructor.clone(),
                returns: Type::Void,
            };
            let ctor = cpp_decl(&ctor, class);
            let mut out = format!(
                "class {class} {{\npublic:\n    {};\n",
                ctor.trim_start_matches("void ")
            );
            for m in methods {
                let _ = writeln!(out, "    {};", cpp_decl(m, &m.name));
            }
            out.push_str("};\n");
            out
        }
        Signature::Function { function, .. } => format!(
            "class Solution {{\npublic:\n    {};\n}};\n",
            cpp_decl(function, &function.name)
        ),
        Signature::Stdio => "int main() { ... }  // reads stdin, writes stdout\n".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signature::Param;

    #[test]
    fn cpp_api_follows_leetcode() {
        let f = Signature::Function {
            function: Method {
                name: "mergeKLists".into(),
                params: vec![Param {
                    name: "lists".into(),
                    ty: Type::ListNodeArray,
                }],
                returns: Type::ListNode,
            },
            immutable_input: false,
        };
        assert_eq!(
            expected_api(&f),
            "class Solution {\npublic:\n    ListNode* mergeKLists(vector<ListNode*>& lists);\n};\n"
        );
    }
}
