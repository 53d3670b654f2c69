"""Gold table of document 029: independence march in Glasgow (single British quotes with a nested double quote,
protest, referendum, list of MSPs with one party, "left the SNP" without member_of, institutional source)."""

from __future__ import annotations

from .common import ALBA, CON, SNP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "029_glasgow-independence-march.txt",
    [
        # headline and P1-P2: the marchers and the campaign are no SPEAKER or PARTY
        ev("march_h", "protest", "Thousands [[march]] in Glasgow"),
        ev("referendum_h", "vote", "independence [[referendum]]\n"),
        ev("marched", "protest", "people [[marched]] through"),
        ev("referendum1", "vote", "a second [[referendum]] on Scottish"),
        ev("march1", "protest", "The [[march]], organised"),
        ev("rally1", "protest", "with a [[rally]] on Glasgow Green"),
        # P3: "SNP MSPs A and B" -> member_of each; "did not attend" -> Morag Lindsay is no participant
        sp("ml", "Morag Lindsay", "First Minister [[Morag Lindsay]] did not"),
        pa("snp1", SNP, "[[SNP]] MSPs Callum"),
        sp("cr1", "Callum Reid", "MSPs [[Callum Reid]] and Fiona"),
        sp("fr1", "Fiona Ross", "and [[Fiona Ross]] addressed"),
        ev("rally2", "protest", "addressed the [[rally]]."),
        sp("cr2", "Callum Reid", "[[Mr Reid]] told the crowd"),
        Q("q_cr", "direct", "crowd: ‘[[They told us", "the next generation.]]’"),
        # P4: "left the SNP" is a defection, not a member_of; "First Minister" inside the quote
        pa("alba", ALBA, "[[Alba Party]] leader"),
        sp("km", "Kenny Muir", "leader [[Kenny Muir]], who left"),
        ev("left", "defection", "who [[left]] the SNP"),
        pa("snp2", SNP, "left the [[SNP]] in 2021"),
        Q("q_km1", "mixed", "2021, said [[the First Minister", "‘too timid’]] and that"),
        Q("q_km2", "mixed", "and that [[the SNP had", "‘lost its nerve’]]."),
        # P5
        sp("fr2", "Fiona Ross", "[[Ms Ross]] said afterwards"),
        Q("q_fr1", "mixed", "afterwards that [[she had", "young faces’]]."),
        sp("she_fr", "Fiona Ross", "[[She]] added: ‘This"),
        Q("q_fr2", "direct", "added: ‘[[This is what", "looks like.]]’"),
        # P6: "march" inside the quote; anonymous spokesperson; "referendum" outside the quote is an EVENT
        pa("scon", CON, "[[Scottish Conservative]] leader"),
        sp("dw", "Duncan Whyte", "leader [[Duncan Whyte]] said"),
        Q("q_dw", "mixed", "said [[the march had", "about their bills’]]."),
        ev("referendum2", "vote", "a new [[referendum]] date"),
        Q("q_gov", "mixed", "only that [[the First Minister’s position", "‘has not changed’]]."),
    ],
    member("cr1", "snp1")
    + member("fr1", "snp1")
    + member("km", "alba")
    + member("dw", "scon")
    + part("rally2", "cr1", "fr1", "snp1")
    + part("left", "km", "snp2")
    + said("cr2", "q_cr")
    + said("km", "q_km1", "q_km2")
    + said("fr2", "q_fr1")
    + said("she_fr", "q_fr2")
    + said("dw", "q_dw"),
)
