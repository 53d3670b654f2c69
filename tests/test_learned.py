"""The learned extractor: training on a small gold, BIO-valid decoding, model round trip and refusals."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from annotation.extractors import ExtractorError, get_extractor
from annotation.learn.decode import allowed_transitions, is_valid_bio, viterbi_bio
from annotation.learn.features import FeatureSettings
from annotation.learn.model import ModelError, load_model, save_model, train_model
from quotegold.cli import cli
from schemas import Document, Relation, Span, bio_tags, spans_to_bio, validate_document, write_documents

NAMES = ["Ann Coffey", "Mike Gapes", "Chris Leslie", "Angela Smith", "Gavin Shuker", "Luciana Berger",
         "Joan Ryan", "Sarah Wollaston", "Heidi Allen", "Anna Soubry", "Chuka Umunna", "Tom Watson"]
PARTIES = ["Labour", "Tories", "Conservatives", "Lib Dems"]
QUOTES = ["We have all now resigned", "This was a painful decision", "I am proud of what we did",
          "The party has changed", "We will sit as independents", "Nothing will stop us now"]


def make_doc(i: int, rng: random.Random) -> Document:
    """A paragraph '<PARTY> MP <NAME> resigned on Monday. <NAME> said: "<QUOTE>."' with gold from len()."""
    party, name, quote = rng.choice(PARTIES), rng.choice(NAMES), rng.choice(QUOTES)
    head = f"{party} MP "
    text = f'{head}{name} resigned on Monday.\n{name} said: "{quote}."'
    s1 = len(head)
    ev = text.index(" resigned") + 1
    s2 = text.index("\n") + 1
    q = text.index('"') + 1
    spans = (
        Span("p", 0, len(party), "PARTY"),
        Span("s1", s1, s1 + len(name), "SPEAKER"),
        Span("e", ev, ev + len("resigned"), "EVENT", {"type": "resignation"}),
        Span("s2", s2, s2 + len(name), "SPEAKER"),
        Span("q", q, q + len(quote) + 1, "QUOTE", {"kind": "direct"}),
    )
    rels = (Relation("s1", "p", "member_of"), Relation("e", "s1", "participant"), Relation("q", "s2", "said_by"))
    return validate_document(Document(f"doc{i}", text, spans, rels))


SMALL = FeatureSettings(n_features=2**14)


@pytest.fixture(scope="module")
def gold() -> list[Document]:
    rng = random.Random(7)
    return [make_doc(i, rng) for i in range(40)]


@pytest.fixture(scope="module")
def model(gold: list[Document]):  # type: ignore[no-untyped-def]
    return train_model(gold[:30], SMALL, epochs=8)


def test_learns_the_small_gold(model, gold: list[Document]) -> None:  # type: ignore[no-untyped-def]
    preds = list(model.predict_many(d.with_annotations((), ()) for d in gold[30:]))
    exact = 0
    for pred, ref in zip(preds, gold[30:], strict=True):
        validate_document(pred)
        got = {(s.start, s.end, s.label) for s in pred.spans}
        exact += got == {(s.start, s.end, s.label) for s in ref.spans}
        quote = next(s for s in pred.spans if s.label == "QUOTE")
        assert quote.attrs == {"kind": "direct"}
        speaker = {s.id: s for s in pred.spans}[next(r.tail for r in pred.relations if r.label == "said_by")]
        assert speaker.start == ref.text.index("\n") + 1  # the quote is linked to the mention in its own line
    assert exact >= 8, f"only {exact} of 10 held-out documents fully right"


def test_model_round_trip_gives_the_same_predictions(model, gold: list[Document], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    save_model(model, tmp_path / "m")
    again = load_model(tmp_path / "m")
    docs = gold[30:]
    assert list(again.predict_many(docs)) == list(model.predict_many(docs))
    manifest = json.loads((tmp_path / "m" / "manifest.json").read_text())
    assert manifest["schema_version"] == 1 and manifest["features"] == SMALL.to_dict()


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("schema_version", 99, "trained for schema version 99, but this installation has schema version 1; "
                               "retrain with `quotegold train`"),
        ("features", {"n_features": 2**14, "window": 2, "feature_version": 0},
         "trained with feature version 0, but this installation computes feature version 1"),
        ("lexicon_digest", "0000", "the rules extractor's word lists changed since this model was trained"),
        ("format", "pickle", "not a quotegold-learned model of format version 1"),
    ],
)
def test_load_refuses_a_mismatch(model, tmp_path: Path, key: str, value: object, message: str) -> None:  # type: ignore[no-untyped-def]
    save_model(model, tmp_path / "m")
    path = tmp_path / "m" / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest[key] = value
    path.write_text(json.dumps(manifest))
    with pytest.raises(ModelError) as info:
        load_model(tmp_path / "m")
    assert message in str(info.value)


def test_load_refuses_untrusted_types(model, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import datetime

    import skops.io as sio

    save_model(model, tmp_path / "m")
    (tmp_path / "m" / "model.skops").write_bytes(sio.dumps({"coef": model.coef, "when": datetime.date(2020, 1, 1)}))
    with pytest.raises(ModelError, match="holds types this loader does not trust: datetime.date; refusing"):
        load_model(tmp_path / "m")


def test_missing_model_folder_and_option() -> None:
    with pytest.raises(ExtractorError, match="extractor learned needs a model folder: --model MODEL_DIR"):
        get_extractor("learned")
    with pytest.raises(ExtractorError, match="no manifest.json; is this a folder written by `quotegold train`"):
        get_extractor("learned", model="no/such/dir")


TAGS = bio_tags()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.floats(-20, 5, allow_nan=False), min_size=len(TAGS), max_size=len(TAGS)),
                min_size=0, max_size=30), st.integers(0, 3))
def test_decoded_tags_are_always_valid_bio(rows: list[list[float]], extra: int) -> None:
    seqs = [np.array(rows).reshape(-1, len(TAGS))] + [np.array(rows[: len(rows) // (k + 2)]).reshape(-1, len(TAGS))
                                                      for k in range(extra)]
    for scores, path in zip(seqs, viterbi_bio(seqs, TAGS, batch_size=2), strict=True):
        assert len(path) == len(scores)
        assert is_valid_bio([TAGS[i] for i in path])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.floats(-5, 5, allow_nan=False), min_size=5, max_size=5), min_size=1, max_size=4))
def test_viterbi_finds_the_best_valid_sequence(rows: list[list[float]]) -> None:
    tags = ["O", "B-A", "I-A", "B-B", "I-B"]
    scores = np.array(rows)
    [path] = viterbi_bio([scores], tags)
    valid = [p for p in itertools.product(range(5), repeat=len(rows)) if is_valid_bio([tags[i] for i in p])]
    best = max(sum(scores[t, j] for t, j in enumerate(p)) for p in valid)
    assert sum(scores[t, j] for t, j in enumerate(path)) == pytest.approx(best)


def test_allowed_transitions_forbid_i_after_other_labels() -> None:
    trans, start = allowed_transitions(["O", "B-A", "I-A", "B-B", "I-B"])
    assert start.tolist()[2] < -1e6 and start.tolist()[1] == 0
    assert trans[0, 2] < -1e6 and trans[3, 2] < -1e6 and trans[1, 2] == 0 and trans[2, 2] == 0


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet='ab C"“”.\n,', max_size=80))
def test_predictions_on_any_text_are_flat_and_token_aligned(model, text: str) -> None:  # type: ignore[no-untyped-def]
    [pred] = model.predict_many([Document("x", text)])
    validate_document(pred)
    spans_to_bio(pred.text, pred.spans, pred.id)  # raises on a span off token edges or an overlap


def test_cli_train_then_preannotate(gold: list[Document], tmp_path: Path) -> None:
    write_documents(tmp_path / "gold.jsonl", gold[:30])
    write_documents(tmp_path / "new.jsonl", [d.with_annotations((), ()) for d in gold[30:]])
    runner = CliRunner()
    trained = runner.invoke(cli, ["train", str(tmp_path / "gold.jsonl"), "-o", str(tmp_path / "m"),
                                  "--n-features", str(2**14), "--epochs", "8"])
    assert trained.exit_code == 0, trained.output
    assert f"trained on 30 document(s), {sum(len(spans_to_bio(d.text, ())[0]) for d in gold[:30])} token(s)" \
        in trained.output
    result = runner.invoke(cli, ["preannotate", str(tmp_path / "new.jsonl"), "-o", str(tmp_path / "out.jsonl"),
                                 "--extractor", "learned", "--model", str(tmp_path / "m"), "--no-progress"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert len(rows) == len(gold) - 30 and all(r["spans"] for r in rows)
    missing = runner.invoke(cli, ["train", str(tmp_path / "gold.jsonl"), "-o", str(tmp_path / "m2"), "--split", "x",
                                  "--window", "9"])
    assert missing.exit_code == 2


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(alphabet='ab Mr said“”".\n', max_size=40), min_size=1, max_size=4))
def test_batch_features_equal_one_text_at_a_time(texts: list[str]) -> None:
    from annotation.learn.features import Featurizer

    featurizer = Featurizer(SMALL)
    for text, many in zip(texts, featurizer.featurize_many(texts), strict=True):
        one = featurizer.featurize(text)
        for name in ("starts", "ends", "cols", "inside", "paragraph", "sentence", "verb"):
            assert np.array_equal(getattr(one, name), getattr(many, name)), name


def test_speaker_canonical_names_follow_the_first_full_mention_and_pronoun_gender() -> None:
    from annotation.extractors.lexicon import load_lexicon
    from annotation.learn.attrs import span_attrs

    text = "Mike Gapes and Ann Coffey left. Mr Gapes said no. She said yes. He said so."
    mentions = ["Mike Gapes", "Ann Coffey", "Mr Gapes", "She", "He"]
    offsets, pos = [], 0
    for m in mentions:
        start = text.index(m, pos)
        offsets.append((start, start + len(m), "SPEAKER"))
        pos = start + len(m)
    spans = span_attrs(text, offsets, load_lexicon())
    assert [s.attrs.get("canonical") for s in spans] == [
        "Mike Gapes", "Ann Coffey", "Mike Gapes", "Ann Coffey", "Mike Gapes"]
