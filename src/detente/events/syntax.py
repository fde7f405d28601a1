"""Small questions about a dependency parse that the event rules ask again and again: a
preposition's object, a phrase's conjuncts, a verb's particle or complement, whether a token
can head an actor phrase. No knowledge of events or actors lives here."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..nlp.acronyms import TEMPLATE
from .grammar import grammar

ACTORISH_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
SKIP_PRONOUNS = {"it", "this", "that", "these", "those", "which", "what", "who", "there", "itself"}


def complement(verb: Token, auxes: frozenset[str], preds: frozenset[str] = frozenset(), clause: bool = False) -> Token | None:
    """The clausal complement of ``verb`` whose verb carries one of ``auxes`` ("said X must go"),
    or whose predicate is one of ``preds`` ("said X was responsible", "X was behind", "X is to blame"),
    or whose own verb is ("ordered the paper to close", "ordered them jailed"); with ``clause``,
    any complement clause with a subject of its own ("charged that the army had fired first")."""
    # "said the talks had failed and that X was to blame": a second clause joined to the first.
    joined = [k for c in verb.children if c.dep_ == "ccomp" for k in c.children
              if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX") and any(m.dep_ == "mark" for m in k.children)]
    for c in [*verb.children, *joined]:
        is_ccomp = c.dep_ == "ccomp" or c in joined
        if clause and is_ccomp and c.i > verb.i and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children):
            return c
        if preds and (c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in preds):
            return c  # "ordered the weekly to suspend publication", "ordered the station closed"
        if preds and c.dep_ == "advcl" and c.lemma_.lower() in preds and to_infinitive(c):
            return c  # "gave the envoy 48 hours to leave": the parser makes the demand a purpose
        if preds and c.dep_ == "dobj":
            # "ordered six ministers jailed": the parser hangs the complement on the object.
            done = next((k for k in c.children if k.dep_ == "acl" and k.lemma_.lower() in preds), None)
            if done is not None:
                return done
        if not is_ccomp:
            continue
        if any(a.dep_ in ("aux", "auxpass") and a.lower_ in auxes for a in c.children):
            return c
        if preds and any(k.dep_ in ("acomp", "attr", "xcomp") and k.lemma_.lower() in preds
                         or k.dep_ == "prep" and k.lower_ in preds and c.lemma_.lower() == "be" for k in c.children):
            return c  # ("X was behind the attack", not "stands behind X")
    return None


def container_of(n: Token) -> Token | None:
    """The bundling noun an act noun hangs under ("a round of talks": round; ``container_nouns`` in
    grammar.json), else None."""
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in grammar().container_nouns \
            and n.head.head.pos_ == "NOUN":
        return n.head.head
    if n.dep_ == "pobj" and n.head.lower_ in ("in", "of") and n.head.head.ent_type_ == "MONEY" and n.head.head.pos_ in ("NUM", "NOUN"):
        return n.head.head  # "announced $345 million (500 million kroner) in military aid for T"
    return None


def light_governor(n: Token, light_verbs: frozenset[str]) -> Token | None:
    """The light verb whose object (or prepositional object) the noun ``n`` is, if any."""
    n = container_of(n) or n
    gov = n.head.head if n.dep_ == "pobj" else n.head
    if n.dep_ in ("dobj", "nsubjpass", "attr", "pobj") and gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in light_verbs:
        return gov
    return None


def own(t: Token) -> bool:
    """ "its troops", "their own forces": the clause's subject's own ("their counterparts" is not)."""
    return any(c.dep_ == "poss" and c.lower_ == "its" or c.lower_ == "own" for c in t.children)


def pronoun_owned(t: Token, pronouns: tuple[str, ...] = ("its", "their")) -> bool:
    """ "its boat", "their missiles": a thing whose owner is named only by a possessive pronoun."""
    return any(c.dep_ == "poss" and c.lower_ in pronouns for c in t.children)


def theirs(t: Token, nouns: frozenset[str]) -> bool:
    """ "their embassies", "their troops": a thing of ``nouns`` (grammar ``mutual_nouns``) that
    "their" gives to the clause's plural subject."""
    return t.lemma_.lower() in nouns and any(c.dep_ == "poss" and c.lower_ == "their" for c in t.children)


