"""Each XLSForm given converts with pyxform (the converter KoboToolbox and ODK use) without
errors; warnings are printed. Each form holds every language of its `label::LANGUAGE` columns
as a translation of the XForm, the settings' default_language among them and marked as the
default. Exits 1 on the first form that fails.

Usage: check-xlsform.py FORM.xlsx...
"""
import sys
from pathlib import Path

import openpyxl
from pyxform.xls2xform import convert

for name in sys.argv[1:]:
    try:
        result = convert(xlsform=Path(name))
    except Exception as error:  # pyxform raises its own and Python's errors alike
        sys.exit(f"{name}: pyxform refused the form: {error}")
    for warning in result.warnings:
        print(f"{name}: pyxform warning: {warning}")
    if "<h:html" not in result.xform:
        sys.exit(f"{name}: pyxform produced no XForm")
    book = openpyxl.load_workbook(name, read_only=True)
    header = next(book["survey"].iter_rows(max_row=1, values_only=True))
    languages = [h.split("::", 1)[1] for h in header if h and h.startswith("label::")]
    settings = list(book["settings"].iter_rows(max_row=2, values_only=True))
    default = dict(zip(settings[0], settings[1])).get("default_language")
    if not languages or default not in languages:
        sys.exit(f"{name}: default_language {default!r} is not one of the labels' {languages}")
    for lang in languages:
        mark = f'<translation lang="{lang}"'
        if mark not in result.xform:
            sys.exit(f"{name}: the XForm has no {lang} translation")
    if f'<translation lang="{default}" default="true()">' not in result.xform:
        sys.exit(f"{name}: {default} is not the XForm's default language")
    print(f"{name}: pyxform made an XForm of {len(result.xform)} characters, {len(result.warnings)} warnings, "
          f"in {', '.join(languages)} (default {default})")
