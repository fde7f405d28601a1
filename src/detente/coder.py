"""The Coder: article text in, dated and directed events with evidence out.

Pipeline per article (each stage one module):
  nlp.chunks -> spaCy parse -> actors.matcher -> events.extract (frames)
  -> actors.coding (who) -> resolve.dates (when) -> resolve.places (where) -> Event
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from . import __version__
from .actors.coding import (ActorCoder, ArticleMemory, activity_noun, named_water, names_three, names_two,
                            phrase_bounds, speaker_country, stance_noun)
from .actors.matcher import ActorMatch, ActorMatcher
from .actors.tables import ActorTables, default_tables
from .errors import DetenteError, Errors
from .events.cameo import lookup, modal_code
from .events.context import contexts_for
from .events.extract import Frame, FrameFinder, named_for_its_venue
from .events.grammar import grammar
from .events.syntax import NOT_ACTOR_ENTS, default_is_actor, done_to_each_other, light_governor, pronoun_owned, theirs
from .events.lexicon import Lexicon, default_lexicon
from .events.ranking import (candidates as target_candidates, coded as _coded, features as target_features, load_ranker,
                             out_of_reach as target_out_of_reach)
from .nlp import chunks, load_model
from .nlp.acronyms import acronyms, show_as_names
from .nlp.prefilter import Prefilter
from .resolve.event_dates import event_date, office_day
from .resolve.places import dateline, find_location
from .types import Actor, Article, Event, Span as TextSpan

# Entity kinds that a proper-noun subject can have without being an actor ("March saw ...").
NOT_AGENTS = NOT_ACTOR_ENTS | {"LAW", "EVENT", "WORK_OF_ART", "LANGUAGE"}


def _wordlike(text: str) -> bool:
    """Letters, with the hyphens, apostrophes and dots of names ("al-Sisi", "O'Neill"); not the
    mojibake of a broken quote mark ("â€™â€™") that the tagger takes for a name."""
    return any(ch.isalpha() for ch in text) and all(ch.isalpha() or ch in "-'’." for ch in text)


PERSONAL = {"he", "she", "they", "we", "him", "her", "them", "i", "you"}
RULE_CONFIDENCE = {
    "verb-active": 0.8, "verb-passive": 0.8, "verb-prep": 0.75, "light-verb": 0.75, "reciprocal": 0.75,
    "noun-poss": 0.7, "noun-by": 0.7, "noun-between": 0.7, "noun-modifier": 0.6, "verb-inherited": 0.6,
    "as-role": 0.7, "trip-purpose": 0.7,
    # a target found far from the trigger, or only a place
    "deep-target": 0.6, "condition-target": 0.6, "victims-place": 0.6, "sites-place": 0.6, "recalled-envoy": 0.7, "came-under": 0.6, "mission-place": 0.6, "force-destination": 0.6,
    "place-target": 0.5,
    # chosen by the learned ranker where the rules found no coded target (events.ranking)
    "ranked-target": 0.55,
}


@dataclass
class Classification:
    """What ``Coder.classify`` says the marked source did to the marked target."""

    plover: str
    cameo: str | None
    quad_class: int
    confidence: float
    trigger: TextSpan | None = None
    coder: str = ""


# PLOVER's quad classes (used where the answer is a PLOVER type, as in `classify`).
PLOVER_QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "COOPERATE": 2, "AID": 2, "CONCEDE": 2, "RETREAT": 2, "YIELD": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


class Coder:
    """Codes news text into events.

    >>> events = Coder().code("Beijing expelled a Canadian diplomat.", date="2023-05-09")
    """

    def __init__(self, *, model: str | None = None, lexicon: Lexicon | None = None,
                 actors: ActorTables | None = None, persons: str | Path | None = None,
                 batch_size: int = 32, classifier: str | Path | None = None, prefilter: bool = True,
                 ranker: str | Path | None = None) -> None:
        self.nlp = load_model(model)
        self.lexicon = lexicon or default_lexicon()
        self.tables = actors or default_tables(str(persons) if persons else None)
        self.matcher = ActorMatcher(self.nlp.vocab, self.tables)
        # "ECOWAS imposed sanctions": the tables' acronyms are parsed as the names they are.
        show_as_names(self.nlp.vocab, acronyms(s for forms in self.tables.surfaces.values() for s in forms))
        self.actor_coder = ActorCoder(self.tables)
        self.grammar = grammar()
        self.batch_size = batch_size
        self.prefilter = prefilter  # parse only what can hold an event (nlp.prefilter); False parses all
        self.version = f"lexicon/{__version__}"
        # The learned event-type classifier beside the lexicon ("default": the shipped one; None: off,
        # the default for now: it types the sentence's main event even for an embedded pair, see MODEL_CARD.md).
        from .learn.combine import load_classifier

        self.classifier = load_classifier(classifier)
        # The learned target ranker (events.ranking): aims events the frame rules left with no
        # target or an uncoded one. "default": the shipped one; None (the default for now: on news
        # about half the targets it adds are right, see docs/EVALUATION.md): the rules alone.
        self.ranker = load_ranker(ranker)

    # -- public API --------------------------------------------------------------
    def code(self, text: str, date: str | date | None = None, *, article_id: str = "text",
             title: str | None = None) -> list[Event]:
        """Events in one text. ``date`` is the report date (ISO string or date)."""
        report = _as_date(date)
        article = Article(id=article_id, text=text, report_date=report, title=title)
        return next(self.code_articles([article]))[1]

    def code_articles(self, articles: Iterable[Article], *, processes: int = 1) -> Iterator[tuple[Article, list[Event]]]:
        """Stream (article, events) pairs, in input order; parsing is batched across articles.

        Text after an article's last possible trigger word is not parsed (``nlp.prefilter``;
        ``Coder(prefilter=False)`` parses everything, with the same events). ``processes > 1``
        codes in that many worker processes (``scale.local``), each with a copy of this coder."""
        if processes > 1:
            from .scale.local import code_in_processes

            yield from code_in_processes(self, articles, processes=processes)
            return
        prefilter = self._prefilter()
        state: dict[int, tuple[ArticleMemory, list[Event], list[int]]] = {}
        for doc, (n, art, offset, last, whole, trig) in self.nlp.pipe(
                self._pieces(articles, prefilter), as_tuples=True, batch_size=self.batch_size):
            if whole is not None and prefilter is not None and not prefilter.confirm(doc, trig):
                doc = self.nlp(whole)  # the parser's sentence ran into the cut: parse it all
            memory, events, counter = state.setdefault(n, (self._new_memory(art), [], [0]))
            if len(doc):
                self._code_doc(doc, art, offset, memory, events, counter)
            if last:
                del state[n]
                yield art, events

    def _prefilter(self) -> Prefilter | None:
        if not getattr(self, "prefilter", False):
            return None
        pf = getattr(self, "_prefilter_obj", None)
        if pf is None:
            pf = self._prefilter_obj = Prefilter(self.nlp, self.lexicon.lemmas)
        return pf

    def _pieces(self, articles: Iterable[Article], prefilter: Prefilter | None
                ) -> Iterator[tuple[Doc, tuple[int, Article, int, bool, Doc | None, int]]]:
        """Tokenized chunks to parse, with (article number, article, offset, last piece of the
        article?, the uncut chunk if this one was cut, index of its last possible trigger)."""
        make = self.nlp.make_doc
        for n, art in enumerate(articles):
            parts = list(chunks(art.text))
            docs = [make(piece) for _, piece in parts]
            keep, trig = prefilter.plan(docs) if prefilter is not None else ([len(d) for d in docs], -1)
            kept = [k for k in range(len(docs)) if keep[k]]
            if not kept:
                yield Doc(self.nlp.vocab), (n, art, 0, True, None, -1)
                continue
            for j, k in enumerate(kept):
                doc, whole = docs[k], None
                if keep[k] < len(doc):
                    whole, doc = doc, doc[:keep[k]].as_doc()
                yield doc, (n, art, parts[k][0], j == len(kept) - 1, whole, trig)

    def classify(self, text: str, *, source: tuple[int, int], target: tuple[int, int]) -> Classification:
        """The PLOVER type (and CAMEO code) of what the span ``source`` did to ``target``: the lexicon's
        answer, and with a classifier the combined one (``learn.combine``; the better-calibrated
        side decides where they disagree, the lexicon keeps its fine CAMEO code)."""
        lex = self.lexicon_classify(text, source=source, target=target)
        if self.classifier is None:
            return lex
        from .learn.combine import classify_combined

        return classify_combined(self.classifier, lex, text, source, target)

    def lexicon_classify(self, text: str, *, source: tuple[int, int], target: tuple[int, int]) -> Classification:
        """The lexicon's own answer for the marked pair (no classifier)."""
        for s, e in (source, target):
            if not (0 <= s < e <= len(text)):
                raise DetenteError(Errors.DT103.format(span=(s, e), length=len(text)))
        doc = self.nlp(text)
        finder = FrameFinder(self.lexicon, is_actor=default_is_actor, is_person=self._is_person)
        best: tuple[float, Frame] | None = None
        for sent in doc.sents:
            if sent.end_char <= min(source[0], target[0]) or sent.start_char >= max(source[1], target[1]):
                continue
            frames = finder.frames(sent)
            # "called Erdogan to convey its support": the call carries the act of its purpose clause.
            purposes = {v.head.i for f in frames for v in [light_governor(f.trigger, finder.g.light_verbs) or f.trigger]
                        if v.dep_ in ("xcomp", "advcl")}
            for f in frames:
                score = _pair_score(f, source, target)
                if f.entry.code == "041" and f.trigger.i in purposes:
                    score -= 1.0
                if lookup(f.entry.code).plover is None:
                    score -= 2.0
                if best is None or score > best[0]:
                    best = (score, f)
        if best is None or lookup(best[1].entry.code).plover is None:
            return Classification(plover=FALLBACK_TYPE, cameo=None, quad_class=PLOVER_QUAD[FALLBACK_TYPE],
                                  confidence=0.1, coder=f"{self.version}:fallback")
        score, f = best
        base = f.entry.code
        if base in DOER_CODES:
            matches = self.matcher.index(doc)
            sources = [a for t in f.sources for a in self.actor_coder.code_all(doc, t, matches, ArticleMemory(), None, 0)]
            base = _entry_code(f, sources)
        c = lookup(modal_code(base, modality=f.modality, negated=f.negated, failed=f.failed)[0])
        plover = c.plover or FALLBACK_TYPE
        conf = max(0.15, min(0.9, 0.35 + 0.12 * score))
        t = f.trigger
        return Classification(plover=plover, cameo=c.code, quad_class=PLOVER_QUAD.get(plover, c.quad_class),
                              confidence=round(conf, 3), trigger=TextSpan(t.text, t.idx, t.idx + len(t.text)),
                              coder=f"{self.version}:{f.rule}:{f.entry.where}")

    # -- stages ---------------------------------------------------------------------
    def _code_doc(self, doc: Doc, art: Article, offset: int, memory: ArticleMemory,
                  events: list[Event], counter: list[int]) -> None:
        matches = self.matcher.index(doc)
        finder = FrameFinder(self.lexicon, is_actor=lambda t: self._is_actor(t, matches), is_person=self._is_person,
                             is_state=lambda t: self._is_state(t, matches), is_country=lambda t: self._is_country(t, matches),
                             country_of=lambda t: self.actor_coder.code(doc, t, matches, ArticleMemory(), None, 0).country,
                             is_kind_word=self._kind_word)
        first, starts = len(events), {}
        for sent in doc.sents:
            index = counter[0]
            counter[0] += 1
            starts[index] = sent.start_char + offset
            self._remember(sent, matches, memory, art.report_date, offset)
            seen: set[tuple] = set()
            for frame in finder.frames(sent):
                if frame.suppressed:
                    continue
                for ev in self._events(frame, sent, index, art, offset, matches, memory, events):
                    # "conveyed its solidarity and support": two triggers, one act. Counted once.
                    # "the two governments" is two actors on one span: the key holds who, not only where.
                    key = (ev.source.start, ev.source.code, ev.source.name, ev.target.start if ev.target else None,
                           ev.target.code if ev.target else None, ev.target.name if ev.target else None,
                           ev.cameo, ev.negated, ev.modality)
                    if key not in seen:
                        seen.add(key)
                        events.append(ev)
        events[first:] = self._retype(doc, offset, events[first:], starts)

    def _retype(self, doc: Doc, offset: int, found: list[Event], starts: dict[int, int]) -> list[Event]:
        """With a classifier: the combined type and calibrated confidence for each event on a pair,
        in one batch per parsed chunk (``learn.combine.retype_events``; ``starts``: sentence index ->
        its offset in the article). An event nested under another one keeps the lexicon's type
        (``_nested``). Without a classifier the events are unchanged."""
        if self.classifier is None or not found:
            return found
        from .learn.combine import retype_events

        nested = _nested(doc, offset, found)
        done = iter(retype_events(self.classifier, [e for i, e in enumerate(found) if i not in nested], starts))
        return [e if i in nested else next(done) for i, e in enumerate(found)]

    def _ranked_target(self, f: Frame, sent: Span, c, source: Actor, target: Actor | None,  # type: ignore[no-untyped-def]
                       matches: dict[int, ActorMatch], memory: ArticleMemory, on: date | None, offset: int) -> Actor | None:
        """The target the ranker (``events.ranking``) prefers for an event the rules left with no
        target or an uncoded one; else ``target``. (A ranker that records for training sees
        every event: ``learn.targets``.)"""
        if not c.plover or (_coded(target) and not getattr(self.ranker, "records", False)):
            return target  # a statement (01) or other act outside PLOVER's types is aimed at no one more
        doc = sent.doc
        scored = []
        for cand in target_candidates(sent, (source.start - offset, source.end - offset)):
            current = target is not None and cand.start < target.end - offset and target.start - offset < cand.end
            actor = self.actor_coder.code(doc, cand.head, matches, ArticleMemory(), None, 0)
            if not current and target_out_of_reach(f.trigger, cand.head, actor, root=c.root, grammar=self.grammar,
                                                   act_noun=self._act_noun):
                continue
            feats = target_features(f.trigger, cand.head, cameo=c.code, plover=c.plover or "", rule=f.rule, current=current,
                                    has_target=target is not None, current_coded=_coded(target), coded=_coded(actor))
            if feats is not None:
                scored.append((cand, feats, current, actor))
        pick = self.ranker.rank(source, target, [x[:3] for x in scored], offset, c.plover)
        if pick is None:
            return target
        # Only a coded actor other than the doer itself: a phrase the actor coder cannot place
        # ("the spot", "homage") says no more than no target does.
        # Nor the doer's own state ("Baku rejected ... Azerbaijan", "China had not agreed ... which
        # Beijing suspended": a state and its government); people of its own country may be.
        chosen = scored[pick][3]
        if not _coded(chosen) or chosen.code == source.code or chosen.country == source.country and (
                not chosen.sector or not source.sector and chosen.sector in STATE_SECTORS):
            return target
        return self.actor_coder.code(doc, scored[pick][0].head, matches, memory, on, offset)

    def _as_place(self, t: Actor, code: str, rule: str) -> Actor:
        """A copy of target ``t``; a capital that an act of force hit, where a curfew or emergency
        was imposed or eased, or where an act was done (the place-target rule), is the place, coded
        as its country: "rebels shelled Kinshasa" hit the city, not the government its name stands
        for when it speaks ("Kinshasa protested")."""
        out = _copy(t)
        if (t.sector == "GOV" and t.country and (code[:2] in PLACE_ROOTS or code in PLACE_CODES or rule == "place-target")
                and any(r.kind == "capital" for r in self.tables.get(_THE.sub("", t.text)))):
            out.sector, out.code = None, t.country
        return out

    def _act_noun(self, t: Token) -> bool:
        """The lexicon has ``t`` as a noun naming an act ("offensive", "summit", "grievance")."""
        return bool(self.lexicon.candidates(t.lemma_.lower(), "NOUN"))

    def _is_actor(self, t: Token, matches: dict[int, ActorMatch]) -> bool:
        if t.is_punct:
            return False  # the "-" of a split "vice-president" is nobody
        if t.lower_ in PERSONAL:
            return True
        if t.pos_ == "PRON":
            return False
        if stance_noun(t):
            return False  # "the opposition to his appointment"
        if named_water(t, matches):
            return False  # "the Sea of Japan", "the South China Sea": a body of water, nobody's doing
        if t.pos_ == "NOUN" and t.lemma_.lower() in self.grammar.place_named_wars and t.i not in matches:
            return False  # "the Ukraine war has displaced millions": a war is no party, whoever wages it
        if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.i in matches:
            return True
        if t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ not in NOT_AGENTS and _wordlike(t.text):
            return True  # a name that does something is someone, whatever the tagger calls it
        s, e = phrase_bounds(t)
        if self._activity(t, matches, s, e):
            return False  # "military communications": an activity of a kind, no party to it
        if t.pos_ == "NOUN" and t.lemma_.lower() in self.grammar.equipment_nouns and t.i not in matches:
            # "air defence systems": a force's equipment is a party only as someone's ("Russian ...").
            return not _kinds_only(matches, s, e)
        if any(i in matches for i in range(s, e)) or names_two(t.doc, s, e) or names_three(t.doc, s, e):
            return True  # a table name in the phrase, or "the two countries" (two actors named before)
        # "spying allegations": a verb form is no spy, whatever its lemma.
        return any(r.kind in ("noun", "title") for r in self.tables.get(t.lower_ if t.tag_ == "VBG" else t.lemma_))

    def _speakers(self, tok: Token, actor: Actor, f: Frame, source: Actor, matches: dict[int, ActorMatch]) -> Actor:
        """``actor`` (headed by ``tok``) as the reporter's: an uncoded "its territory" or "their
        villages" that a hostile act of ``source`` harmed, under a reporting verb whose subject
        names another country (``speaker_country``)."""
        # An embassy "in Quito" is still its owner's: the place it stands in says nothing of whose it is.
        placed = tok.lemma_.lower() in self.grammar.embassy_nouns and not any(
            c.dep_ in ("amod", "compound") for c in tok.children)
        if ((actor.country or actor.code) and not placed or any(c.lower_ == "own" for c in tok.children)
                or not pronoun_owned(tok)):
            return actor  # "its own positions" are the doer's
        iso = speaker_country(f.trigger, matches, self.grammar.say_verbs)
        if iso is None or iso == source.country:
            return actor
        return self.actor_coder.of_country(actor, iso)

    def _rejects_a_claim(self, f: Frame) -> bool:
        """ "rejected the accusation", "a charge Baku rejected": what is rejected is a claim
        (``claim_nouns`` in grammar.json)."""
        things = f.targets or ([f.trigger.head] if f.trigger.dep_ == "relcl" else [])
        return bool(things) and all(t.lemma_.lower() in self.grammar.claim_nouns for t in things)

    def _activity(self, t: Token, matches: dict[int, ActorMatch], s: int, e: int) -> bool:
        """An activity noun (``activity_nouns`` in grammar.json) whose phrase names no country,
        body or person, only a kind of actor ("military communications", "police talks")."""
        if t.i in matches or not activity_noun(t):
            return False
        return _kinds_only(matches, s, e)

    def _is_state(self, t: Token, matches: dict[int, ActorMatch]) -> bool:
        """A place that is a country: the tagger's GPE, or a country's own name in the actor tables
        (not a demonym or adjective) whatever label the small model gave it."""
        if t.ent_type_ == "GPE":
            return True
        m = matches.get(t.i)
        return m is not None and any(r.kind in ("name", "capital") and r.country for r in m.records)

    def _kind_word(self, t: Token) -> bool:
        """A word of the sector table that names a kind of actor by itself ("police", "leader",
        "worker"), or with the word before it ("riot police")."""
        words = [t.lemma_.lower(), t.lower_]
        if t.i > 0:
            words.append(f"{t.doc[t.i - 1].lower_} {t.lower_}")
        return any(r.kind in ("noun", "title") for w in words for r in self.tables.get(w))

    def _named_for_its_venue(self, t: Token, matches: dict[int, ActorMatch]) -> bool:
        """A pact or meeting named only by the city it was signed or held in ("the Minsk accords");
        a name of the tables ("the Warsaw Pact") is an actor of its own."""
        if t.i in matches or t.lemma_.lower() not in self.grammar.venue_named_nouns:
            return False
        places = [m for m in t.children if m.i < t.i and m.dep_ in ("compound", "nmod") and self._is_state(m, matches)]
        return bool(places) and all(named_for_its_venue(t, m, self.grammar, lambda x: self._is_state(x, matches),
                                                        lambda x: self._is_country(x, matches)) for m in places)

    def _is_country(self, t: Token, matches: dict[int, ActorMatch]) -> bool:
        """A country's own name in the actor tables ("Ukraine", "US"), not its capital or a city."""
        m = matches.get(t.i)
        return m is not None and any(r.kind in ("name", "abbrev") and r.country for r in m.records)

    def _regarding(self, t: Token) -> bool:
        """``t`` is whom a thing concerns: the object in "with regard to T", "in relation to T"."""
        p = t.head
        return t.dep_ == "pobj" and p.head.i != p.i and p.head.lemma_.lower() in self.grammar.regard_nouns

    def _is_person(self, t: Token) -> bool:
        """A named person, or a title ("the former mayor"); not a body ("the court")."""
        if t.ent_type_ == "PERSON":
            return True
        if t.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC"):
            return False
        return any(r.kind in ("title", "person") for r in self.tables.get(t.lemma_))

    def _new_memory(self, art: Article) -> ArticleMemory:
        """The memory an article starts with: the country of its dateline ("kolkata: the police
        said …"), when it has one, is a country the story has named."""
        memory = ArticleMemory()
        place = dateline(art.text)
        iso = self.tables.place_country(place) if place else None
        if iso:
            memory.named[iso] = -1
        return memory

    def _remember(self, sent: Span, matches: dict[int, ActorMatch], memory: ArticleMemory,
                  on: date | None, offset: int) -> None:
        """Code the people and countries a sentence names, so later references resolve."""
        memory.sentences.append(sent.start_char + offset)
        self.actor_coder.remember_bodies(sent, matches, memory, offset)
        for ent in sent.ents:
            if ent.label_ in ("PERSON", "GPE", "NORP"):
                self.actor_coder.code(sent.doc, ent.root, matches, memory, on, offset)

    def _events(self, f: Frame, sent: Span, index: int, art: Article, offset: int,
                matches: dict[int, ActorMatch], memory: ArticleMemory, so_far: list[Event]) -> list[Event]:
        doc = sent.doc
        when = event_date(sent.text, f.trigger, sent.start_char, art.report_date, f.modality, f.entry.object)
        # Who held which office is read on the day of the act, not of the report: in a 2024
        # story, a minister's 2015 visit is a minister's, not a former minister's.
        on = office_day(when[0], when[1])
        code = lambda tok: self.actor_coder.code_all(doc, tok, matches, memory, on, offset)  # noqa: E731
        # "President Moon Jae-in met Abe": the parser made "Jae" and "in" two subjects; both are
        # words of one name in the actor tables, so one actor.
        f.sources, f.targets = _one_per_match(f.sources, matches), _one_per_match(f.targets, matches)
        sources = [a for t in f.sources for a in code(t)]
        # "the Asia-Pacific Economic Cooperation summit": a trigger word inside the doer's own
        # name is part of the name, no act.
        # (A trigger in a clause the phrase runs over, "Modi, who had announced an inquiry", is an act.)
        at = f.trigger.idx + offset
        clauses = [k.idx + offset for k in [f.trigger, *f.trigger.ancestors] if k.dep_ in ("relcl", "acl", "advcl", "ccomp")]
        sources = [a for a in sources if not a.start <= at < a.end or any(a.start <= c < a.end for c in clauses)]
        # Coded even when there is no source: coding feeds the article memory that later
        # mentions resolve against, so an early return before this line changes later events.
        doers = frozenset(a.country for a in sources if a.country)
        coded_targets = [(t, a) for t in f.targets
                         for a in self.actor_coder.code_all(doc, t, matches, memory, on, offset, doers)]
        # "rejected the Lisbon Treaty", "endorsed the Paris agreement": named for where it was
        # signed, no act on that city's country.
        coded_targets = [(t, Actor(a.text, a.start, a.end) if self._named_for_its_venue(t, matches) else a)
                         for t, a in coded_targets]
        targets = [a for _, a in coded_targets]
        if not sources:
            return []
        # "They agreed to reopen their embassies": the two's own, no third party.
        own_pair = [a for t, a in coded_targets if theirs(t, self.grammar.mutual_nouns)]
        if (len(sources) == 1 and sources[0].text.lower() == "they" and not _coded(sources[0])
                and (f.entry.reciprocal or f.root in self.grammar.reciprocal_roots)
                and f.entry.code not in self.grammar.mediation_codes and not any(_coded(a) for a in targets if a not in own_pair)):
            # "Chile and Peru met on Monday. They agreed to meet again": the two countries that
            # last acted together, in this sentence or the one before.
            they = sources[0]
            since = memory.sentences[-2] if len(memory.sentences) > 1 else 0
            pair = memory.last_pair(they.start, since)
            if pair:
                sources = [self.actor_coder.of_country(Actor(they.text, they.start, they.end), a.country) for a in pair]
                targets = [a for a in targets if a not in own_pair]
        if lookup(f.entry.code).quad_class in (3, 4) and len(sources) == 1 and sources[0].country:
            # "Russia said Ukraine had attacked its territory": an "its" of a thing the doer harmed
            # is not the doer's own; it is the speaker's.
            targets = [self._speakers(t, a, f, sources[0], matches) for t, a in coded_targets]
        if f.victims:  # "killed 30 people in Mali": the place stands for its people
            targets = [self.actor_coder.as_civilians(a) for a in targets]
        code, negated = modal_code(_entry_code(f, sources), modality=f.modality, negated=f.negated, failed=f.failed)
        c = lookup(code)
        if (f.entry.code == "016" or c.root == "12" and self._rejects_a_claim(f)) and not any(t.code for t in targets):
            # "China denied the accusation", "a charge Baku rejected": aimed at whoever accused it.
            accuser = _last_aimed_at(sources[0], so_far, "ACCUSE")
            if accuser is not None:
                targets = [accuser]
        if (c.root == "12" and not f.targets and not any(t.code for t in targets) and f.trigger.pos_ == "VERB"
                and not any(k.dep_ in ("dobj", "xcomp", "ccomp", "prep", "nsubjpass") for k in f.trigger.children)):
            # "Germany asked Brazil to sell it ammunition, but Brasilia declined": a bare refusal
            # is aimed at whoever asked, in this sentence or the one before.
            asker = _last_aimed_at(sources[0], so_far, "REQUEST", since=index - 1)
            if asker is not None:
                targets = [asker]
        pairs: list[tuple[Actor, Actor | None]] = []
        ranked: set[int] = set()  # targets the ranker chose (events.ranking), by object id
        # A place target is where it happened ("a ceasefire in Libya" is not Libya's ceasefire too),
        # and the thing a reciprocal act names ("exchanged prisoners") is no party to it.
        # Nor is whom it concerns ("signed a deal with regard to Nepal").
        # "President X and rebel leader Y signed a deal", parsed as one phrase the actor coder split
        # in two: together, as "X and Y signed" is.
        # "Both sides agreed to a ceasefire": a pact they agreed to is no party; "the two countries
        # expelled each other's diplomats": each did it to the other, whatever the act.
        pact = bool(f.targets) and not any(_coded(t) for t in targets) and all(
            t.lemma_.lower() in self.grammar.pact_nouns for t in f.targets)
        mutual = bool(f.targets) and done_to_each_other(f.trigger, f.targets)
        together = (not f.reciprocal and len(f.sources) == 1 and len(sources) == 2
                    and (mutual or (not f.targets or f.rule == "place-target" or pact
                                    or all(theirs(t, self.grammar.mutual_nouns) for t in f.targets))
                         and (f.entry.reciprocal or f.root in self.grammar.reciprocal_roots))
                    and f.entry.code not in self.grammar.mediation_codes)
        if together:
            targets = []
        # One who agreed to a truce "with T" agreed alone: T's assent is not said.
        assent = len(sources) == 1 and f.trigger.lemma_.lower() in self.grammar.assent_verbs
        # "X will not go to Ankara to meet T": a refusal (125) is X's alone, not a meeting of two.
        refusal = c.root in ("12", "13") and f.entry.code[:2] not in ("12", "13")
        reciprocal = f.reciprocal or together or (
            f.entry.reciprocal and bool(targets) and f.rule != "place-target" and not assent and not refusal
            and not f.targets_are_its_object and not any(map(self._regarding, f.targets)))
        if f.reciprocal or together:
            pairs = [(a, b) for a in sources for b in sources if a is not b and _distinct(a, b) and not _one_body(a, b)]
            if len(sources) == 2:
                memory.remember_pair(sources[0].start, *sources)
        else:
            pairs = [(s, t) for s in sources for t in (targets or [None])
                     if t is None or _distinct(s, t) and not _own_side_of_two(s, t, targets)]
            if c.code == "042" and f.trigger.lemma_.lower() in self.grammar.arrival_verbs:
                # "Trudeau arrived in Ottawa": coming home is no visit.
                pairs = [(s, t) for s, t in pairs if t is None or not (s.country and s.country == t.country)]
            elif self.ranker is not None and not reciprocal:  # a reciprocal act keeps its parties
                pairs = [(s, self._ranked_target(f, sent, c, s, t, matches, memory, on, offset)) for s, t in pairs]
                ranked = {id(t) for s, t in pairs if t is not None and t not in targets}
            if reciprocal:
                # Both directions only between actors: "shared evidence with X" is not X sharing "evidence".
                pairs += [(t, s) for s, t in list(pairs) if t is not None and t.code]
                if len(pairs) == 2:
                    memory.remember_pair(pairs[0][0].start, *pairs[0])
        if not pairs:
            return []
        trig = f.trigger
        tspan = TextSpan(trig.text, trig.idx + offset, trig.idx + len(trig.text) + offset)
        s_start = sent.start_char
        stext = sent.text
        exclude = [(a.start - offset - s_start, a.end - offset - s_start) for a in sources + targets]
        ents = [(e.start_char - s_start, e.end_char - s_start, e.label_) for e in sent.ents]
        place = find_location(stext, ents, exclude=exclude,
                              prefer=[a.country for a in sources + targets if a.country])
        contexts = contexts_for(sent, c.plover_context)
        group = None
        if len(pairs) > 1:
            group = hashlib.sha1(f"{art.id}:{index}:{tspan.start}".encode()).hexdigest()[:12]
        conf = RULE_CONFIDENCE.get(f.rule, 0.6) - (0.15 if f.pos_guess else 0) + (0.05 if f.entry.object else 0)
        out = []
        for s, t in pairs:
            rule = "ranked-target" if t is not None and id(t) in ranked else f.rule
            cf = (conf if rule == f.rule else RULE_CONFIDENCE[rule]) - (0.1 if not s.code else 0) - (0.1 if t is None or not t.code else 0)
            out.append(Event(
                article_id=art.id,
                report_date=art.report_date.isoformat() if art.report_date else None,
                sentence_index=index,
                sentence=stext,
                source=_copy(s),
                target=self._as_place(t, c.code, f.rule) if t else None,
                cameo=c.code, cameo_root=c.root, goldstein=c.goldstein, quad_class=c.quad_class,
                plover=c.plover or "", plover_mode=(f.entry.plover_mode if c.code == f.entry.code else None) or c.plover_mode,
                event_date=when[0], date_precision=when[1],
                trigger=tspan, negated=negated, modality=f.modality, location=place,
                confidence=round(max(0.05, min(0.95, cf)), 3),
                coder=f"{self.version}:{rule}:{f.entry.where}",
                reciprocal=reciprocal, group=group, contexts=contexts,
            ))
        return out

