//! Copies the word lists and model files of `src/data/` into `OUT_DIR` without their
//! comment lines, for [`data_file!`](src/lib.rs) to compile in. The `# source:` headers and
//! notes stay in the repository, where they are read; the lists' parsers skip `#` lines
//! anyway, so a copy without them reads the same, and the download is a few KB smaller
//! (issue 8). The scorer's text files also become the compact binary forms that
//! `src/score/model.rs` and `src/score/ngrams.rs` read (layouts below).

use std::fs;
use std::path::Path;

// The model numbers' digits: the reader the product uses, to check they read back exactly.
#[allow(dead_code)]
#[path = "src/decimal.rs"]
mod decimal;

fn copy(from: &Path, to: &Path) {
    let Ok(entries) = fs::read_dir(from) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            fs::create_dir_all(&target).expect("create a data folder in OUT_DIR");
            copy(&path, &target);
        } else if path.extension().is_some_and(|e| e == "txt") {
            let text = fs::read_to_string(&path).expect("data files are UTF-8");
            let mut kept: Vec<&str> = text.lines().filter(|l| !l.trim_start().starts_with('#')).collect();
            // The kinds of abbreviations are aligned in a column for reading; the reader
            // (`src/segment/tables.rs`) trims the word before a kind, so one space will do.
            let collapsed: Vec<String>;
            if entry.file_name() == "abbreviation_kinds.txt" {
                const KINDS: [&str; 6] = ["title", "number", "final", "acronym", "time", "place"];
                collapsed = kept
                    .iter()
                    .map(|l| match l.trim().rsplit_once(char::is_whitespace) {
                        Some((word, kind)) if KINDS.contains(&kind) => format!("{} {kind}", word.trim()),
                        _ => (*l).to_string(),
                    })
                    .collect();
                kept = collapsed.iter().map(String::as_str).collect();
            }
            // A list read only as a set (its header says `# set`): in sorted order, neighbours
            // share their first letters, which gzip compresses better (the download, issue 8).
            if text.lines().any(|l| l.trim() == "# set") {
                kept.sort_unstable();
                kept.dedup();
            }
            let kept: String = kept.into_iter().flat_map(|l| [l, "\n"]).collect();
            fs::write(&target, kept).expect("write a data file to OUT_DIR");
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=src/data");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let to = Path::new(&out).join("data");
    fs::create_dir_all(&to).expect("create OUT_DIR/data");
    copy(Path::new("src/data"), &to);
    let read = |p: &str| fs::read_to_string(Path::new("src/data").join(p)).expect("read a model file");
    fs::write(to.join("model/scorer.bin"), scorer_bin(&read("model/scorer.txt"))).expect("write scorer.bin");
    fs::write(to.join("model/ngrams.bin"), ngrams_bin(&read("model/ngrams.txt"))).expect("write ngrams.bin");
    fs::write(Path::new(&out).join("case_tables.rs"), case_tables()).expect("write case_tables.rs");
}

/// The scorer's trees (`model/scorer.txt`, as `scripts/train/scorer.py` writes it) as
/// `model/scorer.bin`, the form `src/score/model.rs` reads: the text stays the reviewed,
/// reproducible file; the download gets ~1.5 KB less (issue 8). Layout: the `features`
/// line and `\n`; the tree count (`u16`); one byte per node in preorder (0 for a leaf, the
/// feature index plus one for a split); then every number (the bias, then each node's
/// threshold and value, or a leaf's value) as its decimal digits (`i16`, little endian,
/// all of them first) and its power of ten (`i8`). The digits are the file's own, so the
/// numbers read back exactly as the text reads; this build checks it against the
/// standard parser.
fn scorer_bin(text: &str) -> Vec<u8> {
    let mut names = None;
    let mut numbers: Vec<&str> = Vec::new();
    let mut nodes: Vec<u8> = Vec::new();
    let mut trees = 0u16;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (key, rest) = line.split_once(' ').unwrap_or((line, ""));
        match key {
            "features" => names = Some(rest),
            "bias" => numbers.insert(0, rest.trim()),
            "t" => {
                trees += 1;
                for token in rest.split_whitespace() {
                    match token.split_once('<') {
                        None => {
                            nodes.push(0);
                            numbers.push(token);
                        }
                        Some((feature, rest)) => {
                            let feature: u8 = feature.parse().expect("scorer.txt: a feature index");
                            nodes.push(feature + 1);
                            let (threshold, value) = rest.split_once(':').expect("scorer.txt: `threshold:value`");
                            numbers.extend([threshold, value]);
                        }
                    }
                }
            }
            other => panic!("scorer.txt: unknown key `{other}`"),
        }
    }
    let mut out = names.expect("scorer.txt: a `features` line").as_bytes().to_vec();
    out.push(b'\n');
    out.extend(trees.to_le_bytes());
    out.extend(&nodes);
    let parts: Vec<(i16, i8)> = numbers.iter().map(|s| number_parts(s)).collect();
    out.extend(parts.iter().flat_map(|&(m, _)| m.to_le_bytes()));
    out.extend(parts.iter().map(|&(_, e)| e as u8));
    out
}

