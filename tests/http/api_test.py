#!/usr/bin/env python3
"""Black-box tests of `tochuc serve` over real HTTP on loopback.

A fresh database per test class: a small province imported from a ledger
written here (so the tree is known), users of every role added with the
`tochuc user` command, and the real server started on a free port.

usage: api_test.py PATH/TO/tochuc
"""
import http.client
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.parse

TOCHUC = None
PASSWORD = "mật-khẩu-đủ-dài-1"

# P ── A ── G1 (members M1..M5), G2 (M6)
#   └─ B ── H1 (N1..N3)
LEDGER = [
    {"type": "org.established", "date": "2020-01-01", "org": "P", "name": "Đảng bộ tỉnh Thử",
     "kind": "province_committee", "sector": "xã", "parent": None},
    {"type": "org.established", "date": "2020-01-01", "org": "A", "name": "Đảng bộ huyện An",
     "kind": "upper_committee", "sector": "xã", "parent": "P"},
    {"type": "org.established", "date": "2020-01-01", "org": "B", "name": "Đảng bộ huyện Bình",
     "kind": "upper_committee", "sector": "xã", "parent": "P"},
    {"type": "org.established", "date": "2020-01-01", "org": "G1", "name": "Chi bộ Gò Một",
     "kind": "grassroots_cell", "sector": "xã", "parent": "A"},
    {"type": "org.established", "date": "2020-01-01", "org": "G2", "name": "Chi bộ Gò Hai",
     "kind": "grassroots_cell", "sector": "xã", "parent": "A"},
    {"type": "org.established", "date": "2020-01-01", "org": "H1", "name": "Chi bộ Hòa Một",
     "kind": "grassroots_cell", "sector": "xã", "parent": "B"},
]
NAMES = {"M1": "Nguyễn Văn Đức", "M2": "Trần Thị Lan", "M3": "Lê Văn Đông", "M4": "Phạm Thị Hà",
         "M5": "Đỗ Văn An", "M6": "Nguyễn Thị Đào", "N1": "Nguyễn Văn Đức", "N2": "Vũ Văn Bình",
         "N3": "Hoàng Thị Mai"}
for member, name in NAMES.items():
    org = "H1" if member.startswith("N") else ("G2" if member == "M6" else "G1")
    LEDGER.append({"type": "member.registered", "date": "2020-01-01", "member": member, "org": org,
                   "status": "official", "admitted_on": "2010-05-19", "official_on": "2011-05-19",
                   "person": {"name": name, "sex": "F" if "Thị" in name else "M",
                              "born_on": "1980-03-02", "ethnicity": "Kinh", "religion": "none",
                              "education": "12/12", "theory_level": "intermediate",
                              "youth_union": False}})
# A ledger file may carry fields the format does not name; they are confidential.
LEDGER[[line.get("member") for line in LEDGER].index("M3")]["remark"] = "ghi chú mật"
LEDGER.append({"type": "member.admitted", "date": "2024-06-01", "member": "M7", "org": "G1",
               "person": {"name": "Bùi Văn Khoa", "sex": "M", "born_on": "2000-01-15",
                          "ethnicity": "Tày", "religion": "none", "education": "12/12",
                          "theory_level": "elementary", "youth_union": True}})
LAST_DATE = "2024-06-01"

# login: (role, org, member)
USERS = {
    "admin1": ("admin", "P", None),
    "staff1": ("staff", "A", None),
    "clerk1": ("clerk", "G1", None),
    "inspector1": ("inspector", "A", None),
    "member1": ("member", "G1", "M1"),
}
ROLES = {login: role for login, (role, _, _) in USERS.items()}
CONFIDENTIAL = {"national_id", "family", "remark"}


def tochuc(*args, stdin=None, check=True):
    p = subprocess.run([TOCHUC, *args], input=stdin, capture_output=True, text=True)
    if check and p.returncode != 0:
        raise AssertionError(f"tochuc {' '.join(args)} exited {p.returncode}: {p.stderr}")
    return p


