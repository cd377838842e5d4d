//! Precision, recall and value accuracy of the dates and numbers found in a text against its
//! hand annotations (`[text, ISO value or null]`, `[text, value, unit or null]`), for the
//! data-driven fact tests of other languages. Found items are matched to annotated ones by
//! their exact text.
#![allow(dead_code)] // each test file uses its part

use brevity::Facts;
use serde_json::Value;

/// Found and expected counts, matches, and matches with the right value.
#[derive(Default, Debug)]
pub struct Tally {
    pub found: usize,
    pub expected: usize,
    pub matched: usize,
    pub right: usize,
}

impl Tally {
    pub fn precision(&self) -> f64 {
        self.matched as f64 / self.found.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.matched as f64 / self.expected.max(1) as f64
    }
    pub fn accuracy(&self) -> f64 {
        self.right as f64 / self.matched.max(1) as f64
    }
}

/// Adds case `id`'s dates to `t`, and a line to `misses` for each extra, missed or wrong one.
pub fn dates(id: &str, text: &str, f: &Facts, want: &Value, t: &mut Tally, misses: &mut Vec<String>) {
    let mut left: Vec<&Value> = want.as_array().unwrap().iter().collect();
    t.expected += left.len();
    for d in &f.dates {
        assert_eq!(&text[d.at.span.range()], d.text, "{id}");
        t.found += 1;
        match left.iter().position(|e| e[0] == d.text) {
            Some(k) => {
                let e = left.remove(k);
                t.matched += 1;
                if e[1].as_str() == d.value.as_deref() {
                    t.right += 1;
                } else {
                    misses.push(format!("{id}: date {:?} is {:?}, expected {}", d.text, d.value, e[1]));
                }
            }
            None => misses.push(format!("{id}: extra date {:?}", d.text)),
        }
    }
    misses.extend(left.iter().map(|e| format!("{id}: missed date {}", e[0])));
}

/// Adds case `id`'s numbers to `t`, as [`dates`] does; a value is right to 1e-9 relative.
pub fn numbers(id: &str, text: &str, f: &Facts, want: &Value, t: &mut Tally, misses: &mut Vec<String>) {
    let mut left: Vec<&Value> = want.as_array().unwrap().iter().collect();
    t.expected += left.len();
    for n in &f.numbers {
        assert_eq!(&text[n.at.span.range()], n.text, "{id}");
        t.found += 1;
        match left.iter().position(|e| e[0] == n.text) {
            Some(k) => {
                let e = left.remove(k);
                t.matched += 1;
                let v = e[1].as_f64().unwrap();
                if (n.value - v).abs() <= 1e-9 * v.abs().max(1.0) && e[2].as_str() == n.unit {
                    t.right += 1;
                } else {
                    misses.push(format!("{id}: {:?} is {} {:?}, expected {} {}", n.text, n.value, n.unit, e[1], e[2]));
                }
            }
            None => misses.push(format!("{id}: extra number {:?} ({} {:?})", n.text, n.value, n.unit)),
        }
    }
    misses.extend(left.iter().map(|e| format!("{id}: missed number {}", e[0])));
}
