//! Language detection in two steps, small enough for the download budget: the script the
//! letters are written in, which alone names most languages (Greek, Armenian, Hangul, …);
//! then, for scripts shared by several known languages (Latin, Cyrillic, Arabic,
//! Devanagari, Han), the function words and letters that tell them apart.
//!
//! This replaces a trigram model whose tables were most of the `.wasm` (issue 8: ~70 KB of
//! the gzipped download), and is right more often on the short texts of the sentence
//! boundary suite: `tests/lang.rs` scores it on `golden_rules*.jsonl`.

use std::sync::OnceLock;

use super::Lang;
use crate::data::lines;
use crate::hash::Map;

/// Languages told apart by function words, with their lists. The order breaks ties.
static FUNCTION_WORDS: [(Lang, &str); 25] = [
    (Lang::En, crate::data_file!("en/function_words.txt")),
    (Lang::De, crate::data_file!("de/function_words.txt")),
    (Lang::Fr, crate::data_file!("fr/function_words.txt")),
    (Lang::Es, crate::data_file!("es/function_words.txt")),
    (Lang::It, crate::data_file!("it/function_words.txt")),
    (Lang::Pt, crate::data_file!("pt/function_words.txt")),
    (Lang::Nl, crate::data_file!("nl/function_words.txt")),
    (Lang::Da, crate::data_file!("da/function_words.txt")),
    (Lang::Nb, crate::data_file!("nb/function_words.txt")),
    (Lang::Sv, crate::data_file!("sv/function_words.txt")),
    (Lang::Fi, crate::data_file!("fi/function_words.txt")),
    (Lang::Hu, crate::data_file!("hu/function_words.txt")),
    (Lang::Ro, crate::data_file!("ro/function_words.txt")),
    (Lang::Tr, crate::data_file!("tr/function_words.txt")),
    (Lang::Pl, crate::data_file!("pl/function_words.txt")),
    (Lang::Cs, crate::data_file!("cs/function_words.txt")),
    (Lang::Sk, crate::data_file!("sk/function_words.txt")),
    (Lang::Vi, crate::data_file!("vi/function_words.txt")),
    (Lang::Id, crate::data_file!("id/function_words.txt")),
    (Lang::Ru, crate::data_file!("ru/function_words.txt")),
    (Lang::Uk, crate::data_file!("uk/function_words.txt")),
    (Lang::Bg, crate::data_file!("bg/function_words.txt")),
    (Lang::Kk, crate::data_file!("kk/function_words.txt")),
    (Lang::Hi, crate::data_file!("hi/function_words.txt")),
    (Lang::Mr, crate::data_file!("mr/function_words.txt")),
];

/// Letters that point to a language within its script ("ß" German, "ł" Polish, "ї"
/// Ukrainian); each occurrence counts half a function word, at most three words' worth.
static LETTERS: [(Lang, &str); 21] = [
    (Lang::De, "ßäöü"),
    (Lang::Fr, "éèêàçùœëîô"),
    (Lang::Es, "ñ¿¡áíóú"),
    (Lang::It, "àèìòù"),
    (Lang::Pt, "ãõçâêô"),
    (Lang::Da, "æøå"),
    (Lang::Nb, "æøå"),
    (Lang::Sv, "åäö"),
    (Lang::Fi, "äö"),
    (Lang::Hu, "őűáéö"),
    (Lang::Ro, "ăâîșțşţ"),
    (Lang::Tr, "ğışçöü"),
    (Lang::Pl, "ąćęłńśźż"),
    (Lang::Cs, "čďěňřšťůž"),
    (Lang::Sk, "ľĺŕôäčšžý"),
    (Lang::Vi, "đơưăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"),
    (Lang::Ru, "ыэё"),
    (Lang::Uk, "іїєґ"),
    (Lang::Kk, "әғқңөұүһі"),
    (Lang::Bg, "ъ"),
    (Lang::Mr, "ळ"),
];

/// Scripts Brevity tells apart by code point range.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Tamil,
    Thai,
    Myanmar,
    Ethiopic,
    Hangul,
    Kana,
    Han,
}

const SCRIPTS: usize = 14;

