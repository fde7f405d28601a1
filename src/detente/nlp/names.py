"""Keep romanised Korean and Chinese given names whole: "Moon Jae-in", "Kim Jong-un", "Ban Ki-moon",
"Chiang Kai-shek", "Tseng Hou-jen".

spaCy's English tokenizer splits every hyphen between letters, so "Moon Jae-in" becomes
"Moon Jae - in", and the parser then reads "in" as a second subject or a preposition: the name is
cut in two and the piece "in" turns up as an actor. A given name of this kind is two syllables
joined by a hyphen, the first capitalised; a ``token_match`` keeps such a word as one token.
Hyphenated English words of the same shape ("Sit-in", "Set-up", "Win-win") are listed as
exceptions. Words like "Saudi-led" or "Iran-backed" do not have the shape and are still split,
as the event rules expect.

The actor table's patterns must be tokenized the same way (``actors.matcher``), or "Moon Jae-in"
in the person table would no longer match the text.
"""

from __future__ import annotations

import re
from typing import Any

# One syllable of Revised Romanization (Korean), Wade-Giles or pinyin (Chinese): an optional
# onset, a vowel group, an optional final consonant. Onsets leave out "r", "v", "x", "z" and
# clusters English has ("pr", "st"), so English words rarely take this shape.
_SYLLABLE = (r"(?:ch|kk|tt|pp|ss|jj|sh|ts|[bcdfghjklmnpstwy])?"
             r"(?:yae|yeo|eou|wae|ae|ai|ao|ei|eo|eu|ia|ie|io|iu|oe|oo|ou|ua|ue|ui|uo|ya|ye|yo|yu|wa|wo|we|wi|[aeiou])"
             r"(?:ng|[nlmkpth])?")
_GIVEN_NAME = re.compile(rf"^(?=[A-Z])(?i:{_SYLLABLE})-{_SYLLABLE}$")

# English words of the same shape, capitalised at the start of a sentence or in a headline.
_ENGLISH = frozenset("""
sit-in sit-up set-up win-win co-op hip-hop ping-pong ding-dong tom-tom so-so yo-yo no-go go-to
lay-up pop-up pin-up top-up tip-top tip-off log-in lock-up check-up hang-up cut-off pay-off
hook-up kick-off sign-up wind-up lock-in lead-in shut-in tie-in tie-up mix-up call-up back-up
hand-out shoot-out shut-out look-out walk-out
""".split())


def is_given_name(text: str) -> bool:
    """Is ``text`` one hyphenated romanised given name ("Jae-in", "Kai-shek")?"""
    return bool(_GIVEN_NAME.match(text)) and text.lower() not in _ENGLISH


def keep_given_names(tokenizer: Any) -> Any:
    """Set the tokenizer's ``token_match`` so hyphenated given names stay one token (any
    ``token_match`` it had still applies). Returns the tokenizer."""
    before = tokenizer.token_match
    if getattr(before, "_detente_given_names", False):
        return tokenizer

    def match(text: str) -> bool:
        return is_given_name(text) or bool(before and before(text))

    match._detente_given_names = True  # type: ignore[attr-defined]
    tokenizer.token_match = match
    return tokenizer
