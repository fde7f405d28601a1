"""Analyses over coded events (dyad summaries now; the store's time series build on this)."""
