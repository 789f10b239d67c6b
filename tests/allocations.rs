//! Heap allocations of constructing and rendering errors, counted by a global allocator:
//! typed arguments, `&'static str` and numbers as `Text`, and owned strings moved in, render
//! into a pre-reserved `String` without allocating. (A behaviour check; timings are in
//! `benches/runtime.rs`.)

#[allow(dead_code)]
#[path = "../examples/iam_errors.rs"]
mod example;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;

use error_catalog::{error_catalog, CatalogError};
use example::iam;

/// Counts the allocations of the current thread only, so tests running in parallel do not
/// see each other's.
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// How many allocations `f` made on this thread.
fn allocations<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let before = ALLOCATIONS.with(Cell::get);
    let out = f();
    (ALLOCATIONS.with(Cell::get) - before, out)
}

#[error_catalog]
mod shop {
    catalog! {
        409 "CART.0001" out_of_stock
            message: "Only {0} left of {1}.";
    }
}

#[test]
fn the_counter_sees_allocations() {
    let (n, s) = allocations(|| String::from("counted"));
    assert!(n >= 1, "{n}");
    drop(s);
}

#[test]
fn typed_arguments_construct_and_render_without_allocating() {
    let mut out = String::with_capacity(256);
    let (n, ()) = allocations(|| {
        let error = iam::Login::locked(5, 30);
        write!(out, "{error}").unwrap();
        let error = iam::Error::from(iam::Login::bad_credentials(2));
        write!(out, "|{error}|{}|{}", error.code(), error.status().unwrap()).unwrap();
        write!(out, "|{}", error.description()).unwrap();
    });
    assert_eq!(n, 0, "allocations while rendering: {out}");
    assert_eq!(
        out,
        "User has been locked due to multiple login failures. It will be unlocked in 5 minutes and 30 seconds.\
         |Invalid account name or password. Remaining attempts: 2|LOGIN.0002|400\
         |Invalid account name or password. Remaining attempts: 2"
    );
}

#[test]
fn text_arguments_from_literals_numbers_and_moved_strings_do_not_allocate() {
    let mut out = String::with_capacity(256);
    let owned = String::from("pears");
    let (n, ()) = allocations(|| {
        write!(out, "{}", shop::Cart::out_of_stock(3u8, "apples")).unwrap();
        write!(out, " {}", shop::Cart::out_of_stock(-1i64, owned)).unwrap();
    });
    assert_eq!(n, 0, "allocations while rendering: {out}");
    assert_eq!(out, "Only 3 left of apples. Only -1 left of pears.");
}

#[test]
fn lookup_by_code_does_not_allocate() {
    let code = String::from("LOGIN.0001");
    let (n, entry) = allocations(|| iam::CATALOG.get(&code).map(|e| e.code()));
    assert_eq!((n, entry), (0, Some("LOGIN.0001")));
    let (n, entry) = allocations(|| iam::CATALOG.get("NOPE.0001").is_some());
    assert_eq!((n, entry), (0, false));
}

#[test]
fn decoding_typed_arguments_does_not_allocate() {
    // The captured texts are held on the stack; the numbers parse in place.
    let message = "User has been locked due to multiple login failures. It will be unlocked in 5 minutes and 30 seconds.";
    let (n, decoded) = allocations(|| iam::Error::decode("LOGIN.0001", message));
    assert_eq!(decoded, Ok(iam::Login::locked(5, 30).into()));
    assert_eq!(n, 0, "allocations while decoding");
    let (n, decoded) = allocations(|| iam::Error::decode("NOPE.0001", "?").is_err());
    // A failure owns a copy of the code and of the message it reports.
    assert_eq!(
        (n, decoded),
        (2, true),
        "a failure allocates its `Undecoded` only"
    );
}
