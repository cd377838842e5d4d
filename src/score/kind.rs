//! Which lines are prose, and which are page debris (captions, bylines, metadata).
//!
//! Pasted news carries debris that a summary must never show: photo captions with their
//! agency credit, bylines and credit lines, metadata (`published 2023-05-01`, "Updated
//! 3:14 PM ET", a `date 2023-05-01` prefix glued to the first sentence), "Read more",
//! "Advertisement", "Share this", and the headline repeated as the first line. Only prose
//! is eligible for the summary.

use crate::bytes::one_of;
use crate::case::Lower;
use crate::data::WordSet;
use crate::lang::Lang;
use crate::span::Span;
use crate::types::SentenceKind;
use crate::words::{words, Words};

/// Classifies one sentence of the text from its own words.
///
/// # Example
/// ```
/// use brevity::{score::kind::classify, SentenceKind};
/// assert_eq!(classify("By Jane Doe"), SentenceKind::Byline);
/// assert_eq!(classify("Updated 3:14 PM ET"), SentenceKind::Meta);
/// assert_eq!(classify("The bridge reopened on Monday."), SentenceKind::Prose);
/// ```
pub fn classify(sentence: &str) -> SentenceKind {
    let s = sentence.trim();
    let lower = s.lower();
    // Past ASCII punctuation eight bytes at a time first ("....." × 100,000 is one sentence).
    let lower = &lower[crate::bytes::skip_ascii_other(lower.as_bytes(), 0)..];
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    // Only compared with 8 and 20 below: counted up to 21 (a text without full stops is
    // one long "sentence").
    let words = crate::tokens::split_whitespace(s).take(21).count();
    let last = s.chars().last().unwrap_or(' ');
    // "By Jane Doe", "Additional reporting by …", "… contributed to this report."
    let name_after_by = || s.split_whitespace().skip(1).all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()));
    // The first character after `phrase` that opens `lower` (ASCII), in the sentence's own
    // case: "Reporting by Jane Doe" (a byline), "Reporting by local media suggested …" (prose).
    let head = s.trim_start_matches(|c: char| !c.is_alphanumeric());
    let after = |phrase: &str| {
        lower.starts_with(phrase).then(|| head.get(phrase.len()..).and_then(|r| r.trim_start().chars().next()))
    };
    let caseless = || !s.chars().any(char::is_uppercase) && words <= 8;
    let named = |phrase: &str| after(phrase).is_some_and(|c| c.is_some_and(char::is_uppercase) || caseless());
    if (lower.starts_with("by ") && words <= 8 && (!matches!(last, '.' | '!' | '?') || name_after_by()))
        || lower.starts_with("by ") && by_name_and_role(s)
        || lower.starts_with("additional reporting by")
        || named("reporting by")
        || lower.starts_with("reported from")
        || named("editing by")
        || words <= 8 && named("edited by")
        || named("written by")
        // A show's credits: "Produced by Leo Park.", "Music by Blue Dot Sessions."
        || words <= 8 && (named("produced by") || named("music by"))
        || words <= 25 && crate::bytes::contains(lower, " can be reached at ")
        || lower.starts_with("posted by ") && words <= 12
        // A blog's "Posted on June 12, 2024 by Megan Holt".
        || words <= 12
            && (lower.starts_with("posted on ") || lower.starts_with("published on "))
            && crate::bytes::contains(lower, " by ")
            && !matches!(last, '.' | '!' | '?')
        // A wire's or a colleague's share of the story: "(With inputs from PTI)", "With files
        // from Bethany Lindsay".
        // (Without a sentence end: "With files from the archive, she rebuilt the timeline." is
        // prose.)
        || words <= 10
            && !matches!(last, '.' | '!' | '?')
            && (lower.starts_with("with inputs from") || lower.starts_with("with files from"))
        || contribution_credit(lower)
        || words <= 14 && reported_from(s, lower)
        // "Par Jean Dupont", "Von Anna Müller", "Por Juan Pérez", "Door Jan de Vries" (a name
        // only: "Von der Leyen sagte" is prose).
        || ["par ", "von ", "por ", "di ", "door "].iter().any(|p| opens_with(lower, p))
            && words <= 6
            && !matches!(last, '.' | '!' | '?' | ':')
            && name_after_by()
    {
        return SentenceKind::Byline;
    }
    // `date 2023-05-01`, "Updated 3:14 PM ET", "Read more", "Advertisement", "Share this".
    // A key and nothing but a date or time after it.
    let dated = &s[place_len(s)..];
    let meta_line = date_after_key(dated).is_some_and(|end| dated[end..].trim_matches(&['.', ' '][..]).is_empty())
        // In brackets too: "(Updated: 27 Oct 2023 05:30PM)".
        || s.strip_prefix('(').and_then(|t| t.strip_suffix(')')).is_some_and(|t| {
            date_after_key(t).is_some_and(|end| t[end..].trim_matches(&['.', ' '][..]).is_empty())
        });
    if meta_line
        // ("Read more: …", "Read more from …", not "Read more closely, …"; "Advertisement", not "Advertisements
        // for …"; "Share this article", not "Share this view, …".)
        || after("read more").is_some_and(|c| {
            !c.is_some_and(char::is_lowercase)
                || lower[9..].split_whitespace().next().is_some_and(|w| one_of("from about at on here in of", w))
        })
        || after("advertisement").is_some_and(|c| !c.is_some_and(char::is_alphabetic))
        || lower.starts_with("share this")
            && matches!(
                lower[10..].split_whitespace().next().map(|w| w.trim_end_matches(&[':', '.', '!'][..])),
                None | Some("article" | "story" | "page" | "post" | "video" | "on")
            )
        || lower.starts_with("comments (") && lower.as_bytes().get(10).is_some_and(u8::is_ascii_digit) && words <= 3
        || lower.starts_with("share on ")
        // A chart's or a page's source line: "Source: CNA/ll(mi)", "Source: Reuters".
        || lower.starts_with("source:") && words <= 5
        // A match report's commentary feed and facts: "Goal!", "Booked: Gross, Dunk.".
        || score_line(s)
        || minute_marks(s)
        || lower == "goal!"
        || words <= 25 && ["booked:", "sent off:", "subs not used:"].iter().any(|p| opens_with(lower, p))
        // ("Click here …", "Click to share on X (Opens in new window)".)
        || lower.starts_with("click here")
        || lower.starts_with("click to ")
        || lower.starts_with("follow us")
        || lower.starts_with("sign up for")
        || lower.starts_with("subscribe to")
        || lower == "share"
        || boilerplate_prefix(s).is_some_and(|end| s[end..].trim_matches(&['.', ' '][..]).is_empty())
        || is_rights_notice(s, lower, words)
        || OTHER_LANGUAGE_LINES
            .iter()
            .any(|p| opens_with(lower, p) && lower[p.len()..].chars().next().map_or(true, |c| !c.is_alphanumeric()))
        || DATE_KEYS.iter().any(|k| opens_with(lower, k)) && words <= 14 && s.bytes().any(|b| b.is_ascii_digit())
        || PAGE_LINES.iter().any(|p| opens_with(lower, p) && words <= 8)
        || PAGE_PARAGRAPHS.iter().any(|p| opens_with(lower, p))
        || lower.starts_with("a version of this article appears in print")
        || words <= 12 && relative_time(lower)
        || follow_line(lower, words)
        // A writer's greeting above a post or a pasted story: "Hey friends!", "Hi everyone,",
        // "Dear readers," (three words at most, ending on a comma or "!": "Hi everyone, this
        // week yields touched 5%." is the post's, "Hello!!" or "Hello World." a message's
        // own). "Welcome back to The Margin Call!" is in PAGE_LINES.
        || words <= 3
            && s.ends_with(&[',', '!'][..])
            && ["hey ", "hi ", "hello ", "dear readers"].iter().any(|p| opens_with(lower, p))
        || AD_LABELS.contains(lower.trim_end_matches(&['.', ' '][..]))
        || site_sentence(s, lower, words)
    {
        return SentenceKind::Meta;
    }
    // "A crowd outside the court. Photo: AP", "(EPA)", "… – Reuters file", and the credits
    // split off the sentence they were glued to: "(Lacy Atkins/The Chronicle)".
    if is_credit(lower) || credit_line(s) {
        return SentenceKind::Caption;
    }
    match glued_credit(s) {
        // ("(ANSA)." closing a wire's story.)
        Some((len, kind)) if len == s.trim_end_matches(&['.'][..]).len() => return kind,
        _ => {}
    }
    // (After the credits: "(EPA)" alone is a caption's.)
    if media_marks(s) {
        return SentenceKind::Meta;
    }
    // (An encyclopedia's citation marks after the full stop: "… freshwater lake.[2]".)
    // Every script's stop ends a sentence: a Hindi one ends on "।", an Urdu one on "۔", and
    // all read as headings, so a Hindi article had no summary (2026-11-28).
    let last = without_citations(s).chars().last().unwrap_or(' ');
    if !(matches!(last, '"' | '”' | '’' | '\'' | ')') || crate::segment::chars::is_terminal(last)) && words <= 20
        || company_line(s)
        || words <= 20 && link_title(s)
    {
        return SentenceKind::Heading;
    }
    SentenceKind::Prose
}

/// "… contributed to this report", "… contributed reporting", "… contributed to this story"
/// or "article", and "Associated Press writer Eleonore Hughes contributed from Rio de
/// Janeiro." (with a space before it) in lower-cased `lower`: one search for the verb, then
/// what follows each, where a search for each phrase scanned every sentence five times
/// (issue 8).
fn contribution_credit(lower: &str) -> bool {
    const VERB: &str = "contributed";
    let mut at = 0;
    while let Some(p) = crate::bytes::find(&lower[at..], VERB) {
        let p = at + p;
        let rest = &lower[p + VERB.len()..];
        if [" to this report", " reporting", " to this story", " to this article"].iter().any(|t| rest.starts_with(t))
            || p > 0 && lower.as_bytes()[p - 1] == b' ' && rest.starts_with(" from ")
        {
            return true;
        }
        at = p + 1;
    }
    false
}

/// A link's title and its site, as a link aggregator lists them: "EU fines Apple €1.8B over
/// music streaming rules (reuters.com)" (no sentence end before the bracketed domain).
fn link_title(s: &str) -> bool {
    let Some(inner) = closing_brackets(s) else { return false };
    let Some(dot) = inner.bytes().rposition(|b| b == b'.') else { return false };
    let top = &inner.as_bytes()[dot + 1..];
    let before = s[..s.len() - inner.len() - 2].trim_end();
    dot > 0
        && (2..=6).contains(&top.len())
        && top.iter().all(u8::is_ascii_lowercase)
        && inner.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && !before.ends_with(&['.', '!', '?'][..])
}

/// A company's name alone on a line, its full stop an abbreviation's: "Greenfield Foods,
/// Inc." (under a press release's "NEWS PROVIDED BY"), "Acme Holdings Ltd.". Two to six
/// words, each capitalised (or "&", "and", "of") but the suffix.
fn company_line(s: &str) -> bool {
    after_capitalised(s, "& and of", 6)
        .is_some_and(|last| one_of("Inc. Ltd. Corp. Co. LLC. Plc. PLC. L.P. S.A. N.V. AG.", last))
}

/// The last of two to `max` words when each word before it is capitalised or one of
/// `joiners`: "Inc." of "Greenfield Foods, Inc.", "1" of "Aston Villa 1".
fn after_capitalised<'s>(s: &'s str, joiners: &str, max: usize) -> Option<&'s str> {
    let (mut n, mut last) = (0, "");
    for w in crate::tokens::split_whitespace(s) {
        if n > 0 && !(last.starts_with(|c: char| c.is_uppercase()) || one_of(joiners, last)) || n == max {
            return None;
        }
        (n, last) = (n + 1, w);
    }
    (n >= 2).then_some(last)
}

/// A byline that says who the author is: "By Chris Welch, a reviewer specializing in personal
/// audio." "By" and two to four capitalised words, a comma, then "a" or "an" ("By Tuesday, the
/// council …" and "By New Year's Day the …" are prose).
fn by_name_and_role(s: &str) -> bool {
    let mut words = crate::tokens::split_whitespace(s).skip(1);
    for n in 1..=4 {
        let Some(w) = words.next() else { return false };
        if !w.starts_with(|c: char| c.is_uppercase()) || w.bytes().any(|b| b.is_ascii_digit()) {
            return false;
        }
        if let Some(name) = w.strip_suffix(',') {
            return n >= 2 && !name.is_empty() && words.next().is_some_and(|w| one_of("a an", w));
        }
    }
    false
}

/// A site's sentence that no prefix list catches: a newsletter's pitch ("Want more fintech
/// news in your inbox?"), a contact line with an address ("Contact Jane at jane@example.com
/// or on Signal."), an app's ("Download the 9NEWS app to get …"), a wire's note of what an
/// update changed ("(Updates prices in third paragraph.)"), a request for comment ("We've
/// reached out to X for comment and will update …"), an encyclopedia's note pointing to
/// another page ("For the steamship, see SS Tanganyika.") or a row of its fact box
/// ("Max. length\t673 km (418 mi)": a label, a tab and a value).
fn site_sentence(s: &str, lower: &str, words: usize) -> bool {
    let has = |needle: &str| crate::bytes::contains(lower, needle);
    // (Each test scans the sentence only after a cheap one passed: a text without full
    // stops is one long sentence.)
    // ("Why not subscribe to our free newsletter?", "Join our Space Forums to keep talking
    // …", "And if you have a news tip, … let us know at: community@space.com.")
    words <= 15 && ["in your inbox", "subscribe to our", "sign up for our", "sign up to our"].iter().any(|p| has(p))
        || words <= 25 && lower.starts_with("join our ")
        || words <= 25 && has("news tip") && (has("@") || has("let us know"))
        // "Get the latest Bristol Live news straight to your inbox."
        || words <= 15 && has("to your inbox") && ["get ", "sign up", "have ", "receive "].iter().any(|p| lower.starts_with(p))
        // "Join ST's Telegram channel and get the latest breaking news delivered to you."
        || words <= 20 && lower.starts_with("join ") && (has(" telegram") || has(" whatsapp"))
        || lower.starts_with("contact ") && lower.as_bytes().contains(&b'@')
        || lower.starts_with("download the ") && has(" app")
        // "Watch every ball live on our app."
        || words <= 15 && has(" on our app")
        // A bookmaker's offer: "Bet £10 get £30 in free bets on Leeds v Sunderland."
        || words <= 20 && lower.starts_with("bet ") && has("free bet")
        // A weather box's "High 34°F." or "Low 28°F.".
        || words <= 3 && (lower.starts_with("high ") || lower.starts_with("low ")) && has("°")
        || s.starts_with('(')
            && s.trim_end_matches(&['.', ' '][..]).ends_with(')')
            && one_of("updates adds recasts corrects refiles", lower.split(' ').next().unwrap_or(""))
        || ["we've reached out", "we’ve reached out", "we have reached out", "we reached out"]
            .iter()
            .any(|p| lower.starts_with(p))
            && has("for comment")
        || words <= 20 && lower.starts_with("for ") && has(", see ")
        // A consent banner's text: "We and our 842 partners store and/or access information on a
        // device, such as cookies, …", "You may click to consent to our … partners' processing".
        || ["we ", "you ", "with your permission"].iter().any(|p| lower.starts_with(p))
            && (has("cookie") || has(" partners") && (has("consent") || has("personal data") || has("device")))
        // A funding disclosure: "LDR is local body journalism co-funded by RNZ and NZ On Air.",
        // "This article is part of a series funded by the Lumina Foundation."
        // (The opening or the one word first: three phrases sought in every sentence cost more.)
        || (words <= 20 && has("journalism")
            || ["this article", "this story", "this series", "this report", "this coverage", "this project"]
                .iter()
                .any(|p| lower.starts_with(p)))
            && (has("funded by") || has("supported by") || has("in partnership with"))
        || words <= 15
            && s.bytes().position(|b| b == b'\t').is_some_and(|t| !s[..t].trim_end().ends_with(&['.', '!', '?', ':'][..]))
}

/// Media markers alone: "(foto)(video)", "(Video)", "[Gallery]": bracketed words without
/// spaces and nothing else.
fn media_marks(s: &str) -> bool {
    s.starts_with(&['(', '['][..])
        && s.ends_with(&[')', ']'][..])
        && s.chars().all(|c| c.is_alphabetic() || matches!(c, '(' | ')' | '[' | ']'))
}

/// `s` without the citation marks that close it in an encyclopedia's text: "… lake.[2]",
/// "… River.[citation needed]", "Geography[edit]" (at most 20 bytes each).
fn without_citations(s: &str) -> &str {
    let mut s = s.trim_end();
    while let Some(open) = s.strip_suffix(']').and_then(|t| t.rfind('[')) {
        if s.len() - open > 22 {
            break;
        }
        s = s[..open].trim_end();
    }
    s
}

/// A reporter's line that closes a story: "Jane Doe reported from London.", "Sam Lee and Ana
/// Ruiz reported from Kyiv.", "This story was reported from Leeds and London." Before the verb
/// a name of two or more capitalised words, or the story itself; after it a place and the
/// end ("Police reported from the scene that …", "BBC News reported from the scene that three
/// people died" are prose).
fn reported_from(s: &str, lower: &str) -> bool {
    let Some(at) = crate::bytes::find(s, " reported ") else { return false };
    let rest = &s[at + 10..];
    let rest = rest.strip_prefix("this story ").or_else(|| rest.strip_prefix("this article ")).unwrap_or(rest);
    let Some(place) = rest.strip_prefix("from ") else { return false };
    let before = || crate::tokens::split_whitespace(&s[..at]).filter(|w| !one_of("and &", w));
    let story = ["this story was", "this article was", "this report was"].iter().any(|p| lower.starts_with(p));
    !crate::bytes::contains(place, " that ")
        && crate::tokens::split_whitespace(place).count() <= 9
        && (story || before().count() >= 2 && before().all(|w| w.starts_with(|c: char| c.is_uppercase())))
}

/// A site's prompt to follow its writer: "Follow Helen on X.", "Follow Jane Doe on Bluesky".
/// Also with the handle after the network ("Follow her on X @emschantz."), or pointing
/// elsewhere ("Follow the latest news on Idalia here."). Longer, up to 40 words, with a
/// network named after "on": "Follow our live coverage … on Facebook, Twitter, Instagram and
/// TikTok for the latest goals …", "Like us on Facebook" ("Follow-up studies on Twitter users
/// …" does not open with "follow ").
fn follow_line(lower: &str, words: usize) -> bool {
    if !["follow ", "like us on ", "find us on "].iter().any(|p| opens_with(lower, p)) {
        return false;
    }
    let network = |w: &str| one_of("x twitter instagram facebook bluesky threads linkedin tiktok youtube whatsapp", w);
    let (mut before, mut last, mut on) = ("", "", false);
    for (n, w) in crate::tokens::split_whitespace(lower).enumerate() {
        (before, last) = (last, w.trim_end_matches(&[',', '.', '!', ':', ' '][..]));
        if on && network(last) {
            return true;
        }
        on |= last == "on" && n < 40;
    }
    words <= 8 && (last == "here" || last.starts_with('@') && network(before))
}

/// A match's score box (scorers, a scoreboard's line, a team sheet): debris for a summary,
/// but the teams and players it names are the story's.
pub(crate) fn score_box(s: &str) -> bool {
    score_line(s) || minute_marks(s)
}

/// A match's score, alone or after a commentary feed's label: "Match ends, Brighton and
/// Hove Albion 2, Aston Villa 1.", "Brighton and Hove Albion 2, Aston Villa 1." (each side
/// capitalised words and a number; "Arsenal won 2, Chelsea 1." has a verb in lower case).
fn score_line(s: &str) -> bool {
    let s = s.trim_end_matches(&['.', ' '][..]);
    // A scoreboard's mark of extra time: "LAL 112, BOS 108 (OT)", "… (2OT)", "… (F/OT)".
    let s = match closing_brackets(s) {
        Some(inner)
            if (1..=5).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'/') =>
        {
            s[..s.len() - inner.len() - 2].trim_end()
        }
        _ => s,
    };
    if !s.ends_with(|c: char| c.is_ascii_digit()) || s.len() > 160 {
        return false;
    }
    // Capitalised words (or "and", "of"), then the number.
    let side = |part: &str| {
        after_capitalised(part, "and & of de", usize::MAX).is_some_and(|last| last.bytes().all(|b| b.is_ascii_digit()))
    };
    // (Split at ", " byte-wise: a `str` pattern links core's two-way searcher into the download.)
    let Some(a) = crate::bytes::rfind(s, ", ") else { return false };
    let (rest, away) = (&s[..a], &s[a + 2..]);
    let (label, home) = match crate::bytes::rfind(rest, ", ") {
        Some(h) => (Some(&rest[..h]), &rest[h + 2..]),
        None => (None, rest),
    };
    side(away)
        && side(home)
        && label.map_or(true, |l| {
            let n = l.split_whitespace().count();
            (1..=4).contains(&n)
                && !l.bytes().any(|b| b.is_ascii_digit() || b == b',')
                && l.starts_with(|c: char| c.is_uppercase())
        })
}

/// A match report's score box: the scorers ("Madueke 81'", "Saka 23', 67' (pen)", "Havertz
/// 45+2', Rice 70' (og)") or a scoreboard's line ("Arsenal 2-1 Chelsea", "AUS 337 & 128/5 (44
/// ov)"), and so a team sheet with its substitutes' minutes ("Phillips, Coles (Harley 45),
/// Bell, …"). Names and minute marks or scores only: a lower-case word other than "pen", "og",
/// "ov" or "v" makes it prose ("He scored in the 81' minute.").
fn minute_marks(s: &str) -> bool {
    let (mut marks, mut numbers) = (0, 0);
    for (n, w) in crate::tokens::split_whitespace(s).enumerate() {
        let t = w.trim_start_matches(&['('][..]).trim_end_matches(&[')', ',', ';', '.', ' '][..]);
        // A minute's mark: "81'", "45+2’", "67′" (the last two as UTF-8).
        let b = t.as_bytes();
        let b = b
            .strip_suffix(b"'")
            .or_else(|| b.strip_suffix(&[0xE2, 0x80, 0x99]))
            .or_else(|| b.strip_suffix(&[0xE2, 0x80, 0xB2]))
            .inspect(|_| marks += 1)
            .unwrap_or(b);
        if b.first().is_some_and(u8::is_ascii_digit) && b.iter().all(|&b| b.is_ascii_digit() || b"/-+".contains(&b)) {
            // A date ("ROME 1996-12-06", a dateline) is no score.
            if b.iter().filter(|&&b| b == b'-' || b == b'/').count() > 1 {
                return false;
            }
            // A score or an innings: "2-1", "128/5" count as two numbers.
            numbers += 1 + usize::from(b.iter().any(|&b| b == b'-' || b == b'/'));
        } else if n == 30
            || !(t.is_empty() || t.starts_with(char::is_uppercase) || one_of("pen og o.g. p aet ov v vs & - –", t))
        {
            return false;
        }
    }
    marks > 0 && numbers > 0 || numbers >= 2 && s.starts_with(char::is_uppercase)
}

