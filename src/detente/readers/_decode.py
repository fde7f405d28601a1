"""Bytes to text: BOMs, UTF-8, UTF-16/32, then charset-normalizer for legacy encodings.

Text is decoded, never repaired: mojibake already present in a UTF-8 file
(``â€™``) is kept as is so that character offsets stay faithful to the input.
"""

from __future__ import annotations

import codecs
import io
import re
from typing import BinaryIO

SAMPLE_SIZE = 1 << 16  # bytes looked at to choose the encoding of a stream

FALLBACK_ERRORS = "detente-fallback"

# charset-normalizer often says cp1250 / latin-1 / iso8859-x for short Western
# text; news in those files is nearly always Windows-1252 (curly quotes at 0x91-0x94).
_WESTERN = {
    "cp1250", "cp1252", "latin_1", "iso8859_1", "iso8859_2", "iso8859_3", "iso8859_4",
    "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16",
    "mac_roman", "mac_latin2", "mac_iceland", "cp850", "cp858", "cp437", "cp1254", "cp1257",
}

_NOT_WEB_CHARSETS = {"undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode", "utf-7"}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)


_MAGIC = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP/Word/Excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office (old format)"),
    (b"{\\rtf", "RTF"),
    (b"\x1f\x8b", "gzip"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x7fELF", "executable"),
)


class NotText(Exception):
    """The bytes are not text. ``binary`` says whether they look binary (NUL bytes)."""

    def __init__(self, detail: str, binary: bool = True) -> None:
        super().__init__(detail)
        self.detail = detail
        self.binary = binary


def _fallback(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode stray bytes as cp1252 (latin-1 where undefined)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    out = []
    for b in exc.object[exc.start : exc.end]:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out), exc.end


codecs.register_error(FALLBACK_ERRORS, _fallback)


def _bom(sample: bytes) -> str | None:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """Guess BOM-less UTF-16 from where the NUL bytes fall (ASCII-heavy text)."""
    n = len(sample) - len(sample) % 2
    if n < 4:
        return None
    even = sample[0:n:2].count(0)
    odd = sample[1:n:2].count(0)
    half = n // 2
    for enc, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= 0.3 * half and other <= 0.05 * half:
            try:
                sample[:n].decode(enc)
            except UnicodeDecodeError:
                # the sample may end inside a surrogate pair
                try:
                    sample[: n - 2].decode(enc)
                except UnicodeDecodeError:
                    continue
            return enc
    return None


