#!/usr/bin/env python3
"""Trains the sentence scorer shipped in src/data/model/scorer.txt.

    scripts/train/scorer.py [--trees N] [--leaves N] [--rate R] [--check] [--out PATH]

1. `brevity features` (built with `--features cli --release`) writes every sentence's
   feature row for the articles of `cnndm_lower_dev.jsonl` and `news_dev.jsonl`
   (found like scripts/eval/rouge.py does: $BREVITY_EVAL_DIR or `<repo>/../shared/eval`).
2. Label (`--label soft`, the default): of the 8 prose sentences with the best ROUGE-1+2
   F1 alone, every summary of 1 to 3 of them is scored (mean ROUGE-1/ROUGE-2 F1 against
   the reference, as the greedy oracle scores), and a sentence's label is its share of the
   3 best summaries, each weighted by its score (`soft_labels`). `--label oracle`: whether
   the sentence is in the greedy oracle (add the sentence that most raises the score, up
   to three, while it still rises). Held-out half, ROUGE-1 of oracle → soft label (with
   the selection of src/select.rs): lower-cased CNN/DailyMail 41.48 → 41.49 (R-Lsum 37.81
   → 37.91), BBC 58.35 → 58.78, FRANK 39.89 → 40.45, Newsroom 23.63 → 25.33, SummEval
   38.60 → 39.04, RealSumm 44.05 → 44.59. The greedy oracle names one summary where
   several are near-equal. Scoring only 3-sentence summaries (`--soft-exact 1`) measured
   the same on CNN/DailyMail (41.52) but flattened the labels of short texts: trained on
   all the data, it left the lead sentence out of a five-sentence news item
   (tests/summarize.rs, `lower_cased_tokenized_news_is_split_and_summarized`). FINDINGS:
   per-sentence ROUGE regression is worse than either label; so was `lambdarank` (41.27).
3. Only the `train` half of each file (scripts/eval/rouge.py `half_of(split_key)`) is used,
   so `rouge.py --half test` measures on articles the model has not seen.
4. LightGBM gradient-boosted trees (log loss on the labels: `cross_entropy`), one thread, fixed seed:
   deterministic. Thresholds and values are written with 4 significant digits and the Rust
   side reads exactly what is written; `--check` prints the test-half ROUGE that a Python
   copy of the selection (top 3, trigram blocking as src/select.rs does it) gets, for quick tuning.
5. The summary reranker (`--rerank 1`, the default; scripts/train/rerank.py, which says how):
   the trees are cross-fitted on the two folds of the training articles (same settings), so
   every training article gets sentence scores from trees that did not see it; the reranker
   is fitted on candidate summaries built from those scores and written to
   `src/data/model/rerank.txt`. `--check` then prints the test half's ROUGE of both the greedy
   selection and the reranked one (held out, cnndm_lower_dev R-1 41.50 → 42.03 in this copy;
   `rouge.py --half test` measures the Rust code: 41.49 → 42.01). The candidates' sentence
   scores and words are saved in `artifacts/train/rerank-{train,all}.pkl` for
   `scripts/train/rerank.py`'s tuning loop.

6. Paragraph copies (`--paragraphs 1`; measured and not the default; `paragraph_versions`):
   every train article but BBC's is also trained with a blank line after every 1 to 3
   sentences (from a hash of the id). Only BBC's texts have paragraphs in the dev files, and
   XSum cut each one's first sentence off to be its reference, so the trees may learn that a
   text in paragraphs has a weaker lead: a pasted article (always in paragraphs) keeps its
   lead less often than the same text with its paragraphs joined (scripts/eval/lead.py over
   96 pasted pages, shipped models: lead in the summary 76 with paragraphs, 82 joined; with
   the copies 78 and 79). Two-fold held-out R-1, without → with: cnndm_lower_dev 42.06 →
   42.01, BBC 59.38 → 57.37 (Lead-3 44.80), FRANK 41.52 → 41.04 (Lead-3 41.24: below),
   SummEval 41.65 → 41.07, RealSumm 43.82 → 44.61, Newsroom 24.26 → 23.60. Two leads in 96
   pages did not pay for FRANK falling below Lead-3. Also tried: `--drop paragraph
   in_paragraph paragraphs` (held-out half: FRANK 40.44 → 36.44, SummEval 38.61 → 36.88, as
   mixed case then singled out BBC), the copies with `--mixed-weight 3` (two-fold BBC 55.83;
   the joined texts' lead rate fell to 72 of 96), and the copies with `--drop paragraphs`
   (leads 80 and 78, but held-out FRANK 40.20 → 38.33 and SummEval 39.07 → 37.87). A real
   fix needs mixed-case news with paragraphs and its lead among the training texts.

Same venv as rouge.py (`<repo>/.venv`, pinned `scripts/eval/requirements.txt`).
"""

