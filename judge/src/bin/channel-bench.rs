//! The result channel's own cost (a measurement, not a test): what the
//! host does for the call marks and results of six 200,000-call tests (the
//! size of lru-cache's generated tests) with no guest at all, from the
//! first mark to the decoded results and call fuel. The cached re-judge's
//! profile has this work inside the host calls; here it is alone, so a
//! change to it can be compared in milliseconds.
//!
//!   cargo build --release -p judge --features pack-bench --bin channel-bench
//!   target/release/channel-bench

use std::time::Instant;

const TESTS: usize = 6;
const CALLS: u64 = 200_000;
const RUNS: usize = 15;

fn main() {
    // The allocator settings of the judge binary, so buffers are reused as
    // they are there.
    assert!(harness::process_memory::reuse_large_frees());
    let mut best = f64::MAX;
    for _ in 0..RUNS {
        let started = Instant::now();
        let mut answered = 0usize;
        for _ in 0..TESTS {
            let mut channel = sandbox::Channel::default();
            let mut fuel = 0u64;
            for i in 0..CALLS {
                // What a driver's `call_begin` carries: the last result.
                let last: &[u8] = match i {
                    0 => b"",
                    _ if i % 2 == 0 => b"null\n",
                    _ => b"12345\n",
                };
                channel.push_marked(last, sandbox::CallMark::Begins, fuel, fuel + 64);
                fuel += 600;
                channel.push_marked(b"", sandbox::CallMark::Returned, fuel, fuel + 64);
                fuel += 100;
            }
            channel.push([&b"7\n#end\n"[..]].into_iter(), fuel, fuel + 500);
            let out = harness::wire::decode_raw(&channel, fuel + 1000);
            assert_eq!(out.call_fuel.as_ref().map(Vec::len), Some(CALLS as usize));
            answered += out.results.len();
        }
        best = best.min(started.elapsed().as_secs_f64());
        std::hint::black_box(answered);
    }
    println!(
        "channel: {TESTS} tests x {CALLS} marked calls, marks to decoded results: best of {RUNS} {:.1} ms",
        best * 1e3
    );
}
