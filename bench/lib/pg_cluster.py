"""A throw-away PostgreSQL 15 cluster for one benchmark run.

initdb refuses to run as root, so when the run is root the cluster belongs to
an unprivileged system user (created once with useradd if missing) and its
programs run through `runuser`. The cluster listens only on a Unix socket in
a private directory (no TCP), so it cannot clash with another server or run.
Use it as a context manager: the server is stopped and its files removed on
the way out, whatever happened.
"""

import os
import pwd
import shutil
import subprocess

kBinDir = "/usr/lib/postgresql/15/bin"
kPort = 54329
kDatabaseUser = "bench"
kOsUser = "tochuc-bench"  # only when running as root


def _os_user():
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(kOsUser)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                        "--shell", "/usr/sbin/nologin", kOsUser], check=True)
    return kOsUser


class Cluster:
    def __init__(self, parent_dir, server_conf):
        """REQUIRES: PostgreSQL 15's server programs in kBinDir."""
        self.root = os.path.join(parent_dir, "postgres")
        self.data = os.path.join(self.root, "data")
        self.socket_dir = os.path.join(self.root, "run")
        self.server_conf = server_conf
        self.user = None
        self.started = False

    def _as_owner(self, argv):
        return ["runuser", "-u", self.user, "--", *argv] if self.user else argv

    def __enter__(self):
        if not os.path.exists(os.path.join(kBinDir, "initdb")):
            raise RuntimeError(f"PostgreSQL 15 is not installed ({kBinDir}/initdb is missing); "
                               "scripts/install-deps installs it")
        self.user = _os_user()
        os.makedirs(self.socket_dir)
        if self.user:
            # The owner must reach its folder inside our private work folder.
            os.chmod(os.path.dirname(self.root), 0o711)
            entry = pwd.getpwnam(self.user)
            for path in (self.root, self.socket_dir):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        try:
            self._initdb_and_start()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _initdb_and_start(self):
        subprocess.run(self._as_owner([
            f"{kBinDir}/initdb", "-D", self.data, "-U", kDatabaseUser, "--auth=trust",
            "--encoding=UTF8", "--locale=C", "--no-sync"]),
            check=True, stdout=subprocess.DEVNULL, cwd=self.root)
        with open(self.server_conf) as extra:
            settings = extra.read()
        settings += f"\nport = {kPort}\nunix_socket_directories = '{self.socket_dir}'\n"
        with open(os.path.join(self.data, "postgresql.conf"), "a") as conf:
            conf.write(settings)
        subprocess.run(self._as_owner([
            f"{kBinDir}/pg_ctl", "-D", self.data, "-l", os.path.join(self.root, "server.log"),
            "-w", "-t", "120", "start"]), check=True, stdout=subprocess.DEVNULL, cwd=self.root)
        self.started = True

    def __exit__(self, *exc):
        if self.started:
            subprocess.run(self._as_owner([f"{kBinDir}/pg_ctl", "-D", self.data, "-m", "fast",
                                           "-w", "stop"]),
                           stdout=subprocess.DEVNULL, cwd=self.root)
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)
        return False

    def psql_command(self):
        """psql connected to the cluster: unaligned, tab-separated rows without
        headers, stopping at the first error."""
        return [f"{kBinDir}/psql", "-X", "-q", "-h", self.socket_dir, "-p", str(kPort),
                "-U", kDatabaseUser, "-d", "postgres", "-v", "ON_ERROR_STOP=1",
                "-A", "-t", "-F", "\t"]

    def psql(self, script, cwd=None):
        """Runs a psql script; returns its standard output. Raises
        RuntimeError with psql's message on failure."""
        done = subprocess.run(self.psql_command(), input=script, text=True, cwd=cwd,
                              capture_output=True)
        if done.returncode != 0:
            raise RuntimeError(f"psql failed: {done.stderr.strip()}")
        return done.stdout
