//! Dates and numbers in Chinese, Japanese and Korean, which glue the mark of a date, a
//! scale, a currency or a counter to the numeral, without a space: "2024年3月14日",
//! "5000亿元", "1200億円", "4.2%", "3월 14일", "300명". The other languages' finders read
//! words between spaces, and read "3500億円に達する" as the bare number 3500: here the
//! scale makes it 3.5e11 JPY.
//!
//! The marks are `src/data/und/cjk.txt`, read as [`Locale`] tables; a mark is matched
//! longest first where the numeral ends ("日元" is a currency, "日" a day).

use std::sync::OnceLock;

use super::dates::{Found, When};
use super::locale::{self, Digits, Locale};
use crate::span::Span;
use crate::Lang;

/// Whether `lang` writes its dates and numbers so.
pub(crate) fn applies(lang: Lang) -> bool {
    crate::lang::OTHERS && matches!(lang, Lang::Zh | Lang::Ja | Lang::Ko)
}

fn table() -> &'static Locale {
    static TABLE: OnceLock<Locale> = OnceLock::new();
    locale::parsed(&TABLE, crate::data_file!("und/cjk.txt"), "")
}

/// The longest mark of the table at byte `at` of `text` of one of the `kinds` (any when
/// empty): its kind, value, code and end. Marks are at most five chars.
fn mark(text: &str, at: usize, kinds: &[&str]) -> Option<(&'static str, f64, &'static str, usize)> {
    let mut ends = [0usize; 5];
    let mut n = 0;
    for (i, c) in text[at..].char_indices().take(5) {
        ends[n] = at + i + c.len_utf8();
        n += 1;
    }
    while n > 0 {
        n -= 1;
        for e in table().entries(&text[at..ends[n]]) {
            if kinds.is_empty() || kinds.contains(&e.kind) {
                return Some((e.kind, e.value, e.extra, ends[n]));
            }
        }
    }
    None
}

/// The kinds of the words that name a day by itself.
const RELATIVE: [&str; 5] = ["rel", "relweek", "relmonth", "relyear", "weekday"];

/// The first chars of the table's relative days, weeks, months and years and day names
/// (checked by a test): most chars of a text start none, and are then not looked up five
/// times (a 10 MB text has millions).
const RELATIVE_FIRST: &str = "今昨前一明后後上本下先来去星月火水木金土日오어그내모지이다작올월화수목금토일";

/// A numeral: ASCII or full-width digits, with "," (grouping) and "." (decimals) between
/// digits.
#[derive(Clone, Copy, Debug)]
struct Numeral {
    span: Span,
    value: f64,
    /// Digits only, no separator.
    plain: bool,
    digits: usize,
}

fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        _ => None,
    }
}

/// The numerals of the text, in order. A numeral glued to a Latin letter or a hyphen is a
/// code or a name ("G20", "5G", "COVID-19"), and one after "第" or "제" an ordinal: left out.
fn numerals(text: &str) -> Vec<Numeral> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    let mut prev: Option<char> = None;
    while let Some((start, c)) = it.next() {
        if digit(c).is_none() {
            prev = Some(c);
            continue;
        }
        let mut ascii = String::new();
        ascii.push(digit(c).unwrap_or('0'));
        let mut end = start + c.len_utf8();
        let mut plain = true;
        while let Some(&(i, c)) = it.peek() {
            if let Some(d) = digit(c) {
                ascii.push(d);
                end = i + c.len_utf8();
                it.next();
                continue;
            }
            // A separator counts only between digits.
            let sep = match c {
                ',' | '，' => ',',
                '.' | '．' => '.',
                _ => break,
            };
            let next = text[i + c.len_utf8()..].chars().next();
            if next.and_then(digit).is_none() {
                break;
            }
            ascii.push(sep);
            plain = false;
            it.next();
        }
        let after = text[end..].chars().next();
        let glued_code = prev.is_some_and(|p| p.is_ascii_alphabetic() || p == '-' || p == '_')
            || after.is_some_and(|a| a.is_ascii_alphabetic());
        let ordinal = matches!(prev, Some('第' | '제'));
        prev = text[..end].chars().next_back();
        if glued_code || ordinal {
            continue;
        }
        if let Some(value) = locale::parse_numeral(&ascii, Digits::Comma) {
            let digits = ascii.bytes().filter(u8::is_ascii_digit).count();
            out.push(Numeral { span: Span::new(start, end), value, plain, digits });
        }
    }
    out
}

