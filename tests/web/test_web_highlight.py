"""Highlighting from offsets: placed right, overlaps resolved, every piece escaped."""

from __future__ import annotations

from detente.web.highlight import flatten, highlight_html, locate_sentence, sentence_marks


def _row(text: str, sentence: str, **spans: str) -> dict:
    row = {"sentence": sentence}
    for kind, word in spans.items():
        i = text.index(word)
        row.update({f"{kind}_text": word, f"{kind}_start": i, f"{kind}_end": i + len(word)})
    return row


def test_marks_are_placed_inside_the_sentence_from_article_offsets():
    text = "First sentence here. Canada expelled a Chinese diplomat."
    sentence = "Canada expelled a Chinese diplomat."
    row = _row(text, sentence, source="Canada", trigger="expelled", target="a Chinese diplomat")
    marks = sentence_marks(row)
    assert [(sentence[m["start"]:m["end"]], m["kind"]) for m in marks] == [
        ("Canada", "source"), ("expelled", "trigger"), ("a Chinese diplomat", "target")]


def test_the_sentence_start_column_wins_when_present():
    text = "Canada met Canada. Canada met China."
    row = _row(text, "Canada met China.", target="China")
    row.update(source_text="Canada", source_start=19, source_end=25, sentence_start=19)
    assert [(m["start"], m["end"]) for m in sentence_marks(row)] == [(0, 6), (11, 16)]


def test_a_repeated_word_is_placed_where_all_spans_agree():
    # "China" occurs twice in the sentence; only one base offset fits the trigger too.
    text = "xx China said China warned."
    sentence = "China said China warned."
    row = _row(text, sentence, trigger="warned")
    row.update(source_text="China", source_start=14, source_end=19)
    assert locate_sentence(sentence, [(14, 19, "China", "source"), (20, 26, "warned", "trigger")]) == 3
    assert [(m["start"], m["end"], m["kind"]) for m in sentence_marks(row)] == [(11, 16, "source"), (17, 23, "trigger")]


def test_unplaceable_spans_give_no_marks_not_wrong_ones():
    row = {"sentence": "Nothing matches.", "trigger_text": "xyz", "trigger_start": 3, "trigger_end": 6}
    assert sentence_marks(row) == []


def test_overlaps_go_to_the_trigger():
    marks = [{"start": 0, "end": 10, "kind": "source"}, {"start": 4, "end": 6, "kind": "trigger"}]
    assert [(m["start"], m["end"], m["kind"]) for m in flatten(marks, 12)] == [
        (0, 4, "source"), (4, 6, "trigger"), (6, 10, "source")]


def test_highlight_html_escapes_text_and_marks():
    text = '<b>Canada</b> & "China" <script>x</script>'
    html = str(highlight_html(text, [{"start": 3, "end": 9, "kind": "source", "title": '"><img>'}]))
    assert "<script>" not in html and "<b>" not in html and "<img>" not in html
    assert '<mark class="hl-source" title="&#34;&gt;&lt;img&gt;">Canada</mark>' in html
    assert html.startswith("&lt;b&gt;") and "&amp; &#34;China&#34;" in html
