"""Gold table of document 050 (held-out batch heldout-2): housing minister resigns (BBC-style headline with single
marks over a body with curly double marks, a mixed clause after "telling colleagues", "The Prime Minister, X" as a role
before a name, a two-paragraph letter, two reported clauses after "replied that" and "insisted that", "according to"
a named speaker, a broken quote with nested single marks, a lowercase title used as a name, an anonymous backbencher,
a scare quote and a report title that are not speech, "departure" from an office)."""

from __future__ import annotations

from .common import CON, GRN, LAB, LD, Gold, Q, ev, member, pa, part, said, sp, title

GOLD = Gold(
    "050_housing-minister-quits-over-renters-bill.txt",
    [
        # headline: "saying" + reported clause with a verbatim fragment in single marks
        sp("se_h", "Sarah Ellis", "Housing minister [[Sarah Ellis]] quits"),
        ev("quits", "resignation", "Ellis [[quits]], saying"),
        Q("q_se_h", "mixed", "saying [[she ‘could not defend’", "defend’ renters bill]]\n"),
        # P1: "telling colleagues" + clause; the closing mark is inside the span, the full stop is not
        sp("se1", "Sarah Ellis", "[[Sarah Ellis]] has resigned"),
        ev("resigned", "resignation", "has [[resigned]] as housing"),
        Q("q_se1", "mixed", "telling colleagues [[she could not ask", "another three winters”]]."),
        # P2: "The Labour MP for Stockton North" is no SPEAKER mention, so no member_of and no participants
        pa("lab1", LAB, "The [[Labour]] MP for Stockton"),
        ev("appointed", "appointment", "who was [[appointed]] to the post"),
        ev("quit", "resignation", "Government to [[quit]] since"),
        ev("election1", "election", "the general [[election]]."),
        # P3-P4: "the Prime Minister, Michael Harrow" is a role before a name (cf. d040); two-paragraph letter
        ev("resignation1", "resignation", "her [[resignation]] letter"),
        sp("mh1", "Michael Harrow", "Minister, [[Michael Harrow]], she"),
        sp("she_se1", "Sarah Ellis", "Harrow, [[she]] wrote:"),
        Q("q_se2", "direct", "wrote: “[[When I took this job", "I meant it.]]"),
        Q("q_se3", "direct", "“[[Yesterday’s announcement", "the despatch box.]]”"),
        # P5: two speech verbs, two mixed clauses; "and insisted that" is outside both
        sp("mh2", "Michael Harrow", "[[Mr Harrow]] replied"),
        Q("q_mh1", "mixed", "replied that [[he was “sorry", "to lose her]], and insisted"),
        Q("q_mh2", "mixed", "insisted that [[the bill would still", "in this Parliament”]]."),
        # P6: "according to" a named speaker
        sp("se2", "Sarah Ellis", "According to [[Ms Ellis]], the decision"),
        Q("q_se4", "indirect", "Ms Ellis, [[the decision to delay", "was not invited]]."),
        # P7
        sp("se3", "Sarah Ellis", "morning, [[Ms Ellis]] said the timetable"),
        Q("q_se5", "mixed", "said [[the timetable had been set", "on a Sunday night”]]."),
        # P8: broken across sentences; the nested ‘delay’ is inside the second quote
        Q("q_se6", "direct", "“[[I don’t say that", "to be unkind,]]”"),
        sp("she_se2", "Sarah Ellis", "unkind,” [[she]] added."),
        Q("q_se7", "direct", "added. “[[Ministers work", "another year of fear.]]”"),
        # P9: institutional source: no said_by; the Prime Minister and the name inside the clause are not annotated
        Q("q_ds", "mixed", "spokesperson said [[the Prime Minister had", "secretary, Priya Chandran]]."),
        sp("pc", "Priya Chandran", "[[Ms Chandran]] will take"),
        sp("se4", "Sarah Ellis", "take on [[Ms Ellis]]’s responsibilities"),
        # P10: "The Conservative shadow housing secretary, X" states membership; "resignation" is inside the clause;
        # "the shadow housing secretary" standing alone is a title used as a name (the document gives the holder)
        pa("con1", CON, "The [[Conservative]] shadow housing"),
        sp("tb", "Tom Beckett", "secretary, [[Tom Beckett]], said"),
        Q("q_tb1", "mixed", "Beckett, said [[the resignation showed", "to young people”]]."),
        title("tb_title", "Later, the [[shadow housing secretary]] posted", "Tom Beckett"),
        Q("q_tb2", "direct", "on X: “[[Even her own minister", "come to the House and explain.]]”"),
        # P11: partial quote after "called the delay"; an indirect clause after a long apposition
        pa("grn", GRN, "[[Green Party]] co-leader"),
        sp("rw", "Rob Whitely", "co-leader [[Rob Whitely]] called"),
        Q("q_rw", "direct", "delay “[[a betrayal", "as pragmatism]]”,"),
        pa("ld", LD, "while the [[Liberal Democrats]]’ housing"),
        sp("ha1", "Helen Achebe", "spokesperson, [[Helen Achebe]], said"),
        Q("q_ha1", "indirect", "Achebe, said [[her party would table", "the ban forward]]."),
        # P12: "said at a press conference", then a second quote after the sentence-final attribution
        Q("q_ha2", "direct", "“[[Every month of delay", "handed a notice,]]”"),
        sp("ha2", "Helen Achebe", "notice,” [[Ms Achebe]] said at"),
        Q("q_ha3", "direct", "Westminster. “[[We will give Labour MPs", "their consciences.]]”"),
        # P13: an anonymous backbencher: both quotes without said_by ("the MP" is no SPEAKER)
        pa("lab2", LAB, "One [[Labour]] backbencher"),
        Q("q_mp1", "indirect", "Guardian that [[at least a dozen MPs", "to the chief whip]]."),
        Q("q_mp2", "direct", "“[[Sarah has said out loud", "in the tearoom,]]”"),
        # P14: leaving an office is a resignation, so "departure" here is a resignation trigger; the scare quote and
        # the report title are not speech
        sp("se5", "Sarah Ellis", "[[Ms Ellis]]’s departure"),
        ev("departure", "resignation", "Ellis’s [[departure]] comes"),
        # P15
        pa("lab3", LAB, "[[Labour]] MPs voted"),
        ev("voted", "vote", "MPs [[voted]] overwhelmingly"),
    ],
    member("tb", "con1")
    + member("rw", "grn")
    + member("ha1", "ld")
    + part("quits", "se_h")
    + part("resigned", "se1")
    + part("resignation1", "she_se1")
    + part("departure", "se5")
    + part("voted", "lab3")
    + said("se_h", "q_se_h")
    + said("se1", "q_se1")
    + said("she_se1", "q_se2", "q_se3")
    + said("mh2", "q_mh1", "q_mh2")
    + said("se2", "q_se4")
    + said("se3", "q_se5")
    + said("she_se2", "q_se6", "q_se7")
    + said("tb", "q_tb1")
    + said("tb_title", "q_tb2")
    + said("rw", "q_rw")
    + said("ha1", "q_ha1")
    + said("ha2", "q_ha2", "q_ha3"),
)
