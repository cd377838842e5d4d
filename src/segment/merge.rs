//! Pass 3: undo false breaks after a single period (abbreviations, titles, initials, dotted
//! acronyms, ordinals, URLs and e-mail addresses) and after names spelt with "!".
//! Every look-around is bounded, so the pass is linear.

use super::candidates::Candidate;
use super::chars::{char_at, char_before, is_dash, is_format, is_opener};
use super::tables::{is_company_form, is_exclamation_name, tables, AbbrClass, Tables};
use crate::case::Lower;
use crate::words::{words, Words};
use crate::Lang;

/// The longest word (in bytes) looked at before a period; longer tokens are not abbreviations.
const MAX_WORD: usize = 64;

/// The candidates that are real sentence ends.
pub(super) fn filter(text: &str, candidates: Vec<Candidate>, lang: Lang) -> Vec<Candidate> {
    let t = tables(lang);
    let mut kept = Vec::with_capacity(candidates.len());
    let mut sentence_start = 0;
    for c in candidates {
        if !false_break(text, &c, lang, t, sentence_start) {
            sentence_start = c.at;
            kept.push(c);
        }
    }
    kept
}

/// Languages that write ordinal numbers with a period ("vom 12. Juni", de-03; "XII. Pluku",
/// sk-04; "på 5. gade", da-11).
fn writes_ordinals_with_period(lang: Lang) -> bool {
    matches!(lang, Lang::De | Lang::Da | Lang::Sk | Lang::Cs | Lang::Pl | Lang::Fi | Lang::Nb | Lang::Hu | Lang::Tr)
}

fn false_break(text: &str, c: &Candidate, lang: Lang, t: &Tables, sentence_start: usize) -> bool {
    if c.spaced_period && c.next < text.len() {
        return tokenized_title(text, c, t);
    }
    if c.next >= text.len() || !(c.lone_period || c.lone_bang) {
        return false;
    }
    let Some(word_start) = word_start(text, c.start) else {
        return false;
    };
    let word = clean_word(&text[word_start..c.start]);
    let word: &str = &word;
    if word.is_empty() {
        return false;
    }
    let next = char_at(text, c.next).unwrap_or(' ');
    if c.lone_bang {
        // "She works at Yahoo! in accounting", "…at Yahoo! Research" (en-41, en-issue-10).
        let mut name = word.lower();
        name.push('!');
        return is_exclamation_name(&name);
    }
    // "Her email is Jane.Doe@example.com. I sent…" (en-22), "…awesome_content.html. Please"
    // (en-23): the period after an address is a real one.
    if word.contains('@') || crate::bytes::contains(word, "://") || word.starts_with("www.") {
        return false;
    }
    let lower = word.lower();
    match t.abbreviation(&lower) {
        // "Dr. Jane", "Mt. Fuji" (en-10), "l'Ing. Mengozzi" (it-more-02), "psicol. Serenti".
        Some(AbbrClass::Title | AbbrClass::Plain) => return true,
        // "No. 5", "Rs. 16720" (en-noclean-03), "Mar. 23 de Nov." (es-more-05); "said no. Then".
        Some(AbbrClass::Number) if next.is_numeric() || number_follows(text, c.next) => return true,
        Some(class @ (AbbrClass::Final | AbbrClass::Time)) => {
            // "Jane and co. They should know." (en-08) but "…co. at the party" (en-06).
            if !next.is_uppercase() {
                return true;
            }
            // "at 10:30 a.m. EST on Monday": a time zone goes on with the time; so does a
            // company form after "Co." ("GmbH & Co. KG meldete…").
            if time_zone(text, c.next) || (lower == "co" && company_form(text, c.next)) {
                return true;
            }
            // "from 7 p.m. Thursday until 1 p.m. Sunday", "at 8 p.m. Eastern", "by 5 p.m.
            // Sept. 30": US wire style puts the day or date after the time; "The polls close
            // at 8 p.m. Voters…" still ends there.
            if class == AbbrClass::Time && time_goes_on(text, c.next) {
                return true;
            }
            // "At 5 a.m. Mr. Smith went…" (en-18): a time that closes an opening phrase of
            // at most three words does not end the sentence; "…at 6 P.M. Mr. Smith" does.
            return opening_phrase(text, sentence_start, word_start);
        }
        Some(AbbrClass::Acronym) => return !(next.is_uppercase() && starter(text, c.next, t)),
        // "SPRINGFIELD, Ill. (AP) — Illinois lawmakers…", "KANSAS CITY, Mo. -- Patrick…": a
        // state after its city and a comma goes on into the wire's tag, a dash or a number;
        // "…in Little Rock, Ark. The governor said", "…, Calif. “We…" and "she fell ill.
        // (…)" end there.
        Some(AbbrClass::Place) => {
            return after_comma(text, word_start) && !next.is_uppercase() && (next == '(' || !is_opener(next))
        }
        _ => {}
    }
    // "Goethestr. 5": German street names end in the abbreviation "str.".
    if lang == Lang::De && lower.ends_with("str") && next.is_ascii_digit() {
        return true;
    }
    let mut letters = word.chars();
    if let (Some(only), None) = (letters.next(), letters.next()) {
        if only.is_alphabetic() {
            // "you and I. Did you see Albert I. Jones" (en-42): the pronoun after a
            // lower-case word ends a sentence; an initial after a name does not.
            if only == 'I' && matches!(lang, Lang::En | Lang::Und) && next.is_uppercase() {
                return !after_lowercase_word(text, word_start);
            }
            // "Elon Musk wrote on X. The booster landed", "rich in vitamin C. The study": in
            // English a capital after a lower-case word, before a word that commonly opens a
            // sentence, ends it; an initial follows a name ("Jonas E. Smith"), and a letter the
            // sentence already has is likely a symbol ("a set X ⊆ V … each vertex in X. If X =
            // …"; any X before it, even inside a word, keeps the two together).
            if only.is_uppercase()
                && lang == Lang::En
                && next.is_uppercase()
                && after_lowercase_word(text, word_start)
                && starter(text, c.next, t)
                && !crate::bytes::contains(&text[sentence_start.min(word_start)..word_start], word)
            {
                return false;
            }
            // Initials and one-letter abbreviations: "Jonas E. Smith" (en-04), "p. 55"
            // (en-05), "z. B." (de-02), "150 г. Саргон" (bg-04), "incident to v. If"
            // (en-issue-04).
            return true;
        }
    }
    if dotted_acronym(word) {
        // "I live in the U.S. How about you?" (en-15) but "the U.S. Government" (en-16) and
        // "Л.Н. Толстой" (ru-more-39): a capital after a dotted acronym starts a sentence
        // only when it is a word that commonly opens one.
        return !(next.is_uppercase() && starter(text, c.next, t));
    }
    if writes_ordinals_with_period(lang) && (short_number(word) || roman(word)) {
        return true;
    }
    // A German date in another language's page: "Berlin, 17. Juli 2024 The coalition …".
    if short_number(word) {
        let month = text[c.next..].split(' ').next().unwrap_or("").lower();
        return crate::data::foreign_date_word(&month);
    }
    false
}

