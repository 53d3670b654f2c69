"""Gold table of document 073 (held-out batch heldout-3): a Welsh health secretary survives a no confidence vote, a
live blog (reverse-chronological entries with times and entry titles, straight double marks with straight
apostrophes; key points as list lines; "Health secretary" and "the health secretary" standing alone for the office
holder; entry titles "X: "…"" with a person, a party and an institution as source; a two-paragraph quote after
"said:"; a pronoun speaker after "She said"; a newspaper, a party spokesperson, a research service and a royal college
as sources; a confidence vote with the party that forces it and the minister it concerns; "before the vote" as a time
reference; a generic "Votes")."""

from __future__ import annotations

from .common import CON, LAB, LD, PC, Gold, Q, ev, member, pa, part, said, sp, title

GOLD = Gold(
    "073_senedd-live-health-secretary-vote.txt",
    [
        # headline: "Health secretary" stands for the office holder (named below, cf. d058 "First Minister under
        # fire"); the vote concerns him
        title("hs_h", "live: [[Health secretary]] survives", "Owain Pritchard"),
        ev("vote_h", "vote", "no confidence [[vote]]\n"),
        # key points: "Health Secretary X" is a role before the name; a partial quote after "calling the motion" and
        # a mixed clause whose sources are party members and a party (no said_by)
        sp("op1", "Owain Pritchard", "Secretary [[Owain Pritchard]] survives"),
        ev("vote_k", "vote", "survives the [[vote]] by 29"),
        pa("pc_k", PC, "- [[Plaid Cymru]] members sit"),
        Q("q_pc_k", "direct", 'motion "[[a Tory stunt', 'a Tory stunt]]"\n'),
        pa("con_k", CON, "- [[Welsh Conservatives]] say"),
        Q("q_con_k", "mixed", "say [[the result", "for patients]]\n"),
        # 18:12: the live-blog title "X: "…"" attributes the quote to X (decided case, d058); a two-paragraph quote
        # linked to the attribution of its first paragraph (GUIDELINES 3.2)
        sp("op2", "Owain Pritchard", '18:12\n[[Pritchard]]: "'),
        Q("q_op1", "direct", 'Pritchard: "[[Now I\'m going', 'back to work]]"\n'),
        sp("op3", "Owain Pritchard", "relieved [[Owain Pritchard]] said"),
        Q("q_op2", "direct", 'said: "[[I said this morning', "I think it has.]]"),
        Q("q_op3", "direct", "\"[[Now I'm going back to work, because", 'votes in this building.]]"'),
        # "The First Minister, X," is a role before the name; "the Conservatives" is inside the clause
        sp("cm1", "Carys Morgan", "Minister, [[Carys Morgan]], posted"),
        Q("q_cm", "mixed", "on X that [[her health secretary", 'the Conservatives think"]].'),
        # 17:58: "by 29 to 17" counts ballots; the party whose motion it is and the minister it concerns take part
        # (decided case, cf. d058 and d060); "the health secretary" stands for the holder
        ev("voted1", "vote", "Members have [[voted]] by 29"),
        pa("con1", CON, "against the [[Welsh Conservatives]]' motion"),
        title("hs1", "confidence in the [[health secretary]]. All", "Owain Pritchard"),
        pa("lab1", LAB, "All [[Labour]] members voted"),
        ev("voted2", "vote", "Labour members [[voted]] against it"),
        pa("pc1", PC, "and [[Plaid Cymru]]'s 12 members"),
        # "The Liberal Democrats' only member, X" states membership (cf. d051 "Reform UK's only MSP, X")
        pa("ld", LD, "The [[Liberal Democrats]]' only member"),
        sp("gh", "Gwen Harries", "member, [[Gwen Harries]], voted"),
        ev("voted3", "vote", "Harries, [[voted]] with the government"),
        sp("she_gh", "Gwen Harries", "[[She]] said the Conservatives"),
        Q("q_gh", "mixed", "She said [[the Conservatives had", 'problem is a system"]].'),
        # an institution after "according to": no said_by
        Q("q_research", "indirect", "research service, [[it is the fourth", "minister since 2016]]."),
        # 17:41: a party as the source of an entry title (cf. d051 "Labour attacks '…'"): no said_by; "before the
        # vote" is a time reference
        pa("pc_t", PC, '17:41\n[[Plaid]]: "We'),
        Q("q_pc_t", "direct", 'Plaid: "[[We won\'t be', 'anybody\'s prop]]"\n'),
        pa("pc2", PC, "[[Plaid Cymru]]'s leader"),
        sp("er", "Elin Rowlands", "leader, [[Elin Rowlands]], spoke"),
        ev("vote2", "vote", "just before the [[vote]]. \""),
        Q("q_er1", "direct", '"[[This is a Tory stunt', "anybody's prop,]]\""),
        sp("she_er1", "Elin Rowlands", 'prop," [[she]] told the chamber'),
        # a quote broken by "she said", the second part after the sentence-final attribution
        Q("q_er2", "direct", '"[[If the Conservatives want', 'years of austerity,]]"'),
        sp("she_er2", "Elin Rowlands", 'austerity," [[she]] said.'),
        Q("q_er3", "direct", 'said. "[[Our members will not', 'press release either.]]"'),
        # "The First Minister" alone stands for the holder
        title("fm", "The [[First Minister]] has just", "Carys Morgan"),
        sp("op4", "Owain Pritchard", "beside [[Mr Pritchard]] on the front"),
        # 17:20: a party as the source of the entry title; "the Welsh Conservative leader, X," states the role
        pa("con_t", CON, '17:20\n[[Conservatives]]: "Patients'),
        Q("q_con_t", "direct", 'Conservatives: "[[Patients deserve', 'deserve better]]"'),
        pa("con2", CON, "the [[Welsh Conservative]] leader"),
        sp("tb1", "Tom Bevan", "leader, [[Tom Bevan]], said"),
        Q("q_tb1", "mixed", "said [[waiting times in Wales", 'by any measure"]].'),
        # the name and "lose your job" are inside the quotes
        Q("q_tb2", "direct", '"[[Owain Pritchard has had', 'two recovery plans,]]"'),
        sp("he_tb", "Tom Bevan", 'plans," [[he]] said.'),
        Q("q_tb3", "direct", 'said. "[[One in four people', "I don't know what is.]]\""),
        # "he read out a list" reports no words: no SPEAKER on "he"
        sp("tb2", "Tom Bevan", "[[Mr Bevan]] was heckled"),
        pa("lab2", LAB, "by [[Labour]] backbenchers as"),
        # 17:02: a newspaper and a party spokesperson as sources; party, name and "stand aside" are inside the clause
        Q("q_wm", "indirect", "morning that [[at least two Labour", "to stand aside]]."),
        pa("lab3", LAB, "A [[Labour]] spokesperson"),
        Q("q_lab", "mixed", "spokesperson said [[the group was", "behind the health secretary]]."),
        # 16:45: an institution as the source of the entry title and of two clauses; its named director
        Q("q_rcn_t", "direct", 'College: "[[Not about one man', 'one man]]"\n'),
        Q("q_rcn1", "mixed", "statement that [[the vote was", '"a distraction"]] and that'),
        Q("q_rcn2", "mixed", "and that [[nurses wanted", 'change of face"]].'),
        sp("hw", "Helen Whittaker", "director, [[Helen Whittaker]], added"),
        Q("q_hw", "direct", 'added: "[[This is not about one man.', 'a plan to fill.]]"'),
        # 16:30: the party that forces the vote and the minister it concerns; a generic "Votes" has no participant
        pa("con3", CON, "where the [[Welsh Conservatives]] have forced"),
        ev("vote3", "vote", "forced a [[vote]] of no confidence"),
        sp("op5", "Owain Pritchard", "Secretary [[Owain Pritchard]]. Votes"),
        ev("votes", "vote", "Pritchard. [[Votes]] of no confidence"),
    ],
    member("gh", "ld")
    + member("er", "pc2")
    + member("tb1", "con2")
    + part("vote_h", "hs_h")
    + part("vote_k", "op1")
    + part("voted1", "con1", "hs1")
    + part("voted2", "lab1")
    + part("voted3", "gh")
    + part("vote3", "con3", "op5")
    + said("op2", "q_op1")
    + said("op3", "q_op2", "q_op3")
    + said("cm1", "q_cm")
    + said("she_gh", "q_gh")
    + said("she_er1", "q_er1")
    + said("she_er2", "q_er2", "q_er3")
    + said("tb1", "q_tb1")
    + said("he_tb", "q_tb2", "q_tb3")
    + said("hw", "q_hw"),
)
