//! A token-level item scanner: splits a module body into items and says, for each, what kind
//! of item it is and which names it defines or imports. Enough for finding `catalog! { … }`
//! and for the name-collision checks, without syn's `full` feature (parsing whole items was
//! the largest part of a clean build of the macro's dependencies). Items are kept as the
//! tokens they were written with and pass through unchanged.
//!
//! An item ends at a `;` outside any group, or at the brace group that closes a `fn`, `struct`,
//! `enum`, `union`, `trait`, `impl`, `mod`, `extern` block or a brace-delimited macro call
//! (`macro_rules! m { … }`); `const A: u8 = { 1 };` and `macro_rules! m ( … );` end at their
//! `;`. In a signature, a brace group inside `<…>` (`S<{ N }>`) is a const argument, not the
//! body.

use proc_macro2::{Delimiter, Ident, TokenStream, TokenTree};

/// What an item is, as far as the checks need to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Struct,
    Enum,
    Union,
    Trait,
    /// `type X = …;`
    Type,
    Mod,
    Static,
    Const,
    Fn,
    Impl,
    Use,
    ExternCrate,
    ExternBlock,
    /// `name! …`, `macro_rules! …`, `path::to::m! …`.
    Macro,
    /// Tokens the scanner does not recognise as an item; they pass through for rustc to judge.
    Other,
}

/// One item of a module body.
pub struct Item {
    /// The item's tokens, attributes included, exactly as written.
    pub tokens: Vec<TokenTree>,
    pub kind: Kind,
    /// The name it defines (`struct Name`, `fn name`), if any.
    pub ident: Option<Ident>,
    /// Where the part after attributes and visibility starts in `tokens`.
    start: usize,
    /// The item ended with a brace group (`struct S { … }`) rather than a `;`.
    pub braced: bool,
}

impl Item {
    /// The macro's name and its delimited body, for `name! ( … )` / `name! { … }` with a
    /// one-identifier path.
    pub fn macro_call(&self) -> Option<(&Ident, &proc_macro2::Group)> {
        if self.kind != Kind::Macro {
            return None;
        }
        match &self.tokens[self.start..] {
            [TokenTree::Ident(name), TokenTree::Punct(bang), TokenTree::Group(body), ..]
                if bang.as_char() == '!' =>
            {
                Some((name, body))
            }
            _ => None,
        }
    }

    /// The names a `use` item brings into scope (after `as`), globs and `_` excepted.
    pub fn imported(&self) -> Vec<Ident> {
        let mut out = Vec::new();
        if self.kind == Kind::Use {
            // After `use`, up to the closing `;`.
            let semi = is_punct(self.tokens.last(), ';');
            let end = self.tokens.len() - usize::from(semi);
            use_tree(&self.tokens[self.start + 1..end], None, &mut out);
        }
        out
    }
}

/// Splits `tokens` into items.
pub fn scan(tokens: TokenStream) -> Vec<Item> {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut items = Vec::new();
    let mut rest = &tokens[..];
    while !rest.is_empty() {
        let (item, len) = one(rest);
        items.push(item);
        rest = &rest[len..];
    }
    items
}

/// The inner attributes (`#![…]`) at the start of a module body: how many tokens they take.
pub fn inner_attrs_len(tokens: &[TokenTree]) -> usize {
    let mut i = 0;
    while let [TokenTree::Punct(hash), TokenTree::Punct(bang), TokenTree::Group(g), ..] =
        &tokens[i..]
    {
        if hash.as_char() != '#' || bang.as_char() != '!' || g.delimiter() != Delimiter::Bracket {
            break;
        }
        i += 3;
    }
    i
}

/// How many tokens the outer attributes (`#[…]`, doc comments) at the start take.
pub fn outer_attrs_len(tokens: &[TokenTree]) -> usize {
    let mut i = 0;
    while let [TokenTree::Punct(hash), TokenTree::Group(g), ..] = &tokens[i..] {
        if hash.as_char() != '#' || g.delimiter() != Delimiter::Bracket {
            break;
        }
        i += 2;
    }
    i
}

