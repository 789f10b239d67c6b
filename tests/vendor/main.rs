//! Catalogs as vendors publish them: placeholder dialects, codes of every shape, shared codes,
//! missing columns, any status, non-ASCII text, catalogs kept in files, and a large catalog.

// The catalogs declare more rows than each test constructs.
#![allow(dead_code)]

mod codes;
mod dialects;
mod files;
mod large;
mod text;
mod verbatim;
mod wire;
