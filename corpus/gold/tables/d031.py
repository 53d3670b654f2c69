"""Gold table of document 031 (held-out batch): Pennsylvania special election (US dateline, "flipping a seat" as
winning a seat, a vote count that names no event, two reported clauses joined by "and that", "Rep." as a role,
"State Republican Party chair", a mixed quote with a party inside and the full stop inside the mark)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "031_pennsylvania-house-special-election.txt",
    [
        # headline: no person named; the party whose seat it was is not a participant (cf. d012)
        pa("dem_h", DEM, "[[Democrat]] wins Pennsylvania"),
        ev("wins", "election", "Democrat [[wins]] Pennsylvania"),
        pa("rep_h", REP, "held by [[Republicans]] for two decades"),
        # P1
        pa("dem1", DEM, "Pa. — [[Democrat]] Tanya Reyes"),
        sp("tr1", "Tanya Reyes", "Democrat [[Tanya Reyes]] won"),
        ev("won", "election", "Reyes [[won]] a special election"),
        ev("election", "election", "a special [[election]] for Pennsylvania"),
        ev("flipping", "election", "on Tuesday, [[flipping]] a seat"),
        pa("rep1", REP, "a seat [[Republicans]] had held"),
        # P2: "beat" is not a trigger (cf. "beating" in d002, d019); "612 votes" counts ballots, no EVENT
        sp("tr2", "Tanya Reyes", "[[Reyes]], a 38-year-old"),
        pa("rep2", REP, "beat [[Republican]] Doug Fenwick"),
        sp("df1", "Doug Fenwick", "Republican [[Doug Fenwick]], a Montgomery"),
        # P3: broken across sentences; "vote"/"voted" are inside the quotes
        Q("q_tr1", "direct", '"[[People here', 'a party tonight,]]"'),
        sp("tr3", "Tanya Reyes", 'tonight," [[Reyes]] told supporters'),
        Q("q_tr2", "direct", 'Lansdale. "[[They voted for somebody', 'their paychecks.]]"'),
        # P4: one speech verb, two reported clauses joined by "and that"
        sp("df2", "Doug Fenwick", "[[Fenwick]] conceded"),
        sp("he_df", "Doug Fenwick", "statement, [[he]] said the district"),
        Q("q_df1", "mixed", "he said [[the district had", '"spoken clearly"]] and that'),
        Q("q_df2", "indirect", "and that [[he would not seek", "seek a recount]]."),
        # P5: "Rep." is a role, outside the span
        pa("rep3", REP, "when [[Republican]] Rep. Harold"),
        sp("hb", "Harold Biggs", "Rep. [[Harold Biggs]] resigned"),
        ev("resigned", "resignation", "Biggs [[resigned]] to take"),
        # P6: "blamed the result on ..." has no reported clause; "Democrats" is inside the last quote
        pa("rep4", REP, "State [[Republican Party]] chair"),
        sp("lm", "Linda Marsh", "chair [[Linda Marsh]] said"),
        Q("q_lm1", "mixed", "Marsh said [[turnout had been", 'across the board"]] and blamed'),
        sp("she_lm", "Linda Marsh", "[[She]] said Democrats"),
        Q("q_lm2", "mixed", "She said [[Democrats had", 'three to one."]]'),
        # P7
        pa("dem2", DEM, "Pennsylvania [[Democratic Party]] chairman"),
        sp("mw", "Marcus Webb", "chairman [[Marcus Webb]] was"),
        Q("q_mw1", "direct", '"[[This is a district', 'two years ago,]]"'),
        sp("he_mw", "Marcus Webb", 'ago," [[he]] said.'),
        Q("q_mw2", "direct", 'said. "[[If we can win here', 'in the Commonwealth.]]"'),
    ],
    member("tr1", "dem1")
    + member("df1", "rep2")
    + member("hb", "rep3")
    + member("lm", "rep4")
    + member("mw", "dem2")
    + part("wins", "dem_h")
    + part("won", "tr1", "dem1")
    + part("election", "tr1", "dem1")
    + part("flipping", "tr1", "dem1")
    + part("resigned", "hb")
    + said("tr3", "q_tr1", "q_tr2")
    + said("he_df", "q_df1", "q_df2")
    + said("lm", "q_lm1")
    + said("she_lm", "q_lm2")
    + said("he_mw", "q_mw1", "q_mw2"),
)
