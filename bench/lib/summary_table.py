"""The figures of a run: median and p95 per workload per system, tochuc's
speed-up against each database, and the one-off costs, as a text table."""

import math
import os
import platform
import subprocess

kSystems = ("tochuc", "sqlite", "postgres")


def summary(runs_ms):
    """Median (mean of the middle two for an even count) and nearest-rank p95,
    as report_bench computes them."""
    runs = sorted(runs_ms)
    n = len(runs)
    median = runs[n // 2] if n % 2 else (runs[n // 2 - 1] + runs[n // 2]) / 2
    return {"median_ms": median, "p95_ms": runs[math.ceil(0.95 * n) - 1]}


def machine():
    """A line describing where the figures were measured."""
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info
                       if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {memory_gib:.0f} GiB, {platform.platform(terse=True)}"


def versions(psql_path):
    def first_line(argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True).stdout.split("\n")[0]
        except OSError:
            return "?"
    return f"SQLite {first_line(['sqlite3', '--version']).split(' ')[0]}, " \
           f"{first_line([psql_path, '--version']).replace('psql (PostgreSQL) ', 'PostgreSQL ')}"


def _ms(value):
    return f"{value:,.3f}" if value < 10 else f"{value:,.1f}"


def _ratio(numerator, denominator):
    if denominator <= 0:
        return "-"
    ratio = numerator / denominator
    return f"{ratio:,.0f}x" if ratio >= 10 else f"{ratio:.1f}x"


def format_table(timings):
    """`timings`: workload name -> system -> summary(). Returns the lines."""
    header = (f"{'workload':<22} | {'tochuc p50':>11} {'p95':>9} | {'sqlite p50':>11} {'p95':>9} | "
              f"{'postgres p50':>12} {'p95':>9} | {'vs sqlite':>9} {'vs postgres':>11}")
    lines = [header, "-" * len(header)]
    for name, by_system in timings.items():
        cells = [f"{name:<22}"]
        for system, width in zip(kSystems, (11, 11, 12)):
            figures = by_system[system]
            cells.append(f"{_ms(figures['median_ms']):>{width}} {_ms(figures['p95_ms']):>9}")
        tochuc = by_system["tochuc"]["median_ms"]
        cells.append(f"{_ratio(by_system['sqlite']['median_ms'], tochuc):>9} "
                     f"{_ratio(by_system['postgres']['median_ms'], tochuc):>11}")
        lines.append(" | ".join(cells))
    return lines
