//! HTML pasted or passed as text: a page's source, an element's `innerHTML`, a saved `.html`
//! file. Read as text, its tags ran into the sentences ("<p>The council voted…"), a byline's
//! closing tag became part of a name ("Jane Doe</p>"), scripts and styles were summarized,
//! and paragraphs were not paragraphs.
//!
//! [`blank`] rewrites such a text in place into what the pipeline reads: every tag, comment
//! and script, style or SVG element blanked to white space (a block element's tag to a
//! paragraph break, `<br>` to a line break), and the character references of punctuation
//! (`&quot;`, `&rsquo;`, `&#8217;`, `&amp;`, `&nbsp;`…) read as their ASCII look-alikes.
//! Every char keeps its length in bytes *and* in UTF-16 units, so every offset the pipeline
//! gives holds for the original text: the JS API and the command line's JSON take each
//! item's text from the original (`text.slice(start, end)` stays exact), tags inside a
//! sentence included. A mark read from a reference sits beside the word it opens or closes
//! (`&ldquo;Yes` → `      "Yes`), as the quotation finder needs it; an item that starts or
//! ends inside a reference is widened to the whole reference ([`References::snap`]).

use crate::bytes;
use crate::span::Span;

/// Elements whose tags break the text into paragraphs (`br` breaks a line; so does a hidden
/// element, below, with its content).
const BLOCK: &str = " address article blockquote body caption dd details dialog div dl dt fieldset \
figure form h1 h2 h3 h4 h5 h6 head header hgroup hr html legend li main ol option p pre \
section summary table tbody td tfoot th thead title tr ul ";

/// Elements whose tags are only spaces in the text around them.
const INLINE: &str = " a abbr audio b bdi bdo big canvas cite code data del dfn em font i iframe img input \
ins kbd label link mark meta picture q s samp small source span strike strong sub sup textarea time tt u \
var video wbr ";

/// Elements whose content is not the text to read, blanked with their tags: code and
/// images, and a page's chrome around the article, as a reader view leaves it out (menus,
/// footers, sidebars with sign-up prose and related headlines, buttons, and photo captions,
/// never summary sentences). Not `form`: some sites wrap the whole page in one.
const HIDDEN: &str = " script style noscript template svg math nav footer aside button select figcaption ";

/// The most known tags a text may have and still be read as plain text: two when it opens
/// with `<` (a page, a fragment), nine otherwise ("Wrap it in <p> and </p>; use <div>…").
const PLAIN_TAGS: [usize; 2] = [9, 2];

/// What an element's tags do to the text around them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// `br`: a line break.
    Break,
    /// [`BLOCK`]: a paragraph break.
    Block,
    /// [`INLINE`]: spaces.
    Inline,
    /// [`HIDDEN`]: gone with the element's content, a paragraph break.
    Hidden,
}

/// The role of the element `name` (lower case), if it is one of those known.
fn role(name: &[u8]) -> Option<Role> {
    if name == b"br" {
        return Some(Role::Break);
    }
    let mut key = [b' '; 12];
    if name.is_empty() || name.len() > 10 {
        return None;
    }
    key[1..=name.len()].copy_from_slice(name);
    let key = core::str::from_utf8(&key[..name.len() + 2]).ok()?;
    [(BLOCK, Role::Block), (INLINE, Role::Inline), (HIDDEN, Role::Hidden)]
        .into_iter()
        .find(|(list, _)| bytes::find(list, key).is_some())
        .map(|(_, role)| role)
}

/// A tag of a known element.
struct Tag {
    /// Where it ends (after `>`).
    end: usize,
    /// The element's name in lower case, `len` bytes of it.
    name: [u8; 10],
    len: usize,
    /// Whether it closes an element (`</p>`).
    closing: bool,
    /// Whether it opens an element with content (not `</p>`, not `<svg/>`).
    opens: bool,
    role: Role,
}

impl Tag {
    fn name(&self) -> &[u8] {
        &self.name[..self.len]
    }
}

