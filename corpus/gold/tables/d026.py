"""Gold table of document 026: Senate backs an attorney general nominee (vote, "named ... as" appointment, "President
X" as role vs "the President" as a name, a party as source, "adding:", "according to" officials)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, pa, part, said, sp, title

GOLD = Gold(
    "026_senate-backs-attorney-general.txt",
    [
        # headline
        sp("np_h", "Nadia Pruitt", "backs [[Nadia Pruitt]] for"),
        ev("vote_h", "vote", "party-line [[vote]]\n"),
        # P1
        ev("voted", "vote", "Senate [[voted]] 52 to 48"),
        sp("np1", "Nadia Pruitt", "for [[Nadia Pruitt]] to become"),
        pa("dem1", DEM, "every [[Democrat]] voting"),
        ev("voting", "vote", "Democrat [[voting]] against her"),
        # P2: "President Raymond Castellano" is a role before a name; "the President" is a title used as a name
        sp("rc", "Raymond Castellano", "President [[Raymond Castellano]], who named"),
        ev("named", "appointment", "who [[named]] Pruitt as"),
        sp("np2", "Nadia Pruitt", "named [[Pruitt]] as his nominee"),
        Q("q_rc1", "mixed", "said [[he was", '"thrilled"]]. "Nadia'),
        Q("q_rc2", "direct", '"[[Nadia will restore', 'badly needs it,]]"'),
        title("president", 'it," the [[President]] said', "Raymond Castellano"),
        # P3
        sp("np3", "Nadia Pruitt", "[[Pruitt]], a former federal"),
        pa("rep1", REP, "thanked [[Republicans]] for"),
        Q("q_np", "direct", 'for "[[standing firm', 'enormous pressure]]"'),
        # P4: a party as the source of indirect speech: QUOTE without said_by
        pa("dem2", DEM, "[[Democrats]] had argued"),
        Q("q_dems", "indirect", "argued that [[her record on voting", "unfit for the job]]."),
        sp("cj", "Carla Jimenez", "Leader [[Carla Jimenez]] said"),
        Q("q_cj1", "mixed", "Jimenez said [[Pruitt had", 'Americans to vote"]], adding'),
        Q("q_cj2", "direct", 'adding: "[[We will be watching', 'she makes.]]"'),
        # P5: membership only in the previous sentence ("One of them"), so no member_of
        pa("rep2", REP, "Two [[Republican]] senators"),
        sp("lh", "Lyle Hammond", "Senator [[Lyle Hammond]] of Alaska"),
        Q("q_lh", "mixed", "reporters [[he had backed", "of the department]]."),
        # P6: anonymous officials; "appoint" and "the President" are inside the quote
        Q("q_wh", "indirect", "officials, [[the President will", "within weeks]]."),
    ],
    part("vote_h", "np_h")
    + part("voted", "np1", "dem1")
    + part("voting", "dem1", "np1")
    + part("named", "rc", "np2")
    + said("rc", "q_rc1")
    + said("president", "q_rc2")
    + said("np3", "q_np")
    + said("cj", "q_cj1", "q_cj2")
    + said("lh", "q_lh"),
)
