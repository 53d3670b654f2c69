"""Gold table of document 085 (held-out batch heldout-3): local government in brief, a wire digest of four English
council items (capitalised item headings; British single curly marks with apostrophes outside the quotes; "Reform
UK-run" (the party word only); voters named by party; "X said ... and warned that ..." as two mixed clauses;
"Cllr" as a role outside the span; a letter quoted with "wrote:"; a joint statement of several councillors, a party
spokesperson and a social media post as sources; a quoted word in a heading attributed to nobody; a by-election won
from another party; a suspension from a party)."""

from __future__ import annotations

from .common import CON, GRN, LAB, LD, Gold, Q, ev, member, pa, part, said, sp

REF = "Reform UK"

GOLD = Gold(
    "085_local-government-in-brief.txt",
    [
        # headline: the leader who quits is not named
        ev("quits_h", "resignation", "Nottingham leader [[quits]]\n"),
        # item 1: "Reform UK-run" -> the party word only (cf. d062); the voters are named by party; the English Greens
        # are the Green Party
        pa("ref1", REF, "\n\n[[Reform UK]]-run Lancashire"),
        pa("ref2", REF, "support. [[Reform UK]] councillors"),
        ev("voted1", "vote", "councillors [[voted]] for the motion"),
        pa("lab1", LAB, "while [[Labour]], Liberal Democrat"),
        pa("ld1", LD, "Labour, [[Liberal Democrat]] and Green"),
        pa("grn1", GRN, "Democrat and [[Green]] members"),
        ev("voted2", "vote", "members [[voted]] against"),
        # "Reform UK’s X" states membership
        pa("ref3", REF, "leader, [[Reform UK]]’s Stephen"),
        sp("so1", "Stephen Ormerod", "UK’s [[Stephen Ormerod]], said"),
        Q("q_so1", "mixed", "Ormerod, said [[the declaration had", "consultants and reports’]]."),
        Q("q_so2", "direct", "‘[[Residents want their bins", "potholes fixed,]]’"),
        sp("so2", "Stephen Ormerod", "fixed,’ [[Mr Ormerod]] told"),
        Q("q_so3", "direct", "meeting. ‘[[They do not want", "their central heating.]]’"),
        # two speech verbs, two mixed clauses, one speaker
        pa("grn2", GRN, "[[Green]] councillor Esme"),
        sp("ew", "Esme Whitlock", "councillor [[Esme Whitlock]] said"),
        Q("q_ew1", "mixed", "Whitlock said [[the decision was", "act of vandalism’]] and warned"),
        Q("q_ew2", "mixed", "warned that [[the county would", "for it in floods’]]."),
        # the campaigners who protest are not named
        ev("protested", "protest", "campaigners [[protested]] outside"),
        # item 2: the councillors who vote are not named; "his budget" is what they vote on, not him
        ev("quits2", "resignation", "LEADER [[QUITS]] OVER BUDGET"),
        pa("lab2", LAB, "The [[Labour]] leader of Nottingham"),
        sp("th1", "Tariq Hussain", "Council, [[Tariq Hussain]], has resigned"),
        ev("resigned", "resignation", "Hussain, has [[resigned]] after"),
        ev("voted3", "vote", "councillors [[voted]] against his budget"),
        # "Cllr" is a role, like "Councillor" (cf. d034): outside the span; a newspaper that has seen the letter is
        # no source
        sp("th2", "Tariq Hussain", "Cllr [[Hussain]] wrote"),
        Q("q_th1", "direct", "wrote: ‘[[I have lost the confidence", "every success.]]’"),
        sp("he_th", "Tariq Hussain", "[[He]] added that he would"),
        Q("q_th2", "indirect", "added that [[he would stay on", "the Sherwood ward]]."),
        # a joint statement of several people: no said_by (decided case of dev-3)
        Q("q_rebels", "mixed", "statement that [[the cuts to libraries", "could not cross’]]."),
        # "Labour" is inside the clause
        pa("con1", CON, "[[Conservative]] group leader Andrew"),
        sp("ar", "Andrew Rix", "leader [[Andrew Rix]] said"),
        Q("q_ar", "mixed", "Rix said [[Labour had ‘spent years", "but themselves’]]."),
        # "chooses a successor" is no trigger (cf. "the pick"); her party is not stated
        sp("nb", "Naomi Bancroft", "leader, [[Naomi Bancroft]], will act"),
        pa("lab3", LAB, "until the [[Labour]] group chooses"),
        # item 3: a seat won from another party: both parties take part (decided case of heldout-1)
        pa("ld_h3", LD, "[[LIB DEMS]] WIN GODALMING"),
        ev("win", "election", "LIB DEMS [[WIN]] GODALMING"),
        pa("con_h3", CON, "SEAT FROM [[TORIES]]"),
        pa("ld2", LD, "The [[Liberal Democrats]] have won"),
        ev("won", "election", "have [[won]] the Godalming"),
        ev("byelection", "election", "Godalming South [[by-election]] on Surrey"),
        pa("con2", CON, "from the [[Conservatives]], with a majority"),
        # "The new councillor, X," is a role before the name, with no party stated
        sp("ga", "Grace Adeyemi", "councillor, [[Grace Adeyemi]], a GP"),
        Q("q_ga", "mixed", "said [[voters had sent", "and our schools’]]."),
        # "The Conservative leader of the county council, X" states a party role; "by-election" is inside the clause
        pa("con3", CON, "The [[Conservative]] leader of the county"),
        sp("mh", "Mark Haddow", "council, [[Mark Haddow]], said"),
        Q("q_mh", "mixed", "Haddow, said [[the result was", "in a by-election’]]."),
        # item 4: the heading's quoted word is attributed to nobody (decided case of heldout-2); nobody who suspends or
        # is suspended is named in the heading
        pa("con_h4", CON, "[[TORY]] COUNCILLOR SUSPENDED"),
        ev("suspended_h", "other", "COUNCILLOR [[SUSPENDED]] OVER"),
        # a suspension: the party and the member (cf. d055); no member_of (GUIDELINES 7); the post is the source of
        # the quoted word (cf. the message in d055): no said_by
        pa("con4", CON, "The [[Conservative Party]] has suspended"),
        ev("suspended", "other", "Party has [[suspended]] a Cornwall"),
        sp("dt1", "Derek Trevithick", "councillor, [[Derek Trevithick]], over"),
        Q("q_post", "direct", "as an ‘[[invasion", "invasion]]’."),
        # a party spokesperson; "Councillor Trevithick" and "suspended" are inside the quote
        pa("con5", CON, "A [[Conservative]] spokesperson"),
        Q("q_spox", "direct", "said: ‘[[These comments are", "pending an investigation.]]’"),
        # two clauses joined by "and that"
        sp("dt2", "Derek Trevithick", "[[Mr Trevithick]] told BBC"),
        Q("q_dt1", "mixed", "Cornwall that [[his post had", "out of context’]] and that"),
        Q("q_dt2", "mixed", "and that [[he would ‘fight", "clear my name’]]."),
        # "called for him to resign" has no reported clause; "him" is no SPEAKER
        pa("ld3", LD, "The [[Liberal Democrats]], who run"),
        ev("resign", "resignation", "for him to [[resign]]."),
    ],
    member("so1", "ref3")
    + member("ew", "grn2")
    + member("th1", "lab2")
    + member("ar", "con1")
    + member("mh", "con3")
    + part("voted1", "ref2")
    + part("voted2", "lab1", "ld1", "grn1")
    + part("resigned", "th1")
    + part("win", "ld_h3", "con_h3")
    + part("won", "ld2", "con2")
    + part("byelection", "ld2", "con2")
    + part("suspended", "con4", "dt1")
    + said("so1", "q_so1")
    + said("so2", "q_so2", "q_so3")
    + said("ew", "q_ew1", "q_ew2")
    + said("th2", "q_th1")
    + said("he_th", "q_th2")
    + said("ar", "q_ar")
    + said("ga", "q_ga")
    + said("mh", "q_mh")
    + said("dt2", "q_dt1", "q_dt2"),
)
