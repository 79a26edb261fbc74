"""`kembar review`: a local web page and its JSON API over a run's `kembar.sqlite`.

The page (`review.html`, one file, no build step, nothing fetched from elsewhere) uses the
same API a script does. Every decision is written to the store when it is made. The server
listens on 127.0.0.1 only and answers only requests that come from this machine and name it
as their host, so a web page elsewhere cannot reach it through the browser.
"""

from __future__ import annotations

import threading
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
from flask import Flask, abort, jsonify, request
from werkzeug.exceptions import HTTPException
from werkzeug.serving import make_server

from .identity import added_event_id
from .model import ROLES
from .page_image import DEFAULT_WIDTH, PageUnavailable, page_png, page_sizes
from .review import (
    ADDED,
    CORRECTABLE,
    CORRECTED,
    REJECTED,
    VERDICTS,
    Decision,
    ReviewError,
    check_fields,
    reviewed,
)
from .rules import load_rules
from .store import Store

LOCAL_ADDRESSES = {"127.0.0.1", "::1"}
LOCAL_NAMES = {"127.0.0.1", "localhost", "::1"}
TARGETS = ("events", "partnerships")
NUMBERS = ("page", "start", "end", "mentions")
UNREVIEWED = "unreviewed"


def vocabulary() -> dict[str, list[str]]:
    """The values a corrected field may take, from the rules."""
    rules = load_rules()
    return {
        "type": rules.event_types,
        "sectors": rules.sector_codes,
        "kind": rules.partnership_kinds,
        "role": list(ROLES),
    }


def as_json(row: dict) -> dict:
    """A table row for the API: numbers as numbers, lists as lists."""
    result = dict(row)
    for name in NUMBERS:
        if name in result:
            result[name] = int(result[name]) if str(result[name]).isdigit() else None
    for name in ("sectors", "cites"):
        if name in result:
            result[name] = [v.strip() for v in str(result[name]).split(";") if v.strip()]
    return result


def local_request() -> bool:
    """From this machine, to this machine by name (a rebinding page elsewhere names its
    own host), and for a change, from a page of this server."""
    if request.remote_addr not in LOCAL_ADDRESSES:
        return False
    if urlsplit(f"//{request.host}").hostname not in LOCAL_NAMES:
        return False
    origin = request.headers.get("Origin")
    return not origin or urlsplit(origin).hostname in LOCAL_NAMES


