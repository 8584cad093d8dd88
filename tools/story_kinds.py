"""Split the false events of sport, entertainment and business stories one
level finer (issue #12, branch events37); used by ``tools/story_acts.py
--kinds``.

The guide labels no event between teams, players, companies, consumers or
performers unless a government or an armed or political actor acts. Each
article is given a **story kind** from its words (the kind with most
distinct words, at least two): a match report, a tournament or transfer
story, an award, film or casting story, a product launch, a company's
results; else ``other``. A match report is split by **why the article-level
test may miss it**, read from its words and sentences without a parse
(``sports.py`` reads the parse; these are proxies, for counting only):

* ``few game words`` - fewer than three distinct game words, or only words
  other news shares ("coach", "match");
* ``told less than parties`` - no more sentences name the game than a
  party outside it (fans, police, a president);
* ``result in a longer story`` - the score is told in a single sentence of
  a story mostly about something else;
* ``game words enough`` - none of the above.

Each false event is also split by its **trigger's construction**: a figure
of force (an ASSAULT, FIGHT, COERCE, THREATEN or RETREAT reading) or not,
and its doer's class (the row's ``subject``). Counts and set spread only.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from eventwire.stages.events.sports import SCORE, party_words, words

Row = dict[str, Any]
KINDS: dict[str, frozenset[str]] = {
    "tournament or transfer": frozenset(
        "transfer signed signing contract draft season tournament league coach manager "
        "fired sacked club franchise roster".split()),
    "award, film or casting": frozenset(
        "film films movie actor actress award awards oscar oscars festival premiere cast "
        "casting album singer concert studio starring role box-office".split()),
    "product launch": frozenset(
        "unveil unveiled unveils product products smartphone smartphones device devices "
        "customers consumers shoppers retailer retailers brand".split()),
    "company results": frozenset(
        "profit profits revenue revenues earnings shares quarterly sales investors analysts "
        "dividend stock".split()),
}
FORCE_TYPES = frozenset({"ASSAULT", "FIGHT", "COERCE", "THREATEN", "RETREAT", "MOBILIZE"})
WORD = re.compile(r"[a-z][a-z\-]*")
SENT = re.compile(r"(?<=[.!?\n])\s+")


def _lows(text: str) -> set[str]:
    return set(WORD.findall(text.lower()))


def story_kind(text: str) -> str:
    """The article's kind (module docstring); a score or two distinct game
    words make a match report."""
    lows = _lows(text)
    game = lows & set(words()["sport_words"])
    if SCORE.search(text) and game or len(game) >= 2:
        return "match report"
    hits = {k: len(lows & ws) for k, ws in KINDS.items()}
    best = max(hits, key=lambda k: hits[k])
    return best if hits[best] >= 2 else "other"


def why_missed(text: str) -> str:
    """Why the article-level game test may miss a match report."""
    sport, shared = set(words()["sport_words"]), set(words()["shared_words"])
    party = set(party_words())
    game_ids = _lows(text) & sport
    if len(game_ids) < 3 or game_ids <= shared:
        return "few game words"
    sents = [_lows(s) for s in SENT.split(text) if s.strip()]
    game = sum(bool(s & sport) for s in sents)
    others = sum(bool(s & party) for s in sents)
    if game <= others:
        return "told less than parties"
    if game * 3 < len(sents):
        return "result in a longer story"
    return "game words enough"


def construction(row: Row) -> str:
    """The trigger's construction: a figure of force or not, and its doer."""
    force = "force" if row["type"] in FORCE_TYPES else "other act"
    return f"{force}, doer {row['subject']}"


def kind_tables(rows: list[Row], texts: dict[str, str]) -> None:
    """Per story kind, per why-missed (match reports) and per construction:
    false events, real, sets, stories, matched events of the same slice."""
    keyed: list[tuple[str, Row]] = []
    for r in rows:
        kind = story_kind(texts[r["article"]])
        if kind == "other":
            continue
        keyed.append((kind, r))
        if kind == "match report":
            keyed.append((f"match report / {why_missed(texts[r['article']])}", r))
        keyed.append((f"{kind} / {construction(r)}", r))
    _table(keyed)


def _table(keyed: list[tuple[str, Row]]) -> None:
    fp: dict[str, list[Row]] = defaultdict(list)
    tp: Counter[str] = Counter()
    for key, r in keyed:
        if r["cls"] == "tp":
            tp[key] += 1
        else:
            fp[key].append(r)
    print("| story kind / sub-class | false | real | sets | stories | matched |")
    print("|---|---|---|---|---|---|")
    for key in sorted(set(fp) | set(tp)):
        got = fp[key]
        print(f"| {key} | {len(got)} | {sum(bool(r['real']) for r in got)} | "
              f"{len({r['set'] for r in got})} | {len({r['article'] for r in got})} | "
              f"{tp[key]} |")
