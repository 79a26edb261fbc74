"""`report.html`: the run's dataset as one self-contained page a researcher can open offline.

Per partnership a timeline of its dated events (rejected ones left out), then the events with
their evidence and review, a sectors x partnerships matrix and the documents with their
errors; a line tells how far the researcher's review has come. Charts are inline SVG
written here, so the page needs no script, font or network.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from html import escape
from pathlib import Path

import pandas as pd

from .review import STATUSES, counts, kept

EVENT_STYLE: dict[str, tuple[str, str]] = {
    "proposal": ("#7f7f7f", "circle"),
    "loi_signed": ("#1f77b4", "square"),
    "legislative": ("#9467bd", "diamond"),
    "mou_signed": ("#d62728", "triangle"),
    "agreement_signed": ("#2ca02c", "star"),
    "renewed": ("#17becf", "square"),
    "activity": ("#ff7f0e", "circle"),
    "suspended": ("#000000", "cross"),
}
OTHER_STYLE = ("#8c564b", "circle")
CHART_WIDTH, LANE, MARGIN = 900, 26, 60

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
h1 { margin-bottom: 0.2rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ccc; }
.summary span { margin-right: 1.5rem; }
figure.timeline { margin: 1rem 0 2rem; } figcaption { font-weight: 600; margin-bottom: 0.3rem; }
svg text { font-size: 11px; fill: #333; }
table { border-collapse: collapse; margin: 0.5rem 0; font-size: 0.85rem; }
th, td { border: 1px solid #ddd; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
th { background: #f3f3f3; position: sticky; top: 0; }
td.evidence { max-width: 42rem; } tr.error td { background: #fdecea; }
table.matrix td.cell { text-align: center; min-width: 2.2rem; }
.legend span { margin-right: 1rem; white-space: nowrap; }
"""


@dataclass
class Period:
    """Where a DATE norm lies on a time axis, in fractional years."""

    start: float
    end: float

    @property
    def precise(self) -> bool:
        return self.end - self.start < 1 / 12


def period_of(norm: str) -> Period | None:
    """A date at its own precision: a day is a point, a month or a year is a stretch, a range
    runs from its first part's start to its last part's end. Decades, centuries and recurring
    dates are not placed."""
    if "/" in norm:
        first, last = (period_of(part) for part in norm.split("/", 1))
        return Period(first.start, last.end) if first and last else None
    parts = norm.split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4:
        return None
    year = int(parts[0])
    if len(parts) == 1:
        return Period(year, year + 1)
    month = int(parts[1])
    if len(parts) == 2:
        return Period(year + (month - 1) / 12, year + month / 12)
    days = calendar.monthrange(year, month)[1]
    point = year + (month - 1) / 12 + (int(parts[2]) - 1) / (12 * days)
    return Period(point, point)


def marker(shape: str, x: float, y: float, colour: str) -> str:
    size = 6
    if shape == "square":
        corner = f'x="{x - size:.1f}" y="{y - size}"'
        return f'<rect {corner} width="{2 * size}" height="{2 * size}" fill="{colour}"/>'
    if shape in ("diamond", "triangle", "star", "cross"):
        points = {
            "diamond": [(0, -7), (7, 0), (0, 7), (-7, 0)],
            "triangle": [(0, -7), (7, 6), (-7, 6)],
            "star": [(0, -8), (2.5, -2.5), (8, -2), (4, 2.5), (5, 8), (0, 5), (-5, 8), (-4, 2.5)]
            + [(-8, -2), (-2.5, -2.5)],
            "cross": [(-6, -8), (0, -2), (6, -8), (8, -6), (2, 0), (8, 6), (6, 8), (0, 2)]
            + [(-6, 8), (-8, 6), (-2, 0), (-8, -6)],
        }[shape]
        coordinates = " ".join(f"{x + dx:.1f},{y + dy:.1f}" for dx, dy in points)
        return f'<polygon points="{coordinates}" fill="{colour}"/>'
    return f'<circle cx="{x:.1f}" cy="{y}" r="{size}" fill="{colour}"/>'


def event_types(events: pd.DataFrame) -> list[str]:
    """The event types present, in the order of the legend (then any others)."""
    present = set(events["type"])
    return [t for t in EVENT_STYLE if t in present] + sorted(present - set(EVENT_STYLE))


