"""Gold table of document 058 (held-out batch heldout-2): Holyrood live blog on a ferry contract and a confidence
vote (curly quotes; timestamps; key points as list lines; "Mr X: “…”" as attribution; "the First Minister" as a
name in the headline and in the text; a party as the source of indirect speech; a journalist as speaker; a scare
quote; "asked about" with no reported clause; present-tense speech verbs)."""

from __future__ import annotations

from .common import CON, LAB, LD, SNP, Gold, Q, ev, member, pa, part, said, sp, title

SGP = "Scottish Green Party"

GOLD = Gold(
    "058_holyrood-live-ferry-contract.txt",
    [
        # headline: "First Minister" stands for the office holder (named in the key points); the confidence vote
        # is forced by the Tories and concerns the First Minister
        title("fm_h", "live: [[First Minister]] under fire", "Iain Rennie"),
        pa("tories_h", CON, "as [[Tories]] force"),
        ev("vote_h", "vote", "force confidence [[vote]]\n"),
        # key points: "First Minister X" is a role; a party as source has no said_by; a motion is no trigger
        pa("snp1", SNP, "- [[SNP]] First Minister"),
        sp("ir1", "Iain Rennie", "First Minister [[Iain Rennie]] says"),
        Q("q_ir1", "mixed", "says [[the ferry contract was", "the right call at the time”]]\n"),
        pa("scon1", CON, "- [[Scottish Conservatives]] to table"),
        pa("slab1", LAB, "- [[Scottish Labour]] says"),
        Q("q_slab1", "indirect", "says [[it will back the motion", "it will back the motion]]\n"),
        # 12:02: "First Minister’s Questions" names no person
        pa("scon2", CON, "[[Scottish Conservative]] leader Douglas"),
        sp("dr1", "Douglas Rae", "leader [[Douglas Rae]] opens"),
        # 12:04: live-blog attribution "Mr X: “…”"
        sp("dr2", "Douglas Rae", "12:04\n[[Mr Rae]]: “"),
        Q("q_dr", "direct", "Mr Rae: “[[The First Minister signed", "left stranded?]]”"),
        # 12:05: a title used as a name, then the pronoun
        title("fm1", "The [[First Minister]] replies", "Iain Rennie"),
        Q("q_fm", "mixed", "replies that [[the decision was taken", "the information we had”]]."),
        sp("he_ir1", "Iain Rennie", "[[He]] adds: “Nobody"),
        Q("q_ir2", "direct", "adds: “[[Nobody is more frustrated", "than I am.]]”"),
        # 12:09
        pa("slab2", LAB, "[[Scottish Labour]] leader Catriona"),
        sp("cb", "Catriona Boyle", "leader [[Catriona Boyle]] says"),
        Q("q_cb1", "mixed", "says [[islanders do not want", "they want a ferry”]]."),
        Q("q_cb2", "direct", "“[[Six years, two ferries", "no ferries,]]”"),
        sp("she_cb", "Catriona Boyle", "ferries,” [[she]] says."),
        Q("q_cb3", "direct", "says. “[[The First Minister should", "turn up today.]]”"),
        # 12:13: a journalist is a person; names inside the quote are not annotated
        sp("am", "Alasdair Munro", "editor, [[Alasdair Munro]], writes"),
        Q("q_am", "direct", "writes: “[[This is the most uncomfortable", "noticeably quiet.]]”"),
        # 12:15: the motion's movers and the person it concerns take part in the vote; anonymous spokesperson
        pa("scon3", CON, "Confirmed: the [[Scottish Conservatives]] will"),
        title("fm2", "no confidence in the [[First Minister]], to be", "Iain Rennie"),
        ev("voted", "vote", "to be [[voted]] on next"),
        Q("q_spox", "direct", "says: “[[Holyrood cannot go on", "this is acceptable.]]”"),
        # 12:21: a party as source, no said_by
        pa("slab3", LAB, "[[Scottish Labour]] has confirmed"),
        Q("q_slab2", "indirect", "confirmed [[it will back", "back the motion]]. On its own"),
        pa("tories1", CON, "the [[Tories]] and Labour together"),
        pa("lab1", LAB, "Tories and [[Labour]] together"),
        # 12:30
        pa("sgp", SGP, "The [[Scottish Greens]] co-leader"),
        sp("ml", "Morven Lyall", "co-leader, [[Morven Lyall]], posts"),
        Q("q_ml", "direct", "media: “[[We will not be propping", "has to say.]]”"),
        # 12:34: "asked about" has no reported clause; a scare quote is no QUOTE; a vote nobody takes part in
        ev("vote1", "vote", "subject of a confidence [[vote]] at Holyrood"),
        # 12:41: "Asked ... whether" reports a question, not a QUOTE (cf. d000); "Tory" is inside the quote
        sp("ir2", "Iain Rennie", "Thursday, [[Mr Rennie]] says"),
        Q("q_ir3", "mixed", "says [[he will “not be distracted", "Tory games”]]."),
        Q("q_ir4", "direct", "“[[I have a job to do", "getting on with it,]]”"),
        sp("he_ir2", "Iain Rennie", "with it,” [[he]] adds."),
        Q("q_ir5", "direct", "adds. “[[The people of Scotland", "what we are doing.]]”"),
        # 12:48: "Liberal Democrat" is inside the indirect quote
        pa("ld", LD, "[[Lib Dem]] MSP Fergus"),
        sp("fd", "Fergus Dalgety", "MSP [[Fergus Dalgety]] tells"),
        Q("q_fd1", "mixed", "tells us [[his party has", "made up its mind”]]."),
        sp("he_fd", "Fergus Dalgety", "[[He]] says the four"),
        Q("q_fd2", "indirect", "He says [[the four Liberal Democrat", "meet on Monday]]."),
        # 12:55: an institution after "according to"
        Q("q_bureau", "indirect", "bureau, [[the confidence vote will", "2.30pm on Thursday]]."),
    ],
    member("ir1", "snp1")
    + member("dr1", "scon2")
    + member("cb", "slab2")
    + member("ml", "sgp")
    + member("fd", "ld")
    + part("vote_h", "tories_h", "fm_h")
    + part("voted", "scon3", "fm2")
    + said("ir1", "q_ir1")
    + said("dr2", "q_dr")
    + said("fm1", "q_fm")
    + said("he_ir1", "q_ir2")
    + said("cb", "q_cb1")
    + said("she_cb", "q_cb2", "q_cb3")
    + said("am", "q_am")
    + said("ml", "q_ml")
    + said("ir2", "q_ir3")
    + said("he_ir2", "q_ir4", "q_ir5")
    + said("fd", "q_fd1")
    + said("he_fd", "q_fd2"),
)
