"""Mend seven parses of the small English model that hide a doer or an announced act from the event
rules. In the first three it takes the sentence's verb for a modifier of a noun, so the verb has
no subject:

- "Angola mediated talks between ...": the verb is taken for a modifier of the noun after it
  (``amod``) and the name before it for an adverb (``npadvmod``). The verb becomes the root, the
  name its subject and the noun its object.
- "A court in Tehran released on parole three journalists": the verb is taken for a clause on
  the noun before it (``acl``), as in "the journalists released on parole". When that verb has an
  object of its own, or is a plain past tense, it is the sentence's verb and the noun its subject.
- "Bandits killed 15 villagers on Sunday, police said": the same clause on the noun, and the noun
  taken for a subject of "said", which has its own ("police"). The verb is what was said, and the
  noun its subject.

The first two only where the sentence's root is a noun. In the fourth the main clause is taken for
a closing remark:

- "Chad has been accused by Sudan of arming the rebels, a charge N'Djamena has always denied":
  the closing remark is taken for the main clause, the news before it for what it denies
  (``ccomp``) and the denier for an apposition of "a charge". The news is the sentence's verb
  again; the remark is a clause on "a charge", with the denier its subject.

In the last three a phrase is hung on the wrong word:

- "Erdogan accused the newspaper Cumhuriyet of espionage": a name after the common noun that
  says what it is is taken for a second object of the verb. It is the noun's apposition.
- "The rebels vowed in a radio message to carry out attacks on T": the infinitive that says what
  was vowed is taken for a clause on the noun between (``relcl``/``acl`` of "message"). After a
  verb of announcing one's own act (``announce_heads`` in grammar.json) with no complement of its
  own, it is that verb's complement again (``xcomp``).
- "Police fired tear gas at striking teachers": the participle that says what the teachers were
  doing is taken for a gerund after "at" (``pcomp``) with the teachers its object, so the strike
  looks like the police's act on them and the teachers are no target of the firing. Where the
  verb is one that describes people doing it (``state_participles`` in grammar.json) and a
  plural noun follows at once, the noun is the preposition's object and the participle its
  modifier (``amod``).

A pipeline component after the lemma fixes."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..events.grammar import grammar


def _amod_verb(root: Token) -> tuple[Token, Token] | None:
    """ "Angola mediated talks": (the verb, the name before it)."""
    for v in root.lefts:
        if v.dep_ == "amod" and v.tag_ in ("VBD", "VBN") and v.i > 0:
            name = v.doc[v.i - 1]
            # (A modifier has no subject: "The opposition boycotted talks called by ..." read the
            # same way, with "opposition" the modifier's subject, is mended too.)
            if name.head == v and (name.dep_ in ("npadvmod", "nsubj") and name.pos_ == "PROPN"
                                   or name.dep_ == "nsubj" and name.pos_ == "NOUN"):
                return v, name
    return None


def _acl_verb(root: Token) -> Token | None:
    """ "A court ... released on parole three journalists": the verb (one with no subject of its
    own: in "new delhi: the cabinet met", the dateline's clause already has one)."""
    for v in root.rights:
        if v.dep_ == "acl" and v.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in v.children) and (
                v.tag_ == "VBD" or v.tag_ == "VBN" and any(c.dep_ == "dobj" for c in v.children)):
            return v
    return None


def _second_subject(sent: Span) -> tuple[Token, Token] | None:
    """ "Bandits killed 15 villagers ..., police said": the noun taken for the subject of "said"
    and its verb taken for a clause on it, when "said" has a subject of its own after them."""
    for n in sent:
        if n.dep_ != "nsubj" or n.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = _acl_verb(n)
        if verb is not None and any(c.dep_ == "nsubj" and c.i > verb.i for c in n.head.children):
            return n, verb
    return None


_REMARK_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion", "report"})


def _closing_remark(root: Token) -> tuple[Token, Token, Token] | None:
    """ "..., a charge N'Djamena has always denied": (the news clause, "charge", the denier)."""
    noun = next((c for c in root.lefts if c.dep_ == "nsubj" and c.lemma_.lower() in _REMARK_NOUNS), None)
    if noun is None or noun.i == 0 or noun.doc[noun.left_edge.i - 1].text != "," or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    news = next((c for c in root.lefts if c.dep_ == "ccomp" and c.i < noun.i), None)
    denier = next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN")), None)
    if news is None or denier is None:
        return None
    return news, noun, denier


