"""Gold table of document 020: farmers rally in Dublin (protest, Irish parties, institutional sources, an EVENT word
inside an indirect quote, two reported clauses from one speaker)."""

from __future__ import annotations

from .common import FF, FG, SF, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "020_farmers-rally-in-dublin.txt",
    [
        # headline and P1: the farmers are no SPEAKER or PARTY, so no participants
        ev("rally_h", "protest", "Farmers [[rally]] outside"),
        ev("rallied", "protest", "farmers [[rallied]] outside"),
        # P2: institutional sources (no said_by); "demonstration" is inside the quote
        Q("q_gardai", "indirect", "Gardaí said [[the demonstration", "passed off peacefully]]."),
        Q("q_ifa", "indirect", "[[About 12,000 people", "people attended]], according"),
        # P3
        sp("sk", "Seán Kavanagh", "president, [[Seán Kavanagh]], told"),
        Q("q_sk1", "mixed", "Street that [[the proposal would", 'in the south-east"]].'),
        # P4
        Q("q_sk2", "direct", '"[[We are not against', 'the environment,]]"'),
        sp("he_sk", "Seán Kavanagh", 'environment," [[he]] said.'),
        Q("q_sk3", "direct", 'said. "[[We are the people', 'live in it.]]"'),
        # P5: "joined the protest" is a protest EVENT on "protest", not a defection
        pa("ff1", FF, "Several [[Fianna Fáil]] and Fine Gael"),
        pa("fg1", FG, "Fianna Fáil and [[Fine Gael]] backbenchers"),
        ev("protest", "protest", "joined the [[protest]], despite"),
        pa("ff2", FF, "[[Fianna Fáil]] TD Bríd"),
        sp("bc", "Bríd Costello", "TD [[Bríd Costello]] said"),
        Q("q_bc", "mixed", "Costello said [[she had come", 'not to lecture"]].'),
        # P6
        pa("sf", SF, "[[Sinn Féin]]'s agriculture"),
        sp("pn", "Pádraig Nolan", "spokesperson, [[Pádraig Nolan]], told"),
        Q("q_pn", "direct", 'afternoon: "[[The Government has lost', 'the countryside.]]"'),
        # P7: two reported clauses, one mixed and one indirect
        sp("ht", "Helen Tierney", "Agriculture, [[Helen Tierney]], insisted"),
        Q("q_ht1", "mixed", "insisted [[there would be", "for farmers]] and said"),
        Q("q_ht2", "indirect", "and said [[no final decision", "had been made]]."),
    ],
    member("bc", "ff2")
    + member("pn", "sf")
    + part("protest", "ff1", "fg1")
    + said("sk", "q_sk1")
    + said("he_sk", "q_sk2", "q_sk3")
    + said("bc", "q_bc")
    + said("pn", "q_pn")
    + said("ht", "q_ht1", "q_ht2"),
)
