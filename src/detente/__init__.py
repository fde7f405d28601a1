"""detente: political event data from raw news text.

    >>> from detente import Coder
    >>> events = Coder().code(text, date="2024-01-12")

Public names are listed in ``__all__``; everything else is internal.
"""

__version__ = "0.1.0"

from .coder import Classification, Coder  # noqa: E402
from .errors import DataError, DetenteError, InputError, StoreError  # noqa: E402
from .readers import read_articles  # noqa: E402
from .store import IngestReport, Store  # noqa: E402
from .types import Actor, Article, Event, Location, ReadError, Span  # noqa: E402

__all__ = [
    "Actor",
    "Article",
    "Classification",
    "Coder",
    "DataError",
    "DetenteError",
    "Event",
    "IngestReport",
    "InputError",
    "Location",
    "ReadError",
    "Span",
    "Store",
    "StoreError",
    "__version__",
    "read_articles",
]