/// A live page's time stamp, a line of its own: "15 min ago", "1 hr 20 min ago", "Updated
/// 2 hours ago", "5h ago".
fn relative_time(lower: &str) -> bool {
    let Some(rest) = lower.trim_end_matches(&['.', ' '][..]).strip_suffix(" ago") else { return false };
    let mut words = rest.split_whitespace();
    let mut first = words.next();
    while first.is_some_and(|w| one_of("updated published posted last edited", w)) {
        first = words.next();
    }
    let mut words = first.into_iter().chain(words);
    const UNITS: Words = words![
        "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour",
        "hours", "d", "day", "days", "w", "wk", "wks", "week", "weeks",
    ];
    let mut pairs = 0;
    while let Some(w) = words.next() {
        // "20 min", or glued: "5h", "20m".
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        let unit = if digits > 0 && digits < w.len() {
            &w[digits..]
        } else if digits > 0 || one_of("a an one", w) {
            match words.next() {
                Some(u) => u.trim_end_matches(&[','][..]),
                None => return false,
            }
        } else {
            return false;
        };
        if !UNITS.contains(unit) {
            return false;
        }
        pairs += 1;
    }
    pairs > 0
}

/// An advertisement's label, a line of its own ("Sponsored legislation passed …" and "Paid
/// content grew 20% …" are prose).
const AD_LABELS: Words = words![
    "sponsored",
    "sponsored content",
    "paid post",
    "paid content",
    "advertiser content",
    "partner content",
    "promoted",
];

/// A news site's own lines around a story, pasted with it ("Related Topics", "Reuse this
/// content", "Ad Feedback"), at the start of a short line.
const PAGE_LINES: Words = words![
    "related topics",
    "related stories",
    // A link to another post: "Related: How we test our migrations".
    "related:",
    "related articles",
    "related posts",
    "related reading",
    "see also:",
    "you may also like",
    "more on this story",
    "explore more on these topics",
    "reuse this content",
    "send any friend a story",
    "supported by",
    "ad feedback",
    "most viewed",
    "most read",
    "recommended stories",
    "sign up",
    "our standards:",
    "link copied",
    "facebook tweet email",
    "after newsletter promotion",
    "skip advertisement",
    "continue reading",
    "order reprints",
    "listen to this article",
    "temps de lecture",
    "artikel anhören",
    "connect via",
    "share full article",
    "read in app",
    "keep reading",
    "end of list",
    "loading...",
    "is this page useful",
    "loading…",
    "transcript available",
    "read the transcript",
    "read the full transcript",
    "read the original",
    "cancel anytime",
    "unlock this article",
    "report an issue",
    "audio is ai-generated",
    "the views expressed",
    "the opinions expressed",
    "good morning",
    "here's what you need to know",
    // An advertiser's line: "Sponsored by Acme Bank", "Paid for by …" ("Sponsored by Rep.
    // Jane Doe, the bill would …" is longer).
    "sponsored by",
    "paid for by",
    // A newsletter's sign-off: "That's it for this week.", "Until next time!"
    "that's it for",
    "that’s it for",
    "that's all for",
    "that’s all for",
    "until next time",
    "welcome back to",
    "type your email",
    "download now",
    "t&cs apply",
    "terms apply",
    "apply now",
    "follow along using",
    "lesezeit",
    "subscribe here",
    // A bookmaker's small print: "18+ T&Cs apply.", "Please gamble responsibly."
    "18+",
    "new customers only",
    "please gamble",
];

/// A site's paragraphs of its own, at any length: a newsletter box's privacy notice, the
/// reading-list prompt, the author's contact line at the end, the call for readers' tips.
const PAGE_PARAGRAPHS: Words = words![
    "privacy notice:",
    "save articles to read later",
    "reach her at ",
    "reach him at ",
    "reach them at ",
    "show full articles without",
    "for more information see our privacy policy",
    "we use google recaptcha",
    "we want to hear from you",
    "email us at ",
    "have a story",
    "get our free",
    "contact the author",
    "story continues below",
    "we use cookies",
    "by continuing to",
    "by signing up",
    "enter your email",
    "thanks for reading",
    "send your story",
    "got a story",
    "this story has been updated",
    "this article has been updated",
    "this article was amended",
    "editor's note",
    "correction:",
    "about the author",
    "forward-looking statements",
    "subscribe for free",
    "gift article",
    "got a tip",
    "have a tip",
    "have a confidential tip",
    "log in, register",
    "start the day with",
    "except for the headline, this story",
    "this article was featured in",
    "want to join the conversation",
    "if you enjoyed this",
    "if you liked this",
    "more information:",
    // A post's label lines: their items are the site's index words, not the story's facts.
    "tags:",
    "tagged:",
    "topics:",
    "related topics:",
    "filed under",
    "keywords:",
    "categories:",
    "this document is subject to copyright",
    "to continue reading",
    "already a subscriber",
    "you have been granted access",
    "this story has been shared",
    "this page was last edited",
    "text is available under the creative commons",
    "from wikipedia, the free encyclopedia",
    "this article is about ",
    "also read",
    "our live coverage",
    // A share button's text, an affiliate disclosure, a correction's note, a translation's
    // note, a newsletter's footer, a paywall's offer.
    "this post may contain",
    "as an amazon associate",
    "please read our disclosure",
    "an earlier version of this",
    "a previous version of this",
    "this article was translated",
    "this story was translated",
    "view this email",
    "you are receiving this",
    "you're receiving this",
    "you’re receiving this",
    "forward it to a friend",
    "get unlimited",
    // A sponsor's note: "This content is sponsored by CloudNova. TechWire's editorial staff …"
    "this content is sponsored",
    "this is a sponsored",
    "this is a paid",
    // A newsletter's or a blog's welcome and plea: "If you're new here, I write about …", "You
    // can subscribe for free below.", "If you found this useful, please share it …".
    "if you're new here",
    "if you’re new here",
    "you can subscribe",
    "if you found this",
    // A transcript's notice: "NPR transcripts are created on a rush deadline …", "This text may
    // not be in its final form …" ("The transcript shows …" is prose).
    "npr transcripts",
    "transcripts are",
    "this transcript",
    "this is a rush transcript",
    "this text may not",
    // A sponsor's offer: "Use code BRIEF for 20% off."
    "use code ",
    // A letters page's invitation: "Have an opinion on anything you've read in the Guardian
    // today? Please email us your letter …".
    "have an opinion on anything",
    "please email us your letter",
];

/// The same lines in German, French, Spanish, Italian, Portuguese and Dutch pages: "Lire aussi
/// : …", "Lesen Sie auch: …" (a whole word at the start). A lone "Publicité", "Anzeige" or
/// "Partager" has no full stop: a heading, never summarized.
const OTHER_LANGUAGE_LINES: Words = words![
    "lire aussi",
    "à lire aussi",
    "lesen sie auch",
    "mehr zum thema",
    "über dieses thema berichtete",
    "lee también",
    "leer más",
    "leggi anche",
    "lees ook",
    "leia também",
    "leia mais",
    "te puede interesar",
    // A newsletter's call: "Suscríbete a nuestro boletín …", "Cadastre-se.", "Abonnez-vous".
    "suscríbete",
    "abonnez-vous",
    "inscrivez-vous",
    "iscriviti",
    "cadastre-se",
    "inscreva-se",
    "receba",
];

/// Keys of a metadata line in those languages, before its date ("Publié le 3 mai 2024 à
/// 18h30", "Aktualisiert am 3. Mai 2024").
const DATE_KEYS: Words = words![
    "publié le",
    "mis à jour",
    "veröffentlicht am",
    "aktualisiert am",
    "publicado el",
    "actualizado el",
    "pubblicato il",
    "aggiornato il",
    "gepubliceerd op",
    "bijgewerkt op",
    "publicado em",
    "atualizado em",
    "stand:",
];

/// The rights notice at the end of an agency's story: "Copyright 2024 The Associated
/// Press.", "© 2024 Reuters", "All rights reserved.", "This material may not be published,
/// broadcast, rewritten or redistributed.", "This article was originally published on …".
/// "Copyright" opens one only before "©", "(c)" or a year ("Copyright lawsuits rose" is
/// prose).
fn is_rights_notice(s: &str, lower: &str, words: usize) -> bool {
    let t = s.trim_start();
    let after = lower.strip_prefix("copyright").map(str::trim_start);
    // ("© Ludovic MARIN / AFP" under a caption is its photo credit.)
    t.starts_with('©') && !credit_line(t)
        || after.is_some_and(|a| {
            a.starts_with('©') || a.starts_with("(c)") || a.bytes().take(4).all(|b| b.is_ascii_digit()) && a.len() >= 4
        })
        || words <= 6 && crate::bytes::contains(lower, "all rights reserved")
        || crate::bytes::contains(lower, "may not be published, broadcast, rewritten or redistributed")
        // "Copyright The Financial Times Limited 2024."
        || after.is_some_and(|a| {
            let a = a.trim_end_matches(&['.', ' '][..]).as_bytes();
            let year = a.len() > 4 && a[a.len() - 5] == b' ' && a[a.len() - 4..].iter().all(u8::is_ascii_digit);
            year && words <= 8 && s.split_whitespace().skip(1).all(|w| w.starts_with(|c: char| !c.is_lowercase()))
        })
        || lower.starts_with("this article was originally published")
        || lower.starts_with("this article originally appeared")
        || lower.starts_with("this story originally appeared")
}

/// Labels that open a credit: "Photo: AP", "Image copyright Getty Images".
pub(crate) const CREDIT_LABELS: Words = words![
    "photo:",
    "photograph:",
    "photos:",
    "picture:",
    "image:",
    "credit:",
    "credit...",
    "credit…",
    "image copyright",
    "image caption",
    "illustration:",
];

/// Labels that open a credit line of its own in other languages' pages ("Photo : AFP",
/// "Foto: dpa", "Bild: Reuters"): only at the start, as "the photo :" is prose in tokenized
/// English ("she captioned the photo : '…'").
const START_LABELS: Words =
    words!["photo :", "foto:", "foto :", "bild:", "alt:", "photo by ", "illustration by ", "photo illustration by "];

/// Agencies and picture libraries named as a credit: "(EPA)", "– Reuters file".
const AGENCIES: Words = words![
    "ap",
    "afp",
    "epa",
    "reuters",
    "getty images",
    "getty",
    "pa",
    "pa wire",
    "ap photo",
    "afp/getty images",
    "shutterstock",
    "alamy",
    "bloomberg",
    "xinhua",
    "dpa",
    "efe",
    "ansa",
    "anp",
    "lusa",
    "belga",
    "kyodo",
    "yonhap",
    "apa",
    // New Zealand's Stuff credits its photos "SUPPLIED" or "NAME/STUFF".
    "supplied",
    "stuff",
];

/// A bracketed credit's opening words: "(Photo courtesy of Apple)", "(Courtesy of the
/// family)".
const COURTESY: Words = words!["photo courtesy", "courtesy of", "courtesy photo", "photo by ", "photos by "];

/// A photo or agency credit: "Photo: AP", "Photograph: Getty Images", "(EPA)", "[Reuters]",
/// "– Reuters file", "AFP" alone.
fn is_credit(lower: &str) -> bool {
    // Every label has a colon or "image": one or two scans rule most sentences out before
    // eight (wasm has no SIMD substring search; this was 12 % of `split` in Node, issue 8).
    let has = |needle: &str| crate::bytes::contains(lower, needle);
    if (has(":") || has("image") || has("credit")) && CREDIT_LABELS.iter().any(&has) && !has("big picture:")
        || has("purchase licensing rights")
        || has("hide caption")
        || START_LABELS.iter().any(|l| opens_with(lower, l))
    {
        return true;
    }
    let bare = lower.trim_end_matches(|c: char| c == '.' || c.is_whitespace());
    // A paper's own credit: "Courier photo/Jane Doe", "(Express Photo by Jane Doe)", "(Foto
    // LaPresse)".
    // (At most six words: the seventh is not sought past, as a sentence may be long.)
    if bare.split_whitespace().nth(6).is_none()
        && (crate::bytes::contains(bare, " photo/")
            || bare.ends_with(')') && (crate::bytes::contains(bare, " photo by ") || bare.starts_with("foto ")))
    {
        return true;
    }
    // An agency alone, after its caption's full stop: "… on April 30, 2023. AFP".
    if AGENCIES.contains(bare) {
        return true;
    }
    // "(EPA)", "(AP Photo/Jane Doe)", "[Reuters]" at the end.
    if let Some(open) = closing_brackets(bare) {
        let inner = open.trim();
        if AGENCIES.contains(inner)
            || inner.starts_with("ap photo")
            || inner.ends_with("getty images")
            || COURTESY.iter().any(|c| inner.starts_with(c))
        {
            return true;
        }
    }
    // "… – Reuters file", "… - AFP"
    for dash in [" – ", " — ", " - "] {
        if let Some(p) = crate::bytes::rfind(bare, dash) {
            let tail = bare[p + dash.len()..].trim();
            let tail = tail.strip_suffix(" file").unwrap_or(tail);
            if AGENCIES.contains(tail) {
                return true;
            }
        }
    }
    false
}

/// What the parentheses or square brackets that close `s` hold: "… (EPA)" → "EPA", "…
/// [File: Name/Reuters]" → "File: Name/Reuters".
fn closing_brackets(s: &str) -> Option<&str> {
    let inside = |close: char, open: char| s.strip_suffix(close).and_then(|b| b.rfind(open).map(|p| &b[p + 1..]));
    inside(')', '(').or_else(|| inside(']', '['))
}

/// Kinds of every sentence: each classified alone, then [`mark_lines`].
pub fn classify_all(text: &str, spans: &[Span], lang: Lang) -> Vec<SentenceKind> {
    let mut kinds = classify_each(text, spans, lang);
    mark_lines(text, spans, &mut kinds);
    kinds
}

/// The second step of [`classify_all`], from the lines around each sentence: a caption's
/// credit marks its whole line ("A crowd outside the court. Photo: AP": the first sentence
/// is the caption too), or the line above it when it stands alone ("A crowd outside the
/// court.\nJane Doe/AP"); an author's note closing the text is a byline
/// (`mark_author_note`).
pub fn mark_lines(text: &str, spans: &[Span], kinds: &mut [SentenceKind]) {
    mark_caption_lines(text, spans, kinds);
    mark_caps_credit(text, spans, kinds);
    for i in (1..spans.len()).rev() {
        let same_line = !text[spans[i - 1].end..spans[i].start].contains('\n');
        let (s, next) = (&text[spans[i - 1].range()], &text[spans[i].range()]);
        // A photo's alt text pasted above its caption: the same sentence twice ("Le
        // périphérique parisien, ici porte Maillot.\nLe périphérique …, ici porte Maillot.
        // STEPHANE DE SAKUTIN / AFP").
        if kinds[i] == SentenceKind::Caption && s == next && kinds[i - 1] != SentenceKind::Caption {
            kinds[i - 1] = SentenceKind::Caption;
        }
        // A promo's question before its call on the same line: "Want more stories like this?
        // Sign up for …", "Do you have a news tip? Email us at …" (not before a date or a
        // pointer to a video).
        if kinds[i - 1] == SentenceKind::Prose
            && kinds[i] == SentenceKind::Meta
            && same_line
            && s.ends_with('?')
            && crate::tokens::split_whitespace(s).nth(15).is_none()
            && date_after_key(next).is_none()
            // ("… regret turning down the crown? Scroll down for video": the article's.)
            && boilerplate_prefix(next).is_none()
        {
            kinds[i - 1] = SentenceKind::Meta;
        }
    }
    // An advertiser's call under its sponsor's line in a newsletter: "Sponsored by Meridian
    // Bank\nOpen an account in five minutes." (twelve words at most, opening on a call: the
    // story's lead may follow such a line).
    for i in 1..spans.len() {
        let s = &text[spans[i].range()];
        if kinds[i] == SentenceKind::Prose
            && opens_line(text, spans[i])
            && text[spans[i - 1].range()].starts_with("Sponsored by ")
            && crate::tokens::split_whitespace(s).nth(12).is_none()
            && one_of(
                "Open Get Try Start Join Save Shop Book Apply Switch Claim Earn",
                s.split(' ').next().unwrap_or(""),
            )
        {
            kinds[i] = SentenceKind::Meta;
        }
    }
    mark_chatter(text, spans, kinds);
    mark_related_links(text, spans, kinds);
    mark_headline(text, spans, kinds);
    mark_byline_bio(text, spans, kinds);
    mark_key_points(text, spans, kinds);
    mark_prelude(text, spans, kinds);
    let alone =
        |i: usize| (i == 0 || opens_line(text, spans[i])) && spans.get(i + 1).map_or(true, |&n| opens_line(text, n));
    // Sentences of a line of their own that read as prose but are not (`lone_line_kind`).
    // Readers' comments under the story are metadata: its prose after a comment thread's line
    // ("45 Comments", "Reply • Share ›", "level 1") once the story has had three sentences
    // ("12 comments" under a standfirst is the page's counter) and at least as many as follow
    // (a related link's counter inside the story starts no thread).
    let total = kinds.iter().filter(|k| **k == SentenceKind::Prose).count();
    let (mut prose, mut thread) = (0, false);
    for (i, k) in kinds.iter_mut().enumerate() {
        if *k == SentenceKind::Prose && spans.len() > 1 && alone(i) {
            if let Some(kind) = lone_line_kind(text, spans, i, prose > 0) {
                *k = kind;
            }
        }
        if *k == SentenceKind::Prose {
            if thread {
                *k = SentenceKind::Meta;
            }
            prose += 1;
        } else {
            thread |= prose >= 3 && 2 * prose >= total && alone(i) && thread_line(&text[spans[i].range()]);
        }
    }
    // The steps below leave the text's first prose sentence alone; an author's note of its
    // own line above the article is a byline ("James Olley\nESPN Senior Writer\nJames Olley is
    // a senior writer for ESPN FC.\n…").
    let Some(first) = kinds.iter().position(|k| *k == SentenceKind::Prose) else { return };
    // A post's cry above its story, a line of its own: "Big news from our team this week!"
    // (eight words at most; a story's lead is no exclamation).
    let s = &text[spans[first].range()];
    if alone(first)
        && s.ends_with('!')
        && crate::tokens::split_whitespace(s).nth(8).is_none()
        && kinds[first + 1..].contains(&SentenceKind::Prose)
    {
        kinds[first] = SentenceKind::Heading;
    }
    // Above the lead, a page may show a pull quote or a photo's caption without a credit
    // right above the dateline, each a line of its own (among a standfirst's): looked for in
    // the first four lines of prose, up to a paragraph of two sentences or more.
    let (mut i, mut lines) = (first, 0);
    while i < kinds.len() && lines < 4 {
        if kinds[i] == SentenceKind::Prose {
            if !alone(i) || !kinds[i + 1..].contains(&SentenceKind::Prose) {
                break;
            }
            if pull_quote(text, spans, i) {
                kinds[i] = SentenceKind::Heading;
            } else if caption_before_dateline(text, spans, i) {
                kinds[i] = SentenceKind::Caption;
                break;
            }
            lines += 1;
        }
        i += 1;
    }
    let Some(mut first) = kinds.iter().position(|k| *k == SentenceKind::Prose) else { return };
    if alone(first) && author_note(&text[spans[first].range()]) {
        if let Some(next) = (first + 1..kinds.len()).find(|&i| kinds[i] == SentenceKind::Prose) {
            kinds[first] = SentenceKind::Byline;
            first = next;
        }
    }
    mark_author_note(text, spans, kinds, first);
    mark_notices(text, spans, kinds, first);
}

/// A newsletter's chatter: short sentences (five words at most) under a greeting ("Hi
/// everyone,\nHappy Friday. We made it.") when longer prose follows them, or after its
/// sign-off ("Thanks for reading. See you Monday."); and a forum bot's comment, to the blank
/// line ("AutoModerator\nI am a bot, …").
fn mark_chatter(text: &str, spans: &[Span], kinds: &mut [SentenceKind]) {
    let n = spans.len();
    for i in 0..n {
        let s = &text[spans[i].range()];
        if s == "AutoModerator" {
            for j in i + 1..n {
                if crate::bytes::contains(&text[spans[i].end..spans[j].start], "\n\n") {
                    break;
                }
                kinds[j] = SentenceKind::Meta;
            }
        }
        if kinds[i] != SentenceKind::Meta || !one_of("Hi Hey Hello Dear Good Thanks", s.split(' ').next().unwrap_or(""))
        {
            continue;
        }
        let mut j = i + 1;
        while j < n
            && (kinds[j] != SentenceKind::Prose
                || crate::tokens::split_whitespace(&text[spans[j].range()]).nth(5).is_none())
        {
            j += 1;
        }
        if j < n || s.starts_with("Thanks") {
            for k in &mut kinds[i + 1..j] {
                if *k == SentenceKind::Prose {
                    *k = SentenceKind::Meta;
                }
            }
        }
    }
}

/// A credit in capitals alone on its line, right under a caption of one sentence and above
/// more text: "Toyota's battery plant under construction in August.\nTOYOTA\nToyota will
/// invest …" (at most 30 bytes, no digits; both lines become the caption).
fn mark_caps_credit(text: &str, spans: &[Span], kinds: &mut [SentenceKind]) {
    use SentenceKind::{Caption, Heading, Prose};
    let breaks = |k: usize| text[spans[k - 1].end..spans[k].start].bytes().filter(|&b| b == b'\n').count();
    for i in 1..spans.len().saturating_sub(1) {
        let s = &text[spans[i].range()];
        // (Not a subhead in capitals under a paragraph's last line: the caption stands apart
        // from the prose above it.)
        if kinds[i] == Heading
            && kinds[i - 1] == Prose
            && kinds[i + 1] == Prose
            && breaks(i) == 1
            && breaks(i + 1) > 0
            && (i == 1 || breaks(i - 1) > 1 || breaks(i - 1) == 1 && kinds[i - 2] != Prose)
            && (2..=30).contains(&s.len())
            && s.starts_with(char::is_alphabetic)
            && !s.chars().any(|c| c.is_lowercase() || c.is_ascii_digit())
            && crate::tokens::split_whitespace(&text[spans[i - 1].range()]).nth(30).is_none()
        {
            kinds[i - 1] = Caption;
            kinds[i] = Caption;
        }
    }
}