def create_app(out: Path) -> Flask:
    """The review application over the run in `out`."""
    out = Path(out)
    app = Flask(__name__)
    app.json.sort_keys = False
    allowed = vocabulary()

    def store() -> Store:
        return Store(out)

    def read(name: str, doc_id: str | None = None) -> pd.DataFrame:
        """A table with the decisions applied, one document's rows if `doc_id` is given."""
        db = store()
        try:
            frame = db.frame(name, doc_id)
            decisions = [d for d in db.decisions() if doc_id is None or d.doc_id == doc_id]
        finally:
            db.close()
        return reviewed(name, frame, decisions)

    def decision_of(finding_id: str) -> Decision | None:
        db = store()
        try:
            return next((d for d in db.decisions() if d.id == finding_id), None)
        finally:
            db.close()

    def extracted_row(name: str, finding_id: str) -> dict | None:
        db = store()
        try:
            frame = db.frame(name)
        finally:
            db.close()
        rows = frame[frame["id"] == finding_id].to_dict("records")
        return rows[0] if rows else None

    def finding(name: str, finding_id: str) -> dict:
        rows = read(name)
        match = rows[rows["id"] == finding_id].to_dict("records")
        if not match:
            abort(404, f"no {name[:-1]} with id {finding_id}")
        return match[0]

    def document_row(doc_id: str) -> dict:
        documents = read("documents")
        rows = documents[documents["doc_id"] == doc_id].to_dict("records")
        if not rows:
            abort(404, f"no document {doc_id}")
        return rows[0]

    def pdf_path(doc_id: str) -> Path:
        """The document's PDF: its path as given to the run, from here or from beside the
        output folder."""
        given = Path(document_row(doc_id)["path"])
        for path in (given, out.resolve().parent / given):
            if path.is_file():
                return path
        abort(404, f"the PDF of {doc_id} is no longer at {given}")

    def lines(doc_id: str) -> pd.DataFrame:
        frame = read("lines", doc_id)
        for column in ("page", "start", "end"):
            frame[column] = frame[column].astype(int)
        for column in ("x0", "top", "x1", "bottom"):
            frame[column] = frame[column].astype(float)
        return frame

    @app.before_request
    def only_this_machine():
        if not local_request():
            abort(403, "Kembar's review server answers only this machine")

    @app.errorhandler(HTTPException)
    def error_as_json(error: HTTPException):
        return jsonify(error=error.description), error.code

    @app.get("/")
    def page():
        html = files("pipeline").joinpath("review.html").read_text(encoding="utf-8")
        return html, 200, {"Content-Type": "text/html; charset=utf-8"}

    @app.get("/api/vocabulary")
    def vocabulary_api():
        return jsonify(
            {
                **allowed,
                "status": [*VERDICTS, ADDED],
                "correctable": {t: list(c) for t, c in CORRECTABLE.items()},
            }
        )

    @app.get("/api/documents")
    def documents_api():
        documents = read("documents")
        events = read("events")
        partnerships = read("partnerships")
        result = []
        for row in documents.to_dict("records"):
            own = events[events["doc_id"] == row["doc_id"]]
            result.append(
                {
                    "doc_id": row["doc_id"],
                    "title": row["title"],
                    "status": row["status"],
                    "pages": int(row["pages"] or 0),
                    "events": len(own),
                    "reviewed": int((own["review"] != "").sum()),
                    "partnerships": int((partnerships["doc_id"] == row["doc_id"]).sum()),
                }
            )
        return jsonify(result)

    @app.get("/api/documents/<doc_id>")
    def document_api(doc_id: str):
        row = document_row(doc_id)
        text_file = out / "text" / f"{doc_id}.txt"
        text = text_file.read_text(encoding="utf-8") if text_file.exists() else ""
        spans = lines(doc_id)
        try:
            sizes = {s.number: s for s in page_sizes(pdf_path(doc_id))}
        except PageUnavailable:
            sizes = {}
        pages = []
        for number in range(1, int(row["pages"] or 0) + 1):
            own = spans[spans["page"] == number]
            size = sizes.get(number)
            pages.append(
                {
                    "page": number,
                    "start": int(own["start"].min()) if len(own) else None,
                    "end": int(own["end"].max()) if len(own) else None,
                    "width": size.width if size else None,
                    "height": size.height if size else None,
                }
            )
        return jsonify(
            {
                "doc_id": doc_id,
                "title": row["title"],
                "path": row["path"],
                "text": text,
                "pages": pages,
            }
        )

    @app.get("/api/documents/<doc_id>/pages/<int:number>.png")
    def page_image_api(doc_id: str, number: int):
        path = pdf_path(doc_id)
        width = request.args.get("width", DEFAULT_WIDTH, type=int)
        try:
            png = page_png(str(path), number, width, path.stat().st_mtime)
        except PageUnavailable as error:
            abort(404, str(error))
        return png, 200, {"Content-Type": "image/png", "Cache-Control": "max-age=3600"}

    def listing(name: str):
        rows = read(name, request.args.get("doc_id"))
        status = request.args.get("status")
        if status:
            rows = rows[rows["review"] == ("" if status == UNREVIEWED else status)]
        if request.args.get("type") and name == "events":
            rows = rows[rows["type"] == request.args["type"]]
        pair = request.args.get("pair")
        if pair:
            wanted = {c.strip() for c in pair.split("|")}
            rows = rows[
                [{a, b} == wanted for a, b in zip(rows["city_a"], rows["city_b"], strict=True)]
            ]
        return jsonify([as_json(r) for r in rows.to_dict("records")])

    @app.get("/api/events")
    def events_api():
        return listing("events")

    @app.get("/api/partnerships")
    def partnerships_api():
        return listing("partnerships")

    @app.get("/api/events/<finding_id>")
    def event_api(finding_id: str):
        event = finding("events", finding_id)
        result = as_json(event)
        start, end = result["start"] or 0, result["end"] or 0
        spans = lines(event["doc_id"])
        own = spans[(spans["start"] < end) & (spans["end"] > start)]
        result["boxes"] = own[["page", "x0", "top", "x1", "bottom"]].to_dict("records")
        mentions = read("mentions", event["doc_id"])
        inside = mentions[
            mentions["label"].isin(["DATE", "AGREEMENT"])
            & (mentions["start"].astype(int) >= start)
            & (mentions["end"].astype(int) <= end)
        ]
        result["marks"] = [
            {"label": m["label"], "start": int(m["start"]) - start, "end": int(m["end"]) - start}
            for m in inside.to_dict("records")
        ]
        decision = decision_of(finding_id)
        result["decision"] = decision.__dict__ if decision else None
        rules_row = extracted_row("events", finding_id)
        result["rules_now"] = {
            name: rules_row[name]
            for name in CORRECTABLE["events"]
            if rules_row and decision and rules_row[name] != decision.original.get(name)
        }
        return jsonify(result)

    def review(name: str, finding_id: str):
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            abort(400, 'send a JSON object such as {"status": "accepted"}')
        status = body.get("status")
        fields = {k: v for k, v in body.items() if k != "status"}
        if status not in VERDICTS:
            abort(400, f"status must be one of: {', '.join(VERDICTS)}")
        if status == CORRECTED and not fields:
            abort(400, "a correction names the fields it corrects")
        if status != CORRECTED and fields:
            abort(400, f"only a correction carries fields ({status} was sent with some)")
        current = finding(name, finding_id)
        earlier = decision_of(finding_id)
        try:
            checked = check_fields(name, fields, allowed)
        except ReviewError as error:
            abort(400, str(error))
        if earlier and earlier.status == ADDED:
            if status == REJECTED:
                return withdraw(name, finding_id)
            kept = Decision(
                finding_id, current["doc_id"], name, ADDED, {**earlier.fields, **checked}
            )
        else:
            if earlier and earlier.status == CORRECTED and status == CORRECTED:
                checked = {**earlier.fields, **checked}
            seen = earlier.original if earlier else extracted_row(name, finding_id)
            kept = Decision(finding_id, current["doc_id"], name, status, checked, seen or {})
        db = store()
        try:
            db.decide(kept)
        finally:
            db.close()
        return jsonify(as_json(finding(name, finding_id)))

    def withdraw(name: str, finding_id: str):
        db = store()
        try:
            found = db.withdraw(finding_id)
        finally:
            db.close()
        if not found:
            abort(404, f"no decision on {finding_id}")
        return jsonify({"id": finding_id, "withdrawn": True})

    @app.post("/api/events/<finding_id>/review")
    def review_event(finding_id: str):
        return review("events", finding_id)

    @app.post("/api/partnerships/<finding_id>/review")
    def review_partnership(finding_id: str):
        return review("partnerships", finding_id)

    @app.delete("/api/events/<finding_id>/review")
    def withdraw_event(finding_id: str):
        return withdraw("events", finding_id)

    @app.delete("/api/partnerships/<finding_id>/review")
    def withdraw_partnership(finding_id: str):
        return withdraw("partnerships", finding_id)

    @app.post("/api/events")
    def add_event():
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            abort(400, "send a JSON object with doc_id, start, end, type, date, city_a, city_b")
        doc_id = str(body.get("doc_id", ""))
        document_row(doc_id)
        text_file = out / "text" / f"{doc_id}.txt"
        text = text_file.read_text(encoding="utf-8") if text_file.exists() else ""
        start, end = body.get("start"), body.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            abort(400, f"start and end must select the evidence in the text (0 to {len(text)})")
        given = {k: body.get(k, "") for k in ("type", "date", "city_a", "city_b", "sectors")}
        try:
            checked = check_fields("events", given, allowed)
        except ReviewError as error:
            abort(400, str(error))
        if not checked["type"]:
            abort(400, "an added event needs its type")
        spans = lines(doc_id)
        at = spans[(spans["start"] <= start) & (spans["end"] > start)]
        finding_id = added_event_id(
            doc_id, start, end, checked["type"], checked["city_a"], checked["city_b"]
        )
        row = {
            **checked,
            "doc_id": doc_id,
            "page": str(int(at["page"].iloc[0])) if len(at) else "",
            "evidence": " ".join(text[start:end].split()),
            "start": str(start),
            "end": str(end),
            "id": finding_id,
        }
        db = store()
        try:
            db.decide(Decision(finding_id, doc_id, "events", ADDED, row))
        finally:
            db.close()
        return jsonify(as_json(finding("events", finding_id))), 201

    return app


def serve(out: Path, port: int = 0):
    """A threaded server on 127.0.0.1:`port` (0: a free port), not yet serving: call
    `serve_forever()` on it, or `start()` for a thread."""
    return make_server("127.0.0.1", port, create_app(out), threaded=True)


def start(out: Path, port: int = 0):
    """A server serving in a daemon thread; returns it (`shutdown()` stops it)."""
    server = serve(out, port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