/// How many tokens a visibility takes: `pub`, `pub(crate)`, `pub(in path)`.
pub fn visibility_len(tokens: &[TokenTree]) -> usize {
    match tokens {
        [TokenTree::Ident(kw), TokenTree::Group(g), ..]
            if kw == "pub" && g.delimiter() == Delimiter::Parenthesis =>
        {
            2
        }
        [TokenTree::Ident(kw), ..] if kw == "pub" => 1,
        _ => 0,
    }
}

fn is_ident(tt: Option<&TokenTree>, word: &str) -> bool {
    matches!(tt, Some(TokenTree::Ident(i)) if i == word)
}

fn is_punct(tt: Option<&TokenTree>, c: char) -> bool {
    matches!(tt, Some(TokenTree::Punct(p)) if p.as_char() == c)
}

/// Scans the item at the start of `tokens`; returns it and how many tokens it took.
fn one(tokens: &[TokenTree]) -> (Item, usize) {
    let mut start = outer_attrs_len(tokens);
    start += visibility_len(&tokens[start..]);
    let (kind, name_at) = kind(&tokens[start..]);
    let len = end(tokens, start, kind);
    let ident = name_at.and_then(|at| match tokens.get(start + at) {
        Some(TokenTree::Ident(ident)) if start + at < len => Some(ident.clone()),
        _ => None,
    });
    let braced =
        matches!(&tokens[len - 1], TokenTree::Group(g) if g.delimiter() == Delimiter::Brace);
    let item = Item {
        tokens: tokens[..len].to_vec(),
        kind,
        ident,
        start,
        braced,
    };
    (item, len)
}

/// The item's kind, and where its name is (relative to `tokens`), from the tokens after
/// attributes and visibility.
fn kind(tokens: &[TokenTree]) -> (Kind, Option<usize>) {
    let mut i = 0;
    // Qualifiers: `const unsafe async extern "C" fn`, `unsafe impl`, `unsafe auto trait`,
    // `default fn`, `safe fn`. `const` and `extern` are items of their own unless a keyword
    // that they qualify follows.
    // A qualifier is followed by a keyword, an ABI string or (`extern { … }`) a body; not by
    // `!` (a macro named `default!`).
    while let (
        Some(TokenTree::Ident(word)),
        Some(TokenTree::Ident(_) | TokenTree::Literal(_) | TokenTree::Group(_)),
    ) = (tokens.get(i), tokens.get(i + 1))
    {
        let word = word.to_string();
        match word.as_str() {
            "unsafe" | "async" | "default" | "auto" | "safe" => i += 1,
            "const" if qualifies(tokens.get(i + 1)) => i += 1,
            "extern" => {
                let mut j = i + 1;
                if matches!(tokens.get(j), Some(TokenTree::Literal(_))) {
                    j += 1;
                }
                match tokens.get(j) {
                    Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
                        return (Kind::ExternBlock, None)
                    }
                    _ if is_ident(tokens.get(j), "crate") => return (Kind::ExternCrate, None),
                    _ => i = j,
                }
            }
            _ => break,
        }
    }
    let Some(TokenTree::Ident(word)) = tokens.get(i) else {
        return (Kind::Other, None);
    };
    let word = word.to_string();
    let kind = match word.as_str() {
        "struct" => Kind::Struct,
        "enum" => Kind::Enum,
        "union" if matches!(tokens.get(i + 1), Some(TokenTree::Ident(_))) => Kind::Union,
        "trait" => Kind::Trait,
        "type" => Kind::Type,
        "mod" => Kind::Mod,
        "fn" => Kind::Fn,
        "impl" => return (Kind::Impl, None),
        "use" => return (Kind::Use, None),
        "static" => {
            let at = if is_ident(tokens.get(i + 1), "mut") {
                i + 2
            } else {
                i + 1
            };
            return (Kind::Static, Some(at));
        }
        "const" => Kind::Const,
        _ if is_macro_call(&tokens[i..]) => return (Kind::Macro, None),
        _ => return (Kind::Other, None),
    };
    (kind, Some(i + 1))
}