/// Tokenized text sets a period apart from its word ("utah gov . gary herbert", "sgt . bill
/// tate said", "no . 1"), also after a title, where the tokenizer took it for a sentence's end:
/// a title goes on with the name after it, "no" with its number. Other abbreviations and
/// initials do end sentences there ("pears etc . The", "plan b . It").
fn tokenized_title(text: &str, c: &Candidate, t: &Tables) -> bool {
    let end = c.start - 1;
    let Some(start) = word_start(text, end) else {
        return false;
    };
    goes_on(t, &clean_word(&text[start..end]), text, c.next)
}

/// Whether `word`, an abbreviation whose period stands apart, goes on into `text[next..]`: a
/// title before a word, "no" before a number.
fn goes_on(t: &Tables, word: &str, text: &str, next: usize) -> bool {
    let after = char_at(text, next).unwrap_or(' ');
    match t.abbreviation(&word.lower()) {
        Some(AbbrClass::Title) => after.is_alphabetic(),
        Some(AbbrClass::Number) => after.is_numeric() || number_follows(text, next),
        _ => false,
    }
}

/// [`goes_on`] for lower-cased, tokenized English text (`score::caseless`): "utah gov . gary
/// herbert", "sgt . bill tate", "no . 1".
pub(crate) fn title_goes_on(word: &str, text: &str, next: usize) -> bool {
    goes_on(tables(Lang::En), word, text, next)
}

/// The start of the word that ends at `end` (back to whitespace), if it is short.
fn word_start(text: &str, end: usize) -> Option<usize> {
    let mut i = end;
    while let Some(c) = char_before(text, i) {
        if c.is_whitespace() {
            break;
        }
        i -= c.len_utf8();
        if end - i > MAX_WORD {
            return None;
        }
    }
    Some(i)
}

