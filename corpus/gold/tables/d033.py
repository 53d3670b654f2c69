"""Gold table of document 033 (held-out batch): Scottish Greens vote to end a budget pact (Markdown heading, emphasis
and list items, the Scottish Green Party as a party of its own, a two-paragraph quote after "She told delegates:",
a title used as a name inside a spokesperson's attribution, a vote count that names no event)."""

from __future__ import annotations

from .common import LAB, LD, SNP, Gold, Q, ev, member, pa, part, said, sp, title

SGP = "Scottish Green Party"

GOLD = Gold(
    "033_scottish-greens-end-budget-pact.md",
    [
        # heading: the pact is voted on, not the SNP
        pa("sgp_h", SGP, "# [[Scottish Greens]] vote"),
        ev("vote_h", "vote", "Greens [[vote]] to walk away"),
        pa("snp_h", SNP, "pact with [[SNP]]\n"),
        # P1
        pa("sgp1", SGP, "[[Scottish Green Party]] members have"),
        ev("voted", "vote", "have [[voted]] by a large margin"),
        pa("snp1", SNP, "with the [[SNP]] government"),
        sp("ac1", "Alasdair Crombie", "First Minister [[Alasdair Crombie]] without"),
        # P2: "the party's" is generic; "1,914 votes to 602" counts ballots
        ev("ballot", "vote", "result of the [[ballot]] of members"),
        # P3-P5: indirect clause, then a two-paragraph quote after "She told delegates:"
        sp("km", "Kirsty Maclean", "Co-leader [[Kirsty Maclean]], who had"),
        Q("q_km1", "indirect", "said [[she accepted", "the verdict]]."),
        sp("she_km", "Kirsty Maclean", "[[She]] told delegates:"),
        Q("q_km2", "direct", '"[[Our members have spoken', "respect that.]]"),
        Q("q_km3", "direct", '"[[But I want to be honest', 'opposition benches.]]"'),
        # P6: "the Lothian MSP" names no party; "SNP" and "Greens" are inside the mixed quote
        sp("pd", "Patrick Doyle", "[[Patrick Doyle]], the Lothian MSP"),
        Q("q_pd", "mixed", "said [[the SNP had treated", 'failures on climate"]].'),
        # list
        sp("ac2", "Alasdair Crombie", "- [[Mr Crombie]] must now"),
        pa("lab1", LAB, "budget from [[Labour]] or the"),
        pa("ld", LD, "or the [[Liberal Democrats]]\n"),
        ev("vote2", "vote", "The budget [[vote]] is expected"),
        title("fm", "spokesperson for the [[First Minister]] said", "Alasdair Crombie"),
        Q("q_spokesperson", "mixed", "said [[the government would", 'party in the chamber"]]'),
        # last paragraph
        pa("slab", LAB, "[[Scottish Labour]]'s finance"),
        sp("ga", "Graeme Anstruther", "spokesperson, [[Graeme Anstruther]], said"),
        Q("q_ga", "mixed", "said [[his party was", 'a blank cheque"]].'),
    ],
    member("ga", "slab")
    + part("vote_h", "sgp_h")
    + part("voted", "sgp1")
    + said("km", "q_km1")
    + said("she_km", "q_km2", "q_km3")
    + said("pd", "q_pd")
    + said("ga", "q_ga"),
)
