// Wiring only: read the input, ask the worker, hand the result to render.js.
import { renderSource, renderStats, renderSummary } from "./render.js";

const text = document.getElementById("text");
const sentences = document.getElementById("sentences");
const status = document.getElementById("status");
const summary = document.getElementById("summary");
const source = document.getElementById("source");
const stats = document.getElementById("stats");

const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
let latest = 0;
let timer = 0;

worker.onmessage = (event) => {
  const { id, result, error } = event.data;
  if (id !== latest) return; // an older job, already superseded by an edit
  if (error) {
    status.textContent = error;
    return;
  }
  status.textContent = "";
  renderSummary(summary, result);
  renderSource(source, text.value, result);
  renderStats(stats, result);
  document.body.dataset.state = "done";
};
worker.onerror = (event) => {
  status.textContent = `The summarizer failed to load: ${event.message || "unknown error"}`;
};

function request() {
  const n = Number(sentences.value);
  if (!Number.isInteger(n) || n < 1) {
    status.textContent = "Sentences must be a whole number of at least 1.";
    return;
  }
  latest += 1;
  document.body.dataset.state = "working";
  worker.postMessage({ id: latest, text: text.value, options: { sentences: n } });
}

function later() {
  clearTimeout(timer);
  timer = setTimeout(request, 150);
}

text.addEventListener("input", later);
sentences.addEventListener("input", request);
request();
