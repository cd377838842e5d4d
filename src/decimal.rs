//! Decimal printing, rounding and reading of floats without the standard library's float
//! formatting (Grisu/Dragon4: ~14 KB of wasm that only error messages and one rounding
//! step needed) or parsing (Eisel-Lemire, ~11 KB gzipped, for a few numbers per text and
//! the model files). Exact powers of ten only, so every runtime gives the same digits.

/// `10^k` for `k <= 22`, exact in an `f64`.
fn pow10(k: u32) -> f64 {
    let mut p = 1.0;
    for _ in 0..k.min(22) {
        p *= 10.0;
    }
    p
}

/// `v` rounded to 12 significant digits, so "$261.9m" is 261900000 and not 261899999.99999997.
pub(crate) fn round12(v: f64) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return v;
    }
    // The decimal exponent by counting, not log10: deterministic across runtimes.
    let (mut e, mut a) = (0i32, v.abs());
    while a >= 10.0 && e < 300 {
        a /= 10.0;
        e += 1;
    }
    while a < 1.0 && e > -300 {
        a *= 10.0;
        e -= 1;
    }
    let shift = 11 - e;
    if (0..=22).contains(&shift) {
        let p = pow10(shift as u32);
        (v * p).round() / p
    } else if shift < 0 && -shift <= 22 {
        let p = pow10((-shift) as u32);
        (v / p).round() * p
    } else {
        v
    }
}

/// `v` as people write it: "2", "2.5", "0.125", "-3", "NaN", "Infinity" (as JS writes the
/// value a caller passed); at most 6 decimals.
pub(crate) fn show(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "Infinity".into() } else { "-Infinity".into() };
    }
    let mut out = String::new();
    if v < 0.0 {
        out.push('-');
    }
    let a = v.abs();
    if a >= 1e15 {
        // Beyond exact integers: the exponent form by counting digits.
        let (mut e, mut m) = (0u64, a);
        while m >= 10.0 {
            m /= 10.0;
            e += 1;
        }
        out.push_str(&show(round12(m)));
        out.push('e');
        push_int(&mut out, e, 0);
        return out;
    }
    let micro = (a * 1e6).round() as u64;
    let (int, frac) = (micro / 1_000_000, micro % 1_000_000);
    push_int(&mut out, int, 0);
    if frac != 0 {
        out.push('.');
        push_int(&mut out, frac, 6);
        out.truncate(out.trim_end_matches(&['0'][..]).len());
    }
    out
}

/// Appends `n` in decimal digits, with zeros before it to `width` digits: what `{n:0width$}`
/// writes, without the formatting machinery's code in the download (issue 8).
pub(crate) fn push_int(out: &mut String, mut n: u64, width: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for _ in digits.len() - at..width {
        out.push('0');
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// [`push_int`] for a signed number: the sign counts towards `width`, as in `{n:0width$}`.
pub(crate) fn push_signed(out: &mut String, n: i64, width: usize) {
    if n < 0 {
        out.push('-');
    }
    push_int(out, n.unsigned_abs(), width.saturating_sub(usize::from(n < 0)));
}

/// A whole number in ASCII digits after an optional `+` or `-`: the value
/// `str::parse::<i64>` gives (but `None` for `i64::MIN`, which takes 19 digits), where the
/// standard parsers of `u32` and `i64` were two copies of their code (937 bytes of wasm).
pub(crate) fn parse_int(s: &str) -> Option<i64> {
    let (negative, digits) = match s.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        all => (false, all),
    };
    if digits.is_empty() {
        return None;
    }
    let mut n: i64 = 0;
    for &b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
    }
    Some(if negative { -n } else { n })
}

/// `str::parse::<u32>`'s value, read by [`parse_int`] (no `-`, at most `u32::MAX`).
pub(crate) fn parse_u32(s: &str) -> Option<u32> {
    if s.starts_with('-') {
        return None;
    }
    u32::try_from(parse_int(s)?).ok()
}

