"""Find event frames in a parsed sentence: a trigger (verb or noun) from the lexicon, the
tokens heading its source and target, and its polarity and modality.

Frames are found from the dependency parse alone; turning argument tokens into coded actors
is the job of ``actors.coding``. Rules, by name (the name is recorded in ``Event.coder``):

  verb-active     S <verb> T            "Beijing expelled a Canadian diplomat"
  verb-passive    T was <verb> by S     "a Canadian diplomat was expelled by Beijing"
  verb-prep       S <verb> <prep> T     "Wang met with Joly", "fired on the convoy"
  verb-inherited  subject from the governing clause ("vowed to retaliate against T")
  light-verb      S <light verb> <noun> T   "China lodged a complaint about T", "held talks with T"
  received        T <receive> <noun> from S   "Bashir received an invitation from Putin"
  trip-purpose    S <travel> for <noun> T   "Lavrov flew to Ankara for talks with Fidan"
  noun-poss       S's <noun> of T       "Canada's expulsion of a Chinese diplomat"
  noun-by         <noun> on T by S      "an attack on the convoy by rebels"
  noun-between    <noun> between A and B    "a discussion between Wang and Joly"
  passive-place   T was <verb> in/from S, for acts only a state does ("was arrested in Chad")
  came-under      T came under <noun> by/from S ("came under shelling by Russian forces")
  recalled-envoy  S's envoy to T was recalled: the envoy's own state recalls, the post is the target
  reciprocal      A and B <verb>        "China and Canada held talks"
  deep-target     the target two prepositions down the object, when none is nearer
                  "announced a suspension of flights with 21 countries", "eased limits on aid to T"
  condition-target  a refused or announced act waits on T ("will not lift the embargo until T reforms")
  place-target    no actor-like target: the place where it happened ("declared a ceasefire in T")
  sites-place     an attack on sites named by kind only: the place they are in ("struck military targets in T")

Quantity and group heads stand for what they count ("killed dozens of militants": the militants).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from .cameo import lookup
from .grammar import Grammar, grammar
from .lexicon import Entry, Lexicon
from .syntax import (auxiliary_subjects, cargo, complement, container_of, default_is_actor, done_to_each_other, entity_name, expand,
                     headline_pair,
                     expand_all, has_particle, hyphen_lemma, light_governor, named_by, object_lemmas, objects_after,
                     of_object, one_per_entity, own, particle_objects, pobj, pronoun_owned, subjects_on_auxiliary, theirs,
                     to_infinitive)
from .targets import TargetRules

SUBJ = ("nsubj", "csubj")
OUR_TOO = ("its", "their", "our")  # "our allies", "our boat" in a quote: the speaker's own
REL_PRONOUNS = {"who", "which", "that", "whom"}
ANAPHORA = {"he", "she", "they", "it"}
OBJECT_ANAPHORA = {"him", "her", "them"}


def governing_clauses(clause: Token) -> Iterator[Token]:
    """The clauses above ``clause`` that report or govern it, nearest first ("said [he would
    meet him]", "convicted X and [sentenced him]"): where a pronoun's antecedent may be."""
    while clause.head.i != clause.i and clause.dep_ in ("ccomp", "xcomp", "advcl", "conj"):
        clause = clause.head
        yield clause


@dataclass
class Frame:
    trigger: Token
    entry: Entry
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    rule: str = ""
    reciprocal: bool = False
    negated: bool = False
    modality: str = "asserted"
    suppressed: bool = False
    content_of: "Frame | None" = None  # the frame whose content this one is (deny, accuse of ...)
    pos_guess: bool = False  # matched under the other part of speech than the tagger's
    failed: bool = False  # "failed to reach agreement": the action did not happen
    victims: bool = False  # the targets are a place standing for unnamed people hurt there

    @property
    def root(self) -> str:
        return self.entry.code[:2]

    @property
    def targets_are_its_object(self) -> bool:
        """Every target is a word the entry names as its object ("exchanged [prisoners]"): the
        thing acted with, not a party to the act."""
        # "exchanged the bodies of fallen soldiers": what a named thing counts is that thing too.
        return bool(self.targets) and all(
            t.lemma_.lower() in self.entry.object
            or t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in self.entry.object
            for t in self.targets)


def _by_phrase(n: Token) -> list[Token]:
    """The objects of an act noun's "by": its own, or, when it has none, the one the small parser
    hangs on the object of its "of" ("the expulsion of the French ambassador by Niger's junta")."""
    return objects_after(n, ("by",)) or [t for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                                         for o in [pobj(c)] if o is not None for t in objects_after(o, ("by",))]


def _in_lower_clause(t: Token, v: Token) -> bool:
    """Whether ``t`` is an argument of a verb of a clause below ``v`` (an infinitive, an adverbial
    or relative clause), not of ``v`` itself."""
    cur = t
    while cur.head.i != cur.i and cur.head.i != v.i:
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp"):
            return True
    return False


def named_for_its_venue(n: Token, m: Token, g: Grammar, is_state: "callable[[Token], bool]",
                        is_country: "callable[[Token], bool]") -> bool:
    """``m``, a word before the pact or meeting noun ``n``, is the city it was signed or held in
    ("the Minsk accords", "the Washington summit"): a place (``is_state``) that is no country's
    own name (``is_country``) and not one of a pair ("the Beijing-Moscow pact")."""
    doc = m.doc
    paired = (m.i + 1 < len(doc) and doc[m.i + 1].text == "-") or (m.i >= 1 and doc[m.i - 1].text == "-")
    return (n.lemma_.lower() in g.venue_named_nouns and m.dep_ in ("compound", "nmod") and m.head.i == n.i and m.i < n.i
            and is_state(m) and not is_country(m) and not paired)