/// The kind of sentence `i`, a line of its own in a text of two sentences or more, when it
/// only reads as prose: a headline that ends on a quotation with no full stop inside it or
/// after it ("Qatar says talks on extending truce 'going well'"), a video's caption under its
/// length ("Duration 2:14\nSome residents returned to …"), a photo's caption closing on
/// "(File image)" (inside a paragraph such a sentence may be the story's own), a subhead's
/// question after prose (`story`: a question opening the text may be its lead).
fn lone_line_kind(text: &str, spans: &[Span], i: usize, story: bool) -> Option<SentenceKind> {
    let s = &text[spans[i].range()];
    let duration = || {
        i > 0
            && text[spans[i - 1].range()].strip_prefix("Duration ").is_some_and(|t| {
                t.starts_with(|c: char| c.is_ascii_digit()) && t.bytes().all(|b| b.is_ascii_digit() || b == b':')
            })
    };
    let file_image = || {
        closing_brackets(s.trim_end_matches(&['.', ' '][..])).is_some_and(|inner| {
            let inner = inner.trim().lower();
            ["file image", "file photo", "file picture"].contains(&inner.as_str())
        })
    };
    // A table's cell: three short lines in a row ("Votes\nPct.\nNick Miller (incumbent)\nDem.").
    let short = |k: usize| {
        crate::tokens::split_whitespace(&text[spans[k].range()]).nth(3).is_none()
            && (k == 0 || opens_line(text, spans[k]))
            && spans.get(k + 1).map_or(true, |&n| opens_line(text, n))
    };
    let cell = || i > 0 && i + 1 < spans.len() && short(i - 1) && short(i) && short(i + 1);
    if ends_on_bare_quote(s) || story && subhead_question(s) || cell() {
        Some(SentenceKind::Heading)
    } else if duration() || file_image() {
        Some(SentenceKind::Caption)
    } else {
        None
    }
}

/// Whether `s`, a line of its own after the story's first prose, is a question of twelve
/// words at most with no quotation in it: a section's subhead ("What do the weather warnings
/// mean?", "What's next?"), an explainer's or an interview's question ("Q: Why?"). The answer
/// below it carries the story.
fn subhead_question(s: &str) -> bool {
    s.ends_with(&['?', '？'][..])
        && crate::tokens::split_whitespace(s).nth(12).is_none()
        && !s.chars().any(|c| matches!(c, '"' | '“' | '”' | '«' | '»'))
}

/// Whether `s` (twenty words at most) ends on a closing quotation mark right after a letter:
/// "… truce 'going well'" (not "… 'going well'." nor "… \"3 + 5\"").
fn ends_on_bare_quote(s: &str) -> bool {
    let s = s.trim_end();
    let Some(last) = s.chars().last() else { return false };
    matches!(last, '"' | '”' | '’' | '\'')
        && s[..s.len() - last.len_utf8()].chars().last().is_some_and(char::is_alphabetic)
        && crate::tokens::split_whitespace(s).nth(20).is_none()
}

/// Whether sentence `i` is a pull quote: a quotation of four words or more that the text
/// repeats after it ("“We are not going to shut the government down over this,” the speaker
/// said." above the byline, the same words in the story).
fn pull_quote(text: &str, spans: &[Span], i: usize) -> bool {
    let s = &text[spans[i].range()];
    let Some(inner) = s.strip_prefix('“').or_else(|| s.strip_prefix('"')) else { return false };
    let Some((close, _)) = inner.char_indices().find(|&(_, c)| c == '”' || c == '"') else { return false };
    let quote = inner[..close].trim_end_matches(&[',', '.', '!', '?', ' '][..]);
    crate::tokens::split_whitespace(quote).nth(3).is_some() && crate::bytes::contains(&text[spans[i].end..], quote)
}

/// Whether sentence `i`, of thirty words at most, is a photo's caption above a dateline that
/// opens the next line: "Commuters board a Purple Line train on Monday.\nBENGALURU: The full
/// stretch …", "Mumbai Rains: Commuters wade through a flooded street.\nMumbai:\nHeavy rain
/// lashed …". A story opens at its dateline, so a sentence above it is no lead.
fn caption_before_dateline(text: &str, spans: &[Span], i: usize) -> bool {
    let Some(next) = spans.get(i + 1).map(|n| &text[n.range()]) else { return false };
    let words = |s: &str| crate::tokens::split_whitespace(s).take(31).count();
    let caps = |w: &str| {
        let w = w.trim_end_matches(&[',', ':'][..]);
        w.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && w.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\''))
    };
    // "Mumbai:" alone on its line (a listed place), or "BENGALURU: …", "SINGAPORE – …",
    // "TAIPEI, Oct 5 (Reuters) - …", "NEW DELHI: …".
    // ("Mumbai: The India Meteorological Department …" too: a listed place before a colon.)
    let label = next.find(':').is_some_and(|c| {
        let place = &next[..c];
        words(place) <= 3
            && (c + 1 == next.len() || next[c + 1..].starts_with(' '))
            && place.starts_with(char::is_uppercase)
            && crate::facts::ner::gazetteer::is_listed_place(place)
    });
    let dateline = || {
        let mut ws = crate::tokens::split_whitespace(next).take(8);
        let Some(first) = ws.next() else { return false };
        // (A transcript's speaker is no dateline: "JANE DOE, BYLINE: On Main Street …", "AUDIE
        // CORNISH, HOST: …"; a word with a comma before the colon's.)
        let mut comma = first.ends_with(',');
        caps(first)
            && (first.ends_with(':')
                || ws.any(|w| {
                    let end = one_of("— – -- -", w) || w.ends_with(':') && caps(w) && !comma;
                    comma |= w.ends_with(',');
                    end
                }))
    };
    // A transcript's turn is no caption above the next speaker's: "JANE DOE, BYLINE: At the
    // port …\nHAROLD DAGGETT: We're not …" (capitals, then a colon in the first four words).
    let s = &text[spans[i].range()];
    let speaker = crate::tokens::split_whitespace(s)
        .take(4)
        .position(|w| w.ends_with(':'))
        .is_some_and(|p| crate::tokens::split_whitespace(s).take(p + 1).all(caps));
    words(s) <= 30 && (label || dateline() && !speaker)
}

/// A box of the page's own key points above or inside the story ("Key points", "In short:",
/// "What you need to know:", a live page's "What we're covering"): its short lines, up to a
/// blank line, are headings (the story tells the same at more length). At most six lines of
/// 25 words each; a time stamp or a caption ends the box.
fn mark_key_points(text: &str, spans: &[Span], kinds: &mut [SentenceKind]) {
    const LABELS: Words = words![
        "key points",
        "key takeaways",
        "in short",
        "at a glance",
        "what you need to know",
        "what we're covering",
        "what we’re covering",
        "summary of the day so far",
        "story highlights",
        "quick read",
        // A donation box: "Donate now\nHelp us reach people affected by the conflict."
        "donate now",
        "donate",
    ];
    let is_label = |line: &str| {
        let label = line.trim_end_matches(&[':'][..]).trim_end();
        LABELS.iter().any(|l| l.eq_ignore_ascii_case(label))
    };
    mark_listed_lines(text, spans, kinds, is_label, 6, |line| {
        let n = crate::tokens::split_whitespace(line).take(26).count();
        let time = line.as_bytes().first().is_some_and(u8::is_ascii_digit) && n <= 3;
        n <= 25 && !time
    });
}

/// The titles of the links under a related-stories label alone on its line ("Lesen Sie
/// auch\nWie lange dauert der Tarifkonflikt noch? Die wichtigsten Fragen", "Lire aussi\n…",
/// "Related Stories\n…"): up to three lines of twenty words at most, to a blank line, none
/// ending like a paragraph. So are an advertisement's teasers under its label alone ("Paid
/// post\nIs your home insured against storm damage? Compare quotes in minutes"; not the
/// story's next line under a titled label, "Paid Post: The one thing retirees …").
fn mark_related_links(text: &str, spans: &[Span], kinds: &mut [SentenceKind]) {
    let is_label = |line: &str| {
        let label = line.trim_end_matches(&['.', ':', ' '][..]).lower();
        let label = label.as_str();
        OTHER_LANGUAGE_LINES.contains(label)
            || PAGE_LINES.contains(label)
            || label == "read more"
            || AD_LABELS.contains(label)
    };
    mark_listed_lines(text, spans, kinds, is_label, 3, |line| {
        crate::tokens::split_whitespace(line).nth(20).is_none() && !line.ends_with(&['.', '"', '”', '’', '»'][..])
    });
}

/// Marks as headings the lines listed under a label that is a line of its own: up to `most`
/// lines, each after exactly one line break (a blank line ends the list), while each is
/// prose or a heading and passes `item`.
fn mark_listed_lines(
    text: &str,
    spans: &[Span],
    kinds: &mut [SentenceKind],
    is_label: impl Fn(&str) -> bool,
    most: usize,
    item: impl Fn(&str) -> bool,
) {
    let line_end = |k: usize| (k + 1..spans.len()).find(|&n| opens_line(text, spans[n])).unwrap_or(spans.len());
    let mut i = 0;
    while i < spans.len() {
        let end = line_end(i);
        if end != i + 1 || !is_label(&text[spans[i].range()]) {
            i = end;
            continue;
        }
        let (mut k, mut items) = (end, 0);
        while k < spans.len()
            && items < most
            && text[spans[k - 1].end..spans[k].start].bytes().filter(|&b| b == b'\n').count() == 1
        {
            let e = line_end(k);
            let line = &text[spans[k].start..spans[e - 1].end];
            if !item(line) || !kinds[k..e].iter().all(|x| matches!(x, SentenceKind::Prose | SentenceKind::Heading)) {
                break;
            }
            kinds[k..e].fill(SentenceKind::Heading);
            (k, items) = (e, items + 1);
        }
        i = k;
    }
}

/// Marks as metadata a blogger's or a sharer's words above the story they paste, when the
/// story opens with its headline and byline lines below them: "Hey friends! … I've been
/// following the farmers' market story for months …\nPin it for later!\nFarmers market saved
/// after city council vote\nPosted on June 12, 2024 by Megan Holt\nThe Riverside …". The
/// byline opens one of the first twelve lines, under a headline (a heading of four words or
/// more alone on its line); above it at most eight sentences of prose, below it twice as many,
/// and no other byline opening a line (a live page's entries each have their own).
fn mark_prelude(text: &str, spans: &[Span], kinds: &mut [SentenceKind]) {
    use SentenceKind::{Byline, Heading, Meta, Prose};
    let line = |i: usize| i == 0 || opens_line(text, spans[i]);
    // (A byline's lines in a row count as one: "By Mark Ellison\nPublished on 4 November 2024 by …".)
    let Some(by) = (1..spans.len()).filter(|&i| line(i)).take(12).find(|&i| {
        kinds[i] == Byline
            && line(i - 1)
            && kinds[i - 1] == Heading
            && crate::tokens::split_whitespace(&text[spans[i - 1].range()]).nth(3).is_some()
    }) else {
        return;
    };
    // Prose above the headline and below the byline's lines; no later byline.
    let above = kinds[..by - 1].iter().filter(|k| **k == Prose).count();
    let (mut below, mut more) = (0, false);
    for k in kinds[by..].iter().skip_while(|k| **k == Byline) {
        below += usize::from(*k == Prose);
        more |= *k == Byline;
    }
    if (1..=8).contains(&above) && below >= 2 * above && !more {
        for k in &mut kinds[..by - 1] {
            if *k == Prose {
                *k = Meta;
            }
        }
    }
}

/// A comment thread's line: a button or a counter ("Reply • Share ›", "Like · Reply · 3h", "7
/// replies", "87 comments", "level 2", "Load more comments"), six words at most, all of them
/// such words or numbers; "Reply to this email" and a lone "Comments" are not.
fn thread_line(s: &str) -> bool {
    if s.len() > 60 {
        return false;
    }
    let lower = s.lower();
    // (A funeral home's "Guest Book" heads its visitors' entries.)
    if lower == "guest book" {
        return true;
    }
    let (mut n, mut key, mut count, mut number) = (0, false, false, false);
    for w in crate::tokens::split_whitespace(&lower) {
        let w = w.trim_end_matches(&['.', ':'][..]);
        // (Separators: "Reply • Share ›".)
        if !w.bytes().any(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        n += 1;
        if w.as_bytes()[0].is_ascii_digit() {
            number = true;
        } else if one_of("reply replies", w) {
            key = true;
        } else if w == "comments" {
            count = true;
        } else if n > 6 || !one_of("load more view show all share report like read level", w) {
            return false;
        }
    }
    // (A forum's "level 1" in lower case: "Level 3" may be an alert's.)
    key || number && (count || s.starts_with("level ")) || crate::bytes::contains(&lower, "more comments")
}

/// The rest of the line of a byline that says who the author is: "By Chris Welch, a reviewer
/// … theater. Since 2011, he has published over 10,000 stories." (at most two sentences).
fn mark_byline_bio(text: &str, spans: &[Span], kinds: &mut [SentenceKind]) {
    for i in 0..spans.len() {
        let s = &text[spans[i].range()];
        if kinds[i] == SentenceKind::Byline && s.starts_with("By ") && by_name_and_role(s) {
            for k in i + 1..spans.len().min(i + 3) {
                if opens_line(text, spans[k]) || kinds[k] != SentenceKind::Prose {
                    break;
                }
                kinds[k] = SentenceKind::Byline;
            }
        }
    }
}

/// Marks the headline of a pasted page that ends like a sentence, above the byline: "Opinion\nThe
/// four-day week isn't a fantasy. It's overdue.\nBy Jane Doe", "Will the Fed cut rates this
/// year?\nBy Jane Doe". The byline opens one of the text's first four lines, every line above
/// it is short (at most two sentences and 30 words: a section label, the headline, a
/// standfirst, a date), and the first of them of four words or more is the headline. A
/// standfirst below the headline stays prose, and so does a headline's lead under a closing
/// "… contributed from …" (only a byline opening with "By" counts).
fn mark_headline(text: &str, spans: &[Span], kinds: &mut [SentenceKind]) {
    let (mut lines, mut in_line, mut words) = (0, 0, 0);
    // The first line with prose: its first sentence, and the first sentence after it.
    let (mut headline, mut headline_end) = (None, None);
    for i in 0..spans.len() {
        if i == 0 || opens_line(text, spans[i]) {
            lines += 1;
            // ("By Jane Doe", "Par Claire Dubois": not a closing line such as "… contributed
            // from Rio" under a short item's lead.)
            let by = text[spans[i].range()]
                .split_whitespace()
                .next()
                .is_some_and(|w| one_of("By BY Par Von Por Di Door", w));
            if kinds[i] == SentenceKind::Byline && by {
                if let (Some(from), Some(to)) = (headline, headline_end) {
                    for k in &mut kinds[from..to] {
                        if *k == SentenceKind::Prose {
                            *k = SentenceKind::Heading;
                        }
                    }
                }
                return;
            }
            if lines > 4 {
                return;
            }
            (in_line, words) = (0, 0);
        }
        in_line += 1;
        words += crate::tokens::split_whitespace(&text[spans[i].range()]).take(31).count();
        if in_line > 2 || words > 30 {
            return;
        }
        // The headline: the first line of four words or more (a section label has fewer);
        // marked only if it has prose in it.
        if headline.is_none() && in_line == 1 && i + 1 < spans.len() {
            let line_end = (i + 1..spans.len()).find(|&k| opens_line(text, spans[k])).unwrap_or(spans.len());
            let line = &text[spans[i].start..spans[line_end - 1].end];
            if crate::tokens::split_whitespace(line).nth(3).is_some() {
                headline = Some(i);
                headline_end = Some(line_end);
                if !kinds[i..line_end].contains(&SentenceKind::Prose) {
                    return;
                }
            }
        }
    }
}

/// A notice of the site or the company takes its whole line, and a press release's "About
/// …" heading everything after it: "Correction: An earlier version gave the wrong year. It
/// was 2006.", "We use cookies … By continuing to browse, you agree …", "About Acme Corp\nAcme
/// Corp is a leading provider of … For more information, visit …", and a blog's "Written by …"
/// author box at the end. So does an encyclopedia
/// page's "References" or "External links" heading (its sources and links follow). A box of
/// links to other stories ("Keep reading\nlist of 4 items\nlist 1 of 4\n…\nend of list") is
/// metadata to its end.
fn mark_notices(text: &str, spans: &[Span], kinds: &mut [SentenceKind], first: usize) {
    let (mut notice, mut about, mut links) = (false, false, false);
    // The fifth prose sentence from the end (looked for once: a text may have many bylines).
    let fifth_last = (0..kinds.len()).rev().filter(|&k| kinds[k] == SentenceKind::Prose).nth(4);
    for i in first + 1..kinds.len() {
        let s = &text[spans[i].range()];
        if opens_line(text, spans[i]) {
            let lower = s.get(..16).unwrap_or(s).lower();
            let head = s.strip_suffix("[edit]").unwrap_or(s).trim();
            about |= kinds[i] == SentenceKind::Heading
                && [
                    "References",
                    "Notes",
                    "External links",
                    "See also",
                    "Further reading",
                    "Bibliography",
                    "Footnotes",
                    "Citations",
                ]
                .contains(&head);
            links = match lower.as_str() {
                "keep reading" => true,
                _ if lower.starts_with("end of list") => false,
                _ => links,
            };
            notice = kinds[i] == SentenceKind::Meta
                && ([
                    "correction",
                    "editor's note",
                    "an earlier vers",
                    "a previous versi",
                    "we use cookies",
                    "privacy notice",
                    "this article was",
                    "sign up for",
                    // A science site's reference and rights box: "More information: Sarah E.
                    // Moran et al, High Tide …? A Water-Rich …", "This document is subject to
                    // copyright. Apart from …".
                    "more information",
                    "this document is",
                    "want to join the",
                    // A commentary feed's entry: "Goal! Brighton 2, Villa 1. Joao Pedro (Brighton) right footed shot …".
                    "goal!",
                    // A rights or transcript notice: "Copyright © 2023 NPR. All rights reserved.
                    // Visit our website terms of use …", "NPR transcripts are created on a rush
                    // deadline … Accuracy and availability may vary."
                    "copyright",
                    "©",
                    "all rights reserv",
                    "this text may",
                    // A sponsor's line: "Sponsored by Greenleaf Mattress. Use code …", "This
                    // content is sponsored by CloudNova. TechWire's editorial staff had no role …"
                    "sponsored",
                    "this content",
                ]
                .iter()
                .any(|p| lower.starts_with(p))
                    || crate::bytes::contains(&lower, "transcript"));
            about |= kinds[i] == SentenceKind::Heading
                && s.starts_with("About ")
                && crate::tokens::split_whitespace(s).count() <= 6
                // A blog's author box at the end: "Written by Priya Raman\n1.4K Followers\nStaff
                // engineer. Writing about payments …" (four sentences of prose at most after it).
                || kinds[i] == SentenceKind::Byline
                    && s.starts_with("Written by ")
                    && fifth_last.map_or(true, |p| i > p);
        }
        if (notice || about) && kinds[i] == SentenceKind::Prose
            || links && matches!(kinds[i], SentenceKind::Prose | SentenceKind::Heading)
        {
            kinds[i] = SentenceKind::Meta;
        }
    }
}

/// Marks the author's note that closes a pasted page as a byline: "Jane Doe is a reporter
/// covering city hall for the Ledger. She has worked at the paper since 2015." It is the
/// last prose, from a line whose first sentence names someone (two to four capitalised
/// words) as a reporter, writer, editor, an author or a fellow, to the end; at most four
/// sentences, and never the text's first prose.
fn mark_author_note(text: &str, spans: &[Span], kinds: &mut [SentenceKind], first: usize) {
    let from = (first + 1..kinds.len())
        .rev()
        .filter(|&i| kinds[i] == SentenceKind::Prose)
        .take(4)
        .filter(|&i| opens_line(text, spans[i]) && author_note(&text[spans[i].range()]));
    if let Some(from) = from.last() {
        for k in &mut kinds[from..] {
            if *k == SentenceKind::Prose {
                *k = SentenceKind::Byline;
            }
        }
    }
}

/// Whether `s` opens an author's note: "Jane Doe is a reporter covering …", "Sam Lee is the
/// author of …", "Ana Ruiz is a senior fellow at …", "Ana Ley covers New York City's
/// transit …", "Jane Doe writes about housing …" (at most 30 words).
fn author_note(s: &str) -> bool {
    let mut words = crate::tokens::split_whitespace(s);
    let mut name = 0;
    let mut verb = "";
    for w in words.by_ref() {
        if one_of("is covers writes reports", w) {
            verb = w;
            break;
        }
        if name == 4 || !w.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        name += 1;
    }
    // "Ana Ley covers …", "Jane Doe writes about …"; "… is a reporter …", "… is Transport
    // Reporter at …" (a title without an article).
    let mut after = words.by_ref().peekable();
    let article = after.next_if(|w| one_of("a an the", w)).is_some();
    let role = verb != "is"
        || after.by_ref().take(5).any(|w| {
            let w = w.trim_end_matches(&[',', '.'][..]);
            let listed = |w: &str| {
                one_of(
                    "reporter correspondent writer editor journalist columnist contributor producer photographer critic author fellow",
                    w,
                )
            };
            listed(w) || !article && w.starts_with(|c: char| c.is_uppercase()) && listed(&w.lower())
        });
    name >= 2 && !verb.is_empty() && role && after.count() <= 22
}

/// Whether `span` is the first sentence of its line (only spaces or tabs between it and the
/// line break before it).
fn opens_line(text: &str, span: Span) -> bool {
    text.as_bytes()[..span.start].iter().rev().find(|&&b| b != b' ' && b != b'\t') == Some(&b'\n')
}

/// `s.starts_with(p)`, the first bytes compared before the call that compares the rest: the
/// lists of openings tried on every sentence hold about a hundred (issue 8).
#[inline(always)]
fn opens_with(s: &str, p: &str) -> bool {
    s.as_bytes().first() == p.as_bytes().first() && s.starts_with(p)
}

/// [`classify`] of every sentence alone; in English also the labelled photo captions of
/// tabloid pages ("Tearful: Maria Lane, 21, speaks to reporters…").
pub fn classify_each(text: &str, spans: &[Span], lang: Lang) -> Vec<SentenceKind> {
    spans
        .iter()
        .map(|s| {
            let sentence = &text[s.range()];
            match classify(sentence) {
                SentenceKind::Prose | SentenceKind::Heading
                    if lang == Lang::En && (labelled_caption(sentence).is_some() || photo_positions(sentence) >= 2) =>
                {
                    SentenceKind::Caption
                }
                SentenceKind::Prose if lang == Lang::En && title_case(sentence) => SentenceKind::Heading,
                kind => kind,
            }
        })
        .collect()
}

/// A title in title case that ends like a sentence: "We Rewrote Our Billing Service in
/// Rust.", "Here's What Happened." (twenty words at most, three of them of four letters or
/// more; every word capitalised but a title's small words: "Lake Tanganyika is an African
/// Great Lake." is a sentence).
fn title_case(s: &str) -> bool {
    let mut long = 0;
    for (k, w) in crate::tokens::split_whitespace(s).enumerate() {
        if k == 20 {
            return false;
        }
        if w.starts_with(char::is_lowercase) && !TITLE_SMALL_WORDS.contains(w) {
            return false;
        }
        if w.chars().filter(|c| c.is_alphabetic()).nth(3).is_some() {
            if !w.starts_with(char::is_uppercase) {
                return false;
            }
            long += 1;
        }
    }
    long >= 3
}

/// How many bracketed photo positions `sentence` holds: "(left)", "(pictured)", "(far right)".
/// Two or more are captions run together ("Lady Gaga (left) and Lourdes Leon (right) have both
/// adopted the trend", "Bowe (right) faced Evander Holyfield (left) in 1992 …"); one is often
/// the article's own ("Sterling (pictured) was exposed…").
fn photo_positions(sentence: &str) -> usize {
    // Each position once; a wing of "(far left)" or "(second left)" counts by its closing.
    // (As pages write them: the tokenized copies of the corpora, "( left )", are left alone.)
    const POSITIONS: Words = words!["left)", "right)", "(pictured)", "(centre)", "(center)", "(above)", "(below)"];
    // Most sentences have no bracket: no lower-cased copy for them.
    if !sentence.as_bytes().contains(&b'(') {
        return 0;
    }
    let lower = sentence.lower();
    POSITIONS.iter().filter(|p| crate::bytes::contains(&lower, p)).count()
}

/// Words that show the text before a colon is not a caption's label (`en/caption_not_labels.txt`).
static NOT_LABEL_WORDS: WordSet = WordSet::new(crate::data_file!("en/caption_not_labels.txt"));

/// Small words a title keeps in lower case: "Call of Duty", "Lord of the Rings".
const TITLE_SMALL_WORDS: Words = words!["of", "the", "and", "in", "on", "for", "a", "an", "to", "at", "de"];

/// The end of the label of a tabloid photo caption: a label of one to four words, a colon,
/// and the caption ("Tearful: Ariana Mason, 21, relives her ordeal to reporters
/// yesterday.", "family feud : larissa knipe ( left ) is pictured with her son ."). On the
/// Daily Mail pages of the summarization corpora such a caption sat in about one summary in
/// seven (a sample of `cnndm_lower_dev`) before it was recognised. Not a label: a speaker
/// or a quotation's opening ("He said:", "Mr Wang said:"), a name or title in capitals
/// throughout ("Joy Smith:", "EXPERT VERDICT:"), a list of a match's facts ("Booked:
/// Smith, Jones"). English: other languages open quotations with their own verbs.
pub(crate) fn labelled_caption(s: &str) -> Option<usize> {
    // The label sits in the first 48 bytes (cut back to a char boundary).
    let head = (0..=48.min(s.len())).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
    let colon = s[..head].find(':')?;
    let label = s[..colon].trim_end();
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 4
        || !label.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '’' | '-'))
    {
        return None;
    }
    let listed = |w: &str| {
        let w = w.lower();
        let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(&w);
        NOT_LABEL_WORDS.contains(stem)
    };
    if words.iter().any(|w| listed(w)) {
        return None;
    }
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let caps = !label.chars().any(char::is_lowercase);
    // A name or a title: "Joy Smith:", "Call of Duty:", "GoldenEye:".
    let title = words.len() >= 2 && words.iter().all(|w| capital(w) || TITLE_SMALL_WORDS.contains(w));
    let camel = words.iter().any(|w| w.chars().skip(1).any(char::is_uppercase));
    // A dateline's place, as Indian wires write it: "Chennai: Police on Monday arrested …"
    // (a listed city, country or state; capitalised, so not a lower-cased tabloid label;
    // then a sentence, not a team sheet such as "Leeds: Balshaw; Rees, Christophers, …").
    let dateline = || {
        capital(label)
            && crate::tokens::split_whitespace(&s[colon + 1..])
                .take(10)
                .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
                .count()
                >= 2
            && crate::facts::ner::gazetteer::is_listed_place(label)
    };
    if caps || title || camel || dateline() {
        return None;
    }
    let caption = s[colon + 1..].trim_start();
    let first = caption.chars().next()?;
    // The caption opens as the label does: a capital after a capital, lower case in a
    // lower-cased text. A quotation after the colon is someone's words ("Benitez
    // responded: \"I spoke to Steven…\"").
    let opens =
        first.is_ascii_digit() || (first.is_uppercase() && capital(label)) || (first.is_lowercase() && !capital(label));
    (opens && caption.split_whitespace().count() >= 4).then_some(colon + 1)
}

