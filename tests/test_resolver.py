"""The learned participant resolver: candidate countries, the scorer's
choice, the sector decision, and that it is wired after the rules."""

from __future__ import annotations

from pathlib import Path

from eventwire.models import ActorMention
from eventwire.stages.actors.resolver import (
    KEEP,
    MODEL_PATH,
    Resolver,
    candidate_features,
    candidates,
    load_resolver,
    stays_without_sector,
)
from eventwire.stages.actors.resolver_features import StoryContext, rule_parts


def _m(country: str | None, sectors: list[str] | None = None, rule: str = "kb") -> ActorMention:
    return ActorMention(start=0, end=6, text="police", country=country,
                        sectors=list(sectors or []), rule=rule)


def _resolver(country: dict[str, float] | None = None,
              sector: dict[str, dict[str, float]] | None = None) -> Resolver:
    sector = sector or {KEEP: {}}
    return Resolver(country=country or {}, country_bias=0.0, sector=sector,
                    sector_bias={c: 0.0 for c in sector})


def test_candidates_merge_sources_naming_the_same_country() -> None:
    ctx = StoryContext(story="FRA", dateline="FRA")
    assert candidates(_m("FRA"), ctx) == {"FRA": ["rules", "story", "dateline"], None: ["none"]}
    assert candidates(_m(None), StoryContext(None, None)) == {None: ["rules", "none"]}
    assert candidates(_m("USA"), StoryContext("IRQ", None)) == {
        "USA": ["rules"], "IRQ": ["story"], None: ["none"]}


def test_candidate_features_cross_every_source() -> None:
    got = candidate_features({"bias": 1.0, "kb": 0.0}, ["rules", "story"])
    assert got == {"rules&bias": 1.0, "rules&kb": 0.0, "story&bias": 1.0, "story&kb": 0.0}


def test_country_follows_the_scores_and_keeps_the_rules_on_a_tie() -> None:
    ctx = StoryContext(story="IRQ", dateline=None)
    pf = {"bias": 1.0, "lemma=police": 1.0}
    assert _resolver().country_of(_m("USA"), pf, ctx) == "USA"  # all zero: a tie
    prefer_story = _resolver({"story&lemma=police": 2.0})
    assert prefer_story.country_of(_m("USA"), pf, ctx) == "IRQ"
    assert prefer_story.country_of(_m(None), pf, ctx) == "IRQ"
    prefer_none = _resolver({"none&bias": 1.0, "rules&bias": -1.0})
    assert prefer_none.country_of(_m("USA"), pf, StoryContext(None, None)) is None


def test_sector_is_kept_unless_one_sector_wins() -> None:
    pf = {"bias": 1.0, "lemma=minister": 1.0}
    keep = _resolver(sector={KEEP: {"bias": 1.0}, "GOV": {}})
    assert keep.sector_of(_m("FRA", ["LEG", "GOV"]), pf) == ["LEG", "GOV"]
    gov = _resolver(sector={KEEP: {}, "GOV": {"lemma=minister": 2.0}, "MIL": {}})
    assert gov.sector_of(_m("FRA", ["OPP"]), pf) == ["GOV"]
    assert gov.sector_of(_m("FRA", []), {"bias": 1.0}) == []  # a tie keeps the rules


def test_resolve_marks_a_changed_mention_and_leaves_the_original() -> None:
    m = _m(None, ["COP"])
    r = _resolver({"story&bias": 1.0})
    out = r.resolve(m, {"bias": 1.0}, StoryContext("KEN", None))
    assert (out.country, out.rule) == ("KEN", "kb+resolver")
    assert m.country is None
    same = _resolver().resolve(m, {"bias": 1.0}, StoryContext("KEN", None))
    assert same is m


def test_no_weights_file_means_no_resolver(tmp_path: Path) -> None:
    assert load_resolver(tmp_path / "missing.json") is None


def test_shipped_weights_load_when_present() -> None:
    if MODEL_PATH.exists():
        model = load_resolver()
        assert model is not None and KEEP in model.sector and model.country


def test_fill_only_keeps_any_sector_the_rules_gave() -> None:
    gov = Resolver(country={}, country_bias=0.0, sector={KEEP: {}, "GOV": {"bias": 2.0}},
                   sector_bias={KEEP: 0.0, "GOV": 0.0}, fill_only=True)
    assert gov.sector_of(_m("USA", ["ELI"]), {"bias": 1.0}) == ["ELI"]  # "Putin"
    assert gov.sector_of(_m("TUR", []), {"bias": 1.0}) == ["GOV"]  # "Turkish"
    assert gov.sector_of(_m(None, ["IGO"]), {"bias": 1.0}) == ["IGO"]  # "the Security Council"


