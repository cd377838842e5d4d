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
        w.write_all(js_number(value).as_bytes())
    }

    fn write_f32<W: ?Sized + Write>(&mut self, w: &mut W, value: f32) -> io::Result<()> {
        w.write_all(js_number(f64::from(value)).as_bytes())
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
        w.write_all(js_number(value).as_bytes())
    }

    // serde-wasm-bindgen widens an f32 to f64 on its way to JS; do the same.
    fn write_f32<W: ?Sized + Write>(&mut self, w: &mut W, value: f32) -> io::Result<()> {
        w.write_all(js_number(f64::from(value)).as_bytes())
    }
}

/// ECMAScript's Number::toString (ECMA-262, 6.1.6.1.20): the shortest digits that read back
/// as the same number, in plain notation from 1e-7 to 1e21 and exponent notation outside.
/// JSON has no NaN or infinities; like `JSON.stringify`, they print as `null`.
pub fn js_number(v: f64) -> String {
    if !v.is_finite() {
        return "null".into();
    }
    if v == 0.0 {
        return "0".into();
    }
    // Rust's `{:e}` gives the same shortest round-trip digits: "-1.25e-7".
    let e = format!("{:e}", v.abs());
    let (mantissa, exp) = e.split_once('e').expect("{:e} has an exponent");
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let k = digits.len() as i32;
    let n = exp.parse::<i32>().expect("{:e} exponent is an integer") + 1;
    let body = if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let rest = if k > 1 { format!(".{}", &digits[1..]) } else { String::new() };
        let sign = if n > 0 { "+" } else { "-" };
        format!("{}{rest}e{sign}{}", &digits[..1], (n - 1).abs())
    };
    if v < 0.0 {
        format!("-{body}")
    } else {
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_in_javascript() {
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