import argparse
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "eval"))
import rouge  # noqa: E402  (scripts/eval/rouge.py)
import rerank  # noqa: E402  (scripts/train/rerank.py)

FILES = ["cnndm_lower_dev.jsonl", "news_dev.jsonl"]
MONOTONE_DOWN = {"position", "position_share", "paragraph", "in_paragraph"}
MAX_ORACLE = 3
RERANK_SIZES = (3,)  # summary lengths the reranker is trained on


BUCKETS = 4096


def dump_features(binary, path, cache_dir):
    """Runs `brevity features` over a file, cached by the binary's and the file's mtime."""
    os.makedirs(cache_dir, exist_ok=True)
    # Nanoseconds and size: two copies of different binaries made in the same second
    # must not share a cache.
    stamp = f"{os.stat(binary).st_mtime_ns}-{os.path.getsize(binary)}-{int(os.path.getmtime(path))}-{BUCKETS}v"
    out = os.path.join(cache_dir, os.path.basename(path) + f".{stamp}.features.jsonl")
    if not os.path.exists(out):
        for old in os.listdir(cache_dir):
            if old.startswith(os.path.basename(path) + "."):
                os.remove(os.path.join(cache_dir, old))
        with open(path) as src, open(out + ".tmp", "w") as dst:
            subprocess.run(
                [binary, "features", "--buckets", str(BUCKETS), "--vectors", "-"], stdin=src, stdout=dst, check=True
            )
        os.replace(out + ".tmp", out)
    rows = {}
    with open(out) as f:
        for line in f:
            r = json.loads(line)
            rows[r["id"]] = r
    return rows, out


def cached_json(path, compute):
    """The JSON stored at `path`; else `compute()`, stored there first."""
    if os.path.exists(path):
        return json.load(open(path))
    value = compute()
    with open(path, "w") as f:
        json.dump(value, f)
    return value


def prose_texts(feats, item):
    """The texts of an article's prose sentences, from its feature dump."""
    return [s["text"] for s in feats[item["id"]]["sentences"] if s["kind"] == "prose"]


def oracle_labels(tokenize, items, feats, features_path):
    """Oracle indices (among each article's prose sentences) per id, cached beside the
    features they were computed from."""
    return cached_json(
        features_path + ".oracle.json",
        lambda: {
            it["id"]: oracle(tokenize, [tokenize(t) for t in prose_texts(feats, it)], it["summary"]) for it in items
        },
    )


def write_copies(items, features_path, name, all_halves, train_half, copies_of):
    """Writes the copies `copies_of(item)` gives of each train article (all articles with
    `all_halves`) as a JSONL file beside the features, named after `name` and the half, and
    returns its path; a file written before is reused."""
    half = "-all" if all_halves else ("" if train_half == "train" else f"-{train_half}")
    path = features_path + f".{name}{half}.jsonl"
    if os.path.exists(path):
        return path
    with open(path + ".tmp", "w") as out:
        for it in items:
            if rouge.half_of(it.get("split_key", it["id"])) != train_half and not all_halves:
                continue
            for copy in copies_of(it):
                out.write(json.dumps(copy) + "\n")
    os.replace(path + ".tmp", path)
    return path


def sentence_ends(text, sentences):
    """(end offset in `text`, whether prose) of each sentence in order, up to the first one
    not found in `text`."""
    ends, at = [], 0
    for sentence in sentences:
        found = text.find(sentence["text"], at)
        if found < 0:
            break
        at = found + len(sentence["text"])
        ends.append((at, sentence["kind"] == "prose"))
    return ends


