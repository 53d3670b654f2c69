"""Gold table of document 061 (held-out batch heldout-2): the US House censures a congressman (AP style with
surnames alone and "Rep." as a role; curly quotes with the US full stop inside the closing mark; censure as an event
of type "other"; "election workers" names no event; time references to the vote; "one of the 11 Republicans who
voted" as member_of and participant; parties and a spokesperson as sources; a pronoun in "in which he said")."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "061_house-censures-texas-congressman.txt",
    [
        # headline: the person voted on and censured takes part; "election workers" names no event (cf. d023)
        ev("votes_h", "vote", "House [[votes]] to censure"),
        ev("censure_h", "other", "votes to [[censure]] Rep."),
        sp("dh_h", "Dale Harmon", "Rep. [[Dale Harmon]] over remarks about"),
        # P1: "221-204" counts ballots; "a Texas Republican" states membership; "rebuke" is no trigger
        ev("voted1", "vote", "The House [[voted]] 221-204"),
        ev("censure1", "other", "Wednesday to [[censure]] Rep."),
        sp("dh1", "Dale Harmon", "Rep. [[Dale Harmon]], a Texas"),
        pa("rep1", REP, "a Texas [[Republican]], over"),
        # P2: "joined Democrats in backing" is no change of party
        pa("rep2", REP, "[[Republicans]] joined Democrats"),
        pa("dem1", DEM, "joined [[Democrats]] in backing"),
        pa("dem2", DEM, "by [[Democratic]] Rep. Maria"),
        sp("md", "Maria Delgado", "Rep. [[Maria Delgado]] of Arizona"),
        # P3: quote before the attribution, second quote after it; "the vote" is a time reference
        Q("q_md1", "direct", "“[[Words have consequences", "a duty to respond,]]”"),
        sp("md2", "Maria Delgado", "respond,” [[Delgado]] said"),
        ev("vote1", "vote", "floor before the [[vote]]."),
        Q("q_md2", "direct", "vote. “[[This is not about politics", "without fear.]]”"),
        # P4: two clauses joined by "and that"; the second ends with the full stop inside the mark
        sp("dh2", "Dale Harmon", "[[Harmon]], who is serving"),
        sp("he_dh1", "Dale Harmon", "[[He]] told reporters"),
        Q("q_dh1", "mixed", "chamber that [[his comments had been", "by the media”]] and that"),
        Q("q_dh2", "mixed", "and that [[he would “say it again", "again tomorrow.”]]"),
        # P5
        Q("q_dh3", "direct", "“[[If telling the truth", "badge of honor,]]”"),
        sp("he_dh2", "Dale Harmon", "honor,” [[he]] said."),
        # P6: "Speaker X" is a role before the name
        sp("dh3", "Dale Harmon", "rules, [[Harmon]] stood"),
        sp("gm1", "Glenn Maddox", "Speaker [[Glenn Maddox]] read"),
        # P7: "censure" and "vote" are inside the indirect clause; "Wednesday’s vote" is a time reference
        sp("gm2", "Glenn Maddox", "[[Maddox]], a Republican from Ohio"),
        pa("rep3", REP, "Maddox, a [[Republican]] from Ohio"),
        Q("q_gm1", "indirect", "last week that [[he opposed the censure", "not block a vote]]."),
        ev("vote2", "vote", "after Wednesday’s [[vote]], he said"),
        sp("he_gm", "Glenn Maddox", "vote, [[he]] said the House"),
        Q("q_gm2", "mixed", "he said [[the House had", "on talk radio.”]]"),
        # P8: "one of the 11 Republicans who voted" states membership and the vote
        pa("rep4", REP, "Not all [[Republicans]] agreed"),
        sp("sk", "Susan Kroll", "Rep. [[Susan Kroll]] of Pennsylvania"),
        pa("rep5", REP, "the 11 [[Republicans]] who voted"),
        ev("voted2", "vote", "Republicans who [[voted]] for the measure"),
        Q("q_sk", "mixed", "media that [[there is “no version", "threatening poll workers.”]]"),
        # P9: a party as source (no said_by); inverted attribution with "a senior Democrat on ..."
        pa("dem3", DEM, "[[Democrats]] said the vote was overdue"),
        Q("q_dem1", "indirect", "Democrats said [[the vote was overdue", "was overdue]]."),
        Q("q_ka1", "direct", "“[[We should have done this", "a month ago,]]”"),
        sp("ka", "Kevin Alston", "Rep. [[Kevin Alston]] of Michigan"),
        pa("dem4", DEM, "a senior [[Democrat]] on the Judiciary"),
        Q("q_ka2", "direct", "Committee. “[[Every week we waited", "threats got worse.]]”"),
        # P10: a party as source again
        sp("dh4", "Dale Harmon", "[[Harmon]] is the fourth member"),
        ev("censured", "other", "to be [[censured]] since 2021"),
        pa("dem5", DEM, "but [[Democrats]] have said"),
        Q("q_dem2", "indirect", "have said [[they will also seek", "Homeland Security Committee]]."),
        # P11: "in which he said" -> "he" introduces the quote
        sp("dh5", "Dale Harmon", "[[Harmon]]’s remarks came"),
        sp("he_dh3", "Dale Harmon", "in which [[he]] said election"),
        Q("q_dh4", "mixed", "he said [[election officials who", "what happens.”]]"),
        # P12: the opponent stands in the election; "the vote" is a time reference; "posted a clip" reports no words
        pa("dem6", DEM, "His [[Democratic]] opponent"),
        ev("election", "election", "next year’s [[election]], state Rep."),
        sp("lo", "Lena Ortiz", "state Rep. [[Lena Ortiz]], posted"),
        ev("vote3", "vote", "within hours of the [[vote]]."),
        Q("q_lo", "direct", "“[[Dale Harmon doesn’t get", "keep his job,]]”"),
        sp("she_lo", "Lena Ortiz", "job,” [[she]] wrote."),
        # P13: a spokesperson for a named person: the person is a SPEAKER mention, the quote has no said_by
        sp("dh6", "Dale Harmon", "spokesperson for [[Harmon]] said"),
        Q("q_spox", "mixed", "Harmon said [[the congressman would", "the radical left.”]]"),
    ],
    member("dh1", "rep1")
    + member("md", "dem2")
    + member("gm2", "rep3")
    + member("sk", "rep5")
    + member("ka", "dem4")
    + member("lo", "dem6")
    + part("votes_h", "dh_h")
    + part("censure_h", "dh_h")
    + part("voted1", "dh1")
    + part("censure1", "dh1")
    + part("voted2", "sk", "rep5")
    + part("censured", "dh4")
    + part("election", "lo", "dem6")
    + said("md2", "q_md1", "q_md2")
    + said("he_dh1", "q_dh1", "q_dh2")
    + said("he_dh2", "q_dh3")
    + said("gm2", "q_gm1")
    + said("he_gm", "q_gm2")
    + said("sk", "q_sk")
    + said("ka", "q_ka1", "q_ka2")
    + said("he_dh3", "q_dh4")
    + said("she_lo", "q_lo"),
)
