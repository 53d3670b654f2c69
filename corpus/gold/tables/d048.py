"""Gold table of document 048: Georgia election board certifies results (US style: "said board chair X, a
Democrat", inverted "said Rep. X, a Republican who ...", "said X, who was appointed ..."; "election board",
"election commission" and "election law" name no election; an organisation's statement; "according to" a
document; a party described by a generic noun)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "048_georgia-board-certifies-results.txt",
    [
        # P1: the board votes; no SPEAKER or PARTY takes part
        ev("voted1", "vote", "board [[voted]] 3-2"),
        # P2
        Q("q_po1", "direct", '"[[The law is clear', 'we followed it,]]"'),
        sp("po1", "Patricia Okafor", "chair [[Patricia Okafor]], a Democrat"),
        pa("dem1", DEM, "Okafor, a [[Democrat]]. "),
        Q("q_po2", "direct", '"[[Every lawful ballot', 'been counted.]]"'),
        # P3: a seat's history, no event
        pa("rep1", REP, "held by [[Republicans]] for"),
        # P4
        ev("voted2", "vote", "board members [[voted]] no"),
        sp("ds1", "Dwight Sayers", "them, [[Dwight Sayers]], a Republican"),
        pa("rep2", REP, "Sayers, a [[Republican]], told"),
        Q("q_ds1", "mixed", "afterward that [[the county had", "provisional ballots]]."),
        # P5: an organisation's statement
        Q("q_comm", "indirect", "statement that [[all provisional", "reviewed twice]]."),
        # P6: "Rep." is a role before the name
        Q("q_lb1", "direct", '"[[We\'re not going', "can't verify,]]\""),
        sp("lb1", "Lyle Brandt", "Rep. [[Lyle Brandt]], a Republican"),
        pa("rep3", REP, "Brandt, a [[Republican]] who"),
        sp("he_lb", "Lyle Brandt", "meeting. [[He]] said"),
        Q("q_lb2", "indirect", "He said [[he would ask", "to investigate]]."),
        sp("lb2", "Lyle Brandt", "[[Brandt]], who is running"),
        Q("q_lb3", "mixed", "reporters [[the board had", '"rushed" its decision]].'),
        # P7: "According to the certified results": a document as source
        Q("q_results", "indirect", "results, [[the Democratic candidate", "by 212 votes]]."),
        sp("kv1", "Keisha Vance", "candidate, [[Keisha Vance]], a former"),
        Q("q_kv1", "mixed", "said [[she was", 'ready to work"]].'),
        Q("q_kv2", "direct", '"[[Nobody in Clayton', 'was ignored,]]"'),
        sp("kv2", "Keisha Vance", 'ignored," [[Vance]] said later'),
        # P8: "Her Republican opponent, X" states the party
        pa("rep4", REP, "Her [[Republican]] opponent"),
        sp("th1", "Travis Hollings", "opponent, [[Travis Hollings]], has"),
        sp("th2", "Travis Hollings", "Facebook, [[Hollings]] wrote"),
        Q("q_th", "mixed", "wrote that [[the fight was", '"far from over"]] and thanked'),
        pa("rep5", REP, "The [[Republican]] state party"),
        Q("q_repparty", "indirect", "party said [[it would consider", "legal challenge]]."),
        # P9: "election law" names no election
        Q("q_experts", "indirect", "experts said [[a court challenge", "unlikely to succeed]]."),
        Q("q_mk1", "direct", '"[[The board has done', 'state law requires,]]"'),
        sp("mk1", "Martin Keel", "said [[Martin Keel]], a professor"),
        sp("mk2", "Martin Keel", "University. [[Keel]] said"),
        Q("q_mk2", "indirect", "Keel said [[the only open", "for a recount]]."),
        # P10: who appoints and who is appointed
        Q("q_ds2", "direct", '"[[I have never seen', 'this divided,]]"'),
        sp("ds2", "Dwight Sayers", "said [[Sayers]], who was appointed"),
        ev("appointed", "appointment", "who was [[appointed]] to the board"),
        sp("bw", "Ben Whitley", "Governor [[Ben Whitley]] in 2021"),
        sp("po2", "Patricia Okafor", "2021. [[Okafor]] said"),
        Q("q_po3", "indirect", "Okafor said [[the board would", "on Tuesday]]."),
        # P11: Tubbs comments on the vote (no participant)
        pa("dem2", DEM, "Georgia [[Democratic Party]] chair"),
        sp("lt", "Lorraine Tubbs", "chair [[Lorraine Tubbs]] called"),
        ev("vote3", "vote", "called the [[vote]] \"a win"),
        Q("q_lt", "direct", '"[[a win for every', 'Clayton County]]"'),
    ],
    member("po1", "dem1")
    + member("ds1", "rep2")
    + member("lb1", "rep3")
    + member("th1", "rep4")
    + member("lt", "dem2")
    + part("appointed", "ds2", "bw")
    + said("po1", "q_po1", "q_po2")
    + said("ds1", "q_ds1")
    + said("lb1", "q_lb1")
    + said("he_lb", "q_lb2")
    + said("lb2", "q_lb3")
    + said("kv1", "q_kv1")
    + said("kv2", "q_kv2")
    + said("th2", "q_th")
    + said("mk1", "q_mk1")
    + said("mk2", "q_mk2")
    + said("ds2", "q_ds2")
    + said("po2", "q_po3")
    + said("lt", "q_lt"),
)
