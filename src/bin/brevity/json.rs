//! JSON exactly as JavaScript's `JSON.stringify` prints the same result, so the CLI's
//! `--json` and the JS API are byte-identical: keys in declaration order (serde_json's
//! `Value` would sort them) and numbers in JS's shortest form (`1`, not `1.0`; `1e+21`).

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};
use std::io::{self, Write};

/// `value` as JSON, printed as `JSON.stringify` prints it in JavaScript.
pub fn to_string<T: Serialize>(value: &T) -> String {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, JsFormatter);
    value.serialize(&mut ser).expect("result types serialize to JSON");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// `value` as indented JSON (two spaces), with the numbers [`to_string`] prints, for
/// `brevity facts` without `--json`.
pub fn to_string_pretty<T: Serialize>(value: &T) -> String {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, JsPretty(PrettyFormatter::new()));
    value.serialize(&mut ser).expect("result types serialize to JSON");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

struct JsFormatter;

/// serde_json's pretty layout with JavaScript's numbers.
struct JsPretty<'a>(PrettyFormatter<'a>);

impl Formatter for JsPretty<'_> {
    fn write_f64<W: ?Sized + Write>(&mut self, w: &mut W, value: f64) -> io::Result<()> {
        write_js_number(w, value)
    }

    fn write_f32<W: ?Sized + Write>(&mut self, w: &mut W, value: f32) -> io::Result<()> {
        write_js_number(w, f64::from(value))
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

impl Formatter for JsFormatter {
    fn write_f64<W: ?Sized + Write>(&mut self, w: &mut W, value: f64) -> io::Result<()> {
        write_js_number(w, value)
    }

    // serde-wasm-bindgen widens an f32 to f64 on its way to JS; do the same.
    fn write_f32<W: ?Sized + Write>(&mut self, w: &mut W, value: f32) -> io::Result<()> {
        write_js_number(w, f64::from(value))
    }
}

/// Writes `n` in decimal digits into `buf` from `at`; returns where they end. (The library's
/// `decimal::push_int` does the same into a `String`, and is not reachable from here.)
fn put_uint(buf: &mut [u8], at: usize, mut n: u64) -> usize {
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf[at..at + digits.len() - k].copy_from_slice(&digits[k..]);
    at + digits.len() - k
}

/// ECMAScript's Number::toString (ECMA-262, 6.1.6.1.20): the shortest digits that read back
/// as the same number, in plain notation from 1e-7 to 1e21 and exponent notation outside.
/// JSON has no NaN or infinities; like `JSON.stringify`, they print as `null`. Written
/// straight to `w`, without allocating: a result has hundreds of numbers, and a `String`
/// per number was most of the CLI's JSON time (issue 8).
fn write_js_number<W: ?Sized + Write>(w: &mut W, v: f64) -> io::Result<()> {
    if !v.is_finite() {
        return w.write_all(b"null");
    }
    if v == 0.0 {
        return w.write_all(b"0");
    }
    let mut buf = [0u8; 48];
    let mut at = 0;
    if v < 0.0 {
        buf[0] = b'-';
        at = 1;
    }
    let a = v.abs();
    // An integer below 2^53 is its own shortest digits.
    if a.fract() == 0.0 && a < 9_007_199_254_740_992.0 {
        at = put_uint(&mut buf, at, a as u64);
        return w.write_all(&buf[..at]);
    }
    // A number of at most four decimals, as the result's scores and weights are rounded:
    // n / 10^4 is the double nearest that decimal, so its digits read back as it, and no
    // shorter digits or other as short do while a unit of the fourth decimal spans many
    // doubles (below 10^9). Checked against `{:e}` by the tests.
    let n = (a * 1e4).round();
    if a < 1e9 && n / 1e4 == a {
        let n = n as u64;
        let mut frac = n % 10_000;
        at = put_uint(&mut buf, at, n / 10_000);
        if frac > 0 {
            let mut places = 4;
            while frac % 10 == 0 {
                frac /= 10;
                places -= 1;
            }
            buf[at] = b'.';
            for p in (0..places).rev() {
                buf[at + 1 + p] = b'0' + (frac % 10) as u8;
                frac /= 10;
            }
            at += 1 + places;
        }
        return w.write_all(&buf[..at]);
    }
    // Rust's `{:e}` gives the same shortest round-trip digits: "1.25e-7".
    let mut e = Stack { buf: [0; 40], len: 0 };
    std::fmt::Write::write_fmt(&mut e, format_args!("{a:e}")).expect("`{:e}` of an f64 fits in 40 bytes");
    let e = &e.buf[..e.len];
    let split = e.iter().position(|&b| b == b'e').expect("{:e} has an exponent");
    let (mantissa, exp) = (&e[..split], &e[split + 1..]);
    let mut digits = [0u8; 20];
    let mut k = 0;
    for &b in mantissa.iter().filter(|b| b.is_ascii_digit()) {
        digits[k] = b;
        k += 1;
    }
    let digits = &digits[..k];
    let (neg, exp) = match exp.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, exp),
    };
    let magnitude = exp.iter().fold(0i32, |n, &b| n * 10 + i32::from(b - b'0'));
    let n = if neg { -magnitude } else { magnitude } + 1;
    let k = k as i32;
    let mut push = |bytes: &[u8]| {
        buf[at..at + bytes.len()].copy_from_slice(bytes);
        at += bytes.len();
    };
    if k <= n && n <= 21 {
        push(digits);
        for _ in 0..n - k {
            push(b"0");
        }
    } else if 0 < n && n <= 21 {
        push(&digits[..n as usize]);
        push(b".");
        push(&digits[n as usize..]);
    } else if -6 < n && n <= 0 {
        push(b"0.");
        for _ in 0..-n {
            push(b"0");
        }
        push(digits);
    } else {
        push(&digits[..1]);
        if k > 1 {
            push(b".");
            push(&digits[1..]);
        }
        push(if n > 0 { b"e+" } else { b"e-" });
        push(exp);
    }
    w.write_all(&buf[..at])
}

