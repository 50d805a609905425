//! The problem signature: the class or function a solution implements, with
//! its parameter and return types. Drivers for every language are generated
//! from this, so adding a problem needs no Rust code.

use std::fmt;

/// A type a parameter or a return value can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Type {
    Int,
    Long,
    Bool,
    Double,
    String,
    IntArray,
    IntMatrix,
    StringArray,
    ListNode,
    ListNodeArray,
    /// Parameter only: an `int[]` whose tail links back to node `pos`.
    CycleList,
    /// Return only: a node reported as its index in the `CycleList` parameter.
    NodeIndex,
    /// Return only.
    Void,
}

impl Type {
    /// Every type with its spelling in `problem.toml`.
    pub const ALL: [(Type, &'static str); 13] = [
        (Type::Int, "int"),
        (Type::Long, "long"),
        (Type::Bool, "bool"),
        (Type::Double, "double"),
        (Type::String, "string"),
        (Type::IntArray, "int[]"),
        (Type::IntMatrix, "int[][]"),
        (Type::StringArray, "string[]"),
        (Type::ListNode, "ListNode"),
        (Type::ListNodeArray, "ListNode[]"),
        (Type::CycleList, "CycleList"),
        (Type::NodeIndex, "NodeIndex"),
        (Type::Void, "void"),
    ];

    pub fn parse(text: &str) -> Option<Type> {
        Type::ALL
            .iter()
            .find(|(_, name)| *name == text.trim())
            .map(|(ty, _)| *ty)
    }

    pub fn name(self) -> &'static str {
        Type::ALL
            .iter()
            .find(|(ty, _)| *ty == self)
            .map(|(_, name)| *name)
            .unwrap_or("?")
    }

    /// Whether a parameter may have this type.
    pub fn is_param_type(self) -> bool {
        !matches!(self, Type::Void | Type::NodeIndex)
    }

    /// Whether a return value may have this type.
    pub fn is_return_type(self) -> bool {
        !matches!(self, Type::CycleList)
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A named, typed parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub ty: Type,
}

/// A method of a class problem, or the single function of a function problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Method {
    /// The name as LeetCode spells it (camelCase), used in test vectors and
    /// on the wire.
    pub name: String,
    pub params: Vec<Param>,
    pub returns: Type,
}

/// What a solution implements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signature {
    Class {
        class: String,
        constructor: Vec<Param>,
        methods: Vec<Method>,
        immutable_input: bool,
    },
    Function {
        function: Method,
        immutable_input: bool,
    },
    /// A whole program reading stdin and writing stdout.
    Stdio,
}

impl Signature {
    /// The method (or function, or constructor) a wire call with this name
    /// invokes, as a `Method` whose constructor "returns" void.
    pub fn callable(&self, name: &str) -> Option<Method> {
        match self {
            Signature::Class {
                class,
                constructor,
                methods,
                ..
            } => {
                if name == class {
                    Some(Method {
                        name: class.clone(),
                        params: constructor.clone(),
                        returns: Type::Void,
                    })
                } else {
                    methods.iter().find(|m| m.name == name).cloned()
                }
            }
            Signature::Function { function, .. } => {
                (function.name == name).then(|| function.clone())
            }
            Signature::Stdio => None,
        }
    }

    pub fn immutable_input(&self) -> bool {
        match self {
            Signature::Class {
                immutable_input, ..
            }
            | Signature::Function {
                immutable_input, ..
            } => *immutable_input,
            Signature::Stdio => false,
        }
    }

    /// Every type used anywhere in the signature.
    pub fn types(&self) -> Vec<Type> {
        let mut out = Vec::new();
        let add = |out: &mut Vec<Type>, m: &Method| {
            out.extend(m.params.iter().map(|p| p.ty));
            out.push(m.returns);
        };
        match self {
            Signature::Class {
                constructor,
                methods,
                ..
            } => {
                out.extend(constructor.iter().map(|p| p.ty));
                for m in methods {
                    add(&mut out, m);
                }
            }
            Signature::Function { function, .. } => add(&mut out, function),
            Signature::Stdio => {}
        }
        out
    }
}

/// Parses `"name: type"`.
pub fn parse_param(text: &str) -> Result<Param, String> {
    let (name, ty) = text
        .split_once(':')
        .ok_or_else(|| format!("parameter `{text}` must be written `name: type`"))?;
    let name = name.trim();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(format!("parameter name `{name}` is not an identifier"));
    }
    let ty = Type::parse(ty).ok_or_else(|| unknown_type(ty.trim()))?;
    if !ty.is_param_type() {
        return Err(format!("type `{ty}` cannot be a parameter type"));
    }
    Ok(Param {
        name: name.to_string(),
        ty,
    })
}

/// The error for a type name that does not exist, listing those that do.
pub fn unknown_type(name: &str) -> String {
    let known: Vec<&str> = Type::ALL.iter().map(|(_, n)| *n).collect();
    format!("unknown type `{name}` (known types: {})", known.join(", "))
}

/// `startsWith` -> `starts_with`, `mergeKLists` -> `merge_k_lists`.
pub fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `get` -> `Get`: Go exports methods by capitalising them.
pub fn capitalize(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// LeetCode's C prefix for a class: `LRUCache` -> `lRUCache`, `MinStack` -> `minStack`.
pub fn c_prefix(class: &str) -> String {
    let mut chars = class.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_leetcode_conventions() {
        assert_eq!(snake_case("mergeKLists"), "merge_k_lists");
        assert_eq!(snake_case("startsWith"), "starts_with");
        assert_eq!(snake_case("getRandom"), "get_random");
        assert_eq!(capitalize("get"), "Get");
        assert_eq!(c_prefix("LRUCache"), "lRUCache");
        assert_eq!(c_prefix("RandomizedSet"), "randomizedSet");
    }

    #[test]
    fn params_parse_and_reject_unknown_types() {
        assert_eq!(
            parse_param("lists: ListNode[]").unwrap(),
            Param {
                name: "lists".into(),
                ty: Type::ListNodeArray
            }
        );
        let err = parse_param("x: integer").unwrap_err();
        assert!(err.contains("unknown type `integer`"), "{err}");
        assert!(parse_param("x int").is_err());
        assert!(parse_param("r: void").is_err());
    }
}
