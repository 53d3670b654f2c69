"""Gold table of document 017: Dáil confidence vote (Irish parties, Taoiseach as a name after the name is given,
two reported clauses joined by "and that", party names inside an indirect clause)."""

from __future__ import annotations

from .common import FG, SF, Gold, Q, ev, member, pa, part, said, sp, title

GOLD = Gold(
    "017_dail-confidence-vote.txt",
    [
        # headline
        ev("vote_h", "vote", "Dáil to [[vote]] on confidence"),
        sp("dm_h", "Declan Moriarty", "housing minister [[Declan Moriarty]]\n"),
        # P1
        pa("sf1", SF, "[[Sinn Féin]] has forced"),
        ev("vote1", "vote", "a confidence [[vote]] on the Minister"),
        sp("dm1", "Declan Moriarty", "Housing, [[Declan Moriarty]], after"),
        # P2
        ev("vote2", "vote", "The Dáil will [[vote]] on Tuesday"),
        pa("sf2", SF, "[[Sinn Féin]]’s housing spokesperson"),
        sp("nos", "Niamh Ó Súilleabháin", "spokesperson, [[Niamh Ó Súilleabháin]], said"),
        Q("q_nos1", "mixed", "said [[the minister had", "run out of excuses”]]."),
        # P3: broken across sentences, pronoun attribution
        Q("q_nos2", "direct", "“[[Every month he promises", "a turning point,]]”"),
        sp("she_nos", "Niamh Ó Súilleabháin", "point,” [[she]] told"),
        Q("q_nos3", "direct", "Ireland. “[[Every month the numbers", "get worse.]]”"),
        # P4: "The Taoiseach, Ciarán Walsh," is a role before a name; "the Taoiseach" later is a title used as a name
        sp("cw", "Ciarán Walsh", "Taoiseach, [[Ciarán Walsh]], said"),
        Q("q_cw", "indirect", "Walsh, said [[he had full confidence", "in Mr Moriarty]]."),
        title("taoiseach", "Brussels, the [[Taoiseach]] said that", "Ciarán Walsh"),
        Q("q_t1", "mixed", "said that [[the motion was", "“a stunt”]] and that"),
        Q("q_t2", "indirect", "and that [[Fianna Fáil and Fine Gael", "would vote it down]]."),
        # P5
        sp("dm2", "Declan Moriarty", "[[Mr Moriarty]], a Fine Gael TD"),
        pa("fg", FG, "a [[Fine Gael]] TD for Cork"),
        ev("appointed", "appointment", "was [[appointed]] to the housing brief"),
        sp("he_dm", "Declan Moriarty", "On Monday night [[he]] said:"),
        Q("q_dm", "direct", "said: “[[I am not going to apologise", "in forty years.]]”"),
        # P6: anonymous source
        Q("q_gov", "mixed", "spokesperson said [[the coalition would", "“win comfortably”]]."),
    ],
    member("nos", "sf2")
    + member("dm2", "fg")
    + part("vote_h", "dm_h")
    + part("vote1", "sf1", "dm1")
    + part("appointed", "dm2")
    + said("nos", "q_nos1")
    + said("she_nos", "q_nos2", "q_nos3")
    + said("cw", "q_cw")
    + said("taoiseach", "q_t1", "q_t2")
    + said("he_dm", "q_dm"),
)
