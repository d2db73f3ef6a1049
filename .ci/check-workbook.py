"""A workbook written by icso-assess, filled and re-saved by openpyxl (as another program would
save it, dropping what it does not know), must still read: the tool's report of it equals the
report of the same answers in TOML. A workbook written in French and filled with its French
words reads the same in Spanish and in English.

Usage: check-workbook.py BIN WORKDIR
"""
import json
import subprocess
import sys
from pathlib import Path

import openpyxl

bin_, work = sys.argv[1], Path(sys.argv[2])
blank = work / "blank.xlsx"
subprocess.run([bin_, "template", "--questionnaire", "quick", "-o", str(blank)], check=True)
book = openpyxl.load_workbook(blank)
profile, questions = book["Profile"], book["Questions"]
assert questions["K1"].value == "Your level", questions["K1"].value
# Locked ids, unlocked answers, A4 landscape one page wide, the metadata sheet hidden.
assert questions.protection.sheet and not questions.protection.password, "Questions is not protected"
assert questions["A2"].protection.locked, "the id cell A2 can be edited"
assert not questions["K2"].protection.locked, "the level cell K2 is locked"
assert questions.page_setup.orientation == "landscape", questions.page_setup.orientation
assert str(questions.page_setup.paperSize) == "9", f"paper size {questions.page_setup.paperSize}, not A4 (9)"
# fitToWidth is absent when 1, its default in the file format.
assert questions.page_setup.fitToWidth in (None, 1) and questions.page_setup.fitToHeight == 0
assert questions.sheet_properties.pageSetUpPr.fitToPage, "not fitted to the page width"
assert book["About"].sheet_state == "hidden", book["About"].sheet_state
assert questions["D2"].alignment.wrap_text, "the question text does not wrap"
profile["C2"], profile["C3"], profile["C4"] = "Acme", "Bangkok office", "2026-11-30"
ids = [questions.cell(row=r, column=1).value for r in range(2, questions.max_row + 1)]
questions["K2"], questions["K3"], questions["L3"] = 3, "not applicable", "No such work"
questions["K4"], questions["M4"], questions["O4"] = "don't know", "high", "Ask the board"
filled = work / "filled.xlsx"
book.save(filled)

toml = work / "filled.toml"
toml.write_text(
    'format = 1\nquestionnaire = "quick"\nquestionnaire_version = "1.0"\n'
    'organisation = "Acme"\nrespondent = "Bangkok office"\ndate = "2026-11-30"\n'
    f'[answers.{ids[0]}]\nlevel = 3\n'
    f'[answers.{ids[1]}]\nlevel = "n/a"\nreason = "No such work"\n'
    f'[answers.{ids[2]}]\nlevel = "unknown"\nimportance = "high"\nnote = "Ask the board"\n'
)


def report(path, lang="en"):
    out = subprocess.run([bin_, "--lang", lang, "report", "--answers", str(path), "--format", "json"],
                         check=True, capture_output=True)
    return json.loads(out.stdout)


if report(filled) != report(toml):
    sys.exit("the workbook re-saved by openpyxl does not report as the same answers in TOML")
print(f"a workbook re-saved by openpyxl {openpyxl.__version__} reads as its TOML twin")

# In French: the sheets, headings and drop-down words are French; the cells are where they are.
blank_fr = work / "blank-fr.xlsx"
subprocess.run([bin_, "--lang", "fr", "template", "--questionnaire", "quick", "-o", str(blank_fr)],
               check=True)
book = openpyxl.load_workbook(blank_fr)
assert book.sheetnames == ["Consignes", "Profil", "Questions", "About"], book.sheetnames
profile, questions = book["Profil"], book["Questions"]
assert questions["K1"].value == "Votre niveau", questions["K1"].value
profile["C2"], profile["C3"], profile["C4"] = "Acme", "Bangkok office", "2026-11-30"
questions["K2"], questions["K3"], questions["L3"] = 3, "sans objet", "No such work"
questions["K4"], questions["M4"], questions["O4"] = "ne sait pas", "élevée", "Ask the board"
filled_fr = work / "filled-fr.xlsx"
book.save(filled_fr)
for lang in ("es", "en"):
    if report(filled_fr, lang) != report(toml, lang):
        sys.exit(f"the French workbook read with --lang {lang} does not report as its TOML twin")
print("a French workbook reads as its TOML twin in Spanish and in English")