/// A fixed buffer for `{:e}`, whose longest output ("1.7976931348623157e308") is 23 bytes.
struct Stack {
    buf: [u8; 40],
    len: usize,
}

impl std::fmt::Write for Stack {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        self.buf.get_mut(self.len..end).ok_or(std::fmt::Error)?.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_in_javascript() {
        let js_number = |v: f64| {
            let mut out = Vec::new();
            write_js_number(&mut out, v).expect("a Vec takes every write");
            String::from_utf8(out).expect("numbers print in ASCII")
        };
        // Each right-hand side is what `String(x)` prints in Node 20.
        let cases: [(f64, &str); 16] = [
            (0.0, "0"),
            (-0.0, "0"),
            (1.0, "1"),
            (-7.0, "-7"),
            (0.35, "0.35"),
            (f64::from(0.35f32), "0.3499999940395355"),
            (1.2e9, "1200000000"),
            (123456789012345680000.0, "123456789012345680000"),
            (1e21, "1e+21"),
            (1.5e300, "1.5e+300"),
            (0.000001, "0.000001"),
            (1e-7, "1e-7"),
            (-2.5e-8, "-2.5e-8"),
            (0.1 + 0.2, "0.30000000000000004"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
        ];
        for (v, want) in cases {
            assert_eq!(js_number(v), want, "{v:e}");
        }
        assert_eq!(js_number(f64::NAN), "null");
    }

    #[test]
    fn numbers_print_as_through_rusts_exponent_form() {
        // The plain reading of the rule, through `format!("{:e}")`, on numbers of every size.
        fn reference(v: f64) -> String {
            let e = format!("{:e}", v.abs());
            let (mantissa, exp) = e.split_once('e').unwrap();
            let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
            let (k, n) = (digits.len() as i32, exp.parse::<i32>().unwrap() + 1);
            let body = if k <= n && n <= 21 {
                format!("{digits}{}", "0".repeat((n - k) as usize))
            } else if 0 < n && n <= 21 {
                format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
            } else if -6 < n && n <= 0 {
                format!("0.{}{digits}", "0".repeat((-n) as usize))
            } else {
                let rest = if k > 1 { format!(".{}", &digits[1..]) } else { String::new() };
                format!("{}{rest}e{}{}", &digits[..1], if n > 0 { "+" } else { "-" }, (n - 1).abs())
            };
            if v < 0.0 {
                format!("-{body}")
            } else {
                body
            }
        }
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for i in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = match i % 6 {
                0 => f64::from_bits(x),
                1 => (x % 2_000_000) as f64 / 1e4 - 100.0,
                2 => (x >> 11) as f64 * if x & 1 == 0 { 1.0 } else { -1.0 },
                // As the scores are rounded: four decimals, of every size up to 10^10.
                3 => (x % 10u64.pow(1 + (x >> 60) as u32 % 14)) as f64 / 1e4,
                4 => (f64::from(f32::from_bits(x as u32)) * 1e4).round() / 1e4,
                _ => f64::from(f32::from_bits(x as u32)),
            };
            if v.is_finite() && v != 0.0 {
                let mut out = Vec::new();
                write_js_number(&mut out, v).unwrap();
                assert_eq!(String::from_utf8(out).unwrap(), reference(v), "{v:e}");
            }
        }
    }

    #[test]
    fn keys_keep_their_order() {
        #[derive(Serialize)]
        struct S {
            zeta: f32,
            alpha: Vec<f64>,
        }
        assert_eq!(to_string(&S { zeta: 1.0, alpha: vec![2.0, 0.5] }), r#"{"zeta":1,"alpha":[2,0.5]}"#);
        let pretty = to_string_pretty(&S { zeta: 0.35, alpha: vec![2.0] });
        assert_eq!(pretty, "{\n  \"zeta\": 0.3499999940395355,\n  \"alpha\": [\n    2\n  ]\n}");
        let empty: Vec<f64> = Vec::new();
        assert_eq!(to_string_pretty(&empty), "[]");
    }
}
