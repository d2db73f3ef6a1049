"""Each XLSForm given converts with pyxform (the converter KoboToolbox and ODK use) without
errors; warnings are printed. Exits 1 on the first form that fails.

Usage: check-xlsform.py FORM.xlsx...
"""
import sys
from pathlib import Path

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
    print(f"{name}: pyxform made an XForm of {len(result.xform)} characters, {len(result.warnings)} warnings")
