"""Replays a ledger (../shared/ledger-format.md) into the fact tables the SQL
baselines query: plain facts, no report answers.

An independent second reading of the contract, so that the comparison checks
tochuc's engine and not a copy of it. It assumes a valid ledger (one that
`tochuc import` accepted) and checks no rules.

Files written (CSV with a header; an empty field is NULL):
  orgs.csv     code, kind, life, parent, counts_as: every org after the last
               event, placed in today's tree as `--structure today` defines
               it: `parent` is the parent node (an org merged away is no node
               and has none; a parent that was merged away is replaced by the
               end of its merges; a dissolved org keeps the parent it had),
               `counts_as` is the node where the org's members count (itself,
               or for an org merged away the end of its merges).
  members.csv  member, sex, born_on, ethnicity, religion, education,
               theory_level, youth_union (1/0): the person with every
               correction applied (a return from outside replaces it);
               admitted_on, entered_on: the admission date given by the
               member's first event (its date for member.admitted) and that
               event's date, the start of party age.
  spells.csv   member, org, status, exempted (1/0), from_day, to_day: the
               member is active, placed directly in `org`, with that status
               and exemption, at the end of every day d with
               from_day <= d < to_day (to_day 9999-12-31: still so).
               Same-day changes collapse to the state at the end of the day.
  events.csv   day, kind, member, from_org, to_org: one row per member event
               that brings a member in, takes one out or moves one; kind is
               the event type without "member." (admitted, readmitted,
               registered, transferred_in, transferred, transferred_out,
               removed, expelled, died, probation_removed); from_org is the
               member's org before (empty when the member was not active),
               to_org after (empty when no longer active).

Events apply in effective order: by date, then in file order.
"""

import csv
import json
import os
import unicodedata

kOpenEnd = "9999-12-31"
kFlowKinds = {
    "member.admitted", "member.readmitted", "member.registered", "member.transferred_in",
    "member.transferred", "member.transferred_out", "member.removed", "member.expelled",
    "member.died", "member.probation_removed",
}
kLeaving = {
    "member.transferred_out", "member.removed", "member.expelled", "member.died",
    "member.probation_removed",
}
kPersonFields = ("sex", "born_on", "ethnicity", "religion", "education", "theory_level",
                 "youth_union")


class _Disorder(Exception):
    """The file is not in date order: read it again, sorted."""


def _in_file_order(path):
    """Yields the ledger's events; raises _Disorder at the first event dated
    before the one above it."""
    last_date = ""
    with open(path, encoding="utf-8-sig") as ledger:
        for line in ledger:
            if not line.strip():
                continue
            event = json.loads(line)
            if event["date"] < last_date:
                raise _Disorder()
            last_date = event["date"]
            yield event


def _in_date_order(path):
    with open(path, encoding="utf-8-sig") as ledger:
        events = [json.loads(line) for line in ledger if line.strip()]
    # A stable sort keeps file order among events of the same date.
    return sorted(events, key=lambda event: event["date"])


def _nfc(text):
    # tochuc stores text NFC-normalized; compare like with like.
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


class _Member:
    __slots__ = ("org", "status", "exempted", "active", "since")

    def __init__(self):
        self.org, self.status, self.exempted, self.active, self.since = None, None, 0, False, None