FALLBACK_TYPE = "ACCUSE"
# A state that protests complains officially (114); it does not take to the streets (141).
OFFICIAL_CODES = {"141": "114"}
STATE_SECTORS = {"GOV", "DIP", "IGO"}
# Acts that hit a place: a capital they are aimed at is the city, not its government (Coder._as_place).
PLACE_ROOTS = {"18", "19", "20"}
PLACE_CODES = {"0813", "0814", "1723", "1724"}  # curfews, states of emergency and martial law, eased or imposed
_THE = re.compile(r"^(?:the)\s+", re.I)
# A charge brought by anyone but the state's law (173, "charged the minister with fraud") is an
# accusation (112): by the opposition, a rights group, a party, a newspaper.
LEGAL_CODES = {"173": "112"}
LEGAL_LEMMAS = {"charge"}
LEGAL_SECTORS = {"GOV", "JUD", "COP", "SPY", "MIL", "IGO"}
DOER_CODES = OFFICIAL_CODES.keys() | LEGAL_CODES.keys()  # codes whose reading depends on the doer


def _entry_code(f: Frame, sources: list[Actor]) -> str:
    """The frame's CAMEO code, read for who does it.

    "China protested the arms sale" is an official complaint, "students protested the new law" a
    demonstration: official only when every doer is a state body (a government, ministry,
    diplomat or international organisation), or a country named for its government ("China",
    not "thousands of Chinese"). "Prosecutors charged the minister with fraud" is a legal charge,
    "the opposition charged the minister with fraud" an accusation: legal when a doer is the
    state's law (a government, court, police, intelligence service or army) or a named country."""
    code = f.entry.code
    if code not in DOER_CODES or not sources:
        return code
    named_state = any(t.ent_type_ == "GPE" and t.pos_ == "PROPN" for t in f.sources)

    def state(a: Actor, sectors: set[str]) -> bool:
        return a.sector in sectors or a.country == "IGO" or a.sector is None and bool(a.country) and named_state

    if code in OFFICIAL_CODES and f.entry.lemma == "protest" and all(state(a, STATE_SECTORS) for a in sources):
        return OFFICIAL_CODES[code]
    if code in LEGAL_CODES and f.entry.lemma in LEGAL_LEMMAS and not any(state(a, LEGAL_SECTORS) for a in sources):
        return LEGAL_CODES[code]
    return code


