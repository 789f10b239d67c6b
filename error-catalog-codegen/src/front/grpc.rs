//! gRPC status codes named in the table (`#[grpc = "ABORTED"]` on a row, `grpc: "ABORTED"` in
//! a group): the names of `google.rpc.Code`, checked here so that the runtime only ever sees
//! a valid number. The runtime maps statuses to codes itself; this list is the only place
//! the names are spelled out, and tonic's `Code::from_i32` reads the numbers back.

use std::fmt::Display;

use quote::ToTokens;

use crate::diag::Errors;
use crate::names;

/// `google.rpc.Code` by number, `OK` (0) left out: an error cannot be one.
const CODES: &[(&str, u8)] = &[
    ("CANCELLED", 1),
    ("UNKNOWN", 2),
    ("INVALID_ARGUMENT", 3),
    ("DEADLINE_EXCEEDED", 4),
    ("NOT_FOUND", 5),
    ("ALREADY_EXISTS", 6),
    ("PERMISSION_DENIED", 7),
    ("RESOURCE_EXHAUSTED", 8),
    ("FAILED_PRECONDITION", 9),
    ("ABORTED", 10),
    ("OUT_OF_RANGE", 11),
    ("UNIMPLEMENTED", 12),
    ("INTERNAL", 13),
    ("UNAVAILABLE", 14),
    ("DATA_LOSS", 15),
    ("UNAUTHENTICATED", 16),
];

/// The number of the gRPC code called `name`, or a reported error pointed at `at`.
pub fn code(name: &str, at: impl ToTokens, whose: &dyn Display, errors: &mut Errors) -> Option<u8> {
    if let Some(&(_, number)) = CODES.iter().find(|(n, _)| *n == name) {
        return Some(number);
    }
    let why = if name == "OK" {
        "`OK` is the code of a success, not of an error".to_string()
    } else {
        let known: Vec<&str> = CODES.iter().map(|(n, _)| *n).collect();
        // Case and separators are the usual slip (`"NotFound"`, `"not_found"`).
        let folded: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let near = known
            .iter()
            .find(|k| k.replace('_', "") == folded)
            .copied()
            .or_else(|| names::did_you_mean(name, &known));
        match near {
            Some(near) => format!("did you mean \"{near}\"?"),
            None => format!("expected one of: {}", known.join(", ")),
        }
    };
    errors.at(
        at,
        format!("{whose}: {name:?} is not a gRPC status code; {why} (the names of `google.rpc.Code`, such as \"ABORTED\")"),
    );
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str) -> Result<u8, String> {
        let mut errors = Errors::new();
        let span = proc_macro2::Span::call_site();
        code(
            name,
            proc_macro2::Ident::new("x", span),
            &"row A.1",
            &mut errors,
        )
        .ok_or_else(|| errors.to_compile_errors().to_string())
    }

    #[test]
    fn names_and_numbers() {
        assert_eq!(check("ABORTED"), Ok(10));
        assert_eq!(check("UNAUTHENTICATED"), Ok(16));
        assert!(check("OK").unwrap_err().contains("success"));
        assert!(check("NotFound")
            .unwrap_err()
            .contains("did you mean \\\"NOT_FOUND\\\""));
        assert!(check("ABORTD")
            .unwrap_err()
            .contains("did you mean \\\"ABORTED\\\""));
        assert!(check("").unwrap_err().contains("is not a gRPC status code"));
    }
}
