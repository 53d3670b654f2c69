"""Gold table of document 055 (held-out batch heldout-2): a Welsh council leader quits over leaked messages, a tabloid
(straight double marks, a quoted word in the headline attributed to nobody, tabloid speech verbs "fumed", "raged",
"slammed", "is alleged to have written:", a message as the source of a quote with no SPEAKER, "X, who told the crowd:",
a protest with its organiser, a party suspension with the party and the member, an independent councillor)."""

from __future__ import annotations

from .common import CON, LAB, PC, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "055_council-leader-quits-over-flood-messages.txt",
    [
        # headline: nobody is named; 'vile' is attributed to no one, so it is no QUOTE (GUIDELINES 3.1)
        ev("quits_h", "resignation", "Council leader [[quits]] over"),
        # P1
        ev("quit", "resignation", "has [[quit]] in disgrace"),
        # P2: "Labour's X" states membership
        pa("lab1", LAB, "[[Labour]]'s Gareth Price"),
        sp("gp1", "Gareth Price", "Labour's [[Gareth Price]], 58"),
        ev("stepped_down", "resignation", "years, [[stepped down]] last night"),
        # P3
        sp("gp2", "Gareth Price", "message, [[Price]] is alleged"),
        Q("q_gp1", "direct", 'written: "[[If they wanted a dry house', 'one up the hill.]]"'),
        # P4: the source is a message, not a SPEAKER mention: no said_by
        Q("q_msg", "direct", 'read: "[[Half of them', 'council tax lol.]]"'),
        # P5-P6: "Mum-of-three" is a description before the name
        sp("kb", "Kerry Bowen", "Mum-of-three [[Kerry Bowen]], 34"),
        Q("q_kb1", "direct", "fumed: \"[[He's supposed to represent", "on a mate's floor.]]\""),
        sp("she_kb", "Kerry Bowen", '[[She]] added: "Good riddance'),
        Q("q_kb2", "direct", 'added: "[[Good riddance', 'round here again.]]"'),
        # P7: the marchers are not named
        ev("marched", "protest", "200 people [[marched]] to the council"),
        # P8: the organiser backs the protest; "election" is inside the quote
        ev("protest", "protest", "The [[protest]] was organised"),
        pa("pc", PC, "by [[Plaid Cymru]] councillor"),
        sp("sm", "Siân Morgan", "councillor [[Siân Morgan]], who told"),
        Q("q_sm", "direct", 'crowd: "[[They called you a joke', 'at the next election.]]"'),
        # P9-P10
        sp("gp3", "Gareth Price", "council, [[Mr Price]] said"),
        Q("q_gp2", "mixed", "Mr Price said [[he was", "of the messages]]."),
        Q("q_gp3", "direct", '"[[They were written in a moment', 'people of this valley,]]"'),
        sp("he_gp", "Gareth Price", 'valley," [[he]] said.'),
        Q("q_gp4", "direct", 'said. "[[I apologise', 'unreservedly.]]"'),
        # P11: suspension from the party: the party and the member take part (cf. d022); a party spokesperson
        pa("wlab", LAB, "[[Welsh Labour]] last night"),
        ev("suspended", "other", "last night [[suspended]] Price"),
        sp("gp4", "Gareth Price", "suspended [[Price]] from the party"),
        Q("q_spokes", "direct", 'said: "[[These messages are', 'values of our party.]]"'),
        # P12: partial quote after "slammed the council's"; the election called for has no participant
        pa("con", CON, "[[Tory]] group leader"),
        sp("rj", "Rhys Jenkins", "leader [[Rhys Jenkins]] slammed"),
        Q("q_rj1", "direct", "council's \"[[culture of contempt", 'culture of contempt]]"'),
        ev("election", "election", "an immediate [[election]]."),
        # P13: "Labour" is inside the quote
        Q("q_rj2", "direct", '"[[Every single councillor', 'what was going on,]]"'),
        sp("he_rj", "Rhys Jenkins", 'on," [[he]] raged.'),
        Q("q_rj3", "direct", 'raged. "[[They should', 'all go.]]"'),
        # P14: the full council is no SPEAKER or PARTY
        sp("ap", "Alun Pritchard", "leader [[Alun Pritchard]] will"),
        ev("votes", "vote", "full council [[votes]] on"),
        # P15: "an independent councillor" names no party (cf. d052)
        sp("mw", "Mair Williams", "[[Mair Williams]], an independent"),
        Q("q_mw", "direct", 'told us: "[[People here have lost', 'sneer at them.]]"'),
        # P16: institutional source
        Q("q_wg", "mixed", "said [[ministers would send", "to flood-hit families]]."),
        # P17
        sp("gp5", "Gareth Price", "[[Price]] posted on Facebook"),
        Q("q_gp5", "direct", 'night: "[[I have let down', 'to put it right.]]"'),
    ],
    member("gp1", "lab1")
    + member("sm", "pc")
    + member("rj", "con")
    + part("stepped_down", "gp1")
    + part("protest", "sm")
    + part("suspended", "wlab", "gp4")
    + said("gp2", "q_gp1")
    + said("kb", "q_kb1")
    + said("she_kb", "q_kb2")
    + said("sm", "q_sm")
    + said("gp3", "q_gp2")
    + said("he_gp", "q_gp3", "q_gp4")
    + said("rj", "q_rj1")
    + said("he_rj", "q_rj2", "q_rj3")
    + said("mw", "q_mw")
    + said("gp5", "q_gp5"),
)