class FrameFinder(TargetRules):
    def __init__(self, lexicon: Lexicon, is_actor: "callable[[Token], bool] | None" = None, g: Grammar | None = None,
                 is_person: "callable[[Token], bool] | None" = None,
                 is_state: "callable[[Token], bool] | None" = None,
                 is_country: "callable[[Token], bool] | None" = None,
                 country_of: "callable[[Token], str | None] | None" = None,
                 is_kind_word: "callable[[Token], bool] | None" = None) -> None:
        self.lex = lexicon
        self.g = g or grammar()
        # Sources must look like actors; targets may be any noun phrase ("condemned the court's
        # decision"): the actor coder then says whether the target is a coded actor.
        self.is_actor = is_actor or default_is_actor
        self.is_target = default_is_actor
        # Who "him" or "her" can stand for: a named person, or a title when the actor tables are known.
        self.is_person = is_person or (lambda t: t.ent_type_ == "PERSON")
        # A place that is a state: the tagger's GPE, or (with the actor tables) a country's name the
        # small model labels otherwise ("arrested on Monday in Niger": Niger tagged as a date).
        self.is_state = is_state or (lambda t: t.ent_type_ == "GPE")
        # A country's own name (with the actor tables; the tagger's GPE without): not a city.
        self.is_country = is_country or self.is_state
        # The country an actor phrase codes to (with the actor tables; none without).
        self.country_of = country_of or (lambda t: None)
        # A word that itself names a kind of actor ("police", "leaders", "workers"; with the actor
        # tables' sector words; none without).
        self.is_kind_word = is_kind_word or (lambda t: False)

    def named_for_its_venue(self, n: Token, m: Token) -> bool:
        return named_for_its_venue(n, m, self.g, self.is_state, self.is_country)

    # -- triggers ------------------------------------------------------------
    def triggers(self, sent: Span) -> list[Frame]:
        frames = []
        for tok in sent:
            pos = "VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else None
            if pos is None:
                continue
            if pos == "NOUN" and self._in_name(tok):
                continue  # "Israel Flying Aid", "Christian Aid": a name, not an act
            if tok.ent_type_ in ("DATE", "TIME") or pos == "NOUN" and any(
                    c.dep_ in ("compound", "amod", "nmod") and c.lower_ in self.g.non_event_compounds for c in tok.children):
                continue  # "on march 15" is a date; a "flag march" is not a protest
            if (pos == "NOUN" and tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.head.pos_ == "NOUN"
                    and tok.head.i > tok.i and self.is_kind_word(tok.head)):
                continue  # "Turkish riot police", "protest leaders": a kind of actor, not an act
            if pos == "NOUN" and any(c.dep_ == "amod" and f"{c.lower_} {tok.lemma_.lower()}" in self.g.quantity_phrases for c in tok.children):
                continue  # "a great deal of attention": an amount, no deal
            if pos == "VERB" and any(c.dep_ in ("advmod", "prt") and c.lower_ in self.g.non_event_particles
                                     and not any(k.dep_ == "prep" and k.lower_ == "of" for k in c.children) for c in tok.children):
                continue  # "pressed ahead with the offensive": went on with it, no appeal ("ahead of" is a time)
            if (tok.lower_ in self.g.preposition_forms and tok.i < tok.head.i
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
                continue  # "barring a last-minute deal, the strike goes ahead": a preposition
            if (pos == "VERB" and tok.tag_ in ("VBN", "VBD") and 0 < tok.i < len(tok.doc) - 1
                    and tok.doc[tok.i - 1].pos_ == "NOUN" and tok.doc[tok.i + 1].pos_ in ("NOUN", "PROPN")
                    and tok.doc[tok.i - 1].dep_ not in SUBJ
                    and not any(c.dep_ in (*SUBJ, "agent") for c in tok.children)):
                continue  # "violence hit areas", "flood hit villages": an adjective written without its hyphen
            if (pos == "VERB" and tok.tag_ == "VBG" and 0 < tok.i < len(tok.doc) - 1
                    and tok.doc[tok.i - 1].pos_ == "NOUN" and tok.doc[tok.i - 1].dep_ not in SUBJ
                    and tok.doc[tok.i + 1].pos_ == "NOUN" and tok.doc[tok.i + 1].head == tok
                    and not tok.doc[tok.i + 1].ent_type_ and not tok.doc[tok.i - 1].ent_type_ and tok.doc[tok.i - 1].dep_ != "dobj"
                    and not any(c.dep_ in (*SUBJ, "aux", "auxpass") for c in tok.children)):
                continue  # "share missile warning data": a noun in a compound the parser made a verb
            lemma = tok.lemma_.lower()
            if pos == "VERB" and lemma == "leave" and any(
                    c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.lemma_.lower() in self.g.result_adjectives
                    or c.dep_ == "dobj" and any(k.dep_ == "acl" and k.lemma_.lower() in self.g.result_adjectives for k in c.children)
                    for c in tok.children):
                continue  # "clashed, leaving 20 soldiers dead": a toll, no withdrawal
            if any(self._asked(a) for a in (tok, *tok.ancestors)):
                # "Asked about the talks, the minister said ...": a reporter asked, the minister made
                # no appeal; and what the question is about ("asked if the army would be deployed")
                # is no event either.
                continue
            if pos == "VERB" and lemma in self.g.object_verbs and not any(
                    c.dep_ in ("dobj", "nsubjpass", "auxpass") or c.dep_ == "npadvmod" and c.pos_ == "NOUN" and not c.ent_type_
                    for c in tok.children):
                # "the president returned home": no one returned anything. An object moved past a
                # time phrase ("returned to Peru last week 21 frogs") is one the parser mislabels.
                continue
            if pos == "VERB" and lemma in self.g.mandative_verbs and not self._proposes(tok):
                continue  # "the figures suggest that losses have grown": what they show, no proposal
            if pos == "VERB" and lemma in self.g.non_event_objects and object_lemmas(tok, direct=True) & self.g.non_event_objects[lemma]:
                continue  # "met their demands": satisfied them, no meeting
            if (pos == "VERB" and lemma in self.g.attempt_verbs and not any(c.dep_ in ("dobj", "dative") for c in tok.children)
                    and any(c.dep_ == "xcomp" and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children) for c in tok.children)):
                continue  # "has sought to balance ties with T": tried to; the act is the infinitive's
            joined = hyphen_lemma(tok)
            if joined and self.lex.candidates(joined, pos):
                lemma = joined  # "a cease-fire" is a ceasefire, not a fire
            cands = self.lex.candidates(lemma, pos) or (self.lex.candidates(tok.lower_, pos) if tok.lower_ != lemma else [])
            if pos == "VERB" and lemma in self.g.naming_verbs and not self._calls_someone(tok):
                # "called Biden a liar" is no phone call; the label may name another sense (111).
                cands = [e for e in cands if e.particle or e.object]
            guess = False
            if not cands and tok.dep_ in ("ROOT", "conj", "ccomp", "advcl", "xcomp", "relcl"):
                other = "NOUN" if pos == "VERB" else "VERB"
                cands = self.lex.candidates(lemma, other)
                guess = bool(cands)
            entry = self._choose(tok, cands)
            if entry is not None and entry.code[:2] in self.g.deploy_roots and self._peace_mission(tok):
                # "sent a battalion to Lebanon as part of the UN force": a peacekeeping contribution.
                entry = next((e for e in cands if e.code == "074"), entry)
            if entry is not None:
                frames.append(Frame(tok, entry, pos_guess=guess))
        return frames

    def _sense_object(self, f: Frame, t: Token, *, moved: bool = False) -> bool:
        """An object that names the sense of an entry whose target follows a preposition: the act
        or the thing given ("lifted the embargo on T"), not whom the act is aimed at. ``moved``:
        only things or forces that go somewhere (aid, deployments, withdrawals: "sent peacekeepers
        to T"), where even a named actor is no target; a permission granted may carry its
        receiver as a modifier the parser misread ("granted the government permission")."""
        lemma = t.lemma_.lower()
        # "lobbed five tear gas shells": the compound names the sense as well as the head would.
        if not f.entry.target_prep or not named_by(t, f.entry.object):
            return False
        if len(f.sources) > 1 and lemma in self.g.pact_nouns | self.g.border_nouns:
            return False  # "X and Y opened their border": each did it to the other (see ``frames``)
        return not moved or f.root in self.g.mission_roots or f.entry.code in self.g.retreat_codes

    def _peace_mission(self, v: Token) -> bool:
        """A peacekeeping word, or a mission or force named after the UN or backed by it, in the verb's own phrase
        (not in a clause with a subject of its own: "sent warships while UN peacekeepers left")."""
        todo = list(v.children)
        while todo:
            t = todo.pop()
            if t.dep_ in ("advcl", "conj", "ccomp", "relcl", "parataxis") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                continue
            lemma = t.lemma_.lower()
            if lemma in self.g.peace_mission_words or lemma in self.g.mission_nouns and any(
                    c.lower_ in self.g.peace_mission_owners for c in t.children if c.dep_ in ("compound", "amod", "nmod")):
                return True
            if lemma in self.g.mission_nouns and any(  # "a UN-backed mission", "a UN-mandated force"
                    k.lower_ in self.g.peace_mission_owners for c in t.children if c.dep_ == "amod"
                    for k in c.children if k.dep_ in ("npadvmod", "compound", "nmod") and k.i == c.i - 2):
                return True
            todo.extend(t.children)
        return False

    def _calls_someone(self, v: Token) -> bool:
        """ "called Putin", "called the Israeli prime minister": a person or a named body is called.
        Not a naming or a summons: "called Biden a liar", "which China calls Ren'ai Jiao", "calling
        the rule an alternative", "a militia called the Free Army", "was called a traitor", "called
        up reservists"; nor "called elections" or "called a strike"."""
        deps = [c.dep_ for c in v.children]
        kinds = set(deps)
        if ({"dobj", "oprd"} <= kinds or deps.count("dobj") > 1 or v.dep_ == "acl"
                or kinds & {"nsubjpass", "auxpass", "prt"} or v.tag_ == "VBN" and not kinds & {"aux", "nsubj"}
                or any(c.dep_ == "prep" and c.lower_ == "as" for c in v.children)):
            return False
        called = [c for c in v.children if c.dep_ in ("dobj", "oprd")]
        return any(self.is_person(c) or c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for c in called)

    def _choose(self, tok: Token, cands: list[Entry]) -> Entry | None:
        # A sense named by the direct object beats one named by a modifier or a prepositional
        # object: "suspended aid to Kabul in protest" is about aid, not a protest.
        named = any(e.object for e in cands)
        doers: set[str] = set()
        gov = light_governor(tok, self.g.light_verbs) if named and tok.pos_ == "NOUN" else None
        if gov is None and named and tok.pos_ == "VERB" and (tok.lemma_.lower() in self.g.subject_sense_verbs or not any(
                c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "advcl", "attr", "oprd") for c in tok.children)):
            # "peacekeepers arrived in T": with no object or complement, the subject names the kind;
            # "the last troops left Mali": the place left says nothing of it, whoever leaves does.
            gov = tok
        if named and tok.pos_ == "NOUN":
            # "a strike called by the teachers' unions": so does the agent of a participle of making it.
            doers |= {w.lemma_.lower() for t in self._made_by(tok) for w in (t, *t.children) if w is t or w.dep_ in ("compound", "amod")}
        if gov is not None:
            # "the teachers staged a strike": who holds it names the kind (a labour strike, 143).
            # So does the body they belong to: "members of the metal workers' union staged a strike".
            doers |= {w.lemma_.lower() for s in self.subjects(gov) for t in (s, self._counted(s), of_object(s)) if t is not None
                      for w in (t, *t.children) if w is t or w.dep_ in ("compound", "amod")}
        # "called out China for its arrests": a particle of the verb itself beats a preposition after it.
        # So does one the parser made a preposition right after the verb ("pulled out of Kherson").
        cands = sorted(cands, key=lambda e: not (e.particle and any(
            c.lower_ == e.particle and (c.dep_ == "prt" or c.dep_ == "prep" and c.i == tok.i + 1) for c in tok.children)))
        for direct in (True, False) if named else (False,):
            words = object_lemmas(tok, self._counted, direct=direct) | (doers if not direct else set()) if named else set()
            for e in cands:  # most specific first
                if e.particle and not has_particle(tok, e.particle):
                    continue
                if e.particle == "for" and tok.lemma_.lower() in self.g.naming_verbs and any(
                        c.dep_ == "dobj" and c.i > tok.i for c in tok.children):
                    continue  # "called the senate into session for a vote on the budget": convening, no appeal
                held = words
                if direct and e.particle and e.object:
                    # "opened its borders to thousands of migrants": the object the entry's own
                    # preposition introduces names the sense as surely as the direct object.
                    held = words | {w for o in particle_objects(tok, e.particle) for t in (o, self._counted(o))
                                    for w in (t.lemma_.lower(), *(k.lemma_.lower() for k in t.children if k.dep_ in ("amod", "compound")))}
                if e.object and not (held & e.object) or direct and not e.object:
                    continue
                if e.takes_complement and not complement(tok, e.complement_aux, e.complement_pred, e.complement_clause):
                    continue
                if e.infinitive is not None and e.infinitive != any(
                        c.dep_ in ("xcomp", "ccomp", "advcl") and to_infinitive(c) for c in tok.children):
                    continue  # "called on X to act" is an appeal, "called on the president" a visit
                return e
        return None

    # -- arguments -------------------------------------------------------------
    def frames(self, sent: Span) -> list[Frame]:
        frames = self.triggers(sent)
        by_tok = {f.trigger.i: f for f in frames}
        for f in frames:
            if (f.entry.pos == "VERB" and not f.pos_guess or f.entry.pos == "NOUN" and f.pos_guess
                    or f.pos_guess and f.trigger.tag_ == "NNS" and f.trigger.dep_ == "ROOT"
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in f.trigger.children)):
                # The last: a verb the tagger took for a plural noun but the parser gave a subject
                # ("Pakistan rejects Indian claims", a headline's present tense).
                self._verb_args(f)
            else:
                self._noun_args(f, by_tok)
            head = self._negating_head(f.trigger, by_tok)
            f.negated = self._negated(f.trigger) or head is not None
            f.failed = self._failed(f.trigger)
            f.modality = self._modality(f.trigger)
            if head is not None and self._modality(head) == "future":
                f.modality = "future"  # "will not go to meet T": a refusal to meet
        for f in frames:
            # "Egypt and Qatar said they would keep pressing T": "they" stands for each of the two.
            f.sources = [a for t in f.sources for a in self._antecedents(self._counted(t))]
            f.sources = [self._weapon_owner(f, t) for t in f.sources]
            if f.root in self.g.violent_roots:
                # "An air strike by the coalition hit a bus": whose strike it was did it.
                # ("A drone strike by the army": the tables read the drone as a military actor.)
                f.sources = [d for t in f.sources for d in (self._doers_of_act(t, coded_too=True) if t.dep_ == "nsubj" else []) or [t]]
            named = f.sources
            f.sources = one_per_entity([t for t in f.sources if (self.is_actor(t) or self._weapon_source(f, t)) and not self._dateline(t)
                                        and not self._act_itself(f, t)])
            if f.reciprocal and len(f.sources) == 1 and not f.targets:
                # "Oman and its allies agreed to hold a joint exercise": partners the tables do not
                # name, but whose "its" ties them to the named one, are still the other party, as
                # "with its allies" would be (not "his aides": a person's own staff); so are people
                # a capitalised name the tables lack describes ("the government and Tigrayan leaders").
                one = f.sources[0]
                f.targets = [t for t in named if t.dep_ == "conj" and t.head.i == one.i and t.pos_ == "NOUN"
                             and not self.is_actor(t) and self.is_target(t) and (pronoun_owned(t, OUR_TOO) or _named_group(t))]
                f.reciprocal = not f.targets
            f.targets = [a for t in (self._counted(t) for t in f.targets) if self.is_target(t) and not self._dateline(t)
                         and not self._act_beside_party(t) and not self._offender(f, t) for a in self._object_antecedent(t, f.sources)]
            if f.root in self.g.violent_roots:
                # "struck targets belonging to Hezbollah", "shelled positions held by the rebels": whose they are.
                f.targets = [o for t in f.targets for o in (self._held_by(t) or [t])]
            if ((f.root in self.g.deploy_roots | self.g.violent_roots or f.entry.code in self.g.retreat_codes)
                    and f.targets and not any(self.is_actor(t) for t in f.targets)):
                # "deployed troops to the border with Niger": forces at a frontier face the other
                # side; "pulled back troops from its border with Kosovo" (a retreat) too.
                f.targets = [a for t in f.targets for a in self._facing(t, f.trigger)] or f.targets
            if f.sources and (f.negated or f.modality == "future" or f.root == "13") and not any(self._party(t) for t in f.targets):
                cond = self._condition_actors(f, threat=f.root == "13")
                if cond:
                    f.targets, f.rule = cond, "condition-target"
            elif f.sources and f.root == "13" and f.targets and all(
                    t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ccomp" and t.head.head.i == f.trigger.i
                    and t.head.lemma_.lower() not in self.g.suffer_verbs for t in f.targets):
                # "warned that Seoul would retaliate if the North attacked": who would act is the
                # warner's side; the threat is aimed at whom its condition waits on. ("warned that
                # Iran would face consequences if ...": who would undergo it is the target.)
                cond = self._condition_actors(f, threat=True)
                if cond:
                    f.targets, f.rule = cond, "condition-target"
            if f.root == "04" and f.targets and all(t.lemma_.lower() in self.g.press_nouns for t in f.targets):
                f.sources = []  # "was talking to reporters": a word to the press is no consultation
            if (len(f.sources) > 1 and f.targets and not f.reciprocal and f.entry.code not in self.g.mediation_codes
                    and all(t.lemma_.lower() in self.g.pact_nouns | self.g.border_nouns and not self.is_actor(t) for t in f.targets)):
                # "X and Y are guilty of violating the truce": the pact is theirs, each broke it on the other;
                # "Turkey and Armenia opened their border": each opened it to the other.
                f.targets, f.reciprocal, f.rule = [], True, "reciprocal"
            if f.entry.code in self.g.mediation_codes and f.sources and not any(self.is_actor(t) for t in f.targets):
                parties = self._mediated_parties(f)
                if parties:
                    f.targets, f.rule = parties, "mediated-parties"
            if f.sources and not f.reciprocal and not any((self.is_actor(t) and not own(t) or self._patient(f, t))
                                                          and not (f.root == "15" and (own(t) or self._bare_forces(t)))
                                                          for t in f.targets):
                # "recalled its envoy in protest at T's decision": one's own envoy is not whom it is aimed at;
                # "put its forces on alert after T fired": nor are one's own forces put on alert,
                # named as theirs or bare ("put frontline units on alert").
                answered = self._response_targets(f)
                if answered:
                    f.targets, f.rule = answered, "response-target"
            if not f.reciprocal and not any(self.is_actor(t) or self._patient(f, t) for t in f.targets):
                places = self._place_targets(f)
                if places:
                    f.targets, f.rule = places, "place-target"
            if f.root == "14" and not any(self.is_actor(t) for t in f.targets):
                site = self._protest_site(f)
                if site:
                    f.targets, f.rule = site, "protest-site"
            dest = self._force_destination(f)
            deterred = self._deterred(f) if f.root in self.g.deploy_roots or f.entry.code in self.g.show_of_force_codes else []
            if deterred:
                f.targets, f.rule = deterred, "deterred"
            elif dest:
                f.targets, f.rule = dest, "force-destination"
            elif f.root in self.g.deploy_roots and f.targets and all(own(t) or self._bare_forces(t) for t in f.targets):
                # "deployed soldiers to its border with T": whom the border faces; "put its armed
                # forces on alert", "moved tanks to its border": one's own forces and land are aimed
                # at no one.
                facing = [a for t in f.targets for a in self._facing(t)]
                f.targets = facing
                if facing:
                    f.rule = "force-destination"
            missions = self._mission_places(f)
            if missions:
                f.targets, f.rule = missions, "mission-place"
            if f.root in self.g.violent_roots | self.g.beneficiary_roots and not f.targets:
                # "sent blankets to those stranded in T": "those" is no actor, but the people it
                # stands for are, and their clause may say where they are.
                f.targets = [o for c in f.trigger.children if c.dep_ == "dobj" or c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
                             for o in [c if c.dep_ == "dobj" else pobj(c)] if o is not None and o.lower_ == "those"
                             and any(k.dep_ in ("acl", "relcl") for k in o.children)][:1]
            if f.targets and all(self._generic_victims(t) for t in f.targets):
                place = self._victims_place(f)
                if place:
                    f.targets, f.rule, f.victims = place, "victims-place", True
                elif any(t.lower_ == "those" for t in f.targets):
                    f.targets = []
            elif f.root in self.g.violent_roots and f.targets and all(self._generic_sites(t) for t in f.targets):
                # "struck military targets in T": the place stands for whose sites they are.
                place = self._victims_place(f)
                if place:
                    f.targets, f.rule = place, "sites-place"
        self._content(frames, by_tok)
        self._light_verbs(frames, by_tok)
        self._ended(frames, by_tok)
        self._intents(frames, by_tok)
        self._protest_demands(frames, by_tok)
        self._statements(frames)
        for f in frames:  # "migrants arrived at the border": a visit needs someone visited
            if ((f.entry.code in self.g.needs_target_codes or f.entry.lemma in self.g.needs_target_lemmas and f.entry.particle)
                    and not f.reciprocal and not any(self.is_actor(t) for t in f.targets)):
                f.suppressed = True
        return frames

    def _bare_forces(self, t: Token) -> bool:
        """``t`` is forces the verb moves with nothing to say whose ("moved tanks", "deployed
        troops"): the mover's own. "deployed Chechen fighters", "sent NATO troops" name another's."""
        first = t
        while first.dep_ == "conj":
            first = first.head  # "deployed warships and fighter jets": the second is moved as the first
        counted = first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.dep_ == "dobj"  # "deployed dozens of warplanes"
        return ((first.dep_ == "dobj" or counted) and t.lemma_.lower() in self.g.force_nouns
                and not any(c.dep_ in ("poss", "amod", "compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))
                            or c.dep_ == "prep" for c in t.children))

    def _act_beside_party(self, t: Token) -> bool:
        """``t`` is an act with its own named doer, coordinated after a party or thing that is no
        act: "Russia's war against Ukraine and North Korea's deployment of troops" (a list of
        concerns the parser joined to "Ukraine"). The deployment is another act, not a second
        party to the war."""
        if t.dep_ != "conj" or not self._event_noun(t) or not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in t.children):
            return False
        first = t.head
        while first.dep_ == "conj":
            first = first.head
        return not self._event_noun(first)

    def _verb_args(self, f: Frame) -> None:
        v = f.trigger
        # "to help people displaced in Sudan": the parser may give a bare participle of a clause
        # it made below the verb a subject; with no auxiliary it is a passive, its noun undergoes it.
        # Not when it has an object, or an infinitive that only an active verb takes: "a union
        # threatened on Tuesday to halt buses" (the tagger's VBN; "people forced to flee" is passive).
        reduced = (v.tag_ == "VBN" and v.dep_ in ("ccomp", "xcomp") and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
                   and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in v.children)
                   and not any(c.dep_ in ("dobj", "dative") or c.dep_ == "xcomp" and to_infinitive(c)
                               and v.lemma_.lower() not in self.g.object_control_verbs for c in v.children))
        # "were rounded up and deported by police": a second passive verb shares the first's subject,
        # and the first the second's agent.
        shared = (v.dep_ == "conj" and v.tag_ == "VBN" and v.head.tag_ == "VBN"
                  and any(c.dep_ in ("nsubjpass", "auxpass") for c in v.head.children)
                  and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in v.children))
        passive = reduced or shared or any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        if passive:
            f.sources = [p for c in v.children if c.dep_ == "agent" for p in expand(pobj(c))]
            if not f.sources and not shared:
                f.sources = [p for k in v.children if k.dep_ == "conj" and k.tag_ == "VBN"
                             and not any(c.dep_ in ("nsubj", "nsubjpass") for c in k.children)
                             for c in k.children if c.dep_ == "agent" for p in expand(pobj(c))]
            if not f.sources:
                # "was convicted of corruption by a court": the parser hangs "by" on the charge.
                f.sources = [a for c in v.children if c.dep_ == "prep" for o in [pobj(c)] if o is not None
                             for k in o.children if k.dep_ == "prep" and k.lower_ == "by" for a in expand(pobj(k))
                             if self.is_actor(a)]
            if not f.sources and f.root in self.g.violent_roots:
                # "were killed in a clash with Chinese troops", "in an Israeli air strike": the
                # other side of the fight they died in, or whose strike it was.
                fights = [o for c in v.children if c.dep_ == "prep" and c.lower_ == "in" for o in [pobj(c)]
                          if o is not None and self._violent_noun(o)]
                f.sources = [a for o in fights for k in o.children
                             for a in (expand(pobj(k)) if k.dep_ == "prep" and k.lower_ in ("with", "by") and pobj(k) is not None
                                       else [k] if k.dep_ in ("amod", "compound") and (k.ent_type_ in ("NORP", "GPE", "ORG") or k.pos_ == "PROPN")
                                       else [])
                             if self.is_actor(a)][:2]
            # "membership remains blocked by T": the parser may hang the subject on the auxiliary.
            f.targets = [t for c in v.children if c.dep_ == "nsubjpass" or reduced and c.dep_ == "nsubj" for t in expand(c)] or [
                t for c in auxiliary_subjects(v) for t in expand(c)] or [
                t for c in (v.head.children if shared else ()) if c.dep_ == "nsubjpass" for t in expand(c)]
            f.rule = "verb-passive"
            moved_forces = f.root in self.g.deploy_roots and all(  # ("thousands of troops were massed": what is counted)
                self._counted(t).lemma_.lower() in self.g.force_nouns for t in f.targets)
            handed = "to" in f.entry.target_prep and f.entry.object and f.targets and all(
                self._sense_object(f, self._counted(t)) for t in f.targets)
            if f.entry.target_prep and f.targets and (moved_forces or not any(self.is_actor(t) for t in f.targets)):
                # "rescue teams were sent to Turkey by Greece", "the land was handed over to Pakistan":
                # what was sent is no target, where it went is, whatever the thing sent.
                # "rockets were fired by Hamas": the thing the entry names is no target either.
                # "diplomatic ties with Taiwan were severed by Honduras": or on the thing the entry names.
                f.targets = self._actor_behind(self._first_prep_objects(v, f.entry.target_prep)) or [
                    a for t in f.targets if self._sense_object(f, self._counted(t)) and not moved_forces
                    for a in self._actor_behind(self._first_prep_objects(t, f.entry.target_prep)) if self.is_actor(a)] or [
                    t for t in f.targets if not self._sense_object(f, self._counted(t))]
            elif handed and (to := [t for h in (v, *(c for c in v.children if c.dep_ in ("prt", "advmod") and c.lower_ == f.entry.particle))
                                    for t in self._actor_behind(self._first_prep_objects(h, ("to",)))
                                    if self.is_actor(t)]):
                # "three fishermen were handed back to India by the navy", "suspects were handed
                # over to Kenyan authorities" (the parser may hang "to" on the particle): those the
                # entry names as handed are coded people, but as in the active ("handed back three
                # fishermen to India") the one they are handed to is the target.
                f.targets = to
            if f.root in self.g.violent_roots or f.root == "17":
                # "hundreds of tear gas shells were lobbed by police": nor munitions a number counts
                # (a boat rammed is the target, though the entry names it too).
                f.targets = [t for t in f.targets if not (self._sense_object(f, c := self._counted(t))
                                                          and named_by(c, self.g.munition_nouns))]
            if f.targets and not any(self.is_actor(t) for t in f.targets):
                # "a ceasefire proposal put forward by Turkey was accepted by Russia": as for an
                # object, the target hangs off the thing ("accepted a proposal by Turkey").
                for d in f.targets:
                    attached = self._attached_actors(d, agents=not self._sense_object(f, d, moved=True))
                    if attached:
                        f.targets = attached
                        break
            if (f.entry.lemma in self.g.recall_verbs and f.targets
                    and all(t.lemma_.lower() in f.entry.object for t in f.targets)):
                # "Turkey's ambassador to Israel was recalled by Ankara", "the Turkish envoy was
                # recalled from Tel Aviv": the envoy is the sender's own; the target is the post.
                envoys = f.targets
                if not f.sources:
                    f.sources = [c for e in envoys for c in e.children if c.dep_ in ("poss", "amod", "compound")
                                 and (c.ent_type_ in ("GPE", "NORP") or self.is_state(c)) and self.is_actor(c)][:1]
                posts = [a for e in envoys for a in self._prep_objects(e, ("to", "in"))] or self._first_prep_objects(
                    v, f.entry.target_prep)
                f.targets, f.rule = [p for p in posts if self.is_actor(p)], "recalled-envoy"
            elif not f.sources and any(f.entry.code.startswith(c) for c in self.g.state_act_codes):
                # "a reporter was arrested in Chad", "inspectors were expelled from Iran": the state did it.
                f.sources = [p for p in objects_after(v, ("in", "from")) if self.is_state(p)]
                if not f.sources and f.root == "16":
                    # "Nigeria was suspended from the Commonwealth", "was expelled from the party":
                    # the body one is put out of did it.
                    f.sources = [p for p in objects_after(v, ("from",)) if self.is_actor(p) and not self.is_state(p)]
                if f.sources:
                    f.rule = "passive-place"
        else:
            f.sources = self.subjects(v)
            f.rule = "verb-active" if any(c.dep_ in SUBJ for c in v.children) else "verb-inherited"
            if (not f.sources and f.root == "14" and v.dep_ == "acl" and v.tag_ in ("VBN", "VBD")
                    and v.head.dep_ == "ROOT" and v.head.pos_ in ("NOUN", "PROPN")):
                # "Hundreds of students protested in La Paz": the parser made the verb a participle
                # of a verbless sentence; no one "is protested", so the noun protests.
                f.sources, f.rule = expand(v.head), "verb-active"
            preps = f.entry.target_prep
            comp = complement(v, f.entry.complement_aux, f.entry.complement_pred, f.entry.complement_clause) if f.entry.takes_complement else None
            if comp is not None:
                # "said North Korea must disarm": a demand on the complement's subject.
                f.targets = [t for c in comp.children if c.dep_ in ("nsubj", "nsubjpass") for t in expand(c)]
            if preps and not f.targets:
                # "granted the US access to four bases": the one given to comes before the thing.
                f.targets = [t for c in v.children if c.dep_ == "dative" and c.pos_ != "ADP" for t in expand(c) if self.is_actor(t)]
                if not f.targets:
                    # "handed Kyiv new weapons": the parser may make the receiver right after the
                    # verb a modifier of the thing given.
                    f.targets = [k for c in v.children if c.dep_ == "dobj" and not self.is_actor(c) for k in c.children
                                 if k.dep_ in ("nmod", "compound") and k.i == v.i + 1 and k.pos_ == "PROPN" and self.is_actor(k)
                                 and self.country_of(k) is not None]  # (not a weapon's name: "delivered Patriot systems")
            if preps and not f.targets:
                # "recalled its ambassador in protest at ...": a response says why, not at whom.
                # Nor is a place of the doer's own ("banned Belarusian airlines from its airspace").
                f.targets = self._actor_behind([t for t in self._first_prep_objects(v, preps)
                                                if t.lemma_.lower() not in self.g.response_nouns
                                                and not (own(t) and t.head.lower_ == "from" and not self.is_actor(t))])
                if not f.targets and f.entry.object:
                    # "allowed relief to the war-torn areas": the parser hangs the phrase on the
                    # thing the entry names ("relief"), not on the verb.
                    # So may it on a barrage or wave of them ("fired a barrage of rockets into T").
                    named = [c for c in v.children if c.dep_ == "dobj" and (c.lemma_.lower() in f.entry.object or (
                        c.lemma_.lower() in self.g.container_nouns and of_object(c) is not None
                        and of_object(c).lemma_.lower() in f.entry.object))]
                    # "sent two planes carrying tents to Libya", "ships loaded with food to Cuba": or on
                    # the participle that names the cargo, or on the cargo.
                    named += [a for c in v.children if c.dep_ == "dobj" and c not in named and named_by(c, f.entry.object)
                              for a in (*(k for k in c.children if k.dep_ == "acl" and k.lemma_.lower() in self.g.cargo_participles),
                                        *cargo(c))]
                    f.targets = self._actor_behind([t for c in named for t in self._prep_objects(c, preps)])
                    if not f.targets:
                        # "handed the records of the suspects to the police", "handed its files,
                        # including bank statements, to Sweden": or further down the thing's
                        # phrase, on what it is about or what it includes. The first such phrase.
                        down = [h for c in named for k in c.children if k.dep_ == "prep" and k.lower_ in self.g.about_preps
                                for h in [pobj(k), k] if h is not None]
                        f.targets = next((got for h in down for got in [self._actor_behind(self._prep_objects(h, preps))] if got), [])
                if not f.targets:
                    # "invested $2 billion in Peruvian mines": or on an amount.
                    # "pledged 500 million euros in aid for Gaza": or on what the amount is in.
                    sums = [c for c in v.children if c.dep_ == "dobj" and c.ent_type_ in ("MONEY", "QUANTITY")]
                    sums += [o for c in sums for k in c.children if k.dep_ == "prep" and k.lower_ == "in"
                             for o in [pobj(k)] if o is not None and o.pos_ == "NOUN"]
                    f.targets = self._actor_behind([t for c in sums for t in self._prep_objects(c, preps)])
                if not f.targets and v.dep_ == "acl":
                    # "sanctions imposed by the EU on Russia": the parser may hang the phrase on the agent.
                    f.targets = self._actor_behind([t for c in v.children if c.dep_ == "agent" and pobj(c) is not None
                                                    for t in self._prep_objects(pobj(c), preps)])
                if not f.targets and f.entry.particle:
                    # "pulled out of Kherson": the entry's preposition hangs off the particle.
                    f.targets = self._actor_behind([o for c in v.children if c.dep_ in ("prep", "prt", "advmod")
                                                    and c.lower_ == f.entry.particle for o in self._prep_objects(c, preps)])
                if not f.targets and f.entry.particle:
                    # "called for sanctions against X": the target hangs off the particle's object
                    # ("pulled out of wage talks with T": off the object of the particle's "of").
                    held = [o for c in v.children if c.dep_ in ("prep", "prt") and c.lower_ == f.entry.particle
                            for o in [pobj(c) or of_object(c)] if o is not None]
                    f.targets = self._actor_behind([t for o in held for t in self._prep_objects(o, preps)])
                missions = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in self.g.embassy_nouns]
                owned = [c for c in missions if any(k.dep_ in ("amod", "poss", "compound") and k.i < c.i
                                                    and self.is_actor(k) and not own(k) for k in c.children)]
                if owned:
                    # "closed the Russian consulate in Brno": the mission, whose it is, not the town it
                    # is in ("closed its embassy in Freedonia" keeps the place).
                    f.targets = owned
                if f.targets and not any(self.is_actor(t) for t in f.targets) and f.entry.code == "163":
                    # "imposed tariffs on steel from China": the goods are the country's, wherever
                    # the parser hung "from China".
                    origin = [t for t in objects_after(v, ("from",)) if self.is_actor(t)]
                    f.targets = origin or f.targets
                if f.targets:
                    f.rule = "verb-prep"
            if not f.targets and f.entry.particle and not preps and not f.entry.object:
                # "stood by Uganda", "stands behind Hun Sen": an entry whose preposition names no
                # thing acts on that preposition's object.
                f.targets = [t for c in v.children if c.dep_ == "prep" and c.lower_ == f.entry.particle and pobj(c) is not None
                             for t in expand(pobj(c)) if self.is_actor(t)]
                if f.targets:
                    f.rule = "verb-prep"
            topic = v.lemma_.lower() in self.g.topic_object_verbs
            if not f.targets and topic:
                # "Macron and Scholz discussed China": what is discussed is no party; a partner is
                # only one "with" whom it was discussed, wherever the parser hung the phrase
                # ("discussed security issues with his Chinese counterpart", "discuss signing a treaty with T").
                f.targets = [t for c in v.children if c.dep_ in ("dobj", "xcomp", "ccomp") for k in c.subtree
                             if k.dep_ == "prep" and k.lower_ == "with" for t in expand(pobj(k)) if self.is_actor(t)]
            elif not f.targets:
                # "killed dozens of militants": a bare number stands for what it counts.
                # "branded the group a terrorist organization", "sent Peru a protest note": of two
                # objects the first is the one acted on, the second a label or the thing given (or,
                # after a comma, an apposition or the next clause that the parser took for an object).
                objs = [c for c in v.children if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP"] or self._misparsed_objects(v)
                if objs and objs[0].pos_ == "ADJ" and not objs[0].ent_type_:
                    # "will meet his counterpart German Chancellor Olaf Scholz": a noun the tagger
                    # took for an adjective; the named apposition, hung on it or split off as a
                    # second object, is the one met.
                    named = [c for c in objs[0].children if c.dep_ == "appos"] + objs[1:]
                    objs = named or objs
                if objs and objs[0].ent_type_ == "MONEY":
                    # "fined Apple 1.8 billion euros": the parser makes the one fined a modifier of the sum.
                    payer = [c for c in objs[0].children if c.dep_ in ("nmod", "compound") and c.i < objs[0].i
                             and c.ent_type_ != "MONEY" and c.pos_ == "PROPN"]
                    objs = payer[:1] + objs
                naming = self._free_relative(v) if not objs else None
                objs = objs[:1] or ([naming[1]] if naming else [])
                dobj = [t if self.is_target(t) else self._counted(t) for c in objs for t in expand(c)]
                # "launched a military offensive in T": the act the entry names is no party, whatever
                # its modifiers ("military" makes the phrase look like an actor).
                f.targets = self._over_event_nouns(v, [t for t in dobj if self.is_actor(t) and not self._sense_object(f, t, moved=True)
                                                       and not (named_by(t, f.entry.object) and self._event_noun(t))])
                if not f.targets and dobj:
                    # "condemned the attack on the convoy", "refused a request from Modi",
                    # "signed a pact with the rebels": the target hangs off the object.
                    for d in dobj:
                        # Forces or goods sent: their owner and "of" phrase are the sender's own
                        # ("sent in a force of 260 troops and police").
                        # Not the doer itself: in "the sanctions that the EU imposed" the EU owns them.
                        f.targets = [t for t in self._attached_actors(d, agents=not self._sense_object(f, d, moved=True))
                                     if t not in f.sources]
                        if f.targets:
                            break
                if not f.targets and naming:
                    # "condemned what it called provocations by T": the parser hangs the phrase on "called".
                    f.targets = [t for t in objects_after(naming[0], ("by", "against", "on", "from")) if self.is_actor(t)]
                if not f.targets:
                    # "shared evidence with the Chinese police": an actor after a preposition
                    # beats a thing as direct object.
                    f.targets = [t for t in self._prep_objects(v, self.g.default_target_preps["VERB"]) if self.is_actor(t)]
                if not f.targets and v.lemma_.lower() in self.g.object_control_verbs and any(c.dep_ == "xcomp" for c in v.children):
                    # "urged allies to send more arms": the ones urged, though no table names them,
                    # not an actor of what they were urged to do.
                    f.targets = [d for d in dobj if d.pos_ in ("NOUN", "PROPN") and self.is_target(d)]
                if not f.targets:
                    # "agreed to hand over arms to the UN": the target sits in the verb's complement.
                    f.targets = self._complement_actors(v)
                if not f.targets:
                    # "ordered a suspension of rail freight with Freedonia": further down the object.
                    f.targets = [a for d in dobj for a in self._deep_actors(d)]
                    if f.targets:
                        f.rule = "deep-target"
                if not f.targets:
                    # "rejected a plan to settle the dispute with T": the other side of what the
                    # object is about, when nothing nearer names anyone.
                    f.targets = [a for d in dobj for a in self._partner_below(d, f.sources)][:2]
                    if f.targets:
                        f.rule = "deep-target"
                if not f.targets:
                    # "sent aid to those affected", "fired two rounds", "lifted the embargo": an
                    # object that names the sense of an entry whose target follows a preposition
                    # is the act or the thing given, not whom it is aimed at; its owner may be
                    # ("sought Maharashtra's help"). A vessel or vehicle of "its" that a violent act
                    # hits is the owner's, whom the coder finds ("said a ship had rammed its boat").
                    f.targets = [x for t in dobj if self.is_target(t) for x in (
                        [p for c in t.children if c.dep_ == "poss" for p in expand(c) if self.is_actor(p)]
                        if self._sense_object(f, t) and not (f.root in self.g.violent_roots and pronoun_owned(t, OUR_TOO)
                                                             and t.lemma_.lower() in self.g.craft_nouns) else [t])]
            if not f.targets and not topic:
                # (Not the word that names the sense: "went on strike" is aimed at no strike.)
                f.targets = [t for t in self._actor_behind(self._prep_objects(v, self.g.default_target_preps["VERB"]))
                             if t.lemma_.lower() not in f.entry.object]
                if f.targets and f.rule == "verb-active":
                    f.rule = "verb-prep"
            called = self._called(v)
            if called:
                f.targets = called
            if v.lemma_.lower() in self.g.phone_verbs and (not f.targets or f.root != "11" and not any(
                    c.dep_ == "dobj" for c in v.children)):
                # "Macron called Putin on Friday": the parser may take the one called for an object
                # predicate; "called Pezeshkian to convey Pakistan's condolences": the one called,
                # not the purpose clause's object (a naming, "called it an act of terror", keeps its own).
                f.targets = [t for t in expand_all(v, ("oprd",)) if self.is_actor(t)] or f.targets
            if not f.targets and f.root not in self.g.content_roots:
                # "will not accept refugees fleeing the war": the parser makes the object the
                # subject of an unmarked participle clause; it is what the verb acts on.
                f.targets = [t for c in v.children if c.dep_ == "ccomp" and c.tag_ == "VBG" and c.i > v.i
                             and not any(m.dep_ == "mark" for m in c.children)
                             for k in c.children if k.dep_ == "nsubj" and k.i > v.i for t in expand(k) if self.is_actor(t)]
            if not f.targets and f.root in self.g.content_roots and f.root != "01":
                # "demanded that Dbeibeh appear", "rejected Netanyahu to postpone": the content's subject.
                f.targets = [t for c in v.children if c.dep_ == "ccomp"
                             for k in c.children if k.dep_ in ("nsubj", "nsubjpass") for t in expand(k)
                             if self.is_actor(t)]
            if not f.targets:
                f.targets = self._controlled(v)
        if v.lemma_.lower() in self.g.response_verbs:
            # "retaliated with tariffs": the answer is an act of its own, not whom it answers.
            f.targets = [t for t in f.targets if not (t.dep_ == "pobj" and t.head.lower_ == "with" and self._event_noun(t))]
        if (not passive and not f.targets and v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN")
                and f.entry.code not in self.g.mediation_codes and not self._sense_object(f, self._counted(v.head))
                and any(k.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for c in v.children if c.dep_ == "agent" for k in c.subtree)):
            # "Somali forces backed by US air strikes", "a journalist arrested by Chilean police": the
            # one the passive participle hangs on is whom the named agent's act is done to ("troops
            # backed by tanks" names no one who backs them; "doctors dispatched by Havana" are what
            # was sent, not whom it was sent to).
            f.targets = [t for t in expand(v.head) if self.is_actor(t)]
        if (f.root in self.g.violent_roots and f.targets
                and all(t.lemma_.lower() in self.g.open_waters and t.dep_ == "pobj" for t in f.targets)):
            # "fired two missiles into the sea": a show of force, aimed at nobody.
            f.entry = replace(f.entry, code="150", name=lookup("150").name)
            f.targets = []
        if v.lemma_.lower() in self.g.two_way_verbs and not passive:
            givers = [p for c in v.children if c.dep_ == "dobj" for p in objects_after(c, ("from",)) if self.is_actor(p)]
            if givers and not any(self.is_actor(t) and t not in givers for t in f.targets):
                # "Ghana's parliament approved a loan from the IMF": the IMF lends, Ghana takes.
                f.sources, f.targets, f.rule = givers, f.sources, "received"
        if f.root in self.g.venue_roots:
            # "met on the Caribbean island of X": where they met, not whom they met.
            f.targets = [t for t in f.targets if not (self._common_place(t) and t.dep_ == "pobj" and t.head.lower_ in ("on", "at", *self.g.place_preps))]
        # "A and B attended the talks": being at the same meeting is no act of one on the other.
        # "Qatar and Egypt brokered the truce": go-betweens are not each other's partners either.
        cooperative = (f.root in self.g.reciprocal_roots and v.lemma_.lower() not in self.g.presence_verbs
                       and f.entry.code not in self.g.mediation_codes)
        f.targets = self._parties(f, v, cooperative)
        if (len(f.sources) > 1 and (f.entry.reciprocal or cooperative) and f.targets
                and all(t.dep_ == "pobj" and t.head.lower_ == "at" and t.head.head.i == v.i for t in f.targets)):
            f.targets = []  # "A and B signed the accord at the White House": where, not with whom
        if f.entry.code in self.g.mediation_codes and v.dep_ == "acl" and not any(self.is_actor(t) for t in f.targets):
            # "A and B signed a truce brokered by Qatar", "agreed to a truce mediated by Qatar":
            # Qatar went between the signers.
            n = v.head
            gov = n.head if n.dep_ == "dobj" else n.head.head if n.dep_ == "pobj" else None
            if gov is not None and gov.pos_ in ("VERB", "AUX"):
                f.targets = [t for t in self.subjects(gov) if self.is_actor(t)] or f.targets
        if cooperative and len(f.sources) > 1 and f.targets and all(theirs(t, self.g.mutual_nouns) for t in f.targets):
            f.targets = []  # "A and B agreed to reopen their embassies": each other's, no third party
        if len(f.sources) > 1 and done_to_each_other(v, f.targets):
            # "India and Pakistan expelled each other's diplomats", "accused one another of ...":
            # each did it to the other, whatever else the verb names.
            f.targets = []
            f.reciprocal = True
            f.rule = "reciprocal"
        elif (f.entry.reciprocal or cooperative) and len(f.sources) > 1 and not f.targets:
            # "China and Canada held talks", "India and Mercosur agreed to cut tariffs".
            f.reciprocal = True
            f.rule = "reciprocal"

    def _mediated_parties(self, f: Frame) -> list[Token]:
        """Whom a go-between went between, when the act names no one: the parties "between" or
        "among" whom it hoped to settle something, or whom it set out to help ("launched a
        mediation effort to prevent a confrontation between Turkey and Syria", "a mediation
        effort meant to help the two sides settle their dispute")."""
        n = f.trigger
        if n.pos_ == "NOUN" and n.dep_ == "compound" and n.head.lemma_.lower() in self.g.effort_nouns:
            n = n.head
        gov = (light_governor(n, self.g.light_verbs) if n.pos_ == "NOUN" else None) or n
        skip = {t.i for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        for tok in gov.subtree:
            if tok.i in skip:
                continue
            if tok.dep_ == "prep" and tok.lower_ in ("between", "among"):
                found = [t for t in expand(pobj(tok)) if self._party(t) and t not in f.sources]
            elif tok.pos_ == "VERB" and tok.lemma_.lower() == "help":
                found = [t for c in tok.children if c.dep_ in ("dobj", "ccomp", "xcomp")
                         for t in (expand(c) if c.dep_ == "dobj" else expand_all(c, ("nsubj",)))
                         if self._party(t) and t not in f.sources]
            else:
                continue
            if found:
                return found
        return []

    def _kind_word(self, t: Token) -> bool:
        """'commander-level talks', 'Soviet-style repression': a kind of act, not its doer."""
        doc = t.doc
        if t.lower_ in self.g.kind_suffixes and t.i > 0 and doc[t.i - 1].text == "-":
            return True  # the parser may make "level" the modifier, "commander" its own
        return t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in self.g.kind_suffixes

    def _under_topic(self, t: Token, v: Token) -> bool:
        """Whether ``t`` hangs below a topic preposition ("over", "about") on its way up to ``v``."""
        cur = t
        while cur.i != v.i and cur.head.i != cur.i:
            if cur.dep_ == "pobj" and cur.head.lower_ in self.g.topic_preps:
                return True
            cur = cur.head
        return False

    def _parties(self, f: Frame, v: Token, cooperative: bool) -> list[Token]:
        """The targets of a verb whose act the sources may do with each other: none (so the act is
        reciprocal) when no other party is named, the partner after "with" when the target is the
        thing the act names."""
        if cooperative and len(f.sources) > 1 and f.targets and not any(
                self._party(t) and t.head.lower_ not in self.g.topic_preps for t in f.targets):
            # "A and B welcomed the OPCW visit": the visit's named owner is the one welcomed.
            owners = [o for t in f.targets if self._event_noun(t) and t.dep_ == "dobj"
                      for o in self._owners(t) if o.dep_ in ("poss", "compound")]
            # "India and Pakistan agreed to a ceasefire", "Japan and Australia agreed to hold joint
            # military exercises", "A and B agreed to swap data about C": with each other.
            return owners
        if f.entry.reciprocal and len(f.sources) > 1 and f.targets and all(_in_lower_clause(t, v) for t in f.targets):
            # "Israel and Hamas agreed to a truce to free hostages": the truce is between the two;
            # whom the clause below it names is that clause's own party.
            return []
        if f.entry.reciprocal and len(f.sources) > 1 and f.targets and all(self._under_topic(t, v) for t in f.targets):
            # "France and Italy traded barbs over arrivals on Lampedusa": what it is about is no party.
            return []
        if f.entry.reciprocal and f.targets_are_its_object:
            # "Russia and Ukraine exchanged prisoners", "Russia exchanged prisoners with Ukraine":
            # the prisoners are what was exchanged; the parties are the subjects and the partner.
            partner = [p for h in (v, *f.targets) for p in self._prep_objects(h, ("with",)) if self.is_actor(p)]
            if partner or len(f.sources) > 1:
                return partner
        if f.targets_are_its_object and not f.entry.reciprocal:
            # "closed Venezuela's borders with Brazil": the border is what was closed, the neighbour
            # after "with" is whom it shuts out. On the verb only a named one: "closed the port with warships".
            partner = [p for t in f.targets for p in self._prep_objects(t, ("with",)) if self.is_actor(p) and not own(p)] or [
                p for p in self._prep_objects(v, ("with",)) if self.is_actor(p) and p.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")]
            if partner:
                return partner
        return f.targets

    def _antecedents(self, tok: Token) -> list[Token]:
        """``_antecedent``, with "they" standing for every conjunct of the phrase it takes up."""
        a = self._antecedent(tok)
        return expand(a) if a is not tok and tok.lower_ == "they" else [a]

    def _antecedent(self, tok: Token) -> Token:
        """ "Obama said he will not lift the embargo": a pronoun subject stands for the subject of
        the clause that reports or governs it, when that subject is in the same sentence."""
        # "Nicaragua's foreign ministry said the country had broken off relations": "the country"
        # stands for a state, as "it" does.
        kids = list(tok.children)
        definite = tok.lemma_.lower() in self.g.country_anaphora and [c.lower_ for c in kids] == ["the"]
        # "Santos said his government was ready to resume talks": the speaker's own government
        # stands for the speaker, as the one who announces it (a title or name keeps its country).
        owned = (tok.lemma_.lower() in self.g.own_government_nouns and len(kids) == 1
                 and kids[0].dep_ == "poss" and kids[0].lower_ in ("his", "her"))
        if tok.lower_ not in ANAPHORA and not definite and not owned:
            return tok
        if owned:
            for cur in governing_clauses(tok.head):
                for c in cur.children:
                    if c.dep_ in SUBJ and c.i < tok.i and c.pos_ != "PRON" and self.is_person(c):
                        return c
            return tok
        punished = self._punished(tok)
        if punished is not None:
            return punished
        for cur in governing_clauses(tok.head):
            for c in cur.children:
                if c.dep_ not in SUBJ or c.i > tok.i:
                    continue
                if c.pos_ == "PRON":
                    if c.lower_ == tok.lower_:
                        # "He told Xi that he condemned …": the same pronoun as the governing
                        # subject is the same person, not the last one named before it.
                        return c
                    continue
                plural = c.tag_ in ("NNS", "NNPS") or any(k.dep_ == "conj" for k in c.children)
                if definite and self.is_person(c) and tok.lemma_.lower() not in ("country", "nation", "kingdom"):
                    # "a senior Hamas official said the group had rejected it": the body the speaker
                    # is named by, when the phrase names one.
                    body = [k for k in c.children if k.dep_ in ("compound", "nmod") and k.pos_ == "PROPN"
                            and self.is_actor(k) and not self.is_person(k)]
                    # "a spokesman for the Taliban said the group ...", "an official of Hamas said"
                    body = body or [o for k in c.children if k.dep_ == "prep" and k.lower_ in ("for", "of")
                                    for o in [pobj(k)] if o is not None and o.pos_ == "PROPN"
                                    and self.is_actor(o)
                                    # a name after "the" is a body, whatever the tagger says ("the Houthis")
                                    and (not self.is_person(o) or any(k.lower_ == "the" for k in o.children))]
                    if body:
                        return body[-1]
                if (tok.lower_ == "it" or definite) and (plural or c.ent_type_ == "PERSON" or definite and self.is_person(c)):
                    return tok  # "it" stands for a state or an organisation, not a person
                if (tok.lower_ == "they" and not plural and c.ent_type_ in ("GPE", "PERSON") and tok.head.dep_ == "advcl"
                        and any(m.dep_ == "mark" for m in tok.head.children)):
                    # "Russia cut gas to Poland and Bulgaria after they refused to pay": not Russia.
                    # (What a country says "they" will do is its own: "Egypt said they would press T".)
                    return tok
                if tok.lower_ in ("they", "it") or definite or not plural:
                    if self.is_actor(c):
                        return c
                return tok
        return tok

    def _punished(self, tok: Token) -> Token | None:
        """ "Police arrested dozens of supporters after they attacked a station", "fired his
        minister after he called for a pause": the subject pronoun of a clause giving the reason
        for a punishment stands for the one punished, when it agrees with them (he or she: a
        person; it: a body; they: many)."""
        v = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or v.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in ("after", "because", "since") for c in v.children):
            return None
        gov = v.head
        if gov.pos_ != "VERB" or gov.lemma_.lower() not in self.g.credit_verbs | self.g.dismiss_verbs:
            return None
        for c in gov.children:
            if c.dep_ != "dobj":
                continue
            o = self._counted(c)  # "dozens of supporters": the supporters, many
            if not self.is_actor(o) or o.i > tok.i:
                continue
            many = o.tag_ in ("NNS", "NNPS") or o.i != c.i
            person = self.is_person(o)
            if (tok.lower_ in ("he", "she") and person and not many or tok.lower_ == "it" and not person and not many
                    or tok.lower_ == "they" and many):
                return o
        return None

    def _tail_denial(self, clause: Token, verb: Token) -> bool:
        """ "accused Rwanda of backing the rebels, a charge Kigali denies": the parser makes the
        report the complement of the denial after it. ``clause`` comes first, a comma follows it,
        and ``verb``'s subject is a name with a claim noun before it."""
        if clause.i > verb.i or not any(t.text == "," for t in clause.doc[clause.right_edge.i + 1:verb.i]):
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and any(k.dep_ in ("compound", "nmod", "amod") and k.lemma_.lower() in self.g.claim_nouns
                                                            for k in c.children) for c in verb.children)

    def _asked_for_deal(self, v: Token) -> bool:
        """ "rallied to demand a deal to free the hostages", "called for talks to end the war": the
        parser hangs the deal's "to" clause on the verb of asking, but those who ask for the deal
        are not said to do what it would do."""
        if v.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return False
        asker = v.head
        if asker.pos_ != "VERB" or asker.lemma_.lower() not in self.g.request_verbs:
            return False
        asked = [c for c in asker.children if c.dep_ == "dobj"]
        asked += [o for c in asker.children if c.dep_ == "prep" and c.lower_ == "for" for o in [pobj(c)] if o is not None]
        return any(o.i < v.i and o.right_edge.i + 2 >= v.i and (o.lemma_.lower() in self.g.pact_nouns | self.g.plan_nouns
                                                               or self._talks(o)) for o in asked)

    def _held_by(self, t: Token) -> list[Token]:
        """The actors a participle after a thing names as its holders ("targets belonging to
        Hezbollah", "positions held by the rebels", "a hospital run by MSF") or as those it carries
        ("a bus carrying schoolchildren"); [] for an actor or for a thing with no such participle."""
        if t.pos_ != "NOUN" or self.is_actor(t) and t.lemma_.lower() not in self.g.weapon_nouns:
            return []  # (a weapon is whoever's launched it: "drones launched by the Houthis")
        for c in t.children:
            if c.dep_ == "acl" and c.lemma_.lower() in self.g.holder_participles:
                owners = [o for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ in ("to", "by") and pobj(p) is not None
                          for o in expand(pobj(p)) if o.pos_ != "PRON" and self.is_actor(o)]
                if owners:
                    return owners
            if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in self.g.carry_verbs:
                # "hit a bus carrying schoolchildren", "shelled a convoy carrying Afghan refugees":
                # those it carries.
                carried = [o for k in c.children if k.dep_ == "dobj" for o in expand(self._counted(k))
                           if o.pos_ != "PRON" and self.is_actor(o)]
                if carried:
                    return carried
        return []

    def _object_antecedent(self, tok: Token, sources: list[Token]) -> list[Token]:
        """ "X was freed after the president pardoned him", "convicted X and sentenced him", "sued
        X, accusing him of fraud": an object pronoun stands for an actor of the clause that governs
        its own, not the doer of its act. That clause's objects come first (the pronoun takes up the
        same role), then its subject; only names and nouns before the pronoun that agree in number."""
        if tok.lower_ not in OBJECT_ANAPHORA or tok.dep_ not in ("dobj", "pobj", "dative"):
            return [tok]
        for cur in governing_clauses(tok.head.head if tok.dep_ == "pobj" else tok.head):
            objs = [c for c in cur.children if c.dep_ in ("dobj", "dative")]
            groups = [expand(c) for c in objs]
            groups += [expand(pobj(p)) for h in (cur, *objs) for p in h.children if p.dep_ == "prep"
                       and p.lower_ in ("against", "on", "with", "to", "of") and pobj(p) is not None]
            groups += [expand(c) for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
            for group in groups:
                c = group[0]
                many = len(group) > 1 or c.tag_ in ("NNS", "NNPS")
                if (c.i < tok.i and c.pos_ != "PRON" and many == (tok.lower_ == "them") and not set(group) & set(sources)
                        and all(self.is_actor(t) for t in group) and (many or self.is_person(c))):
                    return group
        return [tok]

    @staticmethod
    def _misparsed_objects(v: Token) -> list[Token]:
        """The object a date between verb and object hides from the small parser: "criticised
        President Saied on Tuesday over ..." (the name made a clause, ``ccomp``, of its own), "condemned
        on Thursday Ethiopia's decision" (the object made a second object of "on"). Or a phrase of
        manner between: "freed on bail three activists"."""
        out = [c for c in v.children if c.dep_ == "ccomp" and c.i > v.i and c.pos_ == "PROPN" and c.ent_type_ != "DATE"
               and not any(k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for k in c.children)]
        # "found the commander guilty": a verbless clause, its subject the one found so.
        out += [k for c in v.children if c.dep_ == "ccomp" and c.pos_ == "ADJ" for k in c.children if k.dep_ == "nsubj"]
        for c in v.children:
            if c.dep_ == "prep" and c.i == v.i + 1 and c.lower_ in ("on", "at", "in"):
                objs = [k for k in c.children if k.dep_ == "pobj"]
                if len(objs) == 2 and objs[0].ent_type_ in ("DATE", "TIME") and objs[1].ent_type_ not in ("DATE", "TIME"):
                    out.append(objs[1])
                # "freed on bail three activists": the object hung on the phrase between as its own object.
                out += [k for o in objs for k in o.children if k.dep_ == "dobj" and k.i > o.i]
        return out[:1]

    def _noun_args(self, f: Frame, by_tok: dict[int, Frame]) -> None:
        n = f.trigger
        if n.dep_ == "compound" and n.head.lemma_.lower() in self.g.effort_nouns and n.head.i not in by_tok:
            n = n.head  # "launched a mediation effort between X and Y": the effort stands in the sentence
        act = n
        box = container_of(n)
        if box is not None and box.i not in by_tok:
            n = box  # "held a round of talks with T": the round stands in the sentence, the talks say what it is
        poss = [t for c in n.children if c.dep_ == "poss" for t in expand(c)]
        # "talks by telephone", "an attack by drone": a means or a date after "by" is no doer.
        # A means is bare: "by force", "by drone"; "by Russian forces", "by Israeli drones" name the doer.
        by = [t for t in _by_phrase(n) if t.ent_type_ not in ("DATE", "TIME") and (
              t.lemma_.lower() not in self.g.means_nouns or t.tag_ in ("NNS", "NNPS") and self.is_actor(t))]
        # "a general strike called by the unions", "the attack carried out by Hamas": the agent of
        # a participle of making it (``author_participles``) is who did it; not when the participle
        # is an act of its own ("sanctions imposed by the EU" is the imposing).
        made = [c for c in self._making_participles(n) if c.i > n.i and c.i not in by_tok]
        if not by:
            by = [t for c in made for k in c.children if k.dep_ == "agent" for t in expand(pobj(k)) if self.is_actor(t)]
        preps = f.entry.target_prep or self.g.default_target_preps["NOUN"]
        plain_preps = tuple(p for p in preps if p != "between")  # "between" names parties, read on its own below
        between = objects_after(n, ("between",))
        targets = [t for t in self._first_prep_objects(n, plain_preps) if t is not act]
        if not targets and act is not n:
            targets = self._first_prep_objects(act, plain_preps)
            between = between or objects_after(act, ("between",))
        if not targets:
            # "EU sanctions imposed on Russia", "the strikes carried out against T": the phrase
            # hangs on the participle that says the act was done. Only an actor: "sanctions
            # announced on Monday" names a day.
            targets = [t for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > n.i
                       and (c in made or not any(k.dep_ == "agent" for k in c.children))
                       for t in self._first_prep_objects(c, plain_preps) if self.is_actor(t) and not own(t)]
        if not targets:
            # "drills encircling Taiwan", "a threat by Baku to use force against T": a clause on the
            # act noun with no subject of its own says whom it is aimed at (its object, else its
            # phrase), never the forces it involves ("exercises involving 10,000 troops").
            shown = f.root in self.g.deploy_roots or f.root == "06" or f.entry.code in self.g.show_of_force_codes
            for c in (k for k in n.children if k.dep_ == "acl" and k.i > n.i and (k.tag_ == "VBG" or to_infinitive(k))
                      and not any(x.dep_ in ("nsubj", "nsubjpass") for x in k.children)):
                # (Not an object across a comma: the small parser hangs the next clause's subject there.)
                dobjs = [k for k in c.children if k.dep_ == "dobj" and not any(w.is_punct for w in k.doc[c.i:k.i])]
                for found in ([t for k in dobjs for t in expand(k)], self._first_prep_objects(c, plain_preps),
                              [t for k in dobjs for t in self._first_prep_objects(k, plain_preps)]):  # "to use force against T"
                    targets = [t for t in found if self.is_actor(t) and not own(t)
                               and not (shown and t.lemma_.lower() in self.g.force_nouns)]
                    if targets:
                        break
                if targets:
                    break
        first = n
        # Only a bare noun joined on ("its rejection and strong condemnation of T"); one with its
        # own determiner or owner starts a phrase of its own, often a clause the parser misread.
        if not any(c.dep_ in ("det", "poss", "nmod") for c in n.children):
            while first.dep_ == "conj" and first.head.pos_ == "NOUN":
                first = first.head
        if first.i not in by_tok or any(c.lower_ in ("no", "neither") for c in first.children):
            # Only a pair of acts shares the verb ("rejection and condemnation"), not a view and
            # an act, nor what "no" negates ("had no claim or objection").
            first = n
        if not targets and first is not n:
            # "its rejection and condemnation of T": the pair shares the phrase after it.
            targets = self._first_prep_objects(first, plain_preps)
        # "Freedonia voiced its support for T": the light verb's subject, not "its" (nor "drone" in
        # "launched its drone attack").
        light = light_governor(n, self.g.light_verbs)
        deferred = bool(poss) and light is not None and (all(t.pos_ == "PRON" for t in poss) or (
            # "the minister reiterated the government's support": the one who speaks for it.
            light.lemma_.lower() in self.g.speaking_light_verbs and any(self.is_actor(t) for t in self.subjects(light))))
        suffered = bool(poss) and n.lemma_.lower() in self.g.patient_possessor_nouns and not objects_after(n, ("of",))
        if suffered:
            # "ordered the tanker's release", "condemned the envoy's expulsion": the possessor is
            # whom it was done to; who did it is the light verb's subject or is not said.
            targets = poss + [t for t in targets if t not in poss]
            deferred = True
        if by:
            f.sources, f.rule = by, "noun-by"
            if not targets:
                # "an attack by rebels on a convoy": the parser hangs the target on the doer.
                targets = [t for a in by for t in self._first_prep_objects(a, plain_preps)]
            if not targets and n.dep_ == "dobj" and n.head.lemma_.lower() in self.g.receive_verbs:
                # "troops suffered an attack by rebels": who suffered it is its target.
                targets = self.subjects(n.head)
        elif poss and not deferred:
            f.sources, f.rule = poss, "noun-poss"
        elif not deferred:
            # "Israeli strikes", "police raids", "terrorist attacks"; a plain adjective before an
            # event noun of another kind names a kind ("military aid", "public meeting").
            # ("a military aid package": the effort noun stands in, its trigger is no doer of itself)
            mods = [c for c in n.children if c.dep_ in ("amod", "compound", "nmod") and c.i < n.i and self.is_actor(c)
                    and c.i != f.trigger.i and not self._kind_word(c)
                    # "a drone attack", "rocket fire": the means, not the doer
                    and c.lemma_.lower() not in self.g.means_nouns | self.g.weapon_nouns | self.g.munition_nouns
                    # "post-Soviet wars", "anti-Russian protests": a time or a stance, not the doer
                    and not (c.i >= 2 and c.doc[c.i - 1].text == "-" and c.doc[c.i - 2].lower_ in self.g.stance_prefixes - {"pro"})
                    and not (c.lower_ in self.g.stance_prefixes and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == "-")
                    and not (c.dep_ == "amod" and c.lower_ in self.g.kind_adjectives and not c.ent_type_)
                    and (c.pos_ != "ADJ" or c.ent_type_ or f.root in self.g.adjective_agent_roots and c.lower_ not in self.g.kind_adjectives)
                    # "began a military operation": the sense, the light verb's subject is the doer
                    and not (c.lower_ in f.entry.object and light_governor(n, self.g.light_verbs) is not None)]
            if mods and light is not None and any(self.is_actor(t) for t in self.subjects(light)):
                # "Egypt and Sudan began joint air force exercises": a common noun before the act
                # names a kind when the light verb has a doer; a name still does it ("Israeli strikes").
                mods = [m for m in mods if m.pos_ == "PROPN" or m.ent_type_ in ("GPE", "NORP")]
            if (mods and n.lemma_.lower() in self.g.place_named_wars
                    and not objects_after(n, ("in", "on", "against", "with"))):
                # "the Gaza war", "the Ukraine war": a war named by where it is fought; "the US war
                # in Afghanistan" names who fights it, as does a pair ("the Israel-Hamas war").
                mods = [m for m in mods if not (m.dep_ == "compound" and (m.ent_type_ in ("GPE", "LOC") or n.ent_type_ == "EVENT")
                                                and len(self._hyphen_pair(m)) < 2)]
            if mods and n.lemma_.lower() in self.g.venue_named_nouns:
                # "the Paris agreement", "the Washington summit": the city it was signed or held
                # in is no party to it; a country ("the Iran deal") or a pair still is.
                mods = [m for m in mods if not self.named_for_its_venue(n, m)]
            if mods and f.entry.reciprocal:
                # "Chile-Peru talks": both sides of a hyphenated pair hold them.
                mods = [x for m in mods for x in self._hyphen_pair(m)]
            if mods:
                f.sources, f.rule = mods, "noun-modifier"
        gov, n_dep = n.head, n.dep_
        if first is not n and first.dep_ in ("dobj", "nsubjpass", "attr") and first.head.pos_ in ("VERB", "AUX"):
            # "expressed its rejection and condemnation of T": each noun of the pair has the
            # first one's governor.
            n_dep, gov = first.dep_, first.head
        elif (n.dep_ == "conj" and n.head.pos_ == "NOUN" and n.head.i not in by_tok and n.head.dep_ == "dobj"
              and n.head.head.lemma_.lower() in self.g.light_verbs
              and not any(c.dep_ in ("det", "poss", "nmod") for c in n.head.children)
              and any(c.dep_ == "amod" and n.head.i < c.i < n.i for c in n.children)):
            # "held air and naval drills": the parser may join the act, with the modifier it was
            # joined by ("naval"), to a modifier it read as the light verb's object ("air"); the act
            # is that verb's object. (Not "had no claim or objection", "establishing peace and
            # order": a noun with its own determiner, or with no such modifier, is a thing of its own.)
            n_dep, gov = "dobj", n.head.head
        if not f.sources and n_dep in ("dobj", "nsubjpass", "attr", "pobj", "conj") and (gov.pos_ in ("VERB", "AUX") or n_dep == "pobj"):
            if n.dep_ == "pobj":
                gov = n.head.head
            # "The army remained on alert", "the miners went on strike": the state the subject is in.
            # Not when the verb is a trigger itself ("went on strike" is the verb's event).
            state = (n.dep_ == "pobj" and n.head.lower_ == "on" and gov.lemma_.lower() in self.g.state_verbs
                     and gov.i not in by_tok)
            if gov.pos_ in ("VERB", "AUX") and n.dep_ != "pobj" and gov.lemma_.lower() in self.g.receive_verbs:
                # "X received an invitation from S": S invited X. No giver named, no event.
                givers = objects_after(n, ("from",)) + objects_after(gov, ("from",))
                if not givers and n.lemma_.lower() not in self.g.patient_possessor_nouns:
                    # "won the backing of Spain": the one whose act it is. Not "faced the arrest
                    # of X": X is who was arrested.
                    givers = [t for t in objects_after(n, ("of",)) if self.is_actor(t)]
                f.sources, f.rule = givers, "received"
                targets = self.subjects(gov) if givers else []
                # "The expulsion of the envoy by Niger drew protests from Paris": the act draws
                # them on whoever did it.
                targets = [d for t in targets for d in (self._doers_of_act(t) or [t])]
            elif (gov.pos_ in ("VERB", "AUX") and n.dep_ == "pobj" and n.head.lower_ == "as" and f.root in self.g.role_roots
                  and gov.lemma_.lower() in self.g.role_verbs):
                # "used civilians as human shields", "held the crew as hostages": the verb's subject
                # did it to the verb's object.
                f.sources, f.rule = self.subjects(gov), "as-role"
                targets = [self._counted(t) for c in gov.children if c.dep_ == "dobj" for t in expand(c)]
            elif (gov.pos_ in ("VERB", "AUX") and n.dep_ == "pobj" and n.head.lower_ == "for"
                  and gov.lemma_.lower() in self.g.trip_verbs):
                # "travelled to Paris for talks with Macron": the traveller holds the talks.
                f.sources, f.rule = self.subjects(gov), "trip-purpose"
            elif (joiner := self._taking_part(n)) is not None:
                # "was ready to take part in talks with T", "participated in exercises with T".
                f.sources, f.rule = self.subjects(joiner), "light-verb"
                if not targets:
                    targets = self._prep_objects(joiner, preps)
            elif gov.pos_ in ("VERB", "AUX") and (n.dep_ != "pobj" and gov.lemma_.lower() in self.g.light_verbs or state):
                f.sources = self.subjects(gov)
                f.rule = "light-verb"
                if not targets:
                    targets = self._prep_objects(gov, preps)
                    if not targets and gov.lemma_.lower() in self.g.light_verbs:
                        targets = [t for c in gov.children if c.dep_ == "dative" for t in expand(c)]
                targets = self._called(gov) or targets  # "called Erdogan to convey its support"
        if not targets and n.dep_ == "pobj" and n.head.lower_ in ("at", "upon", "on") and n.lemma_.lower() in self.g.behest_nouns:
            # "deployed troops at Trump's request" (the parser may hang it on the border they went
            # to): whoever acted was the one asked.
            acted = next((a for a in n.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if acted is not None:
                targets = [t for t in self.subjects(acted) if self.is_actor(t)]
        if (not f.sources and n.dep_ == "pobj" and n.head.lower_ == "with" and n.head.head.pos_ in ("VERB", "AUX")
                and n.head.head.lemma_.lower() in self.g.response_verbs):
            # "Ottawa retaliated with tariffs on American goods": the subject imposed them; "Russia
            # retaliated against Ukraine with missile strikes": on whom it retaliated.
            f.sources, f.rule = self.subjects(n.head.head), "light-verb"
            if not targets:
                targets = [t for t in objects_after(n.head.head, ("against", "on")) if self.is_actor(t)]
        resp = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "for" else None
        if (not f.sources and resp is not None and resp.lemma_.lower() in self.g.claim_credit_nouns
                and resp.dep_ == "dobj" and resp.head.lemma_.lower() in self.g.claim_credit_verbs):
            # "Ukraine claimed responsibility for the drone attack": the claimant did it.
            f.sources, f.rule = self.subjects(resp.head), "claimed"
            if not any(self.is_actor(t) for t in targets):
                # "... for a bombing that killed 12 police officers": whom it killed.
                targets = [t for c in n.children if c.dep_ == "relcl" and c.lemma_.lower() in self.g.harm_verbs
                           for o in c.children if o.dep_ == "dobj" for t in expand(o) if self.is_actor(self._counted(t))] or targets
        if not f.sources and not poss and n.lemma_.lower() in self.g.of_agent_nouns:
            # "the visit of Qatar's emir to Cairo": the visitor.
            agents = [t for t in objects_after(n, ("of",)) if self.is_actor(t)]
            if agents:
                f.sources, f.rule = agents, "noun-of"
                if not targets:  # the parser hangs "to Cairo" on the visitor
                    targets = [t for a in agents for t in self._first_prep_objects(a, plain_preps)]
        if between and not f.sources and (f.entry.reciprocal or "between" not in f.entry.target_prep):
            f.sources, f.rule = between, "noun-between"
        elif between and not targets and "between" in f.entry.target_prep:
            targets = between  # "X's mediation between Y and Z": Y and Z are who X mediates for
        if not any(self.is_actor(t) for t in targets):
            # "opened an investigation into the transfer of funds of T", "a suspension of links with T".
            deep = [a for t in targets for a in self._attached_actors(t) or self._deep_actors(t)] or self._deep_actors(act)
            if deep:
                targets, f.rule = deep, "deep-target"
        if (not f.sources or all(t.lower_ in ("his", "her") for t in f.sources)) and self._setting(f, n):
            # "speaking after talks with his Ugandan counterpart", "arrived after a meeting with T",
            # "in a phone call with Xi, Biden stressed ...", "after his meeting with Modi, Albanese
            # said": the one the clause is about held them.
            f.sources, f.rule = self.subjects(n.head.head), "light-verb"
        if (n.dep_ == "pobj" and n.head.lower_ == "under" and n.head.head.pos_ in ("VERB", "AUX")
                and n.head.head.lemma_.lower() in self.g.undergo_verbs):
            # "Kharkiv came under heavy shelling by Russian forces", "the convoy came under fire from
            # rebels": whoever it came upon is the target, the one it came from the doer.
            givers = by or [t for t in objects_after(n, ("from",)) + objects_after(n.head.head, ("from", "by")) if self.is_actor(t)]
            f.sources, f.rule = givers, "came-under"
            targets = self.subjects(n.head.head) if givers else []
        if n.lemma_.lower() in self.g.role_nouns and f.rule != "as-role":
            # "20 Israeli hostages", "Palestinian human shields": the noun names who suffered it,
            # its modifiers are no doer. Only "held them as hostages" says who did it.
            f.sources = []
        f.targets = [t for t in targets if t not in f.sources and t != n and t != act]
        if len(f.sources) > 1 and f.targets and done_to_each_other(act, f.targets):
            # "A and B held talks with each other", "launched attacks on one another": each on the other.
            f.targets, f.reciprocal, f.rule = [], True, "reciprocal"
        elif f.entry.reciprocal and len(f.sources) > 1 and not f.targets:
            f.reciprocal = True
            if f.rule != "noun-between":
                f.rule = "reciprocal"

    def _asked(self, t: Token) -> bool:
        """ "Asked about ...", "when asked whether ...": a participle saying the clause's subject
        was asked a question (``asked_participles``), with no asker of its own."""
        return (t.tag_ == "VBN" and t.dep_ == "advcl" and t.lemma_.lower() in self.g.asked_participles
                and not any(c.dep_ in (*SUBJ, "nsubjpass", "agent") for c in t.children))

    def _setting(self, f: Frame, n: Token) -> bool:
        """Talks with someone in whose course or after which the clause happens: "after talks with
        T", "during a meeting with T", "in a phone call with T" (a consultation noun after a time
        preposition, or after "in", with an actor after "with")."""
        return (n.dep_ == "pobj" and n.head.head.pos_ in ("VERB", "AUX") and f.trigger.pos_ == "NOUN"
                and (n.head.lower_ in self.g.time_preps and f.entry.reciprocal
                     or n.head.lower_ in ("in", "during") and f.root == "04")
                and any(self.is_actor(t) for t in objects_after(n, ("with",))))

    def _taking_part(self, n: Token) -> Token | None:
        """The verb of "took part in [n]", "participated in [n]" or "returned to [n]", if ``n`` is its object."""
        if n.dep_ != "pobj" or n.head.lower_ not in ("in", "to"):
            return None
        h = n.head.head
        if n.head.lower_ == "to":
            # "returned to talks with T", "came back to the negotiating table": talks resumed.
            return h if h.pos_ == "VERB" and h.lemma_.lower() in self.g.return_verbs else None
        if h.pos_ == "VERB" and h.lemma_.lower() in self.g.participate_verbs:
            return h
        if h.lemma_.lower() == "part" and h.dep_ == "dobj" and h.head.lemma_.lower() == "take":
            return h.head
        if h.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in h.children):
            return h  # the parser hangs "in" on "took" as often as on "part"
        return None

    def _called(self, v: Token) -> list[Token]:
        """When ``v`` is the purpose of a call ("called Lavrov to discuss Syria", "phoned Erdogan to
        convey its support"), the actors called: the act is aimed at them. The parser sometimes
        reads "called X" as a naming, so X may be an object predicate."""
        if v.dep_ not in ("xcomp", "advcl") or v.head.lemma_.lower() not in self.g.phone_verbs:
            return []
        return [t for t in expand_all(v.head, ("dobj", "oprd")) if self.is_actor(t)]

    @staticmethod
    def _in_name(tok: Token) -> bool:
        """A noun that ends a capitalised name ("Israel Flying Aid"), in a sentence not set in title case."""
        if tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "PERSON", "FAC", "WORK_OF_ART", "PRODUCT"):
            return True
        if not tok.text[:1].isupper() or tok.i == tok.sent.start or tok.ent_type_ in ("GPE", "NORP", "LOC"):
            return False
        words = [t for t in tok.sent if t.is_alpha]
        if sum(t.text[:1].isupper() for t in words) > 0.6 * len(words):
            return False  # a headline: every word capitalised
        return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)

    def _hyphen_pair(self, m: Token) -> list[Token]:
        """ "Chile-Peru" before a noun: the two sides, when both are actors; else the modifier."""
        doc = m.doc
        first = [c for c in m.children if c.dep_ == "compound" and c.i == m.i - 2 and doc[m.i - 1].text == "-"
                 and self.is_actor(c)]
        return first + [m] if first else [m]

    def _act_itself(self, f: Frame, t: Token) -> bool:
        """ "the Chile-Peru talks ended": the subject is the act the verb names, not who did it.
        Only a common noun that names an act ("talks", "aid"), not a name ("Flying Aid")."""
        return (f.entry.pos == "VERB" and t.dep_ in ("nsubj", "nsubjpass") and t.head.i == f.trigger.i
                and t.lemma_.lower() in f.entry.object and self._event_noun(t) and (t.is_lower or t.i == t.sent.start))

    def _weapon_source(self, f: Frame, t: Token) -> bool:
        """ "a car bomb killed two soldiers": a weapon that is the subject of a violent act is its source."""
        return (f.root in self.g.violent_roots and t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head.i == f.trigger.i
                and t.lemma_.lower() in self.g.weapon_nouns)

    def _weapon_owner(self, f: Frame, t: Token) -> Token:
        """ "The Houthis said their missiles struck a ship": a weapon that is "its" or "their"
        stands for its owner, the subject of the clause that reports or governs its own, when that
        subject is an actor named before it. ``t`` itself otherwise."""
        if (not self._weapon_source(f, t) or self.is_actor(t)  # "its drones": the tables' own (a military)
                or not pronoun_owned(t)):
            return t
        for cur in governing_clauses(t.head):
            for c in cur.children:
                if c.dep_ in SUBJ and c.i < t.i and c.pos_ != "PRON" and self.is_actor(c):
                    return c
        return t

    def _doers_of_act(self, t: Token, *, coded_too: bool = False) -> list[Token]:
        """The named doers of an act noun that is no actor itself: its "by" agents ("the expulsion
        of the envoy by Niger"); [] for anything else. ``coded_too``: also of an act noun the tables
        read as an actor ("a drone strike by the army", the drone a military)."""
        if self.is_actor(t) and not coded_too or t.pos_ != "NOUN" or not self.lex.candidates(t.lemma_.lower(), "NOUN"):
            return []
        return [a for a in _by_phrase(t) if self.is_actor(a)]

    def _offender(self, f: Frame, t: Token) -> bool:
        """ "apologised for the crimes committed by American soldiers": who did what one apologises
        for is one's own side, not whom the apology is made to."""
        if f.entry.code not in self.g.apology_codes:
            return False
        cur, by = t, False
        while cur.head.i != cur.i and cur.i != f.trigger.i:
            by = by or cur.dep_ == "pobj" and cur.head.lower_ == "by" or cur.dep_ == "agent"
            if cur.dep_ == "pobj" and cur.head.lower_ == "for" and cur.head.head.i == f.trigger.i:
                return by or cur.i != t.i and t.dep_ == "poss"
            cur = cur.head
        return False

    def _misparsed_subject(self, v: Token) -> list[Token]:
        """A subject the small parser put elsewhere. In "expelled a diplomat on Tuesday and Canada
        expelled ..." it joins the second clause's subject to the date before it; a finite verb of
        the second clause right after an actor so joined has that actor for its subject. So has a
        finite verb right after "after X", "before X" or "until X", which it read as a phrase."""
        if v.dep_ not in ("conj", "advcl") or v.tag_ not in ("VBD", "VBZ", "VBP"):
            return []
        k = v.doc[v.i - 1]
        while k.i > v.sent.start and k.pos_ == "ADV":
            k = k.doc[k.i - 1]
        if not self.is_actor(k) or k.ent_type_ in ("DATE", "TIME"):
            return []
        if v.dep_ == "conj" and k.dep_ == "conj" and k.head.ent_type_ in ("DATE", "TIME"):
            return expand(k)
        if v.dep_ == "advcl" and k.dep_ == "pobj" and k.head.lower_ in self.g.clause_conjunctions and k.head.i == k.i - 1:
            # "summoned the ambassador after London imposed sanctions": the parser reads "after
            # London" as a phrase, leaving "imposed" without its subject.
            return expand(k)
        return []

    def subjects(self, v: Token, depth: int = 0) -> list[Token]:
        subs = [t for c in v.children if c.dep_ in SUBJ for t in expand(c)] or [t for c in subjects_on_auxiliary(v) for t in expand(c)]
        pair = headline_pair(v)
        if subs and all(t in pair for t in subs) and all(map(self.is_country, pair)):
            subs = pair  # "Russia, Ukraine swap prisoners": both (not "Paris, France", a city and its country)
        if subs:
            if len(subs) == 1 and subs[0].lower_ in REL_PRONOUNS and v.dep_ == "relcl":
                if subs[0].lower_ == "which" and self.is_person(v.head):
                    # "the ambassador of Chile, which had closed the border": "which" is no
                    # person; it is the body after "of".
                    body = of_object(v.head)
                    if body is not None and self.is_actor(body) and not self.is_person(body):
                        return expand(body)
                return expand(v.head)
            return subs
        agent = [p for c in v.children if c.dep_ == "agent" for p in expand(pobj(c))]
        if agent:
            return agent
        # "USAID provided ...": the small parser can take an acronym before its verb for an adverb.
        acronym = [c for c in v.children if c.dep_ in ("advmod", "npadvmod", "dep") and c.i < v.i and c.text.isupper()
                   and len(c.text) > 1 and c.text.isalpha() and self.is_actor(c)]
        if acronym and v.dep_ not in ("xcomp", "advcl", "acl", "relcl", "pcomp"):
            return acronym
        if depth > 4 or v.head.i == v.i:
            return []
        if v.dep_ == "xcomp" and v.head.pos_ == "VERB" and v.head.lemma_.lower() in self.g.object_control_verbs:
            # "urged the miners to end the strike": who was urged is who would act.
            obj = [t for t in self._controllee(v.head, v) if self.is_actor(t)]
            if obj:
                return obj
        if v.dep_ == "xcomp" and v.head.pos_ in ("VERB", "AUX"):
            # "Chile is expected to sign", "X was forced to withdraw", "X was urged by Y to leave":
            # under a passive verb, who would act is its passive subject, not its agent.
            passive = [t for c in v.head.children if c.dep_ == "nsubjpass" for t in expand(c)]
            if len(passive) == 1 and passive[0].lower_ in REL_PRONOUNS and v.head.dep_ == "relcl":
                return expand(v.head.head)  # "the council, which is due to meet"
            if passive:
                return passive
        if self._asked_for_deal(v):
            return []
        gov = (v.head if v.dep_ == "advcl" else v.head.head if v.dep_ == "pcomp" and v.head.dep_ == "prep"
               and v.head.lower_ in self.g.time_preps else None)
        if (gov is not None and v.tag_ == "VBG" and gov.pos_ in ("VERB", "AUX")
                and not any(c.dep_ in SUBJ for c in v.children)):
            # "was arrested while staging a march", "was detained after criticising T": a participle
            # clause's doer is its clause's grammatical subject, passive or not. (Not "was jailed
            # for spying": a charge is no act said to be done.)
            passive = [t for c in gov.children if c.dep_ == "nsubjpass" for t in expand(c)]
            if passive and not any(t.lower_ in REL_PRONOUNS for t in passive):
                return passive
            if not passive and any(c.dep_ == "auxpass" for c in gov.children) and gov.dep_ in ("ccomp", "conj"):
                return []  # its subject lost in the parse: not the reporter's ("..., a party statement said")
        if (v.dep_ == "advcl" and v.tag_ == "VBG" and v.i > 0 and v.doc[v.i - 1].dep_ == "pobj"
                and v.doc[v.i - 1].lemma_.lower() in self.g.document_nouns):
            # "did not respond to an e-mail requesting comment": the text asks, not the subject;
            # its author is not said. (A text the subject sends is under "dobj" and inherits.)
            return []
        lost = self._misparsed_subject(v)
        if lost:
            return lost
        if self._speakers_conjunct(v, depth):
            return self.subjects(v.head.head, depth + 1)
        if v.dep_ in ("xcomp", "conj", "advcl", "ccomp") and v.head.pos_ in ("VERB", "AUX"):
            return self.subjects(v.head, depth + 1)
        if v.dep_ == "xcomp" and v.head.pos_ == "ADJ" and v.head.dep_ in ("acomp", "amod") and v.head.head.i != v.head.i:
            # "is willing to withdraw", "stands ready to help": the subject of the adjective's verb.
            return self.subjects(v.head.head, depth + 1)
        if v.dep_ == "acl" and v.tag_ == "VB" and v.head.pos_ == "NOUN" and v.head.lemma_.lower() in self.g.plan_nouns:
            # "Chile's decision to close the border", "a bid by Peru to join the bloc": whose plan it is.
            owners = [t for c in v.head.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by"
                      for t in expand(c if c.dep_ == "poss" else pobj(c)) if self.is_actor(t)]
            if owners:
                return owners
        if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN", "PRON") and v.tag_ != "VBN":
            doc = v.head
            if (v.dep_ == "acl" and doc.lemma_.lower() in self.g.document_nouns and doc.dep_ in ("dobj", "conj")
                    and doc.head.pos_ in ("VERB", "AUX")):
                # "passed a resolution criticizing T": whoever passed it.
                return self.subjects(doc.head if doc.dep_ == "dobj" else doc.head.head, depth + 1)
            return expand(v.head)
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
            gov = v.head.head
            lemma = gov.lemma_.lower()
            if (v.head.lower_ in ("for", "of") and (lemma in self.g.credit_verbs or lemma == "indict")
                    or v.head.lower_ == "with" and lemma in ("charge", "indict")):
                # "thanked the US for recognising him", "accused Peru of harbouring rebels": the one
                # thanked or accused did it.
                # ("blacklisted dozens of Chinese firms for supporting ...": the firms a number counts.)
                done_by = [t for c in gov.children if c.dep_ == "dobj" for k in expand(c) for t in [self._counted(k)]
                           if self.is_actor(t)]
                if done_by:
                    return done_by
            if v.head.lower_ == "for" and any(c.dep_ == "dobj" and c.lemma_.lower() in self.g.credit_nouns for c in gov.children):
                # "heaped praise on Nigeria for handing over the peninsula", "poured scorn on T for
                # ...": the one praised or blamed did it.
                done_by = [t for c in gov.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and pobj(c) is not None
                           for t in expand(pobj(c)) if self.is_actor(t)]
                if done_by:
                    return done_by
            return self.subjects(gov, depth + 1)
        if (v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ == "ADJ" and v.head.head.dep_ == "acomp"
                and v.head.head.lemma_.lower() in self.g.agent_adjectives):
            # "X is guilty of violating the truce", "X was responsible for shelling T": X did it.
            return self.subjects(v.head.head.head, depth + 1)
        return []

    def _speakers_conjunct(self, v: Token, depth: int = 0) -> bool:
        """ "Vucic said the talks had gone well and blamed Kurti": the parser hangs the second
        verb in what was said, but its tense is the speaker's and the clause it joins has no
        actor for a subject ("the talks" blame no one). The speaker did it, not reported."""
        return (v.dep_ == "conj" and v.head.dep_ == "ccomp" and v.head.head.lemma_.lower() in self.g.say_verbs
                and v.head.head.pos_ == "VERB" and v.tag_ == v.head.head.tag_ != v.head.tag_
                and not any(c.dep_ in SUBJ for c in v.children)
                and not any(self.is_actor(t) for t in self.subjects(v.head, depth + 1)))

    def _negated(self, t: Token) -> bool:
        g = self.g
        if any(c.dep_ == "neg" or c.lower_ in g.negation_words and c.dep_ in ("advmod", "det", "neg") for c in t.children):
            return True
        if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_.lower() in g.prevent_heads:
            return True  # "to prevent a war between A and B": no war
        if t.pos_ == "VERB" and t.dep_ == "pcomp" and t.head.lower_ == "from" and t.head.head.lemma_.lower() in g.prevent_heads:
            return True  # "prevented the army from attacking the town"
        if t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "neg" for c in t.head.children)
        if t.pos_ in ("VERB", "AUX"):
            # "no compromise will be accepted", "accepted no responsibility": what is acted on is none.
            return any(c.dep_ in ("dobj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                       for c in t.children)
        return False

    def _negating_head(self, t: Token, by_tok: dict[int, Frame]) -> Token | None:
        """ "did not even bother to consult T", "will not go to Ankara to meet T": a negated verb that is no
        event itself carries its negation (and its tense) to the act it leads to."""
        if (t.dep_ in ("xcomp", "advcl") and t.head.pos_ in ("VERB", "AUX") and t.head.i not in by_tok
                and to_infinitive(t) and any(c.dep_ == "neg" for c in t.head.children)):
            return t.head
        return None

    def _failed(self, t: Token) -> bool:
        node = t.head if t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubjpass") else t
        return node.dep_ == "xcomp" and node.head.lemma_.lower() in self.g.failure_heads

    def _modality(self, t: Token) -> str:
        g = self.g
        if t.pos_ == "NOUN":
            mods = {c.lower_ for c in t.children if c.dep_ == "amod"}
            if mods & g.prospective_adjectives:
                return "future"  # "his upcoming visit"
            if mods & g.possible_adjectives and not any(c.tag_ == "JJS" for c in t.children):
                return "hypothetical"  # "a possible meeting between Biden and Xi in November"
        node = t
        if t.pos_ == "NOUN" and t.head.pos_ in ("VERB", "AUX") and t.dep_ in ("dobj", "nsubjpass"):
            node = t.head
        aux = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
        advs = {c.lower_ for c in node.children if c.dep_ == "advmod"} | {c.lower_ for c in t.children if c.dep_ == "advmod"}
        # Walk up the clause chain for conditions and reporting verbs. An announced action keeps
        # its future under a reporting verb, and reported speech shifts "will" back to "would":
        # "said it would free the prisoners" announces a release (an intent), as "will" does.
        cur, hops, reported = node, 0, False
        own = False  # above a relative clause: its act is its own, no future or condition of the clause it hangs in
        while cur.head.i != cur.i and hops < 6 and not reported:
            if self._speakers_conjunct(cur):
                cur, hops = cur.head.head, hops + 1  # the speaker's own act, beside the saying
                continue
            marks = {c.lower_ for c in cur.children if c.dep_ == "mark"}
            if cur.dep_ == "advcl" and marks & g.conditional_marks and not own:
                return "conditional"
            if cur.dep_ in ("ccomp",) and cur.head.lemma_.lower() in g.say_verbs:
                reported = True
            elif (cur.dep_ == "xcomp" and cur.head.lemma_.lower() in g.future_heads or self._announced_infinitive(cur)) and not own:
                return "future"
            elif (cur.dep_ == "acl" and cur.head.lemma_.lower() in g.prospective_plan_nouns and to_infinitive(cur)
                  and not own and not any(t.dep_ == "conj" for t in [node, *node.ancestors] if t.i != cur.i and cur in t.ancestors)):
                return "future"  # "Britain's plan to deport asylum seekers to Rwanda": planned, not done
            # "accused T of seeking to …, a charge T rejected": the rejection is no future act,
            # though still reported when the whole sentence is someone's words.
            # So is a past act in an adverbial clause: "agreed to a truce a day after Azerbaijan
            # launched an offensive" (the launch is done, not agreed to).
            own = own or cur.dep_ == "relcl" or cur.dep_ == "advcl" and cur.tag_ == "VBD"
            cur, hops = cur.head, hops + 1
        if aux & g.future_aux or reported and aux & g.backshifted_future_aux:
            return "future"
        if reported:
            return "reported"
        if aux & g.hypothetical_aux:
            return "hypothetical"
        if advs & g.reported_adverbs:
            return "reported"
        return "asserted"

    def _proposes(self, verb: Token) -> bool:
        """Has ``verb`` an object, or a clause of what should be done: a bare verb ("suggested
        that the government reconsider") or a modal one ("… that it could be settled")?"""
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass", "auxpass", "xcomp"):
                return True
            if c.dep_ != "ccomp":
                continue
            if any(a.dep_ in ("aux", "auxpass") and a.lower_ in self.g.mandative_aux for a in c.children):
                return True
            # The bare verb of a singular subject ("that the envoy move"): no "-s", so not a fact stated.
            singular = any(k.dep_ == "nsubj" and (k.tag_ in ("NN", "NNP") or k.lower_ in ("he", "she", "it"))
                           for k in c.children)
            if c.tag_ == "VB" and not to_infinitive(c) or c.tag_ == "VBP" and singular:
                return True
        return False

    def _announced_infinitive(self, c: Token) -> bool:
        """ "offered on Monday to hold talks": a date between makes the parser read the infinitive
        after a verb of announcing one's own act as an adverbial clause; it is still the act
        announced (not a purpose: "flew to Oslo for a day to attend the conference" attends it)."""
        return (c.dep_ == "advcl" and c.tag_ == "VB" and c.i > c.head.i and c.head.lemma_.lower() in self.g.announce_heads
                and to_infinitive(c))

    def _content(self, frames: list[Frame], by_tok: dict[int, Frame]) -> None:
        """Frames inside what another frame denies, demands, rejects or threatens are not events."""
        g = self.g
        for f in frames:
            if self._speakers_conjunct(f.trigger):
                continue  # "said the talks had gone well and blamed Kurti": no content of the saying
            cur, path = f.trigger, []
            while cur.head.i != cur.i:
                path.append(cur.dep_)
                prev, cur = cur, cur.head
                outer = by_tok.get(cur.i)
                asked = None
                if outer is None and path == ["advcl"] and to_infinitive(f.trigger) and cur.lemma_.lower() in g.light_verbs:
                    # "made a plea to the junta to free the priests": the parser hangs what was
                    # asked on the light verb, not on the plea.
                    asked = next((by_tok[c.i] for c in cur.children if c.dep_ == "dobj" and c.i in by_tok
                                  and by_tok[c.i].entry.pos == "NOUN" and by_tok[c.i].root in g.content_roots
                                  and by_tok[c.i].root != "01"), None)
                    outer = asked
                if outer is None or outer is f:
                    continue
                if path[-1] == "ccomp" and self._tail_denial(prev, cur):
                    break  # "X accused Y of Z, a charge Y denies": the accusation stands; the denial follows it
                demanded = asked is not None or (
                    path == ["advcl"] and (f.trigger.lemma_.lower() in outer.entry.complement_pred or outer.entry.infinitive)
                    and to_infinitive(f.trigger))  # "gave the envoy 48 hours to leave", "called on T on Monday to free"
                if path[-1] in ("conj", "parataxis", "advcl", "relcl", "appos", "cc") and not demanded:
                    break
                if path[-2:] == ["pobj", "prep"] and (prev.lower_ in g.time_preps or self._setting(f, f.trigger)):
                    break  # "speaking after talks with T", "in a call with T, X said": no content of the speech
                if (path == ["dobj"] and not outer.entry.object
                        and outer.trigger.lemma_.lower() in g.light_verbs):
                    break  # "ordered an investigation", "announced a suspension": the noun is the event
                if path == ["dobj"] and f.trigger.lemma_.lower() in outer.entry.object:
                    f.suppressed = True  # "lodged a protest": the verb's own sense for this object says it
                    break
                if path == ["acl"] and outer.entry.pos == "NOUN" and outer.root == "01" and outer.sources and f.rule == "verb-inherited":
                    # "vetoed an EU statement criticizing China": the statement's author criticises.
                    f.sources = list(outer.sources)
                # "ordered the paper to close": what was ordered is no event of its own.
                takes_content = outer.root in g.content_roots or outer.entry.code in g.content_codes or bool(outer.entry.complement_pred)
                said = outer.root == "01" and outer.entry.code not in g.content_codes
                if "relcl" in path and not (takes_content and said):
                    break  # a relative clause is an act of its own: "pressure from parties, which accused T"
                if takes_content:
                    if said:
                        f.modality = "reported" if f.modality == "asserted" else f.modality
                        break
                    presupposed = outer.root in ("09", "11") and path and path[-1] in ("dobj", "nsubjpass") and not outer.trigger.lemma_.startswith("accus")
                    if presupposed:
                        f.modality = "reported" if f.modality == "asserted" else f.modality
                    else:
                        f.suppressed = True
                    f.content_of = outer
                    if (outer.root == "13" and f.root in self.g.threatened_act_roots and f.suppressed
                            and all(t in f.sources for t in outer.targets) and any(self._party(t) for t in f.targets)
                            and self._same_side(outer.sources, f.sources)):
                        # "a Russian official warned that Russia would strike Kyiv": a threat of
                        # one's own side's force or sanctions is aimed at whom the act would hit.
                        # ("NATO warned that Russia would attack Poland" threatens no one.)
                        outer.targets = [t for t in f.targets if self._party(t) and t not in outer.sources]
                    if not outer.targets:
                        # "accused China of meddling", "denied the attack": who the content is about.
                        cand = [t for t in f.sources if t not in outer.sources] or [t for t in f.targets if t not in outer.sources]
                        outer.targets = cand
                    elif path[-1] == "xcomp" and all(f.trigger.left_edge.i <= t.i <= f.trigger.right_edge.i
                                                      and not self._party(t) for t in outer.targets) and not (
                            # "urged allies to send arms to Ukraine": the ones urged, named or not
                            outer.trigger.lemma_.lower() in self.g.object_control_verbs
                            and any(c.dep_ == "dobj" and self.is_target(c) for c in outer.trigger.children)):
                        # "threatened to halt the talks with T": the party to the act threatened,
                        # not the thing it is done to (a target the outer verb took from the act's
                        # own words; "an appeal to the cabinet to press a judge" keeps the cabinet).
                        inner = [t for t in f.targets if self._party(t) and t not in outer.sources]
                        if inner:
                            outer.targets = inner
                    break

    def _same_side(self, ours: list[Token], theirs: list[Token]) -> bool:
        """Do the doers ``theirs`` belong to the side of ``ours``: the same name (the whole name:
        "South Korea" is not "North Korea"), or the same country by the actor tables ("a senior
        Russian official" and "Russia")?"""
        if not ours or not theirs:
            return False
        if all(t in ours or any(entity_name(t) == entity_name(o) and t.lower_ not in ("it", "they") for o in ours) for t in theirs):
            return True
        mine = {self.country_of(o) for o in ours}
        return None not in mine and all(self.country_of(t) in mine for t in theirs)

    def _light_verbs(self, frames: list[Frame], by_tok: dict[int, Frame]) -> None:
        """'ordered attacks on Gaza', 'launched strikes': the noun carries the event, not the verb."""
        for f in frames:
            if f.entry.pos != "VERB" or f.trigger.lemma_.lower() not in self.g.light_verbs:
                continue
            # "adopted a package of sanctions": the act inside the bundle is the object's act.
            objs = [c for c in f.trigger.children if c.dep_ == "dobj"]
            objs += [o for c in objs if c.i not in by_tok and c.lemma_.lower() in self.g.container_nouns
                     for o in [of_object(c)] if o is not None]
            nouns = [by_tok[c.i] for c in objs if c.i in by_tok]
            if not nouns:
                continue
            if not f.entry.object:
                f.suppressed = True
            else:
                # "imposed sanctions", "sent aid": the verb's own sense for this object already says
                # it; the noun must not code the same act a second time.
                for n in nouns:
                    if n.root != f.root:
                        continue
                    if n.trigger.lemma_.lower() in f.entry.object:
                        n.suppressed = True
                        if f.targets == [n.trigger] and n.targets:
                            # "launched an assault on T": the act is aimed at T, not at the assault.
                            f.targets = n.targets
                    elif not n.suppressed and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in f.entry.object
                                                  for c in n.trigger.children):
                        # "launched a missile strike on T": a modifier of the noun named the verb's
                        # sense; the noun is the act, and one act is coded once. (Not when the noun
                        # is already the verb's content: "gave T a 72-hour ultimatum" keeps the verb.)
                        f.suppressed = True
                    elif not n.suppressed and n.trigger.lemma_.lower() in self.g.container_nouns:
                        # "launched a barrage of missiles at T": the verb's sense came from what
                        # the barrage is of; the barrage is the act and holds its target.
                        f.suppressed = True

    def _ended(self, frames: list[Frame], by_tok: dict[int, Frame]) -> None:
        """'stopped supplying weapons to T', 'halted shelling the town': the act of the -ing
        complement is ended, so it is coded as its cut (``ended_codes``) or as not done; the bare
        verb of ending adds nothing."""
        for f in frames:
            v = f.trigger
            no_longer = f.entry.pos == "VERB" and self._no_longer(v)
            if not (no_longer or f.entry.pos == "VERB" and v.dep_ == "xcomp" and v.tag_ == "VBG"
                    and v.head.lemma_.lower() in self.g.end_verbs and not any(c.dep_ == "prt" for c in v.head.children)):
                continue  # "ended up buying" is no ending
            if no_longer:
                # "is no longer sending arms to T", "will not fund T any more": the act was done and
                # ends now; the "not" belongs to the ending, not to the act.
                f.negated = False
            code = self.g.ended_codes.get(f.entry.code) or self.g.ended_codes.get(f.root)
            if code is None:
                f.negated = not f.negated
            else:
                f.entry = replace(f.entry, code=code, name=lookup(code).name)
            outer = by_tok.get(v.head.i)
            if outer is not None and not no_longer and not outer.entry.object:
                outer.suppressed = True

    @staticmethod
    def _free_relative(v: Token) -> tuple[Token, Token] | None:
        """ "condemned what he called Chinese interference", "denounced what it described as
        aggression by T": the object is the thing so named (with the naming clause), not the one
        who names it."""
        for c in v.children:
            if c.dep_ == "ccomp" and c.i > v.i and any(k.dep_ == "dobj" and k.lower_ == "what" and k.i < c.i for k in c.children):
                named = [k for k in c.children if k.dep_ in ("oprd", "dobj") and k.i > c.i]
                named += [o for k in c.children if k.dep_ == "prep" and k.lower_ == "as" for o in [pobj(k)] if o is not None]
                return (c, named[0]) if named else None
        return None

    @staticmethod
    def _no_longer(v: Token) -> bool:
        """ "no longer", "not … any longer", "not … anymore" on the verb."""
        advs = [c for c in v.children if c.dep_ == "advmod"]
        if any(a.lower_ == "longer" and any(c.lower_ == "no" for c in a.children) for a in advs):
            return True
        negated = any(c.dep_ == "neg" for c in v.children)
        return negated and any(a.lower_ in ("anymore", "any-more") or a.lower_ in ("longer", "more")
                               and any(c.lower_ == "any" for c in a.children) for a in advs)

    def _intents(self, frames: list[Frame], by_tok: dict[int, Frame]) -> None:
        """'vowed to retaliate', 'agreed to share intelligence': the complement is the event, announced
        for the future (coded as its intent or threat); the bare intent verb adds nothing."""
        for f in frames:
            if f.entry.pos != "VERB" or f.root != "03":
                continue
            comps = [c for c in f.trigger.children if c.dep_ == "xcomp" or self._announced_infinitive(c)]
            inner = [by_tok[c.i] for c in comps if c.i in by_tok]
            # "agreed to extend their ceasefire", "agreed to hold talks": the act is the object's noun.
            inner += [by_tok[o.i] for c in comps if c.i not in by_tok
                      for o in c.children if o.dep_ == "dobj" and o.i in by_tok]
            if f.trigger.lemma_.lower() in self.g.object_control_verbs:
                # "invited the Thai prime minister to visit Beijing": the invitation is the act; the
                # visit is the invitee's, asked for and not yet announced by them.
                for i in inner:
                    i.suppressed = True
                continue
            for i in inner:
                i.negated = i.negated or f.negated  # "did not agree to meet T"
            if f.trigger.lemma_.lower() in self.g.offer_verbs:
                for i in inner:
                    if i.root in ("15", "19") and i.entry.pos == "VERB":
                        # "offered to deploy soldiers in support of T": military protection offered (0334), not
                        # a show of force announced (a threat).
                        i.entry = replace(i.entry, code="0334", name=lookup("0334").name)
            if any(not i.suppressed and i.sources for i in inner):
                f.suppressed = True
                if f.reciprocal:
                    for i in inner:
                        if len(i.sources) > 1 and not i.reciprocal and not any(self.is_actor(t) for t in i.targets):
                            # "India and Mercosur agreed to give tariff concessions": to each other.
                            i.targets, i.reciprocal, i.rule = [], True, "reciprocal"

    def _protest_demands(self, frames: list[Frame], by_tok: dict[int, Frame]) -> None:
        """ "students marched through the capital, demanding the resignation of T", "walked off the
        job, demanding that T raise wages", "marched to demand T's resignation": a protest that
        names no one is aimed at whom the protesters' demand or denunciation in the same clause is
        (``protest_demand_roots``)."""
        for f in frames:
            if f.root != "14" or f.suppressed or f.reciprocal or not f.sources or any(self.is_actor(t) for t in f.targets):
                continue
            heads = {f.trigger.i} | ({f.trigger.head.i} if f.trigger.dep_ in ("dobj", "pobj") else set())
            side = {entity_name(t) for t in f.sources}
            for c in (c for h in heads for c in f.trigger.doc[h].children):
                g = by_tok.get(c.i)
                if (g is None or g.suppressed or c.dep_ not in ("advcl", "xcomp", "conj") or not (c.tag_ == "VBG" or to_infinitive(c))
                        or g.root not in self.g.protest_demand_roots or {entity_name(t) for t in g.sources} != side):
                    continue
                found = [t for t in g.targets if self.is_actor(t) and not own(t) and entity_name(t) not in side]
                if found:
                    f.targets, f.rule = found, "protest-demand"
                    break

    def _statements(self, frames: list[Frame]) -> None:
        """A bare statement (CAMEO 010) only when nothing more specific was found."""
        specific = [f for f in frames if f.entry.code != "010" and not f.suppressed]
        if specific:
            for f in frames:
                if f.entry.code == "010":
                    f.suppressed = True


def _named_group(t: Token) -> bool:
    """ "Tigrayan leaders", "Houthi fighters": people a capitalised name describes."""
    return t.tag_ == "NNS" and any(c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN") and c.text[:1].isupper()
                                   for c in t.children)