/// The tag that starts at `at` (a `<`); `None` if `<` starts no tag of a known HTML
/// element. A quoted attribute value may hold `<` and `>`
/// (`onclick="if (a<b) go()"`) until a scan runs off the end inside one; then `strict` is
/// set and every later scan ends at a `<`, so that unclosed quotes cannot make the scan
/// quadratic.
fn tag(b: &[u8], at: usize, strict: &mut bool) -> Option<Tag> {
    let closing = b.get(at + 1) == Some(&b'/');
    let start = at + 1 + usize::from(closing);
    let mut name = [0u8; 10];
    let mut len = 0;
    while let Some(&c) = b.get(start + len).filter(|c| c.is_ascii_alphanumeric()) {
        if len == name.len() {
            return None;
        }
        name[len] = c.to_ascii_lowercase();
        len += 1;
    }
    let after = *b.get(start + len)?;
    if !(after == b'>' || after == b'/' || after.is_ascii_whitespace()) {
        return None;
    }
    let role = role(&name[..len])?;
    // The `>` that ends it, outside quoted attribute values.
    let mut quote = None;
    let mut k = start + len;
    while let Some(&c) = b.get(k) {
        match (quote, c) {
            (None, b'<') => return None,
            (Some(_), b'<') if *strict => return None,
            (None, b'>') => {
                let opens = !closing && b[k - 1] != b'/';
                return Some(Tag { end: k + 1, name, len, closing, opens, role });
            }
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            _ => {}
        }
        k += 1;
    }
    *strict |= quote.is_some();
    None
}

/// Where a comment (`<!-- … -->`), a CDATA section (`<![CDATA[ … ]]>`) or a declaration
/// (`<!DOCTYPE html>`, `<?xml …?>`) that starts at `at` ends. `ends` says whether a `-->`, a
/// `]]>` and a `>` may still come: each search that fails clears its flag, so that unclosed
/// openings cannot make the scan quadratic.
fn other(b: &[u8], at: usize, ends: &mut [bool; 3]) -> Option<usize> {
    let rest = &b[at..];
    let (kind, open, close): (usize, usize, &[u8]) = if rest.starts_with(b"<!--") {
        (0, 4, b"-->")
    } else if rest.starts_with(b"<![CDATA[") {
        (1, 9, b"]]>")
    } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
        (2, 2, b">")
    } else {
        return None;
    };
    let found = ends[kind].then(|| rest[open..].windows(close.len()).position(|w| w == close)).flatten();
    ends[kind] &= found.is_some();
    found.map(|k| at + open + k + close.len())
}

/// Whether `b` looks like HTML: more than [`PLAIN_TAGS`] tags of known elements.
fn is_markup(b: &[u8]) -> bool {
    let opens = b.iter().find(|c| !c.is_ascii_whitespace()) == Some(&b'<');
    let (mut seen, mut strict) = (0, false);
    let mut at = 0;
    while let Some(k) = bytes::find_byte(b, at, b'<') {
        if let Some(t) = tag(b, k, &mut strict) {
            seen += 1;
            if seen > PLAIN_TAGS[usize::from(opens)] {
                return true;
            }
            at = t.end;
        } else {
            at = k + 1;
        }
    }
    false
}

/// Blanks `b[from..to]`: each ASCII byte to a space, each other char to white space of its
/// own UTF-8 and UTF-16 length (U+00A0 for two bytes, U+2002 for three, two U+00A0 for a
/// four-byte char, two UTF-16 units).
fn blank_range(b: &mut [u8], from: usize, to: usize) {
    let mut k = from;
    while k < to {
        let len = match b[k] {
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xff => 4,
            _ => 1,
        }
        .min(to - k);
        let fill: &[u8] = match len {
            2 => &[0xc2, 0xa0],
            3 => &[0xe2, 0x80, 0x82],
            4 => &[0xc2, 0xa0, 0xc2, 0xa0],
            _ => b" ",
        };
        b[k..k + len].copy_from_slice(fill);
        k += len;
    }
}

/// The ASCII look-alike of a character reference's char (`&rsquo;` → `'`), for the
/// punctuation that decides sentences, quotations and words.
fn look_alike(c: u32) -> Option<&'static [u8]> {
    Some(match c {
        160 => b" ",
        34 | 171 | 187 | 8220 | 8221 | 8222 => b"\"",
        39 | 8216 | 8217 => b"'",
        8211 | 8212 | 8722 => b"-",
        8230 => b"...",
        _ => return None,
    })
}