def short_versions(items, feats, features_path, all_halves, copies=1, train_half="train"):
    """Train articles cut after their k-th prose sentence (k = 3..12, from a hash of the id;
    `copies` cuts an article, distinct k), written as a JSONL file beside the features. Few
    dev articles are short, and without these a pasted six-sentence text got position
    weights learned on thirty-sentence ones."""

    def cut(it):
        text = it["text"]
        digest = hashlib.md5(it["id"].encode()).digest()
        cuts = []
        for j in range(copies):
            k = 3 + digest[1 + 2 * j] % 10
            if k not in cuts:
                cuts.append(k)
        ends = sentence_ends(text, feats[it["id"]]["sentences"])
        for j, k in enumerate(cuts):
            # The end of the k-th prose sentence.
            prose = [at for at, is_prose in ends if is_prose]
            at = prose[k - 1] if len(prose) >= k else None
            if at is not None and at < len(text) - 200:
                yield dict(it, id=it["id"] + ("#short" if j == 0 else f"#short{j + 1}"), text=text[:at])

    suffix = "" if copies == 1 else str(copies)
    return write_copies(items, features_path, f"short{suffix}", all_halves, train_half, cut)


def paragraph_versions(items, feats, features_path, all_halves, train_half="train"):
    """Train articles other than BBC's with a blank line after every 1 to 3 sentences (from a
    hash of the id), written as a JSONL file beside the features. In the dev files only BBC's
    texts have paragraphs, and XSum cut their first sentence off to be the reference: trained
    on those alone, the trees may learn that a text in paragraphs has a lead worth less, and a
    pasted news article (always in paragraphs) loses its lead."""

    def broken(it):
        if it.get("source") == "bbc":
            return
        text = it["text"]
        digest = hashlib.md5(it["id"].encode()).digest()
        ends = [at for at, _ in sentence_ends(text, feats[it["id"]]["sentences"])]
        # Sentences are spans with only white space between them: a cut at a sentence's
        # end changes no sentence.
        cuts, k, due = [], 0, 1 + digest[0] % 3
        for n, end in enumerate(ends[:-1], 1):
            if n == due:
                cuts.append(end)
                k += 1
                due += 1 + (digest[k % 16] + k // 16) % 3
        if cuts:
            bounds = [0] + cuts + [len(text)]
            paragraphs = [text[a:b].strip() for a, b in zip(bounds, bounds[1:])]
            yield dict(it, id=it["id"] + "#para", text="\n\n".join(paragraphs))

    return write_copies(items, features_path, "para", all_halves, train_half, broken)


def ngram_matrix(rows):
    """Sparse rows: each sentence's n-gram buckets, each weighing 1/count (a mean)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    data, cols, ptr = [], [], [0]
    for g in rows:
        n = max(len(g), 1)
        for b in g:
            cols.append(b)
            data.append(1.0 / n)
        ptr.append(len(cols))
    return csr_matrix((np.array(data), np.array(cols), np.array(ptr)), shape=(len(rows), BUCKETS))


def fit_ngrams(G, y, w, l2=1.0):
    """Weighted logistic regression on the n-gram means (L-BFGS, L2): one weight a bucket."""
    import numpy as np
    from scipy.optimize import minimize

    y = np.asarray(y, dtype=float)

    def loss(theta):
        # Log loss with targets in [0, 1] (0/1 for the oracle label, shares for soft ones).
        m = G @ theta[:-1] + theta[-1]
        value = np.sum(w * (np.logaddexp(0, m) - y * m)) + 0.5 * l2 * np.dot(theta[:-1], theta[:-1])
        d = w * (1 / (1 + np.exp(-m)) - y)
        grad = np.concatenate([G.T @ d + l2 * theta[:-1], [d.sum()]])
        return value, grad

    res = minimize(loss, np.zeros(G.shape[1] + 1), jac=True, method="L-BFGS-B", options={"maxiter": 300})
    return res.x[:-1]


def quantize(weights):
    import numpy as np

    scale = float(np.abs(weights).max()) / 127 or 1.0
    scale = float(f"{scale:.6g}")
    return scale, np.clip(np.round(weights / scale), -127, 127).astype(np.int64)


def ngram_scores(table, rows):
    """What src/score/ngrams.rs computes: scale * (sum of the integers / count), in f32."""
    import numpy as np

    scale, q = table
    out = np.zeros(len(rows), dtype=np.float32)
    for i, g in enumerate(rows):
        if g:
            out[i] = np.float32(scale) * (np.float32(q[g].sum()) / np.float32(len(g)))
    return out


def set_ranks(X, col, rank_col, article):
    """rank_col = share of the article's sentences with a strictly smaller col (an
    article's rows are contiguous)."""
    import numpy as np

    article = np.asarray(article)
    cuts = np.flatnonzero(np.diff(article)) + 1
    for idx in np.split(np.arange(len(article)), cuts):
        v = np.sort(X[idx, col])
        X[idx, rank_col] = np.searchsorted(v, X[idx, col], side="left") / np.float32(len(idx))


def export_ngrams(table, path, note):
    scale, q = table
    with open(path, "w") as f:
        f.write("# source: generated by `scripts/train/scorer.py` (logistic regression on hashed word\n")
        f.write(f"# 1-/2-grams, oracle labels), do not edit. {note}\n")
        f.write("# Format: src/score/ngrams.rs.\n")
        f.write(f"buckets {BUCKETS}\nscale {scale}\nw " + " ".join(str(int(v)) for v in q) + "\n")


def ngrams(tokens, n):
    from collections import Counter

    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def f1(overlap, pred, ref):
    if pred == 0 or ref == 0 or overlap == 0:
        return 0.0
    p, r = overlap / pred, overlap / ref
    return 2 * p * r / (p + r)


class Reference:
    """A reference summary's unigrams and bigrams, for ROUGE-1 + ROUGE-2 F1."""

    def __init__(self, tokenize, reference):
        tokens = tokenize(" ".join(reference))
        self.grams = [ngrams(tokens, 1), ngrams(tokens, 2)]
        self.sizes = [sum(c.values()) for c in self.grams]

    def score(self, grams):
        """ROUGE-1 + ROUGE-2 F1 of a summary given as its [unigram, bigram] counts."""
        total = 0.0
        for k in range(2):
            ref = self.grams[k]
            overlap = sum(min(c, ref[t]) for t, c in grams[k].items() if t in ref)
            total += f1(overlap, sum(grams[k].values()), self.sizes[k])
        return total


def oracle(tokenize, sentences, reference):
    """Indices of the greedy ROUGE-1+2 oracle among `sentences` (lists of tokens)."""
    ref = Reference(tokenize, reference)
    grams = [[ngrams(s, 1), ngrams(s, 2)] for s in sentences]
    chosen, best = [], 0.0
    current = [ngrams([], 1), ngrams([], 2)]
    while len(chosen) < MAX_ORACLE:
        pick, pick_score = None, best
        for i, g in enumerate(grams):
            if i in chosen:
                continue
            score = ref.score([current[k] + g[k] for k in range(2)])
            if score > pick_score:
                pick, pick_score = i, score
        if pick is None:
            break
        chosen.append(pick)
        best = pick_score
        current = [current[k] + grams[pick][k] for k in range(2)]
    return chosen


def soft_labels(tokenize, items, feats, features_path, top=5, pool=8, exact=False):
    """Soft labels per id (one value in [0, 1] a prose sentence), cached beside the
    features: of the `pool` sentences with the best ROUGE-1+2 F1 alone, every summary of 3
    of them (`exact`; else of 1..3) is scored like the oracle, and a sentence's label is its
    share of the `top` best summaries, each weighted by its score. The greedy oracle names
    one set where several are near-equal; this tells the trees which sentences are nearly as
    good."""
    import itertools

    def article(it):
        texts = prose_texts(feats, it)
        ref = Reference(tokenize, it["summary"])
        grams = [[ngrams(t, 1), ngrams(t, 2)] for t in (tokenize(x) for x in texts)]

        def score(combo):
            return ref.score([sum((grams[i][k] for i in combo), ngrams([], 1)) for k in range(2)])

        alone = sorted(range(len(texts)), key=lambda i: (-score((i,)), i))[:pool]
        sizes = [min(MAX_ORACLE, len(alone))] if exact else range(1, MAX_ORACLE + 1)
        combos = [c for n in sizes for c in itertools.combinations(sorted(alone), n)]
        scored = sorted(((score(c), c) for c in combos), key=lambda x: (-x[0], x[1]))[:top]
        label = [0.0] * len(texts)
        total = sum(v for v, _ in scored)
        if total > 0:
            for v, c in scored:
                for i in c:
                    label[i] += v / total
        return label

    path = features_path + f".soft{top}-{pool}{'-exact' if exact else ''}.json"
    return cached_json(path, lambda: {it["id"]: article(it) for it in items})


SHARED_TRIGRAMS = 2  # src/select.rs: a repeat shares this many word trigrams with a chosen sentence


def select(scores, sentence_words, n=3):
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    chosen, grams = [], []
    for i in order:
        if len(chosen) >= n:
            break
        g = rerank.trigrams(sentence_words[i])
        if any(len(g & c) >= SHARED_TRIGRAMS for c in grams):
            continue
        chosen.append(i)
        grams.append(g)
    for i in order:
        if len(chosen) >= n:
            break
        if i not in chosen:
            chosen.append(i)
    return sorted(chosen)


DIGITS = 4


def fmt(x):
    """Significant digits kept in the file: 4 cost nothing measurable, and keep it small."""
    s = f"{x:.{DIGITS}g}"
    return s[1:] if s.startswith("0.") else ("-" + s[2:] if s.startswith("-0.") else s)


def export(booster, names, path, note):
    model = booster.dump_model()
    assert model["feature_names"] == names, (model["feature_names"], names)
    lines = [
        "# source: generated by `scripts/train/scorer.py` (LightGBM gradient-boosted trees), do not edit.",
        f"# {note}",
        "# Format: src/score/model.rs. Inner node `feature<threshold:value`, leaf `value`, preorder.",
        "features " + " ".join(names),
        "bias 0",
    ]

    def walk(node, out):
        if "leaf_value" in node:
            out.append(fmt(node["leaf_value"]))
            return
        assert node["decision_type"] == "<=", node["decision_type"]
        assert not node.get("default_left") or True
        out.append(f"{node['split_feature']}<{fmt(node['threshold'])}:{fmt(node['internal_value'])}")
        walk(node["left_child"], out)
        walk(node["right_child"], out)

    for tree in model["tree_info"]:
        out = []
        walk(tree["tree_structure"], out)
        lines.append("t " + " ".join(out))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trees", type=int, default=100)
    parser.add_argument("--leaves", type=int, default=8)
    parser.add_argument("--rate", type=float, default=0.15)
    parser.add_argument("--min-leaf", type=int, default=100)
    parser.add_argument("--bagging", type=float, default=1.0, help="share of the sentences each tree sees")
    parser.add_argument("--feature-fraction", type=float, default=1.0, help="share of the features each tree sees")
    parser.add_argument(
        "--bbc-weight", type=float, default=0.5,
        help="weight of BBC sentences: its references are long extracts (~45 %% of the article), "
        "unlike the news highlights the product aims at",
    )
    parser.add_argument(
        "--train-on", choices=["train", "test", "all"], default="train",
        help="train: the train half only (then `rouge.py --half test` is honest); test: the other half "
        "(then `rouge.py --half train` is honest: the two together are a two-fold cross-validation); "
        "all: both halves (the shipped model: more data, but no held-out part of the dev files is left)",
    )
    parser.add_argument(
        "--mixed-weight", type=float, default=1.0,
        help="weight of the mixed-case news articles of news_dev that are not BBC's (FRANK, SummEval, Newsroom)",
    )
    parser.add_argument(
        "--drop", nargs="*", default=[], metavar="FEATURE",
        help="features the trees may not use (their column is held constant in training)",
    )
    parser.add_argument("--monotone", type=int, default=1, help="scores never rise with position (1) or free (0)")
    parser.add_argument("--short", type=int, default=1, help="cut-short copies of each train article (0: none)")
    parser.add_argument(
        "--paragraphs", type=int, default=0,
        help="copies of each train article but BBC's in paragraphs of 1 to 3 sentences (1) or none (0): "
        "pasted news always has paragraphs, and without these only BBC's lead-less texts do (see step 6; measured, not kept)",
    )
    parser.add_argument(
        "--objective", choices=["binary", "lambdarank", "cross_entropy"], default="cross_entropy",
        help="binary and lambdarank need 0/1 labels (--label oracle)",
    )
    parser.add_argument(
        "--label", choices=["oracle", "soft"], default="soft",
        help="oracle: in the greedy oracle (0/1); soft: share of the best few summaries (see soft_labels)",
    )
    parser.add_argument("--soft-top", type=int, default=3, help="with --label soft: how many best summaries")
    parser.add_argument(
        "--soft-exact", type=int, default=0, help="with --label soft: summaries of exactly 3 sentences (1) or 1..3 (0)"
    )
    parser.add_argument("--rerank", type=int, default=1, help="also train the summary reranker (rerank.py)")
    parser.add_argument(
        "--rerank-bbc-weight", type=float, default=0.25,
        help="weight of BBC articles in the reranker's training (held out, R-1 on cnndm_lower_dev / BBC / "
        "FRANK: 0.5 gave 41.99 / 59.04 / 39.69, 0.25 42.03 / 59.02 / 40.09, 0 42.00 / 58.55 / 40.67)",
    )
    parser.add_argument("--check", action="store_true", help="print test-half ROUGE of a Python selection")
    parser.add_argument("--bin", help="a built brevity binary (default: build one)")
    parser.add_argument("--out", default=os.path.join(rouge.REPO, "src", "data", "model", "scorer.txt"))
    args = parser.parse_args()
    # The half trained on; `--check` scores the other one.
    train_half = "test" if args.train_on == "test" else "train"
    rouge.ensure_venv()
    import lightgbm as lgb
    import numpy as np

    scorer = rouge.make_scorer()
    tokenize = scorer._tokenizer.tokenize
    binary = rouge.build(args.bin)
    cache = os.path.join(rouge.REPO, "artifacts", "train")
    names = None

    def labels_of(items, feats, features_path):
        """Per id, one label a prose sentence."""
        if args.label == "soft":
            return soft_labels(tokenize, items, feats, features_path, top=args.soft_top, exact=args.soft_exact)
        oracle = oracle_labels(tokenize, items, feats, features_path)
        out = {}
        for it in items:
            n = sum(s["kind"] == "prose" for s in feats[it["id"]]["sentences"])
            picked = set(oracle[it["id"]])
            out[it["id"]] = [1 if k in picked else 0 for k in range(n)]
        return out

    train_x, train_y, weights, groups, test_articles = [], [], [], [], []
    train_g, train_fold, train_article = [], [], []
    rerank_train = []  # (item, first row, prose texts, prose TF-IDF vectors) of full train articles
    sources = []
    for name in FILES:
        path = rouge.resolve(name)
        items = rouge.load(path)
        feats, features_path = dump_features(binary, path, cache)
        sources.append((items, feats, labels_of(items, feats, features_path)))
        if args.short:
            short_path = short_versions(items, feats, features_path, args.train_on == "all", args.short, train_half)
            short_items = rouge.load(short_path)
            short_feats, short_features_path = dump_features(binary, short_path, cache)
            sources.append((short_items, short_feats, labels_of(short_items, short_feats, short_features_path)))
        if args.paragraphs:
            para_path = paragraph_versions(items, feats, features_path, args.train_on == "all", train_half)
            para_items = rouge.load(para_path)
            para_feats, para_features_path = dump_features(binary, para_path, cache)
            sources.append((para_items, para_feats, labels_of(para_items, para_feats, para_features_path)))
    for items, feats, labels in sources:
        for it in items:
            r = feats[it["id"]]
            names = r["names"]
            prose = [i for i, s in enumerate(r["sentences"]) if s["kind"] == "prose"]
            if not prose:
                continue
            half = rouge.half_of(it.get("split_key", it["id"]))
            x = [r["sentences"][i]["x"] for i in prose]
            g = [r["sentences"][i]["g"] for i in prose]
            texts = [r["sentences"][i]["text"] for i in prose]
            vectors = [r["sentences"][i]["v"] for i in prose]
            tokens = [r["sentences"][i]["w"] for i in prose]
            if half == train_half or args.train_on == "all":
                if "#" not in it["id"]:  # the reranker learns from whole articles, once each
                    rerank_train.append((it, len(train_y), texts, vectors, tokens))
                train_x += x
                train_y += labels[it["id"]]
                groups.append(len(prose))
                fold = hashlib.md5(it.get("split_key", it["id"]).encode()).digest()[2] % 2
                train_g += g
                train_fold += [fold] * len(prose)
                train_article += [len(groups) - 1] * len(prose)
                w = args.bbc_weight if it.get("source") == "bbc" else 1.0
                if it.get("source") != "bbc" and any(c.isupper() for c in it["text"]):
                    w = args.mixed_weight
                weights += [w] * len(prose)
            else:
                test_articles.append((it, x, texts, g, vectors, tokens))
    X, y = np.array(train_x, dtype=np.float32), np.array(train_y, dtype=float)
    W = np.array(weights)
    for name in args.drop:
        # A constant column: no tree splits on it, so the shipped model ignores the feature.
        X[:, names.index(name)] = 0.0
    ng, ng_rank = names.index("ngram"), names.index("ngram_rank")
    G = ngram_matrix(train_g)
    folds = np.array(train_fold)
    # Out-of-fold n-gram scores for the trees (a table scores its own training sentences
    # too well), then the table that ships, fitted on the whole train half.
    for k in (0, 1):
        fit = folds != k
        table = quantize(fit_ngrams(G[fit], y[fit], W[fit]))
        X[folds == k, ng] = ngram_scores(table, [train_g[i] for i in np.flatnonzero(folds == k)])
    table = quantize(fit_ngrams(G, y, W))
    set_ranks(X, ng, ng_rank, train_article)
    print(f"training on {len(y)} sentences (label sum {y.sum():.0f}), {len(names)} features", file=sys.stderr)
    params = {
        "objective": args.objective,
        # Earlier is never worse, other things equal: without this a six-sentence text
        # (rare in the dev files) got its lead sentence scored below the second.
        "monotone_constraints": [-1 if n in MONOTONE_DOWN and args.monotone else 0 for n in names],
        "monotone_constraints_method": "advanced",
        "num_leaves": args.leaves,
        "learning_rate": args.rate,
        "min_data_in_leaf": args.min_leaf,
        "feature_fraction": args.feature_fraction,
        "bagging_fraction": args.bagging,
        "bagging_freq": 1 if args.bagging < 1 else 0,
        "num_threads": 1,
        "deterministic": True,
        "seed": 7,
        "verbose": -1,
    }
    group = groups if args.objective == "lambdarank" else None
    data = lgb.Dataset(X, y, weight=np.array(weights), feature_name=names, group=group)
    booster = lgb.train(params, data, num_boost_round=args.trees)
    note = (
        f"{args.objective}, label {args.label}"
        + (f" (best {args.soft_top}, {'3' if args.soft_exact else '1..3'} sentences)" if args.label == "soft" else "")
        + f", monotone {args.monotone}, short copies {args.short}, paragraph copies {args.paragraphs}, BBC weight {args.bbc_weight}, {args.trees} trees, {args.leaves} leaves, rate {args.rate}, min leaf {args.min_leaf}"
        + (f", mixed-case weight {args.mixed_weight}" if args.mixed_weight != 1.0 else "")
        + (f", without {' '.join(args.drop)}" if args.drop else "")
        + "; "
        f"trained on {'both halves' if args.train_on == 'all' else 'the ' + train_half + ' half'} of "
        f"{' + '.join(FILES)} ({len(y)} sentences)."
    )
    export(booster, names, args.out, note)
    export_ngrams(table, os.path.join(os.path.dirname(args.out), "ngrams.txt"), note)
    print(f"wrote {args.out} ({os.path.getsize(args.out)} bytes)", file=sys.stderr)
    test_margins = []
    for it, x, texts, g, vectors, tokens in test_articles:
        x = np.array(x, dtype=np.float32)
        x[:, ng] = ngram_scores(table, g)
        set_ranks(x, ng, ng_rank, [0] * len(x))
        test_margins.append(booster.predict(x, raw_score=True))
    rerank_weights = None
    if args.rerank:
        # Out-of-fold sentence scores for the reranker's training: each fold of the train
        # half scored by trees fitted on the other (same settings).
        oof = np.zeros(len(y))
        for k in (0, 1):
            fit = folds != k
            fold_data = lgb.Dataset(X[fit], y[fit], weight=W[fit], feature_name=names)
            fold_booster = lgb.train(params, fold_data, num_boost_round=args.trees)
            oof[folds == k] = fold_booster.predict(X[folds == k], raw_score=True)
        words_col = names.index("words")
        train_sets = []
        for it, start, texts, vectors, tokens in rerank_train:
            count = len(texts)
            words = [float(v) for v in X[start : start + count, words_col]]
            margins = [float(v) for v in oof[start : start + count]]
            w = args.rerank_bbc_weight if it.get("source") == "bbc" else 1.0
            train_sets.append((it, margins, texts, words, vectors, w, tokens))
        test_sets = []
        for (it, x, texts, g, vectors, tokens), margins in zip(test_articles, test_margins):
            words = [float(v[names.index("words")]) for v in x]
            test_sets.append((it, [float(m) for m in margins], texts, words, vectors, 1.0, tokens))
        import pickle

        with open(os.path.join(cache, f"rerank-{args.train_on}.pkl"), "wb") as f:
            pickle.dump((train_sets, test_sets), f)
        rerank_weights = rerank.train(tokenize, train_sets, sizes=RERANK_SIZES)
        rerank_note = (
            f"ROUGE-1 F1 of {'/'.join(map(str, RERANK_SIZES))}-sentence candidates (sets of the n + {rerank.EXTRA} "
            f"best-scored), ridge L2 1, BBC weight {args.rerank_bbc_weight}, sentence scores out of fold (2 folds) "
            f"from trees as above; trained on {len(train_sets)} articles of "
            f"{'both halves' if args.train_on == 'all' else 'the ' + train_half + ' half'} of {' + '.join(FILES)}."
        )
        rerank.export(rerank_weights, os.path.join(os.path.dirname(args.out), "rerank.txt"), note + "\n# " + rerank_note)
    if args.check:
        from collections import defaultdict

        sums = defaultdict(lambda: [0, 0.0, 0.0, 0.0])
        reranked = defaultdict(lambda: [0, 0.0, 0.0, 0.0])
        for (it, x, texts, g, vectors, tokens), scores in zip(test_articles, test_margins):
            ref = "\n".join(rouge.one_line(s) for s in it["summary"])
            picks = [(sums, select(list(scores), tokens))]
            if rerank_weights is not None:
                words = [float(v[names.index("words")]) for v in x]
                article = rerank.Article([float(m) for m in scores], tokens, words, vectors)
                picks.append((reranked, sorted(rerank.pick(article, 3, rerank_weights))))
            for table_, chosen in picks:
                pred = "\n".join(rouge.one_line(texts[i]) for i in chosen)
                s = scorer.score(ref, pred)
                acc = table_[it.get("collection")]
                acc[0] += 1
                for k, key in enumerate(("rouge1", "rouge2", "rougeLsum")):
                    acc[k + 1] += s[key].fmeasure
        for title, table_ in (("greedy selection", sums), ("reranked", reranked)):
            if table_:
                print(title)
            for coll, acc in sorted(table_.items()):
                n = acc[0]
                print(f"{coll:22s} {n:5d}  " + "  ".join(f"{100 * v / n:.2f}" for v in acc[1:]))


if __name__ == "__main__":
    main()