def timeline_svg(events: pd.DataFrame) -> str:
    """One lane per event type; a precise date is a marker, a vaguer one a band over its span."""
    placed = [(row, period_of(row["date"])) for _, row in events.iterrows()]
    placed = [(row, period) for row, period in placed if period]
    if not placed:
        return ""
    types = event_types(events)
    first = int(min(p.start for _, p in placed))
    last = int(max(p.end for _, p in placed)) + 1
    span = max(last - first, 1)
    width = CHART_WIDTH - 2 * MARGIN - 60

    def x_of(year: float) -> float:
        return MARGIN + 60 + (year - first) / span * width

    height = LANE * len(types) + 40
    parts = [
        f'<svg class="timeline-chart" role="img" width="{CHART_WIDTH}" height="{height}" '
        f'viewBox="0 0 {CHART_WIDTH} {height}" xmlns="http://www.w3.org/2000/svg">'
    ]
    step = max(1, round(span / 12))
    for year in range(first, last + 1, step):
        x = x_of(year)
        parts.append(
            f'<line x1="{x:.1f}" y1="10" x2="{x:.1f}" y2="{height - 25}" stroke="#eee"/>'
            f'<text x="{x:.1f}" y="{height - 10}" text-anchor="middle">{year}</text>'
        )
    for lane, kind in enumerate(types):
        y = 20 + lane * LANE
        parts.append(f'<text x="5" y="{y + 4}">{escape(kind)}</text>')
    for row, period in placed:
        colour, shape = EVENT_STYLE.get(row["type"], OTHER_STYLE)
        y = 20 + types.index(row["type"]) * LANE
        title = f"{row['type']} {row['date']} (page {row['page']}, {row['doc_id']})"
        parts.append(
            f'<g class="event" data-type="{escape(row["type"])}"><title>{escape(title)}</title>'
        )
        if not period.precise:
            x0, x1 = x_of(period.start), x_of(period.end)
            parts.append(
                f'<rect x="{x0:.1f}" y="{y - 5}" width="{max(x1 - x0, 2):.1f}" height="10" '
                f'fill="{colour}" fill-opacity="0.35" stroke="{colour}"/>'
            )
        else:
            parts.append(marker(shape, x_of(period.start), y, colour))
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


def legend(types: list[str]) -> str:
    items = []
    for kind in types:
        colour, shape = EVENT_STYLE.get(kind, OTHER_STYLE)
        icon = (
            f'<svg width="16" height="16" viewBox="0 0 16 16">{marker(shape, 8, 8, colour)}</svg>'
        )
        items.append(f"<span>{icon} {escape(kind)}</span>")
    return f'<p class="legend">{"".join(items)}</p>'


def pair_name(row) -> str:
    return f"{row['city_a']} – {row['city_b']}"


def timelines_section(events: pd.DataFrame, partnerships: pd.DataFrame) -> str:
    figures = []
    for _, partnership in partnerships.iterrows():
        own = events[
            (events["city_a"] == partnership["city_a"])
            & (events["city_b"] == partnership["city_b"])
        ]
        chart = timeline_svg(own) if not own.empty else ""
        if not chart:
            continue
        caption = (
            f"{escape(pair_name(partnership))} ({escape(partnership['country_a'])}–"
            f"{escape(partnership['country_b'])}): {len(own)} events in "
            f"{partnership['documents']} document(s)"
        )
        figures.append(
            f'<figure class="timeline"><figcaption>{caption}</figcaption>{chart}</figure>'
        )
    if not figures:
        return "<h2>Timelines</h2><p>No dated events.</p>"
    return "<h2>Timelines</h2>" + legend(event_types(events)) + "".join(figures)