/// The char a named or numeric reference stands for (`amp`, `#8217`, `#x2019`; `name` is
/// at least one byte long).
fn reference(name: &[u8]) -> Option<u32> {
    if name[0] == b'#' {
        let (digits, radix) = match name.get(1) {
            Some(b'x' | b'X') => (&name[2..], 16),
            _ => (&name[1..], 10),
        };
        // At most 7 digits (`decode` reads 8 bytes after `&`): no overflow.
        return digits.iter().try_fold(0, |n, &d| Some(n * radix + char::from(d).to_digit(radix)?));
    }
    const NAMES: [(&[u8], u32); 16] = [
        (b"nbsp", 160),
        (b"amp", 38),
        (b"quot", 34),
        (b"apos", 39),
        (b"lt", 60),
        (b"gt", 62),
        (b"lsquo", 8216),
        (b"rsquo", 8217),
        (b"ldquo", 8220),
        (b"rdquo", 8221),
        (b"bdquo", 8222),
        (b"laquo", 171),
        (b"raquo", 187),
        (b"ndash", 8211),
        (b"mdash", 8212),
        (b"hellip", 8230),
    ];
    NAMES.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
}

/// Reads the character reference at `at` (an `&`), if it is one [`reference`] knows: writes
/// its look-alike over it, beside the word it opens or closes (`&ldquo;Yes` → `      "Yes`,
/// `no&rdquo; he` → `no"       he`), padded with spaces. Returns its end.
fn decode(b: &mut [u8], at: usize) -> Option<usize> {
    let semi = (at + 2..b.len().min(at + 10)).find(|&k| b[k] == b';')?;
    let c = reference(&b[at + 1..semi])?;
    let owned;
    let mark: &[u8] = match look_alike(c) {
        Some(mark) => mark,
        None if (32..=126).contains(&c) => {
            owned = [c as u8];
            &owned
        }
        None => return None,
    };
    let end = semi + 1;
    let opens = b.get(end).is_some_and(u8::is_ascii_alphanumeric);
    let at_mark = if opens { end - mark.len() } else { at };
    b[at..end].fill(b' ');
    b[at_mark..at_mark + mark.len()].copy_from_slice(mark);
    Some(end)
}

/// Where a blanked text read character references (`&rdquo;`), in order.
#[derive(Clone, Debug, Default)]
pub struct References(Vec<Span>);

impl References {
    /// `span` widened to whole references where it starts or ends inside one, so that the
    /// original text's slice is whole (`&ldquo;Yes…` rather than `;Yes…`).
    pub fn snap(&self, mut span: Span) -> Span {
        let inside = |at: usize| {
            let k = self.0.partition_point(|r| r.end <= at);
            self.0.get(k).filter(|r| r.start < at)
        };
        if let Some(r) = inside(span.start) {
            span.start = r.start;
        }
        if let Some(r) = inside(span.end) {
            span.end = r.end;
        }
        span
    }
}

/// If `b` (UTF-8) is HTML markup, rewrites it in place into its text, with every char's
/// length kept in bytes and in UTF-16 units (see the module's notes), and returns where it
/// read character references. A text that opens with `<` is markup with more than two tags
/// of HTML elements, any other with more than nine; one with fewer is left as it is (`None`).
///
/// # Example
/// ```
/// let page = "<p>The council met.</p>\n<p>It voted &ldquo;yes&rdquo;.</p><script>x()</script>";
/// let mut text = page.as_bytes().to_vec();
/// let references = brevity::markup::blank(&mut text).expect("HTML");
/// let text = String::from_utf8(text).unwrap();
/// assert_eq!(text.len(), page.len());
/// let sentences = brevity::split(&text);
/// let spans: Vec<&str> = sentences.iter().map(|s| &page[references.snap(s.span).range()]).collect();
/// assert_eq!(spans, ["The council met.", "It voted &ldquo;yes&rdquo;."]);
/// ```
pub fn blank(b: &mut [u8]) -> Option<References> {
    if !is_markup(b) {
        return None;
    }
    let mut references = Vec::new();
    let (mut ends, mut strict) = ([true; 3], false);
    // Hidden elements found without a closing tag: not looked for again.
    let mut unclosed: Vec<[u8; 10]> = Vec::new();
    let mut at = 0;
    while at < b.len() {
        let Some(k) = (b[at..]).iter().position(|&c| c == b'<' || c == b'&').map(|k| at + k) else { break };
        if b[k] == b'&' {
            at = match decode(b, k) {
                Some(end) => {
                    references.push(Span::new(k, end));
                    end
                }
                None => k + 1,
            };
            continue;
        }
        if let Some(end) = other(b, k, &mut ends) {
            blank_range(b, k, end);
            at = end;
            continue;
        }
        let Some(t) = tag(b, k, &mut strict) else {
            at = k + 1;
            continue;
        };
        let name = t.name();
        // A hidden element goes with its content, up to its closing tag.
        let mut until = t.end;
        if t.opens && t.role == Role::Hidden && !unclosed.contains(&t.name) {
            // Nested elements of the name (an `aside` in an `aside`) close first; a script's or
            // a style's content is raw text, ended by the first closing tag.
            let nests = !matches!(name, b"script" | b"style");
            let (mut search, mut depth) = (t.end, 0usize);
            loop {
                let Some(j) = bytes::find_byte(b, search, b'<') else {
                    unclosed.push(t.name);
                    break;
                };
                match tag(b, j, &mut strict) {
                    Some(u) if u.closing && u.name() == name => {
                        if depth == 0 {
                            until = u.end;
                            break;
                        }
                        depth -= 1;
                        search = u.end;
                    }
                    Some(u) if nests && u.opens && u.name() == name => {
                        depth += 1;
                        search = u.end;
                    }
                    _ => search = j + 1,
                }
            }
        }
        blank_range(b, k, until);
        if t.role == Role::Break {
            b[k] = b'\n';
        } else if t.role == Role::Block || until > t.end {
            b[k] = b'\n';
            b[k + 1] = b'\n'; // a tag is at least `<p>`
        }
        at = until;
    }
    Some(References(references))
}

