"""The Label Studio round trip against a real server (the session's ``studio`` fixture)."""

from __future__ import annotations

import json
import os
import stat
import threading

import pytest
from click.testing import CliRunner

from annotation.studio import annotator_pseudonym, connect, pseudonym_key, start_server
from annotation.studio.server import kill_server
from quotegold.cli import cli
from schemas import Document, Relation, SchemaError, Span, StudioError, read_documents, write_documents

pytestmark = pytest.mark.studio


def _doc(i: int) -> tuple[Document, Document]:
    """A corpus document and its prediction: SPEAKER, QUOTE, said_by."""
    text = f'Ms Berger {i} said: "We have resigned."'
    q0 = len(f'Ms Berger {i} said: "')
    pred = Document(
        f"doc-{i}",
        text,
        (Span("s", 0, len("Ms Berger"), "SPEAKER", {"canonical": "Luciana Berger"}),
         Span("q", q0, q0 + len("We have resigned."), "QUOTE", {"kind": "direct"})),
        (Relation("q", "s", "said_by"),),
    )
    return Document(pred.id, text), pred


def _task_doc_ids(studio_client, project) -> list[str]:
    return sorted(t.doc_id for ts in studio_client.existing_tasks(project).values() for t in ts)


def test_seed_and_reseed_never_duplicates(studio_client, studio_project) -> None:
    docs, preds = zip(*(_doc(i) for i in range(12)), strict=True)
    first = studio_client.seed(studio_project, docs[:8], {"rules@1": preds[:8]}, batch_size=3)
    assert (first.added, first.skipped) == (8, 0)
    again = studio_client.seed(studio_project, docs, {"rules@1": preds}, batch_size=3)
    assert (again.added, again.skipped, again.predictions_added) == (4, 8, 0)
    assert _task_doc_ids(studio_client, studio_project) == sorted(d.id for d in docs)
    other = studio_client.seed(studio_project, docs, {"other@2": preds})
    assert (other.added, other.predictions_added) == (0, 12)
    tasks = studio_client.existing_tasks(studio_project)
    assert all(ts[0].model_versions == {"rules@1", "other@2"} for ts in tasks.values())


def test_changed_text_under_existing_id_is_reported_not_sent(studio_client, studio_project) -> None:
    doc, _ = _doc(1)
    studio_client.seed(studio_project, [doc])
    changed = Document(doc.id, doc.text + " More.")
    report = studio_client.seed(studio_project, [changed])
    assert (report.added, report.changed) == (0, (doc.id,))
    assert _task_doc_ids(studio_client, studio_project) == [doc.id]


def test_unknown_label_refused_before_sending(studio_client, studio_project) -> None:
    doc, pred = _doc(1)
    bad = pred.with_annotations((*pred.spans, Span("x", len("Ms "), len("Ms Berger"), "PERSON")), pred.relations)
    with pytest.raises(SchemaError) as err:
        studio_client.seed(studio_project, [doc], {"rules@1": [bad]})
    assert "document 'doc-1': span x [3:9] PERSON: unknown label" in str(err.value)
    assert _task_doc_ids(studio_client, studio_project) == []


def test_wrong_token_gives_a_clear_error(studio) -> None:
    with pytest.raises(StudioError) as err:
        connect(studio.url, "not-the-token")
    assert str(err.value) == (
        f"Label Studio at {studio.url} refused the API token (Invalid token.) while trying to log in; check "
        "LABEL_STUDIO_API_KEY, or see `quotegold studio status --show-token`"
    )


