"""Gold table of document 011: Tory confidence ballot (named Prime Minister, nested quote, broken quote, partial
quote)."""

from __future__ import annotations

from .common import CON, LAB, Gold, Q, ev, member, pa, part, said, sp, title

GOLD = Gold(
    "011_tory-confidence-ballot.txt",
    [
        pa("tory_h", CON, "[[Tory]] MPs to hold"),
        ev("ballot_h", "vote", "confidence [[ballot]] on Prime Minister\n"),
        title("pm_h", "ballot on [[Prime Minister]]\n", "James Whitford"),
        pa("con1", CON, "[[Conservative]] MPs will hold"),
        ev("ballot1", "vote", "confidence [[ballot]] on Prime Minister James"),
        sp("jw1", "James Whitford", "Prime Minister [[James Whitford]]’s"),
        sp("gp", "Graham Pellew", "[[Sir Graham Pellew]], the"),
        Q("q_gp", "indirect", "said that [[the ballot would", "shortly afterwards]]."),
        title("pm1", "The [[Prime Minister]] said he", "James Whitford"),
        Q("q_pm_mixed", "mixed", "Minister said [[he would “fight on”", "fight on”]] and urged"),
        Q("q_pm_partial", "direct", "to “[[hold their nerve", "hold their nerve]]”"),
        sp("he", "James Whitford", "Street, [[he]] added"),
        Q("q_pm_nested", "direct", "added: “[[I was elected", "at half-time.’]]”"),
        sp("el", "Esther Lowell", "minister [[Esther Lowell]], a"),
        Q("q_el", "direct", "warned: “[[The party is sleepwalking", "the next election.]]”"),
        Q("q_el_b1", "direct", "“[[We can change", "course now,]]”"),
        sp("she", "Esther Lowell", "now,” [[she]] said"),
        Q("q_el_b2", "direct", "she said, “[[or we can let", "it for us.]]”"),
        sp("jw2", "James Whitford", "if [[Mr Whitford]] loses"),
        ev("vote", "vote", "loses the [[vote]]"),
        ev("resign", "resignation", "have to [[resign]] as"),
        pa("con2", CON, "of the [[Conservatives]] and"),
        pa("lab", LAB, "[[Labour]] leader Hannah"),
        sp("hc", "Hannah Crossley", "leader [[Hannah Crossley]] said"),
        Q("q_hc", "mixed", "said that [[the Tories were", "to govern”]]."),
    ],
    member("jw2", "con2")
    + member("hc", "lab")
    + part("ballot_h", "tory_h", "pm_h")
    + part("ballot1", "con1", "jw1")
    + part("vote", "jw2")
    + part("resign", "jw2", "con2")
    + said("gp", "q_gp")
    + said("pm1", "q_pm_mixed", "q_pm_partial")
    + said("he", "q_pm_nested")
    + said("el", "q_el")
    + said("she", "q_el_b1", "q_el_b2")
    + said("hc", "q_hc"),
)
