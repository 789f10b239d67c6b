//! The perfect hash behind `CATALOG.get(code)`: built here, at expansion time, so lookup at
//! run time is one hash, two table reads and one string comparison whatever the catalog's
//! size. Hash and displace: keys fall into buckets of about four; the largest buckets first,
//! each bucket gets the smallest displacement that sends all its keys to free slots.
//!
//! `hash`, `bucket` and `slot` must stay identical to the runtime's copy
//! (`error-catalog/src/phf.rs`); both crates test them against the same values.

const K: u64 = 0x9E37_79B9_7F4A_7C15;

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

fn mix(h: u64, word: u64) -> u64 {
    let h = (h ^ word).wrapping_mul(K);
    h ^ (h >> 32)
}

pub fn bucket(h: u64, buckets: usize) -> usize {
    reduce((h >> 32) as u32, buckets)
}

pub fn slot(h: u64, displacement: u32, slots: usize) -> usize {
    let f1 = h as u32;
    let f2 = ((h >> 16) as u32) | 1;
    reduce(f1.wrapping_add(displacement.wrapping_mul(f2)), slots)
}

/// The table: `slots[slot]` is the row index of the key that hashes there, `u32::MAX` for
/// none.
pub struct Table {
    pub seed: u64,
    pub displacements: Vec<u32>,
    pub slots: Vec<u32>,
}

/// Builds the table for distinct `keys`, each with its row index.
pub fn build(keys: &[(&str, u32)]) -> Table {
    let buckets = keys.len().div_ceil(4).max(1);
    let slots = keys.len() + keys.len() / 8 + 1;
    (0u64..)
        .find_map(|seed| attempt(keys, seed, buckets, slots))
        .expect("some seed separates distinct keys")
}

fn attempt(keys: &[(&str, u32)], seed: u64, buckets: usize, slots: usize) -> Option<Table> {
    let hashes: Vec<u64> = keys.iter().map(|(k, _)| hash(seed, k.as_bytes())).collect();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
    for (key, &h) in hashes.iter().enumerate() {
        members[bucket(h, buckets)].push(key);
    }
    let mut order: Vec<usize> = (0..buckets).collect();
    order.sort_by_key(|&b| std::cmp::Reverse(members[b].len()));
    let mut table = Table {
        seed,
        displacements: vec![0; buckets],
        slots: vec![u32::MAX; slots],
    };
    let mut taken = Vec::new();
    for b in order {
        if members[b].is_empty() {
            break;
        }
        // Keys whose hashes agree in every bit used never separate: give up on this seed.
        let found = (0..100_000u32).find(|&d| {
            taken.clear();
            members[b].iter().all(|&key| {
                let s = slot(hashes[key], d, slots);
                let free = table.slots[s] == u32::MAX && !taken.contains(&s);
                taken.push(s);
                free
            })
        })?;
        table.displacements[b] = found;
        for (&key, &s) in members[b].iter().zip(&taken) {
            table.slots[s] = keys[key].1;
        }
    }
    Some(table)
}

/// `x` scaled into `0..n` by a multiply and a shift (a division costs several times more).
#[inline]
fn reduce(x: u32, n: usize) -> usize {
    ((u64::from(x) * n as u64) >> 32) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same values are asserted in the runtime's copy (`error-catalog/src/phf.rs`).
    #[test]
    fn hash_matches_the_runtimes_copy() {
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

    #[test]
    fn every_key_finds_its_row_and_others_miss() {
        let codes: Vec<String> = (0..3000)
            .map(|i| format!("GROUP{}.{:04}", i % 37, i))
            .collect();
        let keys: Vec<(&str, u32)> = codes
            .iter()
            .enumerate()
            .map(|(i, c)| (c.as_str(), i as u32))
            .collect();
        let table = build(&keys);
        let find = |code: &str| {
            let h = hash(table.seed, code.as_bytes());
            let d = table.displacements[bucket(h, table.displacements.len())];
            table.slots[slot(h, d, table.slots.len())]
        };
        for (code, row) in &keys {
            assert_eq!(find(code), *row, "{code}");
        }
        let empty = table.slots.iter().filter(|&&s| s == u32::MAX).count();
        assert_eq!(empty, table.slots.len() - keys.len());
    }
}