def pobj(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ in ("pobj", "pcomp"):
            return c
    return None


def to_infinitive(verb: Token) -> bool:
    """Has ``verb`` the "to" of an infinitive ("vowed to meet", "sent troops to deter T")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def named_by(tok: Token, words: frozenset[str] | set[str]) -> bool:
    """Is ``tok``'s lemma, or that of a compound before it or of its cargo, one of ``words``?
    ("five tear gas shells" is named by "gas" as well as by "shell"; "two planes carrying tents"
    by "tent".)"""
    return tok.lemma_.lower() in words or any(c.dep_ == "compound" and c.lemma_.lower() in words for c in tok.children) or any(
        w.lemma_.lower() in words for w in cargo(tok))


def cargo(tok: Token) -> list[Token]:
    """What a vehicle carries, by a participle after it (``cargo_participles``): "two planes
    carrying tents, blankets and medicine", "ships loaded with food" -> tents, blankets, medicine."""
    out: list[Token] = []
    for a in tok.children:
        if a.dep_ == "acl" and a.lemma_.lower() in grammar().cargo_participles:
            held = [k for k in a.children if k.dep_ == "dobj"] + [o for k in a.children if k.dep_ == "prep" and k.lower_ == "with"
                                                                 for o in [pobj(k)] if o is not None]
            out += [w for k in held for w in (k, *k.conjuncts)]
    return out


def of_object(tok: Token) -> Token | None:
    """The object of ``tok``'s "of" phrase: "dozens of [militants]", "out of [the country]"."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return pobj(of) if of is not None else None


MODIFIER_ENTS = ("GPE", "NORP", "ORG")


def coordinated_modifiers(tok: Token) -> list[Token]:
    """ "UK and EU negotiators", "Nigerian and British armed forces", "the navies of Chile and
    Peru": two named modifiers joined by "and" before one plural head, or right after its
    "of", are two actors; [] when the head has no such pair. A singular head is one body ("the
    Bosnia and Herzegovina delegation", "the president of Bosnia and Herzegovina")."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return []
    owner = coordinated_owner(tok)
    if owner is not None:
        return [owner, tok]  # "Kenya and Uganda's trade ministers": Kenya('s), and Uganda's ministers
    mods = _named_pair([c for c in tok.children if c.i < tok.i and c.dep_ in ("nmod", "compound", "amod")])
    if not mods:
        # "the foreign ministers of Saudi Arabia and Iran", "the navies of Chile and Peru":
        # the same pair after "of".
        mods = _named_pair([o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1
                            for o in c.children if o.dep_ == "pobj"])
    if not mods:
        return []
    mods = one_per_entity(sorted(mods, key=lambda t: t.i))
    return mods if len(mods) > 1 else []


def _named_pair(heads: list[Token]) -> list[Token]:
    """The named ones among ``heads`` and their named conjuncts, when "and" joins them; else []."""
    mods = [c for c in heads if c.ent_type_ in MODIFIER_ENTS]
    mods += [k for m in mods for k in m.children if k.dep_ == "conj" and k.ent_type_ in MODIFIER_ENTS]
    return mods if any(k.dep_ == "cc" and k.lower_ in ("and", "&") for m in mods for k in m.children) else []


def coordinated_owner(tok: Token) -> Token | None:
    """ "Kenya and Uganda's trade ministers": the first of two named possessors joined by "and"
    before a plural head (its own actor; the second stays in the head's phrase), else None."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return None
    for c in tok.children:
        if c.dep_ == "poss" and c.i < tok.i and c.ent_type_ in MODIFIER_ENTS and any(
                k.dep_ == "cc" and k.lower_ in ("and", "&") for k in c.children) and any(
                k.dep_ == "conj" and k.ent_type_ in MODIFIER_ENTS for k in c.children):
            return c
    return None


def coordinated_compound(tok: Token) -> Token | None:
    """ "President Santos and rebel leader Rodrigo Londono": the small parser can hang the first
    of two coordinated names on the second's head as a compound, with the "and" and the second
    phrase's first words under it. That first name (an actor of its own), else None."""
    for c in tok.children:
        if (c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN" and c.text[:1].isupper()
                and any(k.dep_ == "cc" and k.lower_ in ("and", "&") for k in c.children)
                and any(k.dep_ == "conj" and k.i < tok.i for k in c.children)):
            return c
    return None


def appos_after_conj(head: Token, appos: Token) -> Token | None:
    """ "Santos and rebel leader Rodrigo Londono" parsed as Santos + conj "leader" + appos
    "Londono": the apposition names the conjunct just before it, not ``head``. That conjunct,
    else None."""
    if not head.text[:1].isupper():
        return None  # lower-cased text: the tagger's names are guesses
    conj = [k for k in head.children if k.dep_ == "conj" and head.i < k.i < appos.i]
    return conj[-1] if conj and conj[-1].right_edge.i + 1 == appos.left_edge.i else None


def listed_appos(head: Token, appos: Token) -> bool:
    """ "Mali, Burkina Faso and Niger" parsed as Mali + appos "Faso" + conj "Niger": a name set
    off by a comma that heads a coordination of names is the list's next item, not another name
    for ``head``."""
    return (head.pos_ == "PROPN" and appos.pos_ == "PROPN" and head.text[:1].isupper() and appos.i > head.i
            and head.doc[appos.left_edge.i - 1].text == ","
            and any(k.dep_ == "conj" and k.pos_ == "PROPN" for k in appos.children)
            and any(k.dep_ == "cc" and k.lower_ in ("and", "or") for k in appos.children))


def relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun object stands for: "the aid that Japan sent", "the diplomat
    whom China expelled" -> aid, diplomat. None for any other token."""
    if (tok.dep_ == "dobj" and tok.lower_ in ("that", "which", "whom", "who") and tok.head.dep_ == "relcl"
            and tok.i < tok.head.i and tok.head.head.pos_ in ("NOUN", "PROPN")):
        return tok.head.head
    return None


def expand(tok: Token | None) -> list[Token]:
    """A token and its coordinated conjuncts: "China and Canada" -> [China, Canada]; a head with
    coordinated named modifiers gives the modifiers ("UK and EU negotiators" -> [UK, EU]). A
    relative pronoun object is the noun it stands for."""
    if tok is None:
        return []
    tok = relative_antecedent(tok) or tok
    out = coordinated_modifiers(tok) or [tok]
    first = coordinated_compound(tok)
    if first is not None:
        out.insert(0, first)
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") or c.dep_ == "appos" and listed_appos(tok, c):
            out.extend(expand(c))
    return out


def hyphen_lemma(tok: Token) -> str | None:
    """ "cease-fire", "walk-out": a word the tokenizer split at its hyphen, joined ("ceasefire"),
    read from the head word; None when ``tok`` is no such head."""
    i = tok.i
    if i >= 2 and tok.doc[i - 1].text == "-" and tok.doc[i - 2].head.i == i and not tok.doc[i - 1].whitespace_ \
            and not tok.doc[i - 2].whitespace_:
        return tok.doc[i - 2].lower_ + tok.lemma_.lower()
    return None


def entity_start(tok: Token) -> int:
    """Index of the first token of the named entity ``tok`` is in (its own index outside one)."""
    i = tok.i
    while i > 0 and tok.doc[i].ent_iob_ == "I":
        i -= 1
    return i if tok.ent_iob_ in ("B", "I") else tok.i


def entity_name(tok: Token) -> str:
    """The whole name a head word ends, lower-cased ("north korea" for "Korea" of "North Korea"),
    to tell one side from another: "South Korea ... after North Korea fired" are two sides."""
    return tok.doc[entity_start(tok):tok.i + 1].text.lower()


def one_per_entity(toks: list[Token]) -> list[Token]:
    """The last of several tokens of one named entity: the parser sometimes makes each word of
    "Omar al-Bashir" a subject of its own; the name is one actor."""
    last: dict[int, Token] = {}
    for t in toks:
        k = entity_start(t) if t.ent_iob_ in ("B", "I") else -1 - t.i
        if k in last and any(w.text == "," or w.dep_ == "cc" for w in t.doc[min(t.i, last[k].i):max(t.i, last[k].i)]):
            k = -1 - t.i  # a list the tagger took for one name ("azmi, roy and pachauri"): separate people
        if k not in last or t.i > last[k].i:
            last[k] = t
    keep = {t.i for t in last.values()}
    return [t for t in toks if t.i in keep]


def expand_all(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    return [t for c in tok.children if c.dep_ in deps for t in expand(c)]


def objects_after(tok: Token, words: tuple[str, ...]) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``words``, with their conjuncts: "a mediation
    between Sudan and Chad" -> [Sudan, Chad]."""
    return [t for c in tok.children if c.dep_ == "prep" and c.lower_ in words for t in expand(pobj(c))]


def has_particle(tok: Token, particle: str) -> bool:
    words = particle.lower().split()
    # Only words after the verb: in "On Monday, X called Y" the "on" is no particle.
    # Nor a preposition of time: in "X called Y on Friday" the "on" is no particle.
    kids = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "advmod", "dobj", "agent") and c.i > tok.i
            and not (c.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in c.children if o.dep_ == "pobj"))}
    if words[0] in kids:
        return True
    if any(c.pos_ == "ADJ" and c.dep_ in ("advcl", "oprd", "acomp", "ccomp") and c.lower_ == words[0] and c.i > tok.i
           for c in tok.children):
        return True  # "set the prisoners free": the parser takes the word for a predicate
    if words[0] in OBJECT_PARTICLES and any(c.dep_ == "prep" and c.lower_ == words[0] for d in tok.children
                                            if d.dep_ == "dobj" for c in d.children):
        return True  # "described the raid as a provocation"
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ == words[0]