fn script(c: char) -> Option<Script> {
    use Script::*;
    Some(match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF if c != '×' && c != '÷' => Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Greek,
        0x400..=0x52F => Cyrillic,
        0x530..=0x58F => Armenian,
        0x590..=0x5FF => Hebrew,
        0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Arabic,
        0x900..=0x97F => Devanagari,
        0xB80..=0xBFF => Tamil,
        0xE00..=0xE7F => Thai,
        0x1000..=0x109F => Myanmar,
        0x1200..=0x137F => Ethiopic,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Hangul,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Kana,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF => Han,
        _ => return None,
    })
}

/// Each function word, with the set of languages (bits, in `FUNCTION_WORDS` order) that use it.
fn function_words() -> &'static Map<&'static str, u32> {
    static WORDS: OnceLock<Map<&'static str, u32>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut map = Map::default();
        for (k, (_, list)) in FUNCTION_WORDS.iter().enumerate() {
            for word in lines(list) {
                *map.entry(word).or_insert(0) |= 1 << k;
            }
        }
        map
    })
}

/// Whether Brevity has a function-word list for `lang`.
pub(crate) fn has_function_words(lang: Lang) -> bool {
    FUNCTION_WORDS.iter().any(|&(l, _)| l == lang)
}

/// Whether `word` (lower case) is one of `lang`'s function words.
pub(crate) fn is_function_word(lang: Lang, word: &str) -> bool {
    let Some(k) = FUNCTION_WORDS.iter().position(|&(l, _)| l == lang) else { return false };
    function_words().get(word).is_some_and(|bits| bits & (1 << k) != 0)
}

/// The languages (bits, in `FUNCTION_WORDS` order) that telling letter `c` points to, read
/// from `LETTERS` (a map built once for this cost a copy of the hash table's code for its
/// `char` keys; detection reads the letters of one sample).
fn letter_bits(c: char) -> u32 {
    let mut bits = 0;
    for (lang, set) in &LETTERS {
        if set.chars().any(|l| l == c) {
            if let Some(k) = FUNCTION_WORDS.iter().position(|(l, _)| l == lang) {
                bits |= 1 << k;
            }
        }
    }
    bits
}

fn separates_words(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || c.is_numeric()
        || matches!(
            c,
            '“' | '”'
                | '‘'
                | '’'
                | '«'
                | '»'
                | '„'
                | '‚'
                | '—'
                | '–'
                | '…'
                | '¿'
                | '¡'
                | '।'
                | '॥'
                | '،'
                | '؛'
                | '؟'
                | '·'
        )
}

pub(super) fn detect(sample: &str) -> Lang {
    let mut counts = [0usize; SCRIPTS];
    for c in sample.chars() {
        if let Some(s) = script(c) {
            counts[s as usize] += 1;
        }
    }
    let Some((best, &n)) = counts.iter().enumerate().max_by_key(|&(i, &n)| (n, std::cmp::Reverse(i))) else {
        return Lang::Und;
    };
    if n == 0 {
        return Lang::Und;
    }
    let count = |s: Script| counts[s as usize];
    match best {
        b if b == Script::Greek as usize => Lang::El,
        b if b == Script::Armenian as usize => Lang::Hy,
        b if b == Script::Hebrew as usize => Lang::He,
        b if b == Script::Tamil as usize => Lang::Ta,
        b if b == Script::Thai as usize => Lang::Th,
        b if b == Script::Myanmar as usize => Lang::My,
        b if b == Script::Ethiopic as usize => Lang::Am,
        b if b == Script::Hangul as usize => Lang::Ko,
        // Japanese mixes kanji with kana; Chinese has no kana.
        b if b == Script::Kana as usize || b == Script::Han as usize => {
            if count(Script::Kana) > 0 {
                Lang::Ja
            } else {
                Lang::Zh
            }
        }
        b if b == Script::Arabic as usize => arabic(sample),
        b if b == Script::Devanagari as usize => by_words(sample, &[Lang::Hi, Lang::Mr]).unwrap_or(Lang::Hi),
        b if b == Script::Cyrillic as usize => {
            // Russian is by far the most written of them; a short text with no telling word
            // ("Сегодня 27.10.14") is most likely Russian.
            by_words(sample, &[Lang::Ru, Lang::Uk, Lang::Bg, Lang::Kk]).unwrap_or(Lang::Ru)
        }
        _ => by_words(sample, &[]).unwrap_or(Lang::Und),
    }
}

