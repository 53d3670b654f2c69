"""Gold table of document 082 (held-out batch heldout-3): the UUP leader quits after council election losses, a piece
built from statements and press releases (curly double marks; a headline quote attributed by a colon; a statement
quoted over three paragraphs; "The statement said ... and that ..." without a SPEAKER; a name first given inside a
quote; "paid tribute to his “…”" as a partial quote; a nested single-marked quote ending the outer quote; a mixed
clause followed by "adding:"; party spokespeople, press releases, an anonymous councillor and two newspapers as
sources; a book title in quotes is no QUOTE; candidates in a leadership election)."""

from __future__ import annotations

from .common import ALLIANCE, DUP, SF, UUP, Gold, Q, ev, member, pa, part, said, sp

TUV = "Traditional Unionist Voice"
SDLP = "Social Democratic and Labour Party"

GOLD = Gold(
    "082_uup-leader-quits-after-council-losses.txt",
    [
        # headline: "X quits: “…”" attributes the quote to X (decided case of heldout-2)
        pa("uup_h", UUP, "[[UUP]] leader Alan Carson quits"),
        sp("ac_h", "Alan Carson", "leader [[Alan Carson]] quits"),
        ev("quits", "resignation", "Carson [[quits]]: “I take"),
        Q("q_ac_h", "direct", "quits: “[[I take responsibility", "I take responsibility]]”\n"),
        # P1: he leaves an office, not the party; the Ulster Unionists stood in the elections
        pa("uup1", UUP, "[[UUP]] leader Alan Carson has"),
        sp("ac1", "Alan Carson", "leader [[Alan Carson]] has resigned"),
        ev("resigned", "resignation", "has [[resigned]] with immediate"),
        pa("uup2", UUP, "after the [[Ulster Unionists]] lost"),
        ev("elections", "election", "council [[elections]].\n"),
        # P2-P4: a statement quoted over three paragraphs, all linked to the attribution of the first
        sp("ac2", "Alan Carson", "Saturday, [[Mr Carson]] said:"),
        Q("q_ac1", "direct", "said: “[[The results on Thursday", "knock doors for them.]]"),
        Q("q_ac2", "direct", "“[[As leader, I take responsibility.", "take us forward.]]"),
        Q("q_ac3", "direct", "“[[It has been the honour", "people of Upper Bann.]]”"),
        # P5: the statement is the source: two clauses, no said_by; the name inside the second is unannotated
        Q("q_stmt1", "indirect", "statement said [[the party executive", "a leadership election]] and that"),
        Q("q_stmt2", "indirect", "and that [[deputy leader Ruth Kinnear", "as interim leader]]."),
        # P6: a name first given inside a quote is still the document's full name (decided case of heldout-2);
        # "paid tribute to his “…”" is a partial quote of the subject
        sp("rk1", "Ruth Kinnear", "[[Ms Kinnear]], the MLA"),
        Q("q_rk1", "mixed", "said [[she was “saddened”", "Mr Carson’s decision]] and paid"),
        Q("q_rk2", "direct", "to his “[[decency and quiet courage", "quiet courage]]”"),
        # P7: "wished him and his family well" has no reported clause
        pa("dup1", DUP, "[[DUP]] leader Gavin"),
        sp("gm", "Gavin Mulholland", "leader [[Gavin Mulholland]] said"),
        Q("q_gm1", "mixed", "statement that [[Mr Carson had", "Northern Ireland first”]] and wished"),
        # P8: the nested quote ends the outer one: the span ends with the inner mark
        Q("q_gm2", "direct", "“[[Unionism needs strong voices", "shout to be heard,’]]”"),
        sp("he_gm", "Gavin Mulholland", "heard,’” [[he]] added."),
        # P9: a party spokesperson: one clause with two predicates, no said_by
        pa("sf", SF, "A [[Sinn Féin]] spokesperson"),
        Q("q_sf", "mixed", "spokesperson said [[the party “respected", "working with his successor]]."),
        # P10
        pa("all1", ALLIANCE, "[[Alliance Party]] leader Niamh"),
        sp("ng", "Niamh Gilroy", "leader [[Niamh Gilroy]] posted"),
        Q("q_ng", "direct", "X: “[[Politics can be a brutal", "him and his family.]]”"),
        # P11: "adding:" links to the subject of the sentence; "The UUP" is inside the quote
        pa("tuv", TUV, "[[TUV]] leader Desmond"),
        sp("dr", "Desmond Rainey", "leader [[Desmond Rainey]] was less"),
        sp("he_dr", "Desmond Rainey", "[[He]] said the results"),
        Q("q_dr1", "mixed", "He said [[the results showed", "with the soft option”]], adding"),
        Q("q_dr2", "direct", "adding: “[[The UUP has been running", "empty for years.]]”"),
        # P12: a party's press release: two clauses, no said_by
        pa("sdlp", SDLP, "The [[SDLP]] said in a press"),
        Q("q_sdlp1", "mixed", "release that [[Thursday had been", "the centre ground”]] and that"),
        Q("q_sdlp2", "indirect", "and that [[it would now talk", "several councils]]."),
        # P13: an anonymous councillor: no said_by; "lost her seat" is no trigger; names inside the quote unannotated
        pa("uup3", UUP, "One [[UUP]] councillor"),
        Q("q_cllr", "direct", "BBC: “[[We were squeezed", "them on the other.]]”"),
        # P14: elected leader (election; no member_of, the party is not named in the sentence) and his predecessor's
        # resignation; a book title in quotes is no QUOTE
        sp("ac3", "Alan Carson", "[[Mr Carson]], 58, was elected"),
        ev("elected", "election", "58, was [[elected]] leader"),
        ev("resignation", "resignation", "after the [[resignation]] of his"),
        sp("hf", "Hugh Faulkner", "predecessor, [[Hugh Faulkner]]."),
        # P15: a newspaper as source; "Mr Carson" is inside the clause
        Q("q_bt", "indirect", "Telegraph, [[several senior party figures", "until the autumn]]."),
        # P16: the candidates take part in the leadership election; "the News Letter" is the addressee
        sp("rk2", "Ruth Kinnear", "MLAs, [[Ruth Kinnear]] and Conor"),
        sp("ca1", "Conor Agnew", "and [[Conor Agnew]], are expected"),
        ev("election", "election", "stand in the leadership [[election]]. Mr Agnew"),
        sp("ca2", "Conor Agnew", "election. [[Mr Agnew]] told"),
        Q("q_ca", "mixed", "Letter [[he was “seriously", "announcement next week]]."),
    ],
    member("ac_h", "uup_h")
    + member("ac1", "uup1")
    + member("gm", "dup1")
    + member("ng", "all1")
    + member("dr", "tuv")
    + part("quits", "ac_h")
    + part("resigned", "ac1")
    + part("elections", "uup2")
    + part("elected", "ac3")
    + part("resignation", "hf")
    + part("election", "rk2", "ca1")
    + said("ac_h", "q_ac_h")
    + said("ac2", "q_ac1", "q_ac2", "q_ac3")
    + said("rk1", "q_rk1", "q_rk2")
    + said("gm", "q_gm1")
    + said("he_gm", "q_gm2")
    + said("ng", "q_ng")
    + said("he_dr", "q_dr1", "q_dr2")
    + said("ca2", "q_ca"),
)
