"""Shape checks for the event trigger lexicon and the contexts table (data only, no parsing)."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

try:
    import detente

    DATA = Path(detente.__file__).parent / "data"
except ImportError:  # package not installed yet
    DATA = Path(__file__).parents[2] / "src" / "detente" / "data"

EVENTS = DATA / "lexicons" / "events"
OBJECT_LISTS = DATA / "lexicons" / "object_lists.json"
CONTEXTS = DATA / "lexicons" / "contexts.csv"
CODES = DATA / "cameo" / "cameo_codes.csv"

REQUIRED = ("code", "name", "lemma", "pos", "example")
ALLOWED = set(REQUIRED) | {"particle", "object", "target_prep", "complement_aux", "complement_pred", "complement_clause",
                          "infinitive", "reciprocal", "plover_mode"}


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.lstrip().startswith("#")]
    return list(csv.DictReader(io.StringIO("".join(lines))))


@pytest.fixture(scope="module")
def cameo_names() -> dict[str, str]:
    return {r["code"]: r["name"] for r in _csv_rows(CODES)}


@pytest.fixture(scope="module")
def object_lists() -> dict[str, list[str]]:
    raw = json.loads(OBJECT_LISTS.read_text(encoding="utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


@pytest.fixture(scope="module")
def entries(object_lists) -> list[tuple[str, dict]]:
    """Entries with their named object lists ("@relief") spelled out, as the coder reads them."""
    out = []
    files = sorted(EVENTS.glob("*.jsonl"))
    assert files, f"no lexicon files in {EVENTS}"
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:  # pragma: no cover - failure path
                pytest.fail(f"{path.name}:{n}: not JSON: {exc}")
            if "object" in obj:
                missing = [o for o in obj["object"] if o.startswith("@") and o[1:] not in object_lists]
                assert not missing, f"{path.name}:{n}: unknown object lists {missing}"
                obj["object"] = sorted({w for o in obj["object"] for w in (object_lists[o[1:]] if o.startswith("@") else [o])})
            out.append((f"{path.name}:{n}", obj))
    return out


def test_object_lists_are_lowercase_lemmas(object_lists):
    assert object_lists, "object_lists.json names no list"
    for name, words in object_lists.items():
        assert words and all(isinstance(w, str) and w == w.lower().strip() and " " not in w for w in words), name


def test_one_file_per_root():
    roots = sorted(p.name[:2] for p in EVENTS.glob("*.jsonl"))
    assert roots == [f"{i:02d}" for i in range(1, 21)]


def test_required_fields_and_types(entries):
    for where, e in entries:
        for f in REQUIRED:
            assert isinstance(e.get(f), str) and e[f].strip(), f"{where}: missing/empty {f}"
        assert set(e) <= ALLOWED, f"{where}: unknown fields {set(e) - ALLOWED}"
        assert e["pos"] in ("VERB", "NOUN"), where
        lemma = e["lemma"]
        assert lemma == lemma.lower() and lemma.strip() == lemma and " " not in lemma and "-" not in lemma, where
        if "particle" in e:
            assert isinstance(e["particle"], str) and e["particle"] == e["particle"].lower() and " " not in e["particle"], where
        for key in ("object", "target_prep", "complement_aux", "complement_pred"):
            if key in e:
                val = e[key]
                assert isinstance(val, list) and val, f"{where}: {key} must be a non-empty list"
                assert all(isinstance(v, str) and v == v.lower() and v.strip() for v in val), where
                assert len(set(val)) == len(val), f"{where}: repeated items in {key}"
        for key in ("reciprocal", "complement_clause", "infinitive"):
            if key in e:
                assert isinstance(e[key], bool), where
        assert e["example"].rstrip().endswith("."), f"{where}: example should be one sentence"


def test_codes_and_names_match_table(entries, cameo_names):
    for where, e in entries:
        assert e["code"] in cameo_names, f"{where}: unknown CAMEO code {e['code']!r}"
        assert e["name"] == cameo_names[e["code"]], f"{where}: name {e['name']!r} != {cameo_names[e['code']]!r}"


def test_entry_lives_in_its_root_file(entries):
    for where, e in entries:
        assert where[:2] == e["code"][:2], f"{where}: code {e['code']} in the wrong root file"


def test_all_roots_covered(entries):
    roots = {e["code"][:2] for _, e in entries}
    assert roots == {f"{i:02d}" for i in range(1, 21)}


def test_code_coverage(entries):
    specific = {e["code"] for _, e in entries if len(e["code"]) in (3, 4)}
    assert len(specific) >= 150, f"only {len(specific)} distinct 3-/4-digit codes"


def test_no_duplicate_keys(entries):
    keys = Counter(
        (e["lemma"], e["pos"], e.get("particle"), frozenset(e.get("object", [])), frozenset(e.get("complement_pred", [])), e["code"])
        for _, e in entries
    )
    dups = [k for k, n in keys.items() if n > 1]
    assert not dups, f"duplicate entries: {dups[:5]}"


def test_no_ambiguous_keys(entries):
    """Same lemma/pos/particle with overlapping object lists must not point at different codes."""
    groups = defaultdict(list)
    for where, e in entries:
        key = (e["lemma"], e["pos"], e.get("particle"), tuple(sorted(e.get("complement_aux", []))),
               tuple(sorted(e.get("complement_pred", []))), e.get("complement_clause", False), e.get("infinitive"))
        groups[key].append((where, e))
    problems = []
    for key, es in groups.items():
        for i in range(len(es)):
            for j in range(i + 1, len(es)):
                (w1, a), (w2, b) = es[i], es[j]
                if a["code"] == b["code"]:
                    continue
                oa, ob = set(a.get("object", [])), set(b.get("object", []))
                if (not oa and not ob) or (oa & ob):
                    problems.append((key, w1, w2))
    assert not problems, f"ambiguous entries: {problems[:5]}"


def test_contexts_table():
    rows = _csv_rows(CONTEXTS)
    assert rows and set(rows[0]) == {"keyword", "context"}
    assert len(rows) >= 150
    kw = Counter(r["keyword"] for r in rows)
    assert not [k for k, n in kw.items() if n > 1], "repeated keywords"
    for r in rows:
        k, c = r["keyword"], r["context"]
        assert k and k == k.lower() and len(k.split()) <= 2, r
        assert c and c == c.lower() and " " not in c, r


def test_an_unknown_object_list_is_an_error_naming_the_line(tmp_path):
    from detente.errors import DataError
    from detente.events.lexicon import Lexicon

    events = tmp_path / "events"
    events.mkdir()
    (tmp_path / "object_lists.json").write_text(json.dumps({"relief": ["food", "tent"]}), encoding="utf-8")
    good = {"code": "073", "name": "Provide humanitarian aid", "lemma": "send", "pos": "VERB", "object": ["@relief", "doctor"],
            "example": "Freedonia sent tents to Sylvania."}
    (events / "07_provide_aid.jsonl").write_text(json.dumps(good) + "\n", encoding="utf-8")
    (entry,) = Lexicon.from_dir(events).entries
    assert entry.object == {"food", "tent", "doctor"}
    bad = dict(good, object=["@weapons"])
    (events / "07_provide_aid.jsonl").write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"07_provide_aid.jsonl:2.*@weapons"):
        Lexicon.from_dir(events)


def _lexicon_of(tmp_path, file: str, *entries: dict):
    """A lexicon folder holding ``entries``, one per line of ``file``, loaded."""
    from detente.events.lexicon import Lexicon

    events = tmp_path / "events"
    events.mkdir(exist_ok=True)
    (events / file).write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    return Lexicon.from_dir(events)


def test_a_complement_clause_flag_that_is_not_true_or_false_is_an_error_naming_the_line(tmp_path):
    from detente.errors import DataError

    good = {"code": "112", "name": "Accuse", "lemma": "charge", "pos": "VERB", "complement_clause": True,
            "example": "Sylvania charged that Freedonia had armed the rebels."}
    (entry,) = _lexicon_of(tmp_path, "11_disapprove.jsonl", good).entries
    assert entry.complement_clause and entry.takes_complement
    with pytest.raises(DataError, match=r"DT403.*11_disapprove.jsonl:2.*complement_clause"):
        _lexicon_of(tmp_path, "11_disapprove.jsonl", good, dict(good, complement_clause="yes"))


def test_an_infinitive_flag_that_is_not_true_or_false_is_an_error_naming_the_line(tmp_path):
    from detente.errors import DataError

    good = {"code": "020", "name": "Appeal", "lemma": "call", "pos": "VERB", "particle": "on", "infinitive": True,
            "example": "Sylvania called on Freedonia to act."}
    bare = {"code": "020", "name": "Appeal", "lemma": "urge", "pos": "VERB", "example": "Sylvania urged calm."}
    call, urge = _lexicon_of(tmp_path, "02_appeal.jsonl", good, bare).entries
    assert call.infinitive is True and urge.infinitive is None
    with pytest.raises(DataError, match=r"DT403.*02_appeal.jsonl:2.*infinitive"):
        _lexicon_of(tmp_path, "02_appeal.jsonl", good, dict(good, infinitive="no"))


def test_a_plover_mode_that_is_not_a_lowercase_word_is_an_error_naming_the_line(tmp_path):
    from detente.errors import DataError

    good = {"code": "170", "name": "Coerce", "lemma": "hack", "pos": "VERB", "plover_mode": "cyber",
            "example": "Freedonian agents hacked the Sylvanian ministry."}
    bare = {"code": "170", "name": "Coerce", "lemma": "coerce", "pos": "VERB", "example": "The regime coerced the villagers."}
    hack, coerce = _lexicon_of(tmp_path, "17_coerce.jsonl", good, bare).entries
    assert hack.plover_mode == "cyber" and coerce.plover_mode is None
    for bad in ("Cyber", "", 3):
        with pytest.raises(DataError, match=r"DT403.*17_coerce.jsonl:2.*plover_mode"):
            _lexicon_of(tmp_path, "17_coerce.jsonl", good, dict(good, plover_mode=bad))


def test_plover_modes_are_known_to_plover(entries):
    # PLOVER 2.0 modes that no CAMEO code carries; the others come with the code (cameo_to_plover.csv).
    for where, e in entries:
        if "plover_mode" in e:
            assert e["plover_mode"] in {"cyber", "misinformation"}, f"{where}: unknown PLOVER mode {e['plover_mode']!r}"


def test_a_grammar_key_written_twice_is_an_error_naming_it(tmp_path):
    from detente.errors import DataError
    from detente.events.grammar import read_grammar

    p = tmp_path / "grammar.json"
    p.write_text('{"open_waters": ["sea"], "named_waters": ["sea"], "open_waters": ["ocean"]}', encoding="utf-8")
    with pytest.raises(DataError, match=r"DT406.*'open_waters' appears twice"):
        read_grammar(p)
    # The shipped file has every key once.
    from detente.data import DATA_DIR

    assert read_grammar(DATA_DIR / "lexicons" / "grammar.json")
