"""Gold table of document 065 (batch dev-4): a wire digest of statehouse items (datelines, "Gov."/"Rep."/"Sen."
outside the spans, "Republican X" before a name, a party chair elected by the party, a legislative walkout as a
protest, a letter's reported clause, "called the walkout '…'", a spokesman for a named person as the source,
full stops inside the closing marks of mixed quotes)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "065_statehouse-digest.txt",
    [
        # headline: a walkout to deny a quorum is a protest; "names" a treasurer is an appointment
        sp("cj_h", "Carl Jansen", "Iowa's [[Jansen]] quits"),
        ev("quits", "resignation", "Jansen [[quits]], Oregon"),
        pa("rep_h", REP, "Oregon [[Republicans]] walk out"),
        ev("walk_out", "protest", "Republicans [[walk out]], Vermont"),
        ev("names", "appointment", "Vermont [[names]] new"),
        # Iowa
        pa("rep1", REP, "House, [[Republican]] Carl Jansen"),
        sp("cj1", "Carl Jansen", "Republican [[Carl Jansen]], resigned"),
        ev("resigned", "resignation", "Jansen, [[resigned]] on Monday"),
        sp("cj2", "Carl Jansen", "letter, [[Jansen]] wrote"),
        Q("q_cj", "mixed", "wrote that [[the audit had", 'cannot afford."]] House'),
        sp("bo1", "Beth Orwig", "Leader [[Beth Orwig]] will"),
        ev("elects", "election", "the chamber [[elects]] a successor"),
        Q("q_bo", "direct", '"[[Carl served this state', 'our thanks,]]"'),
        sp("bo2", "Beth Orwig", 'thanks," [[Orwig]] said.'),
        # Oregon: the vote is blocked, not held; the walkout's actors are not in the sentence that calls it one
        pa("rep2", REP, "Eleven [[Republican]] state senators"),
        ev("walked_out", "protest", "senators [[walked out]] of the Oregon"),
        ev("vote1", "vote", "block a [[vote]] on a wildfire"),
        sp("lf", "Luis Ferrante", "President [[Luis Ferrante]], a Democrat"),
        pa("dem1", DEM, "Ferrante, a [[Democrat]], called"),
        ev("walkout", "protest", "called the [[walkout]] '"),
        Q("q_lf", "direct", "walkout '[[an insult to every", "last summer.]]'"),
        pa("rep3", REP, "[[Republican]] leader Dana"),
        sp("dw", "Dana Whitlock", "leader [[Dana Whitlock]] said"),
        Q("q_dw", "mixed", "Whitlock said [[her caucus would", 'without a new tax."]] Under'),
        ev("ballot1", "vote", "a 2022 [[ballot]] measure"),
        ev("reelection", "election", "run for [[re-election]]."),
        # Vermont: the governor appoints, the deputy treasurer is appointed; "the November election" is a time
        sp("am1", "Alan Mercer", "Gov. [[Alan Mercer]] appointed"),
        ev("appointed", "appointment", "Mercer [[appointed]] Deputy"),
        sp("nl1", "Naomi Lutz", "Treasurer [[Naomi Lutz]] as state"),
        sp("pg", "Paul Greaves", "Treasurer [[Paul Greaves]], who died"),
        sp("nl2", "Naomi Lutz", "[[Lutz]], a Democrat, will"),
        pa("dem2", DEM, "Lutz, a [[Democrat]], will"),
        ev("election1", "election", "November [[election]]. Mercer"),
        sp("am2", "Alan Mercer", "[[Mercer]], a Republican, said"),
        pa("rep4", REP, "Mercer, a [[Republican]], said"),
        Q("q_am", "mixed", "said [[he had chosen her", 'every dollar is."]]'),
        sp("nl3", "Naomi Lutz", "[[Lutz]] said she would"),
        Q("q_nl", "indirect", "Lutz said [[she would not be", "candidate in November]]."),
        # Arizona: a party electing its chair states membership (cf. heldout-1)
        pa("dem3", DEM, "Arizona [[Democrats]] have elected"),
        ev("elected", "election", "have [[elected]] state Rep."),
        sp("mv1", "Marisol Vega", "Rep. [[Marisol Vega]] as party"),
        ev("elections", "election", "next year's [[elections]]. Vega"),
        sp("mv2", "Marisol Vega", "[[Vega]], 41, won"),
        ev("won", "election", "41, [[won]] on the first"),
        ev("ballot2", "vote", "first [[ballot]] at a party"),
        Q("q_mv1", "direct", '"[[We are done apologising', 'for winning,]]"'),
        sp("she_mv", "Marisol Vega", 'winning," [[she]] told delegates'),
        Q("q_mv2", "direct", '"[[Now we have to do it again.', 'do it again.]]"'),
        # Georgia: the spokesman is the source; Pike is a mention
        pa("rep5", REP, "Georgia's [[Republican]] lieutenant"),
        sp("wh1", "Wes Harlan", "governor, [[Wes Harlan]], announced"),
        Q("q_wh1", "indirect", "Monday that [[he would run", "run for governor]], setting"),
        ev("primary", "election", "up a [[primary]] against"),
        sp("rp1", "Ruth Pike", "Attorney General [[Ruth Pike]]."),
        Q("q_wh2", "direct", "\"[[Georgia doesn't need", 'a caretaker,]]"'),
        sp("wh2", "Wes Harlan", 'caretaker," [[Harlan]] told'),
        Q("q_wh3", "direct", 'Macon. "[[It needs a builder.', 'a builder.]]"'),
        sp("rp2", "Ruth Pike", "spokesman for [[Pike]] said"),
        Q("q_spokesman", "mixed", "Pike said [[the campaign", 'spirited contest."]]'),
        # Michigan: the teachers are no SPEAKER; the organisers are the source
        ev("marched", "protest", "teachers [[marched]] on the"),
        ev("protest", "protest", "to [[protest]] proposed"),
        Q("q_org", "indirect", "Organisers said [[more than 2,000", "took part]]."),
        sp("kd", "Keisha Dorsey", "Sen. [[Keisha Dorsey]], a Democrat"),
        pa("dem4", DEM, "Dorsey, a [[Democrat]] from Detroit"),
        Q("q_kd", "direct", 'steps: "[[You cannot cut', 'not anywhere.]]"'),
        # Idaho: a chamber votes, no party or person of the sentence
        ev("voted", "vote", "House [[voted]] 52-17"),
        sp("mo", "Martha Olsen", "Gov. [[Martha Olsen]]."),
        sp("tb", "Tyler Brandt", "Rep. [[Tyler Brandt]], a Republican"),
        pa("rep6", REP, "Brandt, a [[Republican]] who"),
        Q("q_tb", "mixed", "said [[it would", 'to the DMV."]]'),
    ],
    member("cj1", "rep1")
    + member("lf", "dem1")
    + member("dw", "rep3")
    + member("nl2", "dem2")
    + member("am2", "rep4")
    + member("mv1", "dem3")
    + member("wh1", "rep5")
    + member("kd", "dem4")
    + member("tb", "rep6")
    + part("quits", "cj_h")
    + part("walk_out", "rep_h")
    + part("resigned", "cj1")
    + part("walked_out", "rep2")
    + part("appointed", "am1", "nl1")
    + part("elected", "dem3", "mv1")
    + part("won", "mv2")
    + part("ballot2", "mv2")
    + part("primary", "wh1", "rp1")
    + said("cj2", "q_cj")
    + said("bo2", "q_bo")
    + said("lf", "q_lf")
    + said("dw", "q_dw")
    + said("am2", "q_am")
    + said("nl3", "q_nl")
    + said("she_mv", "q_mv1", "q_mv2")
    + said("wh1", "q_wh1")
    + said("wh2", "q_wh2", "q_wh3")
    + said("kd", "q_kd")
    + said("tb", "q_tb"),
)