def _one_per_match(toks: list[Token], matches: dict[int, ActorMatch]) -> list[Token]:
    """The first of several tokens inside one actor-table name; other tokens as they are."""
    seen: set[tuple[int, int]] = set()
    out = []
    for t in toks:
        m = matches.get(t.i)
        if m is not None and m.end - m.start > 1:
            if (m.start, m.end) in seen:
                continue
            seen.add((m.start, m.end))
        out.append(t)
    return out


def _nested(doc: Doc, offset: int, found: list[Event]) -> set[int]:
    """Indexes of the events on a pair whose trigger lies under the trigger of another event on a
    pair in the same sentence ("accused Y of attacking Z": the attack). The classifier reads the
    whole sentence and answers for the act that governs it, so it must not retype these."""
    heads: dict[int, Token] = {}
    for i, e in enumerate(found):
        if e.target is None:
            continue
        span = doc.char_span(e.trigger.start - offset, e.trigger.end - offset, alignment_mode="expand")
        if span is not None and len(span):
            heads[i] = span.root
    out = set()
    for i, t in heads.items():
        others = {u.i for j, u in heads.items() if found[j].sentence_index == found[i].sentence_index and u.i != t.i}
        if others and any(a.i in others for a in t.ancestors):
            out.add(i)
    return out


