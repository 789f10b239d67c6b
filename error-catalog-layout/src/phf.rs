//! The perfect hash over a catalog's codes (hash and displace): the macro finds a seed and a
//! displacement per bucket that send every code to a slot of its own; `Catalog::get` then
//! costs one hash, two reads and one comparison, whatever the catalog's size. The macro's
//! builder and the runtime's lookup both go through [`probe`], so the two agree by
//! construction.

/// A slot that no code hashes to.
pub const EMPTY: u32 = u32::MAX;

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// The hash of a code: 8 bytes at a time, multiply and fold. Not keyed against flooding, and
/// it need not be: every key is known when the table is built, and a miss costs one probe.
#[inline]
pub fn hash(seed: u64, key: &[u8]) -> u64 {
    let mut h = seed ^ (key.len() as u64).wrapping_mul(K);
    let mut chunks = key.chunks_exact(8);
    for chunk in &mut chunks {
        let word: [u8; 8] = chunk.try_into().unwrap_or_default();
        h = mix(h, u64::from_le_bytes(word));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // Byte by byte: a copy of variable length would be a `memcpy` call.
        let word = (rest.iter().enumerate()).fold(0u64, |w, (i, &b)| w | u64::from(b) << (8 * i));
        h = mix(h, word);
    }
    h.wrapping_mul(K) ^ (h >> 29)
}

#[inline]
fn mix(h: u64, word: u64) -> u64 {
    let h = (h ^ word).wrapping_mul(K);
    h ^ (h >> 32)
}

/// The bucket of a key, from its hash.
#[inline]
pub fn bucket(h: u64, buckets: usize) -> usize {
    reduce((h >> 32) as u32, buckets)
}

/// The slot of a key, from its hash and its bucket's displacement.
#[inline]
pub fn slot(h: u64, displacement: u32, slots: usize) -> usize {
    let f1 = h as u32;
    let f2 = ((h >> 16) as u32) | 1;
    reduce(f1.wrapping_add(displacement.wrapping_mul(f2)), slots)
}

/// The slot of `key` in a table of `buckets` displacements (read by `displacement`) and
/// `slots` slots built with `seed`. Both must be non-zero.
#[inline]
pub fn probe(
    seed: u64,
    key: &[u8],
    buckets: usize,
    displacement: impl FnOnce(usize) -> u32,
    slots: usize,
) -> usize {
    let h = hash(seed, key);
    slot(h, displacement(bucket(h, buckets)), slots)
}

/// `x` scaled into `0..n` by a multiply and a shift (a division costs several times more).
#[inline]
fn reduce(x: u32, n: usize) -> usize {
    ((u64::from(x) * n as u64) >> 32) as usize
}
