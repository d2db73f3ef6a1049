"""The action plan's calendar (`plan export --format ics`), read by Python's icalendar library.

For each example: draft a plan, export it twice, and check that icalendar parses the file,
that every event is all-day on its action's due date and has DTSTART, DTEND, SUMMARY and a UID,
that every dated action has an event, and that both exports (and one after an edit of the
plan's owners and a due date) give the same UIDs.

Usage: check-ics.py BIN WORKDIR EXAMPLE...
"""

import datetime
import json
import pathlib
import re
import subprocess
import sys

import icalendar


def run(bin_, *args):
    return subprocess.run([bin_, *args], check=True, capture_output=True).stdout


def events(data):
    cal = icalendar.Calendar.from_ical(data)
    assert cal.get("VERSION") == "2.0", cal.get("VERSION")
    found = []
    for event in cal.walk("VEVENT"):
        for prop in ("UID", "DTSTART", "DTEND", "SUMMARY", "DTSTAMP"):
            assert event.get(prop) is not None, f"an event without {prop}: {event.to_ical()!r}"
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        # All-day: dates, not date-times, one day long.
        assert type(start) is datetime.date and type(end) is datetime.date, (start, end)
        assert end - start == datetime.timedelta(days=1), (start, end)
        found.append((str(event.get("UID")), start.isoformat(), str(event.get("SUMMARY"))))
    return found


def main():
    bin_, work = sys.argv[1], pathlib.Path(sys.argv[2])
    for example in sys.argv[3:]:
        name = pathlib.Path(example).stem
        plan = work / f"{name}-plan.toml"
        run(bin_, "plan", "--answers", example, "-o", str(plan))
        first = events(run(bin_, "plan", "export", str(plan), "--format", "ics"))
        second = events(run(bin_, "plan", "export", str(plan), "--format", "ics"))
        assert first == second, f"{name}: two exports differ"
        shown = json.loads(run(bin_, "plan", "show", str(plan), "--format", "json"))
        actions = [a for p in shown["phases"] for a in p["actions"]]
        dated = {(a["recommendation"], a["due"]) for a in actions if a["due"]}
        got = {(uid.split("-")[0], start) for uid, start, _ in first}
        assert got == dated, f"{name}: events {sorted(got)} for dated actions {sorted(dated)}"
        uids = [uid for uid, _, _ in first]
        assert len(set(uids)) == len(uids), f"{name}: a UID twice"
        for uid, _, summary in first:
            assert summary.startswith(uid.split("-")[0] + " "), (uid, summary)
        # After people edit the plan, the same actions keep the same UIDs.
        text = plan.read_text(encoding="utf-8")
        text = text.replace('owner = ""', 'owner = "Head of programmes"')
        text = re.sub(r'due = "\d{4}-\d{2}-\d{2}"', 'due = "2030-01-31"', text, count=1)
        plan.write_text(text, encoding="utf-8")
        edited = events(run(bin_, "plan", "export", str(plan), "--format", "ics"))
        assert [u for u, _, _ in edited] == uids, f"{name}: an edit changed the UIDs"
        assert edited[0][1] == "2030-01-31", edited[0]
        print(f"{name}: {len(first)} events read back by icalendar {icalendar.__version__}")


if __name__ == "__main__":
    main()
