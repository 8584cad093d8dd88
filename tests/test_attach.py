"""Incremental dedup: new articles attach to existing canonical events; a
rebuild gives the same clusters and ids; a recollection joins its original."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.app.jobs import run_job
from eventwire.corpus.attach import View, add_name_keys, attach_pending, rebuild
from eventwire.corpus.dedup import Mention
from eventwire.settings import Settings
from eventwire.store import open_store

DATA = Path(__file__).parent / "data"
RECALL = [
    {"id": "jan-reuters", "outlet": "Reuters", "published": "2020-01-04",
     "text": "A US drone strike killed Iranian general Qassem Soleimani at Baghdad airport on "
             "Friday, the Pentagon said. Iran vowed harsh revenge for the attack."},
    {"id": "jan-aj", "outlet": "Al Jazeera", "published": "2020-01-03",
     "text": "The United States killed Qassem Soleimani, the commander of Iran's Quds Force, in "
             "an air strike at Baghdad airport early on Friday, Iraqi officials said."},
    {"id": "nov-iqna", "outlet": "IQNA", "published": "2020-11-14",
     "text": "Kataib Hezbollah said on Thursday it would attack US forces if they stayed in "
             "Iraq. The group recalled Washington's January 3 assassination of Qassem "
             "Soleimani. On Tuesday, rockets struck the US embassy in Baghdad."},
]


def _write(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _clusters(url: str) -> dict[str, str]:
    with open_store(url) as store:
        rows = store.rows("SELECT event_id, canonical_id FROM canonical_mentions")
    return {r["event_id"]: r["canonical_id"] for r in rows}


def _trigger_cluster(url: str, article_id: str, trigger: str) -> str:
    with open_store(url) as store:
        ev = next(e for e in store.events(article_id=article_id)
                  if e["trigger"]["text"] == trigger)
        found = store.canonical_of(ev["event_id"])
    assert found is not None
    return found


def test_recollection_joins_its_original_not_the_november_events(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'r.db'}"
    settings = Settings(store_url=url, progress=False)
    run_job([_write(tmp_path / "jan.jsonl", RECALL[:2])], settings)
    january = _trigger_cluster(url, "jan-reuters", "killed")
    assert _trigger_cluster(url, "jan-aj", "killed") == january
    run_job([_write(tmp_path / "nov.jsonl", RECALL[2:])], settings)  # incremental
    assert _trigger_cluster(url, "nov-iqna", "assassination") == january
    assert _trigger_cluster(url, "nov-iqna", "struck") != january
    assert _trigger_cluster(url, "jan-reuters", "killed") == january  # id kept


def test_incremental_equals_rebuild_and_ids_are_stable(tmp_path: Path) -> None:
    records = [json.loads(x) for x in (DATA / "dedup_articles.jsonl").open()] + RECALL
    url = f"sqlite:///{tmp_path / 'i.db'}"
    settings = Settings(store_url=url, progress=False)
    for i, rec in enumerate(records):  # one article per run: attach each time
        run_job([_write(tmp_path / f"a{i}.jsonl", [rec])], settings)
    incremental = _clusters(url)
    with open_store(url) as store:
        before = store.canonical_events()
        report = rebuild(store)
        after = store.canonical_events()
        assert attach_pending(store).events == 0  # nothing left to attach
    assert report.events == len(incremental)
    assert _clusters(url) == incremental
    assert sorted(json.dumps(c, sort_keys=True) for c in before) == \
        sorted(json.dumps(c, sort_keys=True) for c in after)


def test_lexical_fallback_runs_without_vectors(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'l.db'}"
    run_job([_write(tmp_path / "jan.jsonl", RECALL)], Settings(store_url=url, dedup=False,
                                                               progress=False))
    with open_store(url) as store:
        report = rebuild(store, "stored_lexical")
        assert report.events == len(store.events()) and report.canonical > 0
        vectors = store.rows("SELECT COUNT(*) AS n FROM event_vectors")[0]["n"]
    assert vectors == 0  # the lexical model needs no embeddings


def test_name_keys_join_the_block_keys_of_every_event_of_the_article() -> None:
    text = ("Protesters marched in Minsk on Sunday. Police in Minsk detained Tikhanovskaya "
            "supporters; Lukashenko said Minsk would stay calm. Tikhanovskaya left in August.")
    views = [View(f"e{i}", "art", Mention(f"e{i}", "art", "PROTEST", lemma=w), None,
                  (f"w:{w}",), None) for i, w in enumerate(("march", "detain"))]
    add_name_keys(views, text)
    # Minsk 3 times, then the ties in alphabetical order; no day or month name
    assert views[0].keys == ("w:march", "n:minsk", "n:lukashenko", "n:tikhanovskaya")
    assert views[1].keys[-3:] == views[0].keys[-3:]


# -- the stored_records model (dedup41): fitted on stored events -------------
# Class: one event named by another trigger word ("attacked" / "struck",
# "seized" / "captured", "killed" / "shot") — again in the same report, or by
# another outlet — joins its canonical event when the two reports share what
# a stored event knows (a resolved participant or city, the text's day); two
# events of one type named by different words that share nothing stay apart.


def _view(event_id: str, article: str, lemma: str, *, day: str | None = None,
          participants: tuple[str, ...] = (), place: int | None = None,
          type_: str = "ASSAULT") -> View:
    m = Mention(event_id, article, type_, (day, day) if day else None, day, place,
                participants=frozenset(participants), lemma=lemma)
    return View(event_id, article, m, day or "2024-03-02", (f"w:{lemma}",), "2024-03-02")


def _score(tmp_path: Path, v: View, member: View, doc_sim: float) -> tuple[float, float]:
    from eventwire.corpus import pairwise
    from eventwire.corpus.attach import Attacher
    from eventwire.store.dedup_tables import DedupTables

    model = pairwise.load("stored_records")
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        att = Attacher(DedupTables(store), model, model.threshold("stored"))
        sims = {v.article_id: 1.0, member.article_id: doc_sim}
        return att.score(v, [member], sims), att.threshold


def test_stored_records_joins_another_word_for_the_same_event(tmp_path: Path) -> None:
    cases = [  # same article, a militia both times, the same day
        (_view("a2", "art", "struck", day="2024-03-01", participants=("pet:militia",)),
         _view("a1", "art", "attacked", day="2024-03-01", participants=("pet:militia",)), 1.0),
        # another outlet, the same port city and day: "seized" / "captured"
        (_view("b2", "wire", "captured", day="2024-05-09", place=360630, type_="COERCE"),
         _view("b1", "paper", "seized", day="2024-05-09", place=360630, type_="COERCE"), 0.4),
        # another outlet, the same victim, the day only in one text
        (_view("c2", "blog", "shot", participants=("pet:mayor",)),
         _view("c1", "radio", "killed", day="2024-03-02", participants=("pet:mayor",)), 0.5),
    ]
    for v, member, sim in cases:
        score, threshold = _score(tmp_path, v, member, sim)
        assert score >= threshold, (v.mention.lemma, member.mention.lemma)


def test_stored_records_keeps_unrelated_words_of_a_type_apart(tmp_path: Path) -> None:
    cases = [  # one article, two attacks by other words, nothing shared
        (_view("d2", "art", "shelled"), _view("d1", "art", "bombed"), 1.0),
        # one article, other words, other participants, no day in the text
        (_view("e2", "art", "raided", participants=("pet:police",)),
         _view("e1", "art", "ambushed", participants=("pet:rebels",)), 1.0),
        # two outlets with little in common, other words
        (_view("f2", "wire", "detained", type_="COERCE"),
         _view("f1", "paper", "expelled", type_="COERCE"), 0.05),
    ]
    for v, member, sim in cases:
        score, threshold = _score(tmp_path, v, member, sim)
        assert score < threshold, (v.mention.lemma, member.mention.lemma)


def test_stored_records_has_no_rule_bonus_for_a_shared_day_and_participant(
        tmp_path: Path) -> None:
    # the ECB+ models add 1 for a text day and a shared participant; a model
    # fitted on stored events weighs them itself: a probability, never above 1
    v = _view("g2", "art", "stormed", day="2024-03-01", participants=("pet:army",))
    member = _view("g1", "art", "raided", day="2024-03-01", participants=("pet:army",))
    score, _threshold = _score(tmp_path, v, member, 1.0)
    assert 0.0 < score < 1.0


REWORDED = [  # one ambush and one boat seizure, each told by other words
    {"id": "w1", "outlet": "Wire", "published": "2024-04-11",
     "text": "Gunmen attacked a police convoy near Kandahar on Wednesday, killing four "
             "officers, the provincial governor said. The Taliban claimed the assault in a "
             "statement."},
    {"id": "p1", "outlet": "Paper", "published": "2024-04-11",
     "text": "Four policemen died on Wednesday when militants ambushed their convoy outside "
             "Kandahar, officials said. Insurgents struck the vehicles with rockets before "
             "fleeing."},
    {"id": "r1", "outlet": "Radio", "published": "2024-04-12",
     "text": "Coast guard officers seized a fishing trawler off Mombasa on Thursday and "
             "detained its crew of nine, a spokesman said. The boat was captured after a "
             "chase."},
    {"id": "g1", "outlet": "Daily", "published": "2024-04-11",
     "text": "Rebels shelled a crowded market in Goma on Wednesday, local doctors said, "
             "and the army shelled their positions in the hills in reply."},
]


def test_stored_records_joins_reworded_reports_in_a_real_store(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'w.db'}"
    run_job([_write(tmp_path / "w.jsonl", REWORDED)], Settings(store_url=url, dedup=False,
                                                               progress=False))
    with open_store(url) as store:
        rebuild(store, "stored_records")
    ambush = _trigger_cluster(url, "w1", "attacked")
    assert _trigger_cluster(url, "p1", "ambushed") == ambush
    assert _trigger_cluster(url, "p1", "struck") == ambush  # another outlet's word
    assert _trigger_cluster(url, "r1", "captured") == _trigger_cluster(url, "r1", "seized")
    assert _trigger_cluster(url, "g1", "shelled") != ambush  # same day, another story


# dedup42: a model that weighs ``near`` (two text days one apart) compares
# such reports instead of ruling them out as a date conflict; the others
# (fitted without such pairs) still rule them out.


def _near_score(tmp_path: Path, v: View, member: View, with_near: bool) -> float:
    import numpy as np

    from eventwire.corpus.attach import Attacher
    from eventwire.corpus.pairwise import PairModel
    from eventwire.store.dedup_tables import DedupTables

    features = ("lemma", "share", "day") + (("near",) if with_near else ())
    model = PairModel("stored_records", features, np.ones(len(features)), -1.0,
                      {"stored": 0.5})
    with open_store(f"sqlite:///{tmp_path / 'n.db'}") as store:
        att = Attacher(DedupTables(store), model, 0.5)
        return att.score(v, [member])


def test_a_near_model_compares_reports_dated_a_day_apart(tmp_path: Path) -> None:
    cases = [  # an overnight shelling, the same city: the evening / the morning after
        (_view("n2", "wire", "shelled", day="2024-03-02", place=703448),
         _view("n1", "paper", "shelled", day="2024-03-01", place=703448)),
        # a kidnapping dated by two outlets in other time zones
        (_view("n4", "asia", "abducted", day="2024-07-10", participants=("pet:aid",)),
         _view("n3", "us", "kidnapped", day="2024-07-09", participants=("pet:aid",))),
        # a raid a day late in our own reading of "yesterday"
        (_view("n6", "radio", "raided", day="2024-09-15", type_="COERCE"),
         _view("n5", "daily", "raided", day="2024-09-16", type_="COERCE")),
    ]
    for v, member in cases:
        assert _near_score(tmp_path, v, member, with_near=False) == -1.0
        assert _near_score(tmp_path, v, member, with_near=True) > 0.0


def test_a_near_model_still_rules_out_two_days_apart_or_another_city(tmp_path: Path) -> None:
    cases = [  # a second strike two days later
        (_view("m2", "wire", "struck", day="2024-03-03", place=703448),
         _view("m1", "paper", "struck", day="2024-03-01", place=703448)),
        # a day apart but another city
        (_view("m4", "wire", "shelled", day="2024-03-02", place=703448),
         _view("m3", "paper", "shelled", day="2024-03-01", place=706483)),
        # a day apart, two actor countries
        (View("m6", "a", Mention("m6", "a", "ASSAULT", ("2024-05-02", "2024-05-02"),
                                 "2024-05-02", actor="RUS", lemma="hit"),
              "2024-05-02", ("w:hit",), "2024-05-02"),
         View("m5", "b", Mention("m5", "b", "ASSAULT", ("2024-05-01", "2024-05-01"),
                                 "2024-05-01", actor="UKR", lemma="hit"),
              "2024-05-01", ("w:hit",), "2024-05-01")),
    ]
    for v, member in cases:
        assert _near_score(tmp_path, v, member, with_near=True) == -1.0
