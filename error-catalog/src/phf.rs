//! Lookup by code in constant time: a perfect hash (hash and displace) that the macro builds
//! when the catalog is compiled. These functions must stay identical to the macro's
//! (`error-catalog-codegen/src/back/phf.rs`); both crates test them against the same values.

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

/// `x` scaled into `0..n` by a multiply and a shift (a division costs several times more).
#[inline]
fn reduce(x: u32, n: usize) -> usize {
    ((u64::from(x) * n as u64) >> 32) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same values are asserted in the macro's copy (`error-catalog-codegen/src/back/phf.rs`).
    #[test]
    fn hash_matches_the_macros_copy() {
        assert_eq!(hash(5, b"X"), HASHES[0]);
        assert_eq!(hash(1, b"LOGIN.0001"), HASHES[1]);
        assert_eq!(hash(7, b"APP_ACCOUNT2.0035"), HASHES[2]);
        assert_eq!(slot(HASHES[2], 3, 2025), SLOT);
    }

    const HASHES: [u64; 3] = [
        0xb0b0_aad2_313a_ac51,
        0x1249_9186_dba8_737b,
        0x390c_a98f_d0b8_8a87,
    ];
    const SLOT: usize = 1624;
}
