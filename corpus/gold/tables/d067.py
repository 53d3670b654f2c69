"""Gold table of document 067 (batch dev-4): a Welsh minister's resignation told through statements, a letter and
press releases ("In a statement, X said", "the statement said" and "the release added that" with no speaker,
"The release quoted X as saying", a name first given inside a release's clause, "X MS" after the name, regional
party names, a union and a committee as sources, British single curly marks)."""

from __future__ import annotations

from .common import CON, LAB, LD, PC, Gold, Q, ev, member, pa, part, said, sp

REF = "Reform UK"

GOLD = Gold(
    "067_welsh-minister-resigns-statements.txt",
    [
        # headline: "as Welsh rural affairs minister" names the post
        sp("ep_h", "Eluned Pritchard", "[[Pritchard]] quits"),
        ev("quits", "resignation", "Pritchard [[quits]] as"),
        # P1
        sp("ep1", "Eluned Pritchard", "minister, [[Eluned Pritchard]], resigned"),
        ev("resigned", "resignation", "Pritchard, [[resigned]] on Thursday"),
        # P2: two reported clauses of one verb
        sp("ep2", "Eluned Pritchard", "7pm, [[Ms Pritchard]] said"),
        Q("q_ep1", "mixed", 'said [[she had "made', 'error of judgement"]] and that'),
        Q("q_ep2", "indirect", "and that [[she accepted", "findings in full]]."),
        # P3: "the statement said" names no SPEAKER
        Q("q_st1", "direct", '"[[I should have declared', 'I am sorry,]]"'),
        Q("q_st2", "direct", 'said. "[[I have therefore offered', 'accepted it.]]"'),
        # P4: no person named in the sentence
        pa("lab1", LAB, "The [[Labour]] MS for Preseli"),
        # P5
        sp("hg", "Huw Gethin", "First Minister [[Huw Gethin]] thanked"),
        sp("he_hg", "Huw Gethin", "website, [[he]] wrote:"),
        Q("q_hg", "direct", 'wrote: "[[You have served', 'the back benches.]]"'),
        # P6: the release is the source of the clause, which names Carys Mathias; then "quoted X as saying"
        Q("q_rel1", "indirect", "announced that [[the economy minister", "appointment was made]]."),
        sp("cm", "Carys Mathias", "quoted [[Ms Mathias]] as saying"),
        Q("q_cm", "direct", 'saying: "[[Farmers need certainty', 'from day one.]]"'),
        # P7
        Q("q_rel2", "indirect", "added that [[the abattoir contract", "an independent review]]."),
        # P8
        Q("q_opp", "indirect", "parties said [[the resignation had", "too late]]."),
        # P9: "MS" after the name is outside the span
        pa("con", CON, "the [[Welsh Conservatives]]' rural"),
        sp("gld", "Geraint Lloyd-Davies", "spokesperson, [[Geraint Lloyd-Davies]] MS"),
        Q("q_gld", "direct", 'said: "[[This is the third', 'his own cabinet.]]"'),
        # P10-11
        pa("pc", PC, "[[Plaid Cymru]]'s leader"),
        sp("sr1", "Sioned Rees", "leader, [[Sioned Rees]], said"),
        Q("q_sr1", "mixed", "office that [[the affair raised", 'runs this country"]].'),
        Q("q_sr2", "direct", '"[[Ministers marking their own', 'system of government,]]"'),
        sp("sr2", "Sioned Rees", 'government," [[Ms Rees]] said'),
        Q("q_sr3", "direct", 'said. "[[We need a standards', 'real teeth.]]"'),
        # P12: the union is the source; its president speaks for himself
        Q("q_union", "mixed", "Wales said [[it was", 'not surprised"]].'),
        sp("dm1", "Dafydd Morgan", "president, [[Dafydd Morgan]], said"),
        Q("q_dm1", "mixed", "statement that [[farmers had been", 'start to finish"]].'),
        # P13
        Q("q_dm2", "direct", "‘[[We warned the Welsh", "in March,]]’"),
        sp("dm2", "Dafydd Morgan", "March,’ [[Mr Morgan]] said"),
        Q("q_dm3", "direct", "‘[[Nobody listened.", "Nobody listened.]]’"),
        # P14: calling for an election is no part in it; a party spokesman
        pa("ref", REF, "[[Reform UK]], which holds"),
        ev("election1", "election", "an early [[election]]."),
        Q("q_ref", "direct", 'said: "[[The people of Wales', 'under investigation.]]"'),
        # P15
        pa("ld", LD, "The [[Welsh Liberal Democrats]]' only MS"),
        sp("re", "Rhiannon Ellis", "MS, [[Rhiannon Ellis]], posted"),
        Q("q_re1", "indirect", "media that [[she would table", "published in full]]."),
        Q("q_re2", "direct", '"[[Transparency is not optional,', 'not optional,]]"'),
        sp("she_re", "Rhiannon Ellis", 'optional," [[she]] wrote'),
        # P16: friends as the source
        sp("ep3", "Eluned Pritchard", "[[Ms Pritchard]] was first elected"),
        ev("elected", "election", "was first [[elected]] to the Senedd"),
        Q("q_friends", "indirect", "Friends say [[she intends", "the seat again]]."),
        # P17: the clause runs on after the quoted fragment
        Q("q_committee", "mixed", 'said [[it would "consider', "when it next meets]]."),
    ],
    member("gld", "con")
    + member("sr1", "pc")
    + member("re", "ld")
    + part("quits", "ep_h")
    + part("resigned", "ep1")
    + part("elected", "ep3")
    + said("ep2", "q_ep1", "q_ep2")
    + said("he_hg", "q_hg")
    + said("cm", "q_cm")
    + said("gld", "q_gld")
    + said("sr1", "q_sr1")
    + said("sr2", "q_sr2", "q_sr3")
    + said("dm1", "q_dm1")
    + said("dm2", "q_dm2", "q_dm3")
    + said("re", "q_re1")
    + said("she_re", "q_re2"),
)
