#!/usr/bin/env python3
"""Black-box tests of the tochuc command line on real SQLite files.

usage: cli_test.py PATH/TO/tochuc PATH/TO/shared
"""
import json
import os
import pwd
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest

TOCHUC = None
SHARED = None


def run(*args, check=True, input=None):
    p = subprocess.run([TOCHUC, *args], capture_output=True, text=True, input=input)
    if check and p.returncode != 0:
        raise AssertionError(f"tochuc {' '.join(args)} exited {p.returncode}: {p.stderr}")
    return p


def report(db, *args):
    return json.loads(run("report", *args, "--db", db, "--format", "json").stdout)


class CliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.small = os.path.join(SHARED, "examples", "small-province.jsonl")
        self.db = self.path("small.db")
        run("import", "--db", self.db, self.small)

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def write(self, name, text):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write(text)
        return self.path(name)

    def export(self, db):
        return run("export", "--db", db).stdout

    def test_bad_file_is_refused_with_line_field_reason_and_changes_nothing(self):
        before = self.export(self.db)
        bad = self.write("bad.jsonl",
                         '{"type": "member.died", "date": "2024-02-01", "member": "M1"}\n'
                         '{"type": "member.died", "date": "2024-02-30", "member": "M3"}\n'
                         '{"type": "member.died", "date": "2024-03-01", "member": "M1"}\n')
        p = run("import", "--db", self.db, bad, check=False)
        self.assertEqual(p.returncode, 1)
        self.assertIn("line 2: date: '2024-02-30' is not a real date in the form YYYY-MM-DD", p.stderr)
        self.assertIn("line 3: member: member 'M1' died on 2024-02-01; only active members can be "
                      "recorded as deceased", p.stderr)
        self.assertIn("nothing was imported", p.stderr)
        self.assertEqual(self.export(self.db), before)

    def test_export_import_round_trip_is_identical(self):
        exported = self.write("export.jsonl", self.export(self.db))
        copy = self.path("copy.db")
        run("import", "--db", copy, exported)
        self.assertEqual(self.export(copy), self.export(self.db))
        for structure in ("period", "today"):
            args = ("stock-flow", "--org", "P", "--from", "2023-01-01", "--to", "2023-12-31",
                    "--structure", structure)
            self.assertEqual(report(copy, *args), report(self.db, *args))
        self.assertEqual(report(copy, "composition", "--org", "P", "--on", "2023-12-31"),
                         report(self.db, "composition", "--org", "P", "--on", "2023-12-31"))

    def test_export_to_file(self):
        out = self.path("out.jsonl")
        run("export", "--db", self.db, "-o", out)
        with open(out, encoding="utf-8") as f:
            self.assertEqual(f.read(), self.export(self.db))
        self.assertFalse(os.path.exists(out + ".partial"))

    def test_stock_flow_json_has_the_contract_fields_and_balances(self):
        got = report(self.db, "stock-flow", "--org", "P", "--from", "2023-01-01", "--to", "2023-12-31")
        self.assertEqual(got["org"], "P")
        self.assertEqual(got["structure"], "period")
        fields = ["org", "name", "opening", "admitted", "readmitted", "registered", "transferred_in",
                  "reorganized_in", "transferred_out", "reorganized_out", "removed", "expelled",
                  "died", "probation_removed", "closing"]
        for row in [got["total"], *got["rows"]]:
            self.assertEqual(list(row.keys()), fields)
            inflow = sum(row[k] for k in ("admitted", "readmitted", "registered", "transferred_in",
                                          "reorganized_in"))
            outflow = sum(row[k] for k in ("transferred_out", "reorganized_out", "removed",
                                           "expelled", "died", "probation_removed"))
            self.assertEqual(row["closing"], row["opening"] + inflow - outflow, row)
        self.assertEqual([r["org"] for r in got["rows"]], ["U1", "U2"])

    def test_table_output_is_readable(self):
        p = run("report", "stock-flow", "--db", self.db, "--org", "P", "--from", "2023-01-01",
                "--to", "2023-12-31")
        self.assertIn("Đảng bộ huyện Một", p.stdout)
        self.assertIn("total", p.stdout)

    def test_members_search_folds_case_and_diacritics(self):
        got = json.loads(run("members", "--db", self.db, "--org", "P", "--search", "nguyen van duc",
                             "--format", "json").stdout)
        self.assertEqual([m["name"] for m in got["members"]], ["Nguyễn Văn Đức"])
        everyone = json.loads(run("members", "--db", self.db, "--org", "P", "--format", "json").stdout)
        names = [m["name"] for m in everyone["members"]]
        self.assertEqual(names[0], "Bùi Ngọc Mai")   # B before Đ before Đ... in Vietnamese order
        self.assertLess(names.index("Đặng Thị Yến"), names.index("Đỗ Quang Trung"))
        self.assertLess(names.index("Hoàng Minh Sơn"), names.index("Lê Hữu Phúc"))

    def test_verify_finds_a_tampered_projection(self):
        self.assertIn("ok", run("verify", "--db", self.db).stdout)
        con = sqlite3.connect(self.db)
        con.execute("UPDATE members SET name = 'Giả Mạo' WHERE id = 'M1'")
        con.commit()
        con.close()
        p = run("verify", "--db", self.db, check=False)
        self.assertEqual(p.returncode, 1)
        self.assertIn("member 'M1' differs from the ledger", p.stdout)

    def test_ledger_rows_cannot_be_changed(self):
        con = sqlite3.connect(self.db)
        with self.assertRaises(sqlite3.DatabaseError):
            con.execute("UPDATE ledger SET body = '{}' WHERE seq = 1")
        with self.assertRaises(sqlite3.DatabaseError):
            con.execute("DELETE FROM ledger WHERE seq = 1")
        con.close()

    def test_usage_errors_are_precise(self):
        p = run("report", "stock-flow", "--db", self.db, "--org", "NOPE", "--from", "2023-01-01",
                "--to", "2023-12-31", check=False)
        self.assertEqual(p.returncode, 2)
        self.assertIn("unknown organization 'NOPE'", p.stderr)
        p = run("report", "orgs", "--db", self.db, "--org", "P", "--on", "2023-02-29", check=False)
        self.assertEqual(p.returncode, 2)
        self.assertIn("--on: '2023-02-29' is not a real date", p.stderr)

    def test_generated_ledger_imports_and_round_trips(self):
        ledger = self.path("gen.jsonl")
        run("generate", "--members", "3000", "--seed", "7", "-o", ledger)
        db = self.path("gen.db")
        run("import", "--db", db, ledger)
        self.assertIn("ok", run("verify", "--db", db).stdout)
        exported = self.write("gen-export.jsonl", self.export(db))
        copy = self.path("gen-copy.db")
        run("import", "--db", copy, exported)
        self.assertEqual(self.export(copy), self.export(db))
        root = json.loads(run("members", "--db", db, "--org", "T", "--format", "json").stdout)
        self.assertGreater(root["total"], 2500)
        for args in (("stock-flow", "--org", "T", "--from", "2015-01-01", "--to", "2025-12-31"),
                     ("stock-flow", "--org", "T", "--from", "2020-01-01", "--to", "2020-12-31",
                      "--structure", "today"),
                     ("composition", "--org", "T", "--on", "2024-06-30"),
                     ("admissions", "--org", "T", "--from", "2024-01-01", "--to", "2024-12-31"),
                     ("orgs", "--org", "T", "--on", "2025-12-31")):
            self.assertEqual(report(copy, *args), report(db, *args))
        again = self.path("gen2.jsonl")
        run("generate", "--members", "3000", "--seed", "7", "-o", again)
        with open(ledger, "rb") as a, open(again, "rb") as b:
            self.assertEqual(a.read(), b.read())

    def test_an_import_killed_halfway_leaves_nothing_behind(self):
        ledger = self.path("killed.jsonl")
        run("generate", "--members", "20000", "--seed", "3", "-o", ledger)
        db = self.path("killed.db")
        fresh_indexes = self.index_names(self.db)
        fifo = self.path("killed.fifo")
        os.mkfifo(fifo)
        importer = subprocess.Popen([TOCHUC, "import", "--db", db, fifo],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            # Half the file through the pipe: the import is then surely in the
            # middle, its transaction open (a first import: rollback journal).
            with open(ledger, "rb") as source, open(fifo, "wb") as pipe:
                data = source.read()
                pipe.write(data[:len(data) // 2])
                pipe.flush()
                deadline = time.monotonic() + 60
                while not os.path.exists(db + "-journal") and time.monotonic() < deadline:
                    time.sleep(0.05)
                self.assertTrue(os.path.exists(db + "-journal"))
                importer.send_signal(signal.SIGKILL)
                importer.wait()
        except BrokenPipeError:
            pass
        finally:
            if importer.poll() is None:
                importer.kill()
                importer.wait()
        self.assertEqual(importer.returncode, -signal.SIGKILL)
        self.assertEqual(self.export(db), "")
        self.assertEqual(self.index_names(db), fresh_indexes)
        run("import", "--db", db, ledger)
        self.assertIn("ok", run("verify", "--db", db).stdout)
        with open(ledger, encoding="utf-8") as f:
            self.assertEqual(len(self.export(db).splitlines()), sum(1 for _ in f))

    def add_user(self, login, role, org, *more, password="mật khẩu đủ dài", check=True):
        return run("user", "add", "--db", self.db, "--login", login, "--role", role, "--org", org,
                   *more, "--password-stdin", input=password + "\n", check=check)

    def users(self):
        return json.loads(run("user", "list", "--db", self.db, "--format", "json").stdout)["users"]

    def query(self, sql):
        con = sqlite3.connect(self.db)
        rows = con.execute(sql).fetchall()
        con.close()
        return rows

    def tamper(self, *statements):
        """What someone with the file could do: drop the triggers, then plain SQL."""
        con = sqlite3.connect(self.db)
        con.execute("DROP TRIGGER audit_is_append_only_update")
        con.execute("DROP TRIGGER audit_is_append_only_delete")
        for sql in statements:
            con.execute(sql)
        con.commit()
        con.close()

    def test_users_are_added_changed_disabled_listed_and_audited(self):
        self.add_user("lan.nguyen", "staff", "P")
        self.add_user("hoa", "member", "U1", "--member", "M1")
        self.assertEqual(self.users(), [
            {"login": "hoa", "role": "member", "org": "U1", "member": "M1", "disabled": False},
            {"login": "lan.nguyen", "role": "staff", "org": "P", "member": None, "disabled": False},
        ])
        run("user", "passwd", "--db", self.db, "--login", "lan.nguyen", "--password-stdin",
            input="một mật khẩu mới\n")
        run("user", "disable", "--db", self.db, "--login", "lan.nguyen")
        self.assertTrue(self.users()[1]["disabled"])
        table = run("user", "list", "--db", self.db).stdout
        self.assertIn("lan.nguyen", table)
        self.assertIn("2 user(s)", table)

        for (password_hash,) in self.query("SELECT password_hash FROM users"):
            self.assertTrue(password_hash.startswith("$argon2id$"), password_hash)
        actor = "cli:" + pwd.getpwuid(os.geteuid()).pw_name
        audit = self.query("SELECT actor, action, subject, detail FROM audit ORDER BY seq")
        self.assertEqual(audit[0][:3], ("import", "ledger.appended", ""))
        self.assertEqual(audit[1:], [
            (actor, "user.added", "lan.nguyen", '{"role":"staff","org":"P"}'),
            (actor, "user.added", "hoa", '{"role":"member","org":"U1","member":"M1"}'),
            (actor, "user.password_changed", "lan.nguyen", "{}"),
            (actor, "user.disabled", "lan.nguyen", "{}"),
        ])
        self.assertIn("ok", run("verify", "--db", self.db).stdout)

    def test_user_add_refuses_bad_input_with_field_and_reason(self):
        refused = [
            (("lan", "boss", "P"), "mật khẩu đủ dài", "role: unknown role 'boss'"),
            (("lan", "staff", "NOPE"), "mật khẩu đủ dài", "org: unknown organization 'NOPE'"),
            (("lan", "staff", "P"), "ngắn quá", "password: mật khẩu phải có ít nhất 10 ký tự"),
            (("lan.nguyen.p", "staff", "P"), "Lan.Nguyen.P",
             "password: mật khẩu không được trùng với tên đăng nhập"),
            (("Lan Nguyen", "staff", "P"), "mật khẩu đủ dài", "login: 'Lan Nguyen' is not a login"),
            (("lan", "member", "U1", "--member", "M999"), "mật khẩu đủ dài",
             "member: unknown member 'M999'"),
            (("lan", "staff", "P", "--member", "M1"), "mật khẩu đủ dài",
             "member: only a user with role 'member' is linked to a member"),
        ]
        for args, password, message in refused:
            p = self.add_user(*args, password=password, check=False)
            self.assertEqual(p.returncode, 1, args)
            self.assertIn(message, p.stderr)
            self.assertIn(f"user '{args[0]}' was not added", p.stderr)
        self.assertEqual(self.users(), [])

        self.add_user("lan", "staff", "P")
        p = self.add_user("lan", "admin", "P", check=False)
        self.assertEqual(p.returncode, 1)
        self.assertIn("login: the login 'lan' is taken", p.stderr)
        self.assertEqual([u["role"] for u in self.users()], ["staff"])
        p = run("user", "passwd", "--db", self.db, "--login", "ghost", "--password-stdin",
                input="mật khẩu đủ dài\n", check=False)
        self.assertEqual(p.returncode, 1)
        self.assertIn("login: there is no user 'ghost'", p.stderr)
        self.assertEqual(len(self.query("SELECT * FROM audit WHERE action LIKE 'user.%'")), 1)

    def test_a_password_is_never_read_from_anything_but_stdin_or_a_terminal(self):
        p = run("user", "add", "--db", self.db, "--login", "lan", "--role", "staff", "--org", "P",
                input="mật khẩu đủ dài\n", check=False)
        self.assertEqual(p.returncode, 2)
        self.assertIn("--password-stdin", p.stderr)
        p = run("user", "add", "--db", self.db, "--login", "lan", "--role", "staff", "--org", "P",
                "--password-stdin", input="", check=False)
        self.assertEqual(p.returncode, 2)
        self.assertEqual(self.users(), [])

    def test_audit_rows_cannot_be_changed(self):
        con = sqlite3.connect(self.db)
        with self.assertRaises(sqlite3.DatabaseError):
            con.execute("UPDATE audit SET actor = 'someone' WHERE seq = 1")
        with self.assertRaises(sqlite3.DatabaseError):
            con.execute("DELETE FROM audit WHERE seq = 1")
        con.close()

    def test_verify_finds_an_edited_audit_entry(self):
        self.add_user("lan", "staff", "P")
        self.assertIn("ok", run("verify", "--db", self.db).stdout)
        self.tamper("UPDATE audit SET detail = '{\"role\":\"admin\",\"org\":\"P\"}' WHERE seq = 2")
        p = run("verify", "--db", self.db, check=False)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(p.stdout, "audit entry 2: its content does not match its hash (edited)\n")
        self.assertIn("1 sign(s) of tampering with the audit log", p.stderr)

    def test_verify_finds_a_deleted_audit_entry_and_the_ledger_lines_it_accounted_for(self):
        self.add_user("lan", "staff", "P")
        self.tamper("DELETE FROM audit WHERE seq = 1")
        p = run("verify", "--db", self.db, check=False)
        self.assertEqual(p.returncode, 1)
        lines = len(self.export(self.db).splitlines())
        self.assertEqual(p.stdout.splitlines(), [
            "audit entry 2: entry 1 before it is missing (deleted)",
            "audit entry 2: its previous hash is not the start of the chain (an entry deleted, "
            "inserted or reordered)",
            f"ledger lines 1 to {lines}: no ledger.appended audit entry accounts for them",
        ])

    def index_names(self, db):
        con = sqlite3.connect(db)
        names = sorted(row[0] for row in con.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"))
        con.close()
        return names


if __name__ == "__main__":
    TOCHUC = os.path.abspath(sys.argv[1])
    SHARED = os.path.abspath(sys.argv[2])
    unittest.main(argv=sys.argv[:1], verbosity=2)
