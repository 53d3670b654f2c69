"""Gold table of document 077 (held-out batch heldout-3): a council leader's trip to Japan, a tabloid (headline in
capitals with a straight single-quoted word attributed to nobody; straight double marks and straight apostrophes;
a scare quote; "telling residents" + clause with an unnamed subject; unnamed opposition councillors, a party, a union
and a council spokesman as sources; "fumed:", "hit back, insisting", "told us:", "slammed X as"; "Cllr" as a role
and "Mrs" inside the span; "Tory group leader X" and "Labour councillor X" as member_of; "called for X to resign"
with no reported clause; an election and a confidence vote concerning the leader)."""

from __future__ import annotations

from .common import CON, LAB, LD, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "077_council-boss-japan-trip.txt",
    [
        # headline: 'JOLLY' is attributed to nobody, so it is no QUOTE (cf. d055 'vile'); "blasted" passive reports
        # no words; a strike is no trigger
        pa("ld_h", LD, "JAPAN: [[Lib Dem]] leader blasted"),
        # P1: "fact-finding" is a scare quote; "telling residents" + clause is indirect speech of the unnamed chief
        # (no SPEAKER, so no said_by)
        pa("ld1", LD, "A [[LIB DEM]] council chief"),
        Q("q_chief", "indirect", "telling residents [[there was no money", "fix their potholes]]."),
        # P2: no party in this sentence, so no member_of
        sp("af1", "Andrew Finch", "leader [[Andrew Finch]], 58, flew"),
        # P3: unnamed councillors as source: no said_by; the clause runs on after the fragment
        Q("q_opp", "mixed", "said [[the trip was \"a slap", "council tax rise]]."),
        # P4: "Tory group leader X" states the party role; "fumed:" introduces the quote; the name is inside it
        pa("con", CON, "[[Tory]] group leader Brenda"),
        sp("bw1", "Brenda Walsh", "leader [[Brenda Walsh]] fumed"),
        Q("q_bw1", "direct", 'fumed: "[[While people here', "It's obscene.]]\""),
        # P5: "She added that" + indirect clause; "motion of no confidence" and the name are inside it
        sp("she_bw", "Brenda Walsh", "[[She]] added that she would"),
        Q("q_bw2", "indirect", "added that [[she would table", "full council meeting]]."),
        # P6: "Cllr" is a role before the name (cf. d062); the full stop after the closing mark is outside
        sp("af2", "Andrew Finch", "Cllr [[Finch]] hit back"),
        Q("q_af1", "mixed", "insisting [[the visit would", 'ten times over"]].'),
        # P7: quote before "he told the Marshbury Post", second quote after it
        Q("q_af2", "direct", '"[[Osaka recycles 80', "recycle 38 per cent,]]\""),
        sp("he_af", "Andrew Finch", 'per cent," [[he]] told the Marshbury'),
        Q("q_af3", "direct", 'Post. "[[If we can close', "doing my homework.]]\""),
        # P8: a party as source of one clause with two predicates: no said_by
        pa("ld2", LD, "The [[Lib Dems]], who have run"),
        Q("q_ld", "mixed", "statement that [[the trip had been", "not from council tax]]."),
        # P9: "told us:" (tabloid); a question mark inside the quote
        sp("mh", "Maureen Hobbs", "Pensioner [[Maureen Hobbs]], 74"),
        Q("q_mh", "direct", 'told us: "[[I\'ve been waiting', 'come to Chapel Road?]]"'),
        # P10: "Dad-of-two" is a description before the name
        sp("jr", "Jason Reeve", "Dad-of-two [[Jason Reeve]], 41"),
        Q("q_jr", "direct", '"[[It\'s a jolly', 'plain and simple,]]"'),
        sp("he_jr", "Jason Reeve", 'simple," [[he]] said.'),
        # P11: a union is no PARTY and no SPEAKER; "walk out" is inside its clause; its named organiser
        Q("q_gmb", "indirect", "warned that [[bin workers would", "its pay offer]]."),
        sp("kd", "Kelly Darnell", "organiser, [[Kelly Darnell]], said"),
        Q("q_kd", "direct", 'said: "[[Our members collect', 'treated like it.]]"'),
        # P12: "Labour councillor X" states membership; partial quote after "slammed the trip as"; "called for X to
        # resign" has no reported clause (GUIDELINES 3.4), and X is who would resign
        pa("lab", LAB, "[[Labour]] councillor Priya"),
        sp("ps", "Priya Shah", "councillor [[Priya Shah]], who represents"),
        Q("q_ps", "direct", 'as "[[tone deaf', 'tone deaf]]"'),
        sp("af3", "Andrew Finch", "called for [[Mr Finch]] to resign"),
        ev("resign", "resignation", "Mr Finch to [[resign]]."),
        # P13: "Mrs" is a courtesy title inside the span
        sp("bw2", "Brenda Walsh", "[[Mrs Walsh]] later told"),
        Q("q_bw3", "mixed", "the Post [[the visit was", "Marshbury's history\"]]."),
        # P14: a council spokesman: no said_by
        Q("q_council", "indirect", "spokesman said [[the trip's findings", "in the new year]]."),
        # P15: the leader was elected, and the confidence vote concerns him
        sp("af4", "Andrew Finch", "[[Mr Finch]], who was elected"),
        ev("elected", "election", "who was [[elected]] leader"),
        ev("vote", "vote", "no confidence [[vote]] on March"),
    ],
    member("bw1", "con")
    + member("ps", "lab")
    + part("resign", "af3")
    + part("elected", "af4")
    + part("vote", "af4")
    + said("bw1", "q_bw1")
    + said("she_bw", "q_bw2")
    + said("af2", "q_af1")
    + said("he_af", "q_af2", "q_af3")
    + said("mh", "q_mh")
    + said("he_jr", "q_jr")
    + said("kd", "q_kd")
    + said("ps", "q_ps")
    + said("bw2", "q_bw3"),
)
