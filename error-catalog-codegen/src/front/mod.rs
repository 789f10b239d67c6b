//! The front end: options, the module, the table (inline or from a file), checked into the
//! model. Every problem is reported; the model then holds the rows that checked, when every
//! problem belongs to a row (the rest of the catalog is still generated, so that an IDE
//! keeps its types while a row is being typed), and is `None` otherwise.

use proc_macro2::TokenStream;

use crate::check;
use crate::diag::Errors;
use crate::model::Catalog;

pub mod ast;
mod delimited;
pub mod file;
pub mod grpc;
pub mod items;
pub mod lock;
pub mod module;
pub mod options;
pub mod row_attrs;

use self::module::Module;

/// What the expansion emits: the errors, the module, and what to generate in it.
pub struct Outcome {
    pub errors: Errors,
    /// The annotated module, or (not an inline module) the tokens to emit in its place.
    pub module: Result<Module, TokenStream>,
    /// The checked catalog: every row if `errors` is empty, else the rows without errors;
    /// `None` if nothing can be generated.
    pub catalog: Option<Catalog>,
}

pub fn run(attr: TokenStream, item: TokenStream) -> Outcome {
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
            return Outcome {
                errors,
                module: Err(passed),
                catalog: None,
            }
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
        return Outcome {
            errors,
            module: Ok(module),
            catalog: None,
        };
    };
    if let Some(Some(loaded)) = loaded {
        table
            .items
            .extend(loaded.rows.into_iter().map(ast::Item::Row));
    }
    let mut catalog = check::catalog(&options, &module, table, &mut errors);
    // The contract is checked on a valid table only: a half-checked one would report every
    // row it dropped as a removed code.
    if let (Some(model), Some(lit), true) = (&mut catalog, &options.lock, errors.is_empty()) {
        check::lock::check(model, lit, &mut errors);
    }
    // A broken contract concerns the catalog: nothing is generated then.
    let catalog = catalog.filter(|_| errors.only_rows());
    Outcome {
        errors,
        module: Ok(module),
        catalog,
    }
}