/// Sentences before a caption's credit on its line become captions too, and so does the
/// short line right above a credit that stands on a line of its own.
fn mark_caption_lines(text: &str, spans: &[Span], kinds: &mut [SentenceKind]) {
    // Sentences of one line: consecutive spans with no line break between them.
    let mut line_start = 0;
    // (Found once: a text may have a credit on every line.)
    let last_prose = kinds.iter().rposition(|k| *k == SentenceKind::Prose);
    for i in 0..spans.len() {
        let next_breaks = spans.get(i + 1).map_or(true, |n| text[spans[i].end..n.start].contains('\n'));
        if !next_breaks {
            // A credit inside a line, between two sentences, closed a caption that a paste
            // without line breaks ran into the story: "… at the end of a shift. [Reuters] Tata
            // Steel will close …".
            if i > line_start
                && kinds[i] == SentenceKind::Caption
                && matches!(kinds[i - 1], SentenceKind::Prose | SentenceKind::Heading)
                && credit_only(&text[spans[i].range()])
            {
                kinds[i - 1] = SentenceKind::Caption;
            }
            continue;
        }
        let credit = &text[spans[i].range()];
        // A wire's tag after the story's last paragraph closes no caption: "… normaal.
        // (belga)", "… werden. (APA, red, 12.3.2024)".
        // (The agency before a comma, or a full stop after the bracket: never a photo's credit.)
        let agency = || credit[1..].split_once(',').is_some_and(|(a, _)| AGENCIES.contains(a.lower().as_str()));
        let after_story = last_prose.map_or(true, |p| p < i);
        // ("… voted on in the Senate on Wednesday.\n– TIMES/AFP/NA": the agencies that wrote it.)
        let tag =
            credit.starts_with('(') && !credit.contains('/') && (credit.ends_with('.') || agency() || after_story)
                || credit.starts_with(&['-', '–', '—'][..]) && after_story;
        // Stuff's credits stand above their caption: "SUPPLIED\nThe new library sits on …\nNelson's
        // new waterfront library has opened …", "BRADEN FASTIER/STUFF\nChildren explore …".
        let above = credit == "SUPPLIED" || credit.ends_with("/STUFF");
        if above && i == line_start && i + 2 < spans.len() && opens_line(text, spans[i + 2]) {
            let caption = &text[spans[i + 1].range()];
            if text[spans[i].end..spans[i + 1].start].matches('\n').count() == 1
                && matches!(kinds[i + 1], SentenceKind::Prose | SentenceKind::Heading)
                && crate::tokens::split_whitespace(caption).nth(30).is_none()
            {
                kinds[i + 1] = SentenceKind::Caption;
            }
        }
        // A credit closes the caption line; only short lines (a caption, not a collapsed
        // article that happens to end with one) are marked whole.
        if kinds[i] == SentenceKind::Caption && i - line_start < 3 && !tag {
            for k in &mut kinds[line_start..i] {
                if *k == SentenceKind::Prose || *k == SentenceKind::Heading {
                    *k = SentenceKind::Caption;
                }
            }
        }
        // A credit on a line of its own closes the caption on the line right above it
        // ("Mayor Linda Carrow speaks at the site.\nJeff Kowalsky/AFP/Getty Images"): one or
        // two sentences, with no blank line between.
        // The photographer's name may stand on a line of its own between the caption and
        // the agency ("… near Obergoms, Switzerland.\nFabrice Coffrini\nAFP/Getty Images"):
        // then the caption is the line above the name.
        if i == line_start
            && kinds[i] == SentenceKind::Caption
            && line_start > 0
            && !tag
            && !above
            && credit_only(credit)
        {
            let mut below = line_start;
            for _ in 0..2 {
                let before = &text[spans[below - 1].end..spans[below].start];
                let mut first = below - 1;
                while first > 0 && !text[spans[first - 1].end..spans[first].start].contains('\n') {
                    first -= 1;
                }
                if before.matches('\n').count() != 1
                    || below - first > 2
                    || !kinds[first..below].iter().all(|k| matches!(k, SentenceKind::Prose | SentenceKind::Heading))
                {
                    break;
                }
                kinds[first..below].fill(SentenceKind::Caption);
                if first == 0 || below - first > 1 || !name_line(&text[spans[first].range()]) {
                    break;
                }
                below = first;
            }
        }
        line_start = i + 1;
    }
}

/// A person's name alone: two to four capitalised words, no digits, no sentence end
/// ("Fabrice Coffrini").
fn name_line(s: &str) -> bool {
    let n = crate::tokens::split_whitespace(s).count();
    (2..=4).contains(&n)
        && crate::tokens::split_whitespace(s).all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
        && !s.ends_with(&['.', '!', '?'][..])
}

/// `spans` with a metadata prefix split off the sentence it is glued to:
/// "date 2023-05-01 Officials said …" becomes "date 2023-05-01" and "Officials said …".
///
/// So is a photo credit or a byline glued to the sentence after it (scraped pages lose the
/// line break between a caption and the article): "(Lacy Atkins/The Chronicle) Larry and
/// Muriel …", "JAE S. LEE / THE TENNESSEAN In his new book …", "Jim Herron Zamora,
/// Chronicle Staff Writer Larry and …".
pub fn split_meta_prefix(text: &str, spans: Vec<Span>, lang: Lang) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len() + 1);
    for mut span in spans {
        // Debris may come in layers: "Scroll down for video Devastated: Dawn … from her The
        // drama began …" (a pointer, then a caption glued to the sentence). Each pass splits
        // off at least a word; four passes are more than any page stacks.
        for _ in 0..4 {
            let s = &text[span.range()];
            let prefix = meta_prefix_len(s)
                .or_else(|| if out.is_empty() { headline_before_meta(s) } else { None })
                .or_else(|| name_before_bar(s))
                .or_else(|| boilerplate_prefix(s).filter(|&len| starts_sentence(&s[len..])))
                // (Share buttons before a dateline in capitals too.)
                .or_else(|| share_bar(s).filter(|&len| crate::tokens::split_whitespace(&s[len..]).nth(2).is_some()))
                .or_else(|| glued_credit(s).map(|(len, _)| len).filter(|&len| starts_sentence(&s[len..])))
                .or_else(|| licensing_credit(s))
                .or_else(|| if lang == Lang::En { glued_byline(s) } else { None })
                .or_else(|| if lang == Lang::En { glued_caption(s).or_else(|| glued_sentence(s)) } else { None });
            let Some(len) = prefix else { break };
            let rest = &text[span.start + len..span.end];
            let lead = rest.len() - rest.trim_start().len();
            out.push(Span::new(span.start, span.start + len));
            span = Span::new(span.start + len + lead, span.end);
        }
        out.push(span);
    }
    out
}

/// The end of a headline (and the share buttons after it) run together with the metadata
/// line below it, in a paste that lost its line breaks: "Storm hits coast  Share  Save
/// Published 2 November 2023 Two people have died …", "Wildfire forces evacuation The
/// Canadian Press · Posted: Aug 18, 2023 8:12 AM PDT A wildfire …", "Chiefs rally past Bills
/// 27-24 Associated Press Oct 15, 2023, 11:48 PM ET Close …". At most twelve words without a
/// sentence's end, then a capitalised key, or a full date after three words or more and a
/// capitalised word or a bar, whose date is followed by a capitalised word ("Since January
/// 2020 Britain has …" and "on May 1, 2023 in Paris" are sentences).
fn headline_before_meta(s: &str) -> Option<usize> {
    let mut headline_end = 0;
    let mut prev = "";
    for (k, (at, w)) in words_at(s, 0).take(13).enumerate() {
        let key = one_of("Published Updated Posted", w.trim_end_matches(&[':'][..]));
        let after_name = k >= 3 && (prev.starts_with(|c: char| c.is_uppercase()) || one_of("| · •", prev));
        let dated = after_name && w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        // "Council approves 4% rates rise By Aroha Tane Local Democracy Reporter Thursday, 27
        // June 2024 …": a byline that comes apart next.
        if k >= 4 && w == "By" && glued_byline(&s[at..]).is_some() {
            return Some(headline_end);
        }
        if headline_end > 0 && (key || dated) {
            if meta_prefix_len(&s[at..]).is_some() {
                return Some(headline_end);
            } else if key {
                return None;
            }
        }
        prev = w;
        if w.ends_with(&['.', '!', '?'][..]) {
            return None;
        }
        headline_end = at + w.len();
    }
    None
}

/// The end of a name, an agency or a section label and the bar or dot after it, glued to a
/// time stamp or to the first sentence: "Jane Doe · 5 min read · May 1, 2023 Officials
/// said …", "Reuters Staff | Oil prices slipped …", "Politics | The Senate passed …". One
/// to six capitalised words before the bar; a byline's "By …" is [`glued_byline`]'s.
fn name_before_bar(s: &str) -> Option<usize> {
    if s.starts_with("By ") || s.starts_with("BY ") {
        return None;
    }
    for (k, (at, w)) in words_at(s, 0).take(7).enumerate() {
        if one_of("| · •", w) {
            let rest = s[at + w.len()..].trim_start();
            // Not a menu ("Order Reprints | Today's Paper | Subscribe", "Advertisement ·
            // Scroll to continue": a site line whole).
            let menu = words_at(rest, 0).take(6).any(|(_, w)| one_of("| · •", w));
            let glued = k > 0 && (date_after_key(rest).is_some() || !menu && starts_sentence(rest));
            return (glued && classify(s) != SentenceKind::Meta).then_some(at + w.len());
        }
        let name = w.chars().next().is_some_and(char::is_uppercase)
            && !w.bytes().any(|b| b.is_ascii_digit())
            && !w.ends_with(&['.', '!', '?', ':', ','][..]);
        if !(name || one_of("and & of", w)) {
            return None;
        }
    }
    None
}

/// The words of `s[from..]`, split at whitespace, with their byte offsets in `s`.
fn words_at(s: &str, from: usize) -> impl Iterator<Item = (usize, &str)> + '_ {
    crate::tokens::split_whitespace(&s[from..]).map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// Words that open a sentence (`en/sentence_openers.txt`): where a labelled caption without
/// a full stop runs into the article's sentence after it.
static OPENERS: WordSet = WordSet::new(crate::data_file!("en/sentence_openers.txt"));

/// Words after which a capitalised "The" or "A" is a title's (`en/before_titles.txt`).
static BEFORE_TITLES: WordSet = WordSet::new(crate::data_file!("en/before_titles.txt"));

/// The end of a labelled caption ([`labelled_caption`]) that a scraped page glued, without
/// a full stop, to the article's sentence after it: "Haul: The crane collecting drugs from
/// the roof of the prison in Liverpool The amount of drugs thrown over the walls …".
fn glued_caption(s: &str) -> Option<usize> {
    let label_end = labelled_caption(s)?;
    let mut prev: Option<(usize, &str)> = None;
    for (k, (at, w)) in words_at(s, label_end).enumerate() {
        if let Some((p_at, p)) = prev {
            // A caption with a full stop is a sentence of its own already.
            if p.ends_with(&['.', '!', '?'][..]) {
                return None;
            }
            let glued = p.chars().last().is_some_and(|c| c.is_alphanumeric() || matches!(c, '’' | '”' | '\'' | ')'));
            if k >= 4
                && glued
                && w.chars().next().is_some_and(char::is_uppercase)
                && OPENERS.contains(&w.lower())
                && !BEFORE_TITLES.contains(&p.lower())
                && starts_sentence(&s[at..])
            {
                return Some(p_at + p.len());
            }
        }
        prev = Some((at, w));
    }
    None
}

/// The end of a byline that a scraped page glued to the article's first sentence: "By Jane
/// Doe The Senate passed …", "By Trisha Henry CNN Medical Producer A new study finds …",
/// "By Jane Doe, Reuters WASHINGTON — The Senate …" (the dateline stays with its sentence).
/// The byline is "By" and two to seven capitalised words (names, a title, an agency); the
/// sentence opens with a capitalised opener ([`OPENERS`]) before a word in lower case
/// ("The Senate passed": one capitalised word may come between), or with a dateline in
/// capitals before a dash, or ends at a bar before a date ("By Jane Doe | May 1, 2023 …").
/// "By Tuesday the council had voted" is a sentence: "the" is not capitalised.
fn glued_byline(s: &str) -> Option<usize> {
    let rest = s.strip_prefix("By ").or_else(|| s.strip_prefix("BY "))?;
    let words: Vec<(usize, &str)> = words_at(s, s.len() - rest.len()).take(12).collect();
    let lower_initial = |k: usize| words.get(k).is_some_and(|(_, w)| w.chars().next().is_some_and(char::is_lowercase));
    let caps = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase);
    let dash = |w: &str| one_of("— – -- -", w);
    for (k, &(at, w)) in words.iter().enumerate() {
        // "By Jane Doe | May 1, 2023 Officials said …": the date comes apart next.
        if k >= 2 && one_of("| • ·", w) {
            return date_after_key(s[at + w.len()..].trim_start()).map(|_| at + w.len());
        }
        if (2..=7).contains(&k) {
            let opener = w.chars().next().is_some_and(char::is_uppercase)
                && !caps(w)
                && OPENERS.contains(&w.lower())
                && (lower_initial(k + 1) || (w == "The" && lower_initial(k + 2)));
            let agency = w.starts_with('(') && w.ends_with(')') && caps(w);
            let dateline = (caps(w.trim_end_matches(&[','][..])) || agency)
                && words[k + 1..].iter().take(3).any(|(_, n)| dash(n))
                && words[k..].iter().take_while(|(_, n)| !dash(n)).all(|(_, n)| caps(n) || n.ends_with('.'));
            if opener || dateline {
                let (p_at, p) = words[k - 1];
                return Some(p_at + p.len());
            }
        }
        // "By DEXTER FORDMAY 9, 2014 MALIBU, CALIF. — …": a page that lost the space between
        // a byline in capitals and its date; the byline ends where the month's name begins.
        let day = w.trim_end_matches(&[','][..]);
        if k >= 2 && (1..=2).contains(&day.len()) && day.bytes().all(|b| b.is_ascii_digit()) && caps(words[k - 1].1) {
            let (p_at, p) = words[k - 1];
            let month_at = (3..=p.len().saturating_sub(2).min(9))
                .rev()
                .map(|n| p.len() - n)
                .find(|&cut| p.is_char_boundary(cut) && crate::facts::lexicon::is_full_month(&p[cut..]));
            if let Some(cut) = month_at.filter(|&cut| meta_prefix_len(&s[p_at + cut..]).is_some()) {
                return Some(p_at + cut);
            }
        }
        // "By Maxine Joselow and Anna Phillips April 25, 2024 at 10:02 a.m. EDT The Biden
        // administration …": the date and the sentence come apart next.
        if k >= 2 && meta_prefix_len(&s[at..]).is_some() {
            let (p_at, p) = words[k - 1];
            return Some(p_at + p.len());
        }
        // A name, a title or an agency: capitalised, no digits, no sentence end.
        let name = w.chars().next().is_some_and(char::is_uppercase)
            && !w.chars().any(|c| c.is_ascii_digit())
            && (!w.ends_with(&['.', '!', '?'][..]) || w.chars().count() <= 3);
        if !(name || one_of("and & of", w)) {
            return None;
        }
    }
    None
}

/// Words that open a sentence glued without a full stop to the one before it
/// (`en/glued_openers.txt`): "… in charge of the club He has impressed Mann …".
static GLUED_OPENERS: WordSet = WordSet::new(crate::data_file!("en/glued_openers.txt"));

/// The end of a sentence that a scraped page glued, without a full stop, to the next
/// one: a caption's or a paragraph's last word, then a capitalised opener such as "The"
/// or "He" and a word in lower case ("… back to health The green-eyed cat was brought
/// in …", "… at the hospital He is listed in stable condition …"). Such a "The" or "He"
/// mid-sentence is a sentence's first word: a title's "The" follows "of", "in", "called"
/// ([`BEFORE_TITLES`]) or precedes a capital ("Lord of The Rings", "in The Hague"), a
/// title may end in "It" after a capital ("You Can Do It to three"), a function word
/// before it makes it a reverent pronoun ("And Jesus lifted up His hands"), and "I" and
/// "A" are left alone. On the mixed-case CNN/DailyMail articles of `news_dev`
/// such pages ran a photo caption into the article's next sentence about once in two
/// articles. English, outside brackets and quotations.
fn glued_sentence(s: &str) -> Option<usize> {
    let mut words = words_at(s, 0).peekable();
    let mut prev: Option<(usize, &str)> = None;
    let mut k = 0;
    let (mut brackets, mut curly, mut straight) = (0i32, 0i32, false);
    let ends_word = |p: &str| {
        let last = p.chars().last().unwrap_or(' ');
        last.is_alphanumeric()
            || matches!(last, '’' | '”' | '\'')
            || (last == ')' && p.chars().filter(|c| c.is_alphabetic()).count() >= 2)
    };
    while let Some((at, w)) = words.next() {
        if let Some((p_at, p)) = prev {
            // Every opener is capitalised: most words need no other test (issue 8).
            if k >= 4
                && w.starts_with(|c: char| c.is_ascii_uppercase())
                && brackets <= 0
                && curly <= 0
                && !straight
                && ends_word(p)
                && words.peek().is_some_and(|(_, n)| n.chars().next().is_some_and(char::is_lowercase))
                && GLUED_OPENERS.contains(w)
                // A caption ends on a name or a noun; after a function word a capital is
                // a reverent "He" or "His" ("when He has done", "lifted up His hands").
                && { let p = p.lower(); !BEFORE_TITLES.contains(&p) && !crate::data::EN_STOPWORDS.contains(&p) }
                // A title's last word: "Ice Cube's You Can Do It to three".
                && !(w == "It" && p.chars().next().is_some_and(char::is_uppercase))
                && starts_sentence(&s[at..])
            {
                return Some(p_at + p.len());
            }
        }
        // By bytes: “ and ” are E2 80 9C and E2 80 9D in UTF-8 (decoding each char cost more).
        let b = w.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            match c {
                b'(' | b'[' => brackets += 1,
                b')' | b']' => brackets -= 1,
                b'"' => straight = !straight,
                0xE2 if b.get(i + 1) == Some(&0x80) => match b.get(i + 2) {
                    Some(0x9C) => curly += 1,
                    Some(0x9D) => curly -= 1,
                    _ => {}
                },
                _ => {}
            }
        }
        prev = Some((at, w));
        k += 1;
    }
    None
}

/// The end of a wire photo's credit glued to the sentence after it, in a paste that lost
/// its line breaks: "REUTERS/Ann Wang Purchase Licensing Rights TAIPEI, Oct 5 (Reuters) -
/// Typhoon Koinu lashed …" (the wire's own words close every caption's credit).
fn licensing_credit(s: &str) -> Option<usize> {
    const RIGHTS: &str = "Purchase Licensing Rights";
    let head = (0..=s.len().min(200)).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
    let end = crate::bytes::find(&s[..head], RIGHTS)? + RIGHTS.len();
    // (", opens new tab" after it is the link's.)
    (s[end..].trim_start().starts_with(char::is_uppercase)
        && crate::tokens::split_whitespace(&s[end..]).nth(2).is_some())
    .then_some(end)
}

