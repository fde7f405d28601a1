"""Speed and scale-out: several processes on one machine, a Dask cluster for more.

  local.py        ``Coder.code_articles(..., processes=N)``: worker processes, streaming, in order
  dask_engine.py  ``ingest_dask``: the input cut into parts, coded on Dask workers (one Coder
                  each), written as Parquet by report month, then loaded into the store
  parquet.py      the Parquet layout (schemas from types.py), writing a part, reading pairs back
  bench.py        ``run_bench``: throughput, peak memory and the ratio to a bare spaCy parse

Dask is imported only when the Dask engine runs.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ingest_dask", "run_bench"]


def __getattr__(name: str) -> Any:
    if name == "ingest_dask":
        from .dask_engine import ingest_dask

        return ingest_dask
    if name == "run_bench":
        from .bench import run_bench

        return run_bench
    raise AttributeError(name)