# "described the raid as a provocation", "stripped them of their citizenship": the parser hangs
# the "as" or "of" phrase on the object.
OBJECT_PARTICLES = frozenset({"as", "of"})


def particle_objects(tok: Token, particle: str) -> list[Token]:
    """The objects of a preposition ``particle`` after the verb ``tok`` ("out" through its "of"):
    on the verb, or for ``OBJECT_PARTICLES`` ("as", "of") on its direct object too."""
    heads = [tok] + ([c for c in tok.children if c.dep_ == "dobj"] if particle in OBJECT_PARTICLES else [])
    # "pulled out of the deal": "out" has no object of its own, its "of" phrase has.
    return [o for h in heads for c in h.children if c.dep_ in ("prep", "prt") and c.lower_ == particle and c.i > tok.i
            for o in [pobj(c) or of_object(c)] if o is not None]


def _negated_prefix(t: Token) -> bool:
    """ "anti-terrorist", "counter-terrorism": the word after the prefix names what is opposed."""
    doc = t.doc
    return t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in ("anti", "counter")


MONEY = "<money>"  # object placeholder in the lexicon: any amount of money ("provided $400 million")
PERSON = "<person>"  # object placeholder: a direct object the recognizer names as a person ("received Maduro")


DIRECT_DEPS = ("dobj", "nsubjpass", "dative", "oprd")


