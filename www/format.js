// Plain text and Markdown versions of a summary, for the copy buttons. Pure functions of a
// Summary, so they are tested in Node as well as used by the page.

/** The kinds of fact, in the order the page lists them, with their headings. */
export const FACT_KINDS = [
  ["people", "People"],
  ["places", "Places"],
  ["organizations", "Organizations"],
  ["dates", "Dates"],
  ["numbers", "Numbers"],
  ["quotes", "Quotes"],
  ["keyphrases", "Key phrases"],
];

/**
 * A text of `result` as a reader sees it: when the text was read as HTML (`stats.html`), its
 * words without the tags and with the character references decoded (`Tuesday</strong>,
 * <em>March 5` → "Tuesday, March 5"); any other text as it is. The page parses it into an
 * inert document (DOMParser: no script runs, nothing is fetched); elsewhere tags are dropped.
 */
export function shownText(result, text) {
  if (!result?.stats?.html || !/[<&]/.test(text)) return text;
  const words =
    typeof DOMParser === "function"
      ? new DOMParser().parseFromString(text, "text/html").body.textContent
      : text.replace(/<[^<>]*>/g, "");
  return words.replace(/\s+/g, " ").trim();
}

/**
 * A one-line label for a fact: its text, plus its resolved value or speaker when known.
 * `show` turns a text of the result into what a reader sees (`shownText`).
 */
export function factLabel(kind, fact, show = (text) => text) {
  const text = show(fact.text);
  switch (kind) {
    case "dates": {
      // A century comes as its two ISO 8601 digits ("20" for the 21st): shown as its years.
      const value = /^\d\d$/.test(fact.value || "") ? `${fact.value}00–${fact.value}99` : fact.value;
      return value && value !== text ? `${text} (${value})` : text;
    }
    case "numbers": {
      if (typeof fact.value !== "number") return text;
      // The parsed value only when it says more than the text ("two" → 2, "$48 million").
      const value = fact.value.toLocaleString("en");
      const parsed = fact.unit === "%" ? `${value}%` : [value, fact.unit].filter(Boolean).join(" ");
      const same = (a) => a.toLowerCase().replace(/\s+/g, " ").trim();
      return same(parsed) === same(text) ? text : `${text} (${parsed})`;
    }
    case "quotes":
      return fact.speaker ? `“${unquote(text)}” (${fact.speaker})` : `“${unquote(text)}”`;
    default:
      return text;
  }
}

/**
 * The facts of a kind as the page lists them: `{ label, fact, mentions }` in order of first
 * appearance. Entities and key phrases already gather their mentions; dates, numbers and
 * quotes are one fact per occurrence, so those with the same label ("Friday" three times,
 * or "Friday (2024-03-15)") become one item with all their occurrences as mentions.
 */
export function factGroups(kind, facts, show) {
  const groups = [];
  const byLabel = new Map();
  for (const fact of facts || []) {
    const label = factLabel(kind, fact, show);
    if (Array.isArray(fact.mentions)) {
      groups.push({ label, fact, mentions: fact.mentions });
      continue;
    }
    const group = byLabel.get(label);
    if (group) group.mentions.push(fact);
    else {
      const created = { label, fact, mentions: [fact] };
      byLabel.set(label, created);
      groups.push(created);
    }
  }
  return groups;
}

/** `text` without the quotation marks around it. */
export function unquote(text) {
  return text.replace(/^["“”'‘’]+|["“”'‘’]+$/g, "");
}

/** The summary sentences, one per line. */
export function summaryText(result) {
  return result.summary.map((i) => shownText(result, result.sentences[i].text).trim()).join("\n");
}

/** Markdown: the summary as a list, then a list of the facts found, one line per kind. */
export function summaryMarkdown(result) {
  const lines = ["## Summary", ""];
  const show = (text) => shownText(result, text);
  for (const i of result.summary) lines.push(`- ${escapeMarkdown(show(result.sentences[i].text).trim())}`);
  const facts = FACT_KINDS.filter(([kind]) => (result.facts[kind] || []).length > 0);
  if (facts.length > 0) {
    lines.push("", "## Key facts", "");
    for (const [kind, heading] of facts) {
      const items = factGroups(kind, result.facts[kind], show).map((group) => escapeMarkdown(group.label));
      lines.push(`- **${heading}:** ${items.join("; ")}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Backslash-escapes the characters that would turn a sentence into Markdown syntax. */
export function escapeMarkdown(text) {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, "\\$&").replace(/\s*\n\s*/g, " ");
}

/** Words in and out, the reduction, and the time taken. */
export function statsOf(result, ms) {
  const { words, summaryWords, sentences } = result.stats;
  // None without a summary; never "100%" for a summary with words in it (99.96% → 99.9).
  const share = words > 0 ? (1 - summaryWords / words) * 100 : 0;
  let reduction = result.summary.length === 0 ? null : Math.round(share);
  if (reduction === 100 && summaryWords > 0) reduction = Math.floor(share * 10) / 10;
  return {
    sentencesIn: sentences,
    sentencesOut: result.summary.length,
    wordsIn: words,
    wordsOut: summaryWords,
    reduction,
    ms: typeof ms === "number" ? Math.max(1, Math.round(ms)) : null,
  };
}
