"""``eval actors``' PLOVER view of the main event (eventwire.eval.actors)."""

from __future__ import annotations

from eventwire.models import Article
from eventwire.stages.events.recipient_options import PLOVER_KEY

# Acts whose party the record view leaves out but PLOVER's view codes from
# what the recipient ranker kept aside (``store_plover``): the one helped,
# the one conceded to, the place evacuated.
KEPT_ASIDE = [
    ("Ghana is willing to send troops to help defend Mali if it is attacked, "
     "Ghana's defence minister said.", "MLI"),
    ("A Chinese envoy offered concessions last week that Japanese negotiators "
     "believed could lead to a fishing accord.", "JPN"),
    ("Helicopters evacuated the wounded from the besieged Syrian town of "
     "Deir ez-Zor on Tuesday.", "SYR"),
]
JOINT_ACT = ("Chile and Peru have agreed to hold joint naval drills next month, "
             "a Chilean official said.")


def test_plover_view_reads_the_recipient_kept_aside(full_pipeline) -> None:  # type: ignore[no-untyped-def]
    """The cache release of speed30 dropped the ranker's kept recipients
    before ``predict`` asked for them (GSR target country 76.4% -> 66.0%)."""
    from eventwire.eval.actors import predict

    rows = predict([{"id": str(i), "text": text} for i, (text, _) in enumerate(KEPT_ASIDE)],
                   full_pipeline)
    assert [[t["country"] for t in row["target"]] for row in rows] == \
        [[country] for _, country in KEPT_ASIDE]


def test_keep_caches_keeps_what_the_release_drops(full_pipeline) -> None:  # type: ignore[no-untyped-def]
    art = Article(text=JOINT_ACT, id="joint")
    ((_, released, _),) = list(full_pipeline.docs([art]))
    ((_, kept, _),) = list(full_pipeline.docs([art], keep_caches=True))
    assert PLOVER_KEY not in released.user_data
    assert kept.user_data[PLOVER_KEY]
