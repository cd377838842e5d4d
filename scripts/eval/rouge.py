#!/usr/bin/env python3
"""ROUGE of Brevity's summaries beside Lead-3, per collection.

    scripts/eval/rouge.py [FILE] [--half all|train|test] [--sentences N] [--limit N]
                          [--bin PATH] [--markdown] [--baselines [--sample N]]

FILE is a JSONL file of the evaluation data (`cnndm_lower_dev.jsonl`, `news_dev.jsonl`,
...), a name resolved in $BREVITY_EVAL_DIR or else `<repo>/../shared/eval`, or a path.
The script creates its own virtual environment (`<repo>/.venv`, git-ignored) with the
pinned packages of `scripts/eval/requirements.txt` and re-runs itself there; it builds
`brevity` (`cargo build --release --features cli`) unless `--bin` names one.

Scoring follows the issue: Google's `rouge-score` with
`RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)`, summary sentences
joined with "\\n", mean F1 over the articles. Lead-3 is the first N sentences of the
same split that Brevity returns (`sentences` of its result), so both are measured on the
same articles with the same sentence boundaries.

`--baselines` adds the classic unsupervised methods of `sumy` (LexRank, TextRank, LSA,
Luhn, KL-Sum, SumBasic; pinned in requirements.txt) in a second table (one row a
method, Brevity and Lead-3 among them; one column a collection). They get the very sentences
that Lead-3 gets (every sentence of Brevity's split, in order), a plain word tokenizer
(`baseline_words`), sumy's Snowball stemmer and its bundled English stop words: nothing
that needs NLTK data downloaded (its punkt models are not reachable here), and every
method sees the same sentences. `--sample N` scores the baselines (and, in that table,
Brevity and Lead-3) on every k-th article only, k = ceil(articles / N), a fixed sample.

`--half` picks a half of the file by a hash of `split_key` (see `half_of`): the learned
scorer is trained on the `train` half only (scripts/train/scorer.py), so `test` is the
honest figure; `all` is the whole file.
"""

import argparse
import hashlib
import json
import os
import subprocess
import sys
from collections import defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VENV = os.path.join(REPO, ".venv")
REQUIREMENTS = os.path.join(REPO, "scripts", "eval", "requirements.txt")


def ensure_venv():
    """Re-runs this process inside <repo>/.venv, creating it with the pinned packages."""
    if os.path.abspath(sys.prefix) == os.path.abspath(VENV):
        return
    python = os.path.join(VENV, "bin", "python")
    marker = os.path.join(VENV, "requirements.installed")
    wanted = open(REQUIREMENTS).read()
    if not os.path.exists(python):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    if not os.path.exists(marker) or open(marker).read() != wanted:
        subprocess.check_call([python, "-m", "pip", "install", "-q", "-r", REQUIREMENTS])
        with open(marker, "w") as f:
            f.write(wanted)
    os.execv(python, [python] + sys.argv)


def eval_dir():
    """$BREVITY_EVAL_DIR, else `<repo>/../shared/eval` (a git worktree one level deeper
    finds it at `<repo>/../../shared/eval`)."""
    if os.environ.get("BREVITY_EVAL_DIR"):
        return os.environ["BREVITY_EVAL_DIR"]
    near = os.path.join(REPO, "..", "shared", "eval")
    far = os.path.join(REPO, "..", "..", "shared", "eval")
    return near if os.path.isdir(near) or not os.path.isdir(far) else far


def resolve(name):
    if os.path.exists(name):
        return name
    path = os.path.join(eval_dir(), name)
    if not os.path.exists(path) and not name.endswith(".jsonl"):
        path += ".jsonl"
    if not os.path.exists(path):
        sys.exit(f"rouge.py: no evaluation file {name!r} (looked in {eval_dir()})")
    return path


def half_of(split_key):
    """'train' or 'test': a stable hash of the split key, so duplicates share a half."""
    return "train" if hashlib.md5(split_key.encode()).digest()[0] % 2 == 0 else "test"


def load(path, half="all", limit=None):
    items = []
    with open(path) as f:
        for line in f:
            if not line.strip():
                continue
            item = json.loads(line)
            if half != "all" and half_of(item.get("split_key", item["id"])) != half:
                continue
            items.append(item)
            if limit and len(items) >= limit:
                break
    return items


def build(binary=None):
    if binary:
        return binary
    subprocess.check_call(
        ["cargo", "build", "--quiet", "--release", "--features", "cli"], cwd=REPO, stdout=sys.stderr
    )
    return os.path.join(REPO, "target", "release", "brevity")


