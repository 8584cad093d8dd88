"""Numbered roads and named features by their generic head are toponyms
(``stages/geo/features.py``). Sentences written for these tests (none from
an evaluation set)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "road"), [
    ("A jackknifed truck closed Interstate 94 west of Fargo.", "Interstate 94"),
    ("Crews repaved U.S. Highway 2 near Havre over the summer.", "U.S. Highway 2"),
    ("Flooding cut State Route 9 between the two villages.", "State Route 9"),
    ("The bridge on Route 7 near Bennington was inspected.", "Route 7"),
    ("Snow closed Texas Highway 17 in the Davis Mountains.", "Texas Highway 17"),
    ("Traffic on I-95 backed up for miles near Baltimore.", "I-95"),
])
def test_numbered_roads_are_one_mention(places_of, text: str, road: str) -> None:  # type: ignore[no-untyped-def]
    found = places_of(text)
    assert road in found
    assert not any(n in found for n in ("U.S.", "Texas") if n not in road.split()[:1] or n != road)


@pytest.mark.parametrize(("text", "feature"), [
    ("Rangers closed Riverside Park after the storm in Spokane.", "Riverside Park"),
    ("Two climbers were rescued from Humphreys Peak Mountain near Flagstaff.",
     "Humphreys Peak Mountain"),
    ("Anglers crowded the Quabbin Reservoir on opening day.", "Quabbin Reservoir"),
    ("A fire in the Ocala National Forest forced evacuations.", "Ocala National Forest"),
    ("Mount Rainier was hidden by smoke, and boats left Lake Washington.", "Mount Rainier"),
])
def test_a_feature_head_makes_a_named_feature(places_of, text: str, feature: str) -> None:  # type: ignore[no-untyped-def]
    assert feature in places_of(text)


def test_names_inside_a_feature_give_way(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Yellowstone National Park reopened, and the Mississippi River rose at "
                      "St. Louis.")
    assert "National Park" not in found and "Yellowstone National Park" in found
    assert "Mississippi" not in found and "Mississippi River" in found


def test_a_known_feature_name_keeps_its_place(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Fans flew to Green Bay, and fog covered Lake Superior.")
    assert found["Green Bay"].precision == "city" and found["Lake Superior"].geonameid is not None


def test_a_longer_name_or_a_plain_word_is_no_feature(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("The Central Park Zoo reopened. Park officials met in Denver, and the "
                      "Highway Patrol said a lane was closed.")
    assert "Central Park" not in found and "Central Park Zoo" not in found
    assert not any(n.startswith(("Park", "Highway")) for n in found)


def test_roads_read_the_remembered_text(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """Roads are found on ``text_of`` (the article's string, kept once),
    the same as on ``doc.text``, for a doc with and without it kept."""
    from eventwire.nlp.extensions import remember_text
    from eventwire.stages.geo.features import _roads

    for text in ("Floods closed Interstate 10 and Highway 61 near Baton Rouge.",
                 "Route 9, I-95 and U.S. Highway 1 reopened; the road north stayed shut.",
                 "No numbered road here."):
        plain = spacy_nlp(text)
        kept = remember_text(spacy_nlp(text), text)
        assert [s.text for s in _roads(plain, [])] == [s.text for s in _roads(kept, [])]
    assert [s.text for s in _roads(spacy_nlp("Traffic on I-95 moved."), [])] == ["I-95"]


@pytest.mark.parametrize("text", [
    "Lake Victoria and Mount Kenya National Park drew visitors. Rivers rose in St. Lucia.",
    "Mt. Etna erupted. The Hoover Dam held; Yosemite Valley and the Grand Canyon closed.",
    "Heavy rain fell. Kruger Park, 'Table Mountain' and U.S. Route 66 — all were shut.",
    "",
])
def test_cap_flags_equal_the_token_test(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """The array flags are ``_cap`` of every token (a sentence's first word,
    a proper noun there, "St."/"Mt.", apostrophes and digits told apart)."""
    from eventwire.stages.geo.features import _cap, cap_flags

    doc = spacy_nlp(text)
    assert cap_flags(doc) == [_cap(doc, i) for i in range(len(doc))]


# geo15: peaks, ponds, lakes named last and protected land, with a connector inside
@pytest.mark.parametrize(("text", "feature"), [
    ("Climbers were stranded on Pikes Peak overnight, rescuers in Colorado Springs said.",
     "Pikes Peak"),
    ("A canoe overturned on Walden Pond near Concord on Sunday.", "Walden Pond"),
    ("Boaters were warned off Flathead Lake after the storm near Kalispell.", "Flathead Lake"),
    ("Volunteers counted cranes at the Bosque del Apache National Wildlife Refuge.",
     "Bosque del Apache National Wildlife Refuge"),
])
def test_peaks_ponds_lakes_and_refuges_are_named_features(  # type: ignore[no-untyped-def]
        places_of, text: str, feature: str) -> None:
    found = places_of(text)
    assert feature in found
    assert "Walden" not in found and "Apache National Wildlife Refuge" not in found


def test_a_feature_name_does_not_run_over_on_and_a_day(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("A ferry capsized on Lake Malawi on Thursday, officials said.")
    assert "Lake Malawi" in found and not any("Thursday" in n for n in found)


def test_a_person_named_like_a_feature_is_no_place(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Talk show host Ricki Lake and former governor Tom Ridge appeared at the "
                      "gala in Denver.")
    assert "Ricki Lake" not in found and "Tom Ridge" not in found and "Denver" in found