/// `const` followed by what makes it a qualifier rather than a `const` item.
fn qualifies(next: Option<&TokenTree>) -> bool {
    ["fn", "unsafe", "async", "extern", "impl", "trait"]
        .iter()
        .any(|w| is_ident(next, w))
}

/// `name! …` or `a::b::name! …`.
fn is_macro_call(tokens: &[TokenTree]) -> bool {
    let mut i = 0;
    loop {
        if is_punct(tokens.get(i), ':') {
            i += 2;
        }
        if !matches!(tokens.get(i), Some(TokenTree::Ident(_))) {
            return false;
        }
        i += 1;
        if is_punct(tokens.get(i), '!') {
            return true;
        }
        if !is_punct(tokens.get(i), ':') {
            return false;
        }
    }
}

/// The length of the item that starts at `tokens[0]`, whose kind starts at `tokens[start]`.
fn end(tokens: &[TokenTree], start: usize, kind: Kind) -> usize {
    let body_ends = !matches!(
        kind,
        Kind::Static | Kind::Const | Kind::Type | Kind::Use | Kind::ExternCrate
    );
    let mut angle = 0usize;
    let mut previous_dash = false;
    for (i, tt) in tokens.iter().enumerate().skip(start) {
        let mut dash = false;
        match tt {
            TokenTree::Punct(p) => match p.as_char() {
                ';' => return i + 1,
                '<' => angle += 1,
                // The `>` of `->` closes no angle bracket.
                '>' if !previous_dash => angle = angle.saturating_sub(1),
                '-' => dash = p.spacing() == proc_macro2::Spacing::Joint,
                _ => {}
            },
            // A macro call's body is its first brace group; any other item's is the first
            // brace group outside `<…>`.
            TokenTree::Group(g)
                if g.delimiter() == Delimiter::Brace
                    && body_ends
                    && (angle == 0 || kind == Kind::Macro) =>
            {
                return i + 1;
            }
            _ => {}
        }
        previous_dash = dash;
    }
    tokens.len()
}

