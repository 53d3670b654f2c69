"""Gold table of document 044: Belfast councillors form a hospital group (party names in apposition, "X, of the
Alliance Party," and "X, of the SDLP,"; single British quotes broken by "she said,"; "leaves" that names no
departure; a partial quote after "dismissed ... as"; an institutional statement; "said X, whose ...")."""

from __future__ import annotations

from .common import ALLIANCE, DUP, SF, UUP, Gold, Q, ev, member, pa, part, said, sp

SDLP = "Social Democratic and Labour Party"

GOLD = Gold(
    "044_belfast-councillors-hospital-group.txt",
    [
        # headline: the group is launched; its founders are not named here
        ev("launch_h", "formation", "councillors [[launch]] cross-community"),
        # P1: the founders are the subject of "formed"; the group formed is no PARTY
        sp("ag1", "Aoife Gallagher", "councillors, [[Aoife Gallagher]], of the"),
        pa("all1", ALLIANCE, "of the [[Alliance Party]], and"),
        sp("dr1", "Declan Rooney", "and [[Declan Rooney]], of the"),
        pa("sdlp1", SDLP, "of the [[SDLP]], have"),
        ev("formed", "formation", "have [[formed]] a cross"),
        # P2
        Q("q_ag1", "direct", "'[[We have spent too long", "about flags,]]'"),
        sp("ag2", "Aoife Gallagher", "flags,' [[Ms Gallagher]] said"),
        Q("q_ag2", "direct", "'[[Parents in this city", "want it now.]]'"),
        # P3: "leaving" is inside the quote
        sp("dr2", "Declan Rooney", "[[Mr Rooney]], a former teacher"),
        Q("q_dr1", "mixed", "said [[the group would be open", 'patients first"]].'),
        sp("he_dr", "Declan Rooney", "[[He]] added:"),
        Q("q_dr2", "direct", 'added: "[[This is not a new party.', 'leaving anything.]]"'),
        # P4
        pa("all2", ALLIANCE, "Neither [[Alliance]] nor"),
        pa("sdlp2", SDLP, "nor the [[SDLP]] has"),
        sp("dr3", "Declan Rooney", "group. [[Mr Rooney]] said endorsement"),
        Q("q_dr3", "mixed", "Rooney said [[endorsement was", 'for the parties"]] and that'),
        Q("q_dr4", "indirect", "and that [[he expected", "before the summer]]."),
        # P5: "leaves the DUP as the largest bloc" names no departure; "Councillor" is a role
        pa("dup1", DUP, "leaves the [[DUP]] as"),
        sp("rk1", "Robert Kane", "Councillor [[Robert Kane]], of the"),
        pa("dup2", DUP, "of the [[DUP]], dismissed"),
        Q("q_rk1", "direct", 'as "[[a publicity stunt"', 'a publicity stunt]]"'),
        # P6
        Q("q_rk2", "direct", '"[[They will be back', 'by Christmas,]]"'),
        sp("rk2", "Robert Kane", 'Christmas," [[Mr Kane]] told'),
        # P7: a single-quoted quote broken by "she said,"
        pa("sf", SF, "[[Sinn Féin]]'s group leader"),
        sp("nc", "Niamh Corr", "council, [[Niamh Corr]], was"),
        Q("q_nc1", "direct", "'[[We will look at", "on its merits,]]'"),
        sp("she_nc", "Niamh Corr", "merits,' [[she]] said"),
        Q("q_nc2", "direct", "said, '[[but a hospital", "at City Hall.]]'"),
        # P8: a party and a department as sources
        pa("uup", UUP, "The [[Ulster Unionist Party]], which"),
        Q("q_uup", "indirect", "said [[it had not been", "been approached]]."),
        Q("q_doh", "mixed", "statement that [[plans for a new hospital", 'early stage"]].'),
        # P9: inverted attribution with a relative clause after the name
        Q("q_es1", "direct", '"[[We have heard promises', 'before,]]"'),
        sp("es", "Eileen Shaw", "said [[Eileen Shaw]], whose"),
        Q("q_es2", "direct", '"[[This time we want', 'a date.]]"'),
        # P10: "leaves for Westminster" is travel, not a departure from a party
        sp("ag3", "Aoife Gallagher", "[[Ms Gallagher]], who was first elected"),
        ev("elected", "election", "first [[elected]] in 2019"),
        sp("she_ag", "Aoife Gallagher", "ministers. [[She]] said"),
        Q("q_ag3", "indirect", "She said [[she hoped to meet", "the summer recess]]."),
        # P11
        sp("bm1", "Brendan Moss", "campaigner [[Brendan Moss]], who"),
        ev("protests", "protest", "several [[protests]] outside"),
        Q("q_bm1", "direct", '"[[Finally, someone', 'is listening,]]"'),
        sp("he_bm", "Brendan Moss", 'listening," [[he]] said'),
        Q("q_bm2", "direct", '"[[For six years', 'to wait.]]"'),
        # P12
        sp("bm2", "Brendan Moss", "[[Mr Moss]] said parents"),
        Q("q_bm3", "indirect", "Moss said [[parents from both", "signed his petition]], and that"),
        Q("q_bm4", "indirect", ", and that [[he would present", "council in June]]."),
    ],
    member("ag1", "all1")
    + member("dr1", "sdlp1")
    + member("rk1", "dup2")
    + member("nc", "sf")
    + part("formed", "ag1", "dr1")
    + part("elected", "ag3")
    + part("protests", "bm1")
    + said("ag2", "q_ag1", "q_ag2")
    + said("dr2", "q_dr1")
    + said("he_dr", "q_dr2")
    + said("dr3", "q_dr3", "q_dr4")
    + said("rk1", "q_rk1")
    + said("rk2", "q_rk2")
    + said("she_nc", "q_nc1", "q_nc2")
    + said("es", "q_es1", "q_es2")
    + said("she_ag", "q_ag3")
    + said("he_bm", "q_bm1", "q_bm2")
    + said("bm2", "q_bm3", "q_bm4"),
)
