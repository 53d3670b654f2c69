"""Gold table of document 056 (held-out batch heldout-2): a Stormont health minister appointed, a press-release-heavy
piece (curly double marks with nested single marks, press releases and statements as sources with no SPEAKER,
"The statement said", "The release added that", "quoted X as saying:", a two-paragraph quote from a release, "The
First Minister, Sinn Féin's X" and "The deputy First Minister, the DUP's X" as roles before names, "Its
spokesperson" in the next sentence (no member_of) against "its spokesperson" in the same sentence (member_of), a
mixed clause followed by "adding:", a professional body and its named director)."""

from __future__ import annotations

from .common import ALLIANCE, DUP, SF, UUP, Gold, Q, ev, member, pa, part, said, sp

SDLP = "Social Democratic and Labour Party"
TUV = "Traditional Unionist Voice"

GOLD = Gold(
    "056_stormont-health-minister-appointed.txt",
    [
        # headline: the minister is not named
        ev("appointed_h", "appointment", "health minister [[appointed]] as"),
        # P1: "her party colleague" in the sentence that names her party states membership (member_of), like "its
        # health spokesperson" in the SDLP's own sentence below; cf. document 037, where no party is in the sentence
        pa("sf1", SF, "[[Sinn Féin]] MLA Caoimhe"),
        sp("cd1", "Caoimhe Delargy", "MLA [[Caoimhe Delargy]] has been"),
        ev("appointed1", "appointment", "has been [[appointed]] Northern"),
        sp("mt1", "Martin Toner", "colleague [[Martin Toner]], who resigned"),
        ev("resigned", "resignation", "who [[resigned]] last week"),
        # P2: the statement is the source (no said_by); the name inside the clause is not annotated
        ev("appointment1", "appointment", "The [[appointment]] was announced"),
        Q("q_statement", "mixed", "statement said [[Ms Delargy would", "health trusts on Tuesday]]."),
        # P3-P4: a two-paragraph quote from the release
        pa("sf2", SF, "Minister, [[Sinn Féin]]’s Niamh"),
        sp("nd", "Niamh Devenney", "Féin’s [[Niamh Devenney]], said"),
        Q("q_nd1", "direct", "said: “[[Caoimhe brings energy", "are going through.]]"),
        Q("q_nd2", "direct", "“[[I want to thank Martin", "a full recovery.]]”"),
        # P5
        pa("dup", DUP, "the [[DUP]]’s Gordon"),
        sp("gl", "Gordon Lyttle", "DUP’s [[Gordon Lyttle]], said"),
        Q("q_gl", "mixed", "statement that [[he looked forward", "not announcements”]]."),
        # P6: the release quotes her, so the quote is hers
        pa("sf3", SF, "A separate [[Sinn Féin]] press release"),
        sp("cd2", "Caoimhe Delargy", "quoted [[Ms Delargy]] as saying"),
        Q("q_cd", "direct", "saying: “[[Our health service", "a first appointment.]]”"),
        # P7: the release is the source
        Q("q_release", "indirect", "added that [[she had worked", "before entering politics]]."),
        # P8: "Its" points back to the previous sentence: no member_of (cf. d026); nested single marks
        pa("uup", UUP, "The [[Ulster Unionist Party]] responded"),
        sp("rs", "Robin Semple", "spokesperson, [[Robin Semple]], said"),
        Q("q_rs", "direct", "said: “[[We wish the new minister", "the budget changes.]]”"),
        # P9: a mixed clause after "wrote on X that", then "adding:" links to the subject of the sentence
        pa("all", ALLIANCE, "[[Alliance]] MLA Orla"),
        sp("oq", "Orla Quigley", "MLA [[Orla Quigley]] wrote"),
        Q("q_oq1", "mixed", "on X that [[the health service", "not a personality”]], adding"),
        Q("q_oq2", "direct", "adding: “[[I hope this minister", "publishes one.]]”"),
        # P10: a professional body (no said_by), then its named director
        Q("q_rcn", "indirect", "statement that [[it would seek", "pay parity for nurses]]."),
        sp("dh", "Deirdre Halloran", "[[Deirdre Halloran]], the college"),
        Q("q_dh", "direct", "said: “[[Our members have heard", "see the money.]]”"),
        # P11: anonymous party spokesman
        pa("tuv", TUV, "A [[TUV]] spokesman"),
        Q("q_tuv", "mixed", "spokesman said [[the change at the top", "more of the same”]]."),
        # P12: "its" refers to the SDLP of the same sentence: member_of; "did not issue a statement" has no clause
        pa("sdlp", SDLP, "The [[SDLP]], which leads"),
        sp("cm", "Ciarán Mallon", "spokesperson, [[Ciarán Mallon]], told"),
        Q("q_cm", "mixed", "NI that [[he would “give her", "for about a week”]]."),
        # P13: "In it, he said" (GUIDELINES 4)
        sp("mt2", "Martin Toner", "[[Mr Toner]], who had been"),
        ev("resignation", "resignation", "announced his [[resignation]] in a video"),
        pa("sf4", SF, "posted on [[Sinn Féin]]’s social"),
        sp("he_mt", "Martin Toner", "In it, [[he]] said"),
        Q("q_mt", "mixed", "he said [[he was “heartbroken”", "by doctors to rest]]."),
        # P14: "Her" is no SPEAKER, so the appointment has no participant here
        sp("cd3", "Caoimhe Delargy", "[[Ms Delargy]], 41, was first"),
        ev("elected", "election", "first [[elected]] to the Assembly"),
        ev("appointment2", "appointment", "affected by the [[appointment]]."),
    ],
    member("cd1", "sf1")
    + member("mt1", "sf1")
    + member("nd", "sf2")
    + member("gl", "dup")
    + member("oq", "all")
    + member("cm", "sdlp")
    + part("appointed1", "cd1")
    + part("resigned", "mt1")
    + part("resignation", "mt2")
    + part("elected", "cd3")
    + said("nd", "q_nd1", "q_nd2")
    + said("gl", "q_gl")
    + said("cd2", "q_cd")
    + said("rs", "q_rs")
    + said("oq", "q_oq1", "q_oq2")
    + said("dh", "q_dh")
    + said("cm", "q_cm")
    + said("he_mt", "q_mt"),
)
