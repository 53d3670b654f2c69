"""Gold table of document 074 (held-out batch heldout-3): Scotland and Northern Ireland in brief, a wire digest (four
items with capitalised item headings and datelines; British single curly marks with curly apostrophes inside them;
a party suspension with the party and the member; an anonymous party spokesperson with two clauses; "insisted" +
indirect clause, then a quote broken across sentences; "according to" an institution after the clause; a partial
quote after "accused X of"; a guidance title in quotes (no QUOTE); "Sinn Féin's X" and "SNP group leader X" as
party roles; "She added that"; a formation by two parties; two partial quotes of one speaker in one sentence; a
speaker at a rally; "Dr" inside the span)."""

from __future__ import annotations

from .common import ALLIANCE, CON, DUP, LAB, LD, SF, SNP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "074_scotland-ni-politics-in-brief.txt",
    [
        # headline: the MSP is not named; suspension is an event of type "other" with the party as actor
        pa("snp_h", SNP, "in brief: [[SNP]] suspends"),
        ev("suspends_h", "other", "SNP [[suspends]] MSP;"),
        # item 1: suspension from the party: the party and the member take part, no member_of (cf. d055)
        pa("snp_t1", SNP, "[[SNP]] SUSPENDS MSP OVER"),
        ev("suspends_t1", "other", "SNP [[SUSPENDS]] MSP OVER"),
        pa("snp1", SNP, "The [[SNP]] has suspended"),
        ev("suspended", "other", "has [[suspended]] Glasgow"),
        sp("rd1", "Ross Dunlop", "MSP [[Ross Dunlop]] while"),
        # an anonymous spokesperson, two clauses joined by "and that": no said_by; the name is inside the second
        Q("q_sp1", "mixed", "spokesperson said [[the suspension was", "precautionary step’]] and that"),
        Q("q_sp2", "mixed", "and that [[Mr Dunlop would be", "opportunity to respond’]]."),
        # "insisted" + indirect clause, then a quote broken across sentences ("he told the BBC")
        sp("rd2", "Ross Dunlop", "[[Mr Dunlop]] insisted"),
        Q("q_rd1", "indirect", "insisted [[he had done nothing wrong", "nothing wrong]]."),
        Q("q_rd2", "direct", "‘[[Every penny was approved", "own officials,]]’"),
        sp("he_rd", "Ross Dunlop", "officials,’ [[he]] told the BBC"),
        Q("q_rd3", "direct", "BBC. ‘[[I look forward", "clearing my name.]]’"),
        # an institution after "according to", the clause before it: no said_by
        Q("q_spcb", "indirect", "[[He will sit as an independent", "the inquiry runs]], according"),
        # item 2: a party as source of a partial quote after "accused X of" (no said_by); a guidance title in
        # quotes is a name, not a QUOTE
        pa("dup1", DUP, "The [[DUP]] has accused"),
        pa("sf1", SF, "accused [[Sinn Féin]] of"),
        Q("q_dup", "direct", "of ‘[[cultural point-scoring", "point-scoring]]’"),
        # "The Infrastructure Minister, Sinn Féin's X," is a role before the name and states membership (cf. d056)
        pa("sf2", SF, "Minister, [[Sinn Féin]]’s Declan"),
        sp("dma", "Declan Mac Aodha", "Féin’s [[Declan Mac Aodha]], said"),
        Q("q_dma1", "mixed", "said [[the policy was", "not about flags’]]."),
        Q("q_dma2", "direct", "‘[[Irish is part of who", "speak it or not,]]’"),
        sp("he_dma", "Declan Mac Aodha", "not,’ [[he]] said."),
        # "She added that" + indirect clause
        pa("dup2", DUP, "[[DUP]] MLA Gillian"),
        sp("gm", "Gillian Moffett", "MLA [[Gillian Moffett]] warned"),
        Q("q_gm1", "mixed", "warned that [[the signs would", "calm for years’]]."),
        sp("she_gm", "Gillian Moffett", "[[She]] added that unionist"),
        Q("q_gm2", "indirect", "added that [[unionist councillors", "a judicial review]]."),
        # a party spokesman, two clauses ("said A but that B"): no said_by
        pa("all", ALLIANCE, "for the [[Alliance Party]] said"),
        Q("q_all1", "indirect", "Party said [[it supported the principle", "the principle]] but that"),
        Q("q_all2", "mixed", "but that [[the timing", "could not be worse’]]."),
        # item 3: two parties form an administration: formation with both as founders (cf. d034)
        pa("ld_t", LD, "[[LIB DEMS]] AND TORIES"),
        pa("con_t", CON, "AND [[TORIES]] FORM"),
        ev("form_t", "formation", "TORIES [[FORM]] ABERDEEN"),
        pa("ld1", LD, "- [[Liberal Democrat]] and Conservative"),
        pa("con1", CON, "Democrat and [[Conservative]] councillors"),
        ev("form", "formation", "agreed to [[form]] a joint"),
        pa("snp2", SNP, "years of [[SNP]] control"),
        # "The new council leader, Lib Dem councillor X," states membership; "voted" is inside the quote
        pa("ld2", LD, "leader, [[Lib Dem]] councillor"),
        sp("fb", "Fiona Baxter", "councillor [[Fiona Baxter]], said"),
        Q("q_fb1", "indirect", "said [[the deal would freeze", "two libraries]]."),
        Q("q_fb2", "direct", "‘[[Aberdeen voted for change", "change looks like,]]’"),
        sp("she_fb", "Fiona Baxter", "like,’ [[she]] said."),
        # "SNP group leader X" states the party role; two partial quotes in one sentence, both his; "coalition" is no
        # trigger
        pa("snp3", SNP, "[[SNP]] group leader"),
        sp("ks", "Kenny Strachan", "leader [[Kenny Strachan]] called"),
        Q("q_ks1", "direct", "coalition ‘[[a stitch-up", "a stitch-up]]’"),
        Q("q_ks2", "direct", "parties that ‘[[agree on nothing", "keeping us out]]’"),
        # item 4: nobody who marches is named; speaking at and addressing the rally is taking part (cf. d052)
        ev("protest_t", "protest", "HUNDREDS [[PROTEST]] AT"),
        ev("marched", "protest", "people [[marched]] through"),
        ev("protest", "protest", "Saturday to [[protest]] against"),
        pa("slab", LAB, "[[Scottish Labour]] MSP Shona"),
        sp("sg", "Shona Grant", "MSP [[Shona Grant]], who spoke"),
        ev("rally", "protest", "spoke at the [[rally]], told"),
        Q("q_sg", "direct", "crowd: ‘[[They said it would", "for three years.]]’"),
        # an institution as source (no said_by), then its named director; "Dr" is a courtesy title inside the span
        Q("q_nhs", "indirect", "Highland said [[no final decision", "had been taken]]."),
        sp("ms", "Morag Sutherland", "director, [[Dr Morag Sutherland]], said"),
        Q("q_ms", "direct", "said: ‘[[We will not take risks", "a building open.]]’"),
    ],
    member("dma", "sf2")
    + member("gm", "dup2")
    + member("fb", "ld2")
    + member("ks", "snp3")
    + member("sg", "slab")
    + part("suspends_h", "snp_h")
    + part("suspends_t1", "snp_t1")
    + part("suspended", "snp1", "rd1")
    + part("form_t", "ld_t", "con_t")
    + part("form", "ld1", "con1")
    + part("rally", "sg")
    + said("rd2", "q_rd1")
    + said("he_rd", "q_rd2", "q_rd3")
    + said("dma", "q_dma1")
    + said("he_dma", "q_dma2")
    + said("gm", "q_gm1")
    + said("she_gm", "q_gm2")
    + said("fb", "q_fb1")
    + said("she_fb", "q_fb2")
    + said("ks", "q_ks1", "q_ks2")
    + said("sg", "q_sg")
    + said("ms", "q_ms"),
)
