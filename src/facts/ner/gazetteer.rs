//! Name lists the tagger reads as features: countries, cities, US states, organizations,
//! first names. Each list is a data file under `src/data/en/` with its source. A listed
//! name is only a hint: the model learned how much to trust each list.

use crate::case::Lower;
use crate::hash::{Map, Set};
use std::sync::OnceLock;

use super::tokenize;
use crate::data::lines;

/// The lists, in bit order.
const LISTS: [&str; 6] = [
    crate::data_file!("en/countries.txt"),
    crate::data_file!("en/cities.txt"),
    crate::data_file!("en/us_states.txt"),
    crate::data_file!("en/organizations.txt"),
    crate::data_file!("en/first_names.txt"),
    crate::data_file!("en/sports_teams.txt"),
];

/// Feature names of the list hits: list, then B (first token) or I (later token).
pub const KIND_NAMES: [&str; 12] =
    ["ctry:B", "ctry:I", "city:B", "city:I", "st:B", "st:I", "org:B", "org:I", "fn:B", "fn:I", "team:B", "team:I"];

/// Which lists a token falls inside (bits indexed like [`KIND_NAMES`]).
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct GazHit {
    /// Bit `2k` = the token begins a name of list `k`; bit `2k + 1` = it continues one.
    pub kinds: u16,
}

struct Lists {
    /// Lower-cased token sequence (joined by spaces) → bit mask of the lists holding it.
    names: Map<String, u8>,
    /// Every proper prefix (whole tokens) of a listed name, so a lookup can stop early.
    prefixes: Set<String>,
    longest: usize,
}

fn lists() -> &'static Lists {
    static LISTS_CELL: OnceLock<Lists> = OnceLock::new();
    LISTS_CELL.get_or_init(|| {
        let mut names: Map<String, u8> = Map::default();
        let mut prefixes: Set<String> = Set::default();
        let mut longest = 1;
        for (k, raw) in LISTS.iter().enumerate() {
            for name in lines(raw) {
                let toks: Vec<String> = tokenize::tokens(name)
                    .iter()
                    .map(|s| super::features::normalize(&name[s.range()]).lower())
                    .collect();
                if toks.is_empty() {
                    continue;
                }
                longest = longest.max(toks.len());
                for end in 1..toks.len() {
                    prefixes.insert(super::super::entities::join(&toks[..end], " "));
                }
                *names.entry(super::super::entities::join(&toks, " ")).or_default() |= 1 << k;
            }
        }
        Lists { names, prefixes, longest }
    })
}

/// Whether `word` (any case) is a listed first name.
pub fn is_first_name(word: &str) -> bool {
    lists().names.get(&word.lower()).is_some_and(|m| m & (1 << 4) != 0)
}

/// Whether `name` (tokens joined by spaces, any case) is in the country, city or state lists.
pub fn is_listed_place(name: &str) -> bool {
    lists().names.get(&name.lower()).is_some_and(|m| m & 0b111 != 0)
}

/// Whether `name` (any case) is in the country list.
pub fn is_listed_country(name: &str) -> bool {
    lists().names.get(&name.lower()).is_some_and(|m| m & 1 != 0)
}

/// Whether `name` is in the organization list.
pub fn is_listed_org(name: &str) -> bool {
    lists().names.get(&name.lower()).is_some_and(|m| m & 0b1000 != 0)
}

/// Whether `name` is in the organization or the sports teams' list ("Crystal Palace").
pub fn is_listed_org_or_team(name: &str) -> bool {
    lists().names.get(&name.lower()).is_some_and(|m| m & 0b10_1000 != 0)
}

/// The list hits of each token of a unit of `n` tokens, leftmost-longest per list, given
/// whether token `i` starts with a capital and its lower-cased text. A name counts only
/// when its first word is capitalized ("Turkey" the country, not "turkey").
pub fn hits<'a>(n: usize, capital: impl Fn(usize) -> bool, lower: impl Fn(usize) -> &'a str) -> Vec<GazHit> {
    let lists = lists();
    // The longest listed name of each list that starts at each capitalized token: one walk
    // of look-ups per token serves all the lists (a walk per list repeated the same
    // look-ups six times, issue 8).
    let mut longest = vec![[0u8; LISTS.len()]; n];
    let mut key = String::new();
    // Most units hold no listed name: then there is nothing to mark.
    let mut any = false;
    for (i, best) in longest.iter_mut().enumerate() {
        if !capital(i) {
            continue;
        }
        key.clear();
        for len in 1..=lists.longest.min(n - i) {
            if len > 1 {
                key.push(' ');
            }
            key.push_str(lower(i + len - 1));
            match lists.names.get(key.as_str()) {
                Some(&m) => {
                    any = true;
                    for (k, b) in best.iter_mut().enumerate() {
                        if m & (1 << k) != 0 {
                            *b = len as u8;
                        }
                    }
                }
                // No listed name is longer than a prefix no name starts with.
                None if !lists.prefixes.contains(key.as_str()) => break,
                None => {}
            }
        }
    }
    let mut out = vec![GazHit::default(); n];
    if !any {
        return out;
    }
    for (k, _) in LISTS.iter().enumerate() {
        let mut i = 0;
        while i < n {
            let matched = usize::from(longest[i][k]);
            if matched == 0 {
                i += 1;
                continue;
            }
            out[i].kinds |= 1 << (2 * k);
            for hit in &mut out[i + 1..i + matched] {
                hit.kinds |= 1 << (2 * k + 1);
            }
            i += matched;
        }
    }
    out
}
