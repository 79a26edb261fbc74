"""The review server: its JSON API from a script, its refusals, decisions that outlive a
re-run, the gold it exports, and the page itself in headless Chromium."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import yaml
from conftest import REPO

from pipeline import cli, evaluate
from pipeline.runner import run
from pipeline.server import create_app, start
from pipeline.store import Store

SURABAYA = "101_surabaya_gaziantep"


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def client(out: Path):
    return create_app(out).test_client()


def test_the_api_lists_events_with_ids_and_keeps_a_review(reviewed_run):
    _, out = reviewed_run
    api = client(out)
    events = api.get(f"/api/events?doc_id={SURABAYA}").get_json()
    assert [e["type"] for e in events] == ["loi_signed", "legislative", "mou_signed"]
    first = events[0]
    assert first["id"].startswith("e") and first["review"] == "" and first["page"] == 1

    answer = api.post(f"/api/events/{first['id']}/review", json={"status": "accepted"})
    assert answer.status_code == 200 and answer.get_json()["review"] == "accepted"
    detail = api.get(f"/api/events/{first['id']}").get_json()
    assert detail["decision"]["status"] == "accepted"
    assert detail["boxes"] and {b["page"] for b in detail["boxes"]} == {1}
    marked = {first["evidence"][m["start"] : m["end"]] for m in detail["marks"]}
    assert {"Letter of Intent", "11 Desember 2019"} <= marked
    assert api.get("/api/events?status=accepted").get_json()[0]["id"] == first["id"]
    assert len(api.get("/api/events?status=unreviewed").get_json()) == 14


def test_bad_reviews_get_a_one_line_reason(reviewed_run):
    _, out = reviewed_run
    api = client(out)
    event_id = api.get("/api/events").get_json()[0]["id"]
    cases = [
        ({"status": "maybe"}, 400, "status must be one of: accepted, rejected, corrected"),
        ({"status": "corrected"}, 400, "a correction names the fields it corrects"),
        ({"status": "accepted", "date": "2019"}, 400, "only a correction carries fields"),
        ({"status": "corrected", "date": "kemarin"}, 400, "date 'kemarin' is not like"),
    ]
    for body, code, reason in cases:
        answer = api.post(f"/api/events/{event_id}/review", json=body)
        assert answer.status_code == code and answer.get_json()["error"].startswith(reason)
    missing = api.post("/api/events/e000/review", json={"status": "accepted"})
    assert missing.status_code == 404 and missing.get_json() == {"error": "no event with id e000"}
    assert api.delete(f"/api/events/{event_id}/review").status_code == 404


def test_requests_from_other_hosts_are_refused(reviewed_run):
    _, out = reviewed_run
    api = client(out)
    assert api.get("/api/events").status_code == 200
    assert api.get("/api/events", environ_base={"REMOTE_ADDR": "192.168.1.20"}).status_code == 403
    assert api.get("/api/events", headers={"Host": "attacker.example:8765"}).status_code == 403
    posted = api.post(
        "/api/events/x/review",
        json={"status": "accepted"},
        headers={"Origin": "http://attacker.example"},
    )
    assert posted.status_code == 403


def test_the_page_and_a_page_image_are_served(reviewed_run):
    _, out = reviewed_run
    api = client(out)
    page = api.get("/")
    assert page.status_code == 200 and b"Kembar review" in page.data
    image = api.get(f"/api/documents/{SURABAYA}/pages/1.png")
    assert image.status_code == 200 and image.data[:8] == b"\x89PNG\r\n\x1a\n"
    assert api.get(f"/api/documents/{SURABAYA}/pages/9.png").status_code == 404
    document = api.get(f"/api/documents/{SURABAYA}").get_json()
    assert [p["page"] for p in document["pages"]] == [1, 2]
    assert round(document["pages"][0]["width"]) == 595
    text = document["text"]
    assert text[document["pages"][1]["start"] :].startswith(text[document["pages"][1]["start"]])


def test_decisions_outlive_a_forced_rerun_and_one_no_longer_found_is_kept(reviewed_run):
    folder, out = reviewed_run
    api = client(out)
    first, second = api.get(f"/api/events?doc_id={SURABAYA}").get_json()[:2]
    api.post(f"/api/events/{first['id']}/review", json={"status": "rejected"})
    api.post(f"/api/events/{second['id']}/review", json={"status": "corrected", "date": "2020-10"})
    gone = {**second, "id": "e_gone", "type": "proposal", "date": "2018"}
    store = Store(out)
    try:
        from pipeline.review import Decision

        fields = {k: str(v) for k, v in gone.items() if not isinstance(v, list)}
        store.decide(Decision("e_gone", SURABAYA, "events", "accepted", {}, fields))
    finally:
        store.close()

    summary = run(folder, out, workers=1, force=True)
    assert summary["ok"] == 3
    rows = {r["id"]: r for r in read(out / "events.csv")}
    assert rows[first["id"]]["review"] == "rejected"
    assert (rows[second["id"]]["review"], rows[second["id"]]["date"]) == ("corrected", "2020-10")
    assert (rows["e_gone"]["review"], rows["e_gone"]["extracted"]) == ("accepted", "no")
    timeline = read(out / "timeline.csv")
    assert not any(r["type"] == first["type"] and r["date"] == first["date"] for r in timeline)
    assert any(r["date"] == "2020-10" and r["review"] == "corrected" for r in timeline)
    listed = client(out).get("/api/events?status=accepted").get_json()
    assert [(e["id"], e["extracted"]) for e in listed] == [("e_gone", "no")]
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "3 of 16 reviewed" in report and "1 rejected" in report


def test_a_rejected_partnership_leaves_the_corpus_table_and_a_withdrawn_one_returns(
    reviewed_run,
):
    _, out = reviewed_run
    api = client(out)
    listed = api.get(f"/api/partnerships?doc_id={SURABAYA}").get_json()
    mentioned = next(p for p in listed if p["city_b"] == "Kitakyushu")
    subject = next(p for p in listed if p["city_b"] == "Gaziantep")
    api.post(f"/api/partnerships/{mentioned['id']}/review", json={"status": "rejected"})
    corrected = api.post(
        f"/api/partnerships/{subject['id']}/review",
        json={"status": "corrected", "sectors": ["education"], "role": "subject"},
    ).get_json()
    assert (corrected["review"], corrected["sectors"]) == ("corrected", ["education"])
    assert (
        api.post(
            f"/api/partnerships/{subject['id']}/review", json={"status": "corrected", "kind": "x"}
        )
        .get_json()["error"]
        .startswith("kind 'x' is not one of: sister_province, friendship_city")
    )
    cli.main(["export", str(out)])
    pairs = {(r["city_b"], r["review"]) for r in read(out / "partnerships_all.csv")}
    assert ("Kitakyushu", "rejected") not in pairs and ("Gaziantep", "corrected") in pairs
    assert {r["city_b"]: r["review"] for r in read(out / "partnerships.csv")}["Kitakyushu"] == (
        "rejected"
    )

    assert api.delete(f"/api/partnerships/{mentioned['id']}/review").get_json()["withdrawn"]
    cli.main(["export", str(out)])
    assert "Kitakyushu" in {r["city_b"] for r in read(out / "partnerships_all.csv")}


def test_a_decision_outlives_a_rules_change_and_shows_what_the_rules_say_now(
    reviewed_run, tmp_path, monkeypatch
):
    folder, out = reviewed_run
    api = client(out)
    visit = api.get("/api/events?type=activity&pair=Bandung|Braunschweig").get_json()[1]
    assert visit["sectors"] == ["culture"] and "rombongan" in visit["evidence"]
    api.post(f"/api/events/{visit['id']}/review", json={"status": "accepted"})

    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    sectors = rules / "sectors.yaml"
    text = sectors.read_text(encoding="utf-8").replace("tourism: [", "tourism: [rombongan, ")
    sectors.write_text(text, encoding="utf-8")
    monkeypatch.setenv("KEMBAR_RULES", str(rules))
    command = [sys.executable, "-m", "pipeline", "extract", str(folder), "--out", str(out)]
    subprocess.run([*command, "--force", "--workers", "1"], check=True, capture_output=True)

    row = {r["id"]: r for r in read(out / "events.csv")}[visit["id"]]
    assert (row["review"], row["extracted"], row["sectors"]) == ("accepted", "yes", "culture")
    detail = client(out).get(f"/api/events/{visit['id']}").get_json()
    assert detail["rules_now"] == {"sectors": "culture;tourism"}


def test_the_api_works_from_a_script_over_http(reviewed_run):
    _, out = reviewed_run
    server = start(out)
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        with urllib.request.urlopen(f"{base}/api/events") as answer:
            events = json.load(answer)
        request = urllib.request.Request(
            f"{base}/api/events/{events[0]['id']}/review",
            data=json.dumps({"status": "corrected", "date": "2019-12"}).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request) as answer:
            assert json.load(answer)["date"] == "2019-12"
    finally:
        server.shutdown()
        server.server_close()


def test_review_export_gold_writes_what_eval_reads(reviewed_run, tmp_path):
    folder, out = reviewed_run
    api = client(out)
    events = api.get(f"/api/events?doc_id={SURABAYA}").get_json()
    api.post(f"/api/events/{events[0]['id']}/review", json={"status": "rejected"})
    api.post(f"/api/events/{events[1]['id']}/review", json={"status": "corrected", "date": "2020"})
    gold = tmp_path / "gold"
    assert cli.main(["review", str(out), "--export-gold", str(gold)]) == 0
    assert [p.name for p in gold.iterdir()] == [f"{SURABAYA}.yaml"]
    data = yaml.safe_load((gold / f"{SURABAYA}.yaml").read_text(encoding="utf-8"))
    assert [(e["type"], e["date"]) for e in data["events"]] == [
        ("legislative", "2020"),
        ("mou_signed", "2021-04-27"),
    ]
    assert data["partnerships"][0]["cities"] == ["Surabaya", "Gaziantep"]
    assert (
        (gold / f"{SURABAYA}.yaml")
        .read_text(encoding="utf-8")
        .startswith(
            f"# Gold for {SURABAYA} from a review in Kembar: 1 rejected, 1 corrected; 3 finding(s)"
        )
    )
    cli.main(["export", str(out)])
    _, partnerships, found = evaluate.report(gold, out)
    assert (partnerships.f1, found.f1) == (1.0, 1.0)
    fresh = tmp_path / "fresh"
    run(folder, fresh, workers=1)
    _, _, rules_only = evaluate.report(gold, fresh)
    assert (rules_only.false_positive, rules_only.false_negative) == (2, 1)


def test_a_researcher_reviews_in_the_browser_and_the_decisions_last(
    reviewed_run, browser, tmp_path
):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select, WebDriverWait

    folder, out = reviewed_run
    server = start(out)
    wait = WebDriverWait(browser, 10)

    def statuses() -> list[str]:
        return browser.execute_script(
            "return [...document.querySelectorAll('#rows tr')].map(r => r.dataset.review)"
        )

    def press(key: str) -> None:
        browser.find_element(By.TAG_NAME, "body").send_keys(key)

    try:
        browser.set_window_size(1500, 1000)
        browser.get(f"http://127.0.0.1:{server.server_port}/")
        wait.until(lambda b: len(statuses()) == 15)
        assert browser.execute_script(
            "return performance.getEntriesByType('resource')"
            ".every(r => r.name.startsWith(location.origin))"
        )
        Select(browser.find_element(By.ID, "filter-doc")).select_by_value(SURABAYA)
        wait.until(lambda b: len(statuses()) == 3)
        wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "#pageview .box"))
        assert browser.execute_script("return document.getElementById('pageimg').naturalWidth") > 0
        marks = browser.find_elements(By.CSS_SELECTOR, "#evidence mark")
        assert {m.get_attribute("class") for m in marks} == {"DATE", "AGREEMENT"}

        press("a")
        wait.until(lambda b: statuses()[0] == "accepted")
        press("r")
        wait.until(lambda b: statuses()[1] == "rejected")
        press("c")
        date = wait.until(lambda b: b.find_element(By.CSS_SELECTOR, "#correct input[name=date]"))
        date.clear()
        date.send_keys("2021-05", Keys.ENTER)
        wait.until(lambda b: statuses()[2] == "corrected")

        phrase = "Pansus kemudian memberi persetujuan setelah mendengar paparan Bagian Kerja Sama."
        browser.execute_script(
            """const node = document.getElementById('pagetext').firstChild;
            const at = node.textContent.indexOf(arguments[0]);
            const range = document.createRange();
            range.setStart(node, at); range.setEnd(node, at + arguments[0].length);
            getSelection().removeAllRanges(); getSelection().addRange(range);""",
            phrase,
        )
        press("n")
        kind = wait.until(lambda b: b.find_element(By.CSS_SELECTOR, "#add select[name=type]"))
        assert browser.find_element(By.ID, "add-evidence").text == phrase
        Select(kind).select_by_value("legislative")
        browser.find_element(By.CSS_SELECTOR, "#add input[name=date]").send_keys(
            "2020-11", Keys.ENTER
        )
        wait.until(lambda b: len(statuses()) == 4)
        assert statuses() == ["accepted", "rejected", "corrected", "added"]
    finally:
        server.shutdown()
        server.server_close()

    assert run(folder, out, workers=1, force=True)["ok"] == 3
    mine = [r for r in read(out / "events.csv") if r["doc_id"] == SURABAYA]
    assert [(r["type"], r["date"], r["review"]) for r in mine] == [
        ("loi_signed", "2019-12-11", "accepted"),
        ("legislative", "2020-10-05", "rejected"),
        ("mou_signed", "2021-05", "corrected"),
        ("legislative", "2020-11", "added"),
    ]
    assert mine[3]["evidence"] == phrase and mine[3]["page"] == "1"
    gold = tmp_path / "gold"
    assert cli.main(["review", str(out), "--export-gold", str(gold)]) == 0
    data = yaml.safe_load((gold / f"{SURABAYA}.yaml").read_text(encoding="utf-8"))
    assert [(e["type"], e["date"]) for e in data["events"]] == [
        ("loi_signed", "2019-12-11"),
        ("mou_signed", "2021-05"),
        ("legislative", "2020-11"),
    ]
    text, partnerships, events = evaluate.report(gold, out)
    assert (partnerships.f1, events.f1) == (1.0, 1.0), text
    assert text.startswith("Scored 1 documents")
