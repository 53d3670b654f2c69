"""Gold table of document 046: two Senate Republicans back a border bill (surnames alone as speakers; "she"/"he"
after several people; "Senator" as a role; a party chairman introduced by "Its"; "leaving" that names no
departure; the offices and spokeswomen of people as sources, with the people inside or beside the clause)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "046_senate-republicans-border-bill.txt",
    [
        # headline
        pa("rep_h", REP, "Senate [[Republicans]] back"),
        pa("dem_h", DEM, "back [[Democratic]] border"),
        # P1: "leaving GOP leaders scrambling" names no departure; the procedural vote names no voter
        pa("rep1", REP, "Two [[Republican]] senators"),
        pa("dem1", DEM, "a [[Democratic]] border funding"),
        pa("gop", REP, "leaving [[GOP]] leaders"),
        ev("vote1", "vote", "procedural [[vote]] 52-48"),
        # P2: "announced their support" has no reported clause
        sp("dw1", "Dale Whitcomb", "Senator [[Dale Whitcomb]] of Ohio"),
        sp("mh1", "Marjorie Hale", "Senator [[Marjorie Hale]] of Alaska"),
        sp("dw2", "Dale Whitcomb", "measure. [[Whitcomb]] told"),
        Q("q_dw1", "mixed", "reporters that [[he had", "of the bill]]."),
        sp("mh2", "Marjorie Hale", "[[Hale]] was blunter"),
        Q("q_mh", "direct", '"[[I was sent here', 'keep score,]]"'),
        sp("she_mh", "Marjorie Hale", 'score," [[she]] said.'),
        # P3
        sp("tq1", "Teresa Quintana", "Leader [[Teresa Quintana]], a Democrat"),
        pa("dem2", DEM, "a [[Democrat]] from New Mexico"),
        Q("q_tq1", "direct", '"[[They put their states', 'takes courage,]]"'),
        sp("she_tq1", "Teresa Quintana", 'courage," [[she]] said in a floor'),
        # P4: the chairman is introduced by "Its" (the party of the sentence before): no member_of
        sp("mh3", "Marjorie Hale", "[[Hale]]'s decision drew"),
        pa("rep2", REP, "Alaska [[Republican Party]]. Its"),
        sp("cl", "Curtis Lamb", "chairman, [[Curtis Lamb]], said"),
        Q("q_cl", "direct", 'statement: "[[Senator Hale', 'for Alaska Republicans.]]"'),
        # P5: "he" after Hollis Grant; Hale and Barnes follow the quote
        sp("hg1", "Hollis Grant", "Minority Leader [[Hollis Grant]] was"),
        Q("q_hg1", "direct", '"[[This bill is a blank check,', 'blank check,]]"'),
        sp("he_hg1", "Hollis Grant", 'check," [[he]] said, standing'),
        sp("mh4", "Marjorie Hale", "beside [[Hale]]'s fellow Alaskan"),
        sp("rb1", "Russell Barnes", "Senator [[Russell Barnes]]. Barnes"),
        sp("rb2", "Russell Barnes", "Barnes. [[Barnes]], a Republican"),
        pa("rep3", REP, "Barnes, a [[Republican]], said"),
        Q("q_rb1", "indirect", "said [[he would vote no", "vote no]]."),
        # P6: the second quote after a sentence-final attribution
        Q("q_rb2", "direct", '"[[The border does not', 'more paperwork,]]"'),
        sp("rb3", "Russell Barnes", 'paperwork," [[Barnes]] said.'),
        Q("q_rb3", "direct", '"[[It needs agents.', 'needs agents.]]"'),
        # P7: "he" after Grant and Barnes is Grant, the subject of the sentence before
        sp("hg2", "Hollis Grant", "[[Grant]], standing beside Barnes"),
        sp("rb4", "Russell Barnes", "standing beside [[Barnes]], said"),
        Q("q_hg2", "indirect", "said [[the bill would fail", "fail on Friday]] and that"),
        Q("q_hg3", "mixed", "and that [[Democrats were", "the Senate's time\"]]."),
        Q("q_hg4", "direct", '"[[We have the numbers,', 'the numbers,]]"'),
        sp("he_hg2", "Hollis Grant", 'numbers," [[he]] said.'),
        # P8: the source is Quintana's office, not Quintana
        Q("q_office1", "indirect", "[[The bill would add", "new immigration judges]], according"),
        sp("tq2", "Teresa Quintana", "released by [[Quintana]]'s office"),
        # P9
        pa("rep4", REP, "whether other [[Republicans]] would"),
        sp("dw3", "Dale Whitcomb", "follow, [[Whitcomb]] said:"),
        Q("q_dw2", "direct", 'said: "[[I hope so.', "not counting.]]\""),
        sp("mh5", "Marjorie Hale", "counting.\" [[Hale]] and Whitcomb"),
        sp("dw4", "Dale Whitcomb", "Hale and [[Whitcomb]] are both"),
        ev("reelection1", "election", "up for [[re-election]] in 2026"),
        # P10: "President Lowell" is inside the clause
        sp("da", "Denise Albright", "secretary, [[Denise Albright]], said"),
        Q("q_da", "mixed", "said [[President Lowell", 'reaches his desk"]].'),
        # P11: "re-election" is inside the clause
        sp("dw5", "Dale Whitcomb", "[[Whitcomb]], who faces"),
        Q("q_dw3", "indirect", "said [[he was not worried", "his re-election]]."),
        Q("q_dw4", "direct", '"[[Ohio voters know me,', 'know me,]]"'),
        sp("he_dw", "Dale Whitcomb", 'me," [[he]] said.'),
        Q("q_dw5", "direct", '"[[They know I do', 'my homework.]]"'),
        # P12: "vote" is inside the clause
        sp("tq3", "Teresa Quintana", "[[Quintana]] said she expected"),
        Q("q_tq2", "indirect", "Quintana said [[she expected", "by Friday]]."),
        Q("q_tq3", "direct", '"[[We are not going', 'drag on,]]"'),
        sp("she_tq2", "Teresa Quintana", 'on," [[she]] told reporters'),
        # Barnes's office is the source: no said_by; Hale is inside the clause
        sp("rb5", "Russell Barnes", "[[Barnes]]'s office later"),
        Q("q_office2", "mixed", "later said [[he had", '"deep respect" for Hale]].'),
        # P13: a spokeswoman is the source, not Hale
        sp("mh6", "Marjorie Hale", "spokeswoman for [[Hale]] said"),
        Q("q_spokeswoman", "indirect", "Hale said [[the senator had", "making up her mind]]."),
    ],
    member("tq1", "dem2")
    + member("rb2", "rep3")
    + part("reelection1", "mh5", "dw4")
    + said("dw2", "q_dw1")
    + said("she_mh", "q_mh")
    + said("she_tq1", "q_tq1")
    + said("cl", "q_cl")
    + said("he_hg1", "q_hg1")
    + said("rb2", "q_rb1")
    + said("rb3", "q_rb2", "q_rb3")
    + said("hg2", "q_hg2", "q_hg3")
    + said("he_hg2", "q_hg4")
    + said("dw3", "q_dw2")
    + said("da", "q_da")
    + said("dw5", "q_dw3")
    + said("he_dw", "q_dw4", "q_dw5")
    + said("tq3", "q_tq2")
    + said("she_tq2", "q_tq3"),
)
