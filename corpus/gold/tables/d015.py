"""Gold table of document 015: shadow minister quits over a welfare vote (resignation letter quoted over three
paragraphs, quote before an attribution with a long role description, "according to" an anonymous source)."""

from __future__ import annotations

from .common import CON, LAB, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "015_shadow-minister-quits-over-welfare-vote.txt",
    [
        # headline: he quits; the headline does not say that he votes, so "vote" has no participant
        sp("mo_h", "Marcus Oyelaran", "Shadow minister [[Marcus Oyelaran]] quits"),
        ev("quits", "resignation", "Oyelaran [[quits]] over"),
        ev("vote_h", "vote", "over welfare [[vote]]\n"),
        # P1
        pa("lab1", LAB, "[[Labour]] MP Marcus Oyelaran has"),
        sp("mo1", "Marcus Oyelaran", "MP [[Marcus Oyelaran]] has quit"),
        ev("quit", "resignation", "has [[quit]] the shadow cabinet"),
        ev("vote1", "vote", "he can [[vote]] against the Government"),
        # P2-P5: "In it he wrote:" then three paragraphs
        sp("mo2", "Marcus Oyelaran", "[[Mr Oyelaran]], who had been"),
        ev("resignation", "resignation", "his [[resignation]] letter"),
        sp("he_mo", "Marcus Oyelaran", "In it [[he]] wrote:"),
        Q("q_mo1", "direct", "“[[It is with real sadness", "my working life.]]"),
        Q("q_mo2", "direct", "“[[But I cannot ask families", "any other year.]]"),
        Q("q_mo3", "direct", "“[[I will continue to support", "the back benches.]]”"),
        # P6: quote before the attribution, second sentence after it
        Q("q_hc1", "direct", "“[[Marcus has made", "I respect it,]]”"),
        pa("lab2", LAB, "the [[Labour]] leader, Hannah Crossley"),
        sp("hc", "Hannah Crossley", "leader, [[Hannah Crossley]], said."),
        Q("q_hc2", "direct", "said. “[[The party’s position", "we will abstain.]]”"),
        # P7
        pa("lab3", LAB, "20 [[Labour]] MPs to vote"),
        ev("vote2", "vote", "MPs to [[vote]] against the bill"),
        # P8
        sp("gh1", "Gillian Hart", "secretary, [[Gillian Hart]], a Conservative"),
        pa("con", CON, "a [[Conservative]], said"),
        Q("q_gh1", "mixed", "said [[Labour was", "open civil war”]]."),
        sp("gh2", "Gillian Hart", "[[Mrs Hart]] added"),
        Q("q_gh2", "mixed", "added that [[the bill would", "a million families”]]."),
        # P9: "according to" an anonymous source (PARTY annotated as usual, no said_by)
        pa("lab4", LAB, "a senior [[Labour]] source"),
        Q("q_source", "indirect", "source, [[two more frontbenchers", "their positions]]."),
    ],
    member("mo1", "lab1")
    + member("hc", "lab2")
    + member("gh1", "con")
    + part("quits", "mo_h")
    + part("quit", "mo1")
    + part("vote1", "mo1")
    + part("resignation", "mo2")
    + part("vote2", "lab3")
    + said("he_mo", "q_mo1", "q_mo2", "q_mo3")
    + said("hc", "q_hc1", "q_hc2")
    + said("gh1", "q_gh1")
    + said("gh2", "q_gh2"),
)
