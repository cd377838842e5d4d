// The demo blog's own script: shows what the `brevity-summary` event carries.
document.getElementById("tldr").addEventListener("brevity-summary", (event) => {
  const { summary, stats, ms } = event.detail;
  document.getElementById("timing").textContent =
    `Summarized ${stats.words} words into ${summary.length} sentences in ${Math.max(1, Math.round(ms))} ms, in this browser.`;
});
