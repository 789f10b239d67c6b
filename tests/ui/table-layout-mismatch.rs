//! A catalog's table written for another layout than the runtime reads (a macro and a runtime
//! of different versions): the `static` that builds it fails to compile, saying what to do.
//! The tables are written by hand here, as such a macro would.

struct Owner;
static OWNER: Owner = Owner;

// Layout version 9, an empty table otherwise.
static OTHER_VERSION: error_catalog::__private::Table = error_catalog::__private::Table::__new(
    &OWNER,
    "",
    b"\x09\0\0\0\x0c\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x01\0\0\0\x01\0\0\0\0\0\0\0\0\0\0\0~~~~\xff\xff\xff\xff",
    0,
);

// The right version, but two words shorter than the header says.
static SHORTER: error_catalog::__private::Table = error_catalog::__private::Table::__new(
    &OWNER,
    "",
    b"\x02\0\0\0\x0c\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x01\0\0\0\x01\0\0\0\0\0\0\0\0\0\0\0",
    0,
);

fn main() {}
