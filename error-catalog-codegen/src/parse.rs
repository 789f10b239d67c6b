//! The table's grammar, parsed from the tokens of `catalog! { … }`.
//!
//! ```text
//! table   := item*
//! item    := group | row
//! group   := attr* "group" Ident "{" (key ":" literal),* "}"        keys: status, prefix
//! row     := attr* status? code (Group "::")? name params? column,* ";"
//! status  := integer literal (100..=599)
//! code    := string literal
//! params  := "(" (name (":" Type)?),* ")"
//! column  := key ":" string literal                                   keys: message, description, solution
//! ```
//!
//! Parsing is syntax only; everything about meaning (ranges, placeholders, duplicates) is
//! checked in `check.rs`. A row that does not parse is reported and skipped up to its `;`, so
//! the rows after it are still parsed and checked.

use proc_macro2::{TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{token, Attribute, Expr, Ident, LitInt, LitStr, Token, Type};

use crate::errors::Errors;

pub struct Table {
    pub items: Vec<Item>,
}

pub enum Item {
    Group(GroupDecl),
    Row(Row),
}

pub struct GroupDecl {
    pub attrs: Vec<Attribute>,
    pub name: Ident,
    pub fields: Vec<Field>,
}

/// `key: value` in a group declaration or a row; the value is any expression so that a
/// wrong kind of value is reported by the checker with the row's name, not as a syntax error.
pub struct Field {
    pub key: Ident,
    pub value: Expr,
}

pub struct Row {
    pub attrs: Vec<Attribute>,
    pub status: Option<LitInt>,
    pub code: LitStr,
    pub group: Option<Ident>,
    pub name: Ident,
    pub params: Option<Params>,
    pub columns: Vec<Field>,
    /// `errors.tsv:12` for a row read from a file; `None` for a row of the inline table.
    pub origin: Option<String>,
}

pub struct Params {
    pub list: Vec<Param>,
}

pub struct Param {
    pub name: Ident,
    pub ty: Option<Type>,
}

/// Parses the whole table, reporting each bad item into `errors` and carrying on.
pub fn table(tokens: TokenStream, errors: &mut Errors) -> Table {
    let mut items = Vec::new();
    let parser = |input: ParseStream| -> syn::Result<()> {
        while !input.is_empty() {
            let fork = input.fork();
            match item(&fork) {
                Ok(parsed) => {
                    syn::parse::discouraged::Speculative::advance_to(input, &fork);
                    items.push(parsed);
                }
                Err(error) => {
                    errors.push(error);
                    skip_past_semicolon(input)?;
                }
            }
        }
        Ok(())
    };
    if let Err(error) = parser.parse2(tokens) {
        errors.push(error);
    }
    Table { items }
}

fn skip_past_semicolon(input: ParseStream) -> syn::Result<()> {
    input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((tt, next)) = rest.token_tree() {
            rest = next;
            if matches!(&tt, TokenTree::Punct(p) if p.as_char() == ';') {
                break;
            }
        }
        Ok(((), rest))
    })
}

fn item(input: ParseStream) -> syn::Result<Item> {
    let attrs = input.call(Attribute::parse_outer)?;
    if input.peek(Ident::peek_any) && input.fork().call(Ident::parse_any)? == "group" {
        return group(input, attrs).map(Item::Group);
    }
    row(input, attrs).map(Item::Row)
}

fn group(input: ParseStream, attrs: Vec<Attribute>) -> syn::Result<GroupDecl> {
    input.call(Ident::parse_any)?;
    let name: Ident = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected the group's name after `group`, e.g. `group Login { status: 400 }`",
        )
    })?;
    let content;
    syn::braced!(content in input);
    let fields = Punctuated::<Field, Token![,]>::parse_terminated_with(&content, field)?;
    // A `;` after the braces is tolerated: people write one out of habit.
    let _: Option<Token![;]> = input.parse()?;
    Ok(GroupDecl {
        attrs,
        name,
        fields: fields.into_iter().collect(),
    })
}

