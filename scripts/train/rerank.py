"""The summary reranker: the second stage that `scripts/train/scorer.py` trains and
`src/select/rerank.rs` runs.

The sentence scorer rates sentences one by one; the greedy selection (src/select.rs) then
takes the best that do not repeat each other. This stage instead rates whole candidate
summaries: every set of `n` sentences among the `n + EXTRA` best scored that passes the
trigram rule, plus the greedy choice itself. Each candidate gets the features of
`summary_features` (the same numbers, in the same order, as `src/select/rerank.rs`
computes) and a linear score; the best candidate is the summary.

Training (`fit`): candidates of the train articles, labelled by their ROUGE-1 + ROUGE-2 F1
against the reference (as the soft labels are), features and labels centred per article
(only differences between an article's candidates matter), ridge regression. The sentence
scores the candidates are built from must be out-of-fold (`scorer.py` cross-fits the trees
on the two folds of the train half): the trees' scores of their own training articles are
better than any they give a new text, and a reranker fitted on those would trust them too
much.
"""

import itertools
import math
from collections import Counter

EXTRA = 3  # candidates are drawn from the n + EXTRA best-scored sentences
SHARED_TRIGRAMS = 2  # as src/select.rs

NAMES = [
    "mean_rank",  # mean rank by sentence score (0 = best), minus that of the best n
    "greedy",  # 1 for the greedy selection's summary
    "first",  # 1 if it holds the first prose sentence
    "mean_position",  # mean position among the prose, as a share
    "last_position",  # latest position among the prose, as a share
    "words_ratio",  # mean words a sentence over the text's mean
    "max_overlap",  # highest cosine between two of its sentences
    "mean_overlap",  # mean cosine between two of its sentences
    "coverage",  # cosine of its summed term vector with the text's
    "mean_centroid",  # mean cosine of its sentences with the text's term vector
    "mean_margin",  # mean sentence margin (the scorer's, focus included)
    "min_margin",  # lowest sentence margin
    "lead",  # share of its sentences among the text's first n prose sentences (n: its size)
]


def squash(m):
    """src/score/num.rs `squash`."""
    return 0.5 + 0.5 * m / (1.0 + abs(m))


def unsquash(s):
    """The margin back from a score, as src/select/rerank.rs gets it (`select` has the
    scores)."""
    u = 2 * s - 1
    return u / (1 - abs(u)) if abs(u) < 1 else 0.0




