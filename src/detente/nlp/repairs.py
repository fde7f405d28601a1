"""Mend three parses in which the small English model takes a sentence's verb for a modifier of
a noun, so that the verb has no subject and the event rules find no doer:

- "Angola mediated talks between ...": the verb is taken for a modifier of the noun after it
  (``amod``) and the name before it for an adverb (``npadvmod``). The verb becomes the root, the
  name its subject and the noun its object.
- "A court in Tehran released on parole three journalists": the verb is taken for a clause on
  the noun before it (``acl``), as in "the journalists released on parole". When that verb has an
  object of its own, or is a plain past tense, it is the sentence's verb and the noun its subject.
- "Bandits killed 15 villagers on Sunday, police said": the same clause on the noun, and the noun
  taken for a subject of "said", which has its own ("police"). The verb is what was said, and the
  noun its subject.

The first two only where the sentence's root is a noun. A pipeline component after the lemma fixes."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token


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


def repair_sentence(sent: Span) -> bool:
    """Mend ``sent`` in place when it is one of the three parses above; say whether it was."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN"):
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
