use super::*;

/// A well-formed table of `rows` rows and nothing else, with its text.
fn table(rows: usize, text: &str) -> ([u8; 4 * (header::LEN + 2 * row::WORDS + 2 + 2)], Header) {
    let header = Header {
        rows,
        pieces: 0,
        params: 0,
        displacements: 1,
        slots: 1,
        seed: 0x1_0000_0002,
        text_len: text.len(),
    };
    let mut data = [0; 4 * (header::LEN + 2 * row::WORDS + 2 + 2)];
    for (i, word) in header.to_words().iter().enumerate() {
        data[i * 4..i * 4 + 4].copy_from_slice(&word.to_le_bytes());
    }
    (data, header)
}

#[test]
fn a_table_reads_back_its_header() {
    let (data, header) = table(2, "AB");
    assert_eq!(header.words() * 4, data.len());
    assert_eq!(Header::read("AB", &data, 2), Ok(header));
    assert_eq!(header.pieces_at(), header::LEN + 2 * row::WORDS);
    assert_eq!(header.slots_at(), header.pieces_at() + 2 + 1);
}

#[test]
fn each_mismatch_is_caught() {
    let (data, _) = table(2, "AB");
    assert_eq!(
        Header::read("AB", &data[..4 * 3], 2),
        Err(Mismatch::NoHeader)
    );
    assert_eq!(
        Header::read("AB", &data[..data.len() - 1], 2),
        Err(Mismatch::NoHeader)
    );
    assert_eq!(
        Header::read("AB", &data[..data.len() - 4], 2),
        Err(Mismatch::Length)
    );
    assert_eq!(Header::read("ABC", &data, 2), Err(Mismatch::TextLength));
    assert_eq!(Header::read("AB", &data, 3), Err(Mismatch::Rows));
    let mut other = data;
    other[header::VERSION * 4] ^= 0xFF;
    assert_eq!(Header::read("AB", &other, 2), Err(Mismatch::Version));
    // Sections that do not add up to the length written.
    let mut other = data;
    other[header::SLOTS * 4] = 2;
    assert_eq!(Header::read("AB", &other, 2), Err(Mismatch::Length));
}

#[test]
fn the_check_runs_in_const() {
    const DATA: ([u8; 4 * (header::LEN + 2 * row::WORDS + 2 + 2)], Header) = {
        let header = Header {
            rows: 2,
            pieces: 0,
            params: 0,
            displacements: 1,
            slots: 1,
            seed: 3,
            text_len: 0,
        };
        let words = header.to_words();
        let mut data = [0; 4 * (header::LEN + 2 * row::WORDS + 2 + 2)];
        let mut i = 0;
        while i < header::LEN {
            let bytes = words[i].to_le_bytes();
            data[i * 4] = bytes[0];
            data[i * 4 + 1] = bytes[1];
            data[i * 4 + 2] = bytes[2];
            data[i * 4 + 3] = bytes[3];
            i += 1;
        }
        (data, header)
    };
    const READ: Result<Header, Mismatch> = Header::read("", &DATA.0, 2);
    assert_eq!(READ, Ok(DATA.1));
}

#[test]
fn every_mismatch_says_what_to_do() {
    for m in [
        Mismatch::NoHeader,
        Mismatch::Version,
        Mismatch::Length,
        Mismatch::TextLength,
        Mismatch::Rows,
    ] {
        assert!(m.message().starts_with("error-catalog: "), "{m:?}");
        assert!(m.message().ends_with("must be the same version"), "{m:?}");
    }
}

/// Fixed values, so that a change to the hash (which would need a new [`VERSION`]) shows.
#[test]
fn hash_values_are_fixed() {
    assert_eq!(phf::hash(5, b"X"), 0xb0b0_aad2_313a_ac51);
    assert_eq!(phf::hash(1, b"LOGIN.0001"), 0x1249_9186_dba8_737b);
    let h = phf::hash(7, b"APP_ACCOUNT2.0035");
    assert_eq!(h, 0x390c_a98f_d0b8_8a87);
    assert_eq!(phf::slot(h, 3, 2025), 1624);
    assert_eq!(phf::probe(7, b"APP_ACCOUNT2.0035", 1, |_| 3, 2025), 1624);
}

#[test]
fn validate_follows_every_span() {
    let (mut data, header) = table(2, "AB");
    // Row 1's code is "B"; the order and the slot name rows 0 and 1.
    let code = 4 * (header.rows_at() + row::WORDS + row::CODE);
    data[code..code + 8].copy_from_slice(&[1, 0, 0, 0, 1, 0, 0, 0]);
    let order = 4 * header.order_at();
    data[order..order + 8].copy_from_slice(&[1, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(validate("AB", &data), Ok(header));

    // One byte changed at a word: the fault names that word.
    let code = code / 4;
    let message = header.rows_at() + row::MESSAGE + row::TEMPLATE_PIECES;
    let params = header.rows_at() + row::PARAMS;
    for (at, byte, value, what) in [
        (code, 4, 2, "a code's span"),
        (header.order_at(), 0, 2, "a row in the order"),
        (header.slots_at(), 0, 7, "a row in a slot"),
        (params, 4, 1, "a row's parameters"),
        (message, 4, 1, "a template's pieces"),
    ] {
        let mut bad = data;
        bad[at * 4 + byte] = value;
        assert_eq!(validate("AB", &bad), Err(Fault { at, what }), "{what}");
    }
    // Inside the text, but not on a character boundary.
    let (mut split, _) = table(2, "é");
    split[code * 4..code * 4 + 8].copy_from_slice(&[1, 0, 0, 0, 1, 0, 0, 0]);
    let what = "a code's span";
    assert_eq!(validate("é", &split), Err(Fault { at: code, what }));
    // An empty slot, and a template that is one literal, list nothing.
    let mut fine = data;
    fine[header.slots_at() * 4..].copy_from_slice(&phf::EMPTY.to_le_bytes());
    fine[message * 4..message * 4 + 8].copy_from_slice(&[0x7E, 0x7E, 0x7E, 0x7E, 1, 0, 0, 0]);
    assert_eq!(u32::from_le_bytes([0x7E; 4]), WHOLE);
    assert_eq!(validate("AB", &fine), Ok(header));
}

#[test]
fn status_words_hold_up_to_three_statuses() {
    use crate::{status_at, status_word, NO_STATUS, STATUSES};
    // One status is its own number: tables without `404/500` rows read as before.
    assert_eq!(status_word(&[404]), 404);
    assert_eq!(status_word(&[]), NO_STATUS);
    let word = status_word(&[400, 404, 599]);
    let back: [u16; STATUSES] = core::array::from_fn(|i| status_at(word, i));
    assert_eq!(back, [400, 404, 599]);
    assert_eq!(status_at(status_word(&[404, 500]), 2), 0);
    assert_eq!(status_at(word, STATUSES), 0);
}
