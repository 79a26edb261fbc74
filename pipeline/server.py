"""`kembar review`: a local web page and its JSON API over a run's `kembar.sqlite`.

The page (`review.html`, one file, no build step, nothing fetched from elsewhere) uses the
same API a script does; `run_view.py` answers every request, this module only routes. Every
decision is written to the store when it is made. The server listens on 127.0.0.1 and
answers only requests that come from this machine and name it as their host, so a web page
elsewhere cannot reach it through the browser.
"""

from __future__ import annotations

import threading
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask, abort, jsonify, request
from werkzeug.exceptions import HTTPException
from werkzeug.serving import BaseWSGIServer, make_server

from .page_image import DEFAULT_WIDTH, PageUnavailable, page_png
from .review import ADDED, CORRECTABLE, VERDICTS, ReviewError
from .run_view import NotFound, RunView, as_record, matching

LOCAL_ADDRESSES = {"127.0.0.1", "::1"}
LOCAL_NAMES = {"127.0.0.1", "localhost", "::1"}


def local_request() -> bool:
    """From this machine, to this machine by name (a rebinding page elsewhere names its
    own host), and, if it says where it comes from, from a page of this machine."""
    if request.remote_addr not in LOCAL_ADDRESSES:
        return False
    if urlsplit(f"//{request.host}").hostname not in LOCAL_NAMES:
        return False
    origin = request.headers.get("Origin")
    return not origin or urlsplit(origin).hostname in LOCAL_NAMES


def json_body() -> dict:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ReviewError('send a JSON object such as {"status": "accepted"}')
    return body


def create_app(out: Path) -> Flask:
    """The review application over the run in `out`."""
    run = RunView(out)
    app = Flask(__name__)
    app.json.sort_keys = False

    @app.before_request
    def only_this_machine():
        if not local_request():
            abort(403, "Kembar's review server answers only this machine")

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        return jsonify(error=error.description), error.code

    @app.errorhandler(NotFound)
    def not_found(error: NotFound):
        return jsonify(error=str(error)), 404

    @app.errorhandler(ReviewError)
    def bad_review(error: ReviewError):
        return jsonify(error=str(error)), 400

    @app.get("/")
    def page():
        html = files("pipeline").joinpath("review.html").read_text(encoding="utf-8")
        return html, 200, {"Content-Type": "text/html; charset=utf-8"}

    @app.get("/api/vocabulary")
    def vocabulary():
        correctable = {target: list(fields) for target, fields in CORRECTABLE.items()}
        return jsonify({**run.allowed, "status": [*VERDICTS, ADDED], "correctable": correctable})

    @app.get("/api/documents")
    def documents():
        return jsonify(run.documents())

    @app.get("/api/documents/<doc_id>")
    def document(doc_id: str):
        row = run.document(doc_id)
        return jsonify(
            {
                "doc_id": doc_id,
                "title": row["title"],
                "path": row["path"],
                "text": run.text(doc_id),
                "pages": run.pages(doc_id),
            }
        )

    @app.get("/api/documents/<doc_id>/pages/<int:number>.png")
    def page_image(doc_id: str, number: int):
        path = run.pdf(doc_id)
        width = request.args.get("width", DEFAULT_WIDTH, type=int)
        try:
            png = page_png(str(path), number, width, path.stat().st_mtime)
        except PageUnavailable as error:
            raise NotFound(str(error)) from error
        return png, 200, {"Content-Type": "image/png", "Cache-Control": "max-age=3600"}

    def listing(name: str):
        rows = matching(
            run.table(name, request.args.get("doc_id")),
            request.args.get("status", ""),
            request.args.get("type", ""),
            request.args.get("pair", ""),
        )
        return jsonify([as_record(r) for r in rows.to_dict("records")])

    def review(name: str, finding_id: str):
        body = json_body()
        fields = {k: v for k, v in body.items() if k != "status"}
        return jsonify(as_record(run.review(name, finding_id, body.get("status"), fields)))

    def withdraw(finding_id: str):
        run.withdraw(finding_id)
        return jsonify({"id": finding_id, "withdrawn": True})

    @app.get("/api/events")
    def events():
        return listing("events")

    @app.get("/api/partnerships")
    def partnerships():
        return listing("partnerships")

    @app.get("/api/events/<finding_id>")
    def event(finding_id: str):
        return jsonify(run.event(finding_id))

    @app.post("/api/events")
    def add_event():
        body = json_body()
        given = {k: body.get(k, "") for k in CORRECTABLE["events"]}
        added = run.add_event(
            str(body.get("doc_id", "")), body.get("start"), body.get("end"), given
        )
        return jsonify(as_record(added)), 201

    for target in ("events", "partnerships"):
        app.add_url_rule(
            f"/api/{target}/<finding_id>/review",
            f"review_{target}",
            lambda finding_id, target=target: review(target, finding_id),
            methods=["POST"],
        )
        app.add_url_rule(
            f"/api/{target}/<finding_id>/review",
            f"withdraw_{target}",
            withdraw,
            methods=["DELETE"],
        )
    return app


def serve(out: Path, port: int = 0) -> BaseWSGIServer:
    """A threaded server on 127.0.0.1:`port` (0: a free port), not yet serving: call
    `serve_forever()` on it, or use `start()` for a thread."""
    return make_server("127.0.0.1", port, create_app(out), threaded=True)


def start(out: Path, port: int = 0) -> BaseWSGIServer:
    """A server serving in a daemon thread; `shutdown()` stops it."""
    server = serve(out, port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
