#!/usr/bin/env python3
"""Share of pasted articles whose summary holds the first prose sentence.

    scripts/eval/lead.py PATH... [--joined] [--sentences N] [--bin PATH] [--list]

PATH is a text file or a directory of `*.txt` files (one pasted article each; they stay
where they are, outside the repository). Each text is summarized by `brevity summarize
--jsonl` with the default budget (or `--sentences N`), and the script counts the texts
whose `summary` holds the first sentence of kind `prose`: in news the lead is almost
always summary material, so a lower share means leads left out. A standfirst (a deck of at
most two sentences between the headline and a byline) is not the lead: when the first prose
is one, above a byline or a date line, the summary holds the lead if it holds the standfirst
or the first prose sentence after that line (the deck restates the lead; both would repeat
one another). `--joined` replaces every
blank line ("\\n\\n") with a single line break first, the same text without paragraphs:
the two shares should agree, since a paste's paragraphs say little about its lead.
`--list` names the texts whose lead was left out. Builds `brevity` like rouge.py does
unless `--bin` names one.
"""

import argparse
import os
import re
import sys

import rouge  # scripts/eval/rouge.py


def texts_of(paths):
    """(name, text) of every file given, and of every `*.txt` in each directory given, sorted."""
    files = []
    for path in paths:
        if os.path.isdir(path):
            files += sorted(os.path.join(path, f) for f in os.listdir(path) if f.endswith(".txt"))
        else:
            files.append(path)
    return [(f, open(f, encoding="utf-8").read()) for f in files]


def lead_after_standfirst(sentences, first):
    """The first prose sentence after a byline or a date line when the prose above it, from
    `first`, is a standfirst of at most two sentences (else None). German and Spanish pages
    put the date, not a byline, between the deck and the story ("11. Februar 2025, 18:42
    Uhr", "Actualizado Martes, 11 febrero 2025 - 14:32")."""
    kinds = [s["kind"] for s in sentences]
    i = first
    while i < len(kinds) and kinds[i] == "prose":
        i += 1
    lead = next((k for k in range(i, len(kinds)) if kinds[k] == "prose"), None)
    if i - first > 2 or lead is None:
        return None
    # (A short heading or metadata line with a year: not a caption, not a paragraph.)
    dated = any(
        s["kind"] in ("heading", "meta") and len(s["text"].split()) <= 16 and re.search(r"\b(19|20)\d\d\b", s["text"])
        for s in sentences[i:lead]
    )
    return lead if "byline" in kinds[i:lead] or dated else None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--joined", action="store_true", help='replace "\\n\\n" with "\\n" (no paragraphs)')
    parser.add_argument("--sentences", type=int, help="summary length (default: brevity's own budget)")
    parser.add_argument("--bin", help="a built brevity binary (default: build one)")
    parser.add_argument("--list", action="store_true", help="name the texts whose lead was left out")
    args = parser.parse_args()
    texts = texts_of(args.paths)
    if not texts:
        sys.exit("lead.py: no texts found")
    items = [{"id": name, "text": text.replace("\n\n", "\n") if args.joined else text} for name, text in texts]
    extra = ["--sentences", str(args.sentences)] if args.sentences else []
    results = rouge.run_brevity(rouge.build(args.bin), items, extra)
    held, missed, no_prose = 0, [], 0
    for it in items:
        r = results[it["id"]]
        kinds = [s["kind"] for s in r["sentences"]]
        first = next((i for i, k in enumerate(kinds) if k == "prose"), None)
        if first is None:
            no_prose += 1
        elif first in r["summary"] or lead_after_standfirst(r["sentences"], first) in r["summary"]:
            held += 1
        else:
            missed.append(it["id"])
    scored = len(items) - no_prose
    share = 100 * held / max(scored, 1)
    print(f"lead in summary: {held} of {scored} ({share:.1f} %)" + (" joined" if args.joined else ""))
    if no_prose:
        print(f"({no_prose} texts without prose left out)")
    if args.list:
        for name in missed:
            print(f"  left out: {name}")


if __name__ == "__main__":
    main()