def test_two_users_annotate_the_same_task_both_exported(studio_client, studio_project) -> None:
    doc, pred = _doc(3)
    studio_client.seed(studio_project, [doc], {"rules@1": [pred]})
    second = studio_client.create_user("second.annotator@example.org")
    assert studio_client.create_user("second.annotator@example.org") == second
    fewer = pred.with_annotations(pred.spans[:1], ())
    assert studio_client.import_annotations(studio_project, [pred]).added == 1
    assert studio_client.import_annotations(studio_project, [fewer], user=second).added == 1
    assert studio_client.import_annotations(studio_project, [fewer], user=second).skipped == 1
    result = studio_client.export(studio_project, b"k")
    by_user = {d.meta["annotator"]: d for d in result.documents}
    assert len(result.documents) == 2 and len(by_user) == 2
    assert all(not any("@" in str(v) for v in d.meta.values()) for d in result.documents)
    assert sorted(len(d.spans) for d in by_user.values()) == [1, 2]


def test_emoji_and_crlf_offsets_survive_seed_annotate_export(studio_client, studio_project) -> None:
    raw = 'Mr Gapes 👩\u200d👩\u200d👧 🇬🇧 said:\r\n"I am sickened 😷."\r\nHe quit.'
    q0 = raw.index('"') + 1
    quote = "I am sickened 😷."
    ev0 = raw.index("quit")
    gold = Document(
        "emoji-crlf",
        raw,
        (Span("s", 0, len("Mr Gapes"), "SPEAKER", {"canonical": "Mike Gapes"}),
         Span("q", q0, q0 + len(quote), "QUOTE", {"kind": "direct"}),
         Span("e", ev0, ev0 + len("quit"), "EVENT", {"type": "resignation"})),
        (Relation("q", "s", "said_by"), Relation("e", "s", "participant")),
    )
    studio_client.seed(studio_project, [Document(gold.id, raw)], {"rules@1": [gold]})
    studio_client.import_annotations(studio_project, [gold])
    (exported,) = studio_client.export(studio_project, b"k").documents
    assert exported.text == raw
    assert (exported.spans, exported.relations) == (gold.spans, gold.relations)
    assert [s.text_in(exported.text) for s in exported.spans] == ["Mr Gapes", quote, "quit"]


def test_config_update_refuses_to_orphan_used_labels(studio_client, studio_project) -> None:
    from dataclasses import replace

    from schemas import load_schema

    schema = load_schema()
    _, pred = _doc(4)
    studio_client.import_annotations(studio_project, [pred])
    newer = replace(schema, version=schema.version + 1, spans=tuple(s for s in schema.spans if s.label != "SPEAKER"),
                    relations=tuple(r for r in schema.relations if "SPEAKER" not in r.head + r.tail))
    with pytest.raises(StudioError, match=r"would orphan labels already used in its annotations \(label:SPEAKER"):
        studio_client.ensure_project(studio_project.title, newer)
    grown = replace(schema, version=schema.version + 1)
    assert f"version {schema.version + 1}" in studio_client.ensure_project(studio_project.title, grown).label_config
    with pytest.raises(StudioError, match="newer than this one"):
        studio_client.ensure_project(studio_project.title, schema)


