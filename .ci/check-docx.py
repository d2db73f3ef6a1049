#!/usr/bin/env python3
"""Checks a Word report of icso-assess as an outside reader sees it (python-docx).

Given the .docx and the JSON report of the same answers, it checks that the document has real
Word headings (styles named "Title", "Heading 1", "Heading 2", which the navigation pane and a
table of contents use), that one table lists every top priority's title in rank order with a
repeating header row, and that each priority's first step (from the guide's own data,
recommendations/*.yaml) is on the row under it. Exits 1 with every problem found, else 0.

Usage: check-docx.py REPORT.docx REPORT.json [--data recommendations] [--top 10]
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
    parser.add_argument("--top", type=int, default=10)
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
        (i for i in report["items"] if i.get("rank") is not None and i["rank"] <= args.top),
        key=lambda i: i["rank"],
    )
    if not top:
        problems.append("the JSON report has no priorities to look for")
    steps = first_steps(args.data)

    table = next(
        (
            t
            for t in document.tables
            if top and any(words(top[0]["title"]) in row_cells(r) for r in t.rows)
        ),
        None,
    )
    if table is None and top:
        problems.append(f'no table holds the first priority, "{top[0]["title"]}"')
    if table is not None:
        rows = [row_cells(r) for r in table.rows]
        header = table.rows[0]._tr.trPr
        if header is None or header.find(qn("w:tblHeader")) is None:
            problems.append("the priorities table's header row does not repeat on each page")
        at = 0
        for item in top:
            title = words(item["title"])
            found = next((k for k in range(at, len(rows)) if title in rows[k]), None)
            if found is None:
                problems.append(f'priority {item["rank"]} "{title}" is not in the table, in rank order')
                continue
            step = steps.get(item["recommendation"], "")
            under = " ".join(c for c in rows[found + 1] if c) if found + 1 < len(rows) else ""
            if not step:
                problems.append(f'no first step for {item["recommendation"]} in {args.data}')
            elif not (under.startswith("First step:") and step in under):
                problems.append(
                    f'the row under "{title}" is not its first step: "{under[:80]}"'
                )
            at = found + 1

    if problems:
        for p in problems:
            print(f"check-docx: {args.docx}: {p}", file=sys.stderr)
        return 1
    print(
        f"check-docx: {args.docx}: headings, the table of {len(top)} priorities and their first steps are there"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
