"""Gold table of document 080 (held-out batch heldout-3): a Tory member of the Senedd defects to Reform UK,
Guardian style with surnames alone (British single curly marks with apostrophes inside the quotes; a headline quote
attributed by a colon; a quote broken by a sentence-final "she said"; a partial quote after "She has called the
scheme"; "predicted that" with a quoted fragment; "accused X of ‘…’"; a party spokesperson; "the First Minister,
Welsh Labour’s X" and "the first minister" standing alone; "first minister’s questions" names no person; a scare
quote after "so-called"; "according to" party officials; "defected from X to Y")."""

from __future__ import annotations

from .common import CON, LAB, PC, Gold, Q, ev, member, pa, part, said, sp, title

REF = "Reform UK"

GOLD = Gold(
    "080_senedd-tory-defects-to-reform.txt",
    [
        # headline: "X defects ...: ‘…’" attributes the quote to X (decided case of heldout-2); the party left and
        # the party joined take part (cf. d001)
        pa("con_h", CON, "Senedd [[Tory]] Lowri"),
        sp("lp_h", "Lowri Pugh", "Tory [[Lowri Pugh]] defects"),
        ev("defects_h", "defection", "Pugh [[defects]] to Reform"),
        pa("ref_h", REF, "defects to [[Reform UK]]: ‘My"),
        Q("q_lp_h", "direct", "UK: ‘[[My party left me", "party left me]]’\n"),
        # P1: "doubling the party’s presence" states no membership; nobody is said to stand in the election
        pa("con1", CON, "[[Conservative]] MS Lowri"),
        sp("lp1", "Lowri Pugh", "MS [[Lowri Pugh]] has defected"),
        ev("defected1", "defection", "has [[defected]] to Reform UK eight"),
        pa("ref1", REF, "defected to [[Reform UK]] eight months"),
        ev("election", "election", "next Senedd [[election]], doubling"),
        # P2: "the leader of Reform UK in Wales, X" states a party role; a press conference is no EVENT
        sp("lp2", "Lowri Pugh", "[[Pugh]], who has represented"),
        pa("ref2", REF, "leader of [[Reform UK]] in Wales"),
        sp("gb1", "Gareth Bowen", "Wales, [[Gareth Bowen]].\n"),
        # P3: apostrophes inside single marks are not closing marks; second quote after "she said."
        Q("q_lp1", "direct", "‘[[I didn’t leave the Conservative", "My party left me,]]’"),
        sp("she_lp1", "Lowri Pugh", "left me,’ [[she]] said."),
        Q("q_lp2", "direct", "said. ‘[[It stopped listening", "pretending otherwise.]]’"),
        # P4: "her party" is generic; the second "She" introduces a partial quote and is the one who voted
        sp("she_lp2", "Lowri Pugh", "[[She]] said the final straw"),
        Q("q_lp3", "indirect", "She said [[the final straw", "farm subsidy scheme]]."),
        sp("she_lp3", "Lowri Pugh", "[[She]] has called the scheme"),
        Q("q_lp4", "direct", "scheme ‘[[a death sentence", "for family farms]]’"),
        ev("voted", "vote", "and [[voted]] against it twice"),
        # P5
        sp("lp3", "Lowri Pugh", "[[Pugh]], a sheep farmer"),
        Q("q_lp5", "indirect", "insisted that [[she had not been offered", "anything in return]]."),
        Q("q_lp6", "direct", "‘[[Nobody has promised me", "or a penny,]]’"),
        sp("she_lp4", "Lowri Pugh", "penny,’ [[she]] told BBC Wales"),
        Q("q_lp7", "direct", "Wales. ‘[[I’ve done this because", "the people I represent.]]’"),
        # P6: "welcomed her to the party" has no reported clause; the mixed clause opens with the quoted fragment, so
        # it starts at the opening mark; "Conservatives" is inside it
        sp("gb2", "Gareth Bowen", "[[Bowen]] welcomed her"),
        Q("q_gb1", "direct", "‘[[Lowri is exactly the kind", "muddy field looks like,]]’"),
        sp("he_gb1", "Gareth Bowen", "like,’ [[he]] told reporters"),
        sp("he_gb2", "Gareth Bowen", "[[He]] predicted that"),
        Q("q_gb2", "mixed", "predicted that [[‘many more’", "follow her before May]]."),
        # P7: "The leader of the Welsh Conservatives, X" states a party role; "accused Pugh of ‘…’" is a partial quote
        pa("wcon1", CON, "leader of the [[Welsh Conservatives]], Huw"),
        sp("hp1", "Huw Prothero", "Conservatives, [[Huw Prothero]], said"),
        Q("q_hp1", "mixed", "Prothero, said [[he was ‘disappointed", "not surprised’]] and accused"),
        sp("lp4", "Lowri Pugh", "accused [[Pugh]] of"),
        Q("q_hp2", "direct", "of ‘[[putting her own career", "who elected her]]’"),
        # P8
        Q("q_hp3", "direct", "‘[[If Lowri believes in anything", "Brecon and Radnorshire,]]’"),
        sp("hp2", "Huw Prothero", "Radnorshire,’ [[Prothero]] said."),
        Q("q_hp4", "direct", "said. ‘[[She won’t, because", "they would say.]]’"),
        # P9: a party spokesperson: no said_by; one clause with two predicates, "Pugh" inside it
        pa("wcon2", CON, "A [[Welsh Conservative]] spokesperson"),
        Q("q_spox", "mixed", "later said [[the party had asked", "with immediate effect’]]."),
        # P10: "first minister’s questions" names a session, not a person (cf. d058); "the First Minister, Welsh
        # Labour’s X" is a role before the name, with the party stated (cf. d056)
        pa("wlab1", LAB, "Minister, [[Welsh Labour]]’s Menna"),
        sp("mr", "Menna Rowlands", "Labour’s [[Menna Rowlands]], said"),
        Q("q_mr1", "mixed", "Rowlands, said [[the defection proved", "of the same coin’]]."),
        # P11: the lowercase title stands for the office holder (decided case of heldout-2)
        Q("q_mr2", "direct", "‘[[They are in a race", "will pay the price,]]’"),
        title("fm", "the [[first minister]] added", "Menna Rowlands"),
        # P12
        pa("pc1", PC, "[[Plaid Cymru]] leader Dafydd"),
        sp("dt", "Dafydd Treharne", "leader [[Dafydd Treharne]] posted"),
        Q("q_dt", "direct", "X: ‘[[The only thing Reform", "Wales is resentment.]]’"),
        # P13: a scare quote after "so-called" is no QUOTE; a poll names no event; "Reform" alone is Reform UK
        pa("ref3", REF, "[[Reform]] is targeting"),
        pa("ref4", REF, "put [[Reform UK]] on 27%"),
        pa("pc2", PC, "ahead of [[Plaid Cymru]] on 25%"),
        pa("wlab2", LAB, "and [[Welsh Labour]] on 21%"),
        pa("con2", CON, "with the [[Conservatives]] trailing"),
        # P14: "according to" party officials: no said_by
        pa("ref5", REF, "According to [[Reform]] officials"),
        Q("q_officials", "indirect", "officials, [[the party has received", "start of the summer]]."),
        # P15: "defected from X to Y": the defector, the party left and the party joined; no member_of
        sp("lp5", "Lowri Pugh", "[[Pugh]] will sit alongside"),
        sp("cv", "Ceri Vaughan", "alongside [[Ceri Vaughan]], who"),
        ev("defected2", "defection", "who [[defected]] from the"),
        pa("con3", CON, "from the [[Conservatives]] to Reform"),
        pa("ref6", REF, "Conservatives to [[Reform UK]] in January"),
    ],
    member("lp_h", "con_h")
    + member("lp1", "con1")
    + member("gb1", "ref2")
    + member("hp1", "wcon1")
    + member("mr", "wlab1")
    + member("dt", "pc1")
    + part("defects_h", "lp_h", "con_h", "ref_h")
    + part("defected1", "lp1", "con1", "ref1")
    + part("voted", "she_lp3")
    + part("defected2", "cv", "con3", "ref6")
    + said("lp_h", "q_lp_h")
    + said("she_lp1", "q_lp1", "q_lp2")
    + said("she_lp2", "q_lp3")
    + said("she_lp3", "q_lp4")
    + said("lp3", "q_lp5")
    + said("she_lp4", "q_lp6", "q_lp7")
    + said("he_gb1", "q_gb1")
    + said("he_gb2", "q_gb2")
    + said("hp1", "q_hp1", "q_hp2")
    + said("hp2", "q_hp3", "q_hp4")
    + said("mr", "q_mr1")
    + said("fm", "q_mr2")
    + said("dt", "q_dt"),
)
