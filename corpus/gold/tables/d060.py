"""Gold table of document 060 (held-out batch heldout-2): Irish government survives a confidence vote (wire style
with a dateline and surnames alone; straight single quotes in the headline, straight double in the text; "Tánaiste"
as a name in the headline and later in a clause; "who leads X" and "X of Fianna Fáil" as member_of; "Independent TD"
names no party; "according to" a named speaker; a newspaper and a spokesman as sources; a pronoun that is no
speaker)."""

from __future__ import annotations

from .common import FF, FG, LAB, SF, Gold, Q, ev, member, pa, part, said, sp, title

SOCDEM = "Social Democrats"

GOLD = Gold(
    "060_irish-government-survives-confidence-vote.txt",
    [
        # headline: a title used as a name; the headline attributes the fragment to him (mixed clause)
        ev("vote_h", "vote", "survives confidence [[vote]] as"),
        title("tan_h", "as [[Tánaiste]] says", "Colm Brennan"),
        Q("q_cb_h", "mixed", "says [[housing plan 'is working'", "'is working']]\n"),
        # P1: the government is no PARTY; nobody named takes part
        ev("vote1", "vote", "survived a confidence [[vote]] in the Dáil"),
        # P2: "88 votes to 71" counts ballots; the parties that voted and the party that tabled the motion are
        # participants (a confidence vote takes the party that forces or tables it, cf. document 017 and 058)
        pa("sf1", SF, "tabled by [[Sinn Féin]], fell"),
        pa("ff1", FF, "after [[Fianna Fáil]], Fine Gael"),
        pa("fg1", FG, "Fáil, [[Fine Gael]] and a group"),
        ev("voted1", "vote", "independent TDs [[voted]] with"),
        # P3: "she opened the debate" introduces no quote -> "she" is no SPEAKER; a debate is a speech event
        Q("q_dm1", "direct", '"[[This government has had seven years', 'it has failed,]]"'),
        pa("sf2", SF, 'failed," [[Sinn Féin]] leader'),
        sp("dm1", "Deirdre Mulvey", "leader [[Deirdre Mulvey]] said as"),
        Q("q_dm2", "direct", 'morning. "[[Every family in emergency', 'for that failure.]]"'),
        # P4: "Tánaiste X" is a role before the name; "pointed to" has no reported clause
        sp("cb1", "Colm Brennan", "Tánaiste [[Colm Brennan]] said"),
        Q("q_cb1", "mixed", 'Brennan said [[the housing plan "is working"', 'plan "is working"]] and pointed'),
        # P5: "who leads Fine Gael" states a party role
        Q("q_cb2", "direct", '"[[I will not pretend', 'job is done,]]"'),
        sp("cb2", "Colm Brennan", 'done," [[Brennan]], who leads'),
        pa("fg2", FG, "who leads [[Fine Gael]], told"),
        Q("q_cb3", "direct", 'Dáil. "[[But the answer is not', 'is finally delivering.]]"'),
        # P6
        sp("cb3", "Colm Brennan", "[[Brennan]] also said"),
        Q("q_cb4", "indirect", "also said [[the government would extend", "every county from January]]."),
        # P7: "X of Fianna Fáil" states membership; the clause runs on after the fragment
        sp("sd", "Seamus Dolan", "Taoiseach [[Seamus Dolan]] of Fianna"),
        pa("ff2", FF, "Dolan of [[Fianna Fáil]] did not"),
        Q("q_sd1", "mixed", "afterwards that [[the result was", "the coalition's record]]."),
        # P8: pronoun whose antecedent is in the previous paragraph
        Q("q_sd2", "direct", '"[[We have a mandate', 'intend to use it,]]"'),
        sp("he_sd", "Seamus Dolan", 'use it," [[he]] said.'),
        # P9: Irish Labour -> Labour Party; "vote" opens the first clause; partial quote after "called it"
        pa("lab", LAB, "[[Labour]] leader Ruth"),
        sp("rk", "Ruth Keogh", "leader [[Ruth Keogh]] said"),
        Q("q_rk", "mixed", "Keogh said [[the vote showed", '"stopped listening"]], while'),
        pa("socdem", SOCDEM, "while [[Social Democrats]] co-leader"),
        sp("at", "Aoife Tiernan", "co-leader [[Aoife Tiernan]] called"),
        Q("q_at", "direct", 'called it "[[a vote of confidence', 'the status quo]]"'),
        # P10: "Independent TD" names no party; "according to" a named speaker; the Tánaiste is inside the clause
        sp("gl1", "Gerard Lynch", "Independent TD [[Gerard Lynch]], who voted"),
        ev("voted2", "vote", "Lynch, who [[voted]] with the government"),
        Q("q_gl1", "indirect", "government, said [[he had secured", "water schemes in return]]."),
        sp("gl2", "Gerard Lynch", "According to [[Lynch]], the"),
        Q("q_gl2", "indirect", "Lynch, [[the Tánaiste gave", "on Monday night]]."),
        # P11: a newspaper as source
        Q("q_it", "indirect", "Tuesday that [[at least two Fianna Fáil", "considered abstaining]]."),
        # P12: anonymous spokesman
        Q("q_spox", "direct", 'said: "[[The coalition is united', 'its full term.]]"'),
        # P13: an election nobody named stands in yet
        pa("sf3", SF, "[[Sinn Féin]] has led every"),
        ev("election", "election", "general [[election]] must be held"),
        # P14: the rally's speaker takes part; "told supporters" without "that"; the clause runs on after the fragment
        ev("rally", "protest", "At a [[rally]] in Cork"),
        sp("dm2", "Deirdre Mulvey", "Saturday, [[Mulvey]] told"),
        Q("q_dm3", "mixed", "supporters [[her party was", "plan before Christmas]]."),
    ],
    member("dm1", "sf2")
    + member("cb2", "fg2")
    + member("sd", "ff2")
    + member("rk", "lab")
    + member("at", "socdem")
    + part("voted1", "sf1", "ff1", "fg1")
    + part("voted2", "gl1")
    + part("rally", "dm2")
    + said("tan_h", "q_cb_h")
    + said("dm1", "q_dm1", "q_dm2")
    + said("cb1", "q_cb1")
    + said("cb2", "q_cb2", "q_cb3")
    + said("cb3", "q_cb4")
    + said("sd", "q_sd1")
    + said("he_sd", "q_sd2")
    + said("rk", "q_rk")
    + said("at", "q_at")
    + said("gl1", "q_gl1")
    + said("gl2", "q_gl2")
    + said("dm2", "q_dm3"),
)