/// A whole number written in ASCII digits, optionally with an exponent (`"4500"`, `"1e6"`),
/// as the nearest `f64` (ties to even): the value `str::parse::<f64>` gives, without the
/// standard library's float parser (its Eisel-Lemire tables are ~11 KB of the gzipped
/// download, issue 8). `None` for anything else (signs, points, letters, empty).
pub(crate) fn parse_whole(s: &str) -> Option<f64> {
    let (digits, exp) = match s.split_once(&['e', 'E'][..]) {
        Some((d, e)) if !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit()) => {
            (d, e.bytes().try_fold(0usize, |n, b| n.checked_mul(10)?.checked_add(usize::from(b - b'0'))))
        }
        Some(_) => return None,
        None => (s, Some(0)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = digits.trim_start_matches(&['0'][..]).as_bytes();
    if digits.is_empty() {
        return Some(0.0);
    }
    // 10^309 and up is past f64::MAX (~1.8e308): infinity, as the parser says.
    let exp = match exp {
        Some(e) if digits.len().saturating_add(e) <= 309 => e,
        _ => return Some(f64::INFINITY),
    };
    if digits.len() + exp <= 19 {
        // Below 10^19 < 2^64: exact in a u64, and `as` rounds to nearest, ties to even.
        let n = digits.iter().fold(0u64, |n, &b| n * 10 + u64::from(b - b'0'));
        return Some((0..exp).fold(n, |n, _| n * 10) as f64);
    }
    // Exact: the number as 32-bit limbs (least significant first).
    let mut limbs: Vec<u32> = Vec::with_capacity(36);
    let tens = digits.iter().map(|&b| b - b'0').chain(std::iter::repeat(0).take(exp));
    for d in tens {
        let mut carry = u64::from(d);
        for limb in &mut limbs {
            let v = u64::from(*limb) * 10 + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            limbs.push(carry as u32);
        }
    }
    // The top 64 bits, with any bit below them folded into the lowest one ("sticky"): a u64
    // keeps 11 bits past an f64's 53, so that bit only breaks exact ties, as it must.
    let bits = limbs.len() * 32 - limbs.last().map_or(32, |l| l.leading_zeros() as usize);
    let bit = |i: usize| limbs[i / 32] >> (i % 32) & 1;
    let low = bits - 64;
    let mut top = 0u64;
    for i in (low..bits).rev() {
        top = top << 1 | u64::from(bit(i));
    }
    let sticky = (0..low).any(|i| bit(i) != 0);
    // Scaling by a power of two is exact (or overflows to infinity, as the parser does).
    Some((top | u64::from(sticky)) as f64 * pow2(low))
}

/// `2^k` for `k <= 1023`.
fn pow2(k: usize) -> f64 {
    f64::from_bits(((1023 + k.min(1023)) as u64) << 52)
}

/// A decimal as the model files write it (`"-1.944"`, `".3952"`, `"-7.257e-05"`, `"1e-35"`),
/// as the nearest `f32`: the value `str::parse::<f32>` gives, or `None` when it cannot be
/// sure (more than 19 digits, or a value within a hair of a rounding tie), which a test over
/// the shipped files rules out. Without the standard library's float parser (issue 8).
pub(crate) fn parse_f32(s: &str) -> Option<f32> {
    let (negative, m, e) = decimal_parts(s)?;
    f32_from_parts(negative, m, e)
}

/// A decimal as its sign, digits and power of ten: `"-7.25e-05"` is `(true, 725, -7)`.
/// `None` for anything else, or more than 19 significant digits.
pub(crate) fn decimal_parts(s: &str) -> Option<(bool, u64, i32)> {
    let (negative, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (mantissa, exp) = match s.split_once(&['e', 'E'][..]) {
        Some((m, e)) => (m, parse_exponent(e)?),
        None => (s, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut m = 0u64;
    let mut significant = 0;
    for b in int.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        if m != 0 || b != b'0' {
            significant += 1;
        }
        m = m.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    if significant > 19 {
        return None;
    }
    Some((negative, m, exp - frac.len() as i32))
}

/// `±m × 10^e` as the nearest `f32` (see [`parse_f32`]).
pub(crate) fn f32_from_parts(negative: bool, m: u64, e: i32) -> Option<f32> {
    let v = if m == 0 {
        0.0
    } else if m < 1 << 24 && e.abs() <= 10 {
        // Both exact in an f32, so one correctly rounded operation gives the nearest f32
        // (Clinger's fast path).
        let p = pow10(e.unsigned_abs()) as f32;
        if e < 0 {
            m as f32 / p
        } else {
            m as f32 * p
        }
    } else {
        near_f32(m, e)?
    };
    Some(if negative { -v } else { v })
}

fn parse_exponent(e: &str) -> Option<i32> {
    let (sign, digits) = match e.strip_prefix('-') {
        Some(d) => (-1, d),
        None => (1, e.strip_prefix('+').unwrap_or(e)),
    };
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(sign * digits.bytes().fold(0i32, |n, b| n * 10 + i32::from(b - b'0')))
}

/// `m * 10^e` as an f32 through an f64 that is off by a few f64 ulps at most; `None` when
/// that f64 lies so close to a halfway point between two f32s that the error could decide
/// the rounding.
fn near_f32(m: u64, e: i32) -> Option<f32> {
    if !(-60..=60).contains(&e) {
        return None;
    }
    let mut v = m as f64; // at most half an ulp off (m < 10^19)
    let mut left = e.unsigned_abs();
    while left > 0 {
        // Each step: an exact power of ten, half an ulp of rounding.
        let k = left.min(22);
        if e < 0 {
            v /= pow10(k);
        } else {
            v *= pow10(k);
        }
        left -= k;
    }
    let f = v as f32;
    if m < 1 << 53 && (0..=22).contains(&e) && v < (1u64 << 53) as f64 {
        return Some(f); // an integer the f64 holds exactly: `as` rounds it to nearest, ties to even
    }
    if !f.is_finite() || f == 0.0 {
        return None;
    }
    // The halfway points on either side of f, exact in an f64.
    let (below, above) = (f32::from_bits(f.to_bits() - 1), f32::from_bits(f.to_bits() + 1));
    let (lo, hi) = ((f64::from(f) + f64::from(below)) / 2.0, (f64::from(f) + f64::from(above)) / 2.0);
    let margin = v * 1e-14; // far more than 4 half-ulps of an f64 (2^-52 ≈ 2.2e-16 each)
    (v - lo > margin && hi - v > margin).then_some(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pushes_numbers_as_format_writes_them() {
        for n in [0i64, 5, -5, 42, -42, 999, 1000, -1000, 12345, -12345, i64::MAX, i64::MIN] {
            for width in [0, 1, 2, 4, 6] {
                let mut s = String::from("x");
                push_signed(&mut s, n, width);
                assert_eq!(s, format!("x{n:0width$}"));
                if let Ok(u) = u64::try_from(n) {
                    let mut s = String::new();
                    push_int(&mut s, u, width);
                    assert_eq!(s, format!("{u:0width$}"));
                }
            }
        }
        assert_eq!(show(1e21), "1e21");
        assert_eq!(show(-1.5e16), "-1.5e16");
        assert_eq!(show(0.000001), "0.000001");
        assert_eq!(show(3.10), "3.1");
    }

    #[test]
    fn shows_like_js() {
        assert_eq!(show(2.0), "2");
        assert_eq!(show(2.5), "2.5");
        assert_eq!(show(-0.125), "-0.125");
        assert_eq!(show(1e9), "1000000000");
        assert_eq!(show(f64::NAN), "NaN");
        assert_eq!(show(1e20), "1e20");
    }

    #[test]
    fn rounds_to_twelve_digits() {
        assert_eq!(round12(261.9 * 1e6), 261_900_000.0);
        assert_eq!(round12(0.1 + 0.2), 0.3);
        assert_eq!(round12(1.2e9), 1.2e9);
        assert_eq!(round12(4500.0), 4500.0);
        assert_eq!(round12(-7.25), -7.25);
    }

    /// A small deterministic generator (xorshift), so the cases are the same on every run.
    fn xorshift(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn integers_read_as_the_standard_parser_reads_them() {
        let cases = [
            "",
            "+",
            "-",
            "0",
            "-0",
            "+0",
            "7",
            "+7",
            "-7",
            "007",
            "2023",
            "-2023",
            "+-1",
            "-+1",
            "1 ",
            " 1",
            "1a",
            "1.0",
            "4294967295",
            "4294967296",
            "-4294967295",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775807",
            "99999999999999999999",
            "١٢",
        ];
        for case in cases {
            assert_eq!(parse_int(case), case.parse::<i64>().ok(), "{case:?}");
            assert_eq!(parse_u32(case), case.parse::<u32>().ok(), "{case:?}");
        }
        assert_eq!(parse_int("-9223372036854775808"), None);
    }

    #[test]
    fn whole_numbers_read_as_the_standard_parser_reads_them() {
        let max = format!("{}", f64::MAX as u128).len(); // 309 digits
        let mut cases: Vec<String> = [
            "0",
            "000",
            "7",
            "0042",
            "4500",
            "9007199254740993",
            "9007199254740995",
            "18446744073709551615",
            "18446744073709551616",
            "18446744073709552640",
            "18446744073709553665",
            "12345678901234567890123",
            "1e3",
            "1e6",
            "1e12",
            "25e2",
            "0e400",
            "1e308",
            "1e309",
            "17976931348623157e292",
            "17976931348623158e292",
            "17976931348623159e292",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        cases.push("9".repeat(max));
        cases.push("1".to_string() + &"0".repeat(max));
        // 2^53 + 1 and 2^64 + 2^11 (exact ties) with something far below them or not.
        cases.push(format!("{}{}", 9007199254740993u64, "0".repeat(40)));
        cases.push(format!("{}{}1", 9007199254740993u64, "0".repeat(40)));
        let mut state = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..3000 {
            let len = 1 + (xorshift(&mut state) % 60) as usize;
            let digits: String = (0..len).map(|_| char::from(b'0' + (xorshift(&mut state) % 10) as u8)).collect();
            cases.push(digits);
        }
        for case in &cases {
            let want: f64 = case.parse().unwrap();
            assert_eq!(parse_whole(case).map(f64::to_bits), Some(want.to_bits()), "{case}");
        }
        for bad in ["", "-1", "1.5", "e3", "1e", "1e-3", "x", "1 000"] {
            assert_eq!(parse_whole(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn model_decimals_read_as_the_standard_parser_reads_them() {
        let mut cases: Vec<String> = [
            "0",
            "-0",
            "1",
            "-1.944",
            ".3952",
            "-.002046",
            "5.5",
            "1e-35",
            "-7.257e-05",
            "1.05e+04",
            "0.114731",
            "16777217",
            "3.4028235e38",
            "1e-45",
            "123456789012345678",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every number of the shipped scorer and n-gram files.
        for file in [crate::data_file!("model/scorer.txt"), crate::data_file!("model/ngrams.txt")] {
            for line in
                file.lines().filter(|l| l.starts_with("t ") || l.starts_with("scale ") || l.starts_with("bias "))
            {
                for token in line.split_whitespace().skip(1) {
                    let (_, rest) = token.split_once('<').unwrap_or(("", token));
                    cases.extend(rest.split(':').map(str::to_string));
                }
            }
        }
        assert!(cases.len() > 1000, "{}", cases.len());
        let mut state = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20000 {
            let digits = 1 + xorshift(&mut state) % 8;
            let m = xorshift(&mut state) % 10u64.pow(digits as u32);
            let e = (xorshift(&mut state) % 90) as i32 - 45;
            cases.push(format!("{m}e{e}"));
            cases.push(format!("-.{m}"));
        }
        for case in &cases {
            let want: f32 = case.parse().unwrap();
            let got = parse_f32(case);
            // None is allowed only off the files' format (more digits or exponents than they use).
            match got {
                Some(v) => assert_eq!(v.to_bits(), want.to_bits(), "{case}"),
                None => assert!(!(case.len() <= 12 && want.abs() > 1e-37 && want.abs() < 1e30), "{case}"),
            }
        }
        for bad in ["", "-", ".", "1.2.3", "1e", "e5", "abc", "1,5"] {
            assert_eq!(parse_f32(bad), None, "{bad:?}");
        }
    }
}
