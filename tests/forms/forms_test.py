#!/usr/bin/env python3
"""The report forms (forms/*.json) as the offices file them: each report of
the demo province (75,000 members, as scripts/demo generates it) written
with --xlsx and --pdf. The workbook is read back
by an independent reader (openpyxl), the PDF's text by poppler's pdftotext;
every number is checked against the report's JSON through the form's own
definition. Each PDF's pages are also drawn as images (pdftoppm) into
IMAGE_DIR, to be looked at.

usage: forms_test.py PATH/TO/tochuc PATH/TO/forms IMAGE_DIR
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
import zipfile

import openpyxl

TOCHUC = None
FORMS = None
IMAGES = None
YEAR = "2025"


def run(*args, check=True):
    p = subprocess.run([TOCHUC, *args], capture_output=True, text=True)
    if check and p.returncode != 0:
        raise AssertionError(f"tochuc {' '.join(args)} exited {p.returncode}: {p.stderr}")
    return p


def form(name):
    with open(os.path.join(FORMS, f"{name}.json"), encoding="utf-8") as f:
        return json.load(f)


def leaves(columns):
    for column in columns:
        if "columns" in column:
            yield from leaves(column["columns"])
        else:
            yield column["figure"]


INCREASES = ["admitted", "readmitted", "registered", "transferred_in", "reorganized_in"]
DECREASES = ["transferred_out", "reorganized_out", "removed", "expelled", "died",
             "probation_removed"]


def figure(row, name):
    if name == "increases":
        return sum(row[k] for k in INCREASES)
    if name == "decreases":
        return sum(row[k] for k in DECREASES)
    return row[name]


def vietnamese(number):
    """74127 -> "74.127", as the PDF prints it."""
    return f"{number:,}".replace(",", ".")


def with_comma(share):
    """36.8 -> "36,8"."""
    return f"{share:.1f}".replace(".", ",")


class Pdf:
    """The text of a written form, page by page (pdftotext -layout)."""

    def __init__(self, path):
        self.text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                                   text=True, check=True).stdout
        self.pages = self.text.split("\f")[:-1]
        # The charts come after the form, on pages of their own.
        self.form_pages = [p for p in self.pages if "BIỂU ĐỒ KÈM THEO" not in p]
        self.chart_text = "\n".join(p for p in self.pages if "BIỂU ĐỒ KÈM THEO" in p)

    def has_bar(self, label, number):
        """A chart's bar: its label (a long one wraps onto the next lines,
        its words in order), then, on the label's first line, its number."""
        words = label.split()
        if not re.search(r"\s+(?:[\d.]+\s+)*".join(map(re.escape, words)), self.chart_text):
            return False
        return any(re.search(r"(^|\s)" + r"\s+".join(map(re.escape, words[:n])) + r"\s+" +
                             re.escape(vietnamese(number)) + r"(\s|$)", self.chart_text,
                             re.MULTILINE) for n in range(len(words), 0, -1))

    def has_row(self, label, *cells):
        """A row: its label's first line followed by the cells (a long label
        wraps onto the next lines, and its words are all there, in order)."""
        words = label.split()
        # Between two words of a wrapped label: the rest of its first line's cells.
        between = r"\s+(?:[\d.,]+\s+)*"
        if not re.search(between.join(map(re.escape, words)), self.text):
            return False
        numbers = r"\s+".join(re.escape(cell) for cell in cells)
        first = re.escape(words[0])
        return re.search(r"^\s*" + first + r"\b[^\n]*?\s" + numbers + r"(\s|$)", self.text,
                         re.MULTILINE) is not None

    def has_line(self, *cells):
        """A line holding the cells in order, separated by spaces only."""
        pattern = r"\s+".join(re.escape(cell) for cell in cells)
        return re.search(r"(^|\s)" + pattern + r"(\s|$)", self.text, re.MULTILINE) is not None


class Workbook:
    """The cells of a written form: the top lines, then the body under the
    row of column numbers (A, 1, 2, ...)."""

    def __init__(self, path):
        self.sheet = openpyxl.load_workbook(path).active
        self.rows = [list(r) for r in self.sheet.iter_rows(values_only=True)]
        self.numbers_row = next(i for i, r in enumerate(self.rows) if r[0] == "A")
        body = self.rows[self.numbers_row + 1:]
        self.body = body[:next(i for i, r in enumerate(body) if all(v is None for v in r))]


class FormsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        ledger = os.path.join(cls.tmp.name, "province.jsonl")
        cls.db = os.path.join(cls.tmp.name, "province.db")
        # The demo province, as scripts/demo makes it.
        run("generate", "--members", "75000", "--seed", "1", "-o", ledger)
        run("import", "--db", cls.db, ledger)
        cls.root = "T"

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def report(self, name, *args):
        xlsx = os.path.join(self.tmp.name, f"{name}.xlsx")
        pdf = os.path.join(self.tmp.name, f"{name}.pdf")
        common = ["report", name, "--db", self.db, "--org", self.root, *args]
        data = json.loads(run(*common, "--format", "json").stdout)
        written = run(*common, "--xlsx", xlsx, "--pdf", pdf)
        self.assertIn(f"wrote {xlsx}", written.stderr)
        self.assertIn(f"wrote {pdf}", written.stderr)
        self.assertFalse(os.path.exists(xlsx + ".partial") or os.path.exists(pdf + ".partial"))
        os.makedirs(IMAGES, exist_ok=True)
        for old in os.listdir(IMAGES):
            if re.fullmatch(re.escape(name) + r"-\d+\.png", old):
                os.remove(os.path.join(IMAGES, old))
        subprocess.run(["pdftoppm", "-r", "70", "-png", pdf, os.path.join(IMAGES, name)],
                       check=True)
        self.pdf = Pdf(pdf)
        self.check_pdf_pages(self.pdf)
        self.check_chart_sheet(xlsx, form(name))
        return data, Workbook(xlsx)

    def check_chart_sheet(self, xlsx, definition):
        """The workbook's second sheet holds each chart's bars (label,
        count) and one native Excel chart per chart of the form."""
        sheet = openpyxl.load_workbook(xlsx)["Biểu đồ"]
        self.xlsx_bars = {(label, count) for label, count, *_ in sheet.iter_rows(values_only=True)
                          if label is not None and count is not None}
        titles = {row[0] for row in sheet.iter_rows(values_only=True) if row[1] is None and row[0]}
        self.assertEqual(titles, {chart["title"] for chart in definition["charts"]})
        with zipfile.ZipFile(xlsx) as archive:
            drawn = [n for n in archive.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)]
        self.assertEqual(len(drawn), len(definition["charts"]))

    def assert_bar(self, label, count, what):
        """A chart's bar, in the PDF and in the workbook's chart sheet."""
        self.assertTrue(self.pdf.has_bar(label, count), f"{what}: {label} {count} not in the PDF's chart")
        self.assertIn((label, count), self.xlsx_bars, f"{what}: not in the workbook's chart sheet")

    def check_pdf_pages(self, pdf):
        self.assertGreater(len(pdf.pages), 0)
        for number, page in enumerate(pdf.pages, 1):
            self.assertIn(f"Trang {number}/{len(pdf.pages)}", page)

    def assert_top(self, book, definition, period):
        # In the PDF with every diacritic (the fonts and the text layer carry them).
        for text in (definition["title"], definition["code"], period, "Đảng bộ tỉnh"):
            self.assertIn(text, self.pdf.pages[0])
        for signature in definition["signatures"]:
            self.assertIn(signature["title"], self.pdf.form_pages[-1])
        self.assertEqual(self.pdf.pages[:len(self.pdf.form_pages)], self.pdf.form_pages)
        for chart in definition["charts"]:
            self.assertIn(chart["title"], self.pdf.chart_text)
        top = [v for r in book.rows[:book.numbers_row] for v in r if v is not None]
        self.assertIn("Đảng bộ tỉnh", top[0])
        self.assertIn(definition["code"], top)
        self.assertIn(definition["title"], top)
        self.assertIn(period, top)
        signatures = [v for r in book.rows[book.numbers_row + 1 + len(book.body):] for v in r if v]
        for signature in definition["signatures"]:
            self.assertIn(signature["title"], signatures)

    def test_stock_flow_has_every_child_and_the_total_with_the_reports_numbers(self):
        definition = form("stock-flow")
        data, book = self.report("stock-flow", "--from", f"{YEAR}-01-01", "--to", f"{YEAR}-12-31")
        self.assert_top(book, definition, f"Từ ngày 01/01/{YEAR} đến ngày 31/12/{YEAR}")
        figures = list(leaves(definition["columns"]))
        self.assertEqual(len(book.body), len(data["rows"]) + 1)
        for row, expected in zip(book.body, data["rows"] + [data["total"]]):
            label = "Tổng cộng" if expected is data["total"] else expected["name"]
            self.assertEqual(row[0], label)
            self.assertEqual(row[1:], [figure(expected, f) for f in figures], label)
            numbers = [vietnamese(figure(expected, f)) for f in figures]
            self.assertTrue(self.pdf.has_line(*numbers), f"{label}: {numbers} not in the PDF")
        # The table's header is on every page of the PDF.
        for page in self.pdf.pages:
            if "Tổng cộng" in page or any(r["name"][:12] in page for r in data["rows"]):
                self.assertIn("Tăng trong kỳ", page)
        total = dict(zip(figures, book.body[-1][1:]))
        self.assertEqual(total["opening"] + total["increases"] - total["decreases"], total["closing"])
        # The chart of the causes: each bar with the total's figure.
        labels = {}
        for column in definition["columns"]:
            for leaf in column.get("columns", [column]):
                labels[leaf["figure"]] = leaf["label"]
        for chart_figure in definition["charts"][0]["figures"]:
            self.assert_bar(labels[chart_figure], data["total"][chart_figure], chart_figure)
        self.assertEqual(book.sheet.freeze_panes, f"B{book.numbers_row + 2}")
        self.assertEqual(book.sheet.page_setup.paperSize, 9)  # A4
        self.assertEqual(book.sheet.page_setup.orientation, "landscape")

    def check_sections(self, definition, breakdowns, total, book):
        """Every section's values with their counts, and shares that add up."""
        rows = iter(book.body)
        for section in definition["sections"]:
            heading = next(rows)
            self.assertEqual(heading[0], section["label"])
            counts = breakdowns[section["dimension"]]
            labels = dict(section.get("values", []))
            order = [k for k, _ in section.get("values", [])] + \
                    [k for k in counts if k not in labels]
            shares = []
            for key in order:
                row = next(rows)
                self.assertEqual(row[0], labels.get(key, key))
                self.assertEqual(row[1], counts.get(key, 0), f"{section['dimension']}: {key}")
                shares.append(row[2])
                cells = [vietnamese(row[1])] + ([with_comma(row[2])] if row[2] is not None else [])
                self.assertTrue(self.pdf.has_row(row[0], *cells), f"{row[0]} {cells} not in the PDF")
            self.check_chart(definition, section["dimension"],
                             [(labels.get(key, key), counts.get(key, 0)) for key in order])
            kind = section.get("shares", "partition")
            if kind == "partition" and sum(counts.values()):
                self.assertAlmostEqual(sum(shares), 100.0, places=6, msg=section["dimension"])
            if kind == "of_total":
                for key, share in zip(order, shares):
                    # The nearest tenth, halves up (exact integers: no float rounding).
                    tenths = (counts.get(key, 0) * 2000 + total) // (2 * total)
                    self.assertAlmostEqual(share, tenths / 10)
        self.assertIsNone(next(rows, None))

    def check_chart(self, definition, dimension, bars):
        """The section's chart, if the form has one: a bar per value, the
        values past the twelfth as one bar "Khác"."""
        if not any(c["section"] == dimension for c in definition.get("charts", [])):
            return
        if len(bars) > 12:
            bars = bars[:11] + [("Khác", sum(count for _, count in bars[11:]))]
        for label, count in bars:
            self.assert_bar(label, count, dimension)

    def test_composition_sections_match_the_report_and_add_up_to_100(self):
        definition = form("composition")
        data, book = self.report("composition", "--on", f"{YEAR}-12-31")
        self.assert_top(book, definition, f"Tại ngày 31/12/{YEAR}")
        breakdowns = dict(data["by"])
        breakdowns["exempted"] = {"exempted": data["exempted"],
                                  "not_exempted": data["total"] - data["exempted"]}
        self.check_sections(definition, breakdowns, data["total"], book)

    def test_org_counts_match_the_report(self):
        definition = form("orgs")
        data, book = self.report("orgs", "--on", f"{YEAR}-12-31")
        self.assert_top(book, definition, f"Tại ngày 31/12/{YEAR}")
        breakdowns = {"kind": data["by_kind"], "sector": data["by_sector"],
                      "grassroots": {"grassroots": data["grassroots"],
                                     "other": data["total"] - data["grassroots"]}}
        self.check_sections(definition, breakdowns, data["total"], book)

    def test_admissions_match_the_report_with_shares_of_the_total(self):
        definition = form("admissions")
        data, book = self.report("admissions", "--from", f"{YEAR}-01-01", "--to", f"{YEAR}-12-31")
        self.assert_top(book, definition, f"Từ ngày 01/01/{YEAR} đến ngày 31/12/{YEAR}")
        breakdowns = {"admissions": {k: data[k] for k in
                                     ("total", "youth_union", "women", "ethnic_minority",
                                      "religious")}}
        self.check_sections(definition, breakdowns, data["total"], book)

    def test_an_unwritable_file_is_refused_and_leaves_nothing(self):
        target = os.path.join(self.tmp.name, "no-such-folder", "x.xlsx")
        p = run("report", "orgs", "--db", self.db, "--org", self.root, "--on", f"{YEAR}-12-31",
                "--xlsx", target, check=False)
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("--xlsx:", p.stderr)
        self.assertIn(target, p.stderr)
        self.assertFalse(os.path.exists(os.path.dirname(target)))


if __name__ == "__main__":
    TOCHUC, FORMS, IMAGES = sys.argv[1], sys.argv[2], sys.argv[3]
    unittest.main(argv=sys.argv[:1], verbosity=2)
