"""One form for the answers of the three systems, and their differences.

The engine's answers come as `tochuc report ... --format json` prints them
(see report_bench); the SQL answers as rows. Both become plain dicts of
integers; zero counts are left out, as a SQL GROUP BY leaves them out.
"""

kStockFlowFields = ("opening", "admitted", "readmitted", "registered", "transferred_in",
                    "reorganized_in", "transferred_out", "reorganized_out", "removed",
                    "expelled", "died", "probation_removed", "closing")
kTotalRow = "*"
kMaxDifferencesShown = 20


def engine_answer(workload):
    result = workload["result"]
    if workload["query"] == "stock_flow":
        return {report["org"]: {
            kTotalRow: {field: report["total"][field] for field in kStockFlowFields},
            **{row["org"]: {field: row[field] for field in kStockFlowFields}
               for row in report["rows"]},
        } for report in result}
    if workload["query"] == "composition":
        return {"total": result["total"], "exempted": result["exempted"],
                "by": {dimension: {value: count for value, count in counts.items() if count}
                       for dimension, counts in result["by"].items() if counts}}
    return dict(result)


def sql_answer(workload, answers):
    """`answers`: the rows of each statement of one run (sql_baselines.calls)."""
    if workload["query"] == "stock_flow":
        return {unit: {str(row[0]): dict(zip(kStockFlowFields, (int(cell) for cell in row[1:])))
                       for row in rows}
                for unit, rows in zip(workload["params"]["units"], answers)}
    (rows,) = answers
    if workload["query"] == "composition":
        answer = {"total": 0, "exempted": 0, "by": {}}
        for dimension, value, count in rows:
            if dimension in ("total", "exempted"):
                answer[dimension] = int(count)
            elif int(count):
                answer["by"].setdefault(str(dimension), {})[str(value)] = int(count)
        return answer
    return {str(org): int(count) for org, count in rows if int(count)}


def differences(expected, actual, path=""):
    """Every path where the two answers differ, as 'path: expected != actual'."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        found = []
        for key in sorted(set(expected) | set(actual), key=str):
            found += differences(expected.get(key), actual.get(key), f"{path}/{key}")
        return found
    if expected != actual:
        return [f"{path or '/'}: {expected} != {actual}"]
    return []


def describe(differences_found):
    shown = differences_found[:kMaxDifferencesShown]
    more = len(differences_found) - len(shown)
    return "\n".join(["    " + line for line in shown] +
                     ([f"    ... and {more} more"] if more > 0 else []))