/// The word without leading brackets and quotes, invisible format characters, or a French
/// or Italian elided article ("l'Ing" → "Ing", it-more-02).
fn clean_word(raw: &str) -> std::borrow::Cow<'_, str> {
    let trimmed = raw.trim_start_matches(|c: char| is_opener(c) || is_format(c) || is_dash(c) || c == '<');
    let core = match trimmed.rfind(['\'', '’']) {
        Some(p)
            if p > 0
                && trimmed[..p].chars().count() <= 4
                && trimmed[..p].chars().all(char::is_lowercase)
                && p + 3 < trimmed.len() =>
        {
            let q = p + trimmed[p..].chars().next().map_or(1, char::len_utf8);
            &trimmed[q..]
        }
        _ => trimmed,
    };
    if core.chars().any(is_format) {
        core.chars().filter(|&c| !is_format(c)).collect::<String>().into()
    } else {
        core.into()
    }
}

/// Whether a legal company form ("KG", "Ltd.") stands at `at`.
fn company_form(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let end = rest.char_indices().find(|&(i, c)| !c.is_alphabetic() || i > 8).map_or(rest.len(), |(i, _)| i);
    is_company_form(&rest[..end].lower())
}

/// Whether a time-zone abbreviation ("ET", "GMT", "UTC") stands at `at`.
fn time_zone(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let end = rest.bytes().take(5).take_while(u8::is_ascii_uppercase).count();
    end <= 4 && is_time_zone(&rest[..end])
}

/// Whether the word at `at` goes on after a clock time: a day name ("Thursday", not
/// "Thursday's"), a month before a day number ("Sept. 30", "May 5") or a time zone spelt out
/// ("Eastern", "Pacific").
fn time_goes_on(text: &str, at: usize) -> bool {
    // "8 p.m. Eastern time" (US zones, as wire copy spells them).
    const ZONE_WORDS: Words = words!["eastern", "central", "mountain", "pacific", "atlantic"];
    let rest = &text[at..];
    let end = rest.bytes().take(10).take_while(u8::is_ascii_alphabetic).count();
    let word = rest[..end].to_ascii_lowercase();
    let after = &rest.as_bytes()[end..];
    if crate::data::MONTH_WORDS.contains(word.as_str()) {
        let after = after.strip_prefix(b".").unwrap_or(after);
        return after.first() == Some(&b' ') && after.get(1).is_some_and(u8::is_ascii_digit);
    }
    let whole = !rest[end..].starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’');
    // Full day names only: "Sun", "Sat" and "Wed" are words too.
    whole
        && (word.len() > 5 && crate::data::WEEKDAY_WORDS.contains(word.as_str()) || ZONE_WORDS.contains(word.as_str()))
}

/// Whether the word starting at `at` follows a comma and one space: "Springfield, Ill.".
fn after_comma(text: &str, at: usize) -> bool {
    text[..at].ends_with(", ")
}

/// Whether `word` is a time zone's abbreviation ("GMT", "EST").
pub(crate) fn is_time_zone(word: &str) -> bool {
    const ZONES: Words = words![
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET",
        "CEST", "IST", "JST", "AEST", "AEDT",
    ];
    ZONES.contains(word)
}

/// Whether a bracketed or signed number starts at `at`: "Tel. (57-1) 3239300", "No. #4".
fn number_follows(text: &str, at: usize) -> bool {
    matches!(char_at(text, at), Some('(' | '+' | '#' | '№'))
        && char_at(text, at + 1).is_some_and(|c| c.is_ascii_digit())
}