/// `s` with its words one space apart: a key phrase as shown (a line break between two of
/// its words is no part of it), and a name in HTML read as its text, the tags between its
/// words left out (`Joe</b> Biden` is "Joe Biden").
pub fn one_spaced(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.chars() {
        if c.is_whitespace() {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        out.push(c);
    }
    out
}

/// The text the pipeline reads of `text` if it is HTML markup (see [`blank`]): the same
/// length, and every offset the same; `None` for any other text.
pub fn text_of(text: &str) -> Option<(String, References)> {
    let mut b = text.as_bytes().to_vec();
    let references = blank(&mut b)?;
    Some((String::from_utf8(b).ok()?, references))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(text: &str) -> String {
        let mut b = text.as_bytes().to_vec();
        blank(&mut b).expect("HTML");
        let out = String::from_utf8(b).expect("still UTF-8");
        assert_eq!(out.len(), text.len());
        assert_eq!(out.encode_utf16().count(), text.encode_utf16().count());
        out
    }

    #[test]
    fn tags_become_breaks_and_spaces_with_every_offset_kept() {
        let page = "<div><p>Mayor <a href=\"/x?a=1&b=2\" title='a > b'>Alan Reed</a> spoke.</p><br>Then he left.</div>";
        let out = blanked(page);
        assert_eq!(
            out.split_whitespace().collect::<Vec<_>>(),
            ["Mayor", "Alan", "Reed", "spoke.", "Then", "he", "left."]
        );
        let at = page.find("Alan").unwrap();
        assert_eq!(&out[at..at + 9], "Alan Reed");
        assert!(out.contains("spoke.\n\n"), "{out:?}");
        assert!(out.contains("spoke.\n\n  \n   Then"), "{out:?}"); // `</p>`, `<br>`
    }

    #[test]
    fn scripts_styles_and_comments_go_with_their_content() {
        let page = "<html><head><style>p { color: red }</style><script>if (a < b) { go(\"</p>\") }</script></head>\
                    <body><!-- nav --><p>Only this.</p><noscript>Enable JS.</noscript></body></html>";
        assert_eq!(blanked(page).split_whitespace().collect::<Vec<_>>(), ["Only", "this."]);
    }

    #[test]
    fn non_ascii_inside_tags_keeps_its_utf16_length() {
        let page = "<p><img alt=\"café 😀 – naïve\">Text.</p><p>More.</p>";
        let out = blanked(page);
        assert_eq!(out.split_whitespace().collect::<Vec<_>>(), ["Text.", "More."]);
        assert!(out.chars().all(|c| c.is_whitespace() || c.is_ascii()));
    }

    #[test]
    fn punctuation_references_read_as_ascii_on_the_side_of_their_word() {
        let page = "<p>He said &ldquo;yes&rdquo; &amp; left&hellip;</p><p>Don&#8217;t &#x2014; ok&nbsp;now.</p>";
        let out = blanked(page);
        let words: Vec<&str> = out.split_whitespace().collect();
        assert_eq!(words, ["He", "said", "\"yes\"", "&", "left...", "Don", "'t", "-", "ok", "now."]);
        // An item that starts or ends inside a reference takes the whole reference.
        let mut b = page.as_bytes().to_vec();
        let references = blank(&mut b).unwrap();
        let quoted = out.find("\"yes\"").unwrap();
        let span = references.snap(Span::new(quoted, quoted + 5));
        assert_eq!(&page[span.range()], "&ldquo;yes&rdquo;");
        let span = references.snap(Span::new(quoted + 1, quoted + 4));
        assert_eq!(&page[span.range()], "yes");
        // Unknown references and a bare ampersand stay.
        let out = blanked("<p>AT&T &copy; &eacute; &#1; &#; &#x; &#99999999;</p><p></p><p></p>");
        assert!(out.contains("AT&T &copy; &eacute; &#1; &#; &#x; &#99999999;"), "{out:?}");
    }

    #[test]
    fn plain_text_with_a_tag_or_two_or_angle_brackets_is_left_alone() {
        for text in [
            "Use the <p> tag for paragraphs and </p> to close them.",
            "If a < b and b > c then a < c. Costs &amp; fees.",
            "<3 you. <unknown> and <foo bar> are not HTML. <p",
            "",
        ] {
            let mut b = text.as_bytes().to_vec();
            assert!(blank(&mut b).is_none(), "{text}");
            assert_eq!(b, text.as_bytes());
        }
    }

    #[test]
    fn pages_as_sites_write_them() {
        // A page in one form (ASP.NET), a self-closing SVG icon, `<` and `>` in quoted
        // attributes, CDATA, uppercase tags.
        let page = "<FORM id=\"f\"><svg/><H1>Library reopens</H1><p onclick=\"if (a<b) go('>')\">It opens on Saturday.</p>\
                    <![CDATA[ a > b ]]><div data-tip=\"<b>Note</b>\">It cost $12 million.</div><svg><path/></svg></FORM>";
        let words = blanked(page).split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(words, "Library reopens It opens on Saturday. It cost $12 million.");
    }

    #[test]
    fn nested_hidden_elements_go_whole() {
        let page = "<aside><p>Related</p><aside><p>Inner</p></aside><p>Still aside</p></aside><p>Story.</p>\
                    <script>var s = '<script>';</script><p>End.</p>";
        assert_eq!(blanked(page).split_whitespace().collect::<Vec<_>>(), ["Story.", "End."]);
    }

    #[test]
    fn prose_that_names_tags_is_not_markup() {
        let prose = "Wrap a paragraph in <p> and </p> tags when you write the page. Use <div> for a block of layout.";
        assert!(blank(&mut prose.as_bytes().to_vec()).is_none());
        // Ten tags are a page, even without a tag first.
        let fragment = format!("Intro. {}", "<p>Text.</p>".repeat(5));
        assert!(blank(&mut fragment.into_bytes()).is_some());
        assert_eq!(one_spaced(" Joe \u{a0}  Biden\n"), "Joe Biden");
    }

    #[test]
    fn unclosed_openings_do_not_make_the_scan_quadratic() {
        // Each would scan to the end for every opening: ~10^10 steps if quadratic.
        for piece in ["<script>", "<!--", "<![CDATA[", "<!x", "<p \"", "<a href='", "<p a=\"<\"", "<p>x</p><!-- c -->"]
        {
            let text = format!("<p>a</p><p>b</p>{}", piece.repeat(100_000));
            let mut b = text.into_bytes();
            assert!(blank(&mut b).is_some());
        }
    }

    #[test]
    fn broken_markup_is_blanked_only_where_it_is_whole() {
        // An unclosed tag, an unclosed comment, an unclosed script: each left as text.
        let out = blanked("<p>One.</p><p>Two <b>three</b> <a href=\"x\" four. <!-- five <script>six");
        assert_eq!(
            out.split_whitespace().collect::<Vec<_>>(),
            ["One.", "Two", "three", "<a", "href=\"x\"", "four.", "<!--", "five", "six"]
        );
    }
}
