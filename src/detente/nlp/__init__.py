"""spaCy: loading the English model and splitting articles into parseable chunks."""

from .model import load_model
from .chunks import chunks

__all__ = ["load_model", "chunks"]
