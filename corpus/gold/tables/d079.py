"""Gold table of document 079 (held-out batch heldout-3): Labour rebels force a climbdown on disability benefit cuts,
BBC style (curly double marks; "Ministers announced that" and Downing Street as sources; one reported clause with two
quoted fragments; "the Prime Minister" as a name before the name is given; "replied that" after a reported question;
"said ..., but warned that" as two clauses; a lowercase title standing alone as a name; "Their ... spokesperson" in
the sentence after the party; a charity and an anonymous MP as sources; a rebellion as an "other" event)."""

from __future__ import annotations

from .common import CON, LAB, LD, Gold, Q, ev, member, pa, part, said, sp, title

GOLD = Gold(
    "079_labour-rebels-force-benefits-climbdown.txt",
    [
        # headline: "rebels" names people, not an event; the minister who quits is not named
        pa("lab_h", LAB, "[[Labour]] rebels force"),
        ev("quits_h", "resignation", "as minister [[quits]]\n"),
        # P1: the MPs who would vote are Labour's
        pa("lab1", LAB, "more than 80 [[Labour]] MPs"),
        ev("vote1", "vote", "threatened to [[vote]] against the plans"),
        # P2: "Ministers" is no SPEAKER: QUOTE without said_by; "in protest" names no protest
        Q("q_min", "indirect", "evening that [[people already receiving", "from the changes]], hours after"),
        sp("jpe1", "Joanna Petrakis", "junior minister, [[Joanna Petrakis]], resigned"),
        ev("resigned", "resignation", "Petrakis, [[resigned]] in protest"),
        # P3: "her resignation letter" names her resignation (cf. d015); the Prime Minister is named later; one clause
        # with two quoted fragments is one mixed QUOTE
        ev("resignation", "resignation", "In her [[resignation]] letter"),
        title("pm1", "letter to the [[Prime Minister]], Ms Petrakis", "Simon Avery"),
        sp("jpe2", "Joanna Petrakis", "Minister, [[Ms Petrakis]] said she"),
        Q("q_jpe1", "mixed", "Petrakis said [[she could not “look", "to balance a spreadsheet”]]."),
        # P4
        sp("she_jpe", "Joanna Petrakis", "[[She]] added: “I came"),
        Q("q_jpe2", "direct", "added: “[[I came into politics", "this is fair.]]”"),
        # P5: "The Work and Pensions Secretary, X," is a role before the name; one clause with two predicates
        sp("go1", "Graham Oduya", "Secretary, [[Graham Oduya]], told"),
        Q("q_go1", "indirect", "the Commons [[the concessions would cost", "his department’s budget]]."),
        # P6: a second quote after a sentence-final attribution
        Q("q_go2", "direct", "“[[We have listened, and", "changed the bill,]]”"),
        sp("go2", "Graham Oduya", "bill,” [[Mr Oduya]] said."),
        Q("q_go3", "direct", "said. “[[What we will not do", "not a kind system.]]”"),
        # P7
        sp("he_go", "Graham Oduya", "[[He]] insisted that"),
        Q("q_go4", "indirect", "insisted that [[the core of the plans", "would go ahead]]."),
        # P8: Downing Street is no SPEAKER; two clauses joined by "but that"; names inside the first are unannotated
        Q("q_ds1", "mixed", "Street said [[the Prime Minister was", "Ms Petrakis]] but that"),
        Q("q_ds2", "mixed", "but that [[the changes showed", "that listens”]]."),
        # P9: "the Prime Minister, X," is a role before the name
        sp("sa1", "Simon Avery", "Minister, [[Simon Avery]], said:"),
        Q("q_sa1", "direct", "said: “[[Good governments listen.", "no apology for it.]]”"),
        # P10: the reported question is no QUOTE; "he replied that" introduces one
        sp("he_sa", "Simon Avery", "damaged, [[he]] replied"),
        Q("q_sa2", "mixed", "replied that [[he had “never been", "direction of the government]]."),
        # P11: a rebellion is an "other" event (cf. d038) led by her; "The Labour chair of the ... committee, X" states
        # membership (decided case of heldout-2); her party is her role, not a participant
        ev("rebellion", "other", "The [[rebellion]] was led"),
        pa("lab2", LAB, "by the [[Labour]] chair of the work"),
        sp("rf1", "Rachel Finnegan", "committee, [[Rachel Finnegan]], who"),
        # P12
        Q("q_rf1", "direct", "“[[This was never about embarrassing", "the government,]]”"),
        sp("rf2", "Rachel Finnegan", "government,” [[Ms Finnegan]] told"),
        Q("q_rf2", "direct", "programme. “[[It was about making sure", "the Treasury’s mistakes.]]”"),
        # P13: two speech verbs, two reported clauses, both linked to "She"
        sp("she_rf", "Rachel Finnegan", "[[She]] said she would now"),
        Q("q_rf3", "indirect", "She said [[she would now", "support the bill]], but"),
        Q("q_rf4", "mixed", "warned that [[many colleagues", "for new claimants]]."),
        # P14
        pa("con", CON, "secretary, [[Conservative]] MP Julian"),
        sp("ja1", "Julian Ashdown", "MP [[Julian Ashdown]], said"),
        Q("q_ja1", "mixed", "Ashdown, said [[the episode showed", "as it goes along”]]."),
        # P15
        Q("q_ja2", "direct", "“[[They spent three weeks", "they were not,]]”"),
        sp("he_ja1", "Julian Ashdown", "not,” [[he]] said."),
        Q("q_ja3", "direct", "said. “[[Nobody can take this chancellor", "any more.]]”"),
        # P16: a lowercase title standing alone is a name (decided case of heldout-2); the partial quote is attributed
        # by "he called"
        title("ja_t", "Later, the [[shadow work and pensions secretary]] posted", "Julian Ashdown"),
        sp("he_ja2", "Julian Ashdown", "in which [[he]] called"),
        Q("q_ja4", "direct", "concessions “[[a sticking plaster", "a broken bill]]”"),
        # P17: "Their ... spokesperson, X," in the sentence after the party gives no member_of (cf. d026, d056)
        pa("ld", LD, "The [[Liberal Democrats]], who have"),
        ev("vote2", "vote", "MPs, will [[vote]] against the bill"),
        sp("ar", "Aisha Rahman", "spokesperson, [[Aisha Rahman]], wrote"),
        Q("q_ar", "direct", "X: “[[A U-turn for some", "bill still hurts.]]”"),
        # P18: a charity as source: no said_by
        Q("q_scope1", "mixed", "statement that [[the changes were", "the right direction”]] but that"),
        Q("q_scope2", "indirect", "but that [[thousands of future claimants", "still lose out]]."),
        # P19: an anonymous MP: no said_by
        pa("lab3", LAB, "One [[Labour]] MP who signed"),
        Q("q_anon", "direct", "privately: “[[The whips thought", "We weren’t.]]”"),
        # P20: Mr Avery's government is not a party: only the minister takes part in "resign"
        sp("jpe3", "Joanna Petrakis", "[[Ms Petrakis]], who was elected"),
        ev("elected", "election", "who was [[elected]] for Harlow"),
        ev("resign", "resignation", "minister to [[resign]] from"),
        sp("sa2", "Simon Avery", "from [[Mr Avery]]’s government"),
    ],
    member("rf1", "lab2")
    + member("ja1", "con")
    + part("vote1", "lab1")
    + part("resigned", "jpe1")
    + part("resignation", "jpe2")
    + part("rebellion", "rf1")
    + part("vote2", "ld")
    + part("elected", "jpe3")
    + part("resign", "jpe3")
    + said("jpe2", "q_jpe1")
    + said("she_jpe", "q_jpe2")
    + said("go1", "q_go1")
    + said("go2", "q_go2", "q_go3")
    + said("he_go", "q_go4")
    + said("sa1", "q_sa1")
    + said("he_sa", "q_sa2")
    + said("rf2", "q_rf1", "q_rf2")
    + said("she_rf", "q_rf3", "q_rf4")
    + said("ja1", "q_ja1")
    + said("he_ja1", "q_ja2", "q_ja3")
    + said("he_ja2", "q_ja4")
    + said("ar", "q_ar"),
)