def test_bodies_and_outsiders_the_rules_leave_stateless_stay_so() -> None:
    to_story = _resolver({"story&bias": 5.0})
    ctx, pf = StoryContext("NGA", "NGA"), {"bias": 1.0}
    for text, sectors, rule in (("the European Union", ["IGO", "EUR"], "kb"),
                                ("Foreign mercenaries", ["UAF"], "parse"),
                                ("Iran-backed militias", ["UAF"], "agent+sponsor"),
                                ("a Western delegation", [], "parse")):
        m = ActorMention(start=0, end=len(text), text=text, sectors=sectors, rule=rule)
        assert to_story.country_of(m, pf, ctx) is None, text
    assert to_story.country_of(_m(None, ["COP"]), pf, ctx) == "NGA"  # "police" is local


def test_a_movement_the_kb_gives_no_country_keeps_none() -> None:
    """Class *KB movement without a country*: the Polisario Front in a story
    about Morocco, the Islamic State in one about Syria, al-Qaeda in one about
    Yemen -- the story's country is not theirs."""
    to_story = _resolver({"story&bias": 5.0})
    pf = {"bias": 1.0}
    for text, ident, sectors, home in (("the Polisario Front", "pet:polisario", ["REB"], "MAR"),
                                       ("the Islamic State", "pet:isis", ["REB", "RAD"], "SYR"),
                                       ("al-Qaeda", "pet:aq", ["RAD"], "YEM")):
        m = ActorMention(start=0, end=len(text), text=text, actor_id=ident, sectors=sectors,
                         kind="armed_group", rule="kb")
        assert to_story.country_of(m, pf, StoryContext(home, home)) is None, text
    known = ActorMention(start=0, end=6, text="Hamas", actor_id="pet:hamas", country="PSE",
                         sectors=["RAD"], kind="armed_group", rule="kb")
    assert _resolver().country_of(known, pf, StoryContext("ISR", "ISR")) == "PSE"


def test_the_sides_of_a_conflict_get_no_sector() -> None:
    """Rule ``parties`` ("both sides", "all parties", "the two parties") spans
    an army and a militia at once: the resolver fills no sector there, while
    a plain sectorless mention still gets one."""
    gov = Resolver(country={}, country_bias=0.0, sector={KEEP: {}, "GOV": {"bias": 2.0}},
                   sector_bias={KEEP: 0.0, "GOV": 0.0}, fill_only=True)
    for text in ("both sides", "all parties", "the two parties"):
        m = ActorMention(start=0, end=len(text), text=text, country="SDN", rule="parties")
        assert gov.sector_of(m, {"bias": 1.0}) == []
    assert gov.sector_of(_m("SDN", [], rule="parse"), {"bias": 1.0}) == ["GOV"]


def test_the_sectorless_class_reads_the_base_rule_as_the_features_do() -> None:
    """A later step's mark ("parties+story", "parties+antecedent") keeps the
    class; a rule that only contains the word ("parties_of_x", "x+parties")
    is not it. One helper splits rule names for the class and the features."""
    for rule in ("parties", "parties+story", "parties+antecedent+dateline"):
        m = ActorMention(start=0, end=9, text="both sides", rule=rule)
        assert stays_without_sector(m), rule
        assert rule_parts(rule)[0] == "parties"
    for rule in ("parse+parties", "partiesX", "kb", ""):
        m = ActorMention(start=0, end=9, text="both sides", rule=rule)
        assert not stays_without_sector(m), rule
    assert rule_parts("title+story") == ["title", "+story"]


def test_candidate_score_is_the_dot_of_the_crossed_features_to_the_bit() -> None:
    """The split weights give exactly the float the crossed features gave
    (same terms, same order; a feature without weight added 0.0), also for
    a feature holding "&" and a source no weight names."""
    import random

    from eventwire.stages.actors.resolver import _dot, by_source, candidate_score

    rng = random.Random(7)
    names = [f"actor|f{i}" for i in range(40)] + ["rel&acting=x", "recipient|kb"]
    for _ in range(200):
        weights = {f"{src}&{k}": rng.uniform(-3, 3) for src in ("rules", "story", "none")
                   for k in names if rng.random() < 0.4}
        pf = {k: rng.choice([1.0, 0.0, 0.5]) for k in names if rng.random() < 0.6}
        for srcs in (["rules"], ["story", "dateline"], ["rules", "story", "dateline", "none"]):
            assert candidate_score(by_source(weights), pf, srcs) == \
                _dot(weights, candidate_features(pf, srcs))