def run_brevity(binary, items, extra_args=(), command="summarize"):
    """Runs `brevity <command> --jsonl` over the items; returns the results by id."""
    lines = "".join(json.dumps({"id": it["id"], "text": it["text"]}) + "\n" for it in items)
    args = [binary, command, "--jsonl", "--facts", "none", *extra_args]
    out = subprocess.run(args, input=lines, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        sys.exit(f"rouge.py: {' '.join(args)} failed ({out.returncode}): {out.stderr.strip()}")
    results = {}
    for line in out.stdout.splitlines():
        r = json.loads(line)
        results[r["id"]] = r
    return results


BASELINES = ("LexRank", "TextRank", "LSA", "Luhn", "KL-Sum", "SumBasic")


def baseline_words(sentence):
    """sumy's word tokenizer needs NLTK's punkt data; this is what it keeps of a sentence
    (runs of letters and digits, inner apostrophes kept), without it."""
    import regex

    return tuple(regex.findall(r"\w+(?:['’]\w+)*", sentence))


def make_baselines():
    """name -> function(texts, n) -> indices of the n sentences the sumy method picks."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    class Tokenizer:
        language = "english"

        @staticmethod
        def to_words(sentence):
            return baseline_words(sentence)

    tokenizer = Tokenizer()
    stemmer = Stemmer("english")
    stop_words = get_stop_words("english")
    classes = (
        LexRankSummarizer, TextRankSummarizer, LsaSummarizer, LuhnSummarizer, KLSummarizer, SumBasicSummarizer,
    )
    summarizers = {}
    for name, cls in zip(BASELINES, classes):
        summarizer = cls(stemmer)
        summarizer.stop_words = stop_words
        summarizers[name] = summarizer

    def run(summarizer):
        def pick(texts, n):
            sentences = [Sentence(t, tokenizer) for t in texts]
            document = ObjectDocumentModel([Paragraph(sentences)])
            index = {id(s): i for i, s in enumerate(sentences)}
            return sorted(index[id(s)] for s in summarizer(document, n))

        return pick

    return {name: run(s) for name, s in summarizers.items()}


def make_scorer():
    """The issue's scorer. NLTK's Porter stemmer dominates its run time, so its `stem` is
    memoized: a pure function of the word, so the scores are unchanged."""
    import functools

    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    stemmer = getattr(getattr(scorer, "_tokenizer", None), "_stemmer", None)
    if stemmer is not None:
        stemmer.stem = functools.lru_cache(maxsize=None)(stemmer.stem)
    return scorer


def one_line(sentence):
    # rougeLsum splits on "\n": a sentence with a line break inside stays one sentence.
    return " ".join(sentence.split())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", default="cnndm_lower_dev.jsonl")
    parser.add_argument("--half", choices=["all", "train", "test"], default="all")
    parser.add_argument("--sentences", type=int, default=3, help="summary length, for Brevity and Lead-N")
    parser.add_argument("--limit", type=int, help="first N articles only")
    parser.add_argument("--bin", help="a built brevity binary (default: build one)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--baselines", action="store_true", help="also sumy's classic methods, in a second table")
    parser.add_argument("--sample", type=int, help="with --baselines: score that table on every k-th article only")
    args = parser.parse_args()
    ensure_venv()
    items = load(resolve(args.file), args.half, args.limit)
    if not items:
        sys.exit("rouge.py: no articles selected")
    binary = build(args.bin)
    results = run_brevity(binary, items, ["--sentences", str(args.sentences)])
    scorer = make_scorer()
    keys = ("rouge1", "rouge2", "rougeLsum")
    sums = defaultdict(lambda: {"n": 0, "brevity": [0.0] * 3, "lead": [0.0] * 3})
    baselines = make_baselines() if args.baselines else {}
    step = -(-len(items) // args.sample) if args.sample else 1
    long_sums = defaultdict(lambda: [0, 0.0, 0.0, 0.0])
    for number, it in enumerate(items):
        r = results[it["id"]]
        reference = "\n".join(one_line(s) for s in it["summary"])
        texts = [s["text"] for s in r["sentences"]]
        ours = "\n".join(one_line(texts[i]) for i in r["summary"])
        lead = "\n".join(one_line(t) for t in texts[: args.sentences])
        for group in (it.get("collection", "all"), "(all)"):
            acc = sums[group]
            acc["n"] += 1
            for name, prediction in (("brevity", ours), ("lead", lead)):
                s = scorer.score(reference, prediction)
                for k, key in enumerate(keys):
                    acc[name][k] += s[key].fmeasure
        if baselines and number % step == 0:
            systems = {"Brevity": ours, "Lead-3": lead}
            for name, pick in baselines.items():
                systems[name] = "\n".join(one_line(texts[i]) for i in pick(texts, args.sentences))
            for name, prediction in systems.items():
                s = scorer.score(reference, prediction)
                for group in (it.get("collection", "all"), "(all)"):
                    acc = long_sums[(name, group)]
                    acc[0] += 1
                    for k, key in enumerate(keys):
                        acc[k + 1] += s[key].fmeasure
    groups = sorted(g for g in sums if g != "(all)")
    if len(groups) > 1:
        groups.append("(all)")
    header = ["collection", "n", "Brevity R-1", "R-2", "R-Lsum", "Lead-3 R-1", "R-2", "R-Lsum"]
    rows = []
    for g in groups:
        acc = sums[g]
        n = acc["n"]
        row = [g, str(n)]
        row += [f"{100 * v / n:.2f}" for v in acc["brevity"]]
        row += [f"{100 * v / n:.2f}" for v in acc["lead"]]
        rows.append(row)
    title = f"{os.path.basename(args.file)}, half={args.half}, {args.sentences} sentences"
    show(title, header, rows, args.markdown)
    if baselines:
        # One row a method, one column a collection, "R-1 / R-2 / R-Lsum" in each cell.
        header = ["method"] + [f"{g} ({long_sums[('Brevity', g)][0]})" for g in groups]
        rows = []
        for name in ("Brevity", "Lead-3") + BASELINES:
            row = [name]
            for g in groups:
                acc = long_sums[(name, g)]
                row.append(" / ".join(f"{100 * v / acc[0]:.2f}" for v in acc[1:]) if acc[0] else "-")
            rows.append(row)
        sample = f", 1 article in {step}" if step > 1 else ""
        print()
        show(f"{title}, sumy baselines{sample} (R-1 / R-2 / R-Lsum)", header, rows, args.markdown)


def show(title, header, rows, markdown):
    """Prints a table; the first column is labels."""
    if markdown:
        print(f"{title}\n")
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        print(title)
        widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
        for row in [header] + rows:
            print("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))))


if __name__ == "__main__":
    main()
