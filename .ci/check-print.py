#!/usr/bin/env python3
"""The HTML report as a board member meets it, checked with outside readers: headless Chromium
prints it (A4 and US Letter) and takes screenshots at 1200 and 400 px; pdftotext reads page 1,
which must name every priority the summary lists; pandoc converts the Markdown report to HTML
and Word without leaving table pipes or code spans behind.

The printed forms too: the paper questionnaire (`template --format html`, quick and full) prints
on at least a page per area plus the first, and its text holds every question id; the workshop
pack of examples/federation prints each disagreement on one page of its own (its heading and its
"Agreed position" box on the same page), and holds every disagreement's question id.

Usage: check-print.py BINARY ANSWERS... (run from the repository root)."""

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CHROMIUM = [
    "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def words(text):
    return re.findall(r"[\w']+", text.lower())


def in_order(needle, hay):
    """`needle`'s words appear in `hay` in order: abbreviations spelled out at first use
    ("NGOs" -> "non-governmental organisations (NGOs)") only add words."""
    it = iter(hay)
    return all(any(w == h for h in it) for w in needle)


def run(*cmd, **kw):
    # Headless Chromium on a busy 2-core runner now and then dies by a signal (SIGSEGV) before
    # it prints anything: that is the browser, not the page, so it gets two more tries. A
    # non-zero exit, or a page that fails a check, is never retried.
    tries = 3 if cmd[0] == "chromium" else 1
    for attempt in range(tries):
        done = subprocess.run(cmd, capture_output=True, text=True, **kw)
        if done.returncode >= 0 or attempt == tries - 1:
            break
        print(f"(chromium died by signal {-done.returncode}; trying again)", file=sys.stderr)
    done.check_returncode()
    return done


def pdf_pages(pdf):
    """The text of each page of `pdf`, as pdftotext reads it."""
    pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(pdf)).stdout).group(1))
    return [run("pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-").stdout for n in range(1, pages + 1)]


def print_pdf(html, pdf, profile):
    run(*CHROMIUM, f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", "--no-pdf-header-footer",
        html.as_uri())
    return pdf_pages(pdf)


def check_forms(binary, tmp, profile, failures):
    """The paper questionnaires and the workshop pack, printed on A4."""
    areas = {r["id"]: r["area"] for r in json.loads(run(binary, "list", "--format", "json").stdout)}
    for qid in ("quick", "full"):
        template = run(binary, "template", "--questionnaire", qid).stdout
        questions = re.findall(r"^\[answers\.([^\]]+)\]$", template, re.M)
        in_areas = {areas.get(q) for q in questions}
        html = tmp / f"questionnaire-{qid}.html"
        run(binary, "template", "--questionnaire", qid, "-o", str(html))
        pages = print_pdf(html, tmp / f"questionnaire-{qid}.pdf", profile)
        if len(pages) < len(in_areas) + 1:
            failures.append(f"questionnaire {qid}: {len(pages)} pages for {len(in_areas)} areas")
        text = set(words("\n".join(pages)))
        missing = [q for q in questions if q.lower() not in text]
        if missing:
            failures.append(f"questionnaire {qid}: the printed text lacks {missing}")
        print(f"questionnaire {qid}: {len(pages)} pages, {len(in_areas)} areas, all {len(questions)} questions")
    report = json.loads(run(binary, "aggregate", "examples/federation", "--format", "json").stdout)
    split = [q["question"] for q in report["aggregate"]["questions"] if (q["spread"] or 0) >= 2]
    html = tmp / "pack.html"
    run(binary, "workshop", "pack", "examples/federation", "-o", str(html))
    pages = print_pdf(html, tmp / "pack.pdf", profile)
    # Agenda and overview, a page per disagreement, the questions to confirm, the priorities.
    if len(pages) < 1 + len(split) + 2:
        failures.append(f"workshop pack: {len(pages)} pages for {len(split)} disagreements")
    sheets = 0
    for n, page in enumerate(pages, 1):
        kickers = re.findall(r"DISAGREEMENT \d+ OF \d+", page, re.I)
        if not kickers:
            continue
        sheets += len(kickers)
        if len(kickers) > 1:
            failures.append(f"workshop pack: page {n} holds {kickers}")
        if "agreed position" not in page.lower():
            failures.append(f"workshop pack: page {n} ({kickers[0]}) does not fit its page: no agreed position")
    if sheets != len(split):
        failures.append(f"workshop pack: {sheets} disagreement pages for {len(split)} disagreements")
    text = set(words("\n".join(pages)))
    missing = [q for q in split if q.lower() not in text]
    if missing:
        failures.append(f"workshop pack: the printed text lacks {missing}")
    print(f"workshop pack: {len(pages)} pages, a page each for {sheets} disagreements")


