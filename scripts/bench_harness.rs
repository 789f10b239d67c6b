//! A small timing harness for the `harness = false` benches. (divan and criterion both bring
//! a second major version of syn into the workspace, which the project does not allow.)
//!
//! `cargo bench` passes `--bench`: each function runs in batches sized to about 5 ms, for
//! `SAMPLES` batches, and the median time per call is printed (with the fastest and slowest
//! batch). Without `--bench` (a `cargo test --benches` smoke run) each runs once. A first
//! argument that is not a flag filters benchmarks by substring, as with other harnesses.

#![allow(dead_code)]

use std::hint::black_box;
use std::time::{Duration, Instant};

const SAMPLES: usize = 31;
const BATCH: Duration = Duration::from_millis(5);

pub struct Bench {
    measure: bool,
    filter: Option<String>,
}

impl Bench {
    pub fn from_args() -> Self {
        let args: Vec<String> = std::env::args().skip(1).collect();
        Bench {
            measure: args.iter().any(|a| a == "--bench"),
            filter: args.into_iter().find(|a| !a.starts_with('-')),
        }
    }

    /// Whether to time benchmark `name`: `false` when the filter leaves it out, or when not
    /// run by `cargo bench`, in which case `smoke` runs it once.
    fn timing(&self, name: &str, smoke: impl FnOnce()) -> bool {
        if self.filter.as_deref().is_some_and(|s| !name.contains(s)) {
            return false;
        }
        if !self.measure {
            smoke();
            println!("{name}: ok (run with `cargo bench` to time)");
            return false;
        }
        true
    }

    /// Times `f` and prints `name: median ns/call (min … max)`; returns the median in ns.
    pub fn run<T>(&self, name: &str, mut f: impl FnMut() -> T) -> Option<f64> {
        if !self.timing(name, || drop(black_box(f()))) {
            return None;
        }
        let per_batch = calibrate(&mut f);
        let samples = (0..SAMPLES)
            .map(|_| {
                let start = Instant::now();
                for _ in 0..per_batch {
                    black_box(f());
                }
                start.elapsed().as_nanos() as f64 / per_batch as f64
            })
            .collect();
        Some(report(name, samples, &format!("batches of {per_batch}")))
    }

    /// Times `f` on inputs made by `setup`, one call at a time, making the input and dropping
    /// the output left out of the time (as criterion's `iter_batched`): for slow calls that
    /// consume their input.
    pub fn run_with_input<I, T>(
        &self,
        name: &str,
        mut setup: impl FnMut() -> I,
        mut f: impl FnMut(I) -> T,
    ) -> Option<f64> {
        if !self.timing(name, || drop(black_box(f(setup())))) {
            return None;
        }
        let samples = (0..SAMPLES)
            .map(|_| {
                let input = setup();
                let start = Instant::now();
                let output = black_box(f(input));
                let took = start.elapsed().as_nanos() as f64;
                drop(output);
                took
            })
            .collect();
        Some(report(
            name,
            samples,
            "calls, input and drop of output untimed",
        ))
    }

    /// Times `ours` and `theirs` in alternating batches, so that a change in the machine's
    /// speed during the run (frequent on a shared VM) hits both alike, and prints each one's
    /// median and the median of the per-pair ratios `ours / theirs`. Returns that ratio.
    pub fn compare<A, B>(
        &self,
        name: &str,
        mut ours: impl FnMut() -> A,
        mut theirs: impl FnMut() -> B,
    ) -> Option<f64> {
        let smoke = || {
            black_box(ours());
            black_box(theirs());
        };
        if !self.timing(name, smoke) {
            return None;
        }
        let per_batch = calibrate(&mut ours);
        let time = |f: &mut dyn FnMut()| {
            let start = Instant::now();
            for _ in 0..per_batch {
                f();
            }
            start.elapsed().as_nanos() as f64 / per_batch as f64
        };
        let (mut a, mut b, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
        for round in 0..PAIRS {
            // Which side goes first alternates too (a batch can warm the caches for the next).
            let (x, y) = if round % 2 == 0 {
                let x = time(&mut || drop(black_box(ours())));
                (x, time(&mut || drop(black_box(theirs()))))
            } else {
                let y = time(&mut || drop(black_box(theirs())));
                (time(&mut || drop(black_box(ours()))), y)
            };
            a.push(x);
            b.push(y);
            ratios.push(x / y);
        }
        let (a, b, ratio) = (median(&mut a), median(&mut b), median(&mut ratios));
        println!(
            "{name:<48} ours {:>9}  thiserror {:>9}  ratio {ratio:.3}  ({PAIRS} alternating pairs of {per_batch})",
            show(a),
            show(b),
        );
        Some(ratio)
    }
}

/// The median of `samples` (sorted in place).
fn median(samples: &mut [f64]) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// Prints `name: median /call (fastest … slowest, how)`; returns the median in ns.
fn report(name: &str, mut samples: Vec<f64>, how: &str) -> f64 {
    let median = median(&mut samples);
    println!(
        "{name:<48} {:>12} /call  ({} … {}, {} {how})",
        show(median),
        show(samples[0]),
        show(samples[samples.len() - 1]),
        samples.len(),
    );
    median
}

fn show(ns: f64) -> String {
    if ns < 1_000.0 {
        format!("{ns:.1} ns")
    } else if ns < 1_000_000.0 {
        format!("{:.2} µs", ns / 1_000.0)
    } else {
        format!("{:.2} ms", ns / 1_000_000.0)
    }
}

/// Alternating pairs of batches in [`Bench::compare`].
const PAIRS: usize = 61;

/// How many calls of `f` fill one batch.
fn calibrate<T>(f: &mut impl FnMut() -> T) -> u64 {
    let mut per_batch = 1u64;
    loop {
        let start = Instant::now();
        for _ in 0..per_batch {
            black_box(f());
        }
        let took = start.elapsed();
        if took >= BATCH || per_batch >= 1 << 30 {
            return per_batch;
        }
        let scale = (BATCH.as_nanos() as f64 / took.as_nanos().max(1) as f64).clamp(1.5, 100.0);
        per_batch = (per_batch as f64 * scale) as u64 + 1;
    }
}
