// Builds the page's output from a Summary. User text only ever reaches the DOM through
// textContent and text nodes, never innerHTML, so pasted markup stays text.

/** Removes every child of `element`. */
export function clear(element) {
  while (element.firstChild) element.firstChild.remove();
}

/** The summary as a list of sentences, in document order. */
export function renderSummary(list, result) {
  clear(list);
  for (const index of result.summary) {
    const li = document.createElement("li");
    li.textContent = result.sentences[index].text;
    li.dataset.sentence = String(index);
    list.append(li);
  }
}

/**
 * The whole input, sentence by sentence, with the summary sentences marked.
 * Gaps between sentences (spaces, blank lines) are kept as text nodes, so the
 * source reads exactly as pasted.
 */
export function renderSource(container, text, result) {
  clear(container);
  const chosen = new Set(result.summary);
  let at = 0;
  result.sentences.forEach((sentence, index) => {
    if (sentence.start > at) container.append(document.createTextNode(text.slice(at, sentence.start)));
    const span = document.createElement(chosen.has(index) ? "mark" : "span");
    span.className = "sentence";
    span.dataset.sentence = String(index);
    span.textContent = text.slice(sentence.start, sentence.end);
    container.append(span);
    at = sentence.end;
  });
  if (at < text.length) container.append(document.createTextNode(text.slice(at)));
}

/** Sentence count and reduction, in words. */
export function renderStats(element, result) {
  const { sentences, words, summaryWords } = result.stats;
  if (sentences === 0) {
    element.textContent = "";
    return;
  }
  const reduction = words > 0 ? Math.round((1 - summaryWords / words) * 100) : 0;
  element.textContent =
    `${result.summary.length} of ${sentences} sentences · ${summaryWords} of ${words} words · ${reduction}% shorter`;
}