/// Urdu and Persian write Arabic script with letters of their own: "ے ں ٹ ڈ ڑ" are Urdu;
/// Persian uses "پ چ ژ گ" and Persian yeh/keheh where Arabic has "ي ك ة".
fn arabic(sample: &str) -> Lang {
    let (mut urdu, mut persian, mut arabic) = (0, 0, 0);
    for c in sample.chars() {
        match c {
            'ے' | 'ں' | 'ٹ' | 'ڈ' | 'ڑ' | 'ھ' => urdu += 1,
            'پ' | 'چ' | 'ژ' | 'گ' | 'ی' | 'ک' => persian += 1,
            'ي' | 'ك' | 'ة' | 'ى' => arabic += 1,
            _ => {}
        }
    }
    if urdu > 0 && urdu * 4 >= arabic {
        Lang::Ur
    } else if persian > arabic {
        Lang::Fa
    } else {
        Lang::Ar
    }
}

/// The language whose function words and letters score highest among `among` (empty: the
/// Latin-script languages), if the evidence is enough.
fn by_words(sample: &str, among: &[Lang]) -> Option<Lang> {
    let words = function_words();
    let allowed = |lang: Lang| {
        if among.is_empty() {
            !matches!(lang, Lang::Ru | Lang::Uk | Lang::Bg | Lang::Kk | Lang::Hi | Lang::Mr)
        } else {
            among.contains(&lang)
        }
    };
    let mut score = [0f32; FUNCTION_WORDS.len()];
    let mut letters = [0usize; FUNCTION_WORDS.len()];
    let mut lower = String::new();
    let mut total = 0usize;
    for word in sample.split(separates_words).filter(|w| !w.is_empty()) {
        total += 1;
        lower.clear();
        if word.is_ascii() {
            // Most words: lowered in place, and no letter of another alphabet to count.
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(word.chars().flat_map(crate::case::lower_char));
            for c in lower.chars().filter(|c| !c.is_ascii()) {
                let bits = letter_bits(c);
                for (k, n) in letters.iter_mut().enumerate() {
                    *n += (bits >> k & 1) as usize;
                }
            }
        }
        if let Some(&bits) = words.get(lower.as_str()) {
            // A word many languages share ("a", "de", "in") says less than one that only
            // one language uses ("the", "und").
            let share = 1.0 / bits.count_ones() as f32;
            for (k, s) in score.iter_mut().enumerate() {
                if bits & (1 << k) != 0 {
                    *s += share;
                }
            }
        }
    }
    let (mut best, mut second) = ((0f32, Lang::Und), 0f32);
    for (k, &(lang, _)) in FUNCTION_WORDS.iter().enumerate() {
        if !allowed(lang) {
            continue;
        }
        let s = score[k] + 0.5 * letters[k].min(6) as f32;
        if s > best.0 {
            second = best.0;
            best = (s, lang);
        } else if s > second {
            second = s;
        }
    }
    // "Hello World." has no function word, "Il motore…" one that French shares: too little
    // to go on. A long text with almost none is in a language without a list.
    let (s, lang) = best;
    (s >= 1.0 && s > second && s * 20.0 >= total as f32).then_some(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One news sentence per language: the kind of text a reader pastes.
    const CASES: &[(Lang, &str)] = &[
        (Lang::En, "The committee met on Tuesday and agreed to publish the report next week."),
        (Lang::De, "Der Bundestag hat am Dienstag über das neue Gesetz abgestimmt, das im nächsten Jahr in Kraft tritt."),
        (Lang::Fr, "Le gouvernement a présenté mardi un projet de loi sur la réforme des retraites."),
        (Lang::Es, "El gobierno anunció el martes un nuevo plan para reducir el desempleo juvenil."),
        (Lang::It, "Il governo ha approvato ieri la nuova legge sul lavoro, che entrerà in vigore a gennaio."),
        (Lang::Pt, "O governo anunciou ontem um novo plano para reduzir o desemprego entre os jovens."),
        (Lang::Nl, "De regering heeft dinsdag een nieuw plan gepresenteerd om de werkloosheid onder jongeren te verminderen."),
        (Lang::Da, "Regeringen har fremlagt en ny plan, som skal mindske arbejdsløsheden blandt de unge efter valget."),
        (Lang::Sv, "Regeringen har lagt fram en ny plan som ska minska arbetslösheten bland unga och den träder i kraft nästa år."),
        (Lang::Nb, "Hun sa at det ikke var noe mer å gjøre etter at de hadde reist hjem."),
        (Lang::Fi, "Hallitus esitteli tiistaina uuden suunnitelman, jonka tavoitteena on vähentää nuorten työttömyyttä."),
        (Lang::Hu, "A kormány kedden új tervet mutatott be, amely szerint csökkenteni kell a fiatalok munkanélküliségét."),
        (Lang::Ro, "Guvernul a prezentat marți un nou plan pentru reducerea șomajului în rândul tinerilor."),
        (Lang::Tr, "Hükümet salı günü gençler arasındaki işsizliği azaltmak için yeni bir plan açıkladı."),
        (Lang::Pl, "Rząd przedstawił we wtorek nowy plan, który ma zmniejszyć bezrobocie wśród młodzieży."),
        (Lang::Cs, "Vláda v úterý představila nový plán, který má snížit nezaměstnanost mezi mladými lidmi."),
        (Lang::Vi, "Chính phủ đã công bố một kế hoạch mới để giảm tình trạng thất nghiệp của người trẻ."),
        (Lang::Id, "Pemerintah mengumumkan rencana baru untuk mengurangi pengangguran di kalangan anak muda."),
        (Lang::Ru, "Правительство во вторник представило новый план по снижению безработицы среди молодежи."),
        (Lang::Uk, "Уряд у вівторок представив новий план щодо зменшення безробіття серед молоді."),
        (Lang::Bg, "Правителството представи във вторник нов план за намаляване на безработицата сред младите."),
        (Lang::Kk, "Үкімет сейсенбі күні жастар арасындағы жұмыссыздықты азайту үшін жаңа жоспар ұсынды."),
        (Lang::El, "Η κυβέρνηση παρουσίασε την Τρίτη ένα νέο σχέδιο για τη μείωση της ανεργίας των νέων."),
        (Lang::Ar, "أعلنت الحكومة يوم الثلاثاء عن خطة جديدة للحد من البطالة بين الشباب."),
        (Lang::Fa, "دولت روز سه‌شنبه طرح جدیدی برای کاهش بیکاری جوانان ارائه کرد."),
        (Lang::Ur, "حکومت نے منگل کو نوجوانوں میں بے روزگاری کم کرنے کے لیے نیا منصوبہ پیش کیا۔"),
        (Lang::He, "הממשלה הציגה ביום שלישי תוכנית חדשה לצמצום האבטלה בקרב צעירים."),
        (Lang::Hi, "सरकार ने मंगलवार को युवाओं में बेरोजगारी कम करने के लिए एक नई योजना पेश की।"),
        (Lang::Mr, "सरकारने मंगळवारी तरुणांमधील बेरोजगारी कमी करण्यासाठी नवी योजना जाहीर केली आहे."),
        (Lang::Hy, "Կառավարությունը երեքշաբթի օրը ներկայացրեց նոր ծրագիր։"),
        (Lang::Ja, "政府は火曜日、若者の失業を減らすための新しい計画を発表した。"),
        (Lang::Zh, "政府周二公布了一项减少青年失业的新计划。"),
        (Lang::Ko, "정부는 화요일 청년 실업을 줄이기 위한 새로운 계획을 발표했다."),
        (Lang::Th, "รัฐบาลประกาศแผนใหม่เพื่อลดการว่างงานของคนหนุ่มสาว"),
    ];

    #[test]
    fn one_sentence_of_news_names_its_language() {
        let wrong: Vec<String> = CASES
            .iter()
            .filter(|(lang, text)| detect(text) != *lang)
            .map(|(lang, text)| format!("{lang}: got {} for {text:?}", detect(text)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn too_little_evidence_is_undetermined() {
        // No function word, no telling letter.
        assert_eq!(detect("Hello World."), Lang::Und);
        assert_eq!(detect("12:30, 2023-05-01"), Lang::Und);
        assert_eq!(detect(""), Lang::Und);
        // "Il" is Italian and French alike.
        assert_eq!(detect("Il motore misurava 120°C."), Lang::Und);
    }

    #[test]
    fn a_few_foreign_words_do_not_change_the_language() {
        let text = "The minister said the Bundestag would vote on the law, which critics call \
                    \"eine Katastrophe\", before the summer recess in Berlin.";
        assert_eq!(detect(text), Lang::En);
        assert_eq!(detect("東京 (Tokyo) is the capital of Japan and its largest city."), Lang::En);
    }
}
