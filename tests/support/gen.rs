//! Hostile text and options for the fuzz harness (`tests/fuzz.rs`, `examples/fuzz.rs`):
//! real sentence fragments glued to abbreviations, punctuation storms, quotes, odd line
//! breaks, digits, markup, bidi marks, combining stacks, emoji sequences and random code
//! points from every plane. Seeded and self-contained, so a failure is reproduced from its
//! seed alone.

#![allow(dead_code)]

/// splitmix64: small, fast, and the same sequence on every platform.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `percent` / 100.
    pub fn percent(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    /// One item of a list.
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// Sentences and fragments of real news prose, English and other languages.
pub const FRAGMENTS: &[&str] = &[
    "The city council voted on Tuesday to close the old bridge.",
    "Engineers had warned that its steel was failing",
    "\"We will rebuild,\" said Mayor Jane O'Neill.",
    "Shares of Acme Corp. fell 3.5% to $12.40 in New York",
    "President Emmanuel Macron arrived in Berlin on June 5, 2021",
    "About 2,300 American troops remain in the country, officials said.",
    "date 2023-05-01 Officials said the storm had passed.",
    "By Jane Doe, Reuters",
    "A crowd gathers outside the court. Photo: AP",
    "nursing other sick animals back to health The green-eyed cat was brought in It girl",
    "By Jane Doe, Reuters WASHINGTON — The Senate By Tom (CNN) -- The",
    "Reported from Nairobi, Kenya.",
    "Additional reporting by John Smith; editing by Mark Heinrich",
    "Updated 3:14 PM ET, Mon May 1, 2023",
    "Updated 10:14 AM EDT, Tue March 14, 2023",
    "Copyright 2024 The Associated Press. All rights reserved.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Related Topics",
    "A version of this article appears in print on March 24, 2023, Section B, Page 1",
    "— Chuck Schumer (@SenSchumer) February 13, 2024",
    "Crown Prince Mohammed bin Salman met Louis van Gaal and Vítor Domingues dos Santos",
    "新华社北京2024年3月14日电 投资5000亿元，增长4.2%，1至2月投资增长。",
    "“我们要把更多资源投向民生领域，”李强说。星期一将再次开会，昨天已讨论。",
    "東京都は14日、総事業費は約1200億円増え、3500億円に達すると「安全を最優先にする」と述べた。",
    "정부는 2024년 3월 14일 3조 5000억 원을 100여 명에게 \"투자하겠다\"고 말했다. 지난주 월요일",
    "１２００億円 第3名 5至10人 1亿5000万 8时30分 G20峰会 1990年代 20日元 3日間 13月",
    "The U.N. Security Council met at 5 p.m. local time",
    "Dr. Smith, Mr. Brown and Mrs. Green (all of the Univ. of Oxford) disagreed",
    "He said: 'It is over.' Then he left",
    "“I don’t know,” she said. “Ask them.”",
    "Profits rose to £1.2bn in the year to March, up from €900m",
    "The vote was 52-48 at 10:30 a.m. on 3/4/2024",
    "Read more: https://example.com/news/2023/05/01/story.html?id=42.",
    "Contact press@example.org for details.",
    "Der Bundestag hat am Dienstag über das neue Gesetz abgestimmt.",
    "Le gouvernement a présenté mardi un projet de loi.",
    "El gobierno anunció el martes un nuevo plan.",
    "Правительство объявило о новых мерах во вторник.",
    "政府は火曜日に新しい計画を発表した。",
    "市议会周二投票决定关闭旧桥。工程师曾警告说钢材正在老化！",
    "أعلنت الحكومة يوم الثلاثاء عن خطة جديدة.",
    "सरकार ने मंगलवार को नई योजना की घोषणा की।",
    "정부는 화요일에 새로운 계획을 발표했다.",
    "Η κυβέρνηση ανακοίνωσε νέο σχέδιο την Τρίτη.",
    "הממשלה הודיעה ביום שלישי על תוכנית חדשה.",
    "รัฐบาลประกาศแผนใหม่เมื่อวันอังคาร",
    "i.e. the so-called \"e.g.\" case, etc.",
    "No. 10 Downing St. said the P.M. was in the U.K.",
    "It cost 1,000,000 dollars (or 1e6, or 0.000001 millions)",
    "`` it is over . '' the mayor said . '' `` why ? '' '' ''",
    "Veröffentlicht am 3. Mai 2024, 10:12 Uhr Die Regierung stellte am Mittwoch 2,5 Mrd. Euro bereit.",
    "Habeck sagte, die Länder müssten zwei Prozent ihrer Fläche ausweisen; letzte Woche kam Kritik vom BUND.",
    "Publié le 3 mai 2024 à 10h12 Le ministre a annoncé 4\u{202F}000 postes et 1,2 milliard d'euros l'an dernier.",
    "Le 1er mars, la 3e édition a réuni 12\u{A0}500 visiteurs à Lyon.",
    "El Gobierno de España aprobó el martes 3.000 millones de euros; 1.500 nuevos empleados en enero de 2025.",
    "Il governo ha stanziato il 3 maggio 2024 2,7 miliardi di euro per la rete ferroviaria.",
    "O Governo português aprovou 1,5 mil milhões de euros para habitação no ano passado.",
    "Het kabinet trekt vorig jaar 2,3 miljard euro uit voor 100.000 nieuwe woningen in Den Haag.",
];

const ABBREVIATIONS: &[&str] = &[
    "Dr.", "Mr.", "Mrs.", "Ms.", "U.S.", "U.S.A.", "e.g.", "i.e.", "etc.", "p.m.", "a.m.", "No.", "St.", "Inc.",
    "Corp.", "Ltd.", "vs.", "Jan.", "Feb.", "Sept.", "J. R. R.", "Gen.", "Sen.", "Rep.", "Prof.", "approx.", "Fig.",
    "ca.", "z.B.", "S.A.", "...", "…",
];

const PUNCTUATION: &[char] = &[
    '.', '!', '?', '…', ';', ':', ',', '-', '—', '–', '(', ')', '[', ']', '{', '}', '"', '\'', '“', '”', '‘', '’', '«',
    '»', '„', '‟', '‹', '›', '。', '！', '？', '．', '؟', '।', '॥', '·', '/', '\\', '*', '#', '@', '&', '%', '$', '€',
    '£', '¥', '<', '>', '=', '+', '~', '`', '^', '|', '_', '¿', '¡', '‽', '⁇', '᠃', '։', '჻',
];

const BREAKS: &[&str] =
    &["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}", "\n \n", "\n\t\n"];

const SPACES: &[&str] = &[" ", "  ", "\t", "\u{A0}", "\u{3000}", "\u{2009}", "\u{200B}", "\u{FEFF}", "\u{180E}", ""];

const MARKS: &[&str] = &[
    "\u{200E}",
    "\u{200F}",
    "\u{202A}",
    "\u{202B}",
    "\u{202C}",
    "\u{202D}",
    "\u{202E}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    "\u{061C}",
    "\u{200D}",
    "\u{FE0F}",
    "\u{FE0E}",
    "\u{20E3}",
    "\u{0301}",
    "\u{0327}",
    "\u{034F}",
    "\u{FFFD}",
    "\u{FFFF}",
    "\u{FFFE}",
    "\u{E000}",
    "\u{10FFFF}",
    "\0",
    "\u{1}",
    "\u{1B}",
    "\u{7F}",
    "\u{9F}",
];

const EMOJI: &[&str] = &["😀", "👩‍👩‍👧‍👦", "👨🏽‍💻", "🏳️‍🌈", "🇺🇸", "🇪🇺🇫🇷", "1️⃣", "❤️", "🧑‍🤝‍🧑", "👍🏿", "🫠", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "😀😀😀😀😀"];

const MARKUP: &[&str] = &[
    "<p>",
    "</p>",
    "<div class=\"a.b\">",
    "<br/>",
    "&amp;",
    "&nbsp;",
    "<script>alert(1)</script>",
    "# Heading",
    "## Sub. Heading",
    "* item",
    "- item.",
    "1. First.",
    "> quoted.",
    "```rust\nfn main() {}\n```",
    "| a | b |\n|---|---|",
    "a,b,\"c, d\"\n1,2.5,3",
    "[link](https://x.y/z.)",
    "**bold.**",
    "fn f(x: u8) -> u8 { x.wrapping_add(1) }",
    "if (a.b() && c[0]) { return; }",
    "{\"k\": [1, 2.5e-3, null]}",
    "<!-- comment. -->",
];

const NUMBERS: &[&str] = &[
    "3.5",
    "1,000",
    "1.000.000",
    "$1.2 billion",
    "2023-05-01",
    "12:30",
    "50%",
    "1e9",
    "0.000001",
    "-7",
    "+44 20 7946 0958",
    "3/4",
    "½",
    "٣٤٥",
    "१२३",
    "12th",
    "1990s",
    "'90s",
    "9,99 €",
    "10 km/h",
    "99.9999999999999999999",
    "18446744073709551616",
    "340282366920938463463374607431768211456",
    "NaN",
    "Infinity",
    "0x1F",
    "1_000",
    "۱۲۳",
];

const NAMES: &[&str] = &[
    "Emmanuel Macron",
    "New York City",
    "Reuters",
    "the United Nations",
    "Microsoft Corp.",
    "Angela Merkel",
    "São Paulo",
    "Mr. O'Brien",
    "J.K. Rowling",
    "BBC",
    "NASA",
    "Île-de-France",
    "McDonald's",
    "van der Berg",
    "Xi Jinping",
    "Monday",
    "last month",
    "June 5, 2021",
    "next Tuesday",
    "in 2019",
    "on Sunday",
    "yesterday",
    "5 May",
];

/// A random Unicode scalar value: any plane, any block.
pub fn any_char(rng: &mut Rng) -> char {
    loop {
        let c = match rng.below(6) {
            0 => rng.below(0x80) as u32,
            1 => rng.below(0x800) as u32,
            2 => rng.below(0x1_0000) as u32,
            3 => 0x1_0000 + rng.below(0x2_0000) as u32,
            4 => rng.below(0x11_0000) as u32,
            _ => 0x1F300 + rng.below(0x700) as u32,
        };
        if let Some(c) = char::from_u32(c) {
            return c;
        }
    }
}

fn piece(rng: &mut Rng, out: &mut String) {
    match rng.below(20) {
        0..=5 => out.push_str(rng.pick(FRAGMENTS)),
        6 => out.push_str(rng.pick(ABBREVIATIONS)),
        7 => {
            for _ in 0..1 + rng.below(12) {
                out.push(rng.pick(PUNCTUATION));
            }
        }
        8 => out.push_str(rng.pick(BREAKS)),
        9 => out.push_str(rng.pick(SPACES)),
        10 => out.push_str(rng.pick(MARKS)),
        11 => out.push_str(rng.pick(EMOJI)),
        12 => out.push_str(rng.pick(MARKUP)),
        13 => out.push_str(rng.pick(NUMBERS)),
        14 => out.push_str(rng.pick(NAMES)),
        15 => {
            for _ in 0..1 + rng.below(8) {
                out.push(any_char(rng));
            }
        }
        16 => {
            // Zalgo: a letter under a stack of combining marks.
            out.push('Z');
            for _ in 0..rng.below(64) {
                out.push(char::from_u32(0x300 + rng.below(0x70) as u32).unwrap());
            }
        }
        17 => {
            // A quotation, sometimes never closed.
            let (open, close) = rng.pick(&[("\"", "\""), ("“", "”"), ("'", "'"), ("«", "»"), ("„", "“"), ("(", ")")]);
            out.push_str(open);
            out.push_str(rng.pick(FRAGMENTS));
            if rng.percent(70) {
                out.push_str(close);
            }
        }
        18 => {
            // A run of one word or letter with no punctuation: very long lines.
            let word = if rng.percent(50) { "word " } else { "x" };
            for _ in 0..rng.below(300) {
                out.push_str(word);
            }
        }
        _ => {
            // A capitalized word glued to a period: "end.Next", initials, decimals.
            out.push_str(rng.pick(&["end.Next", "A.", "B. C.", "3.", ".5", "x.y", "Q.E.D.", ".", "?!", "!!!", "..."]));
        }
    }
    if rng.percent(60) {
        out.push(' ');
    }
}

/// A hostile text: usually a few dozen pieces, rarely thousands.
pub fn text(rng: &mut Rng) -> String {
    text_of_at_most(rng, 2_000)
}

/// A hostile text of at most `max` pieces (the long runs trade the rare huge text for
/// more inputs; huge texts have their own tests in `tests/bad_input.rs`).
pub fn text_of_at_most(rng: &mut Rng, max: usize) -> String {
    let pieces = match rng.below(100) {
        0..=4 => 0,
        5..=69 => rng.below(16),
        70..=97 => rng.below(80),
        _ => rng.below(2_000),
    }
    .min(max);
    let mut out = String::new();
    for _ in 0..pieces {
        piece(rng, &mut out);
    }
    if rng.percent(10) && !out.is_empty() {
        // Cut at a random char boundary: texts that end mid-sentence, mid-quote, mid-ZWJ.
        let mut cut = rng.below(out.len() + 1);
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
    }
    out
}

fn json_value(rng: &mut Rng, depth: usize) -> String {
    match rng.below(if depth > 1 { 6 } else { 8 }) {
        0 => "null".into(),
        1 => rng.pick(&["true", "false"]).to_string(),
        2 => rng
            .pick(&[
                "0",
                "1",
                "2",
                "3",
                "-1",
                "0.5",
                "1.5",
                "2.5",
                "1e9",
                "1e300",
                "-0",
                "1e-300",
                "0.0000001",
                "4294967296",
                "18446744073709551616",
                "9007199254740993",
                "1.0",
                "0.999999",
                "100",
                "-1e309",
            ])
            .to_string(),
        3 => format!("{}", rng.next() as i64 as f64 / (1u64 << rng.below(64)) as f64),
        4 => format!(
            "\"{}\"",
            rng.pick(&[
                "",
                "auto",
                "en",
                "EN",
                "de",
                "und",
                "xx",
                "zh",
                "people",
                "3",
                "all",
                "none",
                "\\u0000",
                "\\ud800",
                "election results",
            ])
        ),
        5 => format!("\"{}\"", rng.pick(FRAGMENTS).replace('\\', "").replace('"', "'")),
        6 => {
            let items: Vec<String> = (0..rng.below(5))
                .map(|_| {
                    if rng.percent(70) {
                        format!(
                            "\"{}\"",
                            rng.pick(&[
                                "people",
                                "places",
                                "organizations",
                                "dates",
                                "numbers",
                                "quotes",
                                "keyphrases",
                                "pets",
                                ""
                            ])
                        )
                    } else {
                        json_value(rng, depth + 1)
                    }
                })
                .collect();
            format!("[{}]", items.join(","))
        }
        _ => json_options(rng, depth + 1),
    }
}

/// An options object as JSON: mostly valid keys with values of every kind, sometimes an
/// unknown key or a value of the wrong type.
pub fn json_options(rng: &mut Rng, depth: usize) -> String {
    const KEYS: &[&str] = &["sentences", "ratio", "maxWords", "language", "facts", "focus", "max_words", "bogus", ""];
    let fields: Vec<String> = (0..rng.below(4))
        .map(|_| {
            let key = if rng.percent(90) { &KEYS[..6] } else { KEYS };
            format!("\"{}\":{}", rng.pick(key), json_value(rng, depth))
        })
        .collect();
    format!("{{{}}}", fields.join(","))
}

/// Options JSON for a fuzz run: usually `{}` or one well-formed length, sometimes anything.
pub fn options(rng: &mut Rng) -> String {
    match rng.below(10) {
        0..=3 => "{}".into(),
        4 => format!("{{\"sentences\":{}}}", 1 + rng.below(12)),
        5 => format!("{{\"ratio\":{}}}", (1 + rng.below(100)) as f64 / 100.0),
        6 => format!("{{\"maxWords\":{}}}", 1 + rng.below(200)),
        7 => format!(
            "{{\"language\":\"{}\"}}",
            rng.pick(&["en", "de", "fr", "es", "it", "pt", "nl", "zh", "ja", "ar", "ru", "und", "auto"])
        ),
        8 => json_options(rng, 0),
        _ => {
            let mut s = json_options(rng, 0);
            // Mangled JSON: parse errors must be errors too.
            if !s.is_empty() && rng.percent(50) {
                let mut cut = rng.below(s.len());
                while !s.is_char_boundary(cut) {
                    cut -= 1;
                }
                s.truncate(cut);
            }
            s
        }
    }
}