def test_sector_scores_equal_the_full_dot_product() -> None:
    """Features no sector class weighs are skipped: the choice and the tie
    test (``math.isclose`` against ``keep``) see the same scores."""
    import math
    import random

    from eventwire.stages.actors.resolver import _dot

    rng = random.Random(3)
    for _ in range(100):
        sector = {c: {f"f{i}": rng.uniform(-2, 2) for i in range(30) if rng.random() < 0.3}
                  for c in (KEEP, "GOV", "MIL", "CVL")}
        bias = {c: rng.uniform(-1, 1) for c in sector}
        res = Resolver(country={}, country_bias=0.0, sector=sector, sector_bias=bias)
        pf = {f"f{i}": 1.0 for i in range(40) if rng.random() < 0.5}
        m = _m("SDN", [])
        want = {c: bias[c] + _dot(w, pf) for c, w in sector.items()}
        best = max(want, key=lambda c: want[c])
        expect = [] if best == KEEP or math.isclose(want[best], want[KEEP]) else [best]
        assert res.sector_of(m, pf) == expect


def test_a_part_switched_off_keeps_the_rules_answer() -> None:
    """actors14: the country part is off in the shipped file (it changed no
    answer in leave-one-set-out); a switched-off part answers as the rules."""
    ctx = StoryContext(story="IRQ", dateline=None)
    pf = {"bias": 1.0}
    prefer_story = _resolver({"story&bias": 2.0})
    assert prefer_story.country_of(_m("USA"), pf, ctx) == "IRQ"
    prefer_story.country_on = False
    assert prefer_story.country_of(_m("USA"), pf, ctx) == "USA"
    fill = _resolver(sector={KEEP: {}, "GOV": {"bias": 1.0}})
    assert fill.sector_of(_m("FRA"), pf) == ["GOV"]
    fill.sector_on = False
    assert fill.sector_of(_m("FRA"), pf) == []


def test_margins_keep_the_rules_on_a_narrow_win() -> None:
    ctx = StoryContext(story="IRQ", dateline=None)
    pf = {"bias": 1.0}
    narrow = _resolver({"story&bias": 0.4})
    assert narrow.country_of(_m("USA"), pf, ctx) == "IRQ"
    narrow.country_margin = 0.5
    assert narrow.country_of(_m("USA"), pf, ctx) == "USA"
    fill = _resolver(sector={KEEP: {}, "GOV": {"bias": 0.4}})
    assert fill.sector_of(_m("FRA"), pf) == ["GOV"]
    fill.sector_margin = 0.5
    assert fill.sector_of(_m("FRA"), pf) == []


def test_the_shipped_file_switches_the_country_part_off() -> None:
    shipped = load_resolver()
    assert shipped is not None and not shipped.country_on and shipped.sector_on
    raw = {"country": {"weights": {}, "bias": 0.0, "margin": 1.5, "enabled": False},
           "sector": {"weights": {KEEP: {}}, "bias": {KEEP: 0.0}, "margin": 0.5}}
    got = Resolver.from_dict(raw)
    assert (got.country_margin, got.country_on, got.sector_margin, got.sector_on) == \
        (1.5, False, 0.5, True)


def test_a_national_body_is_not_filled_as_an_international_one() -> None:
    """Class *a national body the learned fill took for an international one*
    (actors67): with a country the fill reads the next-best sector."""
    igo_first = _resolver(sector={KEEP: {}, "IGO": {"bias": 3.0}, "GOV": {"bias": 2.0},
                                  "CVL": {"shape=XX": 4.0}})
    pf = {"bias": 1.0}
    for text, country in (("FDA", "USA"), ("the GKNB", "KGZ"), ("LDF", "LSO")):
        m = ActorMention(start=0, end=len(text), text=text, country=country, rule="ner-ORG")
        assert igo_first.resolve(m, pf, StoryContext(None, None)).sectors == ["GOV"]
    # the next-best is whatever the model scores second
    m = ActorMention(start=0, end=3, text="DWI", country="USA", rule="ner-ORG")
    assert igo_first.resolve(m, {"bias": 1.0, "shape=XX": 1.0},
                             StoryContext(None, None)).sectors == ["CVL"]


def test_a_body_with_no_country_or_a_rules_sector_keeps_igo() -> None:
    igo_first = _resolver(sector={KEEP: {}, "IGO": {"bias": 3.0}, "GOV": {"bias": 2.0}})
    pf, ctx = {"bias": 1.0}, StoryContext(None, None)
    for text in ("ECOWAS", "the AU", "SADC"):  # no country: the fill may say IGO
        m = ActorMention(start=0, end=len(text), text=text, country=None, rule="ner-ORG")
        assert igo_first.resolve(m, pf, ctx).sectors == ["IGO"]
    fill = Resolver(country={}, country_bias=0.0, sector={KEEP: {}, "GOV": {"bias": 2.0}},
                    sector_bias={KEEP: 0.0, "GOV": 0.0}, fill_only=True)
    kb = ActorMention(start=0, end=2, text="UN", country="USA", sectors=["IGO"], rule="kb")
    assert fill.resolve(kb, pf, ctx).sectors == ["IGO"]  # the rules' IGO is not the fill's
