"""Gold table of document 021: Nevada Republicans censure a state senator (Markdown, event type "other", a quote
from a resolution, two-paragraph quote introduced by "She wrote", US state party, list items)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "021_nevada-republicans-censure-senator.md",
    [
        # heading
        pa("rep_h", REP, "Nevada [[Republicans]] censure"),
        ev("censure_h", "other", "Republicans [[censure]] state senator"),
        sp("cd_h", "Carol Dunmore", "state senator [[Carol Dunmore]]\n"),
        # P1: "Nevada Republican Party" -> the party span is "Republican Party" (cf. "State Democratic Party")
        pa("rep1", REP, "The Nevada [[Republican Party]] has"),
        ev("censured1", "other", "has [[censured]] state senator"),
        sp("cd1", "Carol Dunmore", "senator [[Carol Dunmore]] for voting"),
        ev("voting", "vote", "for [[voting]] with Democrats"),
        pa("dem1", DEM, "with [[Democrats]] to expand"),
        pa("gop", REP, "inside the [[GOP]]."),
        # P2: the resolution is an institutional source (no said_by); "elected" is inside the quote
        ev("censure2", "other", "approved the [[censure]] on Saturday"),
        sp("cd2", "Carol Dunmore", "accuses [[Dunmore]] of"),
        Q("q_resolution", "direct", 'of "[[abandoning the platform', 'was elected on]]"'),
        # P3-P5
        sp("cd3", "Carol Dunmore", "[[Dunmore]], a rancher"),
        sp("she_cd", "Carol Dunmore", "[[She]] wrote on Facebook"),
        Q("q_cd1", "direct", '"[[I was sent to Carson City', "purity tests.]]"),
        Q("q_cd2", "direct", '"[[If helping 40,000', 'badge of honor.]]"'),
        # P6
        sp("bk", "Brett Kolar", "chairman [[Brett Kolar]] said"),
        Q("q_bk1", "mixed", "Kolar said [[the vote was", 'about health care"]].'),
        sp("cd4", "Carol Dunmore", "Asked whether [[Dunmore]] should"),
        sp("he_bk", "Brett Kolar", "next year, [[he]] said"),
        Q("q_bk2", "direct", 'said: "[[That is for the voters', 'District 14.]]"'),
        # P7: partial quote + mixed clause ending with the full stop inside the mark
        pa("dem2", DEM, "Senate [[Democratic]] leader"),
        sp("ar", "Alicia Romero", "leader [[Alicia Romero]] called"),
        ev("censure3", "other", "called the [[censure]] \"a gift\""),
        Q("q_ar1", "direct", 'censure "[[a gift', 'a gift]]" to her party'),
        Q("q_ar2", "mixed", "said [[Dunmore was welcome", 'coffee any time."]]'),
        # list
        sp("cd5", "Carol Dunmore", "- [[Dunmore]] has served"),
        pa("rep2", REP, "other [[Republican]] legislators"),
        ev("censured2", "other", "have been [[censured]] this year"),
    ],
    member("ar", "dem2")
    + part("censure_h", "rep_h", "cd_h")
    + part("censured1", "rep1", "cd1")
    + part("voting", "cd1", "dem1")
    + part("censured2", "rep2")
    + said("she_cd", "q_cd1", "q_cd2")
    + said("bk", "q_bk1")
    + said("he_bk", "q_bk2")
    + said("ar", "q_ar1", "q_ar2"),
)
