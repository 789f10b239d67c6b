//! The front end: options, the module, the table (inline or from a file), checked into the
//! model. Every problem is reported; on any, the result is the tokens to emit instead (the
//! errors and the module without its table).

use proc_macro2::TokenStream;
use quote::quote;

use crate::check;
use crate::diag::Errors;
use crate::model::Catalog;

pub mod ast;
mod delimited;
mod file;
pub mod items;
pub mod lock;
pub mod module;
pub mod options;
pub mod row_attrs;

use self::module::Module;

/// The module and its checked catalog, or the tokens to emit in their place.
pub fn run(attr: TokenStream, item: TokenStream) -> Result<(Module, Catalog), TokenStream> {
    let mut errors = Errors::new();
    // As for the table's items (`ast::MAX_NESTING`): syn would recurse once per level.
    let attr_tokens: Vec<proc_macro2::TokenTree> = attr.clone().into_iter().collect();
    let attr = if ast::nests_deeper(&attr_tokens, ast::MAX_NESTING) {
        errors.at(
            &attr,
            format!("#[error_catalog(…)]: the options nest `<…>` and brackets more than {} levels deep, which the macro does not read; simplify them", ast::MAX_NESTING),
        );
        TokenStream::new()
    } else {
        attr
    };
    let options = options::parse(attr, &mut errors);
    let mut module = match module::parse(item, &mut errors) {
        Ok(module) => module,
        Err(passed) => {
            let errors = errors.to_compile_errors();
            return Err(quote!(#errors #passed));
        }
    };
    for (extra, _) in module.tables.iter().skip(1) {
        errors.at(
            extra,
            format!(
                "module `{}` has more than one `catalog!` table; put all rows in one table",
                module.ident
            ),
        );
    }
    // `file = "…"`: the rows come from a file; an inline table is then optional (it may
    // still declare groups).
    let loaded = options
        .file
        .as_ref()
        .map(|lit| file::load(lit, &mut errors));
    if let Some(Some(loaded)) = &loaded {
        module.items.extend(items::scan(loaded.include.clone()));
    }
    // The rows are taken out of the module, their group dropped before they are read: with
    // no other owner, the tokens are moved rather than copied (a fallback `TokenStream` shares
    // its tokens with every clone).
    let rows = (!module.tables.is_empty()).then(|| module.tables.swap_remove(0).1);
    let table = match rows {
        Some(rows) => {
            let (stream, close) = (rows.stream(), rows.span_close());
            drop(rows);
            Some(ast::table(stream, close, &mut errors))
        }
        None if loaded.is_some() => Some(ast::Table { items: Vec::new() }),
        None => None,
    };
    let Some(mut table) = table else {
        errors.at(
            &module.ident,
            format!("module `{}` has no `catalog! {{ … }}` table; add one with the rows, e.g. `catalog! {{ 400 \"APP.0001\" not_found message: \"Application does not exist.\"; }}`", module.ident),
        );
        let errors = errors.to_compile_errors();
        let module = module.emit(None, TokenStream::new());
        return Err(quote!(#errors #module));
    };
    if let Some(Some(loaded)) = loaded {
        table
            .items
            .extend(loaded.rows.into_iter().map(ast::Item::Row));
    }
    let mut model = check::catalog(&options, &module, table, &mut errors);
    // The contract is checked on a valid table only: a half-checked one would report every
    // row it dropped as a removed code.
    if let (Some(model), Some(lit)) = (&mut model, &options.lock) {
        check::lock::check(model, lit, &mut errors);
    }
    match model {
        Some(model) if errors.is_empty() => Ok((module, model)),
        _ => {
            let errors = errors.to_compile_errors();
            let module = module.emit(None, TokenStream::new());
            Err(quote!(#errors #module))
        }
    }
}