/// The end of a page's pointer to its video that opens `s`: "Scroll down for video" (on
/// a quarter of the Daily Mail articles of `cnndm_lower_dev`, as a sentence of its own or
/// glued to the photo caption after it).
fn boilerplate_prefix(s: &str) -> Option<usize> {
    if let Some(end) = share_bar(s) {
        return Some(end);
    }
    const PHRASES: Words = words![
        "scroll down for videos",
        "scroll down for video",
        "scroll down for more",
        "story continues below advertisement",
        "advertisement",
        "share this article",
        "read more",
    ];
    PHRASES.iter().find(|p| s.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p))).map(|p| p.len())
}

/// The end of a run of two or more share buttons opening `s`: "Social Sharing About 2,000 …",
/// "Close Facebook Twitter Email KANSAS CITY, Mo. -- …".
fn share_bar(s: &str) -> Option<usize> {
    let mut end = None;
    for (k, (at, w)) in words_at(s, 0).enumerate() {
        if !one_of("Share Save Close Facebook Twitter X Email WhatsApp LinkedIn Print Copy Link Reddit Pinterest Flipboard Messenger Social Sharing Comments", w) {
            return end.filter(|_| k >= 2);
        }
        end = Some(at + w.len());
    }
    None
}

/// Whether `rest` reads as a sentence of its own: a capitalised word, not in capitals
/// throughout ("In his new book"), and at least three words.
fn starts_sentence(rest: &str) -> bool {
    let rest = rest.trim_start();
    let first = rest.split_whitespace().next().unwrap_or("");
    first.chars().next().is_some_and(char::is_uppercase)
        && (first.chars().any(char::is_lowercase) || first.chars().count() == 1)
        && rest.split_whitespace().count() >= 3
}

/// Sources of a photo besides the [`AGENCIES`], named alone in parentheses: "(Instagram)".
const PHOTO_SOURCES: Words =
    words!["instagram", "twitter", "facebook", "youtube", "handout", "file", "file photo", "photo"];

/// Names with a slash between them, as a photo credit gives the photographer and the agency:
/// "Sarah Parnass/The Washington Post", "Nasa/JPL-Caltech/MSSS", "Jeff Kowalsky/AFP via
/// Getty Images", "Mario Tama via Getty Images". (At least one name of three letters: "Q1/Q2"
/// is no credit.)
fn named_credit(credit: &str) -> bool {
    // (" via " after a name: "(via Zoom)" closing a sentence is no credit.)
    (credit.contains('/') || crate::bytes::contains(credit, " | ") || crate::bytes::contains(credit, " via "))
        // (Bars not counted: "Walid Berrazeg | SOPA Images | Lightrocket | Getty Images".)
        && credit.split_whitespace().filter(|w| *w != "|").count() <= 8
        && credit
            .split(&['/', ' ', '|'][..])
            .filter(|w| !w.is_empty())
            .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()) || one_of("of the for via", w))
        && credit.split(&['/', ' ', '|'][..]).any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
}

/// A line that is only a photo credit: "Jeff Kowalsky/AFP/Getty Images", "EFE/Juan Pérez",
/// "Jeff Kowalsky/AFP via Getty Images": names with a slash, one of them an agency or a
/// picture library. Or a bracketed credit closing a caption: "… 'Cheyava Falls'
/// (Nasa/JPL-Caltech/MSSS)". A "©" may open it: "© Ludovic MARIN / AFP", "© Getty Images"
/// ("© 2024 Reuters" and "© Reuters", which close a story, are rights notices).
fn credit_line(s: &str) -> bool {
    let (copyright, s) = match s.strip_prefix('©') {
        Some(rest) => (true, rest.trim_start()),
        // ("— Reuters/File" under a caption.)
        None => (false, s.strip_prefix(&['—', '–'][..]).map_or(s, str::trim_start)),
    };
    let bare = s.trim_end_matches(|c: char| c == '.' || c.is_whitespace());
    if let Some(inner) = closing_brackets(bare) {
        // ("Caroline Quentin (Life Begins/ Von Trapped, ITV1)": a list of a show and its
        // channel, with a comma.)
        if named_credit(inner) && !inner.contains(',') {
            return true;
        }
        // A labelled credit: "[File: El Tayeb Siddig/Reuters]", "(ABC Rural: Warwick Long)":
        // capitalised words, a colon, then a credit with a slash or a name (not "(NYSE: HBRL)").
        if let Some((label, credit)) = inner.split_once(':') {
            let capitalised = |t: &str| {
                let n = t.split_whitespace().count();
                (1..=4).contains(&n) && t.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()))
            };
            let credit = credit.trim();
            let name =
                capitalised(credit) && credit.split_whitespace().count() >= 2 && credit.chars().any(char::is_lowercase);
            if capitalised(label) && (named_credit(credit) || name) && !credit.contains(',') {
                return true;
            }
        }
    }
    // A credit after a bar that closed the caption: "… at the Capitol. | Francis Chung/POLITICO".
    // ("… jeudi matin. | OUEST-FRANCE": a name in capitals.)
    if let Some(rest) = s.strip_prefix('|') {
        let rest = rest.trim();
        return named_credit(rest)
            || rest.split_whitespace().nth(3).is_none()
                && rest.chars().any(char::is_alphabetic)
                && !rest.chars().any(|c| c.is_lowercase() || c.is_ascii_digit());
    }
    // Lower-cased only where read: most sentences end with a full stop (issue 8).
    if copyright {
        let lower = bare.lower();
        if lower.ends_with(" images") && lower.split_whitespace().count() <= 4 {
            return true;
        }
    }
    if s.ends_with(&['.', '!', '?'][..]) || !named_credit(bare) {
        return false;
    }
    // An outlet's initials and its photographer: "LP/Olivier Arandel" (a listed first name
    // after the slash: "US/China Trade War" is a headline).
    if let Some((outlet, name)) = bare.split_once('/') {
        let mut words = crate::tokens::split_whitespace(name);
        if (2..=4).contains(&outlet.len())
            && outlet.bytes().all(|b| b.is_ascii_uppercase())
            && words.next().is_some_and(crate::facts::ner::gazetteer::is_first_name)
            && matches!(words.count(), 1 | 2)
        {
            return true;
        }
    }
    let lower = bare.lower();
    // (" via " searched byte-wise: a `str` pattern links core's two-way searcher into the
    // download.)
    let listed = |p: &str| {
        let p = p.trim();
        AGENCIES.contains(p) || p.ends_with(" images") || p.ends_with(" pictures")
    };
    lower.split(&['/', '|'][..]).any(|p| match crate::bytes::find(p, " via ") {
        Some(v) => listed(&p[..v]) || listed(&p[v + 5..]),
        None => listed(p),
    })
}

/// Whether a caption sentence is a credit and nothing else: "Jeff Kowalsky/AFP/Getty
/// Images", "(Photo courtesy of Apple)", "(EPA)", "Photo: AP".
pub(crate) fn credit_only(s: &str) -> bool {
    let s = s.trim();
    s.split_whitespace().count() <= 8
        && (credit_line(s) || is_credit(&s.lower()) || glued_credit(s).is_some_and(|(len, _)| len == s.len()))
}

/// A credit that opens `s`, with its end and kind: a parenthesised photo credit
/// ("(Sarah Parnass/The Washington Post)", "(Instagram)"), a credit in capitals with a slash
/// ("JAE S. LEE / THE TENNESSEAN"), or a staff byline ("Jim Herron Zamora, Chronicle Staff
/// Writer"). A dateline is none of these: "(CNN) -- The city…" keeps its agency.
fn glued_credit(s: &str) -> Option<(usize, SentenceKind)> {
    // ("[Reuters] Tata Steel will close …": square brackets too.)
    let bracket = s.strip_prefix('(').map(|t| (t, ')')).or_else(|| s.strip_prefix('[').map(|t| (t, ']')));
    if let Some((inner, closer)) = bracket {
        let close = inner.find(closer)?;
        let credit = inner[..close].trim();
        let lower = credit.lower();
        let named = named_credit(credit);
        let end = 1 + close + 1;
        let after = s[end..].trim_start();
        let dateline = after.starts_with(&['-', '–', '—'][..]);
        let courtesy = COURTESY.iter().any(|c| lower.starts_with(c));
        // "(B.C. Wildfire Service) About 2,000 people …": a source of two to five capitalised
        // words before a sentence (a caption's credit that lost its line break).
        let n = credit.split_whitespace().count();
        let source = (2..=5).contains(&n)
            && credit.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()))
            && !credit.bytes().any(|b| b.is_ascii_digit())
            && (starts_sentence(&s[end..]) || s[end..].trim().is_empty());
        return ((named
            || courtesy
            || source
            // ("(APA, red, 12.3.2024)": the agency, the editors' initials, the date.)
            || lower.split(',').next().is_some_and(|a| AGENCIES.contains(a))
            || PHOTO_SOURCES.contains(lower.as_str()))
            && !dateline)
            .then_some((end, SentenceKind::Caption));
    }
    // Words in capitals (initials, "/" between the photographer and the paper) up to the
    // first word that is not.
    let mut end = 0;
    let mut slash = false;
    let mut words = 0;
    for (i, w) in words_at(s, 0) {
        // Bytes for an ASCII word: the same test without decoding chars (a text without
        // spaces is one long word).
        let caps = if w.is_ascii() {
            w.bytes().any(|b| b.is_ascii_uppercase()) && !w.bytes().any(|b| b.is_ascii_lowercase())
        } else {
            w.chars().any(char::is_uppercase) && !w.chars().any(char::is_lowercase)
        };
        if w == "/" || w == "|" {
            slash = true;
        } else if !caps {
            break;
        }
        words += 1;
        end = i + w.len();
        if words > 10 {
            return None;
        }
    }
    if slash && words >= 3 && !s[..end].ends_with(&['/', '|'][..]) {
        return Some((end, SentenceKind::Caption));
    }
    // "Jim Herron Zamora, Chronicle Staff Writer" (most sentences have no " Staff ": not
    // looked for word by word).
    if !crate::bytes::contains(s, " Staff ") {
        return None;
    }
    let head = s.split_whitespace().nth(8).map_or(s, |w| &s[..w.as_ptr() as usize - s.as_ptr() as usize]);
    let p = crate::bytes::find(head, " Staff ")?;
    let title = ["Writer", "Reporter", "Correspondent"].iter().find(|t| s[p + 7..].starts_with(*t))?;
    let before = &s[..p];
    let name = before.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase) || w == ",");
    (before.contains(',') && name).then_some((p + 7 + title.len(), SentenceKind::Byline))
}

/// The length of a place before a date: "Venezia, 25 aprile 2024 …", "Buenos Aires, martes
/// 14 de mayo de 2024 | …" (at most three capitalised words and a comma, no day name: "By
/// Jane Doe Thursday, 27 June 2024 …" is a byline), or 0.
fn place_len(s: &str) -> usize {
    // (At most two spaces counted by bytes, not by `split`'s char searcher over a long
    // clause: its first comma mostly ends no place.)
    let cap = |w: &str| {
        w.bytes().filter(|&b| b == b' ').nth(2).is_none()
            && !w.ends_with("day")
            && w.split(' ').all(|w| w.starts_with(char::is_uppercase))
    };
    crate::bytes::find(s, ", ").filter(|&c| cap(&s[..c])).map_or(0, |c| c + 2)
}

/// The length of a `key date` prefix (`date 2023-05-01`, "Published: 1 May 2023",
/// "Updated 3:14 PM ET") followed by a sentence, if the sentence starts with one.
fn meta_prefix_len(s: &str) -> Option<usize> {
    let place = place_len(s);
    let mut end = place + date_after_key(&s[place..])?;
    // "… 27 June 2024, 5:12pm Share this article The council …": the button's label too.
    if s[..end].ends_with("Share") && s[end..].starts_with(" this article") {
        end += 13;
    }
    let tail = s[end..].trim_start();
    // A real sentence must follow: a capitalised word ("Officials said …").
    (tail.chars().next().is_some_and(char::is_uppercase) && tail.split_whitespace().count() >= 3).then_some(end)
}

