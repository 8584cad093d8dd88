"""A unit described by where it is deployed (issue #12, branch events16).

docs/annotation.md leaves standing states unlabelled (soldiers "stationed",
"naval operations are under way", "is still fighting insurgents"); a
deployment is labelled where it is an act (MOBILIZE: "troops were
deployed to the border", "the army deployed two brigades"). Real outlets'
copy also uses the participle as a description of a unit named for another
act, and the records leave it unlabelled:

* **a reduced relative of deployment** — "INS Sukanya, presently deployed
  on anti-piracy patrols in the Gulf, foiled an attack", "warships of other
  countries deployed in the area", "a frigate already stationed off the
  coast": a past participle hung on the unit's noun (``acl``), with no
  auxiliary, no destination ("to the border": a movement) and no date or
  time of its own ("deployed on Monday": the act told in passing).
"""

from __future__ import annotations

from spacy.tokens import Token

DEPLOY_LEMMAS = frozenset({"deploy", "station", "base", "position", "post", "garrison"})
DATED = frozenset({"DATE", "TIME"})


def standing_deployment(tok: Token) -> bool:
    """Whether ``tok`` is a deployment participle describing a unit (above)."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.lemma_.lower() not in DEPLOY_LEMMAS:
        return False
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass") or (c.dep_ == "prep" and c.lower_ in ("to", "into")):
            return False
    return not any(t.ent_type_ in DATED for t in tok.subtree)