class Server:
    """A `tochuc serve` process on a free loopback port."""

    def __init__(self, db, *extra):
        self.process = subprocess.Popen(
            [TOCHUC, "serve", "--db", db, "--listen", "127.0.0.1:0", *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        if "http://" not in line:
            self.process.kill()
            raise AssertionError("serve did not start: " + line + self.process.stderr.read())
        self.port = int(line.rsplit(":", 1)[1].strip().rstrip("/"))
        self.log = []
        self.reader = threading.Thread(target=self._drain, daemon=True)
        self.reader.start()

    def _drain(self):
        for line in self.process.stderr:
            self.log.append(line)

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=30)
        self.reader.join(timeout=5)
        return code


class Client:
    """One browser: a cookie jar and the CSRF token of its session."""

    def __init__(self, port):
        self.port = port
        self.cookie = None
        self.csrf = None

    def request(self, method, path, body=None, headers=None, raw=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        all_headers = dict(headers or {})
        if self.cookie:
            all_headers["Cookie"] = self.cookie
        if self.csrf and method not in ("GET", "HEAD") and "X-CSRF-Token" not in all_headers:
            all_headers["X-CSRF-Token"] = self.csrf
        payload = raw
        if body is not None:
            payload = json.dumps(body).encode()
            all_headers.setdefault("Content-Type", "application/json")
        connection.request(method, path, body=payload, headers=all_headers)
        response = connection.getresponse()
        data = response.read()
        connection.close()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie" and value.startswith("tochuc_session="):
                token = value.split(";", 1)[0]
                self.cookie = None if token == "tochuc_session=" else token
        kind = response.getheader("Content-Type", "")
        is_json = kind.startswith("application/json") or kind.startswith("application/problem+json")
        parsed = json.loads(data) if data and is_json else data
        return response.status, parsed, response

    def login(self, login, password=PASSWORD):
        status, body, _ = self.request("POST", "/api/v1/session",
                                       {"login": login, "password": password})
        if status == 201:
            self.csrf = body["csrf_token"]
        return status, body


def keys_in(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from keys_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from keys_in(item)


class ApiFixture(unittest.TestCase):
    """A database with the province, the users, and a server on it."""

    server_args = ()

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.db = os.path.join(cls.tmp.name, "api.db")
        ledger = os.path.join(cls.tmp.name, "ledger.jsonl")
        with open(ledger, "w", encoding="utf-8") as f:
            for line in LEDGER:
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
        tochuc("import", "--db", cls.db, ledger)
        for login, (role, org, member) in USERS.items():
            args = ["user", "add", "--db", cls.db, "--login", login, "--role", role, "--org", org,
                    "--password-stdin"]
            if member:
                args += ["--member", member]
            tochuc(*args, stdin=PASSWORD + "\n")
        # The API alone: the web UI has its own tests (web/e2e).
        cls.server = Server(cls.db, "--web", os.path.join(cls.tmp.name, "no-web-ui"),
                            *cls.server_args)

    @classmethod
    def tearDownClass(cls):
        code = cls.server.stop() if cls.server.process.poll() is None else 0
        cls.tmp.cleanup()
        # A crash, a sanitizer's report or a leak at exit shows here.
        if code != 0:
            raise AssertionError(f"tochuc serve exited {code}: {''.join(cls.server.log[-30:])}")

    def client(self, login=None):
        client = Client(self.server.port)
        if login:
            status, body = client.login(login)
            self.assertEqual(status, 201, body)
        return client

    def ledger_lines(self):
        with sqlite3.connect(self.db) as db:
            return db.execute("SELECT COUNT(*) FROM ledger").fetchone()[0]

    def assert_problem(self, status, body, expected_status, expected_type=None):
        self.assertEqual(status, expected_status, body)
        self.assertIsInstance(body, dict, body)
        self.assertEqual(body["status"], expected_status)
        self.assertTrue(body["title"])
        if expected_type:
            self.assertEqual(body["type"], "/problems/" + expected_type)


def corrected(member, education):
    return {"type": "member.corrected", "date": LAST_DATE, "member": member,
            "person": {"education": education}}


# route × role × inside/outside: (method, path or body for inside, for outside, the statuses
# by role, inside then outside). A role missing from a route's table gets 403 on both.
OK_IN_SUBTREE = {"admin": (200, 200), "staff": (200, 404), "clerk": (200, 404),
                 "inspector": (200, 404)}
MATRIX = [
    ("GET", "/api/v1/orgs/{org}", {"admin1": "G1", "staff1": "G1", "clerk1": "G1",
                                   "inspector1": "G1", "member1": "G1"}, "H1", OK_IN_SUBTREE),
    ("GET", "/api/v1/orgs/{org}/children", {"admin1": "P", "staff1": "A", "clerk1": "G1",
                                            "inspector1": "A", "member1": "G1"}, "B",
     OK_IN_SUBTREE),
    ("GET", "/api/v1/orgs/{org}/members", {"admin1": "P", "staff1": "A", "clerk1": "G1",
                                           "inspector1": "A", "member1": "G1"}, "H1",
     {**OK_IN_SUBTREE, "member": (404, 404)}),
    ("GET", "/api/v1/members/{member}", {"admin1": "M1", "staff1": "M6", "clerk1": "M2",
                                         "inspector1": "M1", "member1": "M1"}, "N1",
     {**OK_IN_SUBTREE, "member": (200, 404)}),
    ("POST", "/api/v1/events", {"admin1": "M1", "staff1": "M6", "clerk1": "M2",
                                "inspector1": "M1", "member1": "M1"}, "N2",
     {"admin": (201, 201), "staff": (201, 404), "clerk": (201, 404)}),
    ("GET", "/api/v1/reports/stock-flow?org={org}&from=2024-01-01&to=2024-12-31",
     {"admin1": "P", "staff1": "A", "clerk1": "G1", "inspector1": "A", "member1": "G1"}, "B",
     OK_IN_SUBTREE),
    ("GET", "/api/v1/reports/composition?org={org}&on=2024-12-31",
     {"admin1": "P", "staff1": "A", "clerk1": "G1", "inspector1": "A", "member1": "G1"}, "H1",
     OK_IN_SUBTREE),
    ("GET", "/api/v1/reports/admissions?org={org}&from=2024-01-01&to=2024-12-31",
     {"admin1": "P", "staff1": "A", "clerk1": "G1", "inspector1": "A", "member1": "G1"}, "B",
     OK_IN_SUBTREE),
    ("GET", "/api/v1/reports/orgs?org={org}&on=2024-12-31",
     {"admin1": "P", "staff1": "A", "clerk1": "G1", "inspector1": "A", "member1": "G1"}, "B",
     OK_IN_SUBTREE),
]


class AuthorizationMatrixTest(ApiFixture):
    def call(self, client, method, template, target, n):
        if method == "POST":
            return client.request(method, template, corrected(target, f"12/12 (lần {n})"))
        key = "member" if "{member}" in template else "org"
        return client.request(method, template.replace("{" + key + "}", target))

    def test_every_route_for_every_role_inside_and_outside_the_subtree(self):
        n = 0
        for login, role in ROLES.items():
            client = self.client(login)
            for method, template, inside, outside, statuses in MATRIX:
                expected = statuses.get(role, (403, 403))
                for where, target, want in (("inside", inside[login], expected[0]),
                                            ("outside", outside, expected[1])):
                    n += 1
                    before = self.ledger_lines()
                    status, body, _ = self.call(client, method, template, target, n)
                    with self.subTest(role=role, route=f"{method} {template}", where=where):
                        self.assertEqual(status, want, body)
                        if status >= 400:
                            self.assert_problem(status, body, want)
                        if role != "inspector":
                            self.assertFalse(CONFIDENTIAL & set(keys_in(body)), body)
                        self.assertEqual(self.ledger_lines(), before + (1 if status == 201 else 0))

    def test_the_tree_roots_and_the_session_for_every_role(self):
        for login, role in ROLES.items():
            client = self.client(login)
            status, body, _ = client.request("GET", "/api/v1/session")
            self.assertEqual(status, 200)
            self.assertEqual(body["user"]["role"], role)
            self.assertEqual(body["last_event_on"], LAST_DATE)
            status, body, _ = client.request("GET", "/api/v1/orgs")
            if role == "member":
                self.assert_problem(status, body, 403, "forbidden")
                continue
            self.assertEqual(status, 200)
            self.assertEqual([org["code"] for org in body["orgs"]], [USERS[login][1]])

    def test_orgs_are_found_by_name_without_accents_or_by_code_within_the_scope(self):
        def found(login, search, limit=None):
            query = urllib.parse.urlencode({"search": search} | ({"limit": limit} if limit else {}))
            status, body, _ = self.client(login).request("GET", f"/api/v1/orgs?{query}")
            self.assertEqual(status, 200, body)
            return [(org["code"], org["parent_name"]) for org in body["orgs"]]

        self.assertEqual(found("admin1", "chi bo go"), [("G1", "Đảng bộ huyện An"),
                                                        ("G2", "Đảng bộ huyện An")])
        self.assertEqual(found("admin1", "HOA MOT"), [("H1", "Đảng bộ huyện Bình")])
        self.assertEqual(found("admin1", "g2"), [("G2", "Đảng bộ huyện An")])  # by code
        self.assertEqual(found("admin1", "chi bo", limit=1), [("G1", "Đảng bộ huyện An")])
        self.assertEqual(found("staff1", "hoa mot"), [])  # H1 is outside A
        self.assertEqual(found("clerk1", "chi bo"), [("G1", "Đảng bộ huyện An")])
        status, body, _ = self.client("admin1").request("GET", "/api/v1/orgs?search=x&limit=101")
        self.assert_problem(status, body, 400, "bad-request")
        status, body, _ = self.client("member1").request("GET", "/api/v1/orgs?search=chi")
        self.assert_problem(status, body, 403, "forbidden")

    def test_nothing_but_sign_in_and_the_document_without_a_session(self):
        client = Client(self.server.port)
        for method, template, inside, _, _ in MATRIX:
            key = "member" if "{member}" in template else "org"
            path = template.replace("{" + key + "}", inside["admin1"])
            body = corrected("M1", "x") if method == "POST" else None
            status, problem, _ = client.request(method, path, body)
            self.assert_problem(status, problem, 401, "unauthenticated")
        for path in ("/api/v1/orgs", "/api/v1/session"):
            status, problem, _ = client.request("GET", path)
            self.assert_problem(status, problem, 401, "unauthenticated")
        status, document, _ = client.request("GET", "/api/v1/openapi.json")
        self.assertEqual(status, 200)
        self.assertEqual(document["openapi"][:2], "3.")
        status, page, response = client.request("GET", "/")
        self.assertEqual(status, 200)
        self.assertIn("/api/v1/openapi.json", page.decode())


class OpenApiTest(ApiFixture):
    def test_every_documented_operation_is_served(self):
        status, document, _ = Client(self.server.port).request("GET", "/api/v1/openapi.json")
        self.assertEqual(status, 200)
        operations = [(method.upper(), path) for path, item in document["paths"].items()
                      for method in item]
        self.assertGreaterEqual(len(operations), 20)
        for method, template in operations:
            client = self.client("admin1")  # DELETE /session signs it out
            path = (template.replace("{code}", "P").replace("{id}", "M1")
                    .replace("{login}", "nobody"))
            body = {} if method == "POST" else None
            status, answer, _ = client.request(method, path, body)
            with self.subTest(operation=f"{method} {template}"):
                kind = answer.get("type") if isinstance(answer, dict) else None
                self.assertNotIn(kind, ("/problems/no-such-route", "/problems/method-not-allowed"))
                self.assertNotEqual(status, 500, answer)


class AdminRoutesTest(ApiFixture):
    """The routes only an admin may use, for every role."""

    def calls(self, client, login, n):
        ledger = "\n".join(json.dumps(line, ensure_ascii=False) for line in LEDGER[:1])
        return [
            ("GET /users", 200, client.request("GET", "/api/v1/users")),
            ("POST /users", 201, client.request("POST", "/api/v1/users", {
                "login": f"new{n}", "password": PASSWORD, "role": "staff", "org": "A"})),
            ("GET /ledger", 200, client.request("GET", "/api/v1/ledger")),
            ("POST /imports", 202, client.request("POST", "/api/v1/imports",
                                                  raw=ledger.encode(),
                                                  headers={"Content-Type": "application/x-ndjson"})),
            ("POST /users/x/disable", 204, client.request("POST", f"/api/v1/users/new{n}/disable")),
            ("POST /users/x/password", 204, client.request(  # someone else's
                "POST", "/api/v1/users/{}/password".format("clerk1" if login == "member1"
                                                           else "member1"),
                {"password": PASSWORD})),
        ]

    def test_every_role(self):
        for n, (login, role) in enumerate(ROLES.items()):
            client = self.client(login)
            for route, admin_status, (status, body, _) in self.calls(client, login, n):
                with self.subTest(role=role, route=route):
                    if role == "admin":
                        self.assertEqual(status, admin_status, body)
                    else:
                        self.assert_problem(status, body, 403, "forbidden")
                    self.assertFalse(CONFIDENTIAL & set(keys_in(body)) if isinstance(body, dict)
                                     else False)

    def test_export_names_cannot_name_a_path(self):
        client = self.client("admin1")
        for name in ("../../etc/passwd", "..", ".hidden", "a/b.jsonl", "a%2Fb", "x" * 101, "",
                     "tên.jsonl"):
            status, body, _ = client.request("GET", "/api/v1/ledger?filename=" +
                                             urllib.parse.quote(name, safe="%"))
            with self.subTest(name=name):
                self.assert_problem(status, body, 400, "bad-request")
        status, body, response = client.request("GET", "/api/v1/ledger?filename=tinh-2024.jsonl")
        self.assertEqual(status, 200)
        self.assertEqual(response.getheader("Content-Disposition"),
                         'attachment; filename="tinh-2024.jsonl"')
        self.assertEqual(len(body.decode().splitlines()), self.ledger_lines())
        with sqlite3.connect(self.db) as db:
            exported = db.execute("SELECT actor, detail FROM audit WHERE action = "
                                  "'ledger.exported' ORDER BY seq DESC LIMIT 1").fetchone()
        self.assertEqual(exported[0], "admin1")
        self.assertEqual(json.loads(exported[1])["lines"], self.ledger_lines())

    def test_an_upload_is_refused_before_its_body_without_an_admin_session(self):
        for login in (None, "staff1"):
            client = self.client(login) if login else Client(self.server.port)
            connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
            connection.putrequest("POST", "/api/v1/imports")
            connection.putheader("Content-Length", str(4_000_000_000))
            if client.cookie:
                connection.putheader("Cookie", client.cookie)
                connection.putheader("X-CSRF-Token", client.csrf)
            connection.endheaders()  # and not a byte of the announced 4 GB
            response = connection.getresponse()
            body = json.loads(response.read())
            with self.subTest(login=login):
                self.assert_problem(response.status, body, 401 if login is None else 403)
            connection.close()

    def wait_for(self, client, job):
        for _ in range(200):
            status, body, _ = client.request("GET", f"/api/v1/imports/{job}")
            self.assertEqual(status, 200)
            if body["state"] != "running":
                return body
            time.sleep(0.05)
        self.fail("the import did not finish")

    def test_an_upload_is_imported_all_or_nothing(self):
        client = self.client("admin1")
        before = self.ledger_lines()
        bad = "\n".join([
            json.dumps({"type": "org.established", "date": "2024-06-02", "org": "G3",
                        "name": "Chi bộ Gò Ba", "kind": "grassroots_cell", "sector": "xã",
                        "parent": "A"}),
            json.dumps({"type": "member.died", "date": "2024-02-30", "member": "M2"})])
        status, body, _ = client.request("POST", "/api/v1/imports", raw=bad.encode())
        self.assertEqual(status, 202, body)
        result = self.wait_for(client, body["id"])
        self.assertEqual(result["state"], "refused")
        self.assertEqual([(p["line"], p["field"]) for p in result["problems"]], [(2, "date")])
        self.assertEqual(self.ledger_lines(), before)
        status, _, _ = client.request("GET", "/api/v1/orgs/G3")
        self.assertEqual(status, 404)

        good = bad.splitlines()[0]
        status, body, _ = client.request("POST", "/api/v1/imports", raw=good.encode())
        result = self.wait_for(client, body["id"])
        self.assertEqual((result["state"], result["imported"]), ("done", 1))
        self.assertEqual(self.ledger_lines(), before + 1)
        status, org, _ = client.request("GET", "/api/v1/orgs/G3")
        self.assertEqual((status, org["parent"]), (200, "A"))
        status, body, _ = self.client("staff1").request("GET", f"/api/v1/imports/{body['id']}")
        self.assert_problem(status, body, 403, "forbidden")


class UsersTest(ApiFixture):
    def test_added_user_signs_in_and_a_disabled_one_is_signed_out_at_once(self):
        admin = self.client("admin1")
        status, body, _ = admin.request("POST", "/api/v1/users", {
            "login": "clerk2", "password": PASSWORD, "role": "clerk", "org": "H1"})
        self.assertEqual(status, 201, body)
        self.assertEqual(body["org"], "H1")
        clerk = self.client("clerk2")
        status, body, _ = clerk.request("GET", "/api/v1/orgs/H1/members")
        self.assertEqual((status, body["total"]), (200, 3))
        status, _, _ = admin.request("POST", "/api/v1/users/clerk2/disable")
        self.assertEqual(status, 204)
        status, body, _ = clerk.request("GET", "/api/v1/orgs/H1/members")
        self.assert_problem(status, body, 401, "unauthenticated")
        status, _ = Client(self.server.port).login("clerk2")
        self.assertEqual(status, 401)

    def test_refused_user_input_names_the_field(self):
        admin = self.client("admin1")
        for body, field in (({"login": "x", "password": PASSWORD, "role": "staff", "org": "A"},
                             "login"),
                            ({"login": "okname", "password": PASSWORD, "role": "king",
                              "org": "A"}, "role"),
                            ({"login": "okname", "password": PASSWORD, "role": "staff",
                              "org": "NOPE"}, "org"),
                            ({"login": "okname", "password": "short", "role": "staff",
                              "org": "A"}, "password"),
                            ({"login": "staff1", "password": PASSWORD, "role": "staff",
                              "org": "A"}, "login")):
            status, problem, _ = admin.request("POST", "/api/v1/users", body)
            with self.subTest(field=field, body=body):
                self.assert_problem(status, problem, 422, "refused")
                self.assertIn(field, [error["field"] for error in problem["errors"]])

    def test_guessing_ones_own_current_password_is_throttled(self):
        client = self.client("clerk1")
        for _ in range(5):
            status, body, _ = client.request("POST", "/api/v1/users/clerk1/password",
                                             {"password": "mật-khẩu-mới-đủ-dài",
                                              "current_password": "đoán-sai"})
            self.assert_problem(status, body, 422, "refused")
        status, body, _ = client.request("POST", "/api/v1/users/clerk1/password",
                                         {"password": "mật-khẩu-mới-đủ-dài",
                                          "current_password": PASSWORD})
        self.assert_problem(status, body, 429, "too-many-attempts")

    def test_changing_ones_own_password_needs_the_current_one(self):
        client = self.client("inspector1")
        status, body, _ = client.request("POST", "/api/v1/users/inspector1/password",
                                         {"password": "mật-khẩu-mới-đủ-dài", "current_password": "sai"})
        self.assert_problem(status, body, 422, "refused")
        status, _, _ = client.request("POST", "/api/v1/users/inspector1/password",
                                      {"password": "mật-khẩu-mới-đủ-dài",
                                       "current_password": PASSWORD})
        self.assertEqual(status, 204)
        status, _ = Client(self.server.port).login("inspector1", "mật-khẩu-mới-đủ-dài")
        self.assertEqual(status, 201)


class CommandLineUserChangesTest(ApiFixture):
    server_args = ("--recheck-user-seconds", "1")

    def test_a_user_disabled_from_the_command_line_is_signed_out(self):
        client = self.client("staff1")
        tochuc("user", "disable", "--db", self.db, "--login", "staff1")
        time.sleep(1.2)
        status, body, _ = client.request("GET", "/api/v1/session")
        self.assert_problem(status, body, 401, "unauthenticated")
        status, _, _ = self.client("clerk1").request("GET", "/api/v1/session")
        self.assertEqual(status, 200)


class TamperTest(ApiFixture):
    def test_verify_finds_an_edited_or_deleted_audit_entry(self):
        client = self.client("inspector1")
        status, _, _ = client.request("GET", "/api/v1/members/M1")
        self.assertEqual(status, 200)
        admin = self.client("admin1")
        for n in range(3):
            status, _, _ = admin.request("POST", "/api/v1/events", corrected("M2", f"12/12 ({n})"))
            self.assertEqual(status, 201)
        self.assertEqual(self.server.stop(), 0)
        self.assertEqual(tochuc("verify", "--db", self.db).returncode, 0)
        with sqlite3.connect(self.db) as db:
            db.execute("DROP TRIGGER IF EXISTS audit_is_append_only_update")
            db.execute("DROP TRIGGER IF EXISTS audit_is_append_only_delete")
            last = db.execute("SELECT MAX(seq) FROM audit").fetchone()[0]
            db.execute("UPDATE audit SET actor = 'someone-else' WHERE seq = ?", (last - 1,))
        p = tochuc("verify", "--db", self.db, check=False)
        self.assertEqual(p.returncode, 1, p.stdout + p.stderr)
        self.assertIn(f"audit entry {last - 1}", p.stdout + p.stderr)
        with sqlite3.connect(self.db) as db:
            db.execute("DELETE FROM audit WHERE seq = ?", (last,))
        p = tochuc("verify", "--db", self.db, check=False)
        self.assertEqual(p.returncode, 1)
        self.assertIn("ledger", (p.stdout + p.stderr).lower())


class ConfidentialFieldsTest(ApiFixture):
    def test_only_the_inspector_reads_confidential_fields_and_each_read_is_audited(self):
        admin = self.client("admin1")
        status, body, _ = admin.request("POST", "/api/v1/events", {
            "type": "member.corrected", "date": LAST_DATE, "member": "M3",
            "person": {"national_id": "001080012345", "family": "Vợ: Nguyễn Thị Hoa"}})
        self.assertEqual(status, 201, body)
        for login in ("admin1", "staff1", "clerk1"):
            status, record, _ = self.client(login).request("GET", "/api/v1/members/M3")
            self.assertEqual(status, 200)
            self.assertFalse(CONFIDENTIAL & set(keys_in(record)), login)
            self.assertEqual(record["record"]["name"], "Lê Văn Đông")
            self.assertEqual(len(record["history"]), 2)
        with sqlite3.connect(self.db) as db:
            reads_before = db.execute("SELECT COUNT(*) FROM audit WHERE action = "
                                      "'member.confidential_read'").fetchone()[0]
        status, record, _ = self.client("inspector1").request("GET", "/api/v1/members/M3")
        self.assertEqual(status, 200)
        self.assertEqual(record["record"]["national_id"], "001080012345")
        self.assertEqual(record["history"][-1]["event"]["person"]["family"], "Vợ: Nguyễn Thị Hoa")
        self.assertEqual(record["history"][0]["event"]["remark"], "ghi chú mật")
        with sqlite3.connect(self.db) as db:
            rows = db.execute("SELECT actor, subject, detail FROM audit WHERE action = "
                              "'member.confidential_read'").fetchall()
        self.assertEqual(len(rows), reads_before + 1)
        self.assertEqual(rows[-1][:2], ("inspector1", "M3"))
        self.assertEqual(json.loads(rows[-1][2])["fields"], ["family", "national_id", "remark"])


class SessionsTest(ApiFixture):
    def test_state_changes_need_the_sessions_csrf_token(self):
        client = self.client("staff1")
        before = self.ledger_lines()
        for headers in ({"X-CSRF-Token": ""}, {"X-CSRF-Token": "x" * 43}):
            status, body, _ = client.request("POST", "/api/v1/events", corrected("M1", "9/12"),
                                             headers=headers)
            self.assert_problem(status, body, 403, "csrf")
            status, body, _ = client.request("DELETE", "/api/v1/session", headers=headers)
            self.assert_problem(status, body, 403, "csrf")
        self.assertEqual(self.ledger_lines(), before)
        status, _, _ = client.request("GET", "/api/v1/session")
        self.assertEqual(status, 200)

    def test_logout_ends_the_session(self):
        client = self.client("clerk1")
        cookie = client.cookie
        status, _, response = client.request("DELETE", "/api/v1/session")
        self.assertEqual(status, 204)
        self.assertIn("Max-Age=0", response.getheader("Set-Cookie"))
        client.cookie = cookie  # a stolen copy of the old cookie is worth nothing
        status, body, _ = client.request("GET", "/api/v1/session")
        self.assert_problem(status, body, 401, "unauthenticated")

    def test_the_cookie_is_http_only_and_same_site_strict(self):
        client = Client(self.server.port)
        status, _, response = client.request("POST", "/api/v1/session",
                                             {"login": "staff1", "password": PASSWORD})
        self.assertEqual(status, 201)
        cookie = response.getheader("Set-Cookie")
        self.assertIn("HttpOnly", cookie)
        self.assertIn("SameSite=Strict", cookie)
        self.assertNotIn("Secure", cookie)

    def test_wrong_password_and_unknown_login_get_the_same_answer(self):
        _, wrong = Client(self.server.port).login("inspector1", "sai-mat-khau-roi")
        _, unknown = Client(self.server.port).login("khong-co-ai", "sai-mat-khau-roi")
        self.assertEqual(wrong, unknown)
        self.assertEqual(wrong["status"], 401)

    def test_repeated_failures_lock_the_account_for_a_while(self):
        for _ in range(5):
            status, _ = Client(self.server.port).login("member1", "sai-mat-khau-roi")
            self.assertEqual(status, 401)
        client = Client(self.server.port)
        status, body, response = client.request("POST", "/api/v1/session",
                                                {"login": "member1", "password": PASSWORD})
        self.assert_problem(status, body, 429, "too-many-attempts")
        self.assertGreater(int(response.getheader("Retry-After")), 0)
        status, _ = Client(self.server.port).login("admin1")  # other accounts are not locked
        self.assertEqual(status, 201)


class ExpiryTest(ApiFixture):
    server_args = ("--session-idle-seconds", "1", "--session-lifetime-seconds", "3")

    def test_an_idle_session_expires(self):
        client = self.client("staff1")
        time.sleep(1.5)
        status, body, _ = client.request("GET", "/api/v1/session")
        self.assert_problem(status, body, 401, "unauthenticated")

    def test_a_busy_session_expires_at_its_lifetime(self):
        client = self.client("staff1")
        start = time.monotonic()
        while time.monotonic() - start < 2.5:
            status, _, _ = client.request("GET", "/api/v1/session")
            self.assertEqual(status, 200)
            time.sleep(0.4)
        time.sleep(0.8)
        status, body, _ = client.request("GET", "/api/v1/session")
        self.assert_problem(status, body, 401, "unauthenticated")


class RecordingTest(ApiFixture):
    def test_an_admission_shows_in_the_reports_before_the_response_returns(self):
        client = self.client("clerk1")
        query = "/api/v1/reports/stock-flow?org=G1&from=2024-01-01&to=2024-12-31"
        _, before, _ = client.request("GET", query)
        status, body, _ = client.request("POST", "/api/v1/events", {
            "type": "member.admitted", "date": "2024-07-01", "member": "M8", "org": "G1",
            "doc": "12-QĐ/ĐU",
            "person": {"name": "Ngô Thị Yến", "sex": "F", "born_on": "2001-02-03",
                       "ethnicity": "Kinh", "religion": "none", "education": "12/12",
                       "theory_level": "elementary", "youth_union": True}})
        self.assertEqual(status, 201, body)
        _, after, _ = client.request("GET", query)
        self.assertEqual(after["total"]["admitted"], before["total"]["admitted"] + 1)
        self.assertEqual(after["total"]["closing"], before["total"]["closing"] + 1)
        status, record, _ = client.request("GET", "/api/v1/members/M8")
        self.assertEqual(status, 200)
        self.assertEqual(record["history"][0]["recorded_by"], "clerk1")
        self.assertEqual(record["history"][0]["event"]["doc"], "12-QĐ/ĐU")

    def test_a_back_dated_event_goes_where_it_belongs(self):
        client = self.client("staff1")
        status, body, _ = client.request("POST", "/api/v1/events", {
            "type": "member.exempted", "date": "2023-03-01", "member": "M4"})
        self.assertEqual(status, 201, body)
        self.assertTrue(body["replayed"])
        _, composition, _ = client.request("GET", "/api/v1/reports/composition?org=G1&on=2023-12-31")
        self.assertEqual(composition["exempted"], 1)

    def test_a_back_dated_event_that_breaks_a_later_line_is_refused(self):
        client = self.client("staff1")
        status, body, _ = client.request("POST", "/api/v1/events", {
            "type": "member.exempted", "date": "2024-08-01", "member": "M5"})
        self.assertEqual(status, 201, body)
        before = self.ledger_lines()
        status, body, _ = client.request("POST", "/api/v1/events", {
            "type": "member.died", "date": "2023-01-01", "member": "M5"})
        self.assert_problem(status, body, 422, "refused")
        self.assertIn("sẽ không còn đúng", body["errors"][0]["message"])
        self.assertIn("would no longer hold", body["errors"][0]["message_en"])
        self.assertEqual(self.ledger_lines(), before)
        status, record, _ = client.request("GET", "/api/v1/members/M5")
        self.assertEqual(record["record"]["standing"], "active")

    def test_a_rule_breaking_event_is_refused_with_the_imports_reason(self):
        client = self.client("clerk1")
        before = self.ledger_lines()
        status, body, _ = client.request("POST", "/api/v1/events", {
            "type": "member.admitted", "date": "2024-07-01", "member": "M9", "org": "G1",
            "person": {"name": "Trẻ Quá", "sex": "M", "born_on": "2010-01-01",
                       "ethnicity": "Kinh", "religion": "none", "education": "9/12",
                       "theory_level": "none", "youth_union": True}})
        self.assert_problem(status, body, 422, "refused")
        self.assertEqual(body["errors"], [{
            "field": "person.born_on",
            "message": "tuổi khi kết nạp là 14 năm 6 tháng; phải từ đủ 18 đến 60 tuổi",
            "message_en": "age at admission is 14 years 6 months; it must be between 18 and 60 "
                          "years"}])
        self.assertEqual(self.ledger_lines(), before)

    def test_org_events_and_member_events_keep_the_projection_true(self):
        client = self.client("staff1")
        for event in (
                {"type": "org.established", "date": LAST_DATE, "org": "G9", "name": "Chi bộ Gò Chín",
                 "kind": "grassroots_cell", "sector": "xã", "parent": "A"},
                {"type": "org.renamed", "date": LAST_DATE, "org": "G9", "name": "Chi bộ Gò Mới"},
                {"type": "member.transferred", "date": LAST_DATE, "member": "M6", "to": "G9"},
                {"type": "org.merged", "date": LAST_DATE, "orgs": ["G9"], "into": "G2"},
                {"type": "org.established", "date": LAST_DATE, "org": "G8", "name": "Chi bộ Gò Tám",
                 "kind": "grassroots_cell", "sector": "xã", "parent": "A"},
                {"type": "org.dissolved", "date": LAST_DATE, "org": "G8"}):
            status, body, _ = client.request("POST", "/api/v1/events", event)
            self.assertEqual(status, 201, (event, body))
        status, org, _ = client.request("GET", "/api/v1/orgs/G2")
        self.assertEqual((status, org["members"]), (200, 1))
        # A merged org leaves today's tree (its figures are the receiving org's);
        # a dissolved one stays under its parent, counted apart from the live ones.
        status, parent, _ = client.request("GET", "/api/v1/orgs/A")
        status, children, _ = client.request("GET", "/api/v1/orgs/A/children")
        self.assertNotIn("G9", [c["code"] for c in children["orgs"]])
        dissolved = [c for c in children["orgs"] if c["code"] == "G8"]
        self.assertEqual([(c["life"], c["ended_on"]) for c in dissolved], [("dissolved", LAST_DATE)])
        self.assertEqual(parent["children"], len(children["orgs"]))
        self.assertEqual(parent["live_children"],
                         len([c for c in children["orgs"] if c["life"] == "alive"]))
        self.assertEqual(parent["live_children"], parent["children"] - 1)
        with sqlite3.connect(self.db) as db:
            self.assertEqual(db.execute("SELECT name, life, merged_into FROM orgs WHERE code = 'G9'")
                             .fetchone(), ("Chi bộ Gò Mới", "merged", "G2"))
        p = tochuc("verify", "--db", self.db, check=False)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)

    def test_a_clerk_cannot_record_org_events(self):
        status, body, _ = self.client("clerk1").request("POST", "/api/v1/events", {
            "type": "org.renamed", "date": LAST_DATE, "org": "G1", "name": "Chi bộ mới"})
        self.assert_problem(status, body, 403, "forbidden")


class BadRequestTest(ApiFixture):
    def assert_refused(self, expected_status, **kwargs):
        client = self.client("admin1")
        before = self.ledger_lines()
        status, body, _ = client.request("POST", "/api/v1/events", **kwargs)
        self.assertEqual(status, expected_status, body)
        self.assertEqual(body["status"], expected_status)
        self.assertTrue(body["title"])
        self.assertEqual(self.ledger_lines(), before)
        return body

    def test_malformed_json(self):
        self.assert_refused(400, raw=b'{"type": "member.died",', headers={
            "Content-Type": "application/json"})

    def test_invalid_utf8(self):
        self.assert_refused(400, raw=b'{"type": "member.died", "date": "2024-06-01", '
                            b'"member": "M\xff\xfe"}', headers={"Content-Type": "application/json"})

    def test_huge_body(self):
        self.assert_refused(413, raw=b'{"note": "' + b"x" * (2 << 20) + b'"}',
                            headers={"Content-Type": "application/json"})

    def test_unknown_field(self):
        body = self.assert_refused(400, body={"type": "member.died", "date": LAST_DATE,
                                              "member": "M5", "cause": "x"})
        self.assertEqual(body["errors"][0]["field"], "cause")

    def test_unknown_person_field(self):
        body = self.assert_refused(400, body={"type": "member.corrected", "date": LAST_DATE,
                                              "member": "M5", "person": {"shoe_size": 42}})
        self.assertEqual(body["errors"][0]["field"], "person.shoe_size")

    def test_wrong_types(self):
        body = self.assert_refused(422, body={"type": "member.died", "date": 20240601,
                                              "member": "M5"})
        self.assertEqual(body["errors"][0]["field"], "date")

    def test_not_json_at_all(self):
        self.assert_refused(415, raw=b"member died", headers={"Content-Type": "text/plain"})

    def test_unknown_query_parameter_and_bad_dates(self):
        client = self.client("admin1")
        status, body, _ = client.request("GET", "/api/v1/reports/orgs?org=P&on=2024-12-31&x=1")
        self.assert_problem(status, body, 400, "bad-request")
        status, body, _ = client.request("GET", "/api/v1/reports/orgs?org=P&on=2024-02-30")
        self.assert_problem(status, body, 400, "bad-request")
        status, body, _ = client.request("GET", "/api/v1/orgs/P/members?limit=100000")
        self.assert_problem(status, body, 400, "bad-request")

    def test_unknown_routes_and_methods(self):
        client = self.client("admin1")
        status, body, _ = client.request("GET", "/api/v1/../../etc/passwd")
        self.assertIn(status, (400, 404))
        status, body, _ = client.request("PUT", "/api/v1/session")
        self.assert_problem(status, body, 405, "method-not-allowed")
        status, body, _ = client.request("GET", "/api/v1/nothing")
        self.assert_problem(status, body, 404, "no-such-route")


class BrowsingTest(ApiFixture):
    def test_children_with_member_counts(self):
        status, body, _ = self.client("admin1").request("GET", "/api/v1/orgs/P/children")
        self.assertEqual(status, 200)
        counts = {org["code"]: (org["members"], org["children"]) for org in body["orgs"]}
        self.assertEqual(counts, {"A": (7, 2), "B": (3, 1)})

    def test_member_search_ignores_case_and_diacritics(self):
        client = self.client("staff1")
        status, body, _ = client.request("GET", "/api/v1/orgs/A/members?search=nguyen%20van%20duc")
        self.assertEqual(status, 200)
        self.assertEqual([m["member"] for m in body["members"]], ["M1"])  # N1 is outside A
        status, body, _ = client.request("GET", "/api/v1/orgs/A/members?limit=2&offset=1")
        self.assertEqual(body["total"], 7)
        self.assertEqual(len(body["members"]), 2)


class FormDownloadTest(ApiFixture):
    def test_each_report_downloads_on_its_form_as_xlsx_and_pdf(self):
        client = self.client("clerk1")
        for query, stem in (("stock-flow?org=G1&from=2024-01-01&to=2024-12-31",
                             "stock-flow-G1-2024-01-01_2024-12-31"),
                            ("composition?org=G1&on=2024-06-30", "composition-G1-2024-06-30"),
                            ("admissions?org=G1&from=2024-01-01&to=2024-12-31",
                             "admissions-G1-2024-01-01_2024-12-31"),
                            ("orgs?org=G1&on=2024-06-30", "orgs-G1-2024-06-30")):
            for fmt, kind, magic in (
                    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     b"PK"),
                    ("pdf", "application/pdf", b"%PDF")):
                status, body, response = client.request(
                    "GET", f"/api/v1/reports/{query}&format={fmt}")
                self.assertEqual(status, 200, (query, fmt, body))
                self.assertEqual(response.getheader("Content-Type"), kind)
                self.assertEqual(response.getheader("Content-Disposition"),
                                 f'attachment; filename="{stem}.{fmt}"')
                self.assertTrue(body.startswith(magic), (query, fmt))
        # The JSON stays the default and unchanged.
        status, body, _ = client.request(
            "GET", "/api/v1/reports/stock-flow?org=G1&from=2024-01-01&to=2024-12-31&format=json")
        self.assertEqual((status, body["org"]), (200, "G1"))

    def test_a_form_outside_the_scope_or_in_an_unknown_format_is_refused(self):
        client = self.client("clerk1")
        status, body, _ = client.request(
            "GET", "/api/v1/reports/orgs?org=H1&on=2024-06-30&format=pdf")
        self.assert_problem(status, body, 404, "not-found")
        status, body, _ = client.request(
            "GET", "/api/v1/reports/orgs?org=G1&on=2024-06-30&format=docx")
        self.assert_problem(status, body, 400, "bad-request")
        self.assertEqual([e["field"] for e in body["errors"]], ["format"])


class ReportReviewTest(ApiFixture):
    def test_submit_return_resubmit_approve_lock_and_a_late_event_leaves_the_lock(self):
        admin = self.client("admin1")
        status, body, _ = admin.request("POST", "/api/v1/users", {
            "login": "staff0", "password": PASSWORD, "role": "staff", "org": "P"})
        self.assertEqual(status, 201, body)
        above, unit = self.client("staff0"), self.client("staff1")
        status, body, _ = unit.request("POST", "/api/v1/report-periods", {
            "title": "Năm 2024", "from": "2024-01-01", "to": "2024-12-31"})
        self.assert_problem(status, body, 403, "forbidden")
        status, period, _ = admin.request("POST", "/api/v1/report-periods", {
            "title": "Năm 2024", "from": "2024-01-01", "to": "2024-12-31"})
        self.assertEqual((status, period["title"], period["to"]), (201, "Năm 2024", "2024-12-31"))
        steps = f"/api/v1/report-periods/{period['id']}/units/A/steps"

        def act(client, action, comment=None):
            body = {"action": action} | ({"comment": comment} if comment is not None else {})
            return client.request("POST", steps, body)

        self.assertEqual(act(unit, "submit")[1], {"status": "submitted"})
        status, body, _ = act(unit, "approve")
        self.assert_problem(status, body, 403, "forbidden")
        self.assertIn("cấp trên", body["title"])
        status, body, _ = act(above, "return", "  ")
        self.assert_problem(status, body, 400, "bad-request")
        self.assertEqual([e["field"] for e in body["errors"]], ["comment"])
        self.assertEqual(act(above, "return", "Thiếu số liệu G2")[1], {"status": "returned"})
        self.assertEqual(act(unit, "submit")[1], {"status": "submitted"})
        self.assertEqual(act(above, "approve")[1], {"status": "approved"})
        status, body, _ = act(unit, "submit")
        self.assert_problem(status, body, 403, "forbidden")
        self.assertIn("khóa", body["title"])

        board_path = f"/api/v1/report-periods/{period['id']}/board?org=P"
        status, board, _ = above.request("GET", board_path)
        self.assertEqual(status, 200, board)
        self.assertEqual([u["org"] for u in board["units"]], ["P", "A", "B"])
        a = board["units"][1]
        self.assertEqual((a["status"], a["locked"]), ("approved", True))
        self.assertEqual([s["action"] for s in a["steps"]], ["submit", "return", "submit", "approve"])
        self.assertEqual(a["steps"][1]["comment"], "Thiếu số liệu G2")
        locked = a["submitted"]["stock_flow"]["total"]["closing"]
        self.assertEqual(board["units"][2]["status"], "not_submitted")

        # An admission dated inside the locked year, recorded afterwards.
        status, body, _ = admin.request("POST", "/api/v1/events", {
            "type": "member.admitted", "date": "2024-08-01", "member": "M9", "org": "G1",
            "person": {"name": "Lý Văn Muộn", "sex": "M", "born_on": "1999-09-09",
                       "ethnicity": "Kinh", "religion": "none", "education": "12/12",
                       "theory_level": "none", "youth_union": True}})
        self.assertEqual(status, 201, body)
        _, board, _ = above.request("GET", board_path)
        self.assertEqual(board["units"][1]["submitted"]["stock_flow"]["total"]["closing"], locked)
        # The board counts the line against A; P and B are not locked.
        self.assertEqual([u.get("corrections") for u in board["units"]], [None, 1, None])
        _, live, _ = above.request(
            "GET", "/api/v1/reports/stock-flow?org=A&from=2024-01-01&to=2024-12-31")
        self.assertEqual(live["total"]["closing"], locked + 1)

        # Listed among the corrections to A's locked report, with who recorded it.
        status, corrections, _ = above.request(
            "GET", f"/api/v1/report-periods/{period['id']}/corrections?org=A")
        self.assertEqual(status, 200, corrections)
        self.assertTrue(corrections["locked"] and corrections["lines_known"])
        self.assertEqual(corrections["locked_figures"]["closing"], locked)
        self.assertEqual(corrections["figures_now"]["closing"], locked + 1)
        self.assertEqual([(line["member"], line["member_name"], line["date"], line["recorded_by"])
                          for line in corrections["lines"]],
                         [("M9", "Lý Văn Muộn", "2024-08-01", "admin1")])
        _, b_corrections, _ = above.request(
            "GET", f"/api/v1/report-periods/{period['id']}/corrections?org=B")
        self.assertEqual((b_corrections["locked"], "lines" in b_corrections), (False, False))
        # The next year opens against the locked closing, the late line as the adjustment.
        _, next_year, _ = above.request(
            "GET", "/api/v1/reports/stock-flow?org=A&from=2025-01-01&to=2025-12-31")
        carried = next_year["locked_before"]
        self.assertEqual((carried["period"], carried["title"], carried["closing"], carried["adjustment"]),
                         (period["id"], "Năm 2024", locked, 1))
        self.assertEqual(carried["closing"] + carried["adjustment"], next_year["total"]["opening"])
        self.assertEqual(len(carried["rows"]), len(next_year["rows"]))
        locked_rows = {r["org"]: r["closing"] for r in a["submitted"]["stock_flow"]["rows"]}
        self.assertTrue(locked_rows)
        for row, carried_row in zip(next_year["rows"], carried["rows"]):
            self.assertEqual(carried_row["org"], row["org"])
            self.assertEqual(carried_row["closing"], locked_rows.get(row["org"], 0))
            self.assertEqual(carried_row["closing"] + carried_row["adjustment"], row["opening"])
        # By today's tree the opening moves with every reorganization: no carry.
        _, today_tree, _ = above.request(
            "GET", "/api/v1/reports/stock-flow?org=A&from=2025-01-01&to=2025-12-31&structure=today")
        self.assertNotIn("locked_before", today_tree)
        _, other_year, _ = above.request(
            "GET", "/api/v1/reports/stock-flow?org=A&from=2025-02-01&to=2025-12-31")
        self.assertNotIn("locked_before", other_year)
        # The form says so under its table.
        status, pdf, _ = above.request(
            "GET", "/api/v1/reports/stock-flow?org=A&from=2025-01-01&to=2025-12-31&format=pdf")
        self.assertEqual(status, 200)
        text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                              check=True).stdout.decode()
        self.assertIn("điều chỉnh +1 đảng viên", " ".join(text.split()))
        self.assertIn('"Năm 2024"', text)

    def test_a_board_outside_the_scope_is_not_found(self):
        admin = self.client("admin1")
        _, period, _ = admin.request("POST", "/api/v1/report-periods", {
            "title": "Quý I năm 2024", "from": "2024-01-01", "to": "2024-03-31"})
        clerk = self.client("clerk1")
        status, body, _ = clerk.request("GET", f"/api/v1/report-periods/{period['id']}/board?org=A")
        self.assert_problem(status, body, 404, "not-found")
        status, body, _ = clerk.request("GET", f"/api/v1/report-periods/{period['id']}/board?org=G1")
        self.assertEqual((status, [u["org"] for u in body["units"]]), (200, ["G1"]))
        status, body, _ = clerk.request("GET", "/api/v1/report-periods/999/board?org=G1")
        self.assert_problem(status, body, 404, "not-found")
        status, body, _ = admin.request("POST", f"/api/v1/report-periods/{period['id']}/units/A/steps",
                                        {"action": "lock"})
        self.assert_problem(status, body, 400, "bad-request")
        status, body, _ = admin.request("POST", "/api/v1/report-periods", {
            "title": "Quý II", "from": "2024-04-01", "to": "2024-06-31"})
        self.assert_problem(status, body, 400, "bad-request")
        self.assertEqual([e["field"] for e in body["errors"]], ["to"])


class ShutdownTest(ApiFixture):
    def test_sigterm_finishes_the_request_in_progress(self):
        results = []

        def slow_sign_in():  # hashing a password takes a tenth of a second
            results.append(Client(self.server.port).login("staff1")[0])

        thread = threading.Thread(target=slow_sign_in)
        thread.start()
        time.sleep(0.03)
        self.assertEqual(self.server.stop(), 0)
        thread.join(timeout=10)
        self.assertEqual(results, [201])
        self.assertTrue(any("POST /api/v1/session 201" in line for line in self.server.log),
                        self.server.log)


if __name__ == "__main__":
    TOCHUC = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
