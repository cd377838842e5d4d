//! Decimal printing and rounding of floats without the standard library's float
//! formatting (Grisu/Dragon4: ~14 KB of wasm that only error messages and one rounding
//! step needed). Exact powers of ten only, so every runtime gives the same digits.

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

/// `v` as people write it: "2", "2.5", "0.125", "-3", "NaN", "inf"; at most 6 decimals.
pub(crate) fn show(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if v < 0.0 { "-" } else { "" };
    let a = v.abs();
    if a >= 1e15 {
        // Beyond exact integers: the exponent form by counting digits.
        let (mut e, mut m) = (0u32, a);
        while m >= 10.0 {
            m /= 10.0;
            e += 1;
        }
        return format!("{sign}{}e{e}", show(round12(m)));
    }
    let micro = (a * 1e6).round() as u64;
    let (int, frac) = (micro / 1_000_000, micro % 1_000_000);
    if frac == 0 {
        return format!("{sign}{int}");
    }
    let digits = format!("{frac:06}");
    format!("{sign}{int}.{}", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