def _pair_score(f: Frame, source: tuple[int, int], target: tuple[int, int]) -> float:
    def hit(toks: list[Token], span: tuple[int, int]) -> bool:
        for t in toks:
            s, e = phrase_bounds(t)
            a, b = t.doc[s].idx, t.doc[e - 1].idx + len(t.doc[e - 1].text)
            if a < span[1] and span[0] < b:
                return True
        return False

    s_hit, t_hit = hit(f.sources, source), hit(f.targets, target)
    score = 2.0 * s_hit + 2.0 * t_hit
    if not s_hit and hit(f.targets, source) and hit(f.sources, target):
        score = 1.5
    if f.reciprocal and hit(f.sources, source) and hit(f.sources, target):
        score = 4.0
    # Closeness of the trigger to the pair, as a tie-breaker.
    i = f.trigger.idx
    gap = min(abs(i - source[0]), abs(i - target[0]), abs(i - source[1]), abs(i - target[1]))
    lo, hi = min(source[0], target[0]), max(source[1], target[1])
    between = 0.5 if lo <= i <= hi else 0.0
    score += between + max(0.0, 1.0 - gap / 200.0)
    if f.entry.code == "010":
        score -= 1.0
    if f.suppressed:
        score -= 0.25
    return score


def _last_aimed_at(answerer: Actor, so_far: list[Event], plover: str, since: int = -1) -> Actor | None:
    """Whoever did the latest ``plover`` act of the article aimed at ``answerer``'s country, from
    sentence ``since`` on: who accused a denier (the whole article), who asked a refuser (its
    sentence or the one before)."""
    for ev in reversed(so_far):
        if ev.sentence_index < since:
            break
        if ev.plover == plover and ev.target and ev.target.country and ev.target.country == answerer.country:
            return ev.source
    return None


def _own_side_of_two(source: Actor, target: Actor, targets: list[Actor]) -> bool:
    """``target`` is the doer's own country, read out of a phrase that names two ("told Blinken
    that the two countries should be partners": the United States, not China, for Xi)."""
    return bool(source.country) and target.country == source.country and any(
        o is not target and (o.start, o.end) == (target.start, target.end) and o.country != source.country for o in targets)


def _distinct(a: Actor, b: Actor) -> bool:
    return not (a.start == b.start and a.end == b.end and a.code == b.code)


def _one_body(a: Actor, b: Actor) -> bool:
    """Two names of one named body: "the United Nations (UN)" read as "A and B"."""
    return bool(a.name) and a.name == b.name and a.code == b.code


def _copy(a: Actor) -> Actor:
    return Actor(a.text, a.start, a.end, a.code, a.country, a.sector, a.name)


def _as_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _kinds_only(matches: dict[int, ActorMatch], s: int, e: int) -> bool:
    """The table names in tokens [s, e) only say a kind of actor ("military", "police"): no
    country, body or person."""
    return all(r.kind in ("noun", "title", "modifier") for i in range(s, e) if i in matches for r in matches[i].records)
