"""Gold table of document 013: Georgia state senator changes party (GOP, "wrote", emoji, two clauses after one
subject)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "013_georgia-senator-switches-party.txt",
    [
        ev("switches", "defection", "senator [[switches]] from"),
        pa("rep_h", REP, "from [[Republicans]] to"),
        pa("dem_h", DEM, "Republicans to [[Democrats]]"),
        sp("lw1", "Lorraine Whitaker", "senator [[Lorraine Whitaker]] has"),
        ev("defected", "defection", "has [[defected]] from"),
        pa("rep1", REP, "from the [[Republican Party]] to"),
        pa("dem1", DEM, "to the [[Democrats]], saying"),
        Q("q_lw_mixed", "mixed", "saying [[the party she joined", "no longer exists\"]]."),
        sp("lw2", "Lorraine Whitaker", "[[Whitaker]], who represents"),
        Q("q_lw1", "direct", 'Constitution: "[[I did not leave', 'Georgians like me.]]"'),
        sp("she", "Lorraine Whitaker", "In it, [[she]] said"),
        Q("q_lw2", "direct", 'she said: "[[To my constituents', 'stubborn senator. \U0001F604]]"'),
        pa("dem2", DEM, "[[Democratic]] state party chair"),
        sp("mb", "Marcus Bell", "chair [[Marcus Bell]] said"),
        Q("q_mb_mixed", "mixed", "said that [[Whitaker would be", 'tremendous asset"]] and confirmed'),
        Q("q_mb_indirect", "indirect", "confirmed [[she would run", "next year's election]]."),
        pa("rep2", REP, "[[Republican]] leaders reacted"),
        sp("wp1", "Wade Porter", "Leader [[Wade Porter]] called"),
        sp("lw3", "Lorraine Whitaker", "called for [[Whitaker]] to resign"),
        ev("resign", "resignation", "Whitaker to [[resign]] her seat"),
        ev("election", "election", "a special [[election]]."),
        Q("q_wp1", "direct", '"[[She asked voters', 'as a Republican,]]"'),
        sp("wp2", "Wade Porter", 'Republican," [[Porter]] told'),
        Q("q_wp2", "direct", 'reporters. "[[She should let', 'them decide.]]"'),
        ev("switch", "defection", "Her [[switch]] cuts"),
        pa("rep3", REP, "the [[Republican]] majority"),
    ],
    member("mb", "dem2")
    + part("switches", "rep_h", "dem_h")
    + part("defected", "lw1", "rep1", "dem1")
    + part("resign", "lw3")
    + part("election", "lw3")
    + part("switch", "rep3")
    + said("lw1", "q_lw_mixed")
    + said("lw2", "q_lw1")
    + said("she", "q_lw2")
    + said("mb", "q_mb_mixed", "q_mb_indirect")
    + said("wp2", "q_wp1", "q_wp2"),
)
