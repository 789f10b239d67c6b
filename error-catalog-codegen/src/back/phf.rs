//! Builds the perfect hash behind `CATALOG.get(code)` at expansion time, so that lookup at run
//! time is one hash, two table reads and one string comparison whatever the catalog's size.
//! Hash and displace: keys fall into buckets of about four; the largest buckets first, each
//! bucket gets the smallest displacement that sends all its keys to free slots. The hash and
//! the probe are the layout crate's (`error_catalog_layout::phf`), which the runtime's lookup
//! calls too.

use error_catalog_layout::phf::{bucket, hash, slot, EMPTY};

/// The table: `slots[slot]` is the row index of the key that hashes there, [`EMPTY`] for none.
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
        slots: vec![EMPTY; slots],
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
                let free = table.slots[s] == EMPTY && !taken.contains(&s);
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

#[cfg(test)]
mod tests {
    use super::*;
    use error_catalog_layout::phf::probe;

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
            let (buckets, slots) = (table.displacements.len(), table.slots.len());
            let d = |b: usize| table.displacements[b];
            table.slots[probe(table.seed, code.as_bytes(), buckets, d, slots)]
        };
        for (code, row) in &keys {
            assert_eq!(find(code), *row, "{code}");
        }
        let empty = table.slots.iter().filter(|&&s| s == EMPTY).count();
        assert_eq!(empty, table.slots.len() - keys.len());
    }
}
