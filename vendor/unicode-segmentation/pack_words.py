"""Rewrites unicode-segmentation's word-category table ((char, char, WordCat), 12 bytes a
range) as three columns: first code point (u32), length - 1 (u16) and category, and its
look-up to search them. Run once on crates.io unicode-segmentation 1.13.3 copied here:
    python3 vendor/unicode-segmentation/pack_words.py vendor/unicode-segmentation
"""
import re, sys
p = sys.argv[1] + '/src/tables.rs'
s = open(p).read()
a = s.index("    const word_cat_table: &[(char, char, WordCat)] = &[")
b = s.index("];", a) + 2
ents = re.findall(r"\('\\u\{([0-9a-f]+)\}',\s*'\\u\{([0-9a-f]+)\}',\s*(WC_\w+)\)", s[a:b])
assert len(ents) == s[a:b].count("('"), len(ents)
lo = [int(x, 16) for x, _, _ in ents]
ln = [int(y, 16) - int(x, 16) for x, y, _ in ents]
assert all(0 <= n < 65536 for n in ln) and all(x < y for x, y in zip(lo, lo[1:]))
def rows(items, per=12):
    items = [str(i) for i in items]
    return '\n'.join('        ' + ', '.join(items[i:i + per]) + ',' for i in range(0, len(items), per))
new = ("    // Each range of `word_cat_table` (upstream: `(char, char, WordCat)`, 12 bytes) as three\n"
       "    // columns, which compress better (Brevity: vendor/unicode-segmentation/PATCHED.md).\n"
       "    const word_cat_first: &[u32] = &[\n" + rows(lo) + "\n    ];\n"
       "    const word_cat_len: &[u16] = &[\n" + rows(ln) + "\n    ];\n"
       "    const word_cat_cat: &[WordCat] = &[\n" + rows([c for _, _, c in ents], 6) + "\n    ];")
s = s[:a] + new + s[b:]
# the lookup over the columns
old_fn_a = s.index("    fn bsearch_range_value_table(c: char, r: &[(char, char, WordCat)]")
old_fn_b = s.index("    pub fn word_category(c: char)")
s = s[:old_fn_a] + '''    fn bsearch_range_value_table(c: char, r: core::ops::Range<usize>, default_lower: u32, default_upper: u32) -> (u32, u32, WordCat) {
        // What a binary search over `(lo, hi, cat)` ranges gives: the range holding `c`, or
        // the gap between the ranges around it.
        let c = c as u32;
        let (mut a, mut b) = (r.start, r.end);
        while a < b {
            let m = a + (b - a) / 2;
            if word_cat_first[m] + u32::from(word_cat_len[m]) < c { a = m + 1 } else { b = m }
        }
        if a < r.end && word_cat_first[a] <= c {
            let lower = word_cat_first[a];
            (lower, lower + u32::from(word_cat_len[a]), word_cat_cat[a])
        } else {
            (
                if a > r.start { word_cat_first[a - 1] + u32::from(word_cat_len[a - 1]) + 1 } else { default_lower },
                if a < r.end { word_cat_first[a] - 1 } else { default_upper },
                WC_Any,
            )
        }
    }

''' + s[old_fn_b:]
old = "        bsearch_range_value_table(c, &word_cat_table[range], lower, upper)"
assert old in s
s = s.replace(old, "        bsearch_range_value_table(c, range, lower, upper)")
# The search no longer uses `Result`.
w = s.index("pub mod word {")
s = s[:w] + s[w:].replace("    use core::result::Result::{Ok, Err};\n", "", 1)
open(p, 'w').write(s)
print(len(ents), 'ranges')