/// Where a metadata key and the date or time after it end ("Updated 3:14 PM ET" → all of
/// it), if `s` opens with a key followed by at least one number. Without a key, a full
/// date opening `s` is one too ("May 1, 2023", "Mon 1 May 2023 10.41 BST", "01.05.2023",
/// "2023-05-01T10:00:00Z": a year with a month, or a numeric date), and so are a reading
/// time ("5 min read") and a time stamp ("Yesterday at 10:41", "10:41 AM"); a bare number
/// or year is not ("10 Downing Street", "2023 was").
#[inline(never)]
fn date_after_key(s: &str) -> Option<usize> {
    const KEYS: Words = words![
        "last updated",
        "last modified",
        "first published",
        "updated",
        "published",
        "modified",
        "posted",
        "date",
        "dateline",
        "filed",
    ];
    // Tokens that may follow the key: numbers, month and day names (`MONTH_WORDS`,
    // `WEEKDAY_WORDS`), AM/PM, time zones.
    const PARTS: Words = words![
        "am",
        "pm",
        "a.m.",
        "p.m.",
        "a.m",
        "p.m",
        "et",
        "edt",
        "est",
        "gmt",
        "utc",
        "bst",
        "cet",
        "pt",
        "pst",
        "pdt",
        "ct",
        "on",
        "at",
        "|",
        "•",
        "·",
        "-",
        "—",
        "updated",
        "modified",
        "edited",
        "min",
        "mins",
        "hr",
        "hrs",
        "hour",
        "hours",
        "minute",
        "minutes",
        "day",
        "days",
        "ago",
        "read",
        "share",
        "save",
        "ist",
        "aest",
        "aedt",
        "cdt",
        "cst",
        "mdt",
        "mst",
        "sgt",
        "hkt",
        "jst",
        "comments",
        "today",
        "yesterday",
    ];
    // The key in any case, then a space or colon (the sentence itself is not lower-cased:
    // it may be a whole book).
    let key = KEYS.iter().find(|k| {
        let b = s.as_bytes();
        b.len() > k.len() && b[..k.len()].eq_ignore_ascii_case(k.as_bytes()) && matches!(b[k.len()], b' ' | b':')
    });
    let mut end = key.map_or(0, |k| k.len());
    let mut dated = false;
    // Without a key: a year, a month name, a numeric date, a reading time or "… ago" seen.
    let (mut year, mut month, mut numeric, mut stamp) = (false, false, false, false);
    // Whether the last word taken ended with a comma.
    let mut comma = false;
    let mut rest = &s[end..];
    loop {
        let trimmed = rest.trim_start_matches(&[' ', ':', ','][..]);
        let skipped = rest.len() - trimmed.len();
        let word_len = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
        let word = &trimmed[..word_len];
        if word.is_empty() {
            break;
        }
        // "9 October 2024Regional rail operators…": a page that lost the line break after
        // its date glues the year to the sentence's first word.
        let glued = word.bytes().take_while(u8::is_ascii_digit).count();
        if glued == 4 && word[glued..].starts_with(|c: char| c.is_uppercase()) {
            end += skipped + glued;
            (dated, year) = (true, true);
            break;
        }
        // ("Comments (23)", "GMT+8".)
        let bare = word.trim_end_matches(&[',', '.'][..]).trim_matches(&['(', ')'][..]).to_ascii_lowercase();
        // ("2023-05-01T10:00:00Z": an ISO time stamp; "05:30pm", "5:48am" with the hour.)
        let clock = bare.strip_suffix("am").or_else(|| bare.strip_suffix("pm")).unwrap_or(&bare);
        let digit = clock.chars().next().is_some_and(|c| c.is_ascii_digit())
            && clock.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | ':' | '.' | 't' | 'z'));
        // (A foreign month is none of the other tokens below, so its list, the longest, is
        // read only for a word that none of them took.)
        let english_month = crate::data::MONTH_WORDS.contains(bare.as_str());
        // "5 de mayo de 2024", "le 14 octobre": a joiner before a number or a month.
        let joiner = one_of("de del le el", bare.as_str())
            && trimmed[word_len..]
                .trim_start()
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_digit() || b.is_ascii_lowercase());
        let zone = bare.split(&['+', '-'][..]).next().unwrap_or("");
        // Sky's "Tuesday 9 January 2024 14:20, UK A man has been …": the edition after a
        // comma, before a capitalised word or the end ("…, UK ministers said" keeps its
        // subject).
        let edition =
            comma && bare == "uk" && trimmed[word_len..].trim_start().chars().next().map_or(true, char::is_uppercase);
        let other = digit
            || joiner
            || edition
            || PARTS.contains(bare.as_str())
            || PARTS.contains(zone)
            || crate::data::WEEKDAY_WORDS.contains(bare.as_str());
        let is_month = english_month || !other && crate::data::foreign_date_word(&bare);
        if !(other || is_month) {
            break;
        }
        comma = word.ends_with(',');
        let b = bare.as_bytes();
        // A year: "2023", "2023-05-01…", "01.05.2023", "1/5/2023".
        let four = |d: &[u8]| d.len() == 4 && d.iter().all(u8::is_ascii_digit);
        year |= digit
            && (b.len() >= 4
                && four(&b[..4])
                && matches!(&b[..2], b"19" | b"20")
                && b.get(4).map_or(true, |&c| c == b'-')
                || b.len() > 4 && four(&b[b.len() - 4..]) && matches!(b[b.len() - 5], b'.' | b'/' | b'-'));
        numeric |= digit && b.iter().filter(|c| matches!(c, b'-' | b'/' | b'.')).count() >= 2;
        month |= is_month;
        stamp |= one_of("read ago today yesterday am pm a.m. p.m.", bare.as_str());
        dated |= digit;
        end += skipped + word_len;
        rest = &trimmed[word_len..];
    }
    if !(dated && (key.is_some() || year && (month || numeric) || stamp)) {
        return None;
    }
    // An edit note in brackets after the date: "25 aprile 2024 (aggiornato il 26 aprile)",
    // "5 de mayo de 2024 [Editado el 6 de mayo]" (short, with a number).
    let rest = s[end..].trim_start();
    if let Some(c) = rest.find(&[')', ']'][..]) {
        if c < 40 && rest.starts_with(&['(', '['][..]) && rest.as_bytes()[..c].iter().any(u8::is_ascii_digit) {
            end = s.len() - rest.len() + c + 1;
        }
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_glued_opener_is_capitalised() {
        // `glued_sentence` looks a word up only when it starts with a capital.
        for w in GLUED_OPENERS.get() {
            assert!(w.starts_with(|c: char| c.is_ascii_uppercase()), "{w:?} in en/glued_openers.txt");
        }
    }

    #[test]
    fn every_scripts_stop_ends_prose() {
        // Hindi, Urdu, an Arabic question, Armenian, Amharic, Burmese: each ends on its
        // script's stop, which no heading does.
        for prose in [
            "मौसम विभाग ने अगले दो दिनों के लिए चेतावनी जारी की है।",
            "حکومت نے نئے منصوبے کا اعلان کیا ہے۔",
            "هل ستفتح المدارس يوم الأحد المقبل؟",
            "Կառավարությունը հաստատեց նոր ծրագիրը։",
            "መንግሥት አዲሱን ዕቅድ አጸደቀ።",
            "အစိုးရက စီမံကိန်းသစ်ကို အတည်ပြုခဲ့သည်။",
        ] {
            assert_eq!(classify(prose), SentenceKind::Prose, "{prose}");
        }
        assert_eq!(classify("नई दिल्ली में भारी बारिश"), SentenceKind::Heading);
    }

    #[test]
    fn time_stamps_and_credit_lines_are_debris() {
        for stamp in ["15 min ago", "1 hr 20 min ago", "Updated 2 hours ago", "5h ago", "an hour ago."] {
            assert_eq!(classify(stamp), SentenceKind::Meta, "{stamp}");
        }
        for credit in
            ["Jeff Kowalsky/AFP/Getty Images", "EFE/Juan Pérez", "(Photo courtesy of Apple)", "ALT: A man in a hoodie."]
        {
            assert_eq!(classify(credit), SentenceKind::Caption, "{credit}");
        }
        assert_eq!(classify("The rock nicknamed 'Cheyava Falls' (Nasa/JPL-Caltech/MSSS)"), SentenceKind::Caption);
        assert_eq!(classify("Firefighters tackle the blaze on Sunday [Reuters]"), SentenceKind::Caption);
        // An agency alone after its caption's full stop marks the caption.
        let text = "Officials said the bridge would reopen.\n\nPeople queue for food in Khartoum on April 30, 2023. AFP\n\nTraffic was diverted.";
        let spans = crate::segment::split_spans(text, Lang::En);
        let kinds: Vec<SentenceKind> = classify_all(text, &spans, Lang::En);
        use SentenceKind::{Caption, Prose};
        assert_eq!(kinds, [Prose, Caption, Caption, Prose]);
        for prose in ["The AP reported the fire.", "Reuters said the talks ended.", "The list [of names] grew."] {
            assert_eq!(classify(prose), SentenceKind::Prose, "{prose}");
        }
        for prose in [
            "Two days ago the mayor resigned.",
            "The ratio fell (Q1/Q2).",
            "Caroline Quentin (Life Begins/ Von Trapped, ITV1) won.",
            "Copyright lawsuits rose in 2023.",
        ] {
            assert_eq!(classify(prose), SentenceKind::Prose, "{prose}");
        }
        assert_eq!(classify("Copyright The Financial Times Limited 2024."), SentenceKind::Meta);
        assert_eq!(
            classify("Published March 8, 2024 at 5:47 p.m. | Updated March 8, 2024 at 7:15 p.m."),
            SentenceKind::Meta
        );
        assert_eq!(classify("Posted by Tom Haskins, Staff Writer | 2 hours ago"), SentenceKind::Byline);
    }

    #[test]
    fn reporters_lines_and_follow_prompts_are_debris() {
        for byline in [
            "Jane Doe reported from London.",
            "Sam Lee and Ana Ruiz reported from Kyiv.",
            "CNN's Jane Doe reported from Nairobi, Kenya.",
            "This article was reported from Leeds and London.",
            "This story was reported from Gaza City.",
        ] {
            assert_eq!(classify(byline), SentenceKind::Byline, "{byline}");
        }
        assert_eq!(classify("Follow Helen on X."), SentenceKind::Meta);
        assert_eq!(classify("Follow Jane Doe on Bluesky"), SentenceKind::Meta);
        for prose in [
            "Police reported from the scene that two men had been arrested.",
            "Reuters reported from Moscow.",
            "BBC News reported from the scene that three people had died.",
            "Journalists reported from the front line for weeks.",
            "Follow the river north for two miles.",
            "Fans follow the team on X.",
        ] {
            assert_eq!(classify(prose), SentenceKind::Prose, "{prose}");
        }
    }

    #[test]
    fn score_boxes_and_line_ups_are_debris() {
        for line in [
            "Madueke 81'",
            "Saka 23', 67' (pen)",
            "Havertz 45+2', Rice 70' (og)",
            "LAL 112, BOS 108 (OT)",
            "Arsenal 2-1 Chelsea",
            "AUS 337 & 128/5 (44 ov)",
            "Lita 45, 52.",
            "Phillips, Coles (Harley 45), Bell, Lita (Cotterill 72), Gillespie.",
        ] {
            assert_eq!(classify(line), SentenceKind::Meta, "{line}");
        }
        for prose in [
            "He scored in the 81' minute.",
            "Arsenal won 2-1 at Chelsea.",
            "Chapter 12.",
            "Saka scored twice, in the 23rd and 67th minutes.",
            "The Lakers beat Boston 112-108 in overtime.",
        ] {
            assert_ne!(classify(prose), SentenceKind::Meta, "{prose}");
        }
    }

    #[test]
    fn transcript_and_sponsor_notices_are_debris() {
        use SentenceKind::{Heading, Meta, Prose};
        for line in [
            "NPR transcripts are created on a rush deadline by an NPR contractor.",
            "This text may not be in its final form and may be updated or revised in the future.",
            "This transcript was generated automatically and may contain errors.",
            "This is a rush transcript.",
            "Sponsored content",
            "Paid post",
            "Sponsored by Acme Bank",
            "This content is sponsored by CloudNova.",
            "Use code BRIEF for 20% off.",
            "Follow our live coverage of every game this weekend on Facebook, Twitter, Instagram and TikTok for the latest goals",
            "Like us on Facebook",
        ] {
            assert_eq!(classify(line), Meta, "{line}");
        }
        for prose in [
            "The transcript shows the president asked for the report twice.",
            "Sponsored by Rep. Jane Doe, the bill would ban the sale of flavored vapes in the state.",
            "Sponsored legislation rarely passes in its first year.",
            "Paid content grew 20% last year, the company said.",
            "Follow-up studies on Twitter users found the same effect.",
            "Follow the river north for two miles before turning onto the trail along the lake.",
        ] {
            assert_eq!(classify(prose), Prose, "{prose}");
        }
        // A rights or transcript notice takes its line; the turns of a transcript are no
        // datelines, so the line above a speaker stays prose.
        let text = "The port may close today.\nJANE DOE, BYLINE: Workers were making signs.\nSAM LEE: We want a deal.\nDOE: Talks resume on Monday.\nCopyright © 2024 NPR. All rights reserved. Visit our website terms of use at www.npr.org for further information.";
        assert_eq!(kinds(text), [Prose, Prose, Prose, Prose, Meta, Meta, Meta]);
        // An advertisement's teaser under its label alone, not the story's line under a
        // labelled title.
        let text = "Trains were cancelled.\nPaid post\nIs your home insured against storm damage?\n\nRoads reopened.";
        assert_eq!(kinds(text), [Prose, Meta, Heading, Prose]);
        let text =
            "Trains were cancelled.\nPaid Post: The one thing retirees wish they had done\nRoads reopened on Monday.";
        assert_eq!(kinds(text), [Prose, Heading, Prose]);
    }

    #[test]
    fn a_writers_chatter_above_the_story_is_debris() {
        use SentenceKind::{Byline, Heading, Meta, Prose};
        for line in [
            "Hey friends!",
            "Hi everyone,",
            "Dear readers,",
            "Welcome back to The Margin Call!",
            "If you're new here, I write about markets every Thursday.",
            "That's it for this week.",
            "If you found this useful, please share it with a friend.",
        ] {
            assert_eq!(classify(line), Meta, "{line}");
        }
        for prose in
            ["Hello!!", "Hello World.", "Hi everyone, this week yields touched 5%.", "Welcome to the new normal."]
        {
            assert_eq!(classify(prose), Prose, "{prose}");
        }
        // A pointer to the story ending on a colon is a heading already.
        assert_eq!(classify("Hey everyone, here's the piece I mentioned — worth a read:"), Heading);
        // An advertisement's titled label is no prose either.
        assert_ne!(classify("Paid Post: How one family saved for retirement"), Prose);
        assert_eq!(classify("Posted on June 12, 2024 by Megan Holt"), Byline);
        // Prose above a headline and its byline is the sharer's, not the story's.
        let text = "Before we get to the news, grab a coffee. I've been following this story for months.\nFarmers market saved after council vote\nPosted on June 12, 2024 by Megan Holt\nThe market will stay downtown. The council voted 6-1. Vendors cheered. A lease was approved.";
        assert_eq!(kinds(text), [Meta, Meta, Heading, Byline, Prose, Prose, Prose, Prose]);
        // Not with too little story under it, nor on a live page whose entries have bylines.
        let text = "The storm hit at dawn. Roads closed. Power failed.\nTrees down across the M4 today\nBy Jane Doe\nThe M4 is closed. Drivers should avoid it.\nRail services cut by half\nBy Sam Lee\nTrains were cancelled.";
        assert_eq!(kinds(text)[..3], [Prose, Prose, Prose]);
    }

    #[test]
    fn readers_comments_under_the_story_are_debris() {
        use SentenceKind::{Heading, Prose};
        let story = "The library will close in June. The council voted 5-2. Residents objected.\n";
        for thread in [
            "45 Comments\nmillroadmom • 3 hours ago\nThis is a terrible decision.\nReply • Share ›\n7 replies",
            "Reply\nlevel 1\nriverbend_dad · 2h\nHonestly it isn't crazy.",
            "Like · Reply · 3h\nThe branch was my second home.",
            "Load more comments\nWhat a shame.",
        ] {
            let k = kinds(&(story.to_owned() + thread));
            assert_eq!(k[..3], [Prose, Prose, Prose], "{thread}");
            assert!(!k[3..].contains(&Prose), "{thread}: {k:?}");
        }
        for line in ["Reply to this email", "Comments", "Level 3", "Sort by Best", "2.1k"] {
            assert!(!thread_line(line), "{line}");
        }
        // A counter under a standfirst is the page's, not a thread's.
        let text = "Library to close\nThe council voted 5-2.\n12 comments\nThe library will close in June. Residents objected. A petition has 900 names.";
        assert_eq!(kinds(text), [Heading, Prose, Heading, Prose, Prose, Prose]);
        // Nor a related link's counter with more of the story under it (the link itself is
        // the page's).
        let text = story.to_owned() + "Related: Council cuts budget\n45 comments\nThe vote was close. A petition has 900 names. The mayor spoke. Work ends in May.";
        let k = kinds(&text);
        assert_eq!(k[3], SentenceKind::Meta, "{k:?}");
        assert!(!k[4..].contains(&SentenceKind::Meta), "{k:?}");
    }

    #[test]
    fn a_bookmakers_teaser_and_small_print_are_debris() {
        use SentenceKind::{Meta, Prose};
        for line in
            ["Bet £10 get £30 in free bets on Leeds v Sunderland.", "18+ T&Cs apply.", "Please gamble responsibly."]
        {
            assert_eq!(classify(line), Meta, "{line}");
        }
        assert_eq!(classify("Bet365 was fined £580,000 over free bets offered to problem gamblers."), Prose);
        assert_eq!(classify("Low 28°F."), Meta);
        assert_eq!(classify("Low turnout hit the party at 28%."), Prose);
        // Under its label, the teaser and its small print.
        let text = "Leeds host Sunderland.\nSponsored content\nBet £10 get £30 in free bets.\nNew customers only. 18+ T&Cs apply.\nKick-off is at 8pm.";
        assert_eq!(kinds(text), [Prose, Meta, Meta, Meta, Meta, Prose]);
    }

    #[test]
    fn outlet_initials_guest_books_sponsors_calls_and_a_posts_cry() {
        use SentenceKind::{Caption, Heading, Meta, Prose};
        // An outlet's initials and a photographer mark the caption above; a headline with a
        // slash does not.
        let story = "Le feu a pris vers 4 heures. Une enquête a été ouverte.
";
        let text = story.to_owned()
            + "Les pompiers sont intervenus dans la nuit.
LP/Olivier Arandel";
        assert_eq!(kinds(&text)[2..], [Caption, Caption]);
        let text = "Tariffs rose again on Monday. Shares fell.
US/China Trade War
Exporters said orders had dried up.";
        assert_eq!(kinds(text), [Prose, Prose, Heading, Prose]);
        // A guest book's entries.
        let text =
            "Jane Roe, 86, died on Saturday. She taught for 34 years. She loved gardens. The funeral is on Friday.
Guest Book
Linda Carter
She was my teacher and the kindest person I knew.";
        assert_eq!(*kinds(text).last().unwrap(), Meta);
        // An advertiser's call under its sponsor's line, not the story's lead.
        let text = "Sponsored by Meridian Bank
Open an account in five minutes. Terms apply.
Heat pumps outsold boilers.";
        assert_eq!(kinds(text), [Meta, Meta, Meta, Prose]);
        let text = "Sponsored by Meridian Bank
Heat pumps outsold gas boilers in Britain for the first time.";
        assert_eq!(kinds(text)[1], Prose);
        assert_eq!(classify("Follow along using the transcript."), Meta);
        // A post's cry above its story.
        let text = "Big news from our team this week!
Greenline will switch its fleet to electric by 2027.";
        assert_eq!(kinds(text), [Heading, Prose]);
    }

    #[test]
    fn an_authors_note_closing_the_text_is_a_byline() {
        use SentenceKind::{Byline, Heading, Prose};
        let text = "Council approves library\nJane Doe | Reporter\n\nThe council voted on Tuesday to build a library. Work starts in spring.\n\nJane Doe is a reporter covering city hall for the Ledger. She has worked at the paper since 2015.";
        assert_eq!(kinds(text), [Heading, Heading, Prose, Prose, Byline, Byline]);
        // Op-ed writers' notes too, after other debris.
        let text = "Cities should build more homes near stations. The evidence is clear.\n\nSam Lee is a senior fellow at the Urban Institute.\nFollow him on X.";
        assert_eq!(kinds(text)[..3], [Prose, Prose, Byline]);
        // Not in the middle of the story, not the story's first prose, and not someone the
        // story is about in words other than a writer's.
        let text = "Evan Carter is a reporter for the Tribune. He was detained in March.\n\nHis trial opens on Monday.";
        assert_eq!(kinds(text), [Prose, Prose, Prose]);
        let text = "The strike ended on Friday.\n\nTom Hale is a nurse at the hospital. He said staff were relieved.";
        assert_eq!(kinds(text), [Prose, Prose, Prose]);
        let text = "The strike ended on Friday.\n\nUnion leaders met on Monday.\n\nThe editor of the union's paper is a former nurse.";
        assert_eq!(kinds(text), [Prose, Prose, Prose]);
    }

    #[test]
    fn site_words_opening_prose_leave_it_prose() {
        for prose in [
            "Read more closely, the contracts show the same signature on each page.",
            "Reporting by local media suggested the mayor knew of the problem.",
            "Editing by hand, the clerks fixed every form.",
            "Advertisements for the new homes appeared in March.",
            "Share this view, and the plan looks cheap.",
            "Comments (mostly critical) poured in after the vote.",
        ] {
            assert_eq!(classify(prose), SentenceKind::Prose, "{prose}");
        }
        for debris in [
            "Read more: Council approves plan",
            "Read more from Dana Milbank's archive, follow him on Twitter.",
            "Reporting by Jane Doe; Editing by Mark Potter",
            "Advertisement",
            "Share this article",
            "Comments (23)",
            "We use cookies to improve your experience on our site.",
            "By signing up, you agree to our Privacy Policy and Terms of Use.",
            "Editor's note: This article is part of a series on wrongful convictions.",
            "This story has been updated with comment from the district attorney's office.",
            "Jane Doe can be reached at jane@example.com.",
        ] {
            assert_ne!(classify(debris), SentenceKind::Prose, "{debris}");
        }
        // A label of a news format is no caption's ("Background: …").
        assert_eq!(
            classify_each("Background: Three members opposed the plan.", &[Span::new(0, 43)], Lang::En),
            [SentenceKind::Prose]
        );
        assert_eq!(classify("The big picture: Business groups had sued to stop the rule."), SentenceKind::Prose);
        // Glued to the sentence after it, a site word comes apart.
        assert_eq!(
            split_en("Share this article Hospitals in Scotland recorded their worst winter."),
            ["Share this article", "Hospitals in Scotland recorded their worst winter."]
        );
        assert_eq!(
            split_en("Advertisement The mayor said the rise was needed."),
            ["Advertisement", "The mayor said the rise was needed."]
        );
        assert_eq!(
            split_en("3 hours ago Share Save A lorry driver has been jailed."),
            ["3 hours ago Share Save", "A lorry driver has been jailed."]
        );
        assert_eq!(
            split_en("Posted: 45 minutes ago | Comments (23) A school bus slid off an icy road."),
            ["Posted: 45 minutes ago | Comments (23)", "A school bus slid off an icy road."]
        );
        assert_eq!(classify("Published February 6, 2024 at 7:00 AM GMT+8"), SentenceKind::Meta);
    }

    #[test]
    fn notices_take_their_line_and_an_about_block_the_rest() {
        use SentenceKind::{Byline, Heading, Meta, Prose};
        let text = "The court overturned the conviction. He will be freed this week.\n\nCorrection: An earlier version of this article misstated the year. It was 2006, not 2005.";
        assert_eq!(kinds(text), [Prose, Prose, Meta, Meta]);
        let text = "The company reported record sales. Shares rose 5%.\n\nAbout Acme Corp\nAcme Corp is a leading provider of cloud software for hospitals. For more information, visit www.acme.com.";
        assert_eq!(kinds(text), [Prose, Prose, Heading, Meta, Meta]);
        let text = "The council met on Monday to discuss the budget. Members voted to raise taxes.\n\nAna Ley covers New York City's mass transit system and the people who depend on it.";
        assert_eq!(kinds(text), [Prose, Prose, Byline]);
        // "About" opening prose, and a heading in the story, are no press release's block.
        let text = "About 300 people marched on Monday. Police watched.\n\nAbout the march\n\nThe route ran past the town hall.";
        assert_eq!(kinds(text)[..2], [Prose, Prose]);
    }

    #[test]
    fn a_credit_line_marks_the_caption_above_it() {
        let text = "Council approves library\n\nThe mayor speaks at the site on Tuesday.\nJeff Kowalsky/AFP/Getty Images\n\nThe council voted 7-2 on Tuesday.";
        assert_eq!(
            kinds(text),
            [SentenceKind::Heading, SentenceKind::Caption, SentenceKind::Caption, SentenceKind::Prose]
        );
        // AFP's credit after a "©" (a rights notice of a year or an agency alone is none).
        let text = "The council voted 7-2.\n\nFarmers block the A1 highway near Paris.\n© Ludovic MARIN / AFP\n\nA vote is due.";
        assert_eq!(kinds(text)[1..3], [SentenceKind::Caption, SentenceKind::Caption]);
        let text = "The council voted 7-2.\n\nA vote is due in May.\n© 2024 Reuters";
        assert_eq!(kinds(text), [SentenceKind::Prose, SentenceKind::Prose, SentenceKind::Meta]);
        assert_eq!(classify("© Getty Images"), SentenceKind::Caption);
        assert_eq!(classify("© Reuters"), SentenceKind::Meta);
        // Not across a blank line: the credit of the next picture, or a lone line.
        let text = "The council voted 7-2 on Tuesday.\n\nJeff Kowalsky/AFP/Getty Images\nThe mayor at the site.";
        assert_eq!(kinds(text)[0], SentenceKind::Prose);
    }

    #[test]
    fn a_headline_ending_like_a_sentence_above_the_byline() {
        use SentenceKind::{Byline, Heading, Meta, Prose};
        let body = "\n\nFor a century the five-day week has been treated as a law of nature. Trials found that output held steady.";
        let text = format!("Opinion\nThe four-day week isn't a fantasy. It's overdue.\nBy Jane Doe\nMay 1, 2023{body}");
        assert_eq!(kinds(&text), [Heading, Heading, Heading, Byline, Meta, Prose, Prose]);
        let text = format!("Will the Fed cut rates this year?\nBy Jane Doe{body}");
        assert_eq!(kinds(&text), [Heading, Byline, Prose, Prose]);
        // The standfirst under a headline without a full stop stays prose.
        let text =
            format!("Court backs pension reform\n\nJudges struck out six minor clauses.\n\nBy Claire Dubois{body}");
        assert_eq!(kinds(&text), [Heading, Prose, Byline, Prose, Prose]);
        // A short item's lead above the closing credit line stays prose.
        let text = "Storm kills 47\n\nThe death toll from the floods rose to 47 on Tuesday, officials said.\n\nAssociated Press writer Eleonore Hughes contributed from Rio de Janeiro.";
        assert_eq!(kinds(text), [Heading, Prose, Byline]);
    }

    #[test]
    fn site_sentences_without_a_listed_prefix_are_metadata() {
        for line in [
            "Want more fintech news in your inbox?",
            "Contact Mary Ann Azevedo at mary@example.com or on Signal.",
            "Download the 9NEWS app to get breaking news alerts.",
            "(Updates prices in third paragraph.)",
            "(Adds comment from the ministry in paragraph 5)",
            "We’ve reached out to the company for comment and will update this story.",
            "For the steamship, see SS Tanganyika.",
            "Max. length\t673 km (418 mi)",
            "Got a tip?",
            "To continue reading, subscribe now.",
            "This story has been shared 1,204 times.",
            "(Except for the headline, this story has not been edited by our staff.)",
            "This page was last edited on 2 November 2023, at 14:10 (UTC).",
            "Also Read | Monsoon Fury: 12 Dead As Landslide Hits Village",
        ] {
            assert_eq!(classify(line), SentenceKind::Meta, "{line}");
        }
        for prose in [
            "Updates to the law were published on Monday.",
            "Contact with the crew was lost at 4 p.m.",
            "For the council, the vote was a setback.",
            "The app was downloaded two million times, the company said.",
            "(The ministry adds that the figures are provisional.)",
            "We reached out to neighbours, who said the house had been empty for years.",
        ] {
            assert_eq!(classify(prose), SentenceKind::Prose, "{prose}");
        }
    }

    #[test]
    fn encyclopedia_pages() {
        // Citation marks after the full stop leave a sentence prose; "[edit]" a heading.
        assert_eq!(classify("Lake Tanganyika is an African Great Lake.[1]"), SentenceKind::Prose);
        assert_eq!(classify("It is the world's longest freshwater lake.[citation needed]"), SentenceKind::Prose);
        assert_eq!(classify("Geography[edit]"), SentenceKind::Heading);
        assert_eq!(classify("From Wikipedia, the free encyclopedia"), SentenceKind::Meta);
        let text = "Lake Tanganyika is an African Great Lake.[1] It is the longest freshwater lake.[2]\n\
                    References[edit]\n^ \"Lake Tanganyika\". Encyclopaedia Britannica. Retrieved 12 March 2021.";
        let spans = crate::segment::split_spans(text, Lang::En);
        let kinds = classify_all(text, &spans, Lang::En);
        assert_eq!(kinds[..3], [SentenceKind::Prose, SentenceKind::Prose, SentenceKind::Heading]);
        assert!(kinds[3..].iter().all(|&k| k == SentenceKind::Meta), "{kinds:?}");
    }

    #[test]
    fn a_box_of_links_is_metadata_to_its_end() {
        let text = "The army agreed to a ceasefire, mediators said.\n\nKeep reading\nlist of 2 items\nlist 1 of 2\n\
                    Who is the general behind the war?\nlist 2 of 2\nTalks collapse in Jeddah\nend of list\n\n\
                    More than 2,000 people have been killed.";
        let spans = crate::segment::split_spans(text, Lang::En);
        let kinds = classify_all(text, &spans, Lang::En);
        let prose: Vec<&str> = spans
            .iter()
            .zip(&kinds)
            .filter(|(_, k)| **k == SentenceKind::Prose)
            .map(|(s, _)| &text[s.range()])
            .collect();
        assert_eq!(
            prose,
            ["The army agreed to a ceasefire, mediators said.", "More than 2,000 people have been killed."]
        );
    }

    #[test]
    fn more_credit_forms() {
        for credit in [
            "Brendan McDermid | Reuters",
            "| Francis Chung/POLITICO",
            "Irrigators say buybacks will hurt regional towns.(ABC Rural: Warwick Long)",
            "Residents walk past a damaged building in Khartoum [File: El Tayeb Siddig/Reuters]",
            "Illustration by Ben Kothe / The Atlantic.",
        ] {
            assert_eq!(classify(credit), SentenceKind::Caption, "{credit}");
        }
        // A ticker in brackets and a list with a bar are no credits.
        assert_eq!(classify("Shares of Acme rose 4% (NYSE: ACME)."), SentenceKind::Prose);
        assert_eq!(classify("The vote was 52 | 48 in the Senate."), SentenceKind::Prose);
    }

    #[test]
    fn bylines_and_notes_that_say_who_the_author_is() {
        assert_eq!(
            classify("By Chris Welch, a reviewer specializing in audio and home theater."),
            SentenceKind::Byline
        );
        for prose in [
            "By Tuesday, a deal had been struck.",
            "By New Year's Day, the river had risen two metres.",
            "By 2030, a third of cars will be electric.",
        ] {
            assert_eq!(classify(prose), SentenceKind::Prose, "{prose}");
        }
        use SentenceKind::{Byline, Heading, Meta, Prose};
        // The rest of such a byline's line.
        let text = "Headset goes on sale\nBy Chris Welch, a reviewer of audio gear. Since 2011, he has published 10,000 stories.\n\nApple said its headset will go on sale in February. Preorders begin in January.";
        assert_eq!(kinds(text), [Heading, Byline, Byline, Prose, Prose]);
        // An author's note above the article, and one with a title and no article at the end.
        let text = "Arsenal beat Spurs\nJames Olley\nJames Olley is a senior writer for ESPN FC.\nTwitter\n\nBukayo Saka scored twice as Arsenal won 3-1. Trossard added a third.\n\nMegan Gorrey is Transport Reporter at The Herald.\nConnect via Twitter or email.";
        assert_eq!(kinds(text), [Heading, Heading, Byline, Heading, Prose, Prose, Byline, Meta]);
    }

    #[test]
    fn a_listed_place_before_a_colon_is_a_dateline() {
        assert_eq!(
            kinds("Chennai: Police on Monday arrested three men in connection with the murder of a lawyer."),
            [SentenceKind::Prose]
        );
        assert_eq!(
            kinds("Mumbai: The India Meteorological Department (IMD) on Thursday issued a red alert for the city."),
            [SentenceKind::Prose]
        );
        // A tabloid's label stays a caption's, and so does a team sheet.
        assert_eq!(
            kinds("Tearful: Maria Lane, 21, speaks to reporters outside the court on Monday."),
            [SentenceKind::Caption]
        );
        assert_eq!(
            kinds("Leeds: Balshaw; Rees, Christophers, Bell, Doherty; McMullen, Dickens."),
            [SentenceKind::Caption]
        );
    }

    #[test]
    fn contribution_credits_are_each_phrase() {
        for (s, credit) in [
            ("the ap contributed to this report.", true),
            ("jo lee contributed reporting.", true),
            ("a writer contributed from rio.", true),
            ("jo lee contributed to this story.", true),
            ("jo lee contributed to this article.", true),
            // The second "contributed" is the credit's.
            ("funds contributed early; jo lee contributed to this report.", true),
            ("contributed from rio.", false),
            ("taxes contributed to this outcome.", false),
            ("he contributed to this", false),
        ] {
            assert_eq!(contribution_credit(s), credit, "{s}");
        }
    }

    #[test]
    fn classifies_debris() {
        assert_eq!(classify("By Jane Doe"), SentenceKind::Byline);
        assert_eq!(classify("By JANE DOE, Associated Press"), SentenceKind::Byline);
        assert_eq!(classify("Additional reporting by Tom Smith in Paris."), SentenceKind::Byline);
        assert_eq!(classify("Maria Lopez contributed to this report."), SentenceKind::Byline);
        assert_eq!(classify("published 2023-05-01"), SentenceKind::Meta);
        assert_eq!(classify("Updated 3:14 PM ET"), SentenceKind::Meta);
        assert_eq!(classify("Read more: The bridge that fell"), SentenceKind::Meta);
        assert_eq!(classify("Advertisement"), SentenceKind::Meta);
        assert_eq!(classify("Share this article"), SentenceKind::Meta);
        assert_eq!(classify("Share this post: Twitter | LinkedIn | Email"), SentenceKind::Meta);
        assert_eq!(classify("Related: How we test our database migrations"), SentenceKind::Meta);
        assert_eq!(classify("Photo: AP"), SentenceKind::Caption);
        assert_eq!(classify("Firefighters at the scene on Tuesday (EPA)"), SentenceKind::Caption);
        assert_eq!(classify("The old bridge in 2019 – Reuters file"), SentenceKind::Caption);
        assert_eq!(classify("Storm closes port"), SentenceKind::Heading);
    }

    #[test]
    fn photo_positions_mark_captions_run_together() {
        let text = "Bowe (right) faced Evander Holyfield (left) in 1992 and became the first man to beat him. \
            Lady Gaga (left) and Lourdes Leon (right) have both adopted the trend. \
            Sterling (pictured) was exposed for inhaling the legal high on Monday.";
        let spans = crate::segment::split_spans(text, Lang::En);
        let kinds = classify_each(text, &spans, Lang::En);
        assert_eq!(kinds, [SentenceKind::Caption, SentenceKind::Caption, SentenceKind::Prose], "{spans:?}");
        assert_eq!(photo_positions("The (far right) wing and the (second left) seat (Reuters)"), 2);
        assert_eq!(photo_positions("Rodgers (pictured) said he was pleased."), 1);
    }

    #[test]
    fn site_lines_are_metadata() {
        for line in [
            "Related Topics",
            "More on this story",
            "Reuse this content",
            "Ad Feedback",
            "Supported by",
            "Sign up here.",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "First published on Thu 23 Mar 2023 12.00 GMT",
            "Last modified on Thu 23 Mar 2023 14.10 GMT",
            "A version of this article appears in print on March 24, 2023, Section B, Page 1 of the New York edition.",
            "We want to hear from you.",
            "Email us at news@example.com.",
            "Have a story? Contact us.",
            "Get our free newsletter every morning.",
            "Story continues below advertisement",
        ] {
            assert_eq!(classify(line), SentenceKind::Meta, "{line}");
        }
        assert_eq!(classify("Most viewed videos were of cats, the study found."), SentenceKind::Prose);
    }

    #[test]
    fn other_languages_debris() {
        for (line, kind) in [
            ("Par Jean Dupont", SentenceKind::Byline),
            ("Von Anna Müller", SentenceKind::Byline),
            ("Por Juan Pérez", SentenceKind::Byline),
            ("Publié le 3 mai 2024 à 18h30, mis à jour à 19h05", SentenceKind::Meta),
            ("Aktualisiert am 3. Mai 2024, 14:05 Uhr", SentenceKind::Meta),
            ("Lire aussi : Retraites, ce que contient le projet de loi", SentenceKind::Meta),
            ("Lesen Sie auch: Was das Klimapaket bedeutet.", SentenceKind::Meta),
            ("Publicité", SentenceKind::Heading),
            ("Photo : AFP", SentenceKind::Caption),
            ("Foto: dpa", SentenceKind::Caption),
            ("Demonstranten vor dem Kanzleramt (dpa)", SentenceKind::Caption),
        ] {
            assert_eq!(classify(line), kind, "{line}");
        }
        // A name's particle and the words of prose are not a byline or a label.
        for line in [
            "Von der Leyen sagte, die Kommission werde handeln.",
            "Partagerons-nous les frais, a demandé le maire.",
            "she captioned the photo : ' i 'll post a few pics of us . '",
        ] {
            assert_eq!(classify(line), SentenceKind::Prose, "{line}");
        }
    }

    #[test]
    fn rights_notices_are_metadata() {
        for line in [
            "Copyright 2024 The Associated Press.",
            "All rights reserved.",
            "This material may not be published, broadcast, rewritten or redistributed.",
            "© 2024 Reuters. All rights reserved.",
            "Copyright © 2023 Coastline Press Ltd",
            "This article was originally published on The Conversation.",
        ] {
            assert_eq!(classify(line), SentenceKind::Meta, "{line}");
        }
        // Prose about copyright, and a sentence that mentions rights, stay prose.
        for line in [
            "Copyright lawsuits against the company rose sharply last year.",
            "The union said all rights reserved to members under the 1998 agreement had been honoured.",
        ] {
            assert_eq!(classify(line), SentenceKind::Prose, "{line}");
        }
    }

    #[test]
    fn prose_stays_prose() {
        assert_eq!(classify("By the end of the day, the river had risen two metres."), SentenceKind::Prose);
        assert_eq!(classify("Updated figures will be released next week, officials said."), SentenceKind::Prose);
        assert_eq!(classify("The photo was taken by a reporter for AP."), SentenceKind::Prose);
    }

    #[test]
    fn a_credit_marks_its_caption_line() {
        let text = "The council met.\nA crowd outside the court. Photo: AP\nThe judge spoke.";
        let spans = vec![Span::new(0, 16), Span::new(17, 43), Span::new(44, 53), Span::new(54, 70)];
        assert_eq!(&text[spans[2].range()], "Photo: AP");
        let kinds = classify_all(text, &spans, Lang::En);
        assert_eq!(kinds, [SentenceKind::Prose, SentenceKind::Caption, SentenceKind::Caption, SentenceKind::Prose]);
    }

    #[test]
    fn splits_a_glued_credit_or_byline() {
        let parts = |text: &'static str| -> Vec<(&str, SentenceKind)> {
            split_meta_prefix(text, vec![Span::new(0, text.len())], Lang::En)
                .into_iter()
                .map(|s| (&text[s.range()], classify(&text[s.range()])))
                .collect()
        };
        assert_eq!(
            parts("(Lacy Atkins/The Chronicle) Relatives leave the courthouse after the verdict."),
            [
                ("(Lacy Atkins/The Chronicle)", SentenceKind::Caption),
                ("Relatives leave the courthouse after the verdict.", SentenceKind::Prose)
            ]
        );
        assert_eq!(
            parts("( Instagram ) A young runner has set her sights on a marathon .")[0],
            ("( Instagram )", SentenceKind::Caption)
        );
        assert_eq!(
            parts("MARK HALL / THE HERALD In her first interview, the mayor spoke of the flood.")[0],
            ("MARK HALL / THE HERALD", SentenceKind::Caption)
        );
        assert_eq!(
            parts("Ann Ruiz, Gazette Staff Writer Two families lost their homes in the fire on Monday.")[0],
            ("Ann Ruiz, Gazette Staff Writer", SentenceKind::Byline)
        );
        assert_eq!(
            parts("Scroll down for video Flooded: A street in the town centre on Monday (pictured)."),
            [
                ("Scroll down for video", SentenceKind::Meta),
                ("Flooded: A street in the town centre on Monday (pictured).", SentenceKind::Prose)
            ]
        );
        // (That caption is a caption in English text: `classify_each`, below.) Layers of
        // debris come apart one by one.
        assert_eq!(
            parts("Scroll down for video Flooded: A street in the town centre on Monday The river burst its banks overnight.")
                .into_iter()
                .map(|(t, _)| t)
                .collect::<Vec<_>>(),
            ["Scroll down for video", "Flooded: A street in the town centre on Monday", "The river burst its banks overnight."]
        );
        assert_eq!(
            parts("Haul: The crane collecting parcels from the roof of the jail in Leeds The number of parcels thrown over the wall has doubled."),
            [
                ("Haul: The crane collecting parcels from the roof of the jail in Leeds", SentenceKind::Heading),
                ("The number of parcels thrown over the wall has doubled.", SentenceKind::Prose)
            ]
        );
        assert_eq!(classify("scroll down for video ."), SentenceKind::Meta);
        assert_eq!(classify("Scroll down for videos"), SentenceKind::Meta);
        // Datelines and ordinary openings stay whole.
        for text in [
            "(CNN) -- A judge approved the plea deal on Monday.",
            "(Reuters) - Oil prices rose on Tuesday.",
            "(The figures are preliminary.) Officials expect a rise.",
            "NASA / ESA scientists said the probe was safe.",
            "WASHINGTON — The Senate passed the bill on Friday.",
            "( cnn ) the city council voted on tuesday .",
        ] {
            assert_eq!(parts(text).len(), 1, "{text}");
        }
    }

    fn kinds_en(sentences: &[&str]) -> Vec<SentenceKind> {
        let text = sentences.join("\n");
        let mut spans = Vec::new();
        let mut at = 0;
        for s in sentences {
            spans.push(Span::new(at, at + s.len()));
            at += s.len() + 1;
        }
        classify_each(&text, &spans, Lang::En)
    }

    #[test]
    fn labelled_tabloid_captions() {
        let captions = [
            "Tearful: Maria Lane, 21, speaks to reporters outside the court yesterday.",
            "Crushed to death: Ian Cole, 55, was killed by a young bull elephant.",
            "Family feud: Larissa Knipe (left) is pictured with her son Logan.",
            "family feud : larissa knipe ( left ) is pictured with her son logan .",
            "Fighter ace: The pilot's story is to be told in a Hollywood film",
        ];
        assert_eq!(kinds_en(&captions), [SentenceKind::Caption; 5]);
        let prose = [
            "He said: 'These items were thrown over the wall by people outside.'",
            "Mr Wang added: The plan will go ahead next year as agreed.",
            "Benitez responded: \"I spoke to Steven about it last week.\"",
            "Consider the following: the relationship is not symmetrical at all.",
            "Joy Smith: I never thought it would happen to someone like me.",
            "Call of Duty: Finest Hour casts you as a succession of soldiers.",
            "EXPERT VERDICT: Chelsea will win the league again this season.",
            "But shareholders benefited hugely: Sibneft started to pay dividends.",
            "The result: a collapse in prices across the whole of the market.",
        ];
        assert_eq!(kinds_en(&prose), [SentenceKind::Prose; 9]);
        // A match's facts are no caption (they are metadata).
        assert_eq!(kinds_en(&["Booked: Smith, Jones."]), [SentenceKind::Meta]);
        // Other languages open quotations with their own verbs: "Er sagte:".
        let text = "Er sagte: Das Projekt wird im nächsten Jahr fortgesetzt.";
        assert_eq!(classify_each(text, &[Span::new(0, text.len())], Lang::De), [SentenceKind::Prose]);
    }

    #[test]
    fn splits_a_glued_date_prefix() {
        let text = "date 2023-05-01 Officials said the bridge would reopen.";
        let spans = split_meta_prefix(text, vec![Span::new(0, text.len())], Lang::En);
        let parts: Vec<&str> = spans.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(parts, ["date 2023-05-01", "Officials said the bridge would reopen."]);
        let text = "Published: 1 May 2023, 10:02 BST The minister resigned on Friday.";
        let spans = split_meta_prefix(text, vec![Span::new(0, text.len())], Lang::En);
        assert_eq!(&text[spans[0].range()], "Published: 1 May 2023, 10:02 BST");
        // Not a prefix: a sentence that starts with the word.
        let text = "Updated figures show growth of 2 percent this year.";
        assert_eq!(split_meta_prefix(text, vec![Span::new(0, text.len())], Lang::En).len(), 1);
        // A date, a time stamp or a reading time without a key, and a byline before a date.
        for (glued, meta) in [
            ("May 1, 2023 Officials said the bridge would reopen.", "May 1, 2023"),
            ("Mon 1 May 2023 10.41 BST Officials said the bridge would reopen.", "Mon 1 May 2023 10.41 BST"),
            ("Sun 30 Apr 2023 21.00 EDT Officials said the bridge would reopen.", "Sun 30 Apr 2023 21.00 EDT"),
            ("01.05.2023 Officials said the bridge would reopen.", "01.05.2023"),
            ("2023-05-01T10:00:00Z Officials said the bridge would reopen.", "2023-05-01T10:00:00Z"),
            (
                "Published May 1, 2023 • 3 min read Officials said the bridge would reopen.",
                "Published May 1, 2023 • 3 min read",
            ),
            ("5 min read Officials said the bridge would reopen.", "5 min read"),
            ("Updated 2 hours ago Officials said the bridge would reopen.", "Updated 2 hours ago"),
            ("Yesterday at 10:41 Officials said the bridge would reopen.", "Yesterday at 10:41"),
            ("10:41 AM Officials said the bridge would reopen.", "10:41 AM"),
        ] {
            assert_eq!(split_en(glued), [meta, "Officials said the bridge would reopen."], "{glued}");
            assert_eq!(classify(meta), SentenceKind::Meta, "{meta}");
        }
        // A collapsed paste: the headline and share buttons run into the metadata line.
        assert_eq!(
            split_en("Storm hits coast  Share  Save  Published 2 November 2023 Two people have died in France."),
            ["Storm hits coast  Share  Save", "Published 2 November 2023", "Two people have died in France."]
        );
        assert_eq!(
            split_en("The storm was updated. Published figures show two deaths."),
            ["The storm was updated. Published figures show two deaths."]
        );
        assert_eq!(
            split_en("By Jane Doe | May 1, 2023 Officials said the bridge would reopen."),
            ["By Jane Doe |", "May 1, 2023", "Officials said the bridge would reopen."]
        );
        // A number, a year or a day without a year opening a sentence stays in it.
        for prose in [
            "10 Downing Street said the bridge would reopen.",
            "May 5 Protesters gathered outside the town hall.",
            "2023 Toyota sales rose by a fifth.",
            "May 1, 2023 was the day the bridge reopened.",
            "By Jane Doe | Reuters Officials said the bridge would reopen.",
        ] {
            assert_eq!(split_en(prose), [prose], "{prose}");
        }
    }

    #[test]
    fn splits_a_name_or_label_before_a_bar() {
        assert_eq!(
            split_en("Jane Doe · 5 min read · May 1, 2023 Officials said the bridge would reopen."),
            ["Jane Doe ·", "5 min read · May 1, 2023", "Officials said the bridge would reopen."]
        );
        assert_eq!(
            split_en("2024-05-01 08:15 UTC | Reuters Staff | Oil prices slipped on Wednesday."),
            ["2024-05-01 08:15 UTC |", "Reuters Staff |", "Oil prices slipped on Wednesday."]
        );
        assert_eq!(split_en("Politics | The Senate passed the bill."), ["Politics |", "The Senate passed the bill."]);
        // A menu of site links is one line of metadata; prose with a bar in it stays whole.
        for whole in [
            "Order Reprints | Today's Paper | Subscribe",
            "Advertisement · Scroll to continue",
            "The vote was 52 | 48 in the Senate on Tuesday.",
            "Jane Doe | Getty",
        ] {
            assert_eq!(split_en(whole), [whole], "{whole}");
        }
    }

    #[test]
    fn collapsed_page_heads_come_apart() {
        assert_eq!(
            split_en("Wildfire forces evacuation near Kamloops The Canadian Press · Posted: Aug 18, 2023 8:12 AM PDT A wildfire burns on a hillside."),
            [
                "Wildfire forces evacuation near Kamloops The Canadian Press ·",
                "Posted: Aug 18, 2023 8:12 AM PDT",
                "A wildfire burns on a hillside."
            ]
        );
        assert_eq!(
            split_en("Chiefs rally past Bills 27-24 Associated Press Oct 15, 2023, 11:48 PM ET Close Facebook Twitter Email KANSAS CITY, Mo. -- Patrick Mahomes threw a touchdown pass."),
            [
                "Chiefs rally past Bills 27-24 Associated Press",
                "Oct 15, 2023, 11:48 PM ET",
                "Close Facebook Twitter Email",
                "KANSAS CITY, Mo. -- Patrick Mahomes threw a touchdown pass."
            ]
        );
        assert_eq!(
            split_en("By Maxine Joselow and Anna Phillips April 25, 2024 at 10:02 a.m. EDT The Biden administration finalized a rule."),
            ["By Maxine Joselow and Anna Phillips", "April 25, 2024 at 10:02 a.m. EDT", "The Biden administration finalized a rule."]
        );
        // A byline in capitals that lost the space before its date.
        assert_eq!(
            split_en("By ANNA MARSH KOVACSJUNE 3, 2019 DENVER — The city council voted to ban scooters."),
            ["By ANNA MARSH KOVACS", "JUNE 3, 2019", "DENVER — The city council voted to ban scooters."]
        );
        // A name that ends like a month, before a number that is no date, stays whole.
        assert_eq!(
            split_en("By JOHN DECEMBER 3 officials had left the building."),
            ["By JOHN DECEMBER 3 officials had left the building."]
        );
        assert_eq!(
            split_en("(B.C. Wildfire Service) Social Sharing About 2,000 people have been ordered to leave."),
            ["(B.C. Wildfire Service)", "Social Sharing", "About 2,000 people have been ordered to leave."]
        );
        assert_eq!(classify("(B.C. Wildfire Service)"), SentenceKind::Caption);
        // A date inside a sentence's opening stays in it.
        for prose in [
            "Since January 2020 Britain has lost a third of its bus routes.",
            "Police arrested a man on May 1, 2023 in connection with the fire.",
            "The Senate Majority Leader on May 1, 2023 The Times reported a deal.",
            "(Reuters) - Oil prices slipped on Wednesday.",
            "Share prices fell sharply on Monday.",
        ] {
            assert_eq!(split_en(prose), [prose], "{prose}");
        }
    }

    #[test]
    fn sky_time_stamp_with_its_edition() {
        assert_eq!(
            split_en("Tuesday 9 January 2024 14:20, UK A man has been charged with murder."),
            ["Tuesday 9 January 2024 14:20, UK", "A man has been charged with murder."]
        );
        assert_eq!(classify("Tuesday 9 January 2024 14:20, UK"), SentenceKind::Meta);
        // The edition only before a capitalised word: "UK ministers" is the sentence's.
        assert_eq!(
            split_en("Published 1 May 2023, UK ministers said the bridge would reopen."),
            ["Published 1 May 2023,", "UK ministers said the bridge would reopen."]
        );
    }

    #[test]
    fn more_outlets_debris() {
        use SentenceKind::{Byline, Caption, Heading, Meta, Prose};
        for (debris, kind) in [
            ("(With inputs from PTI)", Byline),
            ("With files from Bethany Lindsay", Byline),
            ("(Updated: 27 Oct 2023 05:30PM)", Meta),
            ("Source: CNA/ll(mi)", Meta),
            ("Match ends, Brighton and Hove Albion 2, Aston Villa 1.", Meta),
            ("Brighton and Hove Albion 2, Aston Villa 1.", Meta),
            ("Miller 1, McAllister 10.", Meta),
            ("Goal!", Meta),
            ("Booked: Gross, Dunk.", Meta),
            ("Subs not used: Hamann, Harrison.", Meta),
            ("Greenfield Foods, Inc.", Heading),
            ("Acme Holdings Ltd.", Heading),
            ("Get the latest Bristol Live news straight to your inbox.", Meta),
            ("Join ST's Telegram channel and get the latest breaking news delivered to you.", Meta),
            ("Loading...", Meta),
            ("Our live coverage has ended.", Meta),
            ("Follow the latest news on Idalia here.", Meta),
            ("Follow her on X @emschantz.", Meta),
            ("Mario Tama via Getty Images", Caption),
            ("— Reuters/File", Caption),
        ] {
            assert_eq!(classify(debris), kind, "{debris}");
        }
        for prose in [
            "With files from the archive, she rebuilt the timeline.",
            "Source: The ministry said on Tuesday that it would review the data again.",
            "Arsenal won 2, Chelsea scored 1.",
            "The deal was signed by Acme Inc.",
            "Shares fell at Acme Inc.",
            "Inc.",
            "In 2019, the team finished 3, 2 and 1 in the three cups.",
            "The scam sends a fake invoice to your inbox.",
            "Join the club and you get a free hat.",
            "The minister spoke to the summit (via Zoom).",
            "She travelled to Paris via London.",
            "Goal-line technology was used.",
        ] {
            assert_eq!(classify(prose), Prose, "{prose}");
        }
        // A headline ending on a quotation, on a line of its own; not a sentence inside a
        // paragraph, nor a text of one sentence.
        let text = "Qatar says talks on extending truce 'going well'\nQatar's foreign ministry said the talks were going well.";
        assert_eq!(kinds(text), [Heading, Prose]);
        assert_eq!(kinds("He said it was 'going well'"), [Prose]);
        let text = "The talks resumed. Officials said they were 'going well'\n\nMore talks follow.";
        assert_eq!(kinds(text), [Prose, Prose, Prose]);
        // A commentary feed's line is metadata whole.
        let text = "Brighton won the game.\n\nGoal! Brighton 2, Villa 1. Joao Pedro (Brighton) right footed shot to the top right corner.";
        assert_eq!(kinds(text), [Prose, Meta, Meta, Meta]);
        // "(File image)" closing a line of its own marks a caption; inside a paragraph it is
        // left alone.
        let text =
            "Met Éireann has issued a wind warning for five counties (File image)\nThe warning is in place until 3pm.";
        assert_eq!(kinds(text), [Caption, Prose]);
        let text = "The storm hit on Monday. Trees fell across the county (file picture).\n\nPower was cut.";
        assert_eq!(kinds(text), [Prose, Prose, Prose]);
        let text = "The fire grew overnight.\n\nWATCH | Residents return:\nDuration 2:14\nSome residents returned to the remains of their homes.\nThe province declared an emergency.";
        let k = kinds(text);
        assert_eq!(k[k.len() - 2..], [Caption, Prose]);
        // Not after a duration inside the story's prose.
        let text = "The fire grew overnight.\nThe wait lasted 2:14 in all.\nSome residents returned to the remains of their homes.";
        assert_eq!(kinds(text), [Prose, Prose, Prose]);
    }

    #[test]
    fn captions_without_a_credit_above_the_story() {
        use SentenceKind::{Caption, Heading, Prose};
        // The photographer's name between the caption and the agency.
        let text = "Glaciers shrink\n\nA worker covers part of the glacier near Obergoms.\nFabrice Coffrini\nAFP/Getty Images\n\nSwitzerland's glaciers have lost 10% of their volume.";
        assert_eq!(kinds(text), [Heading, Caption, Caption, Caption, Prose]);
        // A caption right above the dateline: in capitals, or a listed place and a colon.
        let text = "Metro line opens\nCommuters board a train at the station on Monday.\nBENGALURU: The full stretch of the line opened on Monday.\n\nOfficials said ridership rose.";
        assert_eq!(kinds(text), [Heading, Caption, Prose, Prose]);
        let text = "Rains lash city\nCommuters wade through a flooded street.\nMumbai:\nHeavy rain lashed Mumbai for the third day on Thursday.\n\nTrains were late.";
        assert_eq!(kinds(text)[1], Caption);
        let text = "Typhoon hits Taiwan\nA man walks past a fallen tree.\nTAIPEI, Oct 5 (Reuters) - Typhoon Koinu lashed Taiwan on Thursday.\n\nSchools closed.";
        assert_eq!(kinds(text)[1], Caption);
        // A standfirst above a story without a dateline stays prose, and so does a lead.
        let text = "Metro line opens\nThe new line cuts travel times by an hour.\nThe full stretch of the line opened on Monday.\n\nOfficials said ridership rose.";
        assert_eq!(kinds(text), [Heading, Prose, Prose, Prose]);
        // A credit between two sentences of a paste without line breaks closes a caption.
        let text = "Steelworkers leave the plant at the end of a shift. [Reuters] Tata Steel will close both blast furnaces, the company said. Unions were angry.";
        let spans = split_meta_prefix(text, crate::segment::split_spans(text, Lang::En), Lang::En);
        assert_eq!(classify_all(text, &spans, Lang::En), [Caption, Caption, Prose, Prose]);
        assert_eq!(
            split_en(
                "REUTERS/Ann Wang Purchase Licensing Rights TAIPEI, Oct 5 (Reuters) - Typhoon Koinu lashed Taiwan."
            ),
            ["REUTERS/Ann Wang Purchase Licensing Rights", "TAIPEI, Oct 5 (Reuters) - Typhoon Koinu lashed Taiwan."]
        );
        let text = "REUTERS/Ann Wang Purchase Licensing Rights, opens new tab";
        assert_eq!(split_en(text), [text]);
    }

    #[test]
    fn pull_quotes_and_key_points_are_no_lead() {
        use SentenceKind::{Heading, Prose};
        let text = "House Republicans unveil plan\n“We are not going to shut the government down over this,” the speaker said.\nBy JANE DOE\nHouse Republicans released a plan on Saturday.\n\n“We are not going to shut the government down over this,” Johnson told reporters.";
        let k = kinds(text);
        assert_eq!((k[1], k[3]), (Heading, Prose));
        // A quotation the story does not repeat is its lead.
        let text =
            "“We will not back down,” the mayor said on Monday, vowing to fight the ruling.\n\nThe city will appeal.";
        assert_eq!(kinds(text), [Prose, Prose]);
        let text = "Key points:\nThe minister says buybacks are needed\nStates oppose the move.\n\nThe minister announced the change on Wednesday, saying the states had until 2027.";
        assert_eq!(kinds(text), [Heading, Heading, Heading, Prose]);
        let text = "In short:\nSydney Trains says services will run at reduced frequency all weekend.\nSydney rail commuters have been warned to expect long delays and cancelled services this weekend after the rail union stepped up industrial action in its pay dispute.";
        assert_eq!(kinds(text), [Heading, Heading, Prose]);
        // Not after a blank line, nor a live page's entry titled "What we know", nor past a time stamp.
        let text = "Key points\n\nThe minister announced the change on Wednesday.\n\nStates oppose it.";
        assert_eq!(kinds(text), [Heading, Prose, Prose]);
        let text = "Earthquake hits Turkey\n\n1 hr 20 min ago\nWhat we know\nThe quake was felt in Istanbul.\n";
        assert_eq!(*kinds(text).last().unwrap(), Prose);
        let text = "What we're covering\nThe quake was felt in Istanbul.\n10:42\nRescuers reached the town on Tuesday morning.";
        let k = kinds(text);
        assert_eq!((k[0], k[1], k[k.len() - 1]), (Heading, Heading, Prose));
    }

    /// The kinds of an English text's sentences, lines marked.
    fn kinds(text: &str) -> Vec<SentenceKind> {
        let spans = crate::segment::split_spans(text, Lang::En);
        classify_all(text, &spans, Lang::En)
    }

    fn split_en(text: &str) -> Vec<&str> {
        split_meta_prefix(text, vec![Span::new(0, text.len())], Lang::En).iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn splits_sentences_glued_without_a_full_stop() {
        // A scraped page ran a photo caption into the article's next sentence.
        assert_eq!(
            split_en("The cat is now nursing other abandoned animals back to health The green-eyed cat was brought in last week."),
            ["The cat is now nursing other abandoned animals back to health", "The green-eyed cat was brought in last week."]
        );
        assert_eq!(
            split_en(
                "Ukip voters were asked about their first names by Nigel Farage He said the poll was fun. It was not."
            ),
            ["Ukip voters were asked about their first names by Nigel Farage", "He said the poll was fun. It was not."]
        );
        // Two glued sentences in a row come apart one at a time.
        assert_eq!(split_en("The driver was taken to the hospital in an ambulance He is listed in stable condition They said he was lucky.").len(), 3);
        // Titles, names and quotations keep their capitalised words.
        for text in [
            "She has starred in the film adaptation of The lord of the rings since she was young.",
            "Ice Cube's single You Can Do It to three in the chart this week.",
            "The delegates met for a long summit in The Hague on Friday morning.",
            "He told the crowd at the rally \"We will win This election is ours\" and left.",
            "The singer (pictured with his band The who are you) waved to fans.",
            "The minister said that everything I have tried has failed so far.",
            "And when He has done with all of them, then Jesus lifted up His hands to us.",
            "The order has three aims: (1) The preservation and study of the mystery.",
        ] {
            assert_eq!(split_en(text), [text], "{text}");
        }
        // A byline glued to the first sentence is split off; a sentence opening with "By"
        // is left alone.
        assert_eq!(
            split_en("By Trisha Henry CNN Medical Producer A new study finds that athletes drink more."),
            ["By Trisha Henry CNN Medical Producer", "A new study finds that athletes drink more."]
        );
        assert_eq!(
            split_en("By Jane Doe The Senate passed the bill on Tuesday."),
            ["By Jane Doe", "The Senate passed the bill on Tuesday."]
        );
        assert_eq!(
            split_en("By Jane Doe, Reuters WASHINGTON — The Senate passed the bill."),
            ["By Jane Doe, Reuters", "WASHINGTON — The Senate passed the bill."]
        );
        assert_eq!(
            split_en("By Jane Doe (CNN) -- The Senate passed the bill."),
            ["By Jane Doe", "(CNN) -- The Senate passed the bill."]
        );
        assert_eq!(
            split_en("By The Associated Press The Senate passed the bill."),
            ["By The Associated Press", "The Senate passed the bill."]
        );
        for text in [
            "By Tuesday the council had voted to close the bridge.",
            "By Monday The Guardian Media Group had sold its stake.",
            "By 2030 The city plans to plant a million trees.",
        ] {
            assert_eq!(split_en(text), [text], "{text}");
        }
        // English only: a German noun is capitalised anywhere.
        let text = "Die Regierung hat am Montag die neuen Regeln It beschlossen und veröffentlicht.";
        assert_eq!(split_meta_prefix(text, vec![Span::new(0, text.len())], Lang::De).len(), 1);
    }

    /// The kinds of a text's sentences in `lang`, lines marked.
    fn kinds_in(text: &str, lang: Lang) -> Vec<SentenceKind> {
        let spans = crate::segment::split_spans(text, lang);
        classify_all(text, &spans, lang)
    }

    #[test]
    fn promos_phrased_as_questions_are_debris() {
        use SentenceKind::*;
        let text = "Ferry fares to rise 15% next month\nWant to stay up to date with the latest news in Seattle? Sign up for our daily newsletter.\nThe commission voted on Tuesday to raise fares.\n\nDid you find this article useful? Why not subscribe to our free newsletter?\n\nRiders said the service was unreliable.";
        assert_eq!(kinds(text), [Heading, Meta, Meta, Prose, Meta, Meta, Prose]);
        let text = "The fares rose.\n\nDo you have a news tip? Email us at tips@example.com.\n\nJoin our Space Forums to keep talking space on the latest missions!";
        assert_eq!(kinds(text), [Prose, Meta, Meta, Meta]);
        let text =
            "Los precios subieron.\n\n¿Te gustó esta nota? Suscríbete a nuestro boletín y recibe las noticias del día.";
        assert_eq!(kinds_in(text, Lang::Es), [Prose, Meta, Meta]);
        // The article's own questions stay prose: before its own sentence, before a pointer
        // to a video, or alone.
        for text in [
            "Who wouldn't want that? The council said the plan would cost $2m.",
            "It seems she does not regret turning down the crown? Scroll down for video.",
            "Why did the bridge close?\nThe council said it was unsafe.",
        ] {
            assert_eq!(kinds(text)[0], Prose, "{text}");
        }
    }

    #[test]
    fn related_links_under_their_label_are_headings() {
        use SentenceKind::*;
        let text = "Die Bahn kritisierte die Ankündigung.\n\nLesen Sie auch\nWie lange dauert der Tarifkonflikt noch? Die wichtigsten Fragen\n\nDie GDL fordert eine Absenkung der Arbeitszeit.";
        assert_eq!(kinds_in(text, Lang::De), [Prose, Meta, Heading, Heading, Prose]);
        // A paragraph under the label (a paste without blank lines) ends the box.
        let text = "The bridge closed.\nRead more\nWhy did the bridge close?\nThe council said on Monday that the bridge was unsafe.";
        assert_eq!(kinds(text), [Prose, Meta, Heading, Prose]);
    }

    #[test]
    fn alt_text_above_its_caption_and_credits_in_capitals() {
        use SentenceKind::*;
        let text = "Un arbre tombé sur la chaussée à Quimper.\nUn arbre tombé sur la chaussée à Quimper. | OUEST-FRANCE\nLa tempête a privé d'électricité près de 30 000 foyers, selon Enedis.";
        assert_eq!(kinds_in(text, Lang::Fr), [Caption, Caption, Caption, Prose]);
        // A sentence the story repeats is no caption without a credit.
        let text = "The bridge closed.\nThe bridge closed.\nThe council said it was unsafe.";
        assert_eq!(kinds(text), [Prose, Prose, Prose]);
    }

    #[test]
    fn stuff_credits_stand_above_their_captions() {
        use SentenceKind::*;
        let text = "Library opens after years of delay\nTracy Neal\n09:15, Mar 12 2024\nSUPPLIED\nThe new library sits on the banks of the Maitai River.\nNelson's new library has opened to the public, four years late.\n\nBRADEN FASTIER/STUFF\nChildren explore the reading room on opening day.\nThe project was delayed by the pandemic.";
        let k = kinds(text);
        assert_eq!(&k[3..], [Caption, Caption, Prose, Caption, Caption, Prose]);
    }

    #[test]
    fn a_wire_tag_after_the_story_closes_no_caption() {
        use SentenceKind::*;
        let text =
            "De metro reed drie uur niet.\n\nRond 10.30 uur reden alle metro's opnieuw. Trams reden normaal.\n(belga)";
        assert_eq!(kinds_in(text, Lang::Nl), [Prose, Prose, Prose, Caption]);
        let text = "Die Mieten steigen.\n\nDas Gesetz soll im März beschlossen werden. (APA, red, 12.3.2024)\nZum Thema\nWie viel Miete zahlen Sie?";
        assert_eq!(&kinds_in(text, Lang::De)[..3], [Prose, Prose, Caption]);
        let text = "L'inflazione scende.\n\nIl carrello sale del 3,7%. (ANSA).";
        assert_eq!(kinds_in(text, Lang::It), [Prose, Prose, Caption]);
        // A photo's credit in brackets under its caption still marks it.
        let text = "Prices rose.\nTravelers wait in line at a checkpoint.\n(Photo: Megan Varner, USA TODAY)\nAirlines have added flights.";
        assert_eq!(kinds(text), [Prose, Caption, Caption, Prose]);
    }

    #[test]
    fn titles_in_title_case_are_headings() {
        use SentenceKind::*;
        let text = "We Rewrote Our Billing Service in Rust. Here's What Happened.\nLast spring my team replaced a Python service with one written in Rust.";
        assert_eq!(kinds(text), [Heading, Heading, Prose]);
        for text in [
            "Lake Tanganyika is an African Great Lake.",
            "Nvidia Beats Forecasts as demand soars.",
            "The Eiffel Tower reopened on Monday.",
        ] {
            assert_eq!(kinds(text), [Prose], "{text}");
        }
    }

    #[test]
    fn site_lines_of_science_pages_and_show_notes() {
        use SentenceKind::*;
        let text = "The findings are published in a journal.\n\nMore information: Sarah E. Moran et al, High tide or riptide? A water-rich atmosphere or stellar contamination, Astrophysical Journal Letters (2023).\nThis document is subject to copyright. Apart from any fair dealing, no part may be reproduced.";
        assert_eq!(kinds(text), [Prose, Meta, Meta, Meta, Meta]);
        assert_eq!(kinds("Produced by Leo Park. Music by Blue Dot Sessions."), [Byline, Byline]);
        assert_eq!(classify("Produced by the BBC's own studio, the series ran for nine years."), Prose);
        assert_eq!(classify("If you liked this story, give it a clap and follow me for more."), Meta);
        assert_eq!(classify("Stand: 03.06.2024 09:47 Uhr"), Meta);
    }

    #[test]
    fn a_headline_run_into_its_byline_and_date_comes_apart() {
        assert_eq!(
            split_en("Council approves 4% rates rise after marathon meeting By Aroha Tane Local Democracy Reporter Thursday, 27 June 2024, 5:12pm Share this article The council has approved a rise of 4.2 per cent."),
            [
                "Council approves 4% rates rise after marathon meeting",
                "By Aroha Tane Local Democracy Reporter",
                "Thursday, 27 June 2024, 5:12pm Share this article",
                "The council has approved a rise of 4.2 per cent."
            ]
        );
        // "By" inside a sentence is no byline.
        let text = "The council approved a rates rise of four per cent By Tuesday the mayor had resigned.";
        assert_eq!(split_en(text), [text]);
        assert_eq!(classify("Walid Berrazeg | SOPA Images | Lightrocket | Getty Images"), SentenceKind::Caption);
        let text = "Hochwasser im Süden\n\nDie Pegel steigen.\nÜber dieses Thema berichtete BR24 am 03. Juni 2024 um 09:00 Uhr.";
        assert_eq!(*kinds_in(text, Lang::De).last().unwrap(), SentenceKind::Meta);
    }

    #[test]
    fn a_blogs_author_box_at_the_end_is_no_prose() {
        use SentenceKind::*;
        let text = "Last spring my team replaced a Python service.\n\nThe cost was real.\nWritten by Priya Raman\n1.4K Followers\nStaff engineer. Writing about payments and reliability.";
        assert_eq!(kinds(text), [Prose, Prose, Byline, Heading, Meta, Meta]);
    }

    #[test]
    fn credits_in_capitals_subhead_questions_and_appeals() {
        use SentenceKind::*;
        // A company's credit in capitals under the photo's caption.
        let text = "Nov 1, 2023\nA new warehouse stands beside the rail yard in Dayton, in May.\nACME\nAcme Corp. will spend $2 billion on its Dayton site, the company said Tuesday.";
        assert_eq!(kinds(text), [Meta, Caption, Caption, Prose]);
        // A subhead in capitals after a paragraph of two sentences marks nothing above it.
        let text = "The mayor spoke first. She said little.\nBACKGROUND\nThe plan was drafted in 2019.";
        assert_eq!(kinds(text), [Prose, Prose, Heading, Prose]);
        // A question alone on its line is a subhead; a question inside a paragraph is prose.
        let text = "Rain will fall all day.\n\nWhat do the flood alerts mean?\nAn alert means flooding is possible.";
        assert_eq!(kinds(text), [Prose, Heading, Prose]);
        let text = "Rain will fall all day. So why does it matter? The river is already high.";
        assert_eq!(kinds(text), [Prose, Prose, Prose]);
        assert_eq!(kinds("Rain fell.\n\"Why now?\" she asked.\nThe river rose."), [Prose, Prose, Prose]);
        // A donation box, a members' transcript, a funding note, media markers.
        let text = "Aid reached the camps.\nDonate now\nHelp us reach families cut off by the floods.";
        assert_eq!(kinds(text), [Prose, Heading, Heading]);
        assert_eq!(classify("Transcript available for members."), Meta);
        assert_eq!(classify("The Herald is public interest journalism funded by the state government."), Meta);
        assert_eq!(
            classify("This article is part of a series on rural health funded by the Kellogg Foundation."),
            Meta
        );
        assert_eq!(classify("The clinic is funded by the state government and two charities."), Prose);
        assert_eq!(classify("(foto)(video)"), Meta);
        assert_eq!(classify("[Gallery]"), Meta);
        assert_eq!(classify("(EPA)"), Caption);
        assert_eq!(classify("(He denied it.)"), Prose);
    }

    #[test]
    fn consent_banners_paywalls_footers_and_tables() {
        use SentenceKind::*;
        for line in [
            "We and our 300 partners store and access information on a device, such as cookies.",
            "You may click to consent to our and our partners' processing as described above.",
            "This post may contain affiliate links.",
            "As an Amazon Associate we earn from qualifying purchases.",
            "Click to share on Facebook (Opens in new window)",
            "This article was translated from Portuguese.",
            "Read the original version.",
            "You're receiving this because you signed up at example.com.",
            "Get unlimited digital access for $1 a week.",
            "Cancel anytime.",
            "The views expressed are the author's own.",
        ] {
            assert_eq!(classify(line), Meta, "{line}");
        }
        assert_eq!(classify("Edited by Ana Ruiz."), Byline);
        assert_eq!(classify("Regulators said the site set cookies without consent."), Prose);
        assert_eq!(classify("City council votes to keep the market open (example.com)"), Heading);
        assert_eq!(classify("The rate fell (see chart.png)."), Prose);
        // (No panic on an empty or dotted bracket.)
        for junk in ["()", "x ()", "(.)", "[.com]", "a (b.)"] {
            assert!(!link_title(junk), "{junk}");
        }
        // A correction's note takes its line.
        let text = "The council approved the plan.\n\nCorrection\nAn earlier version of this story misstated the vote. It was 4-1.";
        assert_eq!(kinds(text), [Prose, Heading, Meta, Meta]);
        // A results table's cells.
        let text = "Miller held his seat, the count showed.\nVotes\nPct.\nJo Miller (incumbent)\nDem.\n61,204";
        assert_eq!(kinds(text), [Prose, Heading, Heading, Heading, Heading, Heading]);
        // A wire's sign-off after the story closes no caption.
        let text = "Prices rose again.\n\nThe Senate votes on Wednesday.\n– TIMES/AFP\nRead more";
        assert_eq!(kinds(text)[1], Prose);
    }

    #[test]
    fn foreign_date_lines_are_metadata_and_come_apart_from_the_lead() {
        use SentenceKind::*;
        for line in [
            "Venezia, 25 aprile 2024 (aggiornato il 26 aprile)",
            "Porto Alegre, 15 de maio de 2024",
            "Paris, le 14 octobre 2024",
            "Den Haag, 3 februari 2024",
            "Buenos Aires, martes 14 de mayo de 2024 |",
            "5 de mayo de 2024 [Editado el 6 de mayo]",
        ] {
            assert_eq!(classify(line), Meta, "{line}");
        }
        // The planet is no month; a name and an age are no date.
        assert_eq!(classify("Mars, 2024 was the year the rover stalled."), Prose);
        assert_eq!(classify("Smith, 45, was arrested on Monday."), Prose);
        assert_eq!(
            split_en("5 de mayo de 2024 [Editado el 6 de mayo] Catalonia's Socialists won the most seats."),
            ["5 de mayo de 2024 [Editado el 6 de mayo]", "Catalonia's Socialists won the most seats."]
        );
        assert_eq!(
            split_en("Buenos Aires, martes 14 de mayo de 2024 | Argentina's inflation slowed in April."),
            ["Buenos Aires, martes 14 de mayo de 2024 |", "Argentina's inflation slowed in April."]
        );
        // ("de" joins only a date's parts: the rest stays with its sentence.)
        assert_eq!(split_en("May 1, 2024 de Gaulle's heirs met in Paris on Monday.").len(), 1);
        let text = "Coalition agrees budget\nBerlin, 17. Juli 2024 Germany's coalition agreed on a draft budget on Wednesday.\nIt keeps the debt brake.";
        let spans = split_meta_prefix(text, crate::segment::split_spans(text, Lang::En), Lang::En);
        assert_eq!(classify_all(text, &spans, Lang::En), [Heading, Meta, Prose, Prose]);
    }

    #[test]
    fn papers_own_photo_credits_are_captions() {
        use SentenceKind::*;
        for credit in ["Courier photo/Jane Doe", "(Express Photo by Amit Chakravarty)", "(Foto LaPresse)"] {
            assert_eq!(classify(credit), Caption, "{credit}");
        }
        assert_eq!(classify("GJ 9827 d. Illustration: NASA, ESA, CSA"), Caption);
        // A photo in a sentence is the story's.
        assert_eq!(classify("The photo by her brother went viral within hours."), Prose);
        let text = "Rain floods Mumbai\nCommuters wade through a street in Andheri. (Express Photo by Amit Chakravarty)\nHeavy rain lashed Mumbai on Wednesday, delaying trains.\nSchools stayed open.";
        assert_eq!(kinds(text), [Heading, Caption, Caption, Prose, Prose]);
    }

    #[test]
    fn newsletter_chatter_and_boxes_are_metadata() {
        use SentenceKind::*;
        let text = "Hi everyone,\nHappy Friday. We made it.\nThe Federal Reserve held interest rates steady on Wednesday, officials said.\nStocks fell.\nThanks for reading. See you Monday.";
        assert_eq!(kinds(text), [Meta, Meta, Meta, Prose, Prose, Meta, Meta]);
        // Not when nothing longer follows: then the short sentences are the message.
        let text = "Good morning,\nThe vote is off.\nWe will meet again.";
        assert_eq!(kinds(text), [Meta, Prose, Prose]);
        let text = "Japan's economy shrank in the first quarter, data showed.\nThe yen weakened.\nAutoModerator\nUsers often report this site. I am a bot, and this action was performed automatically.\n\nGreat, more bad news.";
        assert_eq!(kinds(text), [Prose, Prose, Heading, Meta, Meta, Prose]);
        // A section of the story under the same question stays prose.
        let text =
            "Scientists mapped a fly's brain, a study said.\nWhat's next?\nThe team will map a mouse brain by 2030.";
        assert_eq!(kinds(text)[2], Prose);
        let text = "Your report on rural buses understates the problem.\nHave an opinion on anything you've read in the Guardian today? Please email us your letter and it will be considered for publication.";
        assert_eq!(kinds(text), [Prose, Meta, Meta]);
    }
}