def html_table(frame: pd.DataFrame, css: str, cell_class: dict[str, str] | None = None) -> str:
    cell_class = cell_class or {}
    head = "".join(f"<th>{escape(c)}</th>" for c in frame.columns)
    rows = []
    for _, row in frame.iterrows():
        error = ' class="error"' if row.get("status") == "error" else ""
        cells = "".join(
            f'<td class="{cell_class[c]}">{escape(str(row[c]))}</td>'
            if c in cell_class
            else f"<td>{escape(str(row[c]))}</td>"
            for c in frame.columns
        )
        rows.append(f"<tr{error}>{cells}</tr>")
    return (
        f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def events_section(events: pd.DataFrame) -> str:
    if events.empty:
        return "<h2>Events</h2><p>No events.</p>"
    columns = ["city_a", "city_b", "type", "date", "doc_id", "page", "evidence", "cites", "review"]
    ordered = events.sort_values(["city_a", "city_b", "date", "type"])[columns]
    return "<h2>Events</h2>" + html_table(ordered, "events", {"evidence": "evidence"})


def sector_matrix(per_document: pd.DataFrame) -> pd.DataFrame:
    """Documents naming each sector for each partnership (rows: partnerships)."""
    counts: dict[tuple[str, str], dict[str, int]] = {}
    for _, row in per_document.iterrows():
        cell = counts.setdefault((row["city_a"], row["city_b"]), {})
        for sector in filter(None, str(row["sectors"]).split(";")):
            cell[sector] = cell.get(sector, 0) + 1
    sectors = sorted({s for cell in counts.values() for s in cell})
    rows = [
        {"partnership": f"{a} – {b}", **{s: cell.get(s, 0) for s in sectors}}
        for (a, b), cell in sorted(counts.items())
        if cell
    ]
    return pd.DataFrame(rows, columns=["partnership", *sectors])


def sectors_section(per_document: pd.DataFrame) -> str:
    matrix = sector_matrix(per_document)
    if matrix.empty:
        return "<h2>Sectors</h2><p>No sectors named.</p>"
    sectors = list(matrix.columns[1:])
    most = max(int(matrix[sectors].to_numpy().max()), 1)
    head = "".join(f"<th>{escape(s)}</th>" for s in sectors)
    rows = []
    for _, row in matrix.iterrows():
        cells = []
        for sector in sectors:
            count = int(row[sector])
            shade = f"rgba(44,160,44,{0.25 + 0.75 * count / most:.2f})" if count else "transparent"
            cells.append(
                f'<td class="cell" data-count="{count}" style="background:{shade}" '
                f'title="{escape(row["partnership"])}: {escape(sector)} in {count} document(s)">'
                f"{count or ''}</td>"
            )
        rows.append(f"<tr><th>{escape(row['partnership'])}</th>{''.join(cells)}</tr>")
    return (
        "<h2>Sectors</h2><p>Documents naming each sector of cooperation, per partnership.</p>"
        f'<table class="matrix"><thead><tr><th>partnership</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def documents_section(documents: pd.DataFrame) -> str:
    columns = ["doc_id", "status", "error", "pages", "ocr_pages", "title", "year", "journal"]
    return "<h2>Documents</h2>" + html_table(documents[columns], "documents")


def review_summary(events: pd.DataFrame) -> str:
    """How far a researcher's review has come: events reviewed, and per decision."""
    tally = counts(events)
    parts = [
        f'<span data-status="reviewed">{tally["reviewed"]} of {tally["events"]} reviewed</span>'
    ]
    parts += [f'<span data-status="{s}">{tally[s]} {s}</span>' for s in STATUSES]
    return f'<p class="summary review">Review: {"".join(parts)}</p>'


def report_html(tables: dict[str, pd.DataFrame]) -> str:
    documents, events = tables["documents"], tables["events"]
    partnerships = tables["partnerships_all"]
    errors = int((documents["status"] == "error").sum())
    summary = (
        f'<p class="summary"><span>{len(documents)} documents</span>'
        f"<span>{len(documents) - errors} ok</span><span>{errors} error</span>"
        f"<span>{len(partnerships)} partnerships</span><span>{len(kept(events))} events</span></p>"
    )
    body = "".join(
        [
            "<h1>Kembar report</h1>",
            summary,
            review_summary(events),
            timelines_section(kept(events), partnerships),
            events_section(events),
            sectors_section(tables["partnerships"]),
            documents_section(documents),
        ]
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Kembar report</title><style>{STYLE}</style></head><body>{body}</body></html>\n"
    )


def write_report(out: Path, tables: dict[str, pd.DataFrame]) -> None:
    """Write `report.html` from the store's tables."""
    (Path(out) / "report.html").write_text(report_html(tables), encoding="utf-8")