fn field(input: ParseStream) -> syn::Result<Field> {
    let key = input.call(Ident::parse_any)?;
    input.parse::<Token![:]>().map_err(|e| {
        syn::Error::new(
            e.span(),
            format!("expected `:` after `{key}`, as in `{key}: \"…\"`"),
        )
    })?;
    let value: Expr = input.parse()?;
    Ok(Field { key, value })
}

fn row(input: ParseStream, attrs: Vec<Attribute>) -> syn::Result<Row> {
    let status = if input.peek(LitInt) {
        Some(input.parse()?)
    } else {
        None
    };
    let code: LitStr = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected a row: `STATUS \"CODE\" name message: \"…\", solution: \"…\";` (the code is a string literal, e.g. \"LOGIN.0001\")",
        )
    })?;
    let row_name = code.value();
    let expected_name = |e: syn::Error| {
        syn::Error::new(
            e.span(),
            format!("row {row_name:?}: expected the row's name after the code, a snake_case identifier such as `not_found` (optionally `Group::not_found`)"),
        )
    };
    let mut name = input.call(Ident::parse_any).map_err(expected_name)?;
    let mut group = None;
    if input.peek(Token![::]) {
        input.parse::<Token![::]>()?;
        group = Some(name);
        name = input.call(Ident::parse_any).map_err(expected_name)?;
    }
    let params = if input.peek(token::Paren) {
        let content;
        syn::parenthesized!(content in input);
        let list = Punctuated::<Param, Token![,]>::parse_terminated_with(&content, param)?;
        Some(Params {
            list: list.into_iter().collect(),
        })
    } else {
        None
    };
    let mut columns = Vec::new();
    while !input.is_empty() && !input.peek(Token![;]) {
        columns.push(field(input)?);
        if input.is_empty() || input.peek(Token![;]) {
            break;
        }
        input.parse::<Token![,]>().map_err(|e| {
            syn::Error::new(
                e.span(),
                format!(
                    "row {row_name:?}: expected `,` between columns or `;` at the end of the row"
                ),
            )
        })?;
    }
    let _: Option<Token![;]> = input.parse()?;
    Ok(Row {
        attrs,
        status,
        code,
        group,
        name,
        params,
        columns,
        origin: None,
    })
}

fn param(input: ParseStream) -> syn::Result<Param> {
    let name = input.call(Ident::parse_any)?;
    let ty = if input.peek(Token![:]) {
        input.parse::<Token![:]>()?;
        Some(input.parse()?)
    } else {
        None
    };
    Ok(Param { name, ty })
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn rows_and_groups_parse() {
        let mut errors = Errors::new();
        let table = table(
            quote! {
                /// Docs.
                group Login { status: 400 }
                400 "LOGIN.0001" locked(minutes: u32, seconds)
                    message: "in {0} and {1}", solution: "wait";
                "23505" Db::unique_violation message: "dup",
            },
            &mut errors,
        );
        assert!(errors.is_empty());
        assert_eq!(table.items.len(), 3);
        let Item::Row(row) = &table.items[1] else {
            panic!()
        };
        assert_eq!(row.code.value(), "LOGIN.0001");
        assert_eq!(row.params.as_ref().unwrap().list.len(), 2);
        assert_eq!(row.columns.len(), 2);
        let Item::Row(row) = &table.items[2] else {
            panic!()
        };
        assert_eq!(row.group.as_ref().unwrap(), "Db");
        assert!(row.status.is_none());
    }

    #[test]
    fn a_bad_row_is_skipped_and_the_rest_parsed() {
        let mut errors = Errors::new();
        let table = table(
            quote! {
                400 "A.1" a message: "x";
                400 400 "A.2" b message: "y";
                400 "A.3" "c" message: "z";
                400 "A.4" d message: "w";
            },
            &mut errors,
        );
        assert_eq!(errors.len(), 2);
        assert_eq!(table.items.len(), 2);
    }
}
