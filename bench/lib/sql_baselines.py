"""The SQL baselines: the fact tables loaded into SQLite and into PostgreSQL,
and the benchmark's questions asked of each with the SQL in bench/sql/.

Each baseline answers a workload (as report_bench describes it) with the
rows of its first run, untimed, and the times of `repeat` further runs. A
workload about several units (every root) runs the query once per unit; a
run's time is their sum. Times are taken by the client around each
statement: Python's perf_counter around execute + fetchall for SQLite,
psql's \\timing (sent to result received) for PostgreSQL. Rows come back as
the client gives them (psql: text); compare.py normalizes them.
"""

import os
import re
import sqlite3
import subprocess
import time

kSqlDir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sql")
kTimeLine = re.compile(r"^Time: ([0-9.]+) ms")


def sql_path(dialect, name):
    return os.path.join(kSqlDir, dialect, name + ".sql")


def _read(dialect, name):
    with open(sql_path(dialect, name)) as sql:
        return sql.read()


def calls(workload):
    """The parameters of each statement in one run of the workload."""
    params = workload["params"]
    if workload["query"] == "stock_flow":
        return [{"org": unit, "period_start": params["from"], "period_end": params["to"]}
                for unit in params["units"]]
    return [{"day": params["day"]}]


class SqliteBaseline:
    name = "sqlite"

    def __init__(self, db_path):
        self.db_path = db_path

    def load(self, facts_dir):
        script = "".join(_read("sqlite", name) for name in ("schema", "load", "indexes"))
        subprocess.run(["sqlite3", os.path.abspath(self.db_path)], input=script, text=True,
                       cwd=facts_dir, check=True, stdout=subprocess.DEVNULL)

    def run(self, workload, repeat):
        db = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True)
        try:
            db.executescript(_read("sqlite", "session"))
            sql = _read("sqlite", workload["query"])
            answers = [db.execute(sql, params).fetchall() for params in calls(workload)]
            runs_ms = []
            for _ in range(repeat):
                start = time.perf_counter()
                for params in calls(workload):
                    db.execute(sql, params).fetchall()
                runs_ms.append((time.perf_counter() - start) * 1000)
            return answers, runs_ms
        finally:
            db.close()


class PostgresBaseline:
    name = "postgres"

    def __init__(self, cluster):
        self.cluster = cluster

    def load(self, facts_dir):
        script = "".join(_read("postgres", name) for name in ("schema", "load", "indexes"))
        self.cluster.psql(script, cwd=facts_dir)

    def run(self, workload, repeat):
        """One psql session: the first run's rows, then `repeat` timed runs."""
        lines = ["\\timing on"]
        for run in range(repeat + 1):
            for call_idx, params in enumerate(calls(workload)):
                lines.append(f"\\echo @@ {run} {call_idx}")
                lines += [f"\\set {key} '{value}'" for key, value in params.items()]
                lines.append(f"\\i {sql_path('postgres', workload['query'])}")
        output = self.cluster.psql("\n".join(lines) + "\n")

        rows, times = {}, {}  # by (run, call_idx)
        key = None
        for line in output.splitlines():
            if line.startswith("@@ "):
                key = tuple(int(part) for part in line.split()[1:])
                rows[key] = []
            elif match := kTimeLine.match(line):
                times[key] = float(match.group(1))
            elif line:
                rows[key].append(tuple(line.split("\t")))
        call_count = len(calls(workload))
        answers = [rows[(0, call_idx)] for call_idx in range(call_count)]
        runs_ms = [sum(times[(run, call_idx)] for call_idx in range(call_count))
                   for run in range(1, repeat + 1)]
        return answers, runs_ms
