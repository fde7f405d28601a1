"""spaCy: loading the English model and splitting articles into parseable chunks.

  model.py      load_model: the English pipeline, with compiled.py's faster twins by default
  chunks.py     paragraphs with offsets, for batched nlp.pipe
  compiled.py   attribute ruler and lemmatizer with the stock output, in a tenth of their time
  prefilter.py  which chunks (and how much of the last) can hold an event: the rest is not parsed
  acronyms.py   the actor tables' acronyms ("ECOWAS") shown to the tagger and parser as names
"""

from .model import load_model
from .chunks import chunks

__all__ = ["load_model", "chunks"]
