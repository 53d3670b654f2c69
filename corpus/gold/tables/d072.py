"""Gold table of document 072 (held-out batch heldout-3): a Conservative MP defects to Reform UK, BBC style (curly
double marks; a headline that attributes a mixed clause to an unnamed "Conservative MP" (no said_by); "The
Conservative MP for X, Y," and "the Tory leader, Y," as party roles in apposition; two clauses joined by "and that";
a party statement with one clause and two predicates; a second quote after a sentence-final attribution; an
anonymous MP; "who now sits for Reform UK" as member_of; a two-paragraph letter; "the Prime Minister's official
spokesman" (a title used as a name, not the source); a scare quote after "so-called"; a seat won from a party)."""

from __future__ import annotations

from .common import CON, LAB, Gold, Q, ev, member, pa, part, said, sp, title

REF = "Reform UK"

GOLD = Gold(
    "072_tory-mp-defects-to-reform.txt",
    [
        # headline: the MP is not named, so the attributed clause has no said_by (GUIDELINES 3.6); the party left
        # and the party joined take part in the defection (cf. d034 headline); "Tories" is inside the quote
        pa("con_h", CON, "[[Conservative]] MP defects"),
        ev("defects_h", "defection", "MP [[defects]] to Reform"),
        pa("ref_h", REF, "defects to [[Reform UK]], saying"),
        Q("q_h", "mixed", "saying [[Tories have", "“lost the plot”]]\n"),
        # P1: "The Conservative MP for X, Y," states the party role (member_of, former membership counts); "his former
        # party" is generic
        pa("con1", CON, "The [[Conservative]] MP for North Lindsey"),
        sp("gw1", "Graham Weller", "Lindsey, [[Graham Weller]], has defected"),
        ev("defected", "defection", "has [[defected]] to Reform UK in"),
        pa("ref1", REF, "defected to [[Reform UK]] in the biggest"),
        # P2: "announced the move" reports no clause; a press conference is no EVENT
        sp("gw2", "Graham Weller", "[[Mr Weller]], who has held"),
        # P3: quote broken across two sentences, both parts linked to "he" (GUIDELINES 3.3)
        Q("q_gw1", "direct", "“[[I have been a Conservative", "decision lightly,]]”"),
        sp("he_gw1", "Graham Weller", "lightly,” [[he]] said."),
        Q("q_gw2", "direct", "said. “[[But the party I joined", "very much at all.]]”"),
        # P4: two reported clauses joined by "and that", each with a quoted fragment
        sp("he_gw2", "Graham Weller", "[[He]] said the Tories"),
        Q("q_gw3", "mixed", "He said [[the Tories had", "on immigration]] and that"),
        Q("q_gw4", "mixed", "and that [[voters in his constituency", "set foot in Scunthorpe”]]."),
        # P5: "Reform UK's chairman, X" states membership; Ashby only comments on the defection (no participant)
        pa("ref2", REF, "[[Reform UK]]’s chairman"),
        sp("ca1", "Colin Ashby", "chairman, [[Colin Ashby]], who sat"),
        ev("defection1", "defection", "described the [[defection]] as"),
        Q("q_ca1", "direct", "as “[[a political earthquake", "in the making]]”"),
        # P6: second quote after a sentence-final attribution; "Conservative" is inside the quote
        Q("q_ca2", "direct", "“[[Graham is a serious man", "serious experience,]]”"),
        sp("ca2", "Colin Ashby", "experience,” [[Mr Ashby]] told"),
        Q("q_ca3", "direct", "reporters. “[[He won’t be the last", "than you might think.]]”"),
        # P7: a party as source (no said_by); one clause with two predicates, "resign" and "by-election" inside it
        pa("con2", CON, "The [[Conservative Party]] said"),
        Q("q_con", "mixed", "statement that [[Mr Weller had", "fight a by-election]]."),
        # P8: "the Tory leader, X," states the party role; a second quote after the sentence-final "she said"
        pa("con3", CON, "the [[Tory]] leader, Harriet"),
        sp("hc", "Harriet Coles", "leader, [[Harriet Coles]], was dismissive"),
        Q("q_hc1", "direct", "“[[People who want to change", "do the work,]]”"),
        sp("she_hc", "Harriet Coles", "work,” [[she]] said."),
        Q("q_hc2", "direct", "said. “[[People who want a headline", "go to Reform.]]”"),
        # P9: an anonymous MP: no said_by
        pa("con4", CON, "One [[Conservative]] MP, who asked"),
        Q("q_anon", "direct", "BBC: “[[There is real panic", "the latest polling.]]”"),
        # P10: the number of Conservative MPs is a consequence, not a role of the defection (cf. d034); the
        # departures are those of the two named MPs
        sp("gw3", "Graham Weller", "[[Mr Weller]]’s defection cuts"),
        ev("defection2", "defection", "Weller’s [[defection]] cuts"),
        pa("con5", CON, "number of [[Conservative]] MPs in"),
        ev("departures", "defection", "follows the [[departures]] of"),
        sp("sd1", "Sarah Dunmore", "of [[Sarah Dunmore]] in March"),
        sp("pt", "Philip Trask", "and [[Philip Trask]] in July"),
        # P11: "who now sits for Reform UK as the MP for X" states membership (cf. d057 "elected as the Labour MP")
        sp("sd2", "Sarah Dunmore", "[[Ms Dunmore]], who now sits"),
        pa("ref3", REF, "sits for [[Reform UK]] as the MP"),
        Q("q_sd", "direct", "X: “[[Welcome aboard, Graham", "than they tell you.]]”"),
        # P12-P13: a letter quoted over two paragraphs, both linked to the first attribution (GUIDELINES 3.2)
        sp("gw4", "Graham Weller", "website, [[Mr Weller]] wrote"),
        Q("q_gw5", "direct", "wrote: “[[Some of you will be angry", "what I do next.]]"),
        Q("q_gw6", "direct", "“[[I will keep holding surgeries", "colour of my rosette.]]”"),
        # P14: "Labour's party chair, X" states membership; "the Tories and Reform" is inside the clause
        pa("lab1", LAB, "[[Labour]]’s party chair"),
        sp("do", "Daniel Okoro", "chair, [[Daniel Okoro]], told"),
        Q("q_do1", "mixed", "programme that [[the Tories and Reform", "of the same party”]]."),
        # P15
        Q("q_do2", "direct", "“[[Whichever one of them", "the same chaos,]]”"),
        sp("he_do", "Daniel Okoro", "chaos,” [[he]] added."),
        # P16: "the Prime Minister's official spokesman": the title stands for the office holder (not named in the
        # document, so no canonical) but the source is the spokesman: no said_by (cf. d061 "A spokesperson for X")
        title("pm", "The [[Prime Minister]]’s official"),
        Q("q_no10", "mixed", "said [[the government was", "of opposition MPs”]]."),
        # P17: "putting X ahead" in polling is no speech act; "so-called" marks a scare quote (no QUOTE); the seats
        # were won from Labour, so both parties take part in "won" (decided case, cf. d040)
        pa("ref4", REF, "put [[Reform UK]] ahead"),
        pa("con6", CON, "that the [[Conservatives]] won"),
        ev("won", "election", "Conservatives [[won]] from Labour"),
        pa("lab2", LAB, "won from [[Labour]] in 2019"),
    ],
    member("gw1", "con1")
    + member("ca1", "ref2")
    + member("hc", "con3")
    + member("sd2", "ref3")
    + member("do", "lab1")
    + part("defects_h", "con_h", "ref_h")
    + part("defected", "gw1", "con1", "ref1")
    + part("defection2", "gw3")
    + part("departures", "sd1", "pt")
    + part("won", "con6", "lab2")
    + said("he_gw1", "q_gw1", "q_gw2")
    + said("he_gw2", "q_gw3", "q_gw4")
    + said("ca1", "q_ca1")
    + said("ca2", "q_ca2", "q_ca3")
    + said("she_hc", "q_hc1", "q_hc2")
    + said("sd2", "q_sd")
    + said("gw4", "q_gw5", "q_gw6")
    + said("do", "q_do1")
    + said("he_do", "q_do2"),
)
