"""A throwaway Dovecot IMAP server on a loopback port, for the mail tests and the mailbox benchmark.

Configured in a temporary folder: a passwd-file user, a maildir, STARTTLS with a self-signed certificate
(the client is given it as its CA file) and plaintext login refused before TLS, like a real server.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

USER = "returns@cell.example"
PASSWORD = "s3cret-Returns"
_DETACHED = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}


@dataclass(frozen=True, slots=True)
class ImapServer:
    host: str
    port: int
    user: str
    password: str
    cafile: Path
    root: Path


def available() -> bool:
    return shutil.which("dovecot") is not None and shutil.which("openssl") is not None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _config(root: Path, port: int, uid: int, gid: int, login_user: str, internal_user: str) -> str:
    return f"""
base_dir = {root}/run
state_dir = {root}/state
instance_name = sitroom-test-{port}
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = yes
auth_mechanisms = plain login
default_login_user = {login_user}
default_internal_user = {internal_user}
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""


@contextmanager
def dovecot() -> Iterator[ImapServer]:
    """Start Dovecot, yield how to reach it, stop it and remove its folder."""
    root = Path(tempfile.mkdtemp(prefix="sitroom-dovecot-"))
    os.chmod(root, 0o755)
    if os.geteuid() == 0:  # Dovecot will not give mail to root: the mail user is its own service user
        mail = pwd.getpwnam("dovecot")
        uid, gid, login_user, internal_user = mail.pw_uid, mail.pw_gid, "dovenull", "dovecot"
    else:
        me = pwd.getpwuid(os.geteuid())
        uid, gid, login_user, internal_user = me.pw_uid, me.pw_gid, me.pw_name, me.pw_name
    (root / "home").mkdir()
    os.chown(root / "home", uid, gid)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
         "-keyout", str(root / "key.pem"), "-out", str(root / "cert.pem")],
        check=True, capture_output=True,
    )  # fmt: skip
    (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
    port = free_port()
    conf = root / "dovecot.conf"
    conf.write_text(_config(root, port, uid, gid, login_user, internal_user))
    # The daemon keeps its inherited descriptors: no pipes, or run() would wait for it to exit.
    subprocess.run(["dovecot", "-c", str(conf)], check=True, **_DETACHED)
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() else ""
                    raise RuntimeError(f"dovecot did not start: {log[-2000:]}") from None
                time.sleep(0.1)
        yield ImapServer("127.0.0.1", port, USER, PASSWORD, root / "cert.pem", root)
    finally:
        subprocess.run(["doveadm", "-c", str(conf), "stop"], **_DETACHED)
        shutil.rmtree(root, ignore_errors=True)
