//! A user crate as strict as clippy allows: every warning, clippy's default lints and
//! `clippy::pedantic` denied, over catalogs whose rows are named like their group (with and
//! without parameters), raw identifiers, typed parameters, a printf catalog and a catalog read
//! from a file. `cargo clippy --workspace --all-targets --all-features -- -D warnings` (CI)
//! checks it; a lint in the generated code fails that step.
#![deny(warnings, clippy::all, clippy::pedantic)]

use error_catalog::error_catalog;

/// A printf catalog, as vendors write them: the row `pf` of group `Pf` once tripped clippy's
/// `self_named_constructors`.
#[error_catalog(dialect = "printf", status = 500)]
pub mod printf {
    catalog! {
        /// Named like its group, with a parameter.
        "PF.1" pf message: "%s failed";
        /// Named like its group, without parameters.
        "UNIT.1" unit message: "Unit failed.";
        "PF.2" other(count: u32, name) message: "%1$s: %2$s";
    }
}

/// Groups named in the rows, raw identifiers, typed and inferred parameters.
#[error_catalog(error = AppError)]
pub mod app {
    catalog! {
        /// Sign-in errors.
        group Login { status: 401 }
        "LOGIN.1" Login::login(r#type, minutes: u64) message: "{r#type} locked for {minutes} min";
        "LOGIN.2" Login::r#match message: "No match.";
        404 "APP.1" app message: "Application {0} does not exist.";
        400 "APP.2" wide(n: i128, m: u128) message: "{n} / {m}";
        #[doc = concat!("Built ", "with `concat!`: ", 3, " parts, ", 'c', ", ", true, ".")]
        400 "APP.3" concat_doc message: "Concatenated.";
        // Lifecycles and a translation: their generated code is held to the same lints.
        #[since = "1.0.0"]
        #[deprecated(note = "use APP.1")]
        404 "APP.4" old_app(id) message: "Application {id} is gone.";
        #[deprecated]
        404 "APP.5" older message: "Gone.";
        #[retired(since = "1.1.0", note = "no longer sent")]
        410 "APP.6" retired(id) message: "Application {id} retired.";
        locale "zh-CN" {
            "APP.1" message: "应用 {0} 不存在。";
            "LOGIN.1" message: "{r#type} 已锁定 {minutes} 分钟";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{app, printf};
    use error_catalog::CatalogError;

    #[test]
    #[allow(deprecated)]
    fn lifecycles_and_translations_render() {
        assert_eq!(app::App::old_app("a").to_string(), "Application a is gone.");
        assert_eq!(app::App::older().code(), "APP.5");
        assert_eq!(
            app::App::app("a").message_in("zh-CN").to_string(),
            "应用 a 不存在。"
        );
        assert_eq!(
            app::Login::login("t", 5).message_in("zh-CN").to_string(),
            "t 已锁定 5 分钟"
        );
    }

    #[test]
    fn the_strict_catalogs_render() {
        assert_eq!(printf::Pf::pf("x").to_string(), "x failed");
        assert_eq!(printf::Unit::unit().code(), "UNIT.1");
        assert_eq!(app::Login::login("t", 5).to_string(), "t locked for 5 min");
        assert_eq!(
            app::App::app("a").to_string(),
            "Application a does not exist."
        );
        assert_eq!(
            app::App::wide(-1, u128::MAX).to_string(),
            format!("-1 / {}", u128::MAX)
        );
    }

    /// `Entry::doc()` is what rustdoc shows, `concat!` evaluated.
    #[test]
    fn a_concat_doc_is_the_entry_doc() {
        let entry = app::CATALOG.get("APP.3").unwrap();
        assert_eq!(entry.doc(), "Built with `concat!`: 3 parts, c, true.");
    }

    /// A decoded number re-renders to the received text: `+1` and `02` do not decode.
    #[test]
    fn numbers_decode_from_their_rendering_only() {
        let max = u128::MAX;
        let decoded = app::AppError::decode("APP.2", &format!("-1 / {max}")).unwrap();
        assert_eq!(decoded.to_string(), format!("-1 / {max}"));
        for bad in ["+1 / 2", "-1 / 02", "1 / +2"] {
            assert!(app::AppError::decode("APP.2", bad).is_err(), "{bad}");
        }
    }
}