/// Whitespace (Korean writes "3월 14일"), then byte `at`.
fn skip_space(text: &str, at: usize) -> usize {
    at + text[at..].len() - text[at..].trim_start().len()
}

/// The integer value of a plain numeral of at most `digits` digits.
fn int(n: &Numeral, digits: usize) -> Option<u32> {
    (n.plain && n.digits <= digits).then_some(n.value as u32)
}

/// The date marks after numeral `k`: "2024年3月14日", "3月14日", "2024年", "3月", "14日",
/// "1990年代".
fn date_at(text: &str, nums: &[Numeral], k: usize) -> Option<(usize, usize, When)> {
    let n = &nums[k];
    // What follows the numeral, a date mark only when no longer mark starts there ("日元"
    // is a currency, "日間" days, "年间" years).
    let after = |n: &Numeral| mark(text, n.span.end, &[]);
    let next = |k: usize, end: usize| nums.get(k + 1).filter(|m| m.span.start == skip_space(text, end));
    match after(n) {
        Some(("year", .., end)) if n.digits == 4 && (1000..=2999).contains(&int(n, 4)?) => {
            let y = i64::from(int(n, 4)?);
            // "1990年代": a decade.
            if text[end..].starts_with('代') && y % 10 == 0 {
                return Some((k, end + '代'.len_utf8(), When::Decade(y)));
            }
            if let Some(m) = next(k, end) {
                if let (Some(mo), Some(("month", .., m_end))) = (int(m, 2), after(m)) {
                    if (1..=12).contains(&mo) {
                        if let Some(d) = next(k + 1, m_end) {
                            if let (Some(day), Some(("day", .., d_end))) = (int(d, 2), after(d)) {
                                if day >= 1 && day <= days_in(mo) {
                                    return Some((k + 2, d_end, When::Day { y: Some(y), m: mo, d: day }));
                                }
                            }
                        }
                        return Some((k + 1, m_end, When::Month { y: Some(y), m: mo }));
                    }
                }
            }
            Some((k, end, When::Year(y)))
        }
        Some(("month", .., m_end)) => {
            let mo = int(n, 2).filter(|m| (1..=12).contains(m))?;
            if let Some(d) = next(k, m_end) {
                if let (Some(day), Some(("day", .., d_end))) = (int(d, 2), after(d)) {
                    if day >= 1 && day <= days_in(mo) {
                        return Some((k + 1, d_end, When::Day { y: None, m: mo, d: day }));
                    }
                }
            }
            Some((k, m_end, When::Month { y: None, m: mo }))
        }
        Some(("day", .., d_end)) => {
            let day = int(n, 2).filter(|d| (1..=31).contains(d))?;
            Some((k, d_end, When::MonthDay(day)))
        }
        _ => None,
    }
}

