//! Which lines are prose, and which are page debris (captions, bylines, metadata).

use crate::types::SentenceKind;

/// Classifies one sentence of the text from its own words.
pub fn classify(sentence: &str) -> SentenceKind {
    let s = sentence.trim();
    let lower = s.to_lowercase();
    let words = s.split_whitespace().count();
    let last = s.chars().last().unwrap_or(' ');
    // "By Jane Doe", "Additional reporting by …", "… contributed to this report."
    if (lower.starts_with("by ") && words <= 8)
        || lower.starts_with("additional reporting by")
        || lower.starts_with("reporting by")
        || lower.starts_with("reported from")
        || lower.starts_with("editing by")
        || lower.contains("contributed to this report")
    {
        return SentenceKind::Byline;
    }
    // `date 2023-05-01`, "Updated 3:14 PM ET", "Read more", "Advertisement", "Share this".
    if lower.starts_with("updated ")
        || lower.starts_with("published ")
        || lower.starts_with("published:")
        || lower.starts_with("date ")
        || lower.starts_with("read more")
        || lower == "advertisement"
        || lower.starts_with("share this")
        || lower.starts_with("click here")
    {
        return SentenceKind::Meta;
    }
    // "A crowd outside the court. Photo: AP", "(EPA)", "… – Reuters file"
    if lower.contains("photo:")
        || lower.contains("photograph:")
        || lower.ends_with("(epa)")
        || lower.ends_with("(ap)")
        || lower.ends_with("(reuters)")
        || lower.ends_with("reuters file")
        || lower.ends_with("getty images")
        || lower.contains("image copyright")
        || lower.contains("image caption")
    {
        return SentenceKind::Caption;
    }
    if !matches!(last, '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | '。' | '…') && words <= 20 {
        return SentenceKind::Heading;
    }
    SentenceKind::Prose
}
