"""Gold table of document 068 (batch dev-4): a long feature on a Senate campaign launch (a speech over three
paragraphs introduced by "She spoke" in the paragraph before, a nested single-quoted phrase, "describes it as
'…'", an inverted attribution with a long role, two mixed clauses of one verb with commas inside the marks, a
second person with the same surname, "flipped" a district as winning it)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, said, sp

GOLD = Gold(
    "068_steel-town-senate-launch-feature.txt",
    [
        # headline and byline
        pa("dem_h", DEM, "a [[Democrat]] makes"),
        sp("md", "Marcus Delacroix", "By [[Marcus Delacroix]]"),
        # P1: launching a campaign is no formation (campaigns are no events)
        sp("rk1", "Renata Kowalczyk", "watch [[Renata Kowalczyk]], a two-term"),
        # P2
        sp("rk2", "Renata Kowalczyk", "[[Kowalczyk]], 47, is running"),
        pa("rep1", REP, "by [[Republican]] Senator Howard"),
        sp("hb", "Howard Blaine", "Senator [[Howard Blaine]], who said"),
        Q("q_hb", "indirect", "March that [[he would not run", "not run again]]."),
        pa("dem1", DEM, "the first [[Democrat]] to file"),
        # P3-P6: the speech; all three paragraphs go to the "She" who spoke
        sp("she_rk1", "Renata Kowalczyk", "[[She]] spoke for 22"),
        Q("q_rk1", "direct", "“[[My father worked in this building", "go to college.]]"),
        Q("q_rk2", "direct", "“[[When the mill closed", "a press release.]]"),
        Q("q_rk3", "direct", "“[[I am not running to tell", "to let them.]]”"),
        # P8: "flipped" a district is winning it; the district's old party takes no part
        sp("rk3", "Renata Kowalczyk", "argument [[Kowalczyk]] has been"),
        ev("flipped", "election", "she [[flipped]] a Republican"),
        pa("rep2", REP, "flipped a [[Republican]] House district"),
        sp("to", "Terrence Oyelaran", "manager, [[Terrence Oyelaran]], describes"),
        Q("q_to", "direct", "as “[[economic patriotism", "the nostalgia.]]”"),
        # P9
        Q("q_gs1", "direct", "“[[Renata is a nice person", "expensive ideas,]]”"),
        pa("rep3", REP, "Pennsylvania [[Republican Party]] chairman"),
        sp("gs", "Glen Stutz", "chairman [[Glen Stutz]], who attended"),
        Q("q_gs2", "direct", "“[[She voted for every", "crossed her desk.]]”"),
        # P10
        sp("rk4", "Renata Kowalczyk", "[[Kowalczyk]]’s likely Republican"),
        pa("rep4", REP, "likely [[Republican]] opponent"),
        sp("am1", "Audra McCall", "Treasurer [[Audra McCall]], has"),
        sp("am2", "Audra McCall", "Saturday, [[McCall]] said"),
        Q("q_am1", "mixed", "said [[the congresswoman was", "from her record,”]] and"),
        Q("q_am2", "mixed", "and that [[Pennsylvanians would", "the hard hat.”]]"),
        # P11: the mother; "she laughed" introduces nothing
        sp("hk", "Halina Kowalczyk", "mother, [[Halina Kowalczyk]], 79"),
        Q("q_hk1", "direct", "“[[Too short,", "Too short,]]”"),
        sp("she_hk", "Halina Kowalczyk", "short,” [[she]] said."),
        Q("q_hk2", "direct", "“[[Her father talked longer.", "talked longer.]]”"),
        # P12: a committeewoman holds a party post; one verb, two reported clauses
        pa("dem2", DEM, "Not every [[Democrat]] is"),
        sp("rk5", "Renata Kowalczyk", "convinced [[Kowalczyk]] can carry"),
        pa("rep5", REP, "backed the [[Republican]] presidential"),
        sp("dh1", "Dorothy Haines", "[[Dorothy Haines]], a retired"),
        pa("dem3", DEM, "longtime [[Democratic]] committeewoman"),
        Q("q_dh1", "indirect", "said [[she would knock", "doors for Kowalczyk]] and that"),
        Q("q_dh2", "indirect", "and that [[it would be a hard", "a hard fight]]."),
        # P13
        Q("q_dh3", "direct", "“[[People here are tired", "good for them,]]”"),
        sp("dh2", "Dorothy Haines", "them,” [[Haines]] said"),
        Q("q_dh4", "direct", "“[[She knows that.", "Washington does.]]”"),
        # P14-15: "she shrugged" introduces nothing
        sp("rk6", "Renata Kowalczyk", "[[Kowalczyk]] ended the morning"),
        Q("q_rk4", "direct", "“[[I grew up underdog,", "underdog,]]”"),
        sp("she_rk2", "Renata Kowalczyk", "underdog,” [[she]] said"),
        Q("q_rk5", "direct", "“[[It’s the family business.", "family business.]]”"),
    ],
    member("hb", "rep1")
    + member("gs", "rep3")
    + member("am1", "rep4")
    + member("dh1", "dem3")
    + said("hb", "q_hb")
    + said("she_rk1", "q_rk1", "q_rk2", "q_rk3")
    + said("to", "q_to")
    + said("gs", "q_gs1", "q_gs2")
    + said("am2", "q_am1", "q_am2")
    + said("she_hk", "q_hk1", "q_hk2")
    + said("dh1", "q_dh1", "q_dh2")
    + said("dh2", "q_dh3", "q_dh4")
    + said("she_rk2", "q_rk4", "q_rk5"),
)
