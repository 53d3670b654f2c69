"""Gold table of document 028: Texas Democrats form a caucus (formation of a parliamentary group, an EVENT word inside
a mixed quote, two clauses joined by "but warned that", partial quote after "dismissed ... as", a speaker's office as
source)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

WTC = "Working Texans Caucus"

GOLD = Gold(
    "028_texas-democrats-form-caucus.txt",
    [
        # headline: the founders ("Democrats") are the subject of the trigger
        pa("dem_h", DEM, "Progressive [[Democrats]] launch"),
        ev("launch", "formation", "Democrats [[launch]] new caucus"),
        # P1: a caucus of legislators is a parliamentary group -> PARTY
        pa("dem1", DEM, "14 progressive [[Democrats]] in the Texas"),
        ev("formed", "formation", "have [[formed]] a new caucus"),
        pa("wtc", WTC, "the [[Working Texans Caucus]], to push"),
        # P2: "its formation" is inside the quote
        sp("lc1", "Luis Carmona", "representative [[Luis Carmona]] of San Antonio"),
        Q("q_lc1", "mixed", "said [[its formation", '"long overdue"]].'),
        # P3
        Q("q_lc2", "direct", '"[[For too long the party', 'people to wait,]]"'),
        sp("lc2", "Luis Carmona", 'wait," [[Carmona]] said'),
        Q("q_lc3", "direct", 'Austin. "[[We are done', 'waiting.]]"'),
        # P4: "join" is inside the quote; the pronoun's antecedent is in the previous sentence
        sp("do", "Danielle Okoro", "Representative [[Danielle Okoro]] of Houston"),
        Q("q_do1", "indirect", "said [[she expected more members", "begins in January]]."),
        sp("she_do", "Danielle Okoro", "[[She]] stressed that"),
        Q("q_do2", "mixed", "stressed that [[the group was", 'within a party"]].'),
        # P5
        pa("dem2", DEM, "The House [[Democratic]] leader"),
        sp("fy", "Frank Ybarra", "leader, [[Frank Ybarra]], gave"),
        sp("he_fy", "Frank Ybarra", "[[He]] said members"),
        Q("q_fy1", "indirect", "He said [[members were free", "free to organize]] but"),
        Q("q_fy2", "mixed", "warned that [[division would be", 'to the Republicans"]].'),
        # P6
        pa("rep", REP, "[[Republican]] House Speaker"),
        sp("bt", "Bill Tatum", "Speaker [[Bill Tatum]] dismissed"),
        Q("q_bt", "direct", 'as "[[a press release', 'with a logo]]"'),
        # P7: "Carmona's office" is the source (no said_by), but "Carmona" is still a SPEAKER mention
        Q("q_office", "indirect", "[[The caucus will hold", "meeting on Tuesday]], according"),
        sp("lc3", "Luis Carmona", "according to [[Carmona]]'s office"),
    ],
    member("fy", "dem2")
    + member("bt", "rep")
    + part("launch", "dem_h")
    + part("formed", "dem1", "wtc")
    + said("lc1", "q_lc1")
    + said("lc2", "q_lc2", "q_lc3")
    + said("do", "q_do1")
    + said("she_do", "q_do2")
    + said("he_fy", "q_fy1", "q_fy2")
    + said("bt", "q_bt"),
)
