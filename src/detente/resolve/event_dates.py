"""Which date in a sentence dates an act (``event_date``), and the day on which offices are read
for it (``office_day``). The temporal expressions themselves come from ``dates.find_dates``;
this module chooses among them with the parse: the trigger's own clause, not the clauses and
things around it."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from .dates import DateMention, find_dates

__all__ = ["event_date", "office_day"]


def event_date(text: str, trig: Token, s_start: int, report: date | None, modality: str,
               objects: frozenset[str] = frozenset()) -> tuple[str | None, str]:
    """(ISO date, precision) of the act whose trigger is ``trig`` in the sentence ``text``, which
    starts at character ``s_start`` of its doc: the date closest to the trigger, leaving out
    dates of other clauses inside its phrase ("attacked ships near Crimea, which Moscow annexed
    in 2014") and of things the act is about. ``objects``: the nouns the lexicon entry names as
    the act itself ("launched the March 2 offensive"). No date: the report date, precision
    "report"."""
    found = find_dates(text, report, prefer="future" if modality == "future" else "past")
    if found:
        other = [(c.left_edge.idx - s_start, c.right_edge.idx + len(c.right_edge) - s_start)
                 for t in trig.subtree for c in t.children
                 if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp") and c.i != trig.i]
        keep = [d for d in found if not any(a <= d.start < b for a, b in other)] or found
        # "held until May 29", "the first visit since 2018": the end or the start of a period
        # around the act, not its date. A perfect tense makes "since" the act's start
        # ("has occupied the region since 2014").
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in trig.children)

        def bounds_the_act(d: DateMention) -> bool:
            if d.bound is None or d.bound == "start" and perfect:
                return False
            # "since 2019, when India revoked ...": the act is the date's own clause.
            tok = next((t for t in trig.sent if t.idx >= s_start + d.start), None)
            return tok is None or trig not in tok.subtree

        def dates_a_thing(d: DateMention) -> bool:
            # "denied the January 6 allegations", "opposed the June 9 plan": the date of a
            # thing the act is about. Not of the act's doer ("the May 3 attack killed ten").
            span = trig.doc.char_span(s_start + d.start, s_start + d.end, alignment_mode="expand")
            root = span.root if span is not None and len(span) else None
            if root is None or root.dep_ not in ("nmod", "compound", "amod") or root.head.i == trig.i:
                return False
            noun = root.head
            if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in objects or trig not in noun.ancestors:
                return False
            step = next(t for t in [noun, *noun.ancestors] if t.head.i == trig.i)
            return step.dep_ not in ("nsubj", "nsubjpass", "csubj")

        keep = [d for d in keep if not bounds_the_act(d) and not dates_a_thing(d)]
        if keep:
            at = trig.idx - s_start
            m = min(keep, key=lambda d: abs(d.start - at))
            return m.date, m.precision
    return (report.isoformat() if report else None), "report"


def office_day(value: str | None, precision: str) -> date | None:
    """The middle of the period an event date stands for ("2019" -> 1 July 2019): the day on
    which offices are read. Its first day would miss everyone who took office during it."""
    if not value:
        return None
    first = date.fromisoformat(value)
    if precision == "year":
        return date(first.year, 7, 1)
    if precision == "month":
        return first.replace(day=15)
    if precision == "week":
        return first + timedelta(days=3)
    return first
