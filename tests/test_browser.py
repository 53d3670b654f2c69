"""Headless Chromium opens the seeded sample article in Label Studio and shows every predicted region."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas import read_documents

pytestmark = [pytest.mark.studio, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "data" / "000_c98886b67c823cbf.txt"


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (run `make browser`)")
def test_sample_article_shows_every_predicted_region(studio, studio_client, studio_project, tmp_path) -> None:
    from playwright.sync_api import sync_playwright

    from annotation.extractors import get_extractor
    from corpus.ingest import add_to_corpus

    add_to_corpus([SAMPLE], tmp_path / "corpus.jsonl")
    (doc,) = read_documents(tmp_path / "corpus.jsonl")
    extractor = get_extractor("rules")
    pred = extractor.extract(doc)
    assert len(pred.spans) > 10  # the sample article is rich: a handful of regions would prove little
    report = studio_client.seed(studio_project, [doc], {extractor.model_version: [pred]})
    task_id = report.task_ids[doc.id]

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{studio.url}/user/login/")
            page.fill('input[name="email"]', studio.username)
            page.fill('input[name="password"]', studio.password)
            page.click('button[type="submit"], input[type="submit"]')
            page.wait_for_url(lambda url: "/login" not in url, timeout=60_000)
            page.goto(f"{studio.url}/projects/{studio_project.id}/data?task={task_id}")
            page.wait_for_selector(".htx-highlight", timeout=90_000)
            page.wait_for_timeout(1500)  # the editor adds regions one by one; let it settle
            page.screenshot(path=str(tmp_path / "sample-article.png"), full_page=True)
            shown = page.eval_on_selector_all(
                ".htx-highlight",
                "els => els.map(e => [e.dataset.index, e.dataset.label, e.textContent])",
            )
        finally:
            browser.close()

    # A region crossing a line break may be drawn as several highlight pieces: count regions by index.
    regions: dict[str, tuple[str, str]] = {}
    for index, label, text in shown:
        prev = regions.get(index, (label, ""))
        regions[index] = (label, prev[1] + text)
    assert len(regions) == len(pred.spans)
    # And they show the predicted text under the predicted label (offsets survived the round trip).
    assert sorted((lab.split(":", 1)[1], text) for lab, text in regions.values()) == sorted(
        (s.label, s.text_in(doc.text)) for s in pred.spans
    )
    assert (tmp_path / "sample-article.png").stat().st_size > 10_000
