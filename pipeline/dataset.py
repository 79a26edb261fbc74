"""The corpus dataset: one timeline across all articles, and one row per partnership.

Built from the per-document tables in the store after a run, so it always agrees with them.
When articles disagree (the same MoU dated on different days), both rows stay and each names
the other.
"""

from __future__ import annotations

import pandas as pd

DATED_ONCE = {"proposal", "loi_signed", "legislative", "mou_signed", "agreement_signed"}
TIMELINE = [
    "city_a",
    "country_a",
    "city_b",
    "country_b",
    "type",
    "date",
    "doc_ids",
    "documents",
    "conflict_with",
    "review",
]
PARTNERSHIPS = [
    "city_a",
    "country_a",
    "city_b",
    "country_b",
    "kinds",
    "roles",
    "sectors",
    "first_date",
    "last_date",
    "events",
    "documents",
    "doc_ids",
    "review",
]


CORPUS_TABLES = {"timeline": TIMELINE, "partnerships_all": PARTNERSHIPS}


def joined(values) -> str:
    return ";".join(sorted({v for v in values if isinstance(v, str) and v}))


def conflicts(rows: pd.DataFrame) -> list[str]:
    """For each row, the dates other articles give to the same one-time event, when neither
    date refines the other (`2021` and `2021-04-27` agree; `2021-04-27` and `2021-05-03` do not)."""
    result = []
    for _, row in rows.iterrows():
        if row["type"] not in DATED_ONCE:
            result.append("")
            continue
        same = rows[(rows["type"] == row["type"]) & (rows["date"] != row["date"])]
        others = [
            d
            for d, docs in zip(same["date"], same["doc_ids"], strict=True)
            if not (d.startswith(row["date"]) or row["date"].startswith(d))
            and set(docs.split(";")) != set(row["doc_ids"].split(";"))
        ]
        result.append(";".join(sorted(others)))
    return result


def build_timeline(events: pd.DataFrame, partnerships: pd.DataFrame) -> pd.DataFrame:
    if events.empty:
        return pd.DataFrame(columns=TIMELINE)
    countries = partnerships.drop_duplicates(["city_a", "city_b"]).set_index(["city_a", "city_b"])
    grouped = events.groupby(["city_a", "city_b", "type", "date"], as_index=False).agg(
        doc_ids=("doc_id", joined), documents=("doc_id", "nunique"), review=("review", joined)
    )
    grouped["country_a"] = [
        countries["country_a"].get((a, b), "")
        for a, b in zip(grouped["city_a"], grouped["city_b"], strict=True)
    ]
    grouped["country_b"] = [
        countries["country_b"].get((a, b), "")
        for a, b in zip(grouped["city_a"], grouped["city_b"], strict=True)
    ]
    parts = []
    for _, rows in grouped.groupby(["city_a", "city_b"], sort=True):
        rows = rows.copy()
        rows["conflict_with"] = conflicts(rows)
        parts.append(rows)
    timeline = pd.concat(parts).sort_values(["city_a", "city_b", "date", "type"])
    return timeline[TIMELINE]


def build_partnerships(events: pd.DataFrame, partnerships: pd.DataFrame) -> pd.DataFrame:
    if partnerships.empty:
        return pd.DataFrame(columns=PARTNERSHIPS)
    rows = []
    for (a, b), group in partnerships.groupby(["city_a", "city_b"], sort=True):
        own = (
            events[(events["city_a"] == a) & (events["city_b"] == b)]
            if not events.empty
            else events
        )
        dates = sorted(own["date"]) if not own.empty else []
        sectors = {s for cell in group["sectors"] for s in str(cell).split(";") if s and s != "nan"}
        rows.append(
            {
                "city_a": a,
                "country_a": group["country_a"].iloc[0],
                "city_b": b,
                "country_b": group["country_b"].iloc[0],
                "kinds": joined(group["kind"]),
                "roles": joined(group["role"]),
                "sectors": ";".join(sorted(sectors)),
                "first_date": dates[0] if dates else "",
                "last_date": dates[-1] if dates else "",
                "events": len(own),
                "documents": group["doc_id"].nunique(),
                "doc_ids": joined(group["doc_id"]),
                "review": joined(group["review"]),
            }
        )
    return pd.DataFrame(rows, columns=PARTNERSHIPS)


def corpus_tables(events: pd.DataFrame, partnerships: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """`timeline` and `partnerships_all`, built from the per-document event and partnership
    rows a researcher kept (the rules' rows with the decisions applied, rejected ones left
    out); `review` joins the decisions on each row's sources."""
    return {
        "timeline": build_timeline(events, partnerships),
        "partnerships_all": build_partnerships(events, partnerships),
    }