def _under_clause(t: Token, top: Token) -> bool:
    """Is there a verb between ``t`` and ``top`` (its ancestor)? "permission to inject $1 billion":
    the amount belongs to the clause, not to what was granted."""
    while t.i != top.i:
        t = t.head
        if t.i != top.i and t.pos_ in ("VERB", "AUX"):
            return True
    return False


def object_lemmas(tok: Token, counted: Callable[[Token], Token] | None = None, *, direct: bool = False) -> set[str]:
    """Lemmas that can match an entry's ``object``; ``counted`` maps a quantity head to what it
    counts ("withdrew some of its troops": troop). ``direct``: the direct object's words only,
    not modifiers or prepositional objects ("suspended aid in protest": aid, not protest)."""
    out: set[str] = set()
    # "gave Sylvania a week": a span of time given is an adverbial noun to the parser
    deps = DIRECT_DEPS if direct else ("dobj", "nsubjpass", "compound", "attr", "dative", "oprd", "amod", "npadvmod")
    for c in tok.children:
        if c.dep_ in ("dobj", "dative", "prep") and not (direct and c.dep_ == "prep") and any(
                t.ent_type_ == "MONEY" and not _under_clause(t, c) for t in c.subtree):
            out.add(MONEY)
        if c.dep_ == "dobj" and c.ent_type_ == "PERSON":
            out.add(PERSON)
    # "membership remains blocked by T": the parser may call a passive's subject "nsubj", and
    # hang it on the auxiliary.
    if any(c.dep_ == "auxpass" for c in tok.children):
        out.update(k.lemma_.lower() for k in (*tok.children, *auxiliary_subjects(tok)) if k.dep_ == "nsubj")
    for c in tok.children:
        if c.dep_ == "ccomp" and c.pos_ == "ADJ" and not direct and not any(
                k.dep_ == "neg" or k.lower_ in ("not", "never") for k in c.children):
            out.add(c.lemma_.lower())  # "found the commander guilty": the parser makes a clause of it
        if c.dep_ in deps and not _negated_prefix(c):
            dep = c.dep_
            c = relative_antecedent(c) or c  # "the sanctions that the EU imposed"
            out.add(c.lemma_.lower())
            if dep in ("dobj", "dative") and not direct:
                # "designated the Houthis a terrorist organisation": the parser may make the
                # second object an apposition of the first.
                out.update(w.lemma_.lower() for a in c.children if a.dep_ == "appos" and a.i > c.i
                           for w in (a, *(k for k in a.children if k.dep_ in ("amod", "compound"))))
            if counted is not None and dep in ("dobj", "nsubjpass"):
                what = counted(c)
                out.add(what.lemma_.lower())
                if what is not c:  # "a team of medical experts": medical
                    out.update(cc.lemma_.lower() for cc in what.children if cc.dep_ in ("compound", "amod"))
            if dep in ("dobj", "nsubjpass"):
                out.update(w.lemma_.lower() for w in cargo(c))  # "sent two planes carrying tents"
            # "ending a trade row": what a quarrel is about is not what is done; nor is the field
            # of a cooperation ("stepped up security coordination").
            about = c.lemma_.lower() in grammar().dispute_nouns or c.lemma_.lower() in grammar().field_nouns
            out.update(cc.lemma_.lower() for cc in c.children if cc.dep_ in ("compound", "amod", "conj") and not _negated_prefix(cc)
                       and not (about and cc.dep_ != "conj"))
        elif c.dep_ in ("prep",) and not direct:
            o = pobj(c)
            if o is not None:
                out.add(o.lemma_.lower())
                if counted is not None:  # "opened its borders to thousands of migrants": migrant
                    out.add(counted(o).lemma_.lower())
                # "took part in peacekeeping operations": the kind of what it is in
                out.update(cc.lemma_.lower() for cc in o.children if cc.dep_ in ("compound", "amod") and cc.i < o.i)
    if tok.dep_ in ("compound",) and not direct:
        out.add(tok.head.lemma_.lower())
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" and any(c.dep_ == "agent" for c in tok.children):
        # "sanctions imposed by the EU on Russia", "tents sent by Azerbaijan to Turkey": the noun a
        # passive participle with an agent hangs on is what was done, as a passive's subject is.
        head = tok.head
        for h in (head, *(c for c in head.children if c.dep_ == "conj")):
            out.add(h.lemma_.lower())
            if counted is not None:
                out.add(counted(h).lemma_.lower())
            out.update(cc.lemma_.lower() for cc in h.children if cc.dep_ in ("compound", "amod") and not _negated_prefix(cc))
    return out


