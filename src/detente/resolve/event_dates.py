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
    found = find_dates(text, report, prefer="future" if modality in ("future", "hypothetical") else "past")
    if found and modality == "future":
        # "agreed on Thursday to release prisoners": a future act, but the date belongs to the
        # agreeing, a past act. Each date is read in the tense of the verb it hangs on.
        past = find_dates(text, report, prefer="past")
        if len(past) == len(found):
            found = [p if _in_past_clause(trig, s_start, p) else f for f, p in zip(found, past)]
    if found:
        def span(c: Token) -> tuple[int, int]:
            return c.left_edge.idx - s_start, c.right_edge.idx + len(c.right_edge) - s_start

        # Clauses inside the act's phrase are other acts, though when no date is left one of
        # theirs is the best guess ("boycotted the meeting called by the governor on Saturday").
        # Not that of a relative clause on what the act is done to, which is never the act's
        # ("attacked ships near Crimea, which Moscow annexed in 2014").
        clauses = [c for t in trig.subtree for c in t.children
                   if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp") and c.i != trig.i]
        other = [span(c) for c in clauses]
        # Only a participle on a thing may stand in for the act's date: "boycotted the meeting
        # called by the governor on Saturday"; not "met …, before Biden leaves office in January".
        not_participles = [span(c) for c in clauses if not (c.dep_ == "acl" and c.tag_ in ("VBN", "VBG"))]
        doers = {k.i for c in trig.children if c.dep_ in ("nsubj", "nsubjpass") for k in c.subtree}
        # Nor that of a participle on a thing inside another clause of the act ("agreed to revive
        # a pact signed in 2001": the signing's date).
        described = [span(c) for t in trig.subtree for c in t.children
                     if t.i != trig.i and t.i not in doers
                     and (c.dep_ == "relcl" or c.dep_ == "acl" and _inside_clause(t, trig))]
        keep = [d for d in found if not any(a <= d.start < b for a, b in other)] or [
            d for d in found if not any(a <= d.start < b for a, b in described + not_participles)]
        # "held until May 29", "the first visit since 2018": the end or the start of a period
        # around the act, not its date. A perfect tense makes "since" the act's start
        # ("has occupied the region since 2014").
        perfect = _perfect(trig)

        def bounds_the_act(d: DateMention) -> bool:
            if d.bound is None or d.bound == "start" and perfect:
                return False
            # "since 2019, when India revoked ...": the act is the date's own clause.
            tok = _first_token(trig, s_start, d)
            return tok is None or trig not in tok.subtree

        def dates_a_thing(d: DateMention) -> bool:
            # "denied the January 6 allegations", "opposed the June 9 plan": the date of a
            # thing the act is about. Not of the act's doer ("the May 3 attack killed ten").
            span = trig.doc.char_span(s_start + d.start, s_start + d.end, alignment_mode="expand")
            root = span.root if span is not None and len(span) else None
            if root is None or root.dep_ not in ("nmod", "compound", "amod", "nummod", "poss") or root.head.i == trig.i:
                return False
            noun = root.head
            if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in objects:
                return False
            if trig not in noun.ancestors:
                # "asked Pakistan to renegotiate the 1960 treaty, accusing Islamabad of …": the
                # date of a thing outside the act's phrase is never the act's.
                return not any(k.i == trig.i for k in noun.subtree)
            step = next(t for t in [noun, *noun.ancestors] if t.head.i == trig.i)
            return step.dep_ not in ("nsubj", "nsubjpass", "csubj")

        def dates_the_clause_before(d: DateMention) -> bool:
            # "The deal was brokered in July 2022, and Russia has repeatedly complained …": a
            # clause of its own in the present or present perfect is not dated by the one before it
            # ("… but X had urged" keeps it: a past told in the past).
            # ("… and Russia says Ukraine violates it": the clause the act is said in.)
            clause = trig
            while clause.dep_ in ("ccomp", "xcomp") and clause.head.pos_ in ("VERB", "AUX"):
                clause = clause.head
            present = clause.tag_ in ("VBZ", "VBP") or any(
                c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in clause.children)
            if clause.dep_ != "conj" or not present:
                return False
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                return False
            tok = _first_token(trig, s_start, d)
            # A date fronted before both clauses ("On Monday, X attacked …, and Y has vowed …") is both's.
            return (tok is not None and clause.head.i < tok.i < clause.i and clause not in tok.subtree
                    and clause.head in tok.ancestors)

        keep = [d for d in keep if not bounds_the_act(d) and not dates_a_thing(d) and not dates_the_clause_before(d)]
        if keep:
            at = trig.idx - s_start
            m = min(keep, key=lambda d: abs(d.start - at))
            return m.date, m.precision
    return (report.isoformat() if report else None), "report"


def _in_past_clause(trig: Token, s_start: int, d: DateMention) -> bool:
    """Whether the verb that the date ``d`` hangs on is in a past tense ("agreed on Thursday",
    "had said in May"), read from the parse; or the date follows a past-tense verb ("said on
    Monday it would expel", where the parser hangs the date on "expel")."""
    tok = _first_token(trig, s_start, d)
    if tok is not None:
        before = tok.i - 1
        while before >= trig.sent.start and trig.doc[before].pos_ == "ADP":
            before -= 1
        if before >= trig.sent.start and before < tok.i - 1 and trig.doc[before].tag_ == "VBD":
            return True
    while tok is not None and tok.pos_ not in ("VERB", "AUX"):
        tok = None if tok.head.i == tok.i else tok.head
    if tok is None:
        return False
    return tok.tag_ == "VBD" or tok.tag_ == "VBN" and _perfect(tok)


def _first_token(trig: Token, s_start: int, d: DateMention) -> Token | None:
    """The first token of the date mention ``d`` in the trigger's sentence."""
    return next((t for t in trig.sent if t.idx >= s_start + d.start), None)


def _perfect(verb: Token) -> bool:
    """A perfect tense: "has occupied", "had said"."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


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


def _inside_clause(t: Token, trig: Token) -> bool:
    """Is ``t`` inside a clause below ``trig`` (an infinitive or a that-clause of the act)?"""
    for k in [t, *t.ancestors]:
        if k.i == trig.i:
            return False
        if k.dep_ in ("xcomp", "ccomp", "advcl") and k.pos_ in ("VERB", "AUX"):
            return True
    return False
