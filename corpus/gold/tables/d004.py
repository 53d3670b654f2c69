"""Gold table of document 004: Ukip MEP joins the Brexit Party (nested quote, "according to", title in quotes)."""

from __future__ import annotations

from .common import BXP, UKIP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "004_ukip-mep-joins-brexit-party.txt",
    [
        pa("ukip_h", UKIP, "Former [[Ukip]] MEP Gary Tolland joins"),
        sp("gt_h", "Gary Tolland", "MEP [[Gary Tolland]] joins"),
        ev("joins", "defection", "Tolland [[joins]] Brexit"),
        pa("bxp_h", BXP, "joins [[Brexit Party]]"),
        pa("ukip1", UKIP, "Former [[Ukip]] MEP Gary Tolland has"),
        sp("gt1", "Gary Tolland", "MEP [[Gary Tolland]] has joined"),
        ev("joined", "defection", "has [[joined]] the"),
        pa("bxp1", BXP, "joined the [[Brexit Party]], saying"),
        Q("q_gt_mixed", "mixed", "saying [[his old party", "lost its way”]]."),
        sp("gt2", "Gary Tolland", "[[Mr Tolland]], who represented"),
        Q("q_gt_nested", "direct", "said: “[[When I first knocked", "says that any more.]]”"),
        sp("he", "Gary Tolland", "[[He]] added that"),
        Q("q_he_mixed", "mixed", "added that [[he had been", "Brexit Party leadership]]."),
        pa("ukip2", UKIP, "According to [[Ukip]] chairman"),
        sp("sk1", "Steve Kerrigan", "chairman [[Steve Kerrigan]],"),
        Q("q_sk_according", "indirect", "Kerrigan, [[Mr Tolland had not", "since March]]."),
        Q("q_sk1", "direct", "“[[Gary is welcome", "wherever he likes,]]”"),
        sp("sk2", "Steve Kerrigan", "likes,” [[Mr Kerrigan]] told"),
        Q("q_sk2", "direct", "the BBC. “[[We wish him well", "won’t miss him.]]”"),
        sp("gt3", "Gary Tolland", "[[Mr Tolland]] is the author"),
        ev("defections", "defection", "series of [[defections]]"),
        ev("elections", "election", "the local [[elections]]"),
    ],
    member("gt_h", "ukip_h")
    + member("gt1", "ukip1")
    + member("sk1", "ukip2")
    + part("joins", "gt_h", "ukip_h", "bxp_h")
    + part("joined", "gt1", "ukip1", "bxp1")
    + said("gt1", "q_gt_mixed")
    + said("gt2", "q_gt_nested")
    + said("he", "q_he_mixed")
    + said("sk1", "q_sk_according")
    + said("sk2", "q_sk1", "q_sk2"),
)
