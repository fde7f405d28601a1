"""Where an event's target is when it is not the trigger's plain object: behind a thing the verb
acts on, further down the object's prepositions, in what a quantity counts, in a content clause,
or, when nothing actor-like is acted on, the place of the act. A mixin of ``FrameFinder``
(``events.extract``), which supplies ``g`` (the grammar word lists), ``lex``, ``is_actor`` and
``is_target``."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .syntax import dateline_end, entity_name, expand, expand_all, light_governor, named_by, objects_after, of_object, own, pobj, relative_antecedent, to_infinitive

if TYPE_CHECKING:
    from .extract import Frame

# "in response to T", "in retaliation for T", "in protest at T", "in protest against T".
RESPONSE_PREPS = ("to", "for", "against", "at", "over")


# A protest "led by" T is T's too, though a thing led by T need not be T's doing.
LEADING = frozenset({"lead"})


class TargetRules:
    def _made_by(self, n: Token, also: frozenset[str] = frozenset()) -> list[Token]:
        """The agents of the participles of making ``n`` that hang on it (``author_participles``,
        and ``also``): "an offer made by T", "a strike called by the unions"."""
        return [t for c in self._making_participles(n, also) for k in c.children if k.dep_ == "agent"
                for t in expand(pobj(k))]

    def _making_participles(self, n: Token, also: frozenset[str] = frozenset()) -> list[Token]:
        return [c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in self.g.author_participles | also]

    def _over_time(self, noun: Token) -> Token:
        """What a stretch of time counts: "weeks of protests" -> protests (``time_nouns``); ``noun`` otherwise."""
        if noun.lemma_.lower() in self.g.time_nouns and of_object(noun) is not None:
            return of_object(noun)
        return noun

    def _owners(self, obj: Token) -> list[Token]:
        """Whose a thing is: its possessor or its author ("rejected a truce proposal by the
        government", "an offer made by T"), in the order they come; else, before a noun that names an act, a name
        ("welcomed the OPCW visit", "rejected the Congress demand"), but not before a thing
        ("the Kartarpur corridor" is no one's)."""
        found = [t for c in obj.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by"
                 for t in expand(c if c.dep_ == "poss" else pobj(c)) if self.is_actor(t)]
        if not found:
            # "rejected an offer made by T", "granted an order sought by T": the author, after a participle.
            found = [t for t in self._made_by(obj) if self.is_actor(t)]
        if not found:
            # "condemned the sanctions that the EU imposed": who did the thing, in a relative
            # clause whose object it is. Only a clause that makes or does it ("the victims that we
            # have" are no one's doing).
            found = [t for c in obj.children if c.dep_ == "relcl" and any(relative_antecedent(k) == obj for k in c.children)
                     and (c.lemma_.lower() in self.g.author_participles or self.lex.candidates(c.lemma_.lower(), "VERB"))
                     for k in c.children if k.dep_ == "nsubj" for t in expand(k) if self.is_actor(t)]
        if not found and self._event_noun(obj):
            found = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()
                     and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") and self.is_actor(c)]
        return found

    def _attached_actors(self, obj: Token, agents: bool = True) -> list[Token]:
        """Actors hanging off a thing: its owner (``_owners``) or a prepositional object. With
        ``agents`` false, not the owner nor an ``of`` phrase: those are the doer or the undergoer
        of an event noun ("a call for the dismissal of T"), not the target of the outer act."""
        # Nor the goods of a handing over ("the sale of American fighter jets to Taiwan").
        goods = obj.lemma_.lower() in self.g.transfer_nouns
        preps = self.g.object_preps if agents and not goods else tuple(p for p in self.g.object_preps if p != "of")
        # "an expansion of its force": the subject's own people are not what it acts on.
        # Nor is what a barrage or volley is made of ("fired a barrage of rockets into T").
        found = (self._owners(obj) if agents else []) or [
            t for t in self._prep_objects(obj, preps) if self.is_actor(t) and not own(t) and t.lemma_.lower() not in self.g.arms]
        if not found:
            # "lifted restrictions imposed on T", "dropped charges brought against T".
            found = [t for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     for t in self._prep_objects(c, tuple(p for p in preps if p != "of")) if self.is_actor(t) and not own(t)]
        if not found and obj.lemma_.lower() in self.g.membership_nouns:
            # "froze its participation in the CSTO", "suspended its membership of the bloc": the body it is in.
            found = [t for t in self._prep_objects(obj, ("in", "of")) if self.is_actor(t) and not own(t)]
        if not found and self._talks(obj):
            # "ended mediation efforts between the factions", "backed the talks among the clans":
            # the parties to the talks. Not to any thing: "discussed the war between X and Y" is
            # about the war, and "communication between their governments" is the speakers' own.
            found = [t for t in self._prep_objects(obj, ("between", "among")) if self.is_actor(t) and not own(t)]
        return found

    def _talks(self, t: Token) -> bool:
        """ "talks", "negotiations", "mediation efforts": a thing whose parties are those it is between."""
        lemma = t.lemma_.lower()
        if lemma in self.g.effort_nouns:
            t = next((c for c in t.children if c.dep_ == "compound"), t)  # "mediation efforts"
            lemma = t.lemma_.lower()
        return any(e.code.startswith("04") for e in self.lex.candidates(lemma, "NOUN"))

    def _violent_noun(self, t: Token) -> bool:
        """ "the killing", "an air strike": a noun the lexicon has for an act of force (roots 18-20)."""
        return any(e.code[:2] in self.g.violent_roots for e in self.lex.candidates(t.lemma_.lower(), "NOUN"))

    def _event_noun(self, t: Token) -> bool:
        """ "military aid", "Israeli strikes": a thing named by an event noun, an actor only through
        its modifiers."""
        return t.pos_ == "NOUN" and not t.ent_type_ and bool(self.lex.candidates(t.lemma_.lower(), "NOUN"))

    def _party(self, t: Token) -> bool:
        """An actor that is not itself an act: someone an act can be aimed at ("the rebels", not
        "the talks" or "the strike", which the actor test lets through as noun phrases)."""
        return self.is_actor(t) and not self._event_noun(t)

    def _over_event_nouns(self, v: Token, objs: list[Token]) -> list[Token]:
        """An actor after the verb's preposition beats an event noun as its object: in "provided
        military aid to T" T is the target, not the aid."""
        if objs and all(self._event_noun(t) for t in objs):
            behind = [t for t in self._prep_objects(v, self.g.default_target_preps["VERB"])
                      if self._party(t)]
            if not behind and not any(self._owners(t) or any(c.ent_type_ for c in t.children) for t in objs):
                # "suspended military cooperation with T": an act no named party owns is aimed at its
                # partner; "attended a summit of T": a meeting at the body that holds it.
                preps = ("with", "of") if all(self._talks(t) for t in objs) else ("with",)
                behind = [p for t in objs for p in self._prep_objects(t, preps) if self._party(p) and not own(p)]
            return behind or objs
        return objs

    def _actor_behind(self, things: list[Token]) -> list[Token]:
        """Prepositional objects of a verb, or when none is an actor, the actors attached to them:
        "called for sanctions against T", "conceded to demands from T"."""
        # "hacked on behalf of Beijing's spy agency": whom it was done for is no target.
        things = [t for t in things if t.lower_ != "behalf"]
        if not things or any(self.is_actor(t) for t in things):
            return things
        # Not behind a place: "met on the island of T" names where they met.
        return [a for t in things if not self._is_place(t) for a in self._attached_actors(t)] or things

    def _deep_actors(self, obj: Token) -> list[Token]:
        """Actors one more preposition down a thing, nearest first: "restrictions on [aid] to T",
        "a suspension of [links] with T", "the transfer of [funds] of T"."""
        for thing in self._prep_objects(obj, self.g.object_preps):
            if self.is_actor(thing):
                continue
            # "a request for the deployment of T": T belongs to the deployment, another event.
            agents = not (self._event_noun(thing) or thing.pos_ == "NOUN" and not thing.ent_type_
                          and any(thing.lower_.endswith(x) for x in self.g.action_noun_suffixes))
            found = self._attached_actors(thing, agents) or [
                p for p in self._prep_objects(thing, self.g.object_preps if agents else ("on", "against", "to"))
                if self._is_place(p)]
            if found:
                return found
        return []

    def _partner_below(self, obj: Token, sources: list[Token], depth: int = 4) -> list[Token]:
        """The party "with" or "between" whom the thing an act is done to is had, a few phrases
        below it: "a plan to settle the dispute with T", "a proposal for ending the strike with T".
        Not one of the doers nor their own ("with its neighbours")."""
        for k in obj.subtree:
            if k.dep_ != "prep" or k.lower_ not in ("with", "between") or obj not in list(k.ancestors)[:depth]:
                continue
            found = [p for p in expand(pobj(k)) if self._party(p) and p not in sources and not own(p)]
            if found:
                return found
        return []

    def _counted(self, tok: Token) -> Token:
        """What a quantity or group head counts: "dozens of militants", "some of its troops",
        "a group of soldiers", "a wave of drones" -> the noun of its ``of`` phrase."""
        for _ in range(3):
            quantity = (tok.pos_ == "NUM" or tok.ent_type_ in ("CARDINAL", "QUANTITY") or tok.lower_ in self.g.partitive_heads
                        or tok.pos_ == "NOUN" and tok.lemma_.lower() in self.g.partitive_heads)  # "parts of Kashmir"
            obj = of_object(tok) if quantity or tok.pos_ == "NOUN" and tok.lemma_.lower() in self.g.container_nouns else None
            if not quantity and obj is not None and obj.lemma_.lower() not in self.g.arms:
                break  # "a wave of drones" is drones; "a round of talks", "a wave of drone strikes" stay what they are
            if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
                break
            tok = obj
        return tok

    def _common_place(self, t: Token) -> bool:
        """ "the island", "the Caribbean island": a place named by a common noun, a venue."""
        return t.pos_ == "NOUN" and t.lemma_.lower() in self.g.place_nouns

    def _dateline(self, t: Token) -> bool:
        """ "new delhi: the party said ...", "KYIV, Ukraine (AP) - ...": the place a report was filed
        from, not an actor."""
        if t.i < dateline_end(t):
            return True
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        # Only the bare dateline: "new delhi: the governor said" parsed as one phrase keeps its actor.
        return nxt is not None and nxt.text == ":" and t.i - t.sent.start <= 3 and not any(
            c.i > nxt.i and c.pos_ in ("NOUN", "PROPN") and c.dep_ in ("appos", "dep", "compound") for c in t.children)

    def _is_place(self, t: Token) -> bool:
        return t.pos_ in ("NOUN", "PROPN") and (t.ent_type_ in ("GPE", "LOC") or t.lemma_.lower() in self.g.place_nouns)

    def _place_objects(self, head: Token) -> list[Token]:
        out: list[Token] = []
        # "a truce effective from Monday in Chad": through a describing adjective too.
        for c in [*head.children, *(k for a in head.children if a.dep_ == "amod" and a.i > head.i for k in a.children)]:
            if c.dep_ != "prep" or c.lower_ not in self.g.place_preps:
                continue
            obj = pobj(c)
            if obj is None:  # "out of the country", "outside of the town"
                obj = of_object(c)
            out.extend(p for t in expand(obj) for p in [self._counted(t)] if self._is_place(p))
        return out

    def _patient(self, f: Frame, t: Token) -> bool:
        """Is ``t`` what the act was done to ("tortured an inmate", "accused the law")? A direct
        object is, unless it belongs to the trigger's phrase ("declared [a ceasefire]") or is an
        event itself ("investigated [the attacks]"): then the place is the better target."""
        verbs = [f.trigger] + [x for x in f.trigger.children if x.dep_ == "xcomp"]
        if t.dep_ not in ("dobj", "nsubjpass") or t.head not in verbs:
            return False
        lemma = t.lemma_.lower()
        if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in f.entry.object for c in t.children):
            return False  # "raised the alert level": its modifier names the act's own sense
        return lemma not in f.entry.object and lemma not in self.g.generic_objects and not self.lex.candidates(lemma, "NOUN")

    def _place_targets(self, f: Frame) -> list[Token]:
        """Where the act took place, when no actor is its target: "declared a ceasefire in T",
        "imposed a curfew in the town", "agreed to extend its mission in T". The trigger (and a
        light verb governing a noun trigger) first, then their objects, then one preposition down."""
        if f.entry.reciprocal and f.root not in self.g.placed_reciprocal_roots or f.root in self.g.venue_roots:
            return []  # "met in Beijing", "signed the pact in Cairo": a venue, not a target
        if f.root in self.g.no_place_roots:
            return []  # "appealed for calm in the region": where it was said or what it is about
        t = f.trigger
        heads = [t]
        gov = t.head.head if t.dep_ == "pobj" else t.head
        if f.rule == "light-verb" and gov.pos_ in ("VERB", "AUX"):
            heads.append(gov)
        nxt = [x for h in heads for x in h.children if x.dep_ == "xcomp"
               and not any(e.reciprocal for e in self.lex.candidates(x.lemma_.lower(), "VERB"))]
        level = heads + nxt
        for _ in range(3):
            # "seized a ship in the Red Sea": a sea is where it was, but no one's place to aim at.
            found = [p for h in level for p in self._place_objects(h) if p.lemma_.lower() not in self.g.named_waters]
            if found:
                # One place per act, a named one first: "fired across the border in Jammu" is
                # one attack, not one on the border and another on Jammu.
                place = next((p for p in found if self.is_actor(p)), found[0])
                if f.root in self.g.deploy_roots | self.g.violent_roots:
                    # "deployed troops along its border with T": forces at a frontier face the other side.
                    return self._facing(place) or [place]
                return [place]
            # Not into another act of force: in "vowed revenge for the killing of Haniyeh in Tehran"
            # Tehran is where the killing was, not where the revenge is aimed.
            level = [o for h in level for c in h.children if c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "prep"
                     and c.lower_ in self.g.object_preps for o in expand(pobj(c) if c.dep_ == "prep" else c)
                     if not (c.dep_ == "prep" and o.pos_ == "NOUN" and f.trigger.i != o.i and self._violent_noun(o))]
            if not level:
                break
        return []

    def _generic_victims(self, t: Token) -> bool:
        """ "48 people", "five civilians": victims named by number and kind only, with nothing in
        the phrase (a nationality, an owner, an ``of`` or ``in`` phrase) that says whose they are."""
        if t.lemma_.lower() not in self.g.generic_victims or t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
            return False
        for c in t.children:
            if c.dep_ in ("amod", "compound", "poss", "nmod") and (c.ent_type_ in ("NORP", "GPE", "ORG", "LOC") or c.pos_ == "PROPN"):
                return False
            if c.dep_ == "prep" and c.lower_ in ("of", "from", *self.g.place_preps):
                return False
        return True

    def _generic_sites(self, t: Token) -> bool:
        """ "military targets", "positions", "an air base": places an attack hits, named by kind
        only; nothing in the phrase (a name, an owner, an ``of`` phrase, an actor such as
        "rebel") says whose they are."""
        if t.lemma_.lower() not in self.g.generic_sites or t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON", "FAC"):
            return False
        for c in t.children:
            if c.dep_ in ("poss", "acl", "relcl") or c.dep_ == "prep" and c.lower_ in ("of", "from"):
                return False
            if c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ or c.pos_ == "PROPN" or self.is_actor(c) and (
                    c.lower_ not in self.g.kind_adjectives and t.lemma_.lower() not in self.g.equipment_nouns)):
                return False  # (a force word before equipment says what it is for: "air defence systems")
        return True

    def _victims_place(self, f: Frame) -> list[Token]:
        """The named place where an act of force on unnamed victims happened: "killed 30 people in
        three raids in Mali" is an attack on Mali's people. Down place prepositions from the
        trigger and from its object, at most three phrases deep, the nearest named place. The
        victims' own clause first: "sent tents for families displaced in T", "for those affected in T"."""
        level = [k for t in f.targets for k in t.children if k.dep_ in ("acl", "relcl")] + [f.trigger]
        gov = light_governor(f.trigger, self.g.light_verbs) if f.trigger.pos_ == "NOUN" else None
        if gov is not None:
            level.append(gov)  # "carried out strikes on military targets in T": the place hangs on the verb
        for _ in range(3):
            nxt = [o for h in level for c in h.children
                   for o in ([pobj(c)] if c.dep_ == "prep" and c.lower_ in self.g.place_preps else [c] if c.dep_ == "dobj" else [])
                   if o is not None]
            found = [p for o in nxt for p in expand(o) if (p.ent_type_ in ("GPE", "LOC") and self._is_place(p) or self.is_state(p))
                     and self.is_actor(p)]
            if found:
                return found[:1]
            level = nxt
        return []

    def _mission_places(self, f: Frame) -> list[Token]:
        """Help or troops for a force or mission in a country go to that country: "ready to
        offer soldiers to the allied force in T", "pledged aid to the UN mission in T", "agreed to lead
        a police mission to T"."""
        if f.root not in self.g.mission_roots or not f.targets:
            return []
        out: list[Token] = []
        for t in f.targets:
            if t.lemma_.lower() not in self.g.mission_nouns:
                if t.dep_ == "pobj" and t.lower_ == "addition":
                    continue  # "in addition, troops serve in the mission in T"
                return []
            # "lead a police mission to T": the parser may hang "to T" on the verb the mission is the object of.
            preps = [c for c in t.children if c.dep_ == "prep"]
            if t.dep_ == "dobj":
                preps += [c for c in t.head.children if c.dep_ == "prep" and c.i > t.i]
            places = [p for c in preps if c.lower_ in ("in", "to")
                      for p in expand(pobj(c)) if p.ent_type_ in ("GPE", "LOC") and self.is_actor(p)]
            if not places:
                return []
            out.extend(places)
        return out

    def _force_destination(self, f: Frame) -> list[Token]:
        """Forces moved are the mover's own, not whom the move is aimed at: "moved its units to
        the valley", "put a brigade on alert to fly into T", "called up soldiers for a fight with
        T". Where they are sent or whom they face, from the trigger, the forces, a purpose clause
        or a "for" phrase; nothing when no such place or actor is named."""
        retreat = f.entry.code in self.g.retreat_codes  # "pulled its troops back from the border": the place left
        # The forces: the targets the rules found, or the object that names the entry's sense,
        # which the rules never take for a target ("pulled its troops back from the border").
        forces = f.targets or [t for t in (self._counted(c) for c in f.trigger.children if c.dep_ == "dobj")
                               if t.lemma_.lower() in f.entry.object]
        if not (f.root in self.g.deploy_roots or retreat) or not forces or f.rule in ("verb-passive", "passive-place"):
            return []  # "a force had been sent to T": who sent it is not said
        if not all(own(t) or t.lemma_.lower() in self.g.force_nouns for t in forces):
            return []
        heads = [f.trigger, *forces]
        # "placed its army on high alert along the border with T": the state the forces are put in.
        heads += [o for c in f.trigger.children if c.dep_ == "prep" and c.lower_ == f.entry.particle
                  for o in [pobj(c)] if o is not None and o.lemma_.lower() in f.entry.object]
        # "deployed dozens of warships around Taiwan": the parser hangs the place on the count.
        heads += [c for c in f.trigger.children if c.dep_ == "dobj" and c not in heads]
        outs = [c for c in f.trigger.children if c.dep_ in ("advmod", "prt") or c.lower_ == "out"] if retreat else []
        heads += [c for c in f.trigger.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                  and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)]
        heads += [o for h in list(heads) for o in objects_after(h, ("for",))]
        preps = self.g.origin_preps if retreat else self.g.destination_preps
        # "to its border with T": one's own border says whom it faces; other own places say nothing.
        found = [t for h, ps in [*((h, preps) for h in heads), *((o, (*preps, "of")) for o in outs)]
                 for t in map(self._counted, self._prep_objects(h, ps))
                 if (self.is_actor(t) or self._is_place(t) or t.lemma_.lower() in self.g.border_nouns
                     or t.lemma_.lower() in self.g.front_nouns and self._facing(t)) and t not in forces
                 and (not own(t) or t.lemma_.lower() in self.g.border_nouns)][:1]
        # ("deployed troops along the border with T": the parser may hang "with T" on the verb.)
        if found and own(found[0]):
            return self._facing(found[0], f.trigger)
        return self._facing(found[0], f.trigger) or found if found else []

    def _deterred(self, f: Frame) -> list[Token]:
        """Forces moved "to deter threats from T", "to counter Chinese aggression", "to confront
        the rebels", or ahead of or in preparation for an operation against T: whom the move is
        meant to check is whom it is aimed at (before the place the forces go to). From a purpose
        clause of the trigger whose verb is a ``deter_verbs``: its object if an actor, else the actor
        the object comes from or belongs to."""
        out: list[Token] = []
        # "called up reservists ahead of a ground operation against T", "deployed troops along the
        # frontier in preparation for an offensive against T": whom the coming operation is against.
        coming = [o for c in f.trigger.children if c.dep_ == "advmod" and c.lower_ == "ahead"
                  for k in c.children if k.dep_ == "prep" and k.lower_ == "of" for o in [pobj(k)] if o is not None]
        coming += [o for c in f.trigger.children if c.dep_ == "prep" and c.lower_ == "in" and pobj(c) is not None
                   and pobj(c).lemma_.lower() == "preparation" for o in self._prep_objects(pobj(c), ("for",))]
        out = [t for o in coming for t in self._prep_objects(o, ("against",)) if self._party(t) and not own(t)]
        if out:
            return out
        for c in f.trigger.children:
            if not (c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and c.lemma_.lower() in self.g.deter_verbs
                    and to_infinitive(c)):
                continue
            objs = [t for k in c.children if k.dep_ == "dobj" for t in expand(k)]
            out = [t for t in objs if self._party(t) and not own(t)]
            if not out:
                out = [a for t in objs for a in self._attached_actors(t)
                       + [k for k in t.children if k.dep_ == "amod" and k.ent_type_ in ("NORP", "GPE")]
                       if self.is_actor(a) and not own(a)]
            if out:
                break
        return out

    def _facing(self, place: Token, verb: Token | None = None) -> list[Token]:
        """ "along its border with T": the other side of a frontier (``border_nouns``), else nothing.
        With ``verb``, also a "with T" the parser hung on the verb right after the frontier's phrase
        ("deployed troops to the border with Bolivia")."""
        front = place.lemma_.lower() in self.g.front_nouns
        if place.lemma_.lower() not in self.g.border_nouns and not front:
            return []
        def other_sides(found: list[Token]) -> list[Token]:
            return [a for a in found if self._party(a) and not own(a)]

        with_t = other_sides(self._prep_objects(place, ("with",)))
        if front:
            # "the front line facing T", "the line of contact with T" (never a line of text or of policy).
            facing = [t for c in place.children if c.dep_ == "acl" and c.lemma_.lower() == "face"
                      for k in c.children if k.dep_ == "dobj" for t in expand(k)]
            contact = [t for o in self._prep_objects(place, ("of",)) if o.lemma_.lower() == "contact"
                       for t in self._prep_objects(o, ("with",))]
            return with_t or other_sides(facing) or other_sides(contact)
        return with_t or other_sides(
            [t for c in (verb.children if verb is not None else ()) if c.dep_ == "prep" and c.lower_ == "with"
             and c.i == place.right_edge.i + 1 for t in expand(pobj(c))])

    def _act_heads(self, f: Frame) -> list[Token]:
        """The trigger, and for a noun trigger the verb it is the object of ("staged a strike")."""
        t = f.trigger
        return [t] + ([t.head] if t.dep_ in ("dobj", "pobj") and t.head.pos_ in ("VERB", "AUX") else [])

    def _response_targets(self, f: Frame) -> list[Token]:
        """ "staged a strike in response to the company's decision", "shelled the town in
        retaliation for T's raid": what the act answers, or whoever it belongs to."""
        for h in self._act_heads(f):
            for c in h.children:
                noun = pobj(c) if c.dep_ == "prep" and c.lower_ == "in" else None
                if noun is None or noun.lemma_.lower() not in self.g.response_nouns:
                    continue
                # The parser may hang the phrase after the noun on the verb: "recalled X in protest at T's decision".
                after = [k for k in h.children if k.dep_ == "prep" and k.i == noun.i + 1]
                things = self._prep_objects(noun, (*RESPONSE_PREPS, "of")) or [
                    o for k in after if k.lower_ in RESPONSE_PREPS for o in self._prep_objects(h, (k.lower_,))]
                for thing in things:
                    owners = [] if thing.ent_type_ else self._owners(thing)
                    if owners:
                        return owners
                    if self._party(thing):
                        return [thing]
        if f.root in self.g.concession_roots:
            return self._conceded_to(f)
        if f.root in self.g.deploy_roots:
            # "deployed riot units ahead of planned marches by opposition supporters": force readied
            # for a protest faces those who will hold it.
            for h in self._act_heads(f):
                for k in (k for a in h.children if a.dep_ == "advmod" and a.lower_ == "ahead" for k in a.children):
                    found = self._protesters(pobj(k), set()) if k.dep_ == "prep" and k.lower_ == "of" else []
                    if found:
                        return found
        if f.root in self.g.complaint_roots:
            # "lodged a protest after Chinese ships entered its waters": aimed at who did what it answers.
            return self._after_clause_doers(f)
        return []

    def _conceded_to(self, f: Frame) -> list[Token]:
        """A concession answers whoever brought it about: "called off the strike after an
        agreement with T", "ended the walkout after T accepted their demands", "under pressure
        from T". The other party
        to an accord or talks in an "after" phrase, or the actor of an "after" clause; never one
        of the conceding side."""
        side = {entity_name(s) for s in f.sources}
        heads = self._act_heads(f)
        # "Bowing to weeks of protests by students, the president resigned": the opening
        # participle says whom the concession answers, as does the bowing itself.
        heads += [c for h in list(heads) for c in h.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                  and c.lemma_.lower() in self.g.bow_verbs]
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == "under" and pobj(c) is not None and pobj(c).lemma_.lower() == "pressure":
                    # "under pressure from T, reversed its decision": T brought it about.
                    found = [t for t in self._prep_objects(pobj(c), ("from",)) if self._party(t) and entity_name(t) not in side]
                    if found:
                        return found
                if c.dep_ == "prep" and c.lower_ == "to" and h.lemma_.lower() in self.g.bow_verbs and pobj(c) is not None:
                    noun = self._over_time(pobj(c))  # "bowing to months of pressure from T"
                    found = self._protesters(noun, side) or (
                        [t for t in self._prep_objects(noun, ("from", "by")) if self._party(t) and entity_name(t) not in side]
                        if noun.lemma_.lower() == "pressure" else [])
                    if found:
                        return found
                if c.dep_ == "prep" and c.lower_ in ("after", "following"):
                    noun = pobj(c)
                    if noun is not None:
                        noun = self._over_time(noun)  # "after weeks of protests"
                    # "resigned after protests by students": those who protested brought it about.
                    found = self._protesters(noun, side)
                    if found:
                        return found
                    if noun is None or not (noun.lemma_.lower() in self.g.pact_nouns or self._talks(noun)):
                        continue
                    found = [t for t in self._prep_objects(noun, ("with", "between")) if self._party(t) and entity_name(t) not in side]
                    if found:
                        return found
        return self._after_clause_doers(f)

    def _protesters(self, noun: Token | None, side: set[str]) -> list[Token]:
        """Who holds a protest named by ``noun`` ("marches by opposition supporters", "a strike
        called by the unions"), none of ``side`` (names as ``entity_name`` gives them); [] when
        ``noun`` names no protest."""
        if noun is None or noun.lemma_.lower() not in self.g.protest_nouns:
            return []
        # ("rallies called by T", "road blockades led by T": the agent of a participle of making or leading it.)
        heads = [noun, *self._making_participles(noun, LEADING)]
        return [t for h in heads for k in h.children if k.dep_ in ("prep", "agent") and k.lower_ == "by"
                for t in expand(pobj(k)) if self._party(t) and entity_name(t) not in side]

    def _after_clause_doers(self, f: Frame) -> list[Token]:
        """The actors who did what an "after" clause says ("after T accepted their demands"),
        never one of the acting side."""
        side = {entity_name(s) for s in f.sources}
        for h in self._act_heads(f):
            for c in h.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children):
                    found = [t for t in expand_all(c, ("nsubj",)) if t.pos_ != "PRON" and self._party(t) and entity_name(t) not in side]
                    if found:
                        return found
        return []

    def _protest_site(self, f: Frame) -> list[Token]:
        """A protest held at a building is aimed at whoever holds it: "rallied outside the Turkish
        embassy", "a sit-in at the Ministry of Agriculture", "in front of the French embassy"."""
        for h in self._act_heads(f):
            for c in h.children:
                if c.dep_ != "prep":
                    continue
                obj = pobj(c)
                if c.lower_ == "in" and obj is not None and obj.lower_ == "front":
                    c, obj = next(((k, pobj(k)) for k in obj.children if k.dep_ == "prep" and k.lower_ == "of"), (c, None))
                if c.lower_ in self.g.site_preps and obj is not None and obj.lemma_.lower() in self.g.site_nouns and self.is_actor(obj):
                    return [obj]
        return []

    def _condition_actors(self, f: Frame, threat: bool = False) -> list[Token]:
        """A refused or announced act that waits on another actor is aimed at that actor: "will not
        lift the embargo until T reforms", "will not lift the blockade unless their debts are forgiven by T".
        The actor of the condition clause (its agent, else its subject), not a pronoun. A threat
        (``threat``) is aimed at whoever its condition waits on, one clause down: "threatened to cut
        gas unless T reopened the port", "warned that it would close the border if T did not …"."""
        t = f.trigger
        heads = [t] + ([t.head] if t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubjpass") else [])
        marks = self.g.condition_marks
        if threat:
            heads += [c for c in t.children if c.dep_ in ("xcomp", "ccomp", "acl")]
            marks = marks | {"if"}
        for h in heads:
            # The condition clause; the parser may hang it on a preposition before it
            # ("would retaliate many times over if T attacked").
            clauses = [*h.children, *(k for c in h.children if c.dep_ == "prep" for k in c.children if k.dep_ == "pcomp")]
            for c in clauses:
                if c.dep_ not in ("advcl", "pcomp") or not any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
                    continue
                for clause in [c] + [k for k in c.children if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX")]:
                    agents = [p for k in clause.children if k.dep_ == "agent" for p in expand(pobj(k))]
                    found = [a for a in agents or expand_all(clause, ("nsubj", "nsubjpass"))
                             if a.pos_ != "PRON" and self.is_actor(a) and a not in f.sources]
                    if found:
                        return found
        return []

    def _complement_actors(self, v: Token) -> list[Token]:
        """Actors that are objects inside an open complement ("agreed to give X to Y")."""
        for x in v.children:
            if x.dep_ != "xcomp":
                continue
            objs = [t for c in x.children if c.dep_ in ("dobj", "dative") for t in expand(c)]
            found = self._over_event_nouns(x, [t for t in objs if self.is_actor(t)])
            for d in objs:
                found = found or self._attached_actors(d)
            found = found or [t for t in self._prep_objects(x, self.g.default_target_preps["VERB"]) if self.is_actor(t)]
            if found:
                return found
        return []

    def _controlled(self, v: Token) -> list[Token]:
        """The one let, helped or made to act, when the act has no other target: "would not let the
        aircraft land" (the aircraft), "agreed to let the inspectors visit", "helped the army retake
        the pass". The object of a control verb (``object_control_verbs``) that is the trigger or
        its complement; the parser often makes it the subject of the inner clause."""
        verbs = ([v] if v.lemma_.lower() in self.g.object_control_verbs else []) + [
            x for x in v.children if x.dep_ == "xcomp" and x.lemma_.lower() in self.g.object_control_verbs]
        for x in verbs:
            found = [t for t in self._controllee(x) if self.is_target(t)]
            if found:
                return found
        return []

    def _controllee(self, x: Token, inner: Token | None = None) -> list[Token]:
        """Whom the control verb ``x`` urges, lets or helps to do its complement (``inner``, by
        default its first clausal complement): its direct object before the complement ("urged the
        miners to end the strike"), or the subject the parser gives the complement when it comes
        right after the verb ("let the aircraft land"). Used for who acts (``subjects``) and for
        whom the act is aimed at (``_controlled``)."""
        if inner is None:
            inner = next((c for c in x.children if c.dep_ in ("ccomp", "xcomp") and c.i > x.i
                          and not any(m.dep_ == "mark" and m.lower_ != "to" for m in c.children)), None)
        if inner is None:
            return []
        # Only the phrase right after the verb: "allowed the activists to pray, but protesters
        # outside raised slogans" does not make the protesters the ones allowed.
        found = [t for k in inner.children if k.dep_ == "nsubj" and k.left_edge.i == x.i + 1 and k.i < inner.i
                 and k.pos_ != "PRON" for t in expand(k)]
        return found or [t for c in x.children if c.dep_ == "dobj" and c.i < inner.i for t in expand(c)]

    def _first_prep_objects(self, head: Token, preps: Sequence[str]) -> list[Token]:
        """The objects of the first of ``preps`` (an entry's ``target_prep``, in priority order) that
        has any, on ``head``; "against" also one phrase down ("lodged a complaint with the WTO
        against Peru": Peru)."""
        for p in preps:  # in order, stopping at the first that has objects
            objs = self._prep_objects(head, (p,))
            if p == "of":
                # "a barrage of missiles and drones at T": what an attack is made of is no target.
                objs = [t for t in objs if t.lemma_.lower() not in self.g.arms]
            if not objs and p == "against":
                # The parser hangs "against T" on the object of an earlier phrase ("with the WTO").
                objs = [t for c in head.children if c.dep_ == "prep" and c.lower_ in preps and pobj(c) is not None
                        for t in self._prep_objects(pobj(c), ("against",))]
            if not objs and p == "with":
                # "shared intelligence on the network with T": the parser hangs "with T" on the topic.
                objs = [t for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "about", "over") and pobj(c) is not None
                        for t in self._prep_objects(pobj(c), ("with",)) if self.is_actor(t)]
            if not objs and p in ("at", "into", "against"):
                # "fired rockets from the enclave at Israel": the parser hangs the phrase on the
                # place the act came from.
                objs = [t for c in head.children if c.dep_ == "prep" and c.lower_ == "from" and pobj(c) is not None
                        for t in self._prep_objects(pobj(c), (p,))]
            if not objs:
                # "handed over a dossier which contains names and phone numbers to the Peruvian police":
                # the parser hangs the phrase on the relative clause that says what the thing holds.
                objs = [t for c in head.children if c.dep_ == "dobj" for r in c.subtree
                        if r.dep_ == "relcl" and r.lemma_.lower() in self.g.holding_verbs
                        and not any(k.dep_ == "prep" and k.lower_ == p for k in r.children if k.i < r.i)
                        for t in self._prep_objects(r, (p,)) if self.is_actor(t)]
            if not objs:
                # "returned a painting, missing since 1990, to Cusco": the parser hangs the phrase
                # after the closing comma on the participle set off between the commas.
                objs = [t for c in head.children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and c.i > head.i
                        and c.doc[c.i - 1].is_punct and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
                        for k in c.children if k.dep_ == "prep" and k.lower_ == p and k.i > 0 and k.doc[k.i - 1].is_punct
                        for t in self._prep_objects(c, (p,))]
            if objs:
                return objs
        return []

    def _prep_objects(self, head: Token, preps: Collection[str]) -> list[Token]:
        out: list[Token] = []
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "with") and (r := pobj(c)) is not None and r.lemma_.lower() in self.g.regard_nouns:
                # "imposed sanctions in relation to T", "measures with regard to T": whom the thing
                # concerns, for an act aimed at someone; to a meeting or a deal it is the topic
                # ("discussed trade with regard to T"), no partner.
                if {"to", "on", "against"} & set(preps):
                    out.extend(t for t in self._prep_objects(r, ("to", "of", "with")) if self.is_actor(t))
                continue
            if (c.dep_ in ("prep", "agent") or c.dep_ == "dative" and c.pos_ == "ADP") and c.lower_ in preps and c.lower_ != "by":
                obj = pobj(c)
                if obj is None:
                    continue
                if c.lower_ == "with" and (named_by(obj, self.g.weapon_nouns) or named_by(obj, self.g.munition_nouns)):
                    continue  # "attacked its territory with drones": the means, never a party
                if c.lower_ in ("at", "in", "during") and obj.lemma_.lower() in self.g.occasion_nouns:
                    continue  # "pledged at a press conference": when it was said, not to whom
                if (obj.pos_ == "VERB" or obj.dep_ == "pcomp") and c.lower_ == "with" and c.i > head.i:
                    # "rallied in the square, with police putting the crowd at 5,000": a side remark
                    # after the act ("With the state denying entry, the party alerted its units"
                    # before it is the circumstance the act answers).
                    continue
                if obj.pos_ in ("VERB",) or obj.dep_ == "pcomp":
                    # "accusations of China meddling", "an inquiry into whether T was spied on":
                    # the clause's subject is the target.
                    out.extend(s for s in expand_all(obj, ("nsubj", "nsubjpass")))
                    continue
                said = [k for c2 in obj.children if c2.dep_ in ("acl", "ccomp")
                        and any(m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in c2.children)
                        for k in expand_all(c2, ("nsubj", "nsubjpass")) if self.is_target(k)]
                if said:
                    out.extend(said)  # "an inquiry into reports that T beat prisoners"
                    continue
                # "to thousands of migrants": a number stands for what it counts (``_counted``, later).
                out.extend(t for t in expand(obj) if self.is_target(t) or (n := self._counted(t)) is not t and self.is_target(n))
        return out

    # -- polarity, modality, content -------------------------------------------

