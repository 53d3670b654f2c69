"""Gold table of document 066 (batch dev-4): tabloid piece on a minister's ski trip (capitals, "blasted:",
"fumed:", "raged that", a passive "blasted as '…'" and "was said to be '…'" with no speaker, chants from
unnamed protesters, a campaign group and a party source as sources, "Sir" inside the span)."""

from __future__ import annotations

from .common import CON, LAB, LD, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "066_minister-blasted-over-ski-trip.txt",
    [
        # headline: no quote, no event
        pa("con_h", CON, "JOKE! [[Tory]] minister"),
        sp("gr", "Gemma Rudd", "by [[Gemma Rudd]], Political"),
        # P1: a speech act with no speaker: QUOTE without said_by; "he" is no SPEAKER, so "voting" has no participant
        pa("con1", CON, "A [[TORY]] minister"),
        Q("q_shameless", "direct", 'blasted as "[[shameless', 'shameless]]"'),
        ev("voting", "vote", "after [[voting]] to axe"),
        # P2
        sp("jf1", "Julian Fairfax", "minister [[Julian Fairfax]], 52"),
        # P3: unnamed campaigners
        Q("q_campaigners", "mixed", "fumed that [[the trip was", "for struggling families]]."),
        # P4
        sp("dh", "Dot Higgins", "[[Dot Higgins]], 78"),
        Q("q_dh", "direct", "blasted: \"[[I've got two cardigans", 'other half lives.]]"'),
        # P5
        pa("lab1", LAB, "[[Labour]]'s shadow transport"),
        sp("ka", "Kwame Asante", "secretary, [[Kwame Asante]], fumed"),
        Q("q_ka", "direct", 'fumed: "[[While pensioners', "It's disgraceful.]]\""),
        # P6
        pa("ld", LD, "And [[Lib Dem]] MP"),
        sp("rk", "Rosie Kendrick", "MP [[Rosie Kendrick]] raged"),
        Q("q_rk", "mixed", "raged that [[Fairfax was", 'another planet"]].'),
        # P7: the spokesman is the source; "the vote" is inside the clause
        sp("jf2", "Julian Fairfax", "spokesman for [[Fairfax]] insisted"),
        Q("q_spokesman", "mixed", "insisted [[the holiday had been", 'before the vote"]].'),
        # P8
        sp("jf3", "Julian Fairfax", "emerged [[Fairfax]] had told MPs"),
        Q("q_jf1", "mixed", "ago that [[everyone", 'tighten their belts"]].'),
        # P9: an anonymous backbencher
        pa("con2", CON, "One furious [[Tory]] backbencher"),
        Q("q_backbencher", "direct", 'Sun: "[[Julian is a nice bloke', 'never forget it.]]"'),
        # P10-11
        sp("jf4", "Julian Fairfax", "[[Fairfax]], the MP for Wealdbridge"),
        Q("q_jf2", "direct", 'statement: "[[I regret any offence', 'paid for myself.]]"'),
        sp("he_jf", "Julian Fairfax", "[[He]] added: 'I will"),
        Q("q_jf3", "direct", "added: '[[I will continue", "my constituency.]]'"),
        # P12: chants of unnamed protesters; "protesters" names people, not the event
        Q("q_chant1", "direct", 'chanting "[[Ski you later', 'Julian!]]"'),
        Q("q_chant2", "direct", '"[[Freezing pensioners', 'Fairfax skiing!]]"'),
        # P13: "the next election" is inside the quote
        sp("bn", "Bev Norris", "Organiser [[Bev Norris]], 61"),
        Q("q_bn", "direct", "said: \"[[He thinks we're a joke.", 'next election.]]"'),
        # P14: "was said to be" has no speaker; a party source
        pa("con3", CON, "[[Tory]] chairman Sir"),
        sp("cm", "Clive Mortlake", "chairman [[Sir Clive Mortlake]] was"),
        Q("q_livid", "direct", 'to be "[[livid', 'livid]]"'),
        Q("q_source", "direct", 'source said: "[[The chairman has', 'clear to Julian.]]"'),
        # P15: "this Tory government" is inside the quote
        pa("lab2", LAB, "[[Labour]] leader Daniel"),
        sp("do", "Daniel Okafor", "leader [[Daniel Okafor]] weighed"),
        Q("q_do", "direct", 'Sun: "[[Nothing sums up', 'out in the cold.]]"'),
        # P16: a campaign group as the source; "called for X to resign" has no reported clause
        Q("q_group", "direct", 'as "[[a disgrace', 'a disgrace]]"'),
        sp("jf5", "Julian Fairfax", "called for [[Fairfax]] to resign"),
        ev("resign", "resignation", "Fairfax to [[resign]]."),
        # P17
        sp("jf6", "Julian Fairfax", "[[Fairfax]] was elected in 2019"),
        ev("elected", "election", "Fairfax was [[elected]] in 2019"),
        # P18: "he" is no SPEAKER; an anonymous party member
        ev("quit", "resignation", "calls to [[quit]] from"),
        Q("q_member", "direct", "One said: '[[He has to go.", "on the doorstep now.]]'"),
    ],
    member("ka", "lab1")
    + member("rk", "ld")
    + member("cm", "con3")
    + member("do", "lab2")
    + part("resign", "jf5")
    + part("elected", "jf6")
    + said("dh", "q_dh")
    + said("ka", "q_ka")
    + said("rk", "q_rk")
    + said("jf3", "q_jf1")
    + said("jf4", "q_jf2")
    + said("he_jf", "q_jf3")
    + said("bn", "q_bn")
    + said("do", "q_do"),
)
