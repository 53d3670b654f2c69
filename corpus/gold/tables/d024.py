"""Gold table of document 024: Lib Dem leader resigns (three-paragraph statement after "he said:", "according to"
a named speaker after the clause, quote before an inverted "said X", events inside quotes)."""

from __future__ import annotations

from .common import CON, LAB, LD, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "024_lib-dem-leader-resigns.txt",
    [
        # headline: he leaves an office, not the party, so the party is no participant of "resigns"
        pa("ld_h", LD, "[[Lib Dem]] leader Tom"),
        sp("ta_h", "Tom Aylward", "leader [[Tom Aylward]] resigns"),
        ev("resigns", "resignation", "Aylward [[resigns]] after"),
        ev("election_h", "election", "disappointing [[election]] night"),
        # P1: "the party" refers to the Liberal Democrats of the sentence (party standing)
        sp("ta1", "Tom Aylward", "[[Tom Aylward]] has resigned"),
        ev("resigned", "resignation", "has [[resigned]] as leader"),
        pa("ld1", LD, "leader of the [[Liberal Democrats]] after"),
        ev("election1", "election", "general [[election]].\n"),
        # P2-P4: one statement over three paragraphs ("stepping down" is inside the quote)
        sp("he_ta", "Tom Aylward", "Westminster, [[he]] said:"),
        Q("q_ta1", "direct", "said: “[[The result last night", "that is mine.]]"),
        Q("q_ta2", "direct", "“[[I am proud of the campaign", "in all weathers.]]"),
        Q("q_ta3", "direct", "“[[But a new leader deserves", "stepping down today.]]”"),
        # P5: "according to" after the clause; "elected" is inside the quote
        Q("q_je", "indirect", "[[Mr Aylward will stay on", "elected in September]], according"),
        sp("je", "Jane Ellory", "president, [[Jane Ellory]]."),
        # P6
        sp("sk1", "Sophie Kettering", "deputy, [[Sophie Kettering]], is"),
        sp("she_sk", "Sophie Kettering", "[[She]] told the BBC"),
        Q("q_sk", "mixed", "the BBC [[she would", "whether to stand]]."),
        # P7: quote before an inverted attribution ("said Labour's Hannah Crossley")
        Q("q_hc1", "direct", "“[[Tom has been a decent", "brave leader,]]”"),
        pa("lab", LAB, "said [[Labour]]’s Hannah"),
        sp("hc", "Hannah Crossley", "Labour’s [[Hannah Crossley]]."),
        Q("q_hc2", "direct", "“[[His resignation is a loss", "to Parliament.]]”"),
        # P8
        pa("con", CON, "The [[Conservative]] chairman"),
        sp("nf", "Nick Ferris", "chairman, [[Nick Ferris]], said"),
        Q("q_nf", "mixed", "said [[the Lib Dems had", "on the fence”]]."),
        # P9
        sp("ta2", "Tom Aylward", "[[Mr Aylward]]’s resignation makes"),
        ev("resignation", "resignation", "Aylward’s [[resignation]] makes"),
        ev("quit", "resignation", "leader to [[quit]] since"),
        ev("election2", "election", "since the [[election]]."),
    ],
    member("ta_h", "ld_h")
    + member("ta1", "ld1")
    + member("hc", "lab")
    + member("nf", "con")
    + part("resigns", "ta_h")
    + part("resigned", "ta1")
    + part("election1", "ld1")
    + part("resignation", "ta2")
    + part("quit", "ta2")
    + said("he_ta", "q_ta1", "q_ta2", "q_ta3")
    + said("je", "q_je")
    + said("she_sk", "q_sk")
    + said("hc", "q_hc1", "q_hc2")
    + said("nf", "q_nf"),
)