def _is_utf8(sample: bytes, complete: bool) -> bool:
    dec = codecs.getincrementaldecoder("utf-8")()
    try:
        dec.decode(sample, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def _looks_binary(sample: bytes) -> bool:
    """NUL bytes mean binary unless they are a few strays in text (scraper junk).

    Binary data has about one NUL in 256 bytes; binary means at least 2 NULs and
    more than one in 400 bytes. A single stray NUL never makes a file binary.
    """
    nul = sample.count(0)
    return nul >= 2 and nul * 400 > len(sample)


def _mostly_utf8(sample: bytes) -> bool:
    """UTF-8 text with a few legacy bytes mixed in (records scraped from several sources).

    Valid multi-byte UTF-8 sequences almost never occur by chance in cp1252 text,
    so when they outnumber the invalid bytes the file is UTF-8 with strays.
    """
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    return good > 0 and good >= bad


def _looks_western(sample: bytes) -> bool:
    """True for Latin-script text in a single-byte Windows/ISO code page.

    charset-normalizer guesses badly on short text ("Café" -> UTF-16, curly
    quotes -> cp1251). In Western European text the bytes >= 0x80 are a small
    share of the letters (accents, quotes, dashes); in Cyrillic, Greek, Hebrew or
    Arabic code pages nearly every letter is such a byte. So: few high bytes and
    decodable as cp1252 -> cp1252; otherwise let charset-normalizer decide.
    """
    high = sum(1 for b in sample if b >= 0x80)
    letters = sum(1 for b in sample if 0x41 <= (b | 0x20) <= 0x7A and (b | 0x20) >= 0x61)
    if high == 0 or high > 0.5 * (letters + high):
        return False
    try:
        sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _declared_charset(sample: bytes) -> str | None:
    m = _META_CHARSET.search(sample[:4096])
    if not m:
        return None
    try:
        info = codecs.lookup(m.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None
    # charset="base64" / "zlib" / "undefined" / "unicode_escape" would raise or garble
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_WEB_CHARSETS:
        return None
    return info.name


def detect_encoding(sample: bytes, *, complete: bool, html: bool = False) -> str:
    """Choose the codec for ``sample`` (the whole input if ``complete``).

    Raises NotText when the bytes are binary or no text encoding fits.
    """
    for magic, kind in _MAGIC:
        if sample.startswith(magic):
            raise NotText(f"it looks like a {kind} file", binary=True)
    bom = _bom(sample)
    if bom:
        return bom
    if b"\x00" in sample:
        enc = _utf16_without_bom(sample)
        if enc:
            return enc
        if _looks_binary(sample):
            raise NotText("it contains NUL bytes", binary=True)
        # a few stray NULs in text (scraper junk): read it; the NULs stay in the text
    if _is_utf8(sample, complete):
        return "utf-8"
    if html:
        declared = _declared_charset(sample)
        if declared and declared != "utf-8":
            try:
                sample.decode(declared)
                return "cp1252" if declared in ("latin-1", "iso8859-1") else declared  # browsers do the same
            except (UnicodeError, LookupError):
                pass
    if _mostly_utf8(sample):
        return "utf-8"  # stray legacy bytes are decoded as cp1252 by the fallback handler
    if _looks_western(sample):
        return "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is not None and codecs.lookup(best.encoding).name.startswith(("utf-16", "utf-32")):
        # BOM-less UTF-16 was ruled out above from where the NULs fall; a guess of it here
        # (charset-normalizer on ASCII with a stray NUL and a junk byte) would garble the file.
        best = None
    if best is None:
        if sum(1 for b in sample if b < 0x80) >= 0.9 * len(sample):
            return "utf-8"  # ASCII text with a few junk bytes: those are read as cp1252 / latin-1
        raise NotText("no text encoding fits its bytes", binary=False)
    enc = codecs.lookup(best.encoding).name.replace("-", "_")
    if enc in _WESTERN:
        try:
            sample.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    return best.encoding


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """Decode a whole file. A BOM is removed. Raises NotText."""
    enc = detect_encoding(data, complete=True, html=html)
    text = data.decode(enc, errors=FALLBACK_ERRORS)
    if text.startswith("\ufeff"):  # BOM-less detection may leave a ZWNBSP at the start
        text = text[1:]
    return text


def stream_encoding(sample: bytes) -> str:
    """The codec for a record-per-line input (JSON Lines, CSV) from its first bytes.

    When no encoding fits, UTF-8 with stray bytes read as cp1252 is used rather than
    losing the file: line breaks, quotes and braces are ASCII, so each record is still
    parsed (and a garbled one is reported on its own). Raises NotText for binary files.
    """
    try:
        return detect_encoding(sample, complete=len(sample) < SAMPLE_SIZE)
    except NotText as exc:
        if exc.binary:
            raise
        return "utf-8"


def text_stream(raw: BinaryIO, sample: bytes, *, newline: str | None) -> io.TextIOWrapper:
    """Wrap a binary stream positioned at its start; encoding chosen from ``sample``.

    Bytes that the chosen codec cannot decode later in the stream are read as
    cp1252 instead of stopping the run (mixed-encoding scrapes).
    """
    enc = stream_encoding(sample)
    return io.TextIOWrapper(raw, encoding=enc, errors=FALLBACK_ERRORS, newline=newline)  # type: ignore[arg-type]


class PrefixedStream(io.RawIOBase):
    """A read-once stream (stdin) with its first bytes already taken out for sniffing."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        self._prefix = prefix
        self._pos = 0
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        if self._pos < len(self._prefix):
            chunk = self._prefix[self._pos : self._pos + len(b)]
            self._pos += len(chunk)
            b[: len(chunk)] = chunk
            return len(chunk)
        data = self._rest.read(len(b))
        if not data:
            return 0
        b[: len(data)] = data
        return len(data)