class _Replay:
    def __init__(self, out_dir):
        self.orgs = {}  # code -> [kind, parent, life, merged_into]
        self.children = {}  # code -> set of live children
        self.org_members = {}  # code -> set of active members placed directly
        self.members = {}  # id -> _Member
        self.persons = {}  # id -> dict of kPersonFields
        self.party_start = {}  # id -> (admitted_on, entered_on)
        self.files = [open(os.path.join(out_dir, name), "w", newline="")
                      for name in ("spells.csv", "events.csv")]
        self.spells, self.events = (csv.writer(file) for file in self.files)
        self.spells.writerow(["member", "org", "status", "exempted", "from_day", "to_day"])
        self.events.writerow(["day", "kind", "member", "from_org", "to_org"])

    # --- members -------------------------------------------------------------
    def _change(self, member_id, member, day, **state):
        """Sets the member's state from `day` on, closing the spell that held
        until the day before (a state set earlier the same day never held at
        the end of a day, so it leaves no spell)."""
        if member.active and member.since < day:
            self.spells.writerow([member_id, member.org, member.status, member.exempted,
                                  member.since, day])
        if member.active:
            self.org_members[member.org].discard(member_id)
        for name, value in state.items():
            setattr(member, name, value)
        if member.active:
            self.org_members.setdefault(member.org, set()).add(member_id)
        member.since = day

    def member_event(self, event):
        kind, member_id, day = event["type"], event["member"], event["date"]
        member = self.members.get(member_id)
        if member is None:
            member = self.members[member_id] = _Member()
        from_org = member.org if member.active else None

        if kind in ("member.registered", "member.admitted", "member.transferred_in"):
            person = event["person"]
            self.persons[member_id] = {
                field: _nfc(person[field]) if isinstance(person[field], str) else person[field]
                for field in kPersonFields}
            if member_id not in self.party_start:
                self.party_start[member_id] = (event.get("admitted_on") or day, day)
            status = "probationary" if kind == "member.admitted" else event["status"]
            self._change(member_id, member, day, org=event["org"], status=status, exempted=0,
                         active=True)
        elif kind == "member.readmitted":
            self._change(member_id, member, day, org=event["org"], status="probationary",
                         exempted=0, active=True)
        elif kind == "member.transferred":
            self._change(member_id, member, day, org=event["to"])
        elif kind in kLeaving:
            self._change(member_id, member, day, active=False, exempted=0)
        elif kind == "member.recognized_official":
            self._change(member_id, member, day, status="official")
        elif kind == "member.exempted":
            self._change(member_id, member, day, exempted=1)
        elif kind == "member.exemption_ended":
            self._change(member_id, member, day, exempted=0)
        elif kind == "member.corrected":
            for field, value in event["person"].items():
                if field in kPersonFields:
                    self.persons[member_id][field] = _nfc(value) if isinstance(value, str) else value

        if kind in kFlowKinds:
            to_org = member.org if member.active else None
            self.events.writerow([day, kind[len("member."):], member_id, from_org or "",
                                  to_org or ""])

    # --- organizations -------------------------------------------------------
    def _detach(self, code):
        parent = self.orgs[code][1]
        if parent:
            self.children[parent].discard(code)

    def org_event(self, event):
        kind, day = event["type"], event["date"]
        if kind == "org.established":
            code, parent = event["org"], event.get("parent")
            self.orgs[code] = [event["kind"], parent, "alive", None]
            self.children[code] = set()
            if parent:
                self.children[parent].add(code)
        elif kind == "org.moved":
            code = event["org"]
            self._detach(code)
            self.orgs[code][1] = event["parent"]
            self.children[event["parent"]].add(code)
        elif kind == "org.merged":
            into = event["into"]
            for code in event["orgs"]:
                for member_id in sorted(self.org_members.get(code, ())):
                    self._change(member_id, self.members[member_id], day, org=into)
                for child in sorted(self.children[code]):
                    self.orgs[child][1] = into
                    self.children[into].add(child)
                self.children[code].clear()
                self._detach(code)
                self.orgs[code][2:] = ["merged", into]
        elif kind == "org.dissolved":
            self._detach(event["org"])
            self.orgs[event["org"]][2] = "dissolved"

    # --- the end -------------------------------------------------------------
    def close(self):
        for file in self.files:
            file.close()

    def finish(self, out_dir):
        for member_id, member in self.members.items():
            if member.active:
                self.spells.writerow([member_id, member.org, member.status, member.exempted,
                                      member.since, kOpenEnd])
        self.close()

        def counts_as(code):  # the end of the org's merges
            while self.orgs[code][2] == "merged":
                code = self.orgs[code][3]
            return code

        with open(os.path.join(out_dir, "orgs.csv"), "w", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["code", "kind", "life", "parent", "counts_as"])
            for code, (kind, parent, life, _) in self.orgs.items():
                node_parent = counts_as(parent) if parent and life != "merged" else ""
                writer.writerow([code, kind, life, node_parent, counts_as(code)])

        with open(os.path.join(out_dir, "members.csv"), "w", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["member", *kPersonFields, "admitted_on", "entered_on"])
            for member_id, person in self.persons.items():
                values = [person[field] for field in kPersonFields]
                values[-1] = 1 if values[-1] else 0  # youth_union
                writer.writerow([member_id, *values, *self.party_start[member_id]])


def write_facts(ledger_path, out_dir):
    """Replays the ledger at `ledger_path` and writes the four CSV files into
    `out_dir`. Returns the number of events replayed."""
    try:
        # Streaming, in constant memory but for the state: `tochuc generate`
        # writes in date order.
        return _replay(_in_file_order(ledger_path), out_dir)
    except _Disorder:
        return _replay(_in_date_order(ledger_path), out_dir)


def _replay(events, out_dir):
    replay = _Replay(out_dir)
    try:
        count = 0
        for event in events:
            count += 1
            if event["type"].startswith("org."):
                replay.org_event(event)
            else:
                replay.member_event(event)
        replay.finish(out_dir)
        return count
    finally:
        replay.close()