/// Collects the names a `use` tree brings into scope. `parent` is the last path segment
/// before a `{ … }` group, which `self` inside the group stands for.
fn use_tree(tokens: &[TokenTree], parent: Option<&Ident>, out: &mut Vec<Ident>) {
    let mut last: Option<&Ident> = None;
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Ident(ident) if ident == "as" => {
                if let Some(TokenTree::Ident(rename)) = tokens.get(i + 1) {
                    if rename != "_" {
                        out.push(rename.clone());
                    }
                }
                return;
            }
            TokenTree::Ident(ident) => last = Some(ident),
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                for tree in inner.split(|tt| is_punct(Some(tt), ',')) {
                    use_tree(tree, last, out);
                }
                return;
            }
            // `*`: a glob import is shadowed by the module's own items, so never clashes.
            TokenTree::Punct(p) if p.as_char() == '*' => return,
            _ => {}
        }
        i += 1;
    }
    match last {
        // `a::{self}` imports `a`.
        Some(ident) if ident == "self" => {
            if let Some(parent) =
                parent.filter(|p| !["self", "super", "crate"].iter().any(|k| *p == k))
            {
                // The parent itself, respanned: rebuilding it from its text panicked on a
                // raw identifier (`use r#abc::{self};`, as `Ident::new("r#abc")`).
                let mut name = parent.clone();
                name.set_span(ident.span());
                out.push(name);
            }
        }
        Some(ident) if ident != "super" && ident != "crate" => out.push(ident.clone()),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn summary(tokens: TokenStream) -> Vec<String> {
        scan(tokens)
            .iter()
            .map(|item| {
                let ident = item
                    .ident
                    .as_ref()
                    .map(Ident::to_string)
                    .unwrap_or_default();
                let braced = if item.braced { " {}" } else { "" };
                format!("{:?} {ident}{braced} / {}", item.kind, item.tokens.len())
            })
            .collect()
    }

    /// Each item's kind, name and `{}` if it ended with a body.
    fn kinds(tokens: TokenStream) -> Vec<String> {
        summary(tokens)
            .iter()
            .map(|s| s.split(" /").next().unwrap_or_default().to_string())
            .collect()
    }

    #[test]
    fn items_end_at_their_semicolon_or_body() {
        let items = summary(quote! {
            const A: u8 = { 1 };
            static mut B: [u8; 2] = [0; 2];
            pub(crate) struct C;
            struct D(u8);
            struct E { x: u8 }
            fn f() -> u8 { 1 }
            type T = u8;
        });
        assert_eq!(
            items,
            [
                "Const A / 7",
                "Static B / 8",
                "Struct C / 5",
                "Struct D / 4",
                "Struct E {} / 3",
                "Fn f {} / 7",
                "Type T / 5",
            ]
        );
    }

    #[test]
    fn macros_with_each_delimiter() {
        let items = summary(quote! {
            macro_rules! m { () => {}; ($x:expr) => { $x }; }
            macro_rules! n ( () => {} );
            m![1, 2];
            catalog! { 400 "A.1" a message: "x"; }
            a::b! { }
            fn g() {}
        });
        assert_eq!(
            items,
            [
                "Macro  {} / 4",
                "Macro  / 5",
                "Macro  / 4",
                "Macro  {} / 3",
                "Macro  {} / 6",
                "Fn g {} / 4",
            ]
        );
        let scanned = scan(quote!(catalog! { rows } other!(x);));
        let (name, body) = scanned[0].macro_call().unwrap();
        assert_eq!(name, "catalog");
        assert_eq!(body.stream().to_string(), "rows");
        assert_eq!(scanned[1].macro_call().unwrap().0, "other");
    }

    #[test]
    fn impls_traits_and_generics() {
        let kinds = kinds(quote! {
            impl<T: Fn() -> u8> X for Y<T> where T: Clone, Y<{ 3 }>: Sized { fn x() {} }
            unsafe impl Send for Y {}
            pub unsafe trait Z<const N: usize = { 2 }>: Sized { const C: u8; fn z(); }
            fn h<T>() -> S<{ 1 }> where T: Into<S<{ 2 }>> { todo!() }
            struct G<T> where T: Copy { t: T }
            struct H<T>(T) where T: Copy;
            enum K { A, B }
            union U { a: u8 }
        });
        assert_eq!(
            kinds,
            [
                "Impl  {}",
                "Impl  {}",
                "Trait Z {}",
                "Fn h {}",
                "Struct G {}",
                "Struct H",
                "Enum K {}",
                "Union U {}"
            ]
        );
    }

    #[test]
    fn attributes_extern_and_nested_modules() {
        let kinds = kinds(quote! {
            #[derive(Debug)]
            /// Docs.
            pub struct A;
            extern "C" { fn abs(x: i32) -> i32; }
            extern { }
            unsafe extern "C" { safe fn labs(x: i64) -> i64; }
            extern crate alloc;
            extern "C" fn callback() {}
            pub(in crate::a) const unsafe fn k() {}
            mod inner { mod deeper { struct S; } fn f() {} }
            mod file;
        });
        assert_eq!(
            kinds,
            [
                "Struct A",
                "ExternBlock  {}",
                "ExternBlock  {}",
                "ExternBlock  {}",
                "ExternCrate ",
                "Fn callback {}",
                "Fn k {}",
                "Mod inner {}",
                "Mod file",
            ]
        );
    }

    #[test]
    fn use_trees() {
        let imported = |tokens: TokenStream| -> Vec<String> {
            scan(tokens)
                .iter()
                .flat_map(Item::imported)
                .map(|i| i.to_string())
                .collect()
        };
        assert_eq!(
            imported(quote!(
                use a::{
                    b as c,
                    d::*,
                    e::{f, g as _},
                    h,
                };
            )),
            ["c", "f", "h"]
        );
        assert_eq!(
            imported(quote!(
                pub(crate) use ::std::fmt::Error;
            )),
            ["Error"]
        );
        assert_eq!(
            imported(quote!(
                #[allow(unused)]
                use a::b::{self, c};
            )),
            ["b", "c"]
        );
        assert_eq!(
            imported(quote!(
                use std::collections::*;
            )),
            Vec::<String>::new()
        );
        assert_eq!(
            imported(quote!(
                use super::x as y;
                use self::z;
            )),
            ["y", "z"]
        );
        // Raw identifiers before `::{self}` at any depth: the import is the raw name itself.
        assert_eq!(
            imported(quote!(
                use r#abc::{self};
                use a::{
                    r#match::{self, r#b},
                };
                use ::r#type::{self as r#t};
            )),
            ["r#abc", "r#match", "r#b", "r#t"]
        );
    }

    #[test]
    fn unknown_tokens_pass_through() {
        let scanned = scan(quote!(let x = 1; 3 + 4 { }));
        assert_eq!(scanned.len(), 2);
        assert!(scanned.iter().all(|i| i.kind == Kind::Other));
        let again: TokenStream = scanned.iter().flat_map(|i| i.tokens.clone()).collect();
        assert_eq!(again.to_string(), quote!(let x = 1; 3 + 4 { }).to_string());
    }

    /// Token soup from item words: the scanner never panics and loses or adds no token, and
    /// neither the module reader nor the macro panics on the soup around and inside a module.
    mod soup {
        use super::*;
        use proptest::prelude::*;
        use std::str::FromStr;

        fn soup() -> impl Strategy<Value = String> {
            let word = proptest::sample::select(
                &[
                    "struct",
                    "enum",
                    "union",
                    "fn",
                    "const",
                    "static",
                    "mut",
                    "type",
                    "use",
                    "impl",
                    "trait",
                    "mod",
                    "extern",
                    "crate",
                    "\"C\"",
                    "unsafe",
                    "pub",
                    "pub(crate)",
                    "macro_rules",
                    "catalog",
                    "!",
                    "as",
                    "self",
                    "*",
                    "::",
                    ":",
                    ";",
                    ",",
                    "<",
                    ">",
                    "->",
                    "-",
                    "=",
                    "#",
                    "#[a]",
                    "#![b]",
                    "x",
                    "Error",
                    "CATALOG",
                    "_",
                    "1",
                    "'a",
                ][..],
            )
            .prop_map(str::to_string);
            let leaf = proptest::collection::vec(word, 0..8).prop_map(|w| w.join(" "));
            leaf.prop_recursive(3, 40, 6, |inner| {
                (
                    proptest::collection::vec(inner, 0..5),
                    proptest::sample::select(&["{}", "()", "[]"][..]),
                )
                    .prop_map(|(parts, d)| {
                        let (open, close) = d.split_at(1);
                        format!("{open} {} {close} ", parts.join(" "))
                    })
            })
        }

        proptest! {
            #[test]
            fn scanning_keeps_every_token(a in soup(), b in soup()) {
                let text = format!("{a} {b}");
                let tokens = TokenStream::from_str(&text).expect("balanced soup");
                let again: TokenStream = scan(tokens.clone())
                    .iter()
                    .flat_map(|item| item.tokens.clone())
                    .collect();
                prop_assert_eq!(again.to_string(), tokens.to_string());
                for item in scan(tokens) {
                    let _ = (item.imported(), item.macro_call());
                }
            }

            #[test]
            fn reading_a_module_never_panics(a in soup(), b in soup(), c in soup()) {
                for text in [
                    format!("{a} mod m {{ {b} catalog! {{ }} {c} }}"),
                    format!("{a} {b}"),
                    format!("#[x] pub mod m {{ {a} }}"),
                ] {
                    let item = TokenStream::from_str(&text).expect("balanced soup");
                    let mut errors = crate::diag::Errors::new();
                    let _ = crate::front::module::parse(item.clone(), &mut errors);
                    prop_assert!(!crate::expand(TokenStream::new(), item).is_empty());
                }
            }
        }
    }
}
