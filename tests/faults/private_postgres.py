"""A PostgreSQL cluster of the test's own (initdb into a temporary folder, port 55432), to
stop and start at will without touching the shared server on 5432."""

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

PORT = 55432


def binaries():
    """The newest installed PostgreSQL's bin folder, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def port_is_free(port=PORT):
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


class PrivateCluster:
    """initdb, start, stop and remove a throwaway cluster; run as the `postgres` OS user
    when the test runs as root (PostgreSQL refuses to run as root)."""

    def __init__(self, bin_dir, port=PORT):
        self.bin = Path(bin_dir)
        self.port = port
        self.home = Path(tempfile.mkdtemp(prefix="portal-faults-pg-"))
        self.data = self.home / "data"
        self.log = self.home / "postgres.log"
        if os.geteuid() == 0:
            shutil.chown(self.home, "postgres", "postgres")

    def _run(self, tool, *args, timeout=60, **kwargs):
        command = [str(self.bin / tool), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=True, timeout=timeout, capture_output=True,
                              text=True, **kwargs)

    def create(self):
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--no-sync", "--no-instructions")
        self.start()

    def start(self):
        # No fsync: a throwaway cluster; the restart itself is what is tested.
        options = (f"-p {self.port} -k {self.home} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c full_page_writes=off")
        try:
            self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.log),
                      "-w", "-t", "30", "start")
        except subprocess.CalledProcessError as error:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise AssertionError(f"PostgreSQL did not start: {error.stdout}{error.stderr}"
                                 f"\n{log}") from None

    def stop(self, mode="fast"):
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "30", "stop")

    def url(self, database):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def copy_database(self, source_url, name):
        """Create `name` here with the schema and rows of the database at `source_url`."""
        self._run("psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-q",
                  "-c", f'CREATE DATABASE "{name}"')
        dump = subprocess.run([str(self.bin / "pg_dump"), "--no-owner", "--no-privileges",
                               "-d", source_url], check=True, capture_output=True, timeout=60)
        self._run("psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-q",
                  "-v", "ON_ERROR_STOP=1", "-d", name, input=dump.stdout.decode())

    def remove(self):
        with contextlib.suppress(subprocess.SubprocessError):  # not running
            self.stop(mode="immediate")
        shutil.rmtree(self.home, ignore_errors=True)