/// Letters in groups of one to three, separated by periods: "U.S", "E.U", "Л.Н", "т.б".
fn dotted_acronym(word: &str) -> bool {
    let mut parts = 0;
    for part in word.split('.') {
        let n = part.chars().count();
        if !(1..=3).contains(&n) || !part.chars().all(char::is_alphabetic) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

fn short_number(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

fn roman(word: &str) -> bool {
    (2..=7).contains(&word.len()) && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

/// Whether the word at `at` is capitalised and commonly opens a sentence.
fn starter(text: &str, at: usize, t: &Tables) -> bool {
    let rest = &text[at..];
    let end = rest.char_indices().find(|&(i, c)| !c.is_alphabetic() || i > 24).map_or(rest.len(), |(i, _)| i);
    t.is_starter(&rest[..end].lower())
}

/// Whether the sentence so far (from `sentence_start`, or the last line break, to
/// `word_start`) is at most two words, the last one a number: "At 5" before "a.m.".
fn opening_phrase(text: &str, sentence_start: usize, word_start: usize) -> bool {
    if word_start < sentence_start {
        return false;
    }
    let mut from = word_start.saturating_sub(40).max(sentence_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..word_start];
    let phrase = match window.rfind('\n') {
        Some(p) => &window[p + 1..],
        None if from == sentence_start => window,
        None => return false,
    };
    let words: Vec<&str> = phrase.split_whitespace().collect();
    words.len() <= 2 && words.last().is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()))
}

/// Whether the word before `at` starts with a lower-case letter ("and I." but "Albert I.").
fn after_lowercase_word(text: &str, at: usize) -> bool {
    let mut i = at;
    while let Some(c) = char_before(text, i).filter(|c| c.is_whitespace()) {
        i -= c.len_utf8();
        if at - i > 8 {
            return false;
        }
    }
    let end = i;
    while let Some(c) = char_before(text, i).filter(|c| !c.is_whitespace()) {
        i -= c.len_utf8();
        if end - i > MAX_WORD {
            return false;
        }
    }
    char_at(text, i).is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        crate::segment::split_spans(text, Lang::En).into_iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn a_day_a_date_or_a_time_zone_goes_on_after_a_clock_time() {
        assert_eq!(
            split("The ban runs from 9 p.m. Friday until 6 a.m. Monday. Drivers were warned."),
            ["The ban runs from 9 p.m. Friday until 6 a.m. Monday.", "Drivers were warned."]
        );
        assert_eq!(
            split("The debate airs at 9 p.m. Eastern on two networks."),
            ["The debate airs at 9 p.m. Eastern on two networks."]
        );
        assert_eq!(
            split("Ballots are due by 5 p.m. Nov. 8 at the county office."),
            ["Ballots are due by 5 p.m. Nov. 8 at the county office."]
        );
        // Anything else after the time opens a new sentence.
        assert_eq!(
            split("The polls close at 8 p.m. Voters in line may still vote."),
            ["The polls close at 8 p.m.", "Voters in line may still vote."]
        );
        assert_eq!(
            split("The match kicks off at 3 p.m. Saturday's forecast is dry."),
            ["The match kicks off at 3 p.m.", "Saturday's forecast is dry."]
        );
        assert_eq!(
            split("Doors open at 6 p.m. May brings longer hours."),
            ["Doors open at 6 p.m.", "May brings longer hours."]
        );
    }

    #[test]
    fn a_state_after_its_city_goes_on_into_the_wire_tag_or_dash() {
        assert_eq!(
            split("TOPEKA, Kan. (AP) — Kansas voters rejected the measure. Turnout was high."),
            ["TOPEKA, Kan. (AP) — Kansas voters rejected the measure.", "Turnout was high."]
        );
        assert_eq!(
            split("HELENA, Mont. -- Crews contained the fire on Sunday."),
            ["HELENA, Mont. -- Crews contained the fire on Sunday."]
        );
        assert_eq!(split("JACKSON, Miss. – The levee held."), ["JACKSON, Miss. – The levee held."]);
        // Before a capital or a quotation, or without the city's comma, it may end one.
        assert_eq!(
            split("The storm hit Little Rock, Ark. The governor declared an emergency."),
            ["The storm hit Little Rock, Ark.", "The governor declared an emergency."]
        );
        assert_eq!(
            split("He moved back to Fresno, Calif. “It was home,” he said."),
            ["He moved back to Fresno, Calif.", "“It was home,” he said."]
        );
        assert_eq!(
            split("By spring she was ill. (She recovered by June.)"),
            ["By spring she was ill.", "(She recovered by June.)"]
        );
    }

    #[test]
    fn council_police_and_legal_titles_go_on_into_the_name() {
        let text = "Bay Ward Coun. Theresa Kavanagh voted no. Const. Mark Lee made the arrest. Det. Sgt. Ana Ruiz \
                    and Atty. Gen. Ken Paxton spoke. Ald. Sara Lin and Cllr. Tom Price agreed. Dep. Chief Al Ng left.";
        assert_eq!(split(text).len(), 5);
        // A word not on the list still ends a sentence.
        assert_eq!(split("She spoke to the Council. Members applauded.").len(), 2);
    }

    #[test]
    fn words_are_cleaned() {
        assert_eq!(clean_word("(Smith"), "Smith");
        assert_eq!(clean_word("l'Ing"), "Ing");
        assert_eq!(clean_word("don't"), "don't");
        assert_eq!(clean_word("د\u{202a}"), "د");
    }

    #[test]
    fn acronyms_numbers_numerals() {
        assert!(dotted_acronym("U.S") && dotted_acronym("Б.з.б") && !dotted_acronym("example.com"));
        assert!(short_number("12") && !short_number("2014"));
        assert!(roman("XII") && !roman("X") && !roman("Xi"));
    }
}