/// A model number as (signed digits, power of ten), checked to read back as the standard
/// parser reads the text.
fn number_parts(s: &str) -> (i16, i8) {
    let (negative, mut m, mut e) = decimal::decimal_parts(s).unwrap_or_else(|| panic!("scorer.txt: `{s}`"));
    while m != 0 && m % 10 == 0 {
        m /= 10;
        e += 1;
    }
    let digits = i16::try_from(m).unwrap_or_else(|_| panic!("scorer.txt: `{s}` has more than 4 digits"));
    let power = i8::try_from(e).unwrap_or_else(|_| panic!("scorer.txt: `{s}`: exponent out of range"));
    let want: f32 = s.parse().unwrap_or_else(|_| panic!("scorer.txt: `{s}`"));
    let got = decimal::f32_from_parts(negative, m, e);
    assert!(
        got.map(f32::to_bits) == Some(want.to_bits()) && !(negative && m == 0),
        "scorer.txt: `{s}` would not read back exactly"
    );
    (if negative { -digits } else { digits }, power)
}

/// The n-gram table (`model/ngrams.txt`) as `model/ngrams.bin`: bucket count (`u32`), scale
/// (`f32` bits, as the standard parser reads the text), one `i8` weight per bucket.
fn ngrams_bin(text: &str) -> Vec<u8> {
    let (mut buckets, mut scale, mut weights) = (None, None, Vec::new());
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (key, rest) = line.split_once(' ').unwrap_or((line, ""));
        match key {
            "buckets" => buckets = rest.trim().parse::<u32>().ok(),
            "scale" => scale = rest.trim().parse::<f32>().ok(),
            "w" => weights.extend(rest.split_whitespace().map(|w| w.parse::<i8>().expect("ngrams.txt: an i8 weight"))),
            other => panic!("ngrams.txt: unknown key `{other}`"),
        }
    }
    let buckets = buckets.expect("ngrams.txt: `buckets`");
    assert_eq!(weights.len(), buckets as usize, "ngrams.txt: one weight per bucket");
    let mut out = buckets.to_le_bytes().to_vec();
    out.extend(scale.expect("ngrams.txt: `scale`").to_le_bytes());
    out.extend(weights.iter().map(|&w| w as u8));
    out
}

/// The lower-case mapping and the two properties of the final-sigma rule, as
/// `src/case.rs` reads them (`OUT_DIR/case_tables.rs`), taken from this toolchain's own
/// `char::to_lowercase` and `str::to_lowercase`, so `case::lower` gives what they give.
/// The standard library's table of pairs is 11.7 KB of the download; these runs are a
/// fraction of it (issue 8).
#[allow(clippy::disallowed_methods)] // the standard functions are the source here
fn case_tables() -> String {
    // Runs of code points with the same offset to their lower case, every `stride`-th.
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
    for cp in 0x80u32..=0x10FFFF {
        let Some(c) = char::from_u32(cp) else { continue };
        let mut lower = c.to_lowercase();
        let first = lower.next().expect("a lower case");
        if lower.next().is_some() {
            // Only U+0130 (İ) lower-cases to two chars; src/case.rs knows it.
            assert_eq!(cp, 0x130, "U+{cp:04X} lower-cases to several chars");
            continue;
        }
        if first == c {
            continue;
        }
        let delta = i64::from(u32::from(first)) - i64::from(cp);
        match runs.last_mut() {
            Some(r) if r.3 == delta && r.1 == 1 && cp - r.0 <= 2 => {
                r.2 = cp - r.0;
                r.1 = 2;
            }
            Some(r) if r.3 == delta && r.1 > 1 && cp == r.0 + r.1 * r.2 => r.1 += 1,
            _ => runs.push((cp, 1, 1, delta)),
        }
    }
    // Final sigma (`str::to_lowercase`): Σ is ς when a cased letter comes before it and none
    // after it, skipping case-ignorable chars. Both properties probed through the standard
    // library: in "AΣx" the sigma stays σ only if x is cased and not case-ignorable; in
    // "AxΣ" it becomes ς if x is case-ignorable or cased.
    let mut ignorable: Vec<(u32, u32)> = Vec::new();
    let mut cased: Vec<(u32, u32)> = Vec::new();
    let add = |ranges: &mut Vec<(u32, u32)>, cp: u32| match ranges.last_mut() {
        Some(r) if r.1 + 1 == cp => r.1 = cp,
        _ => ranges.push((cp, cp)),
    };
    for cp in 0u32..=0x10FFFF {
        let Some(c) = char::from_u32(cp) else { continue };
        let after = format!("AΣ{c}").to_lowercase().chars().nth(1) == Some('σ');
        let before = format!("A{c}Σ").to_lowercase().ends_with('ς');
        if after {
            add(&mut cased, cp);
        } else if before {
            add(&mut ignorable, cp);
        }
    }
    // Ranges as LEB128 pairs (gap since the last range's end, length - 1): read by a scan,
    // which only a Σ needs.
    let list = |v: &[(u32, u32)]| {
        let mut bytes = Vec::new();
        let mut next = 0;
        for &(a, b) in v {
            for mut n in [a - next, b - a] {
                loop {
                    let byte = (n & 0x7f) as u8;
                    n >>= 7;
                    bytes.push(if n == 0 { byte } else { byte | 0x80 });
                    if n == 0 {
                        break;
                    }
                }
            }
            next = b + 1;
        }
        bytes.iter().map(u8::to_string).collect::<Vec<_>>().join(",")
    };
    let runs: Vec<String> = runs.iter().map(|(s, n, k, d)| format!("({s},{n},{k},{d})")).collect();
    format!(
        "/// (first code point, count, stride, offset to the lower case)\n\
         const LOWER: &[(u32, u16, u8, i32)] = &[{}];\n\
         /// Case-ignorable code points: ranges as LEB128 (gap, length - 1) pairs.\n\
         const IGNORABLE: &[u8] = &[{}];\n\
         /// Cased code points that are not case-ignorable, the same way.\n\
         const CASED: &[u8] = &[{}];\n",
        runs.join(","),
        list(&ignorable),
        list(&cased)
    )
}
