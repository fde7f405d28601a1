"""Turn an argument of an event (a head token) into a coded Actor.

The phrase around the head ("his Canadian counterpart, Melanie Joly") is read for country
words, organisations, titles, sector nouns and person names; an article-level memory
resolves later references ("Joly", "he", "the two nations").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..events.grammar import grammar
from ..events.syntax import (appos_after_conj, coordinated_compound, coordinated_modifiers, coordinated_owner, dateline_end,
                             entity_start, headline_appos, listed_appos, of_object, pronoun_owned)
from ..types import Actor
from .matcher import ActorMatch
from .tables import ARMED_SECTORS, ActorRecord, ActorTables, fold, name_heads, named_place_heads

# Adjectives that complete a verb ("set free", "cut loose") when the parser hangs them on its object.
PARTICLE_ADJECTIVES = frozenset({"free", "loose", "dead"})
LEFT_DEPS = {"compound", "amod", "poss", "nmod", "nummod", "det", "case", "quantmod", "predet", "nn", "punct"}
PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
# Prepositions after which a name the tagger calls a person is rather a place ("from Kherson").
PLACE_PREPOSITIONS = frozenset({"in", "into", "from", "near", "across", "outside", "inside", "toward", "towards"})
POPULATION_SECTORS = ("CVL", "REF")  # civilians and refugees: named by where they live
# Bodies of a state ("the government", "police", "the Foreign Ministry"): in a story about one
# country they are that country's.
HOME_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
_COUNTRY_KINDS = ("name", "abbrev", "adjective", "demonym", "capital", "metonym")


@dataclass
class PersonMemo:
    country: str | None
    sector: str | None
    name: str


@dataclass
class ArticleMemory:
    """What the article has said so far about who is who."""

    persons: dict[str, PersonMemo] = field(default_factory=dict)  # folded name or surname -> memo
    # (sentence start, start, is the clause's subject, memo) of each person named
    mentions: list[tuple[int, int, bool, PersonMemo]] = field(default_factory=list)
    countries: list[tuple[str, Actor]] = field(default_factory=list)  # (iso3, mention) in order
    people: list[tuple[str, Actor]] = field(default_factory=list)  # (iso3, mention) of persons, in order
    # (article offset, a, b): two countries that acted together ("A and B met", "the two sides agreed")
    pairs: list[tuple[int, Actor, Actor]] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)  # article offsets of the sentences read so far
    # country -> article offset where a table entry first named it (a country word, a body, a
    # person; not a town the gazetteer knows); -1: the dateline
    named: dict[str, int] = field(default_factory=dict)
    unplaced: int | None = None  # offset of the first state body left with no country
    # (article offset, record) of each international body or named armed group, in order
    bodies: list[tuple[int, ActorRecord]] = field(default_factory=list)

    def remember_person(self, name: str, memo: PersonMemo, actor: Actor, *, sentence: int = -1, subject: bool = False) -> None:
        parts = name.split()
        self.persons[fold(name)] = memo
        if len(parts) > 1:
            self.persons.setdefault(fold(parts[-1]), memo)
            self.persons.setdefault(fold(parts[0]), memo)
        self.mentions.append((sentence, actor.start, subject, memo))
        if memo.country and len(memo.country) == 3:
            self.people.append((memo.country, actor))

    def person_before(self, pos: int, subject: bool = False) -> PersonMemo | None:
        """The person a pronoun at ``pos`` stands for: one named before it, in the last sentence
        that names one. A pronoun subject prefers that sentence's subject ("Trudeau met Xi. He
        said …": Trudeau); otherwise the person named last wins. The memory learns a sentence's
        people before its events, so "Trudeau arrived. He told Xi that …" must not take Xi."""
        before = [m for m in self.mentions if m[1] < pos]
        if not before:
            return None
        last_sentence = max(m[0] for m in before)
        here = sorted((m for m in before if m[0] == last_sentence), key=lambda m: m[1])
        if subject:
            subjects = [m for m in here if m[2]]
            if subjects:
                return subjects[0][3]
        return here[-1][3]

    def last_two_people(self, before: int | None = None) -> list[Actor]:
        """The countries of the two people of different countries named last ("the two ministers")."""
        return _last_two(self.people, before)

    def remember_country(self, actor: Actor) -> None:
        # "IGO" (an international body with no home country, e.g. APEC) is no country of a pair.
        if actor.country and len(actor.country) == 3 and actor.country != "IGO":
            if not self.countries or self.countries[-1][0] != actor.country:
                self.countries.append((actor.country, actor))

    def last_body(self, kind: str, before: int) -> ActorRecord | None:
        """The body of ``kind`` (``body_descriptions.csv``) named last before article offset
        ``before``: for "alliance" a military one if any was named, for "international" ("the
        bloc") one that is not, else any international one."""
        named = [rec for at, rec in reversed(self.bodies) if at < before]
        if kind == "armed":
            return next((r for r in named if r.sector in ARMED_SECTORS), None)
        # The United Nations and its organs are no bloc nor alliance of states.
        igos = [r for r in named if (r.code or "").startswith("IGO") and r.country != "UNO"]
        military = (kind == "alliance")
        return next((r for r in igos if (r.sector == "MIL") == military), None) or next(iter(igos), None)

    def remember_pair(self, at: int, a: Actor, b: Actor) -> None:
        if a.country and b.country and a.country != b.country and len(a.country) == 3 == len(b.country):
            self.pairs.append((at, a, b))

    def last_pair(self, before: int, since: int = 0) -> list[Actor]:
        """The two countries that last acted together, from offset ``since`` up to ``before``,
        while both are among the last three countries named: a go-between named since (China in
        a Saudi-Iranian deal) does not break the pair, a new story does."""
        recent = [iso for iso, a in reversed(self.countries) if a.start < before]
        recent = list(dict.fromkeys(recent))[:3]
        for at, a, b in reversed(self.pairs):
            if since <= at < before:
                return [a, b] if a.country in recent and b.country in recent else []
        return []

    def only_country(self, before: int) -> str | None:
        """The one country the article has named before offset ``before`` by a table entry (a
        country word, a body, a person) or its dateline, when no other country has come up
        either way; else None. A body met before any country was named ("Police detained 12
        protesters. The government blamed Bolivia.") is of a country the story has not named: a
        country named later is not its."""
        first = before if self.unplaced is None else min(before, self.unplaced)
        named = {iso for iso, at in self.named.items() if at < first and len(iso) == 3 and iso != "IGO"}
        seen = {iso for iso, a in self.countries if a.start < before}
        return next(iter(named)) if len(named) == 1 and seen <= named else None

    def last_two_countries(self, before: int | None = None) -> list[Actor]:
        """The two countries named last; with ``before`` (an article offset) only mentions that
        start before it ("the two rivals ... the war in Yemen": not Yemen)."""
        return _last_two(self.countries, before)


def activity_noun(t: Token) -> bool:
    """ "talks", "military communications": a noun of an activity or tie between parties, never a
    party (``activity_nouns`` in grammar.json; "communication" alone may be a letter)."""
    nouns = grammar().activity_nouns
    return t.lower_ in nouns or t.lemma_.lower() in nouns


def named_water(t: Token, matches: dict[int, ActorMatch]) -> bool:
    """ "the Sea of Japan", "the South China Sea": the head of a sea's name (``named_waters`` in
    grammar.json) that no table names; no actor and no country's."""
    return t.lemma_.lower() in grammar().named_waters and t.i not in matches


def stance_noun(t: Token) -> bool:
    """ "the opposition to his appointment": a stance, no party (``stance_nouns`` in grammar.json)."""
    return t.lemma_.lower() in grammar().stance_nouns and any(
        c.dep_ == "prep" and c.lower_ in ("to", "against") for c in t.children)


def _remembered(memory: ArticleMemory, pname: str | None, person_tokens: list[Token], head: Token,
                matched: bool) -> PersonMemo | None:
    """The person the article has already named by this name: the whole name, its last word, or
    a bare name at the head that no table matched."""
    if pname:
        memo = memory.persons.get(fold(pname))
        if memo is None and len(person_tokens) > 1:
            memo = memory.persons.get(fold(person_tokens[-1].text))
        if memo is not None:
            return memo
    if head.pos_ == "PROPN" and not matched:
        return memory.persons.get(fold(head.text))
    return None


def _last_two(mentions: list[tuple[str, Actor]], before: int | None) -> list[Actor]:
    return _last_n(mentions, 2, before)


def _last_n(mentions: list[tuple[str, Actor]], n: int, before: int | None) -> list[Actor]:
    """The last ``n`` different countries of ``mentions`` (before offset ``before``), in order."""
    seen: dict[str, Actor] = {}
    for iso, actor in reversed(mentions):
        if before is not None and actor.start >= before:
            continue
        if iso not in seen:
            seen[iso] = actor
        if len(seen) == n:
            break
    return list(reversed(list(seen.values())))


def _shared_head(t: Token) -> Token | None:
    """The plural head that ``t`` is one of two or more coordinated named modifiers of ("the
    Chinese and Indian foreign ministers", "the navies of Chile and Peru"), else None."""
    h = t
    while h.dep_ == "conj":
        h = h.head
    if h.dep_ in ("amod", "compound", "nmod"):
        plural = h.head
    elif h.dep_ == "pobj" and h.head.lower_ == "of":
        plural = h.head.head
    else:
        return None
    return plural if t in coordinated_modifiers(plural) else None


def phrase_bounds(head: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``head``."""
    left = head.i
    right = head.i
    owner = coordinated_owner(head)
    first = coordinated_compound(head)
    for child in head.children:
        if child == first:
            # "President Santos and rebel leader Rodrigo Londono": Santos is an actor of his own.
            left = min(left, next(k for k in child.children if k.dep_ == "conj").left_edge.i)
            continue
        if child.i < head.i and child.dep_ in LEFT_DEPS:
            if (child.dep_ == "amod" and child.lower_ in PARTICLE_ADJECTIVES and head.dep_ == "dobj"
                    and child.i == head.head.i + 1):
                continue  # "set free two fishermen": "free" belongs to the verb, not to the fishermen
            if (child.dep_ in ("compound", "nmod") and child.lemma_.lower() in grammar().release_terms and head.dep_ == "pobj"
                    and head.head.lower_ == "on" and child.i == head.head.i + 1):
                continue  # "freed on bail two ministers": the terms they were freed on, not their name
            if child == owner:
                # "Kenya and Uganda's trade ministers": Kenya is an actor of its own.
                left = min(left, next(k for k in child.children if k.dep_ == "conj").left_edge.i)
                continue
            left = min(left, child.left_edge.i)
        elif child.i > head.i:
            if child.dep_ == "appos" and appos_after_conj(head, child) is not None:
                continue  # the name of the conjunct before it ("Santos and rebel leader Londono")
            if child.dep_ == "appos" and (listed_appos(head, child) or headline_appos(head, child)):
                continue  # the next name of a list ("Mali, Burkina Faso and Niger", a headline's "Russia, Ukraine")
            if child.dep_ == "appos" and not _adjacent(head, child):
                continue  # an apposition the parser hung across the verb is no part of the phrase
            if (child.dep_ == "appos" and child.pos_ == "NOUN" and not head.doc[child.left_edge.i - 1].is_punct
                    and any(k.dep_ == "det" and k.lower_ in ("a", "an") for k in child.children)):
                continue  # "designated the Houthis a terrorist group": a second object, no apposition
            if child.dep_ in ("appos", "flat", "compound"):
                right = max(right, child.right_edge.i)
            elif child.dep_ == "prep" and child.lower_ == "of" and _takes_of(head, child):
                # "President of the European Council", "members of the army"
                right = max(right, child.right_edge.i)
            elif child.dep_ == "prep" and child.lower_ == "for" and head.lemma_.lower() in _FOR_HEADS and _takes_of(head, child):
                # "a spokesman for the Taliban": who speaks for a body is the body's voice
                right = max(right, child.right_edge.i)
            elif (child.dep_ == "prep" and child.lower_ == "from" and head.lemma_.lower() in _FROM_HEADS and child.i == head.i + 1
                  and any(c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN") for c in child.children)):
                # "gunmen from the Baloch Liberation Army", "troops from Cameroon", "a delegation
                # from the Taliban": the body or country they come from is theirs
                right = max(right, child.right_edge.i)
    doc = head.doc
    if head.dep_ == "conj":
        named = [a for a in head.head.children if a.dep_ == "appos" and a.pos_ not in ("DET", "PRON")
                 and appos_after_conj(head.head, a) == head]  # not "each" in "Canada and India each expelled"
        if named:
            right = max(right, named[0].right_edge.i)  # "rebel leader Rodrigo Londono"
    charge = _charge_of(head)
    if charge is not None and head.i < charge.i <= right:
        right = charge.i - 1
    if head.ent_iob_ == "I":
        # A name the parser split into siblings ("Omar al-Bashir" with "al" and "Omar" not
        # attached to "Bashir"): the phrase starts where the name does. Not across a verb: the
        # recognizer may run "Lula invited Maduro" together as one name.
        begin = entity_start(head)
        # Nor across the comma of a list it ran together ("Mali, Burkina Faso and Niger").
        listed = head.dep_ == "appos" and listed_appos(head.head, head)
        verbs = [i for i in range(begin, head.i) if doc[i].pos_ in ("VERB", "AUX") or listed and doc[i].text == ","]
        begin = verbs[-1] + 1 if verbs else begin
        left = min([left] + [doc[i].left_edge.i for i in range(begin, head.i)])
    def run_in_date(t: Token) -> bool:  # "On Monday Chile expelled ...", not "Monday's decision"
        return (t.ent_type_ in ("DATE", "TIME") and doc[head.i].ent_type_ not in ("DATE", "TIME")
                and t.dep_ != "poss" and not any(k.dep_ == "case" for k in t.children)
                and not (t.i + 1 < len(doc) and doc[t.i + 1].dep_ == "case"))
    dateline = dateline_end(head)
    if left < dateline <= head.i:
        left = dateline  # "KYIV, Ukraine - Russian forces": the place the report was filed from is no part of it
    claim = [c for c in head.children if c.dep_ == "compound" and c.i < head.i and head.pos_ == "PROPN"
             and c.lemma_.lower() in grammar().claim_nouns]
    if claim:
        left = max(left, claim[-1].i + 1)  # "a charge Kigali denies": the charge is what Kigali denies, no part of its name
    while left < head.i and (doc[left].is_punct or run_in_date(doc[left])):
        left += 1
    if (left < head.i and doc[left].lower_ == "over" and left > 0 and doc[left - 1].lemma_.lower() in ("hand", "turn")
            and doc[left - 1].pos_ == "VERB"):
        left += 1  # "handed over 20 soldiers": the verb's particle, taken by the parser for "more than"
    while right > head.i and doc[right].is_punct:
        right -= 1
    return left, right + 1


class ActorCoder:
    def __init__(self, tables: ActorTables) -> None:
        self.tables = tables

    def code(self, doc: Doc, head: Token, matches: dict[int, ActorMatch], memory: ArticleMemory,
             on: date | None, offset: int = 0) -> Actor:
        """Code the phrase headed by ``head``. ``offset`` maps doc characters to article characters."""
        start, end = self.bounds(head, matches)
        return self._of_shared_head(self.code_span(doc, start, end, head, matches, memory, on, offset), head)

    def _of_shared_head(self, actor: Actor, head: Token) -> Actor:
        """ "the Chinese and Indian foreign ministers", "the navies of Chile and Peru": each named
        modifier of a shared plural head is of the kind the head names."""
        if actor.country and not actor.sector and actor.code == actor.country:
            shared = _shared_head(head)
            if shared is not None:
                sector = next((r.sector for r in self.tables.get(shared.lemma_) + self.tables.get(shared.text)
                               if r.kind in ("noun", "title") and r.sector), None)
                # "the military operations chiefs of India and Pakistan": a bare "chief" says
                # standing (ELI), not which body; the phrase's other words may say it, so none.
                sector = None if sector == "ELI" else sector
                if sector:
                    self._fill(actor, actor.country, sector, actor.name)
        return actor

    def bounds(self, head: Token, matches: dict[int, ActorMatch] | None = None) -> tuple[int, int]:
        """The actor phrase around ``head``: its noun phrase, and for a population the place it
        lives in. A table name that starts at the head runs to its end, whatever the parse made
        of it ("Doctors Without Borders" parsed as "Doctors" + a prepositional phrase), and so
        does one the head is inside ("Moon Jae-in" cut after "Jae")."""
        start, end = phrase_bounds(head)
        listed = self._listed_act(head)
        if listed is not None and listed.i < end:
            end = listed.left_edge.i
            while end > head.i + 1 and head.doc[end - 1].is_punct:
                end -= 1
        m = (matches or {}).get(head.i)
        if m is not None and m.start <= head.i and m.end > end:
            end = m.end  # also from inside it: "Moon Jae" + "-in", a name the parser cut
        doc = head.doc
        if (m is not None and head.i >= start + 2 and doc[head.i - 1].text == "-" and doc[head.i - 2].head.i == head.i
                and (matches or {}).get(head.i - 2) not in (None, m)):
            start = head.i  # "Chile-Peru talks": Peru's side of the pair is Peru alone
        return start, max(end, self._population_place_end(head))

    def _listed_act(self, head: Token) -> Token | None:
        """A place, then what the parser made its apposition: a thing owned by another name that
        no table knows as a title or kind of actor. "on Ukraine, North Korea's deployment of
        troops and Iran's drones" is a list, not a second name of Ukraine; "Smith, Britain's
        ambassador" says who Smith is, and stays."""
        if head.ent_type_ not in ("GPE", "LOC"):
            return None
        for c in head.children:
            if (c.dep_ == "appos" and c.i > head.i and c.pos_ == "NOUN"
                    and any(k.dep_ == "poss" and k.pos_ == "PROPN" for k in c.children)
                    and not any(r.kind in ("noun", "title", "person") for r in self.tables.get(c.lemma_))):
                return c
        return None

    def _population_place_end(self, head: Token) -> int:
        """ "people in Somalia", "civilians from Gaza": a population is known by where it lives,
        so the place phrase belongs to the actor. Returns the end of that phrase (0: none)."""
        if not any(r.kind in ("noun", "title") and r.sector in POPULATION_SECTORS for r in self.tables.get(head.lemma_)):
            return 0
        for c in head.children:
            if c.dep_ == "prep" and c.i > head.i and c.lower_ in ("in", "from"):
                return c.right_edge.i + 1
            if c.dep_ == "acl" and c.i > head.i and c.lower_ in ("living", "residing"):
                # "families now living in camps in Peru" (not "stranded" or "held" there:
                # foreigners stranded in Sudan are not Sudan's people)
                p = next((k for k in c.children if k.dep_ == "prep" and k.lower_ == "in"), None)
                if p is not None:
                    return p.right_edge.i + 1
        return 0

    def code_span(self, doc: Doc, start: int, end: int, head: Token, matches: dict[int, ActorMatch],
                  memory: ArticleMemory, on: date | None, offset: int = 0) -> Actor:
        """Code the tokens [start, end) as one actor phrase whose head is ``head``."""
        span = doc[start:end]
        actor = Actor(text=span.text, start=span.start_char + offset, end=span.end_char + offset)

        lower = head.lower_
        if stance_noun(head):
            return actor
        if named_water(head, matches):
            return actor  # "the Sea of Japan", "the South China Sea": a body of water, no country's
        region = self.tables.region_adjectives.get(span.text)
        if region is not None:
            # "Western sanctions": the region's adjective alone is the doer (capitalised, whole phrase).
            return self._fill(actor, region.country, None, region.name, region.code)
        if lower in PRONOUNS and end - start == 1:
            memo = memory.person_before(actor.start, subject=head.dep_ in ("nsubj", "nsubjpass"))
            if memo is None:
                return actor
            return self._fill(actor, memo.country, memo.sector, memo.name)

        country = sector = name = code = None
        title_sector = noun_sector = office_sector = None
        former = head_titled = False
        ms = _matches_in(matches, start, end)
        person_tokens = [t for t in span if t.ent_type_ == "PERSON"]
        # ("the envoy for Syria" is no Syrian; "a spokesman for Hamas" speaks as Hamas)
        other_preps = ("to", "with") if head.lemma_.lower() in _FOR_HEADS else ("to", "for", "with")
        for m in ms:
            inside_to_pp = _inside_pp(doc, m.start, head, other_preps)
            for rec in m.records:
                if rec.kind == "person" and _named_after_person(doc, m, head):
                    break  # "Abdul Kalam Island", "Nelson Mandela Square": the place, not the person
                if rec.kind == "person":
                    rec = self.tables.person(doc[m.start:m.end].text, on) or rec
                    if not inside_to_pp:
                        country = country or rec.country
                        name = name or rec.name
                        sector = sector or rec.sector
                        if (m.start <= head.i < m.end and rec.sector and on is not None and rec.start is not None
                                and rec.start <= on and (rec.end is None or on <= rec.end)):
                            # The office the table dates, held on the day, beats a title in
                            # apposition: "Gen. Brown, chairman of the Joint Chiefs" is military,
                            # not business. Undated text keeps the title's word.
                            office_sector = office_sector or rec.sector
                    break
                if rec.kind in ("international", "organization", "metonym"):
                    if m.start <= head.i < m.end or country is None and not inside_to_pp:
                        # An explicit country before it wins: "Chile's Defense Department".
                        country = country or rec.country
                        code = rec.code if rec.kind == "international" else code
                        name = name or rec.name
                        if rec.sector:
                            noun_sector = rec.sector if m.start <= head.i < m.end else noun_sector or rec.sector
                    break
                if rec.kind in _COUNTRY_KINDS:
                    if country is None and not inside_to_pp:
                        country = rec.country
                        if rec.sector and m.start <= head.i < m.end:
                            noun_sector = rec.sector
                    break
                if rec.kind == "title":
                    title_sector = title_sector or rec.sector
                    head_titled = head_titled or m.start <= head.i < m.end
                    break
                if rec.kind == "noun":
                    if m.start <= head.i < m.end or noun_sector is None:
                        noun_sector = rec.sector
                    break
                if rec.kind == "modifier":
                    former = True
                    break
        # A sector noun given by its lemma ("troops" -> "troop"); not the last word of a longer
        # title ("attorney general" is no general).
        if noun_sector is None and not head_titled:
            noun_sector = self._lemma_sector(head)
        if country is None and code is None and head.i not in matches and activity_noun(head):
            # "military communications", "police talks": an activity of that kind, not its party.
            noun_sector = title_sector = None
        if head.i not in matches and head.pos_ == "NOUN" and head.lemma_.lower() in grammar().equipment_nouns:
            # "air defence systems": what a force uses is no force; whose it is ("Russian") stays.
            noun_sector = title_sector = None
        if head.i not in matches and head.pos_ == "PROPN" and _place_name_head(head):
            # "Church Square", "Parliament Square", "Army Stadium": a place's name, no church or army.
            noun_sector = title_sector = None
        if head.lemma_.lower() == "bank" and _river_bank(head):
            # "the western bank of the Dnipro river", "the left bank": land, no lender.
            noun_sector = title_sector = None
        sector = office_sector or noun_sector or title_sector or sector
        if former and sector:
            sector = "ELI"

        senses = self.tables.story_senses_of(span.text)
        if senses:
            # "the Congress" in a story about India is its party, not the US Congress.
            home = memory.only_country(before=head.sent.start_char + offset)
            sense = senses.get(home) if home else None
            if sense is not None:
                country, sector, name, code = sense.country, sense.sector, sense.name, None
        # "Congo" alone: the Congo the story has named in full, or by its capital, its people or a
        # body of it; else the one news means by the short name (short_names.csv).
        short = self.tables.short_names
        pair = next((short[k] for m in ms if (k := m.key.removeprefix("the ")) in short), None)
        if pair is not None and country in pair:
            seen = [iso for iso in pair if memory.named.get(iso, actor.start) < actor.start]
            country = seen[0] if len(seen) == 1 else pair[0]
        if country is not None:
            memory.named.setdefault(country, actor.start)  # named by a table: a country word, a body, a person
        # A person the article has named before ("Albin Kurti … blamed Kurti"): the memory beats
        # a place that shares the name (a town called Kurti), so it comes before the gazetteer.
        pname = " ".join(t.text for t in person_tokens) if person_tokens else None
        if country is None:
            memo = _remembered(memory, pname, person_tokens, head, bool(ms))
            if memo is not None:
                country, sector, name = memo.country, sector or memo.sector, memo.name
        if country is None:
            country = self._half_country(span, memory) or self._described_country(span, memory)
        if country is None and code is None and not any(r.country for m in ms for r in m.records):
            # "the bloc", "the militia's fighters": the body of that kind the article named last.
            body = self._described_body(span, memory)
            if body is not None:
                country, sector, name, code = body.country, body.sector, body.name, body.code
        # A place inside the phrase or just after it ("Shanghai police", "leaders in France").
        if country is None:
            here = head.sent.start_char + offset
            prefer = tuple(iso for iso, at in memory.named.items() if here <= at < actor.start and len(iso) == 3)
            country = self._place_country(doc, start, end, head, matches, prefer)
        if country is None and not ms:
            # A misspelt country word that no table lists: "Kazahks", "Phillipine troops".
            for t in span:
                if t.pos_ in ("PROPN", "ADJ", "NOUN") and t.text[:1].isupper():
                    country = self.tables.misspelt_country(t.text)
                    if country:
                        break

        # "Zhao Wei, who worked at the Chinese consulate in Toronto": a person is of the body a
        # relative clause says they work or serve at.
        if country is None and (person_tokens or head.pos_ == "PROPN"):
            work = self._workplace(head, matches)
            if work is not None:
                country, sector = work.country, sector or work.sector
        # "Azerbaijan said its forces fired": a body of the state the clause above is about.
        if country is None and (noun_sector or title_sector):
            country = _owner_country(head, start, end, matches)

        # A long name of a known body or person spelt another way ("Ahlu Sunnah Wal-Jamaa").
        if country is None:
            run = _name_run(span, head)
            rec = self.tables.similar_name(run) if run else None
            if rec is not None:
                country, name = rec.country, name or rec.name
                sector = sector or rec.sector
                code = rec.code if rec.kind == "international" else code

        # People: from the table (above), from the article so far (before), or learnt here from a title.
        if pname and (country or sector):
            memory.remember_person(name or pname, PersonMemo(country, sector, name or pname), actor,
                                   sentence=head.sent.start_char + offset, subject=head.dep_ in ("nsubj", "nsubjpass"))
            name = name or pname

        if country is None and code is None and name is None and sector in HOME_SECTORS and not person_tokens:
            # A story that has named one country before this sentence, which names no other:
            # "the Foreign Ministry" there is that country's ministry.
            home = memory.only_country(before=head.sent.start_char + offset)
            if home is not None and self._sentence_countries(head.sent, matches) <= {home}:
                country = home
            if country is None and memory.unplaced is None:
                memory.unplaced = actor.start
        self._fill(actor, country, sector, name, code)
        memory.remember_country(actor)
        return actor

    def code_all(self, doc: Doc, head: Token, matches: dict[int, ActorMatch], memory: ArticleMemory,
                 on: date | None, offset: int = 0, others: frozenset[str] = frozenset()) -> list[Actor]:
        """Like ``code``, but a reference back to two countries ("the two nations", "both
        sides") gives one actor per country, each quoting the same phrase; one back to three
        ("all three countries") three, the last three named before other than ``others`` (the
        countries of the act's doers)."""
        start, end = self.bounds(head, matches)
        if names_three(doc, start, end):
            # "complaints against all three countries": the last three countries named before.
            span = doc[start:end]
            named = [(iso, a) for iso, a in memory.countries if iso not in others]
            three = _last_n(named, 3, head.sent.start_char + offset)
            if len(three) == 3:
                return [self.of_country(Actor(span.text, span.start_char + offset, span.end_char + offset), a.country)
                        for a in three]
            return []
        both = self.tables.short_names.get(head.lower_[:-1]) if head.lower_.endswith("s") and head.text[:1].isupper() else None
        if both is not None:
            # "the two Koreas", "both Congos": each of the two countries that share the name.
            span = doc[start:end]
            return [self.of_country(Actor(span.text, span.start_char + offset, span.end_char + offset), iso) for iso in both]
        if names_two(doc, start, end):
            span = doc[start:end]
            pair: list[Actor] = []
            if any(r.kind == "title" for r in self.tables.get(head.lemma_)):
                # "the two ministers": the last two people of different countries, else countries.
                pair = memory.last_two_people(before=span.start_char + offset)
            if len(pair) < 2:
                pair = (memory.last_pair(before=span.start_char + offset)
                        or memory.last_two_countries(before=span.start_char + offset))
            if len(pair) == 2:
                two = [self.of_country(Actor(span.text, span.start_char + offset, span.end_char + offset), a.country)
                       for a in pair]
                memory.remember_pair(two[0].start, *two)
                return two
            if not any(r.kind in ("title", "noun") for r in self.tables.get(head.lemma_)):
                return []  # "the two countries" with no two named before: nobody we can name
        split = _two_people(doc, start, end, head)
        if split is not None:
            # "Chilean President Gabriel Boric and Mapuche leader Hector Llaitul" parsed as one phrase.
            k, first = split
            return [self.code_span(doc, start, k, first, matches, memory, on, offset),
                    self.code_span(doc, k + 1, end, head, matches, memory, on, offset)]
        return [self._of_shared_head(self.code_span(doc, start, end, head, matches, memory, on, offset), head)]

    def _sentence_countries(self, sent: Span, matches: dict[int, ActorMatch]) -> set[str | None]:
        """The countries a sentence names by a table's country word or a place (None: a place
        no table or gazetteer knows)."""
        out: set[str | None] = {self.tables.place_country(e.text) for e in sent.ents if e.label_ == "GPE"}
        for i in range(sent.start, sent.end):
            rec = matches[i].first(*_COUNTRY_KINDS) if i in matches else None
            if rec is not None:
                out.add(rec.country)
        return out

    def _lemma_sector(self, t: Token) -> str | None:
        """The sector the tables give a noun or title by its lemma ("troops" -> troop: MIL)."""
        return next((r.sector for r in self.tables.get(t.lemma_) if r.kind in ("noun", "title")), None)

    def _workplace(self, head: Token, matches: dict[int, ActorMatch]) -> ActorRecord | None:
        """The body a relative clause on ``head`` says they work or serve at or for, when a table
        names its country ("who worked at the Chinese consulate", "who serves in the Iranian army")."""
        for c in head.children:
            if c.dep_ != "relcl" or c.lemma_.lower() not in ("work", "serve") or not any(k.lower_ in ("who", "that") for k in c.children):
                continue
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in ("at", "for", "in", "with"):
                    obj = next((x for x in p.children if x.dep_ == "pobj"), None)
                    if obj is None:
                        continue
                    s, e = phrase_bounds(obj)
                    for m in _matches_in(matches, s, e):
                        rec = next((r for r in m.records if r.country and len(r.country) == 3), None)
                        if rec is not None:
                            return ActorRecord("person", country=rec.country, sector=self._lemma_sector(obj) or rec.sector)
        return None

    def _half_country(self, span: Span, memory: ArticleMemory) -> str | None:
        """ "the North", "the North's regime": the half of a divided country (``halves.csv``) that
        the article has already named, the latest one named when it has named two."""
        words = [t for t in span if t.lower_ not in ("the", "'s", "’s")]
        half = next((t for t in words if t.text[:1].isupper() and t.lower_ in self.tables.halves), None)
        if half is None or half.i + 1 < span.end and span.doc[half.i + 1].text[:1].isupper():
            return None  # "North Korea", "South Sudan" name themselves
        options = self.tables.halves[half.lower_]
        return next((iso for iso, _ in reversed(memory.countries) if iso in options), None)

    def _described_country(self, span: Span, memory: ArticleMemory) -> str | None:
        """ "the island", "the island's defence ministry", "the kingdom": the country of that
        kind (``descriptions.csv``) that the article has named last. Only a definite description
        with no name of its own: "Hainan island", "the Greek island" and "the island of Lesbos"
        are other places."""
        for t in span:
            options = self.tables.descriptions.get(t.lower_)
            if not options or not t.is_lower:
                continue
            before = span[: t.i - span.start + 1]  # the description and its modifiers
            if (not any(w.lower_ == "the" for w in before) or any(w.ent_type_ for w in before)
                    or any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)):
                return None
            return next((iso for iso, _ in reversed(memory.countries) if iso in options), None)
        return None

    def _described_body(self, span: Span, memory: ArticleMemory) -> ActorRecord | None:
        """ "the bloc", "the alliance's chief", "the militant group": the body of that kind
        (``body_descriptions.csv``) that the article has named last, before this phrase. Only a
        definite description with no name of its own ("the Atlantic alliance")."""
        words = [t.lower_ for t in span]
        for n in (2, 1):
            for i in range(len(words) - n + 1):
                kind = self.tables.body_descriptions.get(tuple(words[i:i + n]))
                if kind is None:
                    continue
                before = span[: i + n]
                if "the" not in words[:i] or any(t.ent_type_ or t.pos_ == "PROPN" for t in before if t.lower_ != "the"):
                    return None
                return memory.last_body(kind, before=span.start_char)
        return None

    def remember_bodies(self, sent: Span, matches: dict[int, ActorMatch], memory: ArticleMemory, offset: int) -> None:
        """Note the international bodies and named armed groups a sentence names, for "the bloc"
        and "the militia" later (``_described_body``)."""
        for i in range(sent.start, sent.end):
            m = matches.get(i)
            if m is None:
                continue
            rec = next((r for r in m.records if r.kind == "international" and (r.code or "").startswith("IGO")
                        or r.kind == "organization" and r.name and r.sector in ARMED_SECTORS), None)
            if rec is not None:
                memory.bodies.append((sent.doc[m.start].idx + offset, rec))

    def _place_country(self, doc: Doc, start: int, end: int, head: Token, matches: dict[int, ActorMatch],
                       prefer: tuple[str, ...] = ()) -> str | None:
        """The country of a place in or just after the phrase. ``prefer``: countries the sentence
        has named before it, whose city of an ambiguous name wins ("Santa Cruz")."""
        spans = [(e.start, e.end) for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC", "NORP") and start <= e.start and e.end <= end]
        # Where people or a body come from is whose they are ("leaders from France"); where a
        # thing came from is not ("fired at the aircraft from the Kharkiv region").
        someone = bool(self.tables.get(head.lemma_) + self.tables.get(head.text)) or head.ent_type_ in ("PERSON", "ORG", "NORP")
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "across", "from", "throughout") and c.i >= end - 1:
                if c.lower_ == "from" and not someone:
                    continue
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is not None and not named_water(obj, matches):  # "a boat in the Caribbean Sea"
                    s, e = phrase_bounds(obj)
                    named = None
                    for m in _matches_in(matches, s, e):
                        rec = m.first(*_COUNTRY_KINDS)
                        if rec and rec.country:
                            return rec.country
                        named = named or m.first("organization", "international", "person")
                    if named is not None:
                        # "a delegation from Hamas": the body's country, not a place of that name.
                        if named.country:
                            return named.country
                        continue
                    spans.append((s, e))
                    spans.extend((x.start, x.end) for x in doc.ents if s <= x.start and x.end <= e)
        for s, e in spans:
            iso = self.tables.place_country(doc[s:e].text, prefer=prefer)
            if iso:
                return iso
        # "withdrew from Tigray": a region of our own table that the tagger took for a person's name;
        # or a town the gazetteer knows, after a preposition of place ("withdrew from Kherson"),
        # when no person of our tables has that name.
        for ent in doc.ents:
            if ent.label_ == "PERSON" and start <= ent.start and ent.end <= end:
                iso = self.tables.region_country(ent.text)
                if not iso and ent.text[:1].isupper() and ent.root.dep_ == "pobj" and ent.root.head.lower_ in PLACE_PREPOSITIONS and not any(
                        r.kind == "person" for r in self.tables.get(ent.text)):
                    iso = self.tables.place_country(ent.text, prefer=prefer)
                if iso:
                    return iso
        # Capitalised words that are not a person's name: a province ("Rakhine") or a city.
        runs: list[list[Token]] = [[]]
        for t in doc[start:end]:
            if (t.text[:1].isupper() and not t.is_upper and t.ent_type_ != "PERSON" and t.i not in matches
                    and t.pos_ in ("PROPN", "ADJ", "NOUN")):
                runs[-1].append(t)
            elif t.text == "-" and runs[-1] and not runs[-1][-1].whitespace_ and not t.whitespace_:
                runs[-1].append(t)  # "Nagorno-Karabakh"
            elif runs[-1]:
                runs.append([])
        for run in runs:
            while run and run[-1].text == "-":
                run.pop()
            if not run:
                continue
            whole = doc[run[0].i:run[-1].i + 1]
            placey = all(t.ent_type_ in ("GPE", "LOC", "FAC") for t in run if t.text != "-") or len(run) == end - start
            iso = self.tables.place_country(whole.text, cities=placey, prefer=prefer)
            if iso:
                return iso
            # A province inside a longer name: "... Alliance Northern Territory", then single words.
            for size in range(len(run) - 1, 0, -1):
                for i in range(len(run) - size + 1):
                    part = doc[run[i].i:run[i + size - 1].i + 1]
                    iso = self.tables.place_country(part.text, cities=False)
                    if iso:
                        return iso
        # A town naming the institution it modifies: "Dehli police", "Amherst College".
        for t in doc[start:end]:
            if (t.dep_ == "compound" and t.head.i == head.i and t.text[:1].isupper() and t.i not in matches
                    and t.ent_type_ != "PERSON" and t.pos_ in ("PROPN", "NOUN")
                    and self.tables.get(head.lemma_) + self.tables.get(head.text)):
                iso = self.tables.place_country(t.text, cities=True, prefer=prefer)
                if iso:
                    return iso
        return None

    @classmethod
    def of_country(cls, actor: Actor, country: str | None) -> Actor:
        """An uncoded phrase ("its territory") that the sentence says is ``country``'s."""
        return cls._fill(actor, country, None, None)

    @classmethod
    def as_civilians(cls, actor: Actor) -> Actor:
        """A place that stands for its people ("killed 30 people in Mali"): its civilians, as ICEWS
        codes "Citizen (Mali)". Unchanged when it has no country or already has a sector."""
        if not actor.country or actor.sector:
            return actor
        return cls._fill(actor, actor.country, "CVL", actor.name)

    @staticmethod
    def _fill(actor: Actor, country: str | None, sector: str | None, name: str | None, code: str | None = None) -> Actor:
        actor.country = country
        actor.sector = sector
        actor.name = name
        if code:
            actor.code = code if not sector or code.endswith(sector) else code + sector
        elif country:
            actor.code = country + (sector or "")
        elif sector:
            actor.code = sector
        return actor


def _place_name_head(head: Token) -> bool:
    """``head`` is the capitalised last word of a place's own name ("Square", "Airport";
    data/actors/named_places.csv)."""
    return head.text[:1].isupper() and head.lemma_.lower() in named_place_heads()


def _named_after_person(doc: Doc, m: ActorMatch, head: Token) -> bool:
    """The person matched at ``m`` only names the place ``head`` ends ("Indira Gandhi
    International Airport", "Nelson Mandela Square"): a place noun of its name after the
    person's, with only capitalised words between."""
    if not (m.end <= head.i and _place_name_head(head)):
        return False
    return all(t.text[:1].isupper() for t in doc[m.end:head.i])


# Heads whose phrase after "of" / "for" / "from" is part of the name (data/actors/name_heads.csv).
_OF_HEADS, _FOR_HEADS, _FROM_HEADS = (name_heads()[prep] for prep in ("of", "for", "from"))


_NAME_JOINERS = frozenset({"-", "'", "of", "al", "el", "bin", "ibn", "wa", "wal", "de", "la", "del", "du", "van", "von"})


def _name_run(span: Span, head: Token) -> str | None:
    """The run of capitalised words (with joiners such as "-", "al", "of") that holds the head,
    else the longest such run; None unless it has two capitalised words."""
    runs: list[list[Token]] = [[]]
    for t in span:
        if t.text[:1].isupper() and t.is_alpha or t.lower_ in _NAME_JOINERS and runs[-1]:
            runs[-1].append(t)
        elif runs[-1]:
            runs.append([])
    runs = [r for r in runs if r]
    for r in runs:
        while r and not r[-1].text[:1].isupper():
            r.pop()
    runs = [r for r in runs if sum(t.text[:1].isupper() for t in r) >= 2]
    if not runs:
        return None
    best = next((r for r in runs if any(t.i == head.i for t in r)), max(runs, key=len))
    return span.doc[best[0].i:best[-1].i + 1].text


def _two_people(doc: Doc, start: int, end: int, head: Token) -> tuple[int, Token] | None:
    """ "President X and rebel leader Y" that the parser made one phrase headed by Y: the index
    of the "and" and the first person's last name word, when a named person stands on each side
    of an "and" outside any name; else None."""
    for k in range(start + 1, head.i):
        t = doc[k]
        if t.lower_ in ("and", "&") and t.ent_iob_ == "O":
            # Capitalised names only: in lower-cased text the tagger calls titles people too.
            before = [x for x in doc[start:k] if x.ent_type_ == "PERSON" and x.text[:1].isupper()]
            after = [x for x in doc[k + 1:end] if x.ent_type_ == "PERSON" and x.text[:1].isupper()]
            if before and after and head.ent_type_ == "PERSON" and not any(x.text == "," for x in doc[start:k]):
                return k, before[-1]
    return None


def _adjacent(head: Token, child: Token) -> bool:
    """Every word between ``head`` and its dependent ``child`` belongs to ``head``'s own phrase,
    not to a relative clause on it ("four red lines that Washington must not challenge: Taiwan, ...":
    the list after the clause is no part of the phrase, nor is Washington)."""
    inside = {t.i for t in head.subtree} - {t.i for c in head.children if c.dep_ == "relcl" for t in c.subtree}
    return all(i in inside for i in range(head.i + 1, child.left_edge.i))


def _charge_of(head: Token) -> Token | None:
    """The "of" that names the charge after the object of a charge verb ("convicted the former
    president of corruption", "accused the leader of the rebels of war crimes"): the first "of"
    phrase whose object is a wrong done (``charge_nouns`` in grammar.json) or a verb ("of plotting")."""
    g = grammar()
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in g.charge_verbs:
        return None
    for t in head.head.subtree:
        if t.i > head.i and t.lower_ == "of" and t.dep_ == "prep":
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ == "VERB" or obj.lemma_.lower() in g.charge_nouns):
                return t
    return None


