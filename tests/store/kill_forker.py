"""Helper process for test_kill.py: loads the Coder once, then on each "go" line from stdin
forks a child that runs the real `detente ingest` command (with that Coder, so no child pays
for loading spaCy) and reports "pid N" and later "exit N STATUS" on stdout.

Usage: python kill_forker.py DB BATCH_SIZE PATH...
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    db, batch_size, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
    import detente
    from detente.cli import main as cli_main

    coder = detente.Coder()
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:
            detente.Coder = lambda **_: coder  # the CLI builds its Coder through detente.Coder
            sys.argv = ["detente", "ingest", *paths, "--db", db, "--batch-size", batch_size]
            code = 0
            try:
                cli_main()
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
            except BaseException:  # noqa: BLE001
                code = 3
            finally:
                sys.stderr.flush()
                os._exit(code)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {pid} {status}", flush=True)


if __name__ == "__main__":
    main()
