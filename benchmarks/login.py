"""How long a sign-in takes for each kind of account, so that its time tells nothing about the account.

    python benchmarks/login.py [--rounds 15]

Signs in on a fresh SQLite store as an unknown name, with a wrong password, to a disabled account and
to a locked one (and, for scale, successfully), and prints the median and spread of each in ms.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sitroom.accounts.errors import BadCredentials
from sitroom.accounts.login import authenticate
from sitroom.accounts.users import create_user, get_user, set_disabled
from sitroom.store import make_engine, session_scope

PASSWORD = "correct horse battery staple"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'login.db'}")
        with session_scope(engine) as s:
            for name in ("ann", "dis", "lock"):
                create_user(s, name, PASSWORD, "admin")
            set_disabled(s, "dis")
        cases = {
            "unknown name": ("nobody", PASSWORD),
            "wrong password": ("ann", "wrong password!"),
            "disabled account": ("dis", PASSWORD),
            "locked account": ("lock", PASSWORD),
            "success": ("ann", PASSWORD),
        }
        authenticate_once(engine, "nobody", PASSWORD)  # the dummy hash is made once per process
        print(f"{'case':<18} {'median ms':>10} {'min':>8} {'max':>8}")
        for case, (user, password) in cases.items():
            times = []
            for _ in range(rounds):
                with session_scope(engine) as s:  # kept locked, and never locked by the wrong passwords
                    get_user(s, "lock").locked_until = datetime.now(UTC).replace(tzinfo=None) + timedelta(hours=1)
                    get_user(s, "ann").failed_logins = 0
                start = time.perf_counter()
                authenticate_once(engine, user, password)
                times.append((time.perf_counter() - start) * 1000)
            print(f"{case:<18} {statistics.median(times):>10.1f} {min(times):>8.1f} {max(times):>8.1f}")
        engine.dispose()


def authenticate_once(engine, user: str, password: str) -> None:
    try:
        with session_scope(engine) as s:
            authenticate(s, user, password, source="benchmark")
    except BadCredentials:
        pass


if __name__ == "__main__":
    main()
