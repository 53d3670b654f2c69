"""Gold table of document 054 (held-out batch heldout-2): a Kansas senator who switched parties, a long feature
(byline, present-tense "says" before and after the speaker, a four-paragraph floor speech whose first paragraph ends
with "she told the chamber" and whose next three paragraphs carry no new attribution, an indirect clause with the
new party inside it, former membership ("then a ... Republican state senator"), "Gov." and "Prof." as roles, an
office spokeswoman, "according to" a named speaker after the clause, a candidate standing "as a Democrat")."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "054_kansas-senator-switches-parties.txt",
    [
        # headline: nobody is named; "parties" is generic
        ev("switched", "defection", "senator who [[switched]] parties"),
        # byline
        sp("ma", "Megan Albright", "By [[Megan Albright]]"),
        # P1: "she" and the named mention are the same person; the party left is a participant
        ev("left", "defection", "morning she [[left]] the Republican"),
        pa("rep1", REP, "left the [[Republican Party]], Marian"),
        sp("mh1", "Marian Holt", "Party, [[Marian Holt]] ate"),
        # P2
        Q("q_mh1", "direct", "“[[People expected me", "look different afterward,]]”"),
        sp("mh2", "Marian Holt", "afterward,” [[Holt]] says, laughing"),
        Q("q_mh2", "direct", "laughing. “[[I didn’t even", "change my order.]]”"),
        # P3: former membership counts; "Democrats" is inside the indirect clause
        sp("mh3", "Marian Holt", "February. [[Holt]], then a four-term"),
        pa("rep2", REP, "four-term [[Republican]] state senator"),
        Q("q_mh3", "indirect", "announced that [[she would caucus", "the rest of her term]]."),
        # P4-P7: the speech; the three paragraphs after "she told the chamber." link to that "she" (cf. d032)
        Q("q_mh4", "direct", "“[[I did not leave my party", "turn the lights off,]]”"),
        sp("she_mh1", "Marian Holt", "off,” [[she]] told the chamber"),
        Q("q_mh5", "direct", "“[[For twenty years", "about any of that.]]"),
        Q("q_mh6", "direct", "“[[What I cannot do", "I did not find one.]]"),
        Q("q_mh7", "direct", "“[[So from this morning", "sent me here to vote.]]”"),
        # P8: "one of three Republicans who voted" states membership; voters are participants
        sp("mh4", "Marian Holt", "Last spring [[Holt]] was one"),
        pa("rep3", REP, "one of three [[Republicans]] who voted"),
        ev("voted", "vote", "Republicans who [[voted]] against"),
        sp("she_mh2", "Marian Holt", "[[She]] says she was removed"),
        Q("q_mh8", "indirect", "She says [[she was removed", "within a week]]."),
        # P9: Pruitt comments on the switch (no participant); the mixed clause ends with the closing mark after the
        # full stop; "resign" is inside it
        sp("dp1", "Dale Pruitt", "President [[Dale Pruitt]], a Republican"),
        pa("rep4", REP, "Pruitt, a [[Republican]], called"),
        ev("switch", "defection", "called the [[switch]] “a betrayal"),
        Q("q_dp1", "direct", "switch “[[a betrayal", "the 17th District]]”"),
        Q("q_dp2", "mixed", "and said [[she should resign", "let the voters decide.”]]"),
        sp("dp2", "Dale Pruitt", "[[Pruitt]] declined"),
        Q("q_office", "mixed", "office said [[his view", "“has not changed.”]]"),
        # P10: "state Democratic Party chair"
        pa("dem1", DEM, "[[Democrats]] were delighted"),
        Q("q_al", "direct", "“[[Marian Holt is exactly", "Kansans trust,]]”"),
        pa("dem2", DEM, "state [[Democratic Party]] chair"),
        sp("al", "Andre Lyles", "chair [[Andre Lyles]] said"),
        # P11: "Gov." is a role; present-tense "says" before the clause and after the quote
        sp("cd1", "Carla Dunning", "Gov. [[Carla Dunning]], a Democrat"),
        pa("dem3", DEM, "Dunning, a [[Democrat]], says"),
        Q("q_cd1", "indirect", "Democrat, says [[she was not consulted", "before the speech]]."),
        Q("q_cd2", "direct", "“[[I found out when", "on my phone,]]”"),
        sp("cd2", "Carla Dunning", "phone,” [[Dunning]] says."),
        Q("q_cd3", "direct", "says. “[[Then I called her", "doorbell camera.]]”"),
        # P12
        sp("cd3", "Carla Dunning", "[[Dunning]] was only half"),
        sp("mh5", "Marian Holt", "joking. [[Holt]] says she"),
        Q("q_mh9", "indirect", "Holt says [[she has received", "since February]]."),
        sp("rh", "Ray Holt", "husband, [[Ray Holt]], a retired"),
        # P13-P14: inverted "says Ochoa"
        sp("lo1", "Linda Ochoa", "owner, [[Linda Ochoa]], is not"),
        Q("q_lo1", "direct", "“[[She’s the same", "same Marian,]]” says"),
        sp("lo2", "Linda Ochoa", "says [[Ochoa]], who has run"),
        Q("q_lo2", "direct", "1994. “[[Folks around here", "They always have.]]”"),
        # P15: "according to" a named speaker after the clause; "Prof." is no courtesy title, so it stays outside
        Q("q_ar1", "indirect", "[[Party switches are rare", "the other way]], according"),
        sp("ar1", "Alan Reese", "according to [[Alan Reese]], who teaches"),
        Q("q_ar2", "direct", "“[[For thirty years", "one-directional,]]”"),
        sp("ar2", "Alan Reese", "says Prof. [[Reese]]."),
        Q("q_ar3", "direct", "Reese. “[[If she survives", "will notice.]]”"),
        # P16: standing "as a Democrat" states the party she stands for; "recruited ... to challenge" states none
        sp("mh6", "Marian Holt", "[[Holt]] will run for"),
        ev("reelection", "election", "run for [[re-election]] in November"),
        pa("dem4", DEM, "as a [[Democrat]]. Republicans"),
        pa("rep5", REP, "Democrat. [[Republicans]] have recruited"),
        sp("tm", "Troy Madsen", "commissioner [[Troy Madsen]] to challenge"),
        # P17
        Q("q_mh10", "direct", "“[[I’ll lose, probably", "lose, probably,]]” she"),
        sp("she_mh3", "Marian Holt", "probably,” [[she]] says, pulling"),
        Q("q_mh11", "direct", "coat. “[[But I’ll lose", "as myself.]]”"),
    ],
    member("mh3", "rep2")
    + member("mh4", "rep3")
    + member("dp1", "rep4")
    + member("al", "dem2")
    + member("cd1", "dem3")
    + member("mh6", "dem4")
    + part("left", "mh1", "rep1")
    + part("voted", "mh4", "rep3")
    + part("reelection", "mh6", "dem4")
    + said("mh2", "q_mh1", "q_mh2")
    + said("mh3", "q_mh3")
    + said("she_mh1", "q_mh4", "q_mh5", "q_mh6", "q_mh7")
    + said("she_mh2", "q_mh8")
    + said("dp1", "q_dp1", "q_dp2")
    + said("al", "q_al")
    + said("cd1", "q_cd1")
    + said("cd2", "q_cd2", "q_cd3")
    + said("mh5", "q_mh9")
    + said("lo2", "q_lo1", "q_lo2")
    + said("ar1", "q_ar1")
    + said("ar2", "q_ar2", "q_ar3")
    + said("she_mh3", "q_mh10", "q_mh11"),
)
