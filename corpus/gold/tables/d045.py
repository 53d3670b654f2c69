"""Gold table of document 045: ferries contract revolt (a title used as a name after a quote, "the First Minister
told MSPs", and in a headline; a title in apposition to a name; a quote whose speaker is the subject of the
sentence before; a quote paragraph after an indirect attribution; "according to" an organisation and a
spokesman; a letter as source; a list of MSPs with one party)."""

from __future__ import annotations

from .common import CON, LAB, SNP, Gold, Q, ev, member, pa, part, said, sp, title

SGP = "Scottish Green Party"

GOLD = Gold(
    "045_ferries-contract-revolt.txt",
    [
        # headline: a title used as a name; the document gives the holder's name
        title("fm_h", "[[First Minister]] faces", "Moira Strachan"),
        # P1: "Scotland's First Minister, Moira Strachan": the title is a role before the name
        sp("ms1", "Moira Strachan", "Minister, [[Moira Strachan]], faced"),
        # P2: "she defended the decision" introduces no quote
        Q("q_fm1", "direct", "“[[I understand the disappointment", "on the Clyde,]]”"),
        title("fm1", "Clyde,” the [[First Minister]] told", "Moira Strachan"),
        Q("q_fm2", "direct", "“[[But I will not ask", "for a boat.]]”"),
        # P3: an organisation as source
        Q("q_ts", "indirect", "[[The contract is the largest", "for the routes]], according"),
        # P4: the quote's speaker is the subject of the sentence before it, not the First Minister
        pa("con", CON, "[[Scottish Conservative]] leader"),
        sp("df1", "Duncan Ferrie", "leader [[Duncan Ferrie]] accused"),
        Q("q_df1", "direct", "of “[[abandoning Scottish shipbuilding", "shipbuilding]]”"),
        sp("df2", "Duncan Ferrie", "[[Mr Ferrie]] was unmoved"),
        title("fm2", "by the [[First Minister]]’s answer", "Moira Strachan"),
        Q("q_df2", "direct", "“[[This is a betrayal", "at Port Glasgow.]]”"),
        # P5: three MSPs of one party; the letter of all three is the source ("It said"): no said_by
        pa("snp", SNP, "Three [[SNP]] MSPs"),
        sp("kl1", "Kirsty Lennox", "MSPs, [[Kirsty Lennox]], Fraser"),
        sp("fd1", "Fraser Dunbar", "Lennox, [[Fraser Dunbar]] and"),
        sp("ar", "Alasdair Reid", "and [[Alasdair Reid]], signed"),
        Q("q_letter", "direct", "It said: “[[We cannot ask", "the work abroad.]]”"),
        # P6: "vote" is inside the quote
        sp("kl2", "Kirsty Lennox", "[[Ms Lennox]], who represents"),
        Q("q_kl", "indirect", "said [[she would vote against", "came to a vote]]."),
        # P7
        sp("fd2", "Fraser Dunbar", "[[Mr Dunbar]], the MSP for Inverclyde"),
        Q("q_fd1", "mixed", "Herald [[the Government had", "its own side”]]."),
        sp("he_fd", "Fraser Dunbar", "again, [[he]] said"),
        Q("q_fd2", "direct", "said: “[[Not today.", "Not today.]]”"),
        # P8
        pa("sgp", SGP, "The [[Scottish Greens]]’ transport"),
        sp("ra", "Ross Abernethy", "spokesperson, [[Ross Abernethy]], said"),
        Q("q_ra1", "mixed", "said [[ministers had", "on the Clyde]]."),
        # P9: a quote paragraph with no attribution of its own continues the speaker of the paragraph before
        Q("q_ra2", "direct", "“[[They have had ten years", "have paid for it.]]”"),
        # P10: the source is the spokesman, not Ms Strachan
        sp("ms2", "Moira Strachan", "According to [[Ms Strachan]]’s official"),
        Q("q_spokesman1", "mixed", "spokesman, [[the First Minister had", "about the award]]."),
        Q("q_spokesman2", "direct", "the spokesman said: “[[Her door", "always open.]]”"),
        # P11
        sp("ms3", "Moira Strachan", "[[Ms Strachan]] later told"),
        Q("q_ms1", "mixed", "journalists [[she would “listen", "reopen the tender]]."),
        Q("q_ms2", "direct", "“[[The boats are needed", "by 2028,]]”"),
        sp("she_ms", "Moira Strachan", "2028,” [[she]] said."),
        # P12: "The Transport Secretary, Euan Galbraith"
        sp("eg1", "Euan Galbraith", "Secretary, [[Euan Galbraith]], will"),
        sp("eg2", "Euan Galbraith", "[[Mr Galbraith]] told BBC Scotland"),
        Q("q_eg", "mixed", "Friday that [[the yard had offered", "met the timetable”]]."),
        # P13
        pa("lab", LAB, "[[Labour]]’s Scottish leader"),
        sp("cm1", "Claire McAulay", "leader, [[Claire McAulay]], said"),
        Q("q_cm1", "mixed", "said [[the episode showed", "out of time”]]."),
        sp("cm2", "Claire McAulay", "[[Ms McAulay]], who was elected"),
        ev("elected", "election", "who was [[elected]] leader"),
        Q("q_cm2", "direct", "added: “[[Islanders and shipbuilders", "let down.]]”"),
    ],
    member("df1", "con")
    + member("kl1", "snp")
    + member("fd1", "snp")
    + member("ar", "snp")
    + member("ra", "sgp")
    + member("cm1", "lab")
    + part("elected", "cm2")
    + said("fm1", "q_fm1", "q_fm2")
    + said("df1", "q_df1")
    + said("df2", "q_df2")
    + said("kl2", "q_kl")
    + said("fd2", "q_fd1")
    + said("he_fd", "q_fd2")
    + said("ra", "q_ra1", "q_ra2")
    + said("ms3", "q_ms1")
    + said("she_ms", "q_ms2")
    + said("eg2", "q_eg")
    + said("cm1", "q_cm1")
    + said("cm2", "q_cm2"),
)