def test_cli_seed_export_gold_import(studio, studio_client, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", studio.token)
    monkeypatch.setenv("QUOTEGOLD_HOME", str(tmp_path / "home"))
    pairs = [_doc(i) for i in range(3)]
    write_documents(tmp_path / "corpus.jsonl", [d for d, _ in pairs])
    write_documents(tmp_path / "pred.jsonl", [p for _, p in pairs])
    runner = CliRunner()
    args = ["--url", studio.url, "--project", "cli-round-trip"]
    out = runner.invoke(cli, ["seed", str(tmp_path / "corpus.jsonl"), "--predictions", str(tmp_path / "pred.jsonl"),
                              "--model-version", "rules@1", *args])
    assert out.exit_code == 0, out.output
    assert "3 task(s) added, 0 already there" in out.output
    out = runner.invoke(cli, ["seed", str(tmp_path / "corpus.jsonl"), *args])
    assert "0 task(s) added, 3 already there" in out.output
    out = runner.invoke(cli, ["gold-import", str(tmp_path / "pred.jsonl"), *args])
    assert "3 annotation(s) added" in out.output, out.output
    target = tmp_path / "annotations.jsonl"
    out = runner.invoke(cli, ["export", "-o", str(target), *args])
    assert out.exit_code == 0, out.output
    rows = read_documents(target)
    assert sorted(r.id for r in rows) == [p.id for _, p in pairs]
    key = pseudonym_key()
    assert {r.meta["annotator"] for r in rows} == {annotator_pseudonym(studio_client.me.id, key)}
    assert all(r.meta["ground_truth"] for r in rows)
    assert stat.S_IMODE(os.stat(tmp_path / "home" / "pseudonym.key").st_mode) == 0o600
    out = runner.invoke(cli, ["export", "-o", str(target), "--url", studio.url, "--project", "no-such-project"])
    assert out.exit_code == 1
    assert out.output.strip() == (
        f"Error: no project called 'no-such-project' on {studio.url}; seed it first with `quotegold seed`"
    )


def test_cli_export_from_file(studio_client, studio_project, tmp_path) -> None:
    _, pred = _doc(5)
    studio_client.import_annotations(studio_project, [pred])
    (tmp_path / "export.json").write_text(json.dumps(studio_client.export_tasks(studio_project)), encoding="utf-8")
    out = CliRunner().invoke(cli, ["export", "--from-file", str(tmp_path / "export.json"), "-o",
                                   str(tmp_path / "a.jsonl"), "--workdir", str(tmp_path / "wd")])
    assert out.exit_code == 0, out.output
    (row,) = read_documents(tmp_path / "a.jsonl")
    assert (row.spans, row.relations) == (pred.spans, pred.relations)


def test_credentials_file_is_owner_only(studio) -> None:
    path = studio.workdir / "credentials.json"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert json.loads(path.read_text())["token"] == studio.token


def test_a_server_that_does_not_know_our_token_is_not_ours(studio, tmp_path) -> None:
    from annotation.studio.server import accepts_token

    assert accepts_token(studio.url, studio.token)
    assert not accepts_token(studio.url, "not-" + studio.token)
    # A work dir whose credentials name the session server's port but another token, with a live pid: the
    # server answering there belongs to someone else, so start must not hand it out as this work dir's.
    creds = json.loads((studio.workdir / "credentials.json").read_text()) | {"token": "f" * 40}
    (tmp_path / "credentials.json").write_text(json.dumps(creds))
    (tmp_path / "label-studio.pid").write_text(f"{os.getpid()}\n")
    with pytest.raises(StudioError, match=f"port {studio.credentials.port} is taken by another program"):
        start_server(tmp_path)


def test_a_first_start_on_a_taken_port_writes_nothing(studio, tmp_path) -> None:
    workdir = tmp_path / "fresh"
    with pytest.raises(StudioError, match=f"port {studio.credentials.port} is taken by another program"):
        start_server(workdir, port=studio.credentials.port)
    assert not (workdir / "credentials.json").exists()  # `studio status` still says "not set up"


def test_kill_restart_reseed_every_document_exactly_once(studio, studio_client, studio_project) -> None:
    # Runs last in this file: it kills and restarts the session's server (same work dir, URL and token).
    docs, preds = zip(*(_doc(i) for i in range(300)), strict=True)
    first_batch = threading.Event()
    errors: list[BaseException] = []

    def progress(n: int) -> None:
        if n:
            first_batch.set()

    def run() -> None:
        try:
            studio_client.seed(studio_project, docs, {"rules@1": preds}, batch_size=4, progress=progress)
        except BaseException as exc:  # the server dies under it: that is the point
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    assert first_batch.wait(60)
    kill_server(studio.workdir)
    thread.join(120)
    assert errors and isinstance(errors[0], StudioError), errors
    start_server(studio.workdir, timeout=240)
    client = connect(studio.url, studio.token)
    report = client.seed(studio_project, docs, {"rules@1": preds}, batch_size=50)
    assert report.added > 0 and not report.duplicates
    tasks = client.existing_tasks(studio_project)
    assert sorted(tasks) == sorted(d.id for d in docs)
    assert all(len(ts) == 1 and ts[0].model_versions == {"rules@1"} for ts in tasks.values())