def main():
    binary, answers = sys.argv[1], sys.argv[2:]
    failures = []
    tmp = Path(tempfile.mkdtemp())
    profile = tmp / "chromium-profile"
    check_forms(binary, tmp, profile, failures)
    for n, path in enumerate(answers):
        report = json.loads(run(binary, "report", "--answers", path, "--format", "json").stdout)
        ranked = sorted(
            (i for i in report["items"] if i["band"] in ("high", "medium") and i["rank"]),
            key=lambda i: i["rank"],
        )[:5]
        html = tmp / f"r{n}.html"
        run(binary, "report", "--answers", path, "-o", str(html))
        for size in ("A4", "letter"):
            # The page's own stylesheet leaves the paper size to the printer; each size is forced
            # here in a copy.
            sized = tmp / f"r{n}-{size}.html"
            sized.write_text(html.read_text().replace("</style>", f"@page {{ size: {size}; }}</style>", 1))
            pdf = tmp / f"r{n}-{size}.pdf"
            run(*CHROMIUM, f"--user-data-dir={profile}", f"--print-to-pdf={pdf}",
                "--no-pdf-header-footer", sized.as_uri())
            page1 = run("pdftotext", "-f", "1", "-l", "1", str(pdf), "-").stdout
            hay = words(page1)
            for item in ranked:
                if not in_order(words(item["title"]), hay):
                    failures.append(f"{path} ({size}): page 1 lacks priority {item['recommendation']} {item['title']!r}")
            if "first step" not in page1.lower() and ranked:
                failures.append(f"{path} ({size}): page 1 shows no first step")
            pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(pdf)).stdout).group(1))
            print(f"{path} ({size}): {pages} pages; page 1 names all {len(ranked)} priorities")
        for width in (1200, 400):
            shot = tmp / f"r{n}-{width}.png"
            run(*CHROMIUM, f"--user-data-dir={profile}", f"--screenshot={shot}",
                f"--window-size={width},1600", html.as_uri())
            if not shot.exists() or shot.stat().st_size < 10_000:
                failures.append(f"{path}: no screenshot at {width} px")
        # Markdown that survives a paste: pandoc makes real tables of it, with no pipes or
        # backtick bars left in the text, and a Word file with headings.
        md = run(binary, "report", "--answers", path, "--format", "markdown").stdout
        tables = md.count("\n| --- ")
        out = run("pandoc", "-f", "gfm", "-t", "html", input=md).stdout
        if out.count("<table") != tables:
            failures.append(f"{path}: pandoc made {out.count('<table')} tables of {tables}")
        text = re.sub(r"<[^>]+>", "", out)
        if "| ---" in text or "`" in text:
            failures.append(f"{path}: Markdown table syntax or code spans survive pandoc")
        docx = tmp / f"r{n}-md.docx"
        run("pandoc", "-f", "gfm", "-o", str(docx), input=md)
        plain = run("pandoc", "-f", "docx", "-t", "plain", str(docx)).stdout
        for item in ranked:
            if not in_order(words(item["title"]), words(plain)):
                failures.append(f"{path}: Markdown -> Word lost {item['title']!r}")
    shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print("\n".join(failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
