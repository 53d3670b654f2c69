"""Gold table of document 064 (batch dev-4): local election results live blog (timestamped entries, entry titles
holding a quote attributed by ``Name: '…'``, ``Name: "…"`` lines as speech acts, a reporter's indirect speech,
two speech verbs of one subject, "Its co-leader" after the party's sentence, straight, curly and single marks)."""

from __future__ import annotations

from .common import CON, GRN, LAB, LD, Gold, Q, ev, member, pa, part, said, sp

REF = "Reform UK"

GOLD = Gold(
    "064_local-elections-results-live.txt",
    [
        # headline: the parties standing are participants of "elections"; "lose" is no trigger
        ev("elections_h", "election", "Local [[elections]] 2027"),
        pa("ld_h", LD, "2027: [[Lib Dems]] win"),
        ev("win_h", "election", "Lib Dems [[win]] Somerset"),
        pa("con_h", CON, "as [[Tories]] lose Kent"),
        # byline
        sp("hq", "Harriet Quinlan", "By [[Harriet Quinlan]], Ellie"),
        sp("ev1", "Ellie Vaughan", "Quinlan, [[Ellie Vaughan]] and Sam"),
        sp("so", "Sam Okoro", "and [[Sam Okoro]]"),
        # summary: "lost" and "held on" are no triggers
        pa("ld1", LD, "declared, the [[Liberal Democrats]] have"),
        ev("won1", "election", "have [[won]] control"),
        pa("con1", CON, "Wiltshire, the [[Conservatives]] have lost"),
        pa("lab1", LAB, "1997, and [[Labour]] has held"),
        pa("ref1", REF, "heartlands. [[Reform UK]] has won"),
        ev("won2", "election", "Reform UK has [[won]] more than"),
        # 14.31: the entry title attributes its quote to "Kells"
        sp("mk1", "Margaret Kells", "[[Kells]]: 'Painful"),
        Q("q_mk1", "direct", "Kells: '[[Painful, but", "on our future]]'"),
        pa("con2", CON, "The [[Conservative]] leader, Margaret"),
        sp("mk2", "Margaret Kells", "leader, [[Margaret Kells]], has given"),
        sp("mk3", "Margaret Kells", '[[Margaret Kells]]: "These'),
        Q("q_mk2", "direct", 'Kells: "[[These are painful', 'listen to it.]]"'),
        # the "she" of "Asked whether she would" introduces nothing
        sp("she_mk", "Margaret Kells", "challenge, [[she]] said:"),
        Q("q_mk3", "direct", "said: '[[I've heard nothing", "not about me.]]'"),
        # 13.58
        pa("ld2", LD, "[[Lib Dems]] celebrate"),
        sp("op1", "Owen Pryce", "[[Owen Pryce]], the Liberal"),
        pa("ld3", LD, "the [[Liberal Democrat]] leader, was"),
        sp("op2", "Owen Pryce", "[[Owen Pryce]]: “Two"),
        Q("q_op", "direct", "Pryce: “[[Two years ago", "something better.]]”"),
        sp("ev2", "Ellie Vaughan", "correspondent, [[Ellie Vaughan]], says"),
        Q("q_ev", "indirect", "says [[Pryce spent", "on a hay bale]]."),
        # 13.20: "Reform" alone names the party; two speech verbs of one subject
        pa("ref_t", REF, "[[Reform]] short of"),
        pa("ref2", REF, "[[Reform UK]]'s chairman"),
        sp("ds", "Dominic Spratt", "chairman, [[Dominic Spratt]], said"),
        Q("q_ds1", "mixed", "said [[the party had", 'in local government"]] and'),
        Q("q_ds2", "mixed", "predicted [[it would", 'this time next year"]].'),
        pa("lab2", LAB, "[[Labour]]'s national campaign"),
        sp("pl", "Priya Lal", "coordinator, [[Priya Lal]], was"),
        Q("q_pl1", "direct", '"[[They gained seats', 'going to win,]]"'),
        sp("she_pl", "Priya Lal", 'win," [[she]] said.'),
        Q("q_pl2", "direct", "said. \"[[That's not a breakthrough.", 'on the right.]]"'),
        # 12.47
        pa("con3", CON, "Kent: [[Conservatives]] lose"),
        pa("con4", CON, "The [[Conservatives]] lost 23"),
        pa("ref3", REF, "most of them to [[Reform UK]] and"),
        pa("grn1", GRN, "and the [[Greens]]."),
        sp("gt1", "Graham Talbot", "council leader [[Graham Talbot]], who lost"),
        sp("gt2", "Graham Talbot", '[[Graham Talbot]]: "The national'),
        Q("q_gt", "direct", '"[[The national party left us', 'about potholes.]]"'),
        # 12.05: the council leader's party is the Labour of the sentence before: no member_of
        pa("lab3", LAB, "[[Labour]] holds Sunderland"),
        pa("lab4", LAB, "[[Labour]] has held Sunderland"),
        sp("dr", "Denise Rowntree", "leader, [[Denise Rowntree]], said"),
        Q("q_dr1", "mixed", "said [[the result showed", 'run things properly"]], but'),
        sp("she_dr", "Denise Rowntree", "but [[she]] admitted"),
        Q("q_dr2", "mixed", "admitted that [[turnout of 24", '"nothing to celebrate"]].'),
        # 11.30: "Its co-leader" in the sentence after the party's: no member_of
        pa("grn2", GRN, "[[Greens]] now largest"),
        pa("grn3", GRN, "The [[Green Party]] is now"),
        sp("to", "Tamsin Oakes", "co-leader, [[Tamsin Oakes]], told"),
        Q("q_to", "direct", "BBC: '[[We won because", "not slogans.]]'"),
        # 10.55: a time reference
        ev("election2", "election", "local [[election]] results"),
    ],
    member("mk2", "con2")
    + member("op1", "ld3")
    + member("ds", "ref2")
    + member("pl", "lab2")
    + part("elections_h", "ld_h", "con_h")
    + part("win_h", "ld_h")
    + part("won1", "ld1")
    + part("won2", "ref1")
    + said("mk1", "q_mk1")
    + said("mk3", "q_mk2")
    + said("she_mk", "q_mk3")
    + said("op2", "q_op")
    + said("ev2", "q_ev")
    + said("ds", "q_ds1", "q_ds2")
    + said("she_pl", "q_pl1", "q_pl2")
    + said("gt2", "q_gt")
    + said("dr", "q_dr1")
    + said("she_dr", "q_dr2")
    + said("to", "q_to"),
)
