"""Gold table of document 057 (held-out batch heldout-2): policing minister resigns over early prison release
(a quote in the headline attributed by a colon, "the Prime Minister" as a name before his name is given, one
reported clause with two quoted fragments, Downing Street and a No 10 spokesperson as sources, two clauses
after "telling X that", "elected as the Labour MP" as member_of, an anonymous backbencher)."""

from __future__ import annotations

from .common import CON, LAB, LD, Gold, Q, ev, member, pa, part, said, sp, title

GOLD = Gold(
    "057_policing-minister-quits-over-early-release.txt",
    [
        # headline: "X quits ...: "..."" attributes the quote to X
        sp("rc_h", "Ruth Calloway", "Policing minister [[Ruth Calloway]] quits"),
        ev("quits", "resignation", "Calloway [[quits]] over"),
        Q("q_rc_h", "direct", 'plan: "[[I cannot defend it', 'I cannot defend it]]"\n'),
        # P1: "in protest at" gives a motive and names no protest
        sp("rc1", "Ruth Calloway", "minister, [[Ruth Calloway]], has resigned"),
        ev("resigned", "resignation", "has [[resigned]] in protest"),
        # P2: "the Prime Minister" stands for the office holder, named later; one clause, two fragments
        title("pm1", "letter to the [[Prime Minister]], Ms Calloway", "Daniel Whitmore"),
        sp("rc2", "Ruth Calloway", "Minister, [[Ms Calloway]] said she"),
        Q("q_rc1", "mixed", 'said [[she had "argued for months"', 'victims have had justice"]].'),
        # P3
        sp("she_rc", "Ruth Calloway", "Stockton, [[she]] added:"),
        Q("q_rc2", "direct", 'added: "[[I cannot defend it, and', 'pretend otherwise.]]"'),
        # P4: second quote after a sentence-final attribution; "the Prime Minister" is inside the quote
        Q("q_rc3", "direct", '"[[I have the greatest respect', 'for the Prime Minister,]]"'),
        sp("rc3", "Ruth Calloway", 'Minister," [[Ms Calloway]] said.'),
        Q("q_rc4", "direct", 'said. "[[But there are some things', 'constituents in the eye.]]"'),
        # P5: "elected as the Labour MP" states the party role; Labour stood in that election
        sp("rc4", "Ruth Calloway", "[[Ms Calloway]], 46, was"),
        ev("elected", "election", "first [[elected]] as the"),
        pa("lab1", LAB, "as the [[Labour]] MP for Stockton"),
        ev("appointed", "appointment", "was [[appointed]] to the Home Office"),
        # P6: Downing Street and the spokesperson are no SPEAKER; "resignation" is inside the first clause
        Q("q_ds1", "mixed", "Street said [[the Prime Minister was", "by the resignation]] but that"),
        Q("q_ds2", "indirect", "but that [[the plan would go ahead", "would go ahead]]."),
        Q("q_no10", "direct", 'reporters: "[[The alternative is prisons', 'for public safety.]]"'),
        # P7: "The Prime Minister, X," is a role before the name
        sp("dw1", "Daniel Whitmore", "Minister, [[Daniel Whitmore]], later"),
        Q("q_dw1", "direct", '"[[Nobody goes into politics', 'out early,]]"'),
        sp("he_dw1", "Daniel Whitmore", 'early," [[he]] said.'),
        Q("q_dw2", "direct", 'said. "[[I inherited a system', 'on my watch.]]"'),
        # P8
        sp("he_dw2", "Daniel Whitmore", "[[He]] added that a further"),
        Q("q_dw3", "indirect", "added that [[a further 14,000", "built by 2030]]."),
        # P9: the clause runs on after the fragment
        sp("me", "Margaret Eze", "Secretary, [[Margaret Eze]], told MPs"),
        Q("q_me", "mixed", "told MPs [[the scheme was", "reviewed after six months]]."),
        sp("rc5", "Ruth Calloway", "months. [[Ms Calloway]] is the third"),
        ev("quit", "resignation", "minister to [[quit]] Mr Whitmore"),
        sp("dw2", "Daniel Whitmore", "quit [[Mr Whitmore]]'s government"),
        # P10: "resignation" opens the reported clause, so it is inside the quote
        pa("con", CON, "secretary, [[Conservative]] MP Alan"),
        sp("ap", "Alan Pritchard", "MP [[Alan Pritchard]], said"),
        Q("q_ap1", "mixed", "said [[the resignation showed", 'at war with itself"]].'),
        # P11: quote before the attribution, pronoun speaker
        Q("q_ap2", "direct", '"[[When even the policing minister', 'the game is up,]]"'),
        sp("he_ap", "Alan Pritchard", 'up," [[he]] wrote'),
        # P12: "telling X that A and that B" -> two clauses; "the Home Secretary" is inside the second
        sp("fb", "Fiona Blake", "secretary, [[Fiona Blake]], went further"),
        Q("q_fb1", "mixed", "Radio that [[the scheme was", 'all but name"]] and that'),
        Q("q_fb2", "mixed", "and that [[the Home Secretary should", 'her position"]].'),
        # P13
        pa("ld", LD, "[[Lib Dem]] justice spokesperson"),
        sp("so", "Sarah Okafor", "spokesperson [[Sarah Okafor]] said"),
        Q("q_so1", "indirect", "Okafor said [[victims' groups", "been consulted]]."),
        Q("q_so2", "direct", '"[[We have had no warning', 'no plan,]]"'),
        sp("she_so", "Sarah Okafor", 'plan," [[she]] said.'),
        # P14: an institution after "according to": no said_by
        Q("q_moj", "indirect", "Justice, [[about 1,200 prisoners", "in the first month]]."),
        # P15: "Ms Calloway" is inside the first clause
        pa("lab2", LAB, "The [[Labour]] chair of the justice"),
        sp("id", "Ian Dobbs", "committee, [[Ian Dobbs]], said"),
        Q("q_id1", "mixed", 'said [[he had "some sympathy"', "with Ms Calloway]] but that"),
        Q("q_id2", "mixed", "but that [[the government had", 'good options left"]].'),
        # P16: anonymous backbencher; "are understood to share" is no speech verb
        pa("lab3", LAB, "Several [[Labour]] backbenchers"),
        sp("rc6", "Ruth Calloway", "share [[Ms Calloway]]'s concerns"),
        Q("q_anon", "direct", 'BBC: "[[She has said out loud', 'private for weeks.]]"'),
    ],
    member("rc4", "lab1")
    + member("ap", "con")
    + member("so", "ld")
    + member("id", "lab2")
    + part("quits", "rc_h")
    + part("resigned", "rc1")
    + part("elected", "rc4", "lab1")
    + part("appointed", "rc4")
    + part("quit", "rc5")
    + said("rc_h", "q_rc_h")
    + said("rc2", "q_rc1")
    + said("she_rc", "q_rc2")
    + said("rc3", "q_rc3", "q_rc4")
    + said("he_dw1", "q_dw1", "q_dw2")
    + said("he_dw2", "q_dw3")
    + said("me", "q_me")
    + said("ap", "q_ap1")
    + said("he_ap", "q_ap2")
    + said("fb", "q_fb1", "q_fb2")
    + said("so", "q_so1")
    + said("she_so", "q_so2")
    + said("id", "q_id1", "q_id2"),
)