fn days_in(m: u32) -> u32 {
    match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The dates of a Chinese, Japanese or Korean text, in order, none overlapping: numerals
/// with their marks, and day names and relative days ("昨天", "先週", "내일").
pub(crate) fn dates(text: &str) -> Vec<Found> {
    let nums = numerals(text);
    let mut out: Vec<Found> = Vec::new();
    let mut k = 0;
    while k < nums.len() {
        // A numeral in a range ("1至2月") is no date of its own.
        let ranged = mark(text, nums[k].span.end, &["range"])
            .is_some_and(|m| nums.get(k + 1).is_some_and(|n| n.span.start == m.3));
        match date_at(text, &nums, k).filter(|_| !ranged) {
            Some((last, end, when)) => {
                out.push(Found { span: Span::new(nums[k].span.start, end), when });
                k = last + 1;
            }
            None => k += 1,
        }
    }
    // Words: the first char of each is looked up, then the longest word there.
    let mut words = Vec::new();
    let mut at = 0;
    while let Some(ch) = text[at..].chars().next() {
        let c = ch.len_utf8();
        if c > 1 && RELATIVE_FIRST.chars().any(|f| f == ch) {
            if let Some((kind, v, _, end)) = mark(text, at, &RELATIVE) {
                let when = match kind {
                    "rel" => When::RelDays(v as i64),
                    "relweek" => When::RelWeeks(v as i64),
                    "relmonth" => When::RelMonths(v as i64),
                    "relyear" => When::RelYears(v as i64),
                    _ => When::Weekday { wd: v as u32, ahead: looks_ahead(text, at, end), strict: false },
                };
                words.push(Found { span: Span::new(at, end), when });
                at = end;
                continue;
            }
        }
        at += c;
    }
    // Both lists are in order: a word inside a numeral's date ("日" of "14日") is dropped.
    words.retain(|w| {
        let j = out.partition_point(|d| d.span.start < w.span.end);
        j == 0 || out[j - 1].span.end <= w.span.start
    });
    out.extend(words);
    crate::sort::sort_by_key(&mut out, |f| f.span.start);
    out
}

/// Whether the day name at `start..end` lies ahead of the text's date: a future mark in
/// the three chars before it or right after it ("将于星期一", "星期一将").
fn looks_ahead(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].char_indices().rev().take(3).map(|(i, _)| i);
    before.chain([end]).any(|at| mark(text, at, &["ahead"]).is_some_and(|m| m.3 <= start || at == end))
}

/// A number of a Chinese, Japanese or Korean text: its span, value and unit.
pub(crate) struct Number<'t> {
    pub span: Span,
    pub value: f64,
    pub unit: Option<&'t str>,
}

/// The numbers of the text outside the `dates`, in order: a numeral, its scales ("1.2万亿"
/// is 1.2e12), "more than" marks, and a currency, "%" or a counter. A numeral before a
/// time mark ("8时"), a month or day mark, or in a range ("5至10") is none; a four-digit
/// year-like numeral without a unit neither.
pub(crate) fn numbers<'t>(text: &'t str, dates: &[Span]) -> Vec<Number<'t>> {
    let nums = numerals(text);
    let mut out = Vec::new();
    let mut k = 0;
    while k < nums.len() {
        let n = nums[k];
        k += 1;
        // The dates are in order and apart: the last one starting before the numeral's end.
        let j = dates.partition_point(|d| d.start < n.span.end);
        if j > 0 && n.span.start < dates[j - 1].end {
            continue;
        }
        let (mut value, mut end, mut factor) = scaled(text, &n);
        // "3조 5000억", "1亿5000万": a smaller scale after a larger one adds to it.
        while let Some(m) = nums.get(k).filter(|m| m.span.start == skip_space(text, end) && factor > 1.0) {
            let (v, e, f) = scaled(text, m);
            if f >= factor || f == 1.0 {
                break;
            }
            (value, end, factor) = (value + v, e, f);
            k += 1;
        }
        // Korean may space its currency or counter: "3억 달러", "100여 명".
        let at = skip_space(text, end);
        let here = mark(text, end, &["currency", "pct", "unit", "clock", "range", "month", "day"])
            .map(|m| (end, m))
            .or_else(|| mark(text, at, &["currency", "unit"]).filter(|_| at > end).map(|m| (at, m)));
        let unit = match here {
            Some((_, ("currency", _, code, e))) => {
                end = e;
                Some(code)
            }
            Some((_, ("pct", _, _, e))) => {
                end = e;
                Some("%")
            }
            Some((from, ("unit", _, _, e))) => {
                end = e;
                Some(&text[from..e])
            }
            // "5至10人": the second numeral carries the count.
            Some((_, ("range", _, _, e))) if nums.get(k).is_some_and(|m| m.span.start == e) => continue,
            Some((_, ("clock" | "month" | "day", ..))) => continue,
            _ => None,
        };
        if unit.is_none() && factor == 1.0 && n.plain && n.digits == 4 && (1900.0..=2100.0).contains(&n.value) {
            continue;
        }
        out.push(Number { span: Span::new(n.span.start, end), value, unit });
    }
    out
}

