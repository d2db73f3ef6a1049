#!/usr/bin/env python3
"""Write (or refresh) the content overlay skeleton of one language: for every data file
recommendations/X.yaml and questionnaires/X.yaml, translations/LANG/recommendations/X.yaml and
translations/LANG/questionnaires/X.yaml holding only what is translated, keyed by id, each entry
with `source`: a short hash of the English text it translates (so a change in the English shows
the translation as stale).

An entry is a mapping of the data that has translatable text fields of its own; lists of entries
are matched by their `id` (scale levels by `level`, glossary entries by their English term as
`id`, entries with neither, such as rules, by their position as `n`). Structure (ids, numbers,
links, weights, a rule's `when`) is never written to an overlay.

The hash: the first 8 hex digits of SHA-256 over the entry's own translatable fields, sorted by
name, each as NAME U+001F TEXT, joined by U+001E. The loader in src/ computes the same.

Usage: tools/translation_skeleton.py LANG [--check]
  Without --check: writes missing files and entries, keeping every translation already there
  (a stale entry keeps its text and gets `stale: true` until refreshed by a translator).
  --check: exit 1 listing entries that are missing, stale or still identical to the English.
"""
import hashlib
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
TEXT_FIELDS = {
    "title", "name", "summary", "description", "first_step", "gist", "label", "meaning",
    "question", "text", "trend_analysis", "basis", "term",
}
# Lists of entries, by the key that identifies each entry.
KEYS = ("id", "level")


def source_hash(entry):
    fields = sorted((k, v) for k, v in entry.items() if k in TEXT_FIELDS and isinstance(v, str))
    if isinstance(entry.get("levels"), dict):
        fields += sorted((f"levels.{k}", v) for k, v in entry["levels"].items())
    joined = "\x1e".join(f"{k}\x1f{v}" for k, v in fields)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:8]


def key_of(entry, position):
    """What identifies an entry of a list: its id (or level); a glossary entry, its English
    term (the term itself is translated: ICSO is OSCI in French); anything else (a rule), its
    position, 1 for the first, written `n`."""
    for k in KEYS + ("n",):
        if k in entry:
            return k, entry[k]
    return "n", position + 1


def skeleton(node, position=None):
    """The overlay of one English node (an entry of a list at `position`, or a whole file):
    its text fields, its entry lists, nothing else."""
    if isinstance(node, dict):
        out = {}
        if position is None:
            pass
        elif isinstance(node.get("term"), str) and not any(k in node for k in KEYS):
            out["id"] = node["term"]
        else:
            k, v = key_of(node, position)
            out[k] = v
        own = {f: node[f] for f in sorted(node) if f in TEXT_FIELDS and isinstance(node[f], str)}
        levels = node.get("levels") if isinstance(node.get("levels"), dict) else None
        if own or levels:
            out["source"] = source_hash(node)
            out.update(own)
            if levels:
                out["levels"] = {str(n): t for n, t in levels.items()}
        # Mappings other than `levels` (a rule's `when`, scoring) hold structure, never text.
        for f, v in node.items():
            if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
                sub = [skeleton(x, i) for i, x in enumerate(v)]
                sub = [s for s in sub if len(s) > 1]
                if sub:
                    out[f] = sub
        return out
    return node


def merge(old, new):
    """`new` (fresh from the English) with the translations of `old` kept."""
    if isinstance(new, dict) and isinstance(old, dict):
        out = {}
        stale = old.get("source") not in (None, new.get("source"))
        for k, v in new.items():
            if k == "source":
                out[k] = v
            elif k in old and isinstance(v, str) and k not in KEYS:
                out[k] = old[k]
            elif k in old and isinstance(v, (dict, list)):
                out[k] = merge(old[k], v)
            else:
                out[k] = v
        if stale:
            out["stale"] = True
        return out
    if isinstance(new, list) and isinstance(old, list):
        by_key = {key_of(x, i): x for i, x in enumerate(old) if isinstance(x, dict)}
        return [
            merge(by_key.get(key_of(x, i), {}), x) if isinstance(x, dict) else x
            for i, x in enumerate(new)
        ]
    return new


def problems(english, overlay, path="", out=None):
    """Missing, stale or untranslated entries of `overlay` against `english`'s skeleton."""
    out = [] if out is None else out
    if isinstance(english, dict):
        if not isinstance(overlay, dict):
            out.append(f"{path}: missing")
            return out
        if "source" in english:
            if overlay.get("source") != english["source"] or overlay.get("stale"):
                out.append(f"{path}: stale (the English changed)")
            for k, v in english.items():
                if k in TEXT_FIELDS and isinstance(v, str):
                    t = overlay.get(k)
                    if not isinstance(t, str) or not t.strip():
                        out.append(f"{path}.{k}: missing")
                    elif t == v and len(v.split()) > 3:
                        out.append(f"{path}.{k}: still the English text")
            if "levels" in english:
                for n, v in english["levels"].items():
                    t = (overlay.get("levels") or {}).get(n)
                    if not isinstance(t, str) or not t.strip():
                        out.append(f"{path}.levels.{n}: missing")
                    elif t == v:
                        out.append(f"{path}.levels.{n}: still the English text")
        for k, v in english.items():
            if isinstance(v, list):
                given = overlay.get(k, [])
                by_key = {key_of(x, i): x for i, x in enumerate(given) if isinstance(x, dict)}
                for i, x in enumerate(v):
                    kk = key_of(x, i)
                    problems(x, by_key.get(kk), f"{path}.{k}[{kk[1]}]", out)
    return out


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    lang, check = args[0], "--check" in args
    bad = []
    for folder in ("recommendations", "questionnaires"):
        for src in sorted((ROOT / folder).glob("*.yaml")):
            english = skeleton(yaml.safe_load(src.read_text(encoding="utf-8")))
            target = ROOT / "translations" / lang / folder / src.name
            old = yaml.safe_load(target.read_text(encoding="utf-8")) if target.exists() else {}
            if check:
                bad += [f"{target.relative_to(ROOT)}: {p}" for p in problems(english, old or {})]
                continue
            merged = merge(old or {}, english)
            target.parent.mkdir(parents=True, exist_ok=True)
            text = yaml.safe_dump(merged, allow_unicode=True, sort_keys=False, width=100)
            target.write_text(
                f"# {lang} overlay of {folder}/{src.name}: only translated text, keyed by id;\n"
                f"# `source` is the hash of the English it translates (tools/translation_skeleton.py).\n"
                + text,
                encoding="utf-8",
            )
    if check:
        for b in bad:
            print(b)
        print(f"{len(bad)} problem(s)")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