def _stranded_infinitive(sent: Span) -> tuple[Token, Token] | None:
    """ "vowed in a radio message to carry out ...": (the announcing verb, the infinitive)."""
    heads = grammar().announce_heads
    for v in sent:
        if v.lemma_.lower() not in heads or v.pos_ != "VERB" or any(c.dep_ in ("xcomp", "ccomp") for c in v.children):
            continue
        for prep in (c for c in v.rights if c.dep_ == "prep" and c.lower_ == "in"):
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            inf = next((c for c in noun.rights if c.dep_ in ("relcl", "acl") and c.tag_ == "VB" and c.i == noun.i + 2
                        and c.doc[c.i - 1].lower_ == "to" and c.doc[c.i - 1].head == c
                        and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)), None) if noun is not None else None
            if inf is not None:
                return v, inf
    return None


def _name_as_second_object(sent: Span) -> tuple[Token, Token] | None:
    """ "accused the newspaper Cumhuriyet": (the common noun, the name after it)."""
    for v in sent:
        objs = [c for c in v.children if c.dep_ == "dobj"]
        for kind, name in zip(objs, objs[1:]):
            if (kind.pos_ == "NOUN" and name.pos_ == "PROPN" and name.left_edge.i == kind.i + 1
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in kind.children)):
                return kind, name
    return None


def _participle_as_gerund(sent: Span) -> list[tuple[Token, Token]]:
    """ "at striking teachers": (the participle, the noun), each time."""
    verbs = grammar().state_participles
    found = []
    for v in sent:
        if v.dep_ != "pcomp" or v.tag_ != "VBG" or v.head.pos_ != "ADP" or v.lemma_.lower() not in verbs:
            continue
        kids = list(v.children)
        if len(kids) == 1 and kids[0].dep_ == "dobj" and kids[0].tag_ in ("NNS", "NNPS") and kids[0].left_edge.i == v.i + 1:
            found.append((v, kids[0]))
    return found


def repair_sentence(sent: Span) -> bool:
    """Mend ``sent`` in place where it has the parses above; say whether it had any. The three
    misplaced phrases are mended first (they never move the root), then at most one of the others."""
    mended = False
    stranded = _stranded_infinitive(sent)
    if stranded is not None:
        verb, inf = stranded
        inf.head, inf.dep_ = verb, "xcomp"
        mended = True
    for verb, noun in _participle_as_gerund(sent):
        noun.head, noun.dep_ = verb.head, "pobj"
        verb.head, verb.dep_ = noun, "amod"
        mended = True
    second = _name_as_second_object(sent)
    if second is not None:
        kind, name = second
        name.head, name.dep_ = kind, "appos"
        mended = True
    return _repair_subject(sent) or mended


def _repair_subject(sent: Span) -> bool:
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN"):
        remark = _closing_remark(root)
        if remark is not None:
            news, noun, denier = remark
            for t in sent:
                if t.dep_ == "punct" and t.head == root:
                    t.head = news
            news.head, news.dep_ = news, "ROOT"
            noun.head, noun.dep_ = news, "npadvmod"
            root.head, root.dep_ = noun, "relcl"
            denier.head, denier.dep_ = root, "nsubj"
            return True
        second = _second_subject(sent)
        if second is None:
            return False
        noun, verb = second
        verb.head, verb.dep_ = noun.head, "ccomp"
        noun.head = verb
        return True
    found = _amod_verb(root)
    if found is not None:
        verb, name = found
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "dobj"
        name.dep_ = "nsubj"
    else:
        acl = _acl_verb(root)
        if acl is None:
            return False
        verb = acl
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
    for t in sent:
        if t.dep_ == "punct" and t.head == root and t.i > verb.i:
            t.head = verb
    return True


class ParseRepairs:
    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("DEP"):
            for sent in list(doc.sents):
                repair_sentence(sent)
        return doc


@Language.factory("detente_parse_repairs_v1")
def _make_parse_repairs(nlp: Language, name: str) -> ParseRepairs:
    return ParseRepairs()


def add_parse_repairs(nlp: Language) -> None:
    """Put the repairs after the lemma fixes (they read the parts of speech the attribute ruler
    sets after the parser), or at the end when there are none."""
    after = "lemma_fixes" if "lemma_fixes" in nlp.pipe_names else None
    nlp.add_pipe("detente_parse_repairs_v1", name="parse_repairs", **({"after": after} if after else {}))
