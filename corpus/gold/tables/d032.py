"""Gold table of document 032 (held-out batch): Fianna Fáil suspends a TD (event type "other", membership implied
only by the suspension, a quote continued in a new paragraph after its attribution, parties as an institutional
source, an anonymous minister, Irish parties incl. the Social Democrats and the Irish Labour Party)."""

from __future__ import annotations

from .common import FF, FG, LAB, SF, Gold, Q, ev, member, pa, part, said, sp

SOCDEM = "Social Democrats"

GOLD = Gold(
    "032_fianna-fail-td-suspended.txt",
    [
        # headline: the TD is not named; Fianna Fáil is the party that suspends him
        pa("ff_h", FF, "[[Fianna Fáil]] TD suspended"),
        ev("suspended_h", "other", "TD [[suspended]] after"),
        ev("voting_h", "vote", "after [[voting]] against planning bill"),
        # P1: "Fianna Fáil has suspended X" states no member_of (GUIDELINES 7)
        pa("ff1", FF, "[[Fianna Fáil]] has suspended"),
        ev("suspended1", "other", "has [[suspended]] Kildare North"),
        sp("pn1", "Pádraig Nolan", "TD [[Pádraig Nolan]] from its"),
        ev("voted", "vote", "after he [[voted]] against"),
        # P2: "79 votes to 68" counts ballots, no EVENT
        sp("pn2", "Pádraig Nolan", "[[Mr Nolan]], a former mayor"),
        ev("elected1", "election", "was first [[elected]] in 2020"),
        # P3: "the party's chief whip" names no party
        sp("sk", "Siobhán Kehoe", "whip, [[Siobhán Kehoe]], said"),
        Q("q_sk1", "mixed", "said [[the decision had been", 'without hesitation"]].'),
        sp("she_sk", "Siobhán Kehoe", "[[She]] said every TD"),
        Q("q_sk2", "mixed", "She said [[every TD had", 'confidence in the Government"]].'),
        # P4
        sp("pn3", "Pádraig Nolan", "House, [[Mr Nolan]] said"),
        Q("q_pn1", "indirect", "Mr Nolan said [[he had", "no regrets]]."),
        # P5-P6: the quote continues in a new paragraph after its attribution -> same speaker mention
        Q("q_pn2", "direct", '"[[I told the Taoiseach', 'on their doorstep,]]"'),
        sp("he_pn", "Pádraig Nolan", 'doorstep," [[he]] said.'),
        Q("q_pn3", "direct", '"[[If that costs me', 'who elected me.]]"'),
        # P7: the second sentence's source is two parties, not a SPEAKER -> no said_by
        pa("sf", SF, "[[Sinn Féin]]'s spokesperson"),
        sp("eg", "Eoin Gallagher", "housing, [[Eoin Gallagher]], said"),
        Q("q_eg", "mixed", "said [[the episode showed", 'wider by the week"]].'),
        pa("lab", LAB, "The [[Labour Party]] and the Social"),
        pa("socdem", SOCDEM, "and the [[Social Democrats]] both said"),
        Q("q_parties", "indirect", "both said [[they would table", "reaches the Seanad]]."),
        # P8: anonymous minister
        pa("fg", FG, "A [[Fine Gael]] minister"),
        Q("q_minister", "mixed", "named, said [[Mr Nolan had", 'wrong thing by his party"]].'),
        # P9: he takes part in future divisions
        sp("pn4", "Pádraig Nolan", "[[Mr Nolan]] will sit"),
        ev("votes", "vote", "on most [[votes]]."),
    ],
    member("eg", "sf")
    + part("suspended_h", "ff_h")
    + part("suspended1", "ff1", "pn1")
    + part("voted", "pn1")
    + part("elected1", "pn2")
    + part("votes", "pn4")
    + said("sk", "q_sk1")
    + said("she_sk", "q_sk2")
    + said("pn3", "q_pn1")
    + said("he_pn", "q_pn2", "q_pn3")
    + said("eg", "q_eg"),
)
