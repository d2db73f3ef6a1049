#!/usr/bin/env python3
"""Checks a Word report of icso-assess as an outside reader sees it (python-docx).

Given the .docx and the JSON report of the same answers, it checks that the document has real
Word headings (styles named "Title", "Heading 1", "Heading 2", which the navigation pane and a
table of contents use); that the summary, under "What matters now", names the priorities of the
high and medium bands in rank order (at most --top), each followed by its first step (from the
guide's own data, recommendations/*.yaml) before the next; and that its tables repeat their
header row on each page. Exits 1 with every problem found, else 0.

Usage: check-docx.py REPORT.docx REPORT.json [--data recommendations] [--top 5]
"""

import argparse
import glob
import json
import os
import sys

import docx
import yaml
from docx.oxml.ns import qn


def words(text):
    """Text with each run of white space made one space, as a page shows it."""
    return " ".join(text.split())


def row_cells(row):
    """The text of each cell of a table row, a merged cell once (python-docx repeats it)."""
    return [
        words("".join(t.text or "" for t in tc.iter(qn("w:t"))))
        for tc in row._tr.tc_lst
    ]


def first_steps(data):
    """Every recommendation's first step in the guide's data, by id."""
    steps = {}
    for path in sorted(glob.glob(os.path.join(data, "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f) or {}
        for rec in doc.get("recommendations", []):
            steps[rec["id"]] = words(rec.get("first_step", ""))
    return steps


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docx")
    parser.add_argument("json")
    parser.add_argument("--data", default="recommendations")
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args()

    document = docx.Document(args.docx)
    with open(args.json, encoding="utf-8") as f:
        report = json.load(f)
    problems = []

    styles = [p.style.name for p in document.paragraphs]
    for name in ("Title", "Heading 1", "Heading 2"):
        if name not in styles:
            problems.append(f'no paragraph in the style "{name}"')

    top = sorted(
        (i for i in report["items"] if i.get("rank") is not None and i["band"] in ("high", "medium")),
        key=lambda i: i["rank"],
    )[: args.top]
    if not top:
        problems.append("the JSON report has no priorities to look for")
    steps = first_steps(args.data)

    # The paragraphs from "What matters now" to the next heading, as text. An abbreviation
    # spelled out at its first use only adds words, so a title's words are looked for in order.
    paras = [(p.style.name, words(p.text)) for p in document.paragraphs]
    start = next((k for k, (_, t) in enumerate(paras) if t == "What matters now"), None)
    if start is None:
        problems.append('no "What matters now" in the summary')
        start = 0
    end = next((k for k in range(start + 1, len(paras)) if paras[k][0].startswith("Heading")), len(paras))
    summary = [t for _, t in paras[start + 1 : end]]

    def has(text, needle):
        hay = iter(text.lower().replace("(", " ").replace(")", " ").split())
        return all(any(w == h for h in hay) for w in needle.lower().replace("(", " ").replace(")", " ").split())

    at = 0
    for item in top:
        title = words(item["title"])
        found = next((k for k in range(at, len(summary)) if has(summary[k], title)), None)
        if found is None:
            problems.append(f'priority {item["rank"]} "{title}" is not in the summary, in rank order')
            continue
        step = steps.get(item["recommendation"], "")
        nxt = next((k for k in range(found + 1, len(summary)) if summary[k] and summary[k][0].isdigit() is False and any(has(summary[k], words(o["title"])) for o in top if o is not item)), len(summary))
        under = [t for t in summary[found + 1 : nxt] if t.startswith("First step:")]
        if not step:
            problems.append(f'no first step for {item["recommendation"]} in {args.data}')
        elif not any(step in t for t in under):
            problems.append(f'no first step under "{title}": {under[:1]}')
        at = found + 1

    for table in document.tables:
        header = table.rows[0]._tr.trPr
        repeats = header is not None and header.find(qn("w:tblHeader")) is not None
        if not repeats and len(table.rows) > 1 and len(table.columns) > 3:
            problems.append(f'a table\'s header row does not repeat on each page: {row_cells(table.rows[0])}')
            break

    if problems:
        for p in problems:
            print(f"check-docx: {args.docx}: {p}", file=sys.stderr)
        return 1
    print(
        f"check-docx: {args.docx}: headings, the summary's {len(top)} priorities and their first steps are there"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