/// A numeral with its scales and "more than" marks ("1.2万亿", "1000多"): its value, end and
/// smallest scale factor (1 without one).
fn scaled(text: &str, n: &Numeral) -> (f64, usize, f64) {
    let (mut value, mut end, mut factor) = (n.value, n.span.end, 1.0);
    loop {
        match mark(text, end, &["scale", "approx"]) {
            Some(("scale", f, _, e)) => {
                value *= f;
                factor = if factor == 1.0 { f } else { factor.min(f) };
                end = e;
            }
            Some((_, _, _, e)) => end = e,
            None => return (value, end, factor),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'t>(text: &'t str, found: &[Found]) -> Vec<(&'t str, When)> {
        found.iter().map(|f| (&text[f.span.range()], f.when)).collect()
    }

    #[test]
    fn relative_words_start_with_a_listed_char() {
        for line in crate::data::lines(crate::data_file!("und/cjk.txt")) {
            let mut f = line.split_whitespace();
            let (kind, word) = (f.next().unwrap(), f.next().unwrap());
            if RELATIVE.contains(&kind) {
                let first = word.chars().next().unwrap();
                assert!(RELATIVE_FIRST.contains(first), "{word}: add {first} to RELATIVE_FIRST");
            }
        }
    }

    #[test]
    fn dates_with_their_marks() {
        let t = "新华社北京2024年3月14日电 会议于3月20日举行，1990年代以来，去年增长，14日发布，1至2月投资增长。";
        let got = texts(t, &dates(t));
        assert_eq!(
            got,
            [
                ("2024年3月14日", When::Day { y: Some(2024), m: 3, d: 14 }),
                ("3月20日", When::Day { y: None, m: 3, d: 20 }),
                ("1990年代", When::Decade(1990)),
                ("去年", When::RelYears(-1)),
                ("14日", When::MonthDay(14)),
                ("2月", When::Month { y: None, m: 2 }),
            ]
        );
        let zh = "会议将于星期一举行。星期二将公布结果，星期三已经讨论。";
        let ahead: Vec<bool> = dates(zh).iter().map(|f| matches!(f.when, When::Weekday { ahead: true, .. })).collect();
        assert_eq!(ahead, [true, true, false]);
        let ko = "정부는 2024년 3월 14일 발표했다. 어제 회의가 열렸고 월요일에 다시 만난다.";
        let got = texts(ko, &dates(ko));
        assert_eq!(got[0], ("2024년 3월 14일", When::Day { y: Some(2024), m: 3, d: 14 }));
        assert_eq!(got[1], ("어제", When::RelDays(-1)));
        assert_eq!(got[2], ("월요일", When::Weekday { wd: 1, ahead: false, strict: false }));
        // "日元" is yen, "3日間" three days, "13月" no month.
        let ja = "20日元と3日間、13月。";
        assert!(dates(ja).is_empty(), "{:?}", texts(ja, &dates(ja)));
    }

    #[test]
    fn numbers_with_scales_currencies_and_counters() {
        let t = "安排中央预算内投资5000亿元，约1200億円増え、3500億円に達する。增长4.2%，1000多人参加，\
                 共有300家企业，5至10人，第3名，G20峰会，5G网络，8时30分，2025年。정부는 3억 달러를 300명에게. 3조 5000억 원, 1亿5000万, 100여 명.";
        let d: Vec<Span> = dates(t).iter().map(|f| f.span).collect();
        let got: Vec<(&str, f64, Option<&str>)> =
            numbers(t, &d).iter().map(|n| (&t[n.span.range()], n.value, n.unit)).collect();
        assert_eq!(
            got,
            [
                ("5000亿元", 5e11, Some("CNY")),
                ("1200億円", 1.2e11, Some("JPY")),
                ("3500億円", 3.5e11, Some("JPY")),
                ("4.2%", 4.2, Some("%")),
                ("1000多人", 1000.0, Some("人")),
                ("300家", 300.0, Some("家")),
                ("10人", 10.0, Some("人")),
                ("3억 달러", 3e8, Some("USD")),
                ("300명", 300.0, Some("명")),
                ("3조 5000억 원", 3.5e12, Some("KRW")),
                ("1亿5000万", 1.5e8, None),
                ("100여 명", 100.0, Some("명")),
            ]
        );
    }
}