NOT_ACTOR_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}


def default_is_actor(t: Token) -> bool:
    if t.lower_ in SKIP_PRONOUNS or t.ent_type_ in NOT_ACTOR_ENTS:
        return False
    if t.pos_ == "ADJ" and t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and any(c.dep_ == "det" for c in t.children):
        return True  # "detained a Chilean national accused of ...": a noun the tagger took for an adjective
    return t.pos_ in ("PROPN", "NOUN", "PRON") or t.ent_type_ in ACTORISH_ENTS


def auxiliary_subjects(verb: Token) -> list[Token]:
    """Subjects the parser hung on the passive auxiliary of ``verb`` rather than on the verb
    ("membership remains blocked by T": "membership" under "remains")."""
    return [k for a in verb.children if a.dep_ == "auxpass" for k in a.children if k.dep_ == "nsubj"]


def subjects_on_auxiliary(verb: Token) -> list[Token]:
    """Subjects the parser hung on an auxiliary before ``verb`` rather than on the verb ("Egypt
    and Qatar are mediating": both under "are")."""
    return [k for a in verb.children if a.dep_ == "aux" and a.i < verb.i and (a.tag_ == "MD" or a.lemma_ in ("be", "have", "do"))
            for k in a.children if k.dep_ in ("nsubj", "nsubjpass") and k.i < a.i]


