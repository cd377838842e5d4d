//! Arithmetic that gives the same bits in every runtime.
//!
//! `f32::ln` calls the platform's libm natively and a Rust port of musl's in wasm; they may
//! differ in the last bit, and a last bit can flip a tree split or a tie between two
//! sentences. Everything that feeds a score uses only `+ - * /` and `sqrt` (correctly
//! rounded by IEEE 754 everywhere) and this logarithm, built from them.

/// Natural logarithm of `x > 0` from basic operations only (error below 1e-7 relative);
/// 0 for `x <= 0` or NaN, which the callers never pass.
pub fn ln(x: f32) -> f32 {
    if x.is_nan() || x <= 0.0 {
        return 0.0;
    }
    if x.is_infinite() {
        return f32::INFINITY;
    }
    let mut x = x as f64;
    let mut e: i32 = 0;
    // Scale into [1, 2) by exact powers of two (f64 holds any f32 exactly).
    while x >= 2.0 {
        x *= 0.5;
        e += 1;
    }
    while x < 1.0 {
        x *= 2.0;
        e -= 1;
    }
    if x > std::f64::consts::SQRT_2 {
        x *= 0.5;
        e += 1;
    }
    // ln m = 2 atanh z, z = (m - 1) / (m + 1), |z| < 0.172: the series converges fast.
    let z = (x - 1.0) / (x + 1.0);
    let z2 = z * z;
    let mut term = z;
    let mut sum = 0.0;
    let mut k = 1.0;
    while k < 24.0 {
        sum += term / k;
        term *= z2;
        k += 2.0;
    }
    (e as f64 * std::f64::consts::LN_2 + 2.0 * sum) as f32
}

/// Maps a margin in (-inf, inf) to (0, 1), monotone, 0 to 0.5 (no `exp`, see the module).
pub fn squash(x: f32) -> f32 {
    0.5 + 0.5 * x / (1.0 + x.abs())
}

/// The slope of [`squash`] at `x`.
pub fn squash_slope(x: f32) -> f32 {
    let d = 1.0 + x.abs();
    0.5 / (d * d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ln_matches_the_library_closely() {
        for &x in &[1e-30f32, 1e-5, 0.1, 0.5, 0.999, 1.0, 1.5, 2.0, 3.3, 10.0, 1234.5, 1e20, 3e38] {
            let want = x.ln();
            assert!((ln(x) - want).abs() <= 1e-6 * want.abs().max(1.0), "ln({x}) = {} vs {want}", ln(x));
        }
        assert_eq!(ln(1.0), 0.0);
        assert_eq!(ln(0.0), 0.0);
    }

    #[test]
    fn squash_is_monotone_in_unit_interval() {
        let xs = [-1e9f32, -10.0, -1.0, -0.1, 0.0, 0.1, 1.0, 10.0, 1e9];
        for w in xs.windows(2) {
            assert!(squash(w[0]) < squash(w[1]) || w[0].abs() > 1e6);
        }
        assert_eq!(squash(0.0), 0.5);
        assert!(xs.iter().all(|&x| (0.0..=1.0).contains(&squash(x))));
    }
}
