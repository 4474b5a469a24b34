"""A throwaway PostgreSQL cluster for the tests: initdb and pg_ctl in a temporary directory.

The server listens on a Unix socket in that directory only (no TCP port to
collide with), skips fsync, and is stopped and deleted when the session ends.
initdb refuses to run as root, so as root the cluster belongs to ``nobody``.
Each test database is a copy made by ``CREATE DATABASE ... TEMPLATE``.
"""
from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

USER = "accord"


def _tool(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=lambda p: int(p.parts[-3]))
    return str(versions[-1]) if versions else None


class Unavailable(Exception):
    """Why no cluster could be started (one line, for the skip message)."""


class Cluster:
    def __init__(self) -> None:
        self.initdb, self.pg_ctl = _tool("initdb"), _tool("pg_ctl")
        if not (self.initdb and self.pg_ctl):
            raise Unavailable("PostgreSQL server binaries (initdb, pg_ctl) are not installed; "
                              "`make test` installs them (apt-get install postgresql)")
        self.dir = Path(tempfile.mkdtemp(prefix="accord-pg-"))
        self.data = self.dir / "data"
        self._names = itertools.count()
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            runuser = shutil.which("runuser")
            if not runuser:
                raise Unavailable("running as root without runuser: initdb refuses root")
            self.as_user = [runuser, "-u", "nobody", "--"]
            os.chmod(self.dir, 0o755)
            nobody = pwd.getpwnam("nobody")
            os.chown(self.dir, nobody.pw_uid, nobody.pw_gid)

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self.as_user, *args], capture_output=True, text=True, timeout=120,
                              cwd=str(self.dir))
        if done.returncode != 0:
            tail = " ".join((done.stderr or done.stdout).split())[-300:]
            raise Unavailable(f"{Path(args[0]).name} failed: {tail}")

    def start(self) -> "Cluster":
        self._run(self.initdb, "-D", str(self.data), "-U", USER, "-A", "trust", "--no-sync", "--no-locale",
                  "-E", "UTF8")
        options = (f"-k {self.dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off"
                   " -c full_page_writes=off -c max_connections=200")
        self._run(self.pg_ctl, "-D", str(self.data), "-l", str(self.dir / "server.log"), "-w", "-t", "60",
                  "-o", options, "start")
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{USER}@/{database}?host={quote(str(self.dir), safe='')}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(sql)

    def create(self, template: str | None = None, name: str | None = None) -> str:
        """A new database (a copy of ``template`` when given); returns its URL."""
        name = name or f"t{os.getpid()}_{next(self._names)}"
        self.admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def drop(self, url: str) -> None:
        from accord.store.backend import PostgreSQL

        PostgreSQL.close_pool(url)
        name = url.split("/")[3].split("?")[0]
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        from accord.store.backend import PostgreSQL

        PostgreSQL.close_all()
        try:
            self._run(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop")
        except Unavailable:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)
