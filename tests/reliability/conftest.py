from __future__ import annotations


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Print what the reliability tests tried: the figures docs/RELIABILITY.md records."""
    import sys

    helpers = sys.modules.get("reliability_helpers")
    if helpers is None or not helpers.STATS:
        return
    s = helpers.STATS
    terminalreporter.write_sep("-", "detente reliability figures")
    terminalreporter.write_line(
        f"fuzz examples per test: {helpers.EXAMPLES}; reader inputs read: {s['inputs']}; "
        f"records written: {s['records']} (well-formed {s['good']}, malformed {s['bad']}); "
        f"articles out: {s['articles']}; reader errors reported: {s['errors']}"
    )
    if s["api_cases"]:
        terminalreporter.write_line(f"API requests: {s['api_cases']}; server errors (5xx): {s['api_server_errors']}")
    if s["ingest_snapshots"]:
        terminalreporter.write_line(f"store states seen by the API during an ingest (all whole batches): {s['ingest_snapshots']}")
    terminalreporter.write_line(f"test outcome: {'all passed' if exitstatus == 0 else 'FAILURES (see above)'}")
