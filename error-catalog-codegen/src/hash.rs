//! FNV-1a for the macro's maps: their keys are short strings of the macro's own input (codes,
//! prefixes, names, the table's texts), where std's DoS-resistant SipHash costs more than the
//! lookups it serves, the more so in the unoptimised build a proc macro runs as.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut hash = self.0;
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// An empty map sized for `n` entries.
pub fn map_with_capacity<K, V>(n: usize) -> FnvMap<K, V> {
    FnvMap::with_capacity_and_hasher(n, BuildHasherDefault::default())
}
