"""Gold table of document 083 (held-out batch heldout-3): a Dublin by-election count, a live blog (reverse-chronological
entries with times and titles; straight single marks with a straight apostrophe inside in the titles, straight double
marks in the body; titles "X: '…'" and "'…,' says X"; a quote over two paragraphs; "Asked whether ..." then two
mixed clauses; "according to" a named person; party sources and an anonymous tallyman as sources; "an independent
candidate" names no party; a first-preference count names no event; the winner and her party take part in the
election)."""

from __future__ import annotations

from .common import FF, FG, LAB, SF, Gold, Q, ev, member, pa, part, said, sp

SOCDEM = "Social Democrats"

GOLD = Gold(
    "083_dublin-central-by-election-count-live.txt",
    [
        # headline: the winner and her party take part in both triggers (cf. d012, d057)
        ev("byelection_h", "election", "Dublin Central [[by-election]]: Sinn"),
        pa("sf_h", SF, "by-election: [[Sinn Féin]]'s Clodagh"),
        sp("cb_h", "Clodagh Brannigan", "Féin's [[Clodagh Brannigan]] elected"),
        ev("elected_h", "election", "Brannigan [[elected]] on fifth"),
        # 18:42: a live-blog title "X: '…'" is an attribution (decided case of heldout-2)
        sp("cb1", "Clodagh Brannigan", "18:42\n[[Brannigan]]: 'This"),
        Q("q_cb_t", "direct", "Brannigan: '[[This is for the people", "told to wait]]'\n"),
        pa("sf1", SF, "\n\n[[Sinn Féin]]'s Clodagh Brannigan has"),
        sp("cb2", "Clodagh Brannigan", "Féin's [[Clodagh Brannigan]] has been"),
        ev("elected1", "election", "has been [[elected]] as the new TD"),
        # a quote over two paragraphs, both linked to "she"; "Government" is inside the quote
        sp("she_cb1", "Clodagh Brannigan", "centre, [[she]] said:"),
        Q("q_cb1", "direct", 'said: "[[This is for the people', "bus that never comes.]]"),
        Q("q_cb2", "direct", '"[[Tonight Dublin Central', 'done waiting.]]"'),
        sp("she_cb2", "Clodagh Brannigan", "[[She]] thanked"),
        Q("q_cb3", "mixed", "saying [[the contest had been", 'but fair"]].'),
        # 18:20: "announced the result" has no reported clause; transfers and quotas are no events
        sp("cb3", "Clodagh Brannigan", "Fifth count: [[Brannigan]] passes"),
        sp("mt1", "Mary Toomey", "officer [[Mary Toomey]] has announced"),
        sp("cb4", "Clodagh Brannigan", "count. [[Brannigan]] passes the quota"),
        pa("lab1", LAB, "from [[Labour]]'s Dermot"),
        sp("dk1", "Dermot Keane", "Labour's [[Dermot Keane]].\n"),
        # 17:55: a title "'…,' says X"; "Fine Gael candidate X" states the party; "conceded" is no trigger
        Q("q_bh_t", "direct", "17:55\n'[[We ran a good race,", "a good race,]]' says"),
        sp("bh1", "Brian Hennessy", "says [[Hennessy]]\n"),
        pa("fg1", FG, "[[Fine Gael]] candidate Brian"),
        sp("bh2", "Brian Hennessy", "candidate [[Brian Hennessy]], who finished"),
        Q("q_bh1", "direct", '"[[I rang Clodagh', 'she deserves it,]]"'),
        sp("he_bh", "Brian Hennessy", 'it," [[he]] told reporters'),
        Q("q_bh2", "direct", 'centre. "[[We ran a good race and', 'proud of it.]]"'),
        # the reported question is no QUOTE; two clauses joined by "and that"
        sp("bh3", "Brian Hennessy", "Government, [[Mr Hennessy]] said"),
        Q("q_bh3", "mixed", 'Hennessy said [[it was "a by-election', 'not a referendum"]] and that'),
        Q("q_bh4", "mixed", "and that [[his party's vote", 'tough constituency"]].'),
        # 17:30: "according to" a named person; a by-election as a comparison names no participant
        Q("q_mt", "indirect", "31%\n\n[[Turnout was 31.4", "31.4 per cent]], according"),
        sp("mt2", "Mary Toomey", "according to [[Ms Toomey]]."),
        ev("byelection1", "election", "any Dublin [[by-election]] since"),
        # "The Minister for Finance, Fianna Fáil's X" is a role before the name with the party stated; two clauses
        pa("ff1", FF, "Finance, [[Fianna Fáil]]'s Eamon"),
        sp("eg", "Eamon Gilsenan", "Fáil's [[Eamon Gilsenan]], told"),
        Q("q_eg1", "mixed", "Six One that [[the Government would", 'on the message"]] but insisted'),
        Q("q_eg2", "mixed", "insisted [[the result was", 'in for a decade"]].'),
        # 16:45: a title "X's Y: '…'" with a straight apostrophe inside straight single marks
        pa("lab2", LAB, "16:45\n[[Labour]]'s Keane"),
        sp("dk2", "Dermot Keane", "Labour's [[Keane]]: 'We'll"),
        Q("q_dk_t", "direct", "Keane: '[[We'll be back", "be back]]'\n"),
        sp("dk3", "Dermot Keane", "[[Dermot Keane]]'s campaign"),
        # one clause with two predicates; "general election" is inside it
        sp("dk4", "Dermot Keane", "count. [[Keane]] said he was"),
        Q("q_dk", "mixed", 'Keane said [[he was "proud', "at the general election]]."),
        pa("socdem", SOCDEM, "[[Social Democrats]] co-leader"),
        sp("fr", "Fionnuala Reddy", "co-leader [[Fionnuala Reddy]] posted"),
        Q("q_fr", "mixed", "on X that [[her party's fourth", 'foundation to build on"]].'),
        # 16:10: inverted attribution with an apposition, second quote after it; "an independent candidate" names
        # no party; first preferences are a count, no event
        Q("q_pd1", "direct", '"[[The big parties had', 'We had the people,]]"'),
        sp("pd", "Paddy Drumm", "said [[Paddy Drumm]], an independent"),
        Q("q_pd2", "direct", "preferences. \"[[I'll leave it to others", 'which matters more.]]"'),
        # 15:30: party sources and an anonymous tallyman: no said_by; the name inside the clause is unannotated
        pa("ff2", FF, "[[Fianna Fáil]] sources told us"),
        Q("q_ff", "mixed", "told us [[their candidate, Niamh Clery", "by the early tallies]]."),
        pa("sf2", SF, "A [[Sinn Féin]] tallyman"),
        Q("q_tally", "direct", "succinct: \"[[She's going to walk it.", 'walk it.]]"'),
        # 14:00: the cause of the by-election is no role of it (cf. d052); he leaves his seat, not his party
        ev("byelection2", "election", "Dublin Central [[by-election]] count"),
        ev("byelection3", "election", "The [[by-election]] was called"),
        pa("fg2", FG, "after [[Fine Gael]] TD Ciarán"),
        sp("cm", "Ciarán Moloney", "TD [[Ciarán Moloney]] resigned"),
        ev("resigned", "resignation", "Moloney [[resigned]] his seat"),
    ],
    member("cb_h", "sf_h")
    + member("cb2", "sf1")
    + member("dk1", "lab1")
    + member("bh2", "fg1")
    + member("eg", "ff1")
    + member("dk2", "lab2")
    + member("fr", "socdem")
    + member("cm", "fg2")
    + part("byelection_h", "sf_h", "cb_h")
    + part("elected_h", "sf_h", "cb_h")
    + part("elected1", "sf1", "cb2")
    + part("resigned", "cm")
    + said("cb1", "q_cb_t")
    + said("she_cb1", "q_cb1", "q_cb2")
    + said("she_cb2", "q_cb3")
    + said("bh1", "q_bh_t")
    + said("he_bh", "q_bh1", "q_bh2")
    + said("bh3", "q_bh3", "q_bh4")
    + said("mt2", "q_mt")
    + said("eg", "q_eg1", "q_eg2")
    + said("dk2", "q_dk_t")
    + said("dk4", "q_dk")
    + said("fr", "q_fr")
    + said("pd", "q_pd1", "q_pd2"),
)