def trigrams(words):
    """The word trigrams of a sentence given as its words (`"w"` of the features dump: the
    words src/select.rs cuts)."""
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def sparse_dot(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


class Article:
    """What the reranker needs of one text's prose sentences."""

    def __init__(self, margins, tokens, words, vectors):
        """Per prose sentence: the scorer's margin, its words as src/select.rs cuts them
        (`"w"` of the features dump), its word count and its TF-IDF vector."""
        self.margins = [unsquash(squash(m)) for m in margins]
        self.scores = [squash(m) for m in margins]
        self.tokens = tokens
        self.words = words
        self.vectors = [{int(t): float(w) for t, w in v} for v in vectors]
        p = len(self.scores)
        self.order = sorted(range(p), key=lambda i: (-self.scores[i], i))
        self.rank = [0] * p
        for r, i in enumerate(self.order):
            self.rank[i] = r
        centroid = Counter()
        for v in self.vectors:
            for t, w in v.items():
                centroid[t] += w
        norm = math.sqrt(sum(w * w for w in centroid.values()))
        self.centroid = [sparse_dot(v, centroid) / norm if norm > 0 else 0.0 for v in self.vectors]
        self.mean_words = sum(words) / max(p, 1)
        self._tri = {}
        self._cos = {}

    def tri(self, i):
        if i not in self._tri:
            self._tri[i] = trigrams(self.tokens[i])
        return self._tri[i]

    def cos(self, i, j):
        key = (min(i, j), max(i, j))
        if key not in self._cos:
            self._cos[key] = sparse_dot(self.vectors[i], self.vectors[j])
        return self._cos[key]

    def repeats(self, i, j):
        return len(self.tri(i) & self.tri(j)) >= SHARED_TRIGRAMS

    def greedy(self, n):
        """src/select.rs for `Sentences(n)`: best first, skip repeats, then fill."""
        chosen = []
        for i in self.order:
            if len(chosen) >= n:
                break
            if not any(self.repeats(i, c) for c in chosen):
                chosen.append(i)
        for i in self.order:
            if len(chosen) >= n:
                break
            if i not in chosen:
                chosen.append(i)
        return tuple(sorted(chosen))

    def candidates(self, n):
        """The greedy summary first, then every other n-set of the n + EXTRA best that
        passes the trigram rule, in lexicographic order of their sorted indices."""
        greedy = self.greedy(n)
        top = sorted(self.order[: n + EXTRA])
        out = [greedy]
        if len(self.scores) <= n:
            return out
        for combo in itertools.combinations(top, n):
            if combo == greedy:
                continue
            if any(self.repeats(a, b) for a, b in itertools.combinations(combo, 2)):
                continue
            out.append(combo)
        return out

    def features(self, combo, greedy):
        n = len(combo)
        p = len(self.scores)
        pairs = list(itertools.combinations(combo, 2))
        cos = [self.cos(a, b) for a, b in pairs]
        norm2 = n + 2 * sum(cos)
        coverage = sum(self.centroid[i] for i in combo) / math.sqrt(norm2) if norm2 > 0 else 0.0
        m = [self.margins[i] for i in combo]
        return [
            sum(self.rank[i] for i in combo) / n - (n - 1) / 2,
            1.0 if combo == greedy else 0.0,
            1.0 if 0 in combo else 0.0,
            sum(i / p for i in combo) / n,
            max(combo) / p,
            (sum(self.words[i] for i in combo) / n) / self.mean_words if self.mean_words > 0 else 0.0,
            max(cos) if cos else 0.0,
            sum(cos) / len(cos) if cos else 0.0,
            coverage,
            sum(self.centroid[i] for i in combo) / n,
            sum(m) / n,
            min(m),
            sum(1 for i in combo if i < n) / n,
        ]


def grams_of(tokenize, texts):
    from scorer import ngrams

    return [[ngrams(t, 1), ngrams(t, 2)] for t in (tokenize(x) for x in texts)]


def groups_of(tokenize, sets, sizes):
    """(features, labels, weight) of every train article's candidates, per summary size."""
    from scorer import Reference

    groups = []
    for it, margins, texts, words, vectors, weight, tokens in sets:
        article = Article(margins, tokens, words, vectors)
        ref = Reference(tokenize, it["summary"])
        grams = grams_of(tokenize, texts)
        for n in sizes:
            cands = article.candidates(n)
            if len(cands) < 2:
                continue
            feats = [article.features(c, cands[0]) for c in cands]
            groups.append((feats, [label(ref, grams, c) for c in cands], weight))
    return groups


def train(tokenize, sets, sizes=(3,), l2=1.0):
    return fit(groups_of(tokenize, sets, sizes), l2=l2)


def label(ref, grams, combo):
    """ROUGE-1 F1 of a candidate against the reference (`scorer.Reference`). With ROUGE-1
    + ROUGE-2 (the soft labels' target) the held-out R-1 on cnndm_lower_dev was 41.89
    against 41.99."""
    from scorer import f1

    total = Counter()
    for i in combo:
        total.update(grams[i][0])
    overlap = sum(min(c, ref.grams[0][t]) for t, c in total.items() if t in ref.grams[0])
    return f1(overlap, sum(total.values()), ref.sizes[0])


def fit(groups, l2=1.0):
    """Ridge regression on per-article centred features and labels. `groups` are
    (features [m x F], labels [m], weight). Returns the weights, one a feature."""
    import numpy as np

    xs, ys, ws = [], [], []
    for x, y, w in groups:
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        if len(y) < 2:
            continue
        xs.append(x - x.mean(axis=0))
        ys.append(y - y.mean())
        ws.append(np.full(len(y), w / len(y)))
    X, Y, W = np.vstack(xs), np.concatenate(ys), np.concatenate(ws)
    scale = np.sqrt((W[:, None] * X * X).sum(axis=0) / W.sum())
    scale[scale == 0] = 1.0
    Z = X / scale
    A = Z.T @ (W[:, None] * Z) + l2 * np.eye(Z.shape[1])
    b = Z.T @ (W * Y)
    theta = np.linalg.solve(A, b)
    return theta / scale


def pick(article, n, weights):
    """The reranked summary: the candidate with the best linear score (first on ties)."""
    cands = article.candidates(n)
    greedy = cands[0]
    best, best_score = greedy, None
    for c in cands:
        f = article.features(c, greedy)
        v = sum(w * x for w, x in zip(weights, f))
        if best_score is None or v > best_score:
            best, best_score = c, v
    return best


def export(weights, path, note, digits=4):
    lines = [
        "# source: generated by `scripts/train/scorer.py` (summary reranker, ridge regression), do not edit.",
        f"# {note}",
        "# Format: src/select/rerank.rs. One `name weight` line a feature, in the order it computes them.",
        f"extra {EXTRA}",
    ]
    for name, w in zip(NAMES, weights):
        lines.append(f"{name} {float(w):.{digits}g}")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    """Tuning loop: `python rerank.py [train|all]` refits the reranker on the out-of-fold
    scores `scorer.py` saved (artifacts/train/rerank-*.pkl) and prints the test half's
    ROUGE, greedy against reranked."""
    import os
    import pickle
    import sys
    from collections import defaultdict

    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, os.path.join(os.path.dirname(here), "eval"))
    import rouge

    rouge.ensure_venv()
    which = sys.argv[1] if len(sys.argv) > 1 else "train"
    l2 = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    with open(os.path.join(rouge.REPO, "artifacts", "train", f"rerank-{which}.pkl"), "rb") as f:
        train_sets, test_sets = pickle.load(f)
    scorer = rouge.make_scorer()
    tokenize = scorer._tokenizer.tokenize
    weights = train(tokenize, train_sets, l2=l2)
    print(" ".join(f"{n}={w:.4g}" for n, w in zip(NAMES, weights)))
    sums = defaultdict(lambda: [0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    for it, margins, texts, words, vectors, _, tokens in test_sets:
        article = Article(margins, tokens, words, vectors)
        ref = "\n".join(rouge.one_line(s) for s in it["summary"])
        acc = sums[it.get("collection")]
        acc[0] += 1
        for j, chosen in enumerate((article.greedy(3), pick(article, 3, weights))):
            s = scorer.score(ref, "\n".join(rouge.one_line(texts[i]) for i in sorted(chosen)))
            for k, key in enumerate(("rouge1", "rouge2", "rougeLsum")):
                acc[1 + 3 * j + k] += s[key].fmeasure
    for coll, acc in sorted(sums.items()):
        n = acc[0]
        print(f"{coll:22s} {n:5d}  greedy " + " ".join(f"{100 * v / n:.2f}" for v in acc[1:4])
              + "  reranked " + " ".join(f"{100 * v / n:.2f}" for v in acc[4:7]))


if __name__ == "__main__":
    main()
