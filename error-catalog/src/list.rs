//! What the table's list views ([`Params`], [`Pieces`]) share: `len`, `is_empty`, `iter`,
//! the iterator, `IntoIterator` and `Debug`. Each view has a `len` field and its own `get`,
//! and iterates by index.
//!
//!
//! ```
//! use error_catalog::{error_catalog, CatalogError, Piece};
//!
//! #[error_catalog]
//! mod iam {
//!     catalog! {
//!         400 "LOGIN.0001" locked(minutes: u32, seconds: u32)
//!             message: "Unlocked in {0} minutes and {1} seconds.";
//!         404 "APP.0001" not_found message: "Application does not exist.";
//!     }
//! }
//!
//! let entry = iam::Login::locked(5, 30).entry();
//! let params = entry.params();
//! assert_eq!((params.len(), params.is_empty()), (2, false));
//! let names: Vec<&str> = params.iter().map(|p| p.name()).collect();
//! assert_eq!(names, ["minutes", "seconds"]);
//! assert_eq!(params.iter().len(), 2);
//! for param in params {
//!     assert_eq!(param.ty(), "u32");
//! }
//!
//! let pieces = entry.message().pieces();
//! assert_eq!(pieces.len(), 5); // "Unlocked in ", {0}, " minutes and ", {1}, " seconds."
//! assert!(matches!(pieces.iter().nth(1), Some(Piece::Arg(0))));
//! assert!(iam::App::not_found().entry().params().is_empty());
//! assert_eq!(format!("{:?}", iam::App::not_found().entry().params()), "[]");
//! ```
//!
//! [`Params`]: crate::Params
//! [`Pieces`]: crate::Pieces

/// `$iter` over list view `$list` of `$item`s, plus `len`, `is_empty`, `IntoIterator` and
/// `Debug` for the list.
macro_rules! list_iter {
    ($(#[$doc:meta])* $iter:ident, $list:ident, $item:ty) => {
        $(#[$doc])*
        #[derive(Clone, Debug)]
        pub struct $iter {
            list: $list,
            next: usize,
        }

        impl $list {
            /// The number of items.
            #[inline]
            pub fn len(&self) -> usize {
                self.len
            }

            /// `true` when there are no items.
            #[inline]
            pub fn is_empty(&self) -> bool {
                self.len == 0
            }

            /// The items in order.
            #[inline]
            pub fn iter(&self) -> $iter {
                $iter {
                    list: *self,
                    next: 0,
                }
            }
        }

        impl Iterator for $iter {
            type Item = $item;
            #[inline]
            fn next(&mut self) -> Option<$item> {
                let item = self.list.get(self.next)?;
                self.next += 1;
                Some(item)
            }
            fn size_hint(&self) -> (usize, Option<usize>) {
                let left = self.list.len() - self.next;
                (left, Some(left))
            }
        }

        impl ExactSizeIterator for $iter {}

        impl IntoIterator for $list {
            type Item = $item;
            type IntoIter = $iter;
            fn into_iter(self) -> $iter {
                self.iter()
            }
        }

        impl core::fmt::Debug for $list {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.debug_list().entries(self.iter()).finish()
            }
        }
    };
}

pub(crate) use list_iter;
