"""Gold table of document 069 (batch dev-4): AP-style US copy on a House farm bill ("said Tuesday", full stops
inside the closing marks, "Rep."/"Sen." and "Speaker" before the name, party-state tags such as "R-Neb." whose
"R" or "D" names the party, a caucus as a parliamentary group, a nested single-quoted phrase, "replied," before a
quote, an advocacy group as a source)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

HFC = "House Freedom Caucus"

GOLD = Gold(
    "069_house-panel-advances-farm-bill.txt",
    [
        # headline: winning a concession is no election
        pa("dem_h", DEM, "after [[Democrats]] win"),
        # P1-P2: the committee's vote names no party; the voting of the two parties does
        pa("rep1", REP, "after [[Republican]] leaders"),
        ev("voted1", "vote", "committee [[voted]] 31-23"),
        pa("dem1", DEM, "Four [[Democrats]] joined"),
        pa("rep2", REP, "all 27 [[Republicans]] on"),
        ev("voting", "vote", "panel in [[voting]] yes"),
        # P3: "R-Neb." states the party of the name before it
        Q("q_fd1", "direct", '"[[This is what compromise', 'looks like,]]"'),
        sp("fd1", "Frank Delgado", "Rep. [[Frank Delgado]], R-Neb."),
        pa("r_fd", REP, "Delgado, [[R]]-Neb."),
        Q("q_fd2", "direct", '"[[Nobody got everything', 'farmers get certainty.]]"'),
        # P4: the party is the source
        pa("dem2", DEM, "billion over ten years. [[Democrats]] on"),
        Q("q_dems", "indirect", "weeks that [[they would not support", "reduced benefits]]."),
        # P5: "the committee's top Democrat" states membership; one verb, two reported clauses
        sp("yp1", "Yolanda Pierce", "Rep. [[Yolanda Pierce]] of Mississippi"),
        pa("dem3", DEM, "top [[Democrat]], voted no"),
        ev("voted2", "vote", "Democrat, [[voted]] no"),
        sp("she_yp", "Yolanda Pierce", "[[She]] said the bill"),
        Q("q_yp1", "indirect", "She said [[the bill still", "conservation programs]] and that"),
        Q("q_yp2", "indirect", "and that [[she would offer", "the House floor]]."),
        # P6: the nested single marks are inside the quote
        Q("q_yp3", "direct", '"[[We stopped the worst', 'worst of it,]]"'),
        sp("yp2", "Yolanda Pierce", 'it," [[Pierce]] said'),
        Q("q_yp4", "direct", "said. \"[[But 'less bad'", 'same as good.]]"'),
        # P7: "One of the four Democrats ..., X" states membership
        pa("dem4", DEM, "of the four [[Democrats]] who backed"),
        sp("sw", "Sam Whitford", "Rep. [[Sam Whitford]] of Minnesota"),
        Q("q_sw1", "mixed", "said [[he had heard", "in his district]]."),
        Q("q_sw2", "direct", "\"[[They can't plan", 'pass a bill,]]"'),
        sp("he_sw", "Sam Whitford", 'bill," [[he]] said.'),
        # P8: one reported clause with two predicates; "vote" is inside it
        sp("do", "Debbie Ostrander", "Chairwoman [[Debbie Ostrander]], D-Mich."),
        pa("d_do", DEM, "Ostrander, [[D]]-Mich."),
        Q("q_do", "mixed", "Tuesday that [[she was", "the August recess]]."),
        # P9
        sp("rt1", "Roy Tatum", "Sen. [[Roy Tatum]], R-Kan."),
        pa("r_rt", REP, "Tatum, [[R]]-Kan."),
        pa("rep3", REP, "ranking [[Republican]], was"),
        Q("q_rt1", "direct", '"[[The House bill is a start,', 'a start,]]"'),
        sp("rt2", "Roy Tatum", 'start," [[Tatum]] said'),
        Q("q_rt2", "direct", '"[[The Senate will write', 'its own.]]"'),
        # P10: an advocacy group as the source; "urged members to vote" has no reported clause
        Q("q_heritage", "mixed", "statement that [[the committee had", '"caved to pressure"]] and urged'),
        ev("vote2", "vote", "members to [[vote]] against"),
        # P11: "its chairman" in the caucus's own sentence
        pa("hfc", HFC, "The [[House Freedom Caucus]] did not"),
        sp("wk", "Wade Kessler", "Rep. [[Wade Kessler]], R-Ariz."),
        pa("r_wk", REP, "Kessler, [[R]]-Ariz."),
        Q("q_wk", "mixed", 'reporters [[the bill "spends', 'reforms too little."]]'),
        # P12: "had the votes" counts support, no event
        sp("ml1", "Martin Lyle", "Speaker [[Martin Lyle]], R-Ohio"),
        pa("r_ml", REP, "Lyle, [[R]]-Ohio"),
        Q("q_ml1", "indirect", "said [[he expected a floor vote", "the end of June]]."),
        sp("ml2", "Martin Lyle", "votes, [[Lyle]] said:"),
        Q("q_ml2", "direct", "said: \"[[We'll find out.", 'how this works.]]"'),
        # P13
        ev("vote3", "vote", "the committee [[vote]]. Press"),
        sp("ab", "Anita Bose", "secretary [[Anita Bose]] told"),
        Q("q_ab", "mixed", "reporters [[the administration was", "the final text]]."),
        # P14
        sp("ch", "Carl Henning", "president, [[Carl Henning]], said"),
        Q("q_ch", "mixed", "said [[the committee had", 'to plan around."]]'),
        # P15: the vote is a time reference
        ev("vote4", "vote", "Tuesday's [[vote]] came"),
        sp("fd2", "Frank Delgado", "between [[Delgado]] and Pierce"),
        sp("yp3", "Yolanda Pierce", "Delgado and [[Pierce]] that aides"),
        sp("fd3", "Frank Delgado", "week, [[Delgado]] told reporters"),
        Q("q_fd3", "mixed", "reporters [[the talks had", 'hit a wall."]]'),
        sp("yp4", "Yolanda Pierce", "[[Pierce]] replied,"),
        Q("q_yp5", "direct", 'replied, "[[Walls have doors.', 'have doors.]]"'),
        # tag line
        sp("lo", "Lena Ostrowski", "writer [[Lena Ostrowski]] contributed"),
    ],
    member("fd1", "r_fd")
    + member("yp1", "dem3")
    + member("sw", "dem4")
    + member("do", "d_do")
    + member("rt1", "r_rt", "rep3")
    + member("wk", "hfc", "r_wk")
    + member("ml1", "r_ml")
    + part("voting", "dem1", "rep2")
    + part("voted2", "yp1")
    + said("fd1", "q_fd1", "q_fd2")
    + said("she_yp", "q_yp1", "q_yp2")
    + said("yp2", "q_yp3", "q_yp4")
    + said("sw", "q_sw1")
    + said("he_sw", "q_sw2")
    + said("do", "q_do")
    + said("rt2", "q_rt1", "q_rt2")
    + said("wk", "q_wk")
    + said("ml1", "q_ml1")
    + said("ml2", "q_ml2")
    + said("ab", "q_ab")
    + said("ch", "q_ch")
    + said("fd3", "q_fd3")
    + said("yp4", "q_yp5"),
)