_BANK_SIDES = frozenset({"left", "right", "east", "west", "north", "south", "eastern", "western", "northern", "southern",
                         "opposite", "far", "near", "river"})


def _river_bank(head: Token) -> bool:
    """ "the western bank of the Dnipro river", "the left bank", "the river bank": the side of a
    river (a side word before "bank", or "river" in what follows "of")."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _BANK_SIDES for c in head.children):
        return True
    o = of_object(head)
    return o is not None and (o.lemma_.lower() in ("river", "canal", "lake") or any(k.lemma_.lower() == "river" for k in o.children))


def _takes_of(head: Token, prep: Token) -> bool:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ == "VERB" or obj.left_edge.tag_ == "VBG" and obj.left_edge.i == prep.i + 1:
        return False  # "accused the minister of provoking violence": a charge, no part of the name
    return head.lemma_.lower() in _OF_HEADS or head.pos_ == "PROPN"


def _owner_country(head: Token, start: int, end: int, matches: dict[int, ActorMatch]) -> str | None:
    """Whose "its" or "their" is, for a body named as the subject of a clause: the country named
    by the subject of the clause above ("Azerbaijan said its forces fired", "Azerbaijan denied it,
    and its troops fired"). Only a subject: in "Azerbaijan attacked its soldiers" whose soldiers
    they are is not for the grammar to say. A subject that names no country ("the rebels said
    their fighters") gives none."""
    if head.dep_ not in ("nsubj", "nsubjpass") or not pronoun_owned(head):
        return None
    for verb in head.head.ancestors:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not start <= c.i < end]
        if subjects:
            return _subject_country(subjects[0], matches)
    return None


def speaker_country(trigger: Token, matches: dict[int, ActorMatch], say_verbs: frozenset[str]) -> str | None:
    """The country named by the subject of the nearest reporting verb above ``trigger``: Russia
    in "Russia said Ukraine had attacked its territory"."""
    for verb in trigger.ancestors:
        if verb.lemma_.lower() in say_verbs:
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            return _subject_country(subjects[0], matches) if subjects else None
    return None


def _subject_country(subject: Token, matches: dict[int, ActorMatch]) -> str | None:
    """The country a table entry in the subject's phrase names (a country word or a body)."""
    s, e = phrase_bounds(subject)
    for m in _matches_in(matches, s, e):
        rec = m.first(*_COUNTRY_KINDS, "organization")
        if rec is not None and rec.country:
            return rec.country
    return None


def _matches_in(matches: dict[int, ActorMatch], start: int, end: int) -> list[ActorMatch]:
    seen: list[ActorMatch] = []
    for i in range(start, end):
        m = matches.get(i)
        if m is not None and m not in seen and m.start >= start and m.end <= end:
            seen.append(m)
    return seen


def _inside_pp(doc: Doc, i: int, head: Token, preps: tuple[str, ...]) -> bool:
    """Is token i inside a prepositional phrase (to/for/with) hanging off the phrase head?"""
    tok = doc[i]
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in preps:
            return True
        tok = tok.head
    return False


def names_two(doc: Doc, start: int, end: int) -> bool:
    """Is [start, end) a phrase that refers back to two parties ("the two countries", "both
    sides"; ``reciprocal_phrases`` in grammar.json)?"""
    return _ends_with_phrase(doc, start, end, grammar().reciprocal_phrases)


def names_three(doc: Doc, start: int, end: int) -> bool:
    """Is [start, end) "all three countries" or the like (``three_phrases`` in grammar.json)?"""
    return _ends_with_phrase(doc, start, end, grammar().three_phrases)


def _ends_with_phrase(doc: Doc, start: int, end: int, phrases: frozenset[str]) -> bool:
    """Is [start, end), or its last three words, one of ``phrases``?"""
    return fold(doc[start:end].text) in phrases or fold(doc[max(start, end - 3):end].text) in phrases