def headline_pair(v: Token) -> list[Token]:
    """ "Russia, Ukraine swap prisoners", "US, China hold talks": a headline's "A, B" before its verb
    is "A and B", however the parser hung the two names (an apposition, an adverb). Both names are
    places the tagger knows, each the whole of its words, the first opening the sentence; the verb
    follows the second, with at most auxiliaries between. The two names' heads, else []."""
    doc, first = v.doc, v.sent.start
    ents = {e.start: e for e in v.sent.ents if e.label_ == "GPE"}
    a = ents.get(first)
    if a is None or a.end >= len(doc) or doc[a.end].text != ",":
        return []
    b = ents.get(a.end + 1)
    if b is None or b.end > v.i or any(t.dep_ not in ("aux", "neg") for t in doc[b.end:v.i]):
        return []
    return [a.root, b.root]


def headline_appos(head: Token, appos: Token) -> bool:
    """``appos`` is the second name of a headline's "A, B" (``headline_pair``) hung on the first."""
    return appos.dep_ == "appos" and head.dep_ in ("nsubj", "nsubjpass") and headline_pair(head.head) == [head, appos]


def done_to_each_other(v: Token, targets: list[Token]) -> bool:
    """Whether the verb is done to "each other" or "one another", as its object, after a
    preposition, or as the owner of its target ("each other's diplomats")."""
    def each_other(t: Token) -> bool:
        doc = t.doc
        if t.lower_ == "one" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "another":
            return True  # the parser may make "one" the head of "one another"
        if t.lower_ in ("other", "another") and t.i > 0 and doc[t.i - 1].lower_ in ("each", "one"):
            return True
        # "Canada and India each expelled the other's diplomats"
        return (t.lower_ == "other" and t.i > 0 and doc[t.i - 1].lower_ == "the"
                and any(w.lower_ == "each" and w.i < t.i for w in v.subtree))
    near = [c for c in v.children if c.dep_ in ("dobj", "dative")]
    near += [o for c in v.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    near += [o for t in targets for o in t.children if o.dep_ == "poss"] + list(targets)
    return any(each_other(t) for t in near)


DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
ACRONYM_NORM = TEMPLATE.lower()  # the normal form the actor tables' acronyms are given (nlp.acronyms)


def dateline_end(t: Token) -> int:
    """Where a wire dateline ends in ``t``'s sentence ("KYIV, Ukraine (AP) - Russian forces ...",
    "WASHINGTON -- The president ..."): the index of the first token after its dash, or the
    sentence's start when it has none. A dateline is a capitalised place name, maybe a country or
    an agency in brackets, then a dash, within the sentence's first ten tokens."""
    sent = t.sent
    first = sent[0]
    if not (first.text.isupper() and len(first.text) > 1 and first.is_alpha):
        return sent.start
    for tok in sent[:10]:
        if tok.text in DASHES and tok.i > sent.start and tok.doc[tok.i - 1].whitespace_ and tok.whitespace_:
            # (a dash with spaces around it: "ISIS-linked", "NATO-led" are words, not datelines)
            before = sent[0:tok.i - sent.start]
            if any(k.text in (",", "(") for k in before) or all(
                    len(k.text) >= 4 and k.norm_ != ACRONYM_NORM for k in before if k.is_alpha):
                return tok.i + 1
            return sent.start  # "NATO - Russia talks", "US - China relations": two parties, no dateline
        if not (tok.pos_ in ("PROPN", "PUNCT", "NUM", "X") or tok.text.isupper()):
            return sent.start
    return sent.start
