"""Gold table of document 036 (held-out batch): Wisconsin teachers rally (HTML with style and two scripts, byline,
inverted attribution "said Janelle Ortiz" with a long apposition, "joined the rally" as a protest, a party word in a
hyphenated compound, a partial quote after "urged ... to", two clauses joined by "and that", US full stops inside
the marks)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "036_wisconsin-teachers-rally.html",
    [
        # headline and byline
        ev("rally_h", "protest", "teachers [[rally]] at Wisconsin"),
        sp("nl", "Nora Lindqvist", "By [[Nora Lindqvist]], Madison"),
        # P1: the marchers are not named; the Republicans are the target, not participants
        ev("rallied", "protest", "staff [[rallied]] outside"),
        pa("rep1", REP, "the [[Republican]]-controlled Legislature"),
        # P2: a protest and a time reference, no named participants
        ev("protest", "protest", "The [[protest]], organized"),
        ev("marched", "protest", "tens of thousands [[marched]] against"),
        # P3: broken quote, inverted attribution
        Q("q_jo1", "direct", "“[[We are not asking", "for a favor,]]”"),
        sp("jo", "Janelle Ortiz", "said [[Janelle Ortiz]], a fourth-grade"),
        Q("q_jo2", "direct", "steps. “[[We are asking", "pay our rent.]]”"),
        # P4
        sp("ms", "Michael Sandoval", "Gov. [[Michael Sandoval]], a Democrat"),
        pa("dem1", DEM, "Sandoval, a [[Democrat]], joined"),
        ev("rally", "protest", "joined the [[rally]] and urged"),
        Q("q_ms1", "direct", "urged lawmakers to “[[stop hiding", "behind procedure.]]”"),
        sp("he_ms", "Michael Sandoval", "[[He]] said the state"),
        Q("q_ms2", "mixed", "He said [[the state’s", "“no excuse left.”]]"),
        # P5: Voss refuses to schedule the vote but takes no role in it; "Republicans" is inside the quote
        sp("cv1", "Craig Voss", "Speaker [[Craig Voss]], a Republican"),
        pa("rep2", REP, "Voss, a [[Republican]] from Waukesha"),
        ev("vote1", "vote", "schedule a [[vote]] on the bill"),
        sp("cv2", "Craig Voss", "statement, [[Voss]] said"),
        Q("q_cv1", "mixed", "Voss said [[the measure would", "hole in the budget”]] and that"),
        Q("q_cv2", "indirect", "and that [[Republicans had already", "teachers last year]]."),
        # P6: "vote" and "Voss" are inside the indirect quote
        pa("dem2", DEM, "[[Democratic]] state Sen."),
        sp("th", "Tamara Hill", "Sen. [[Tamara Hill]], the bill"),
        Q("q_th1", "indirect", "crowd that [[she had collected", "continued to block it]]."),
        # P7
        Q("q_th2", "direct", "“[[The votes are", "are there,]]”"),
        sp("she_th", "Tamara Hill", "there,” [[she]] said."),
        Q("q_th3", "direct", "said. “[[The only thing missing", "the courage.]]”"),
    ],
    member("ms", "dem1")
    + member("cv1", "rep2")
    + member("th", "dem2")
    + part("rally", "ms")
    + said("jo", "q_jo1", "q_jo2")
    + said("ms", "q_ms1")
    + said("he_ms", "q_ms2")
    + said("cv2", "q_cv1", "q_cv2")
    + said("th", "q_th1")
    + said("she_th", "q_th2", "q_th3"),
)
