"""Gold table of document 062 (held-out batch heldout-2): a Welsh council raises council tax (tabloid style; capitals
in the headline; "Labour-run"; a chant from a crowd; "fumed" as a speech verb; a scare quote and a pronoun that
introduces no quote; a partial quote from unnamed councillors; a party, a council and a residents' group as
sources; "Reform UK's candidate, X" as member_of)."""

from __future__ import annotations

from .common import CON, LAB, PC, Gold, Q, ev, member, pa, part, said, sp

REF = "Reform UK"

GOLD = Gold(
    "062_bryn-tawel-council-tax-fury.txt",
    [
        # headline: party names in capitals
        pa("tory_h", CON, "[[TORY]] FURY"),
        pa("lab_h", LAB, "AS [[LABOUR]] COUNCIL"),
        # P2: "Labour-run" -> the party word; a chant from an unnamed crowd is a QUOTE with no said_by
        pa("lab1", LAB, "The [[Labour]]-run county"),
        ev("protest1", "protest", "staged a [[protest]] outside"),
        Q("q_chant", "direct", 'chanting "[[Not one penny more!', 'penny more!]]"'),
        # P3: "a Labour councillor for X" states membership
        sp("hp1", "Huw Prosser", "Council leader [[Huw Prosser]], a Labour"),
        pa("lab2", LAB, "a [[Labour]] councillor for Cwm Isaf"),
        Q("q_hp1", "mixed", "insisted [[the authority had", '"no choice"]].'),
        # P4
        Q("q_hp2", "direct", '"[[Nobody comes into local government', 'by this much,]]"'),
        sp("he_hp1", "Huw Prosser", 'much," [[he]] told the meeting'),
        Q("q_hp3", "direct", "meeting. \"[[But we've had fourteen", 'cupboard is bare.]]"'),
        # P5
        sp("he_hp2", "Huw Prosser", "[[He]] added that the rise"),
        Q("q_hp4", "mixed", "added that [[the rise would protect", 'school transport"]].'),
        # P6: "Cllr" is a role before the name; "fumed" introduces the quote
        pa("tory1", CON, "[[Tory]] group leader"),
        sp("bh", "Bethan Howells", "Cllr [[Bethan Howells]] didn't"),
        Q("q_bh1", "direct", "\"[[They've given themselves", 'pockets of pensioners,]]"'),
        sp("she_bh", "Bethan Howells", 'pensioners," [[she]] fumed.'),
        Q("q_bh2", "direct", "fumed. \"[[It's a disgrace", 'plain and simple.]]"'),
        # P7: "she slammed the ... rise" reports no words -> "she" is no SPEAKER; "so-called" marks a scare quote
        # P8: unnamed councillors as source: QUOTE without said_by
        Q("q_opp", "direct", 'timing a "[[kick in the teeth', 'in the teeth]]" for'),
        # P9
        pa("pc", PC, "[[Plaid Cymru]] councillor"),
        sp("rv", "Rhodri Vaughan", "councillor [[Rhodri Vaughan]] told us"),
        Q("q_rv", "direct", 'us: "[[I voted against the allowance', 'heating and eating.]]"'),
        # P10: she joined the protest -> participant
        sp("ml", "Margaret Lloyd", "Pensioner [[Margaret Lloyd]], 78"),
        ev("protest2", "protest", "joined Tuesday's [[protest]] with"),
        Q("q_ml", "direct", "said: \"[[I've lived here", 'the money going?]]"'),
        # P11: a council spokesman, no said_by
        Q("q_council", "mixed", "spokesman said [[the allowance increase", 'the rest of Wales"]].'),
        # P12: a party as source; Reform UK stands in the elections and hopes to win seats; "Labour" is in the quote
        pa("ref1", REF, "[[Reform UK]], which hopes"),
        ev("win", "election", "hopes to [[win]] seats"),
        ev("elections", "election", "next May's [[elections]], said"),
        Q("q_ref", "mixed", "statement that [[the rise was", 'of ideas in Wales"]].'),
        # P13: "Reform UK's candidate, X" states membership (cf. d040)
        pa("ref2", REF, "[[Reform UK]]'s candidate"),
        sp("dp", "Darren Price", "Isaf, [[Darren Price]], said"),
        Q("q_dp", "direct", 'said: "[[People round here', 'have a choice.]]"'),
        # P14: anonymous government spokesperson
        Q("q_wg", "mixed", "said [[councils had received", 'funding this year"]].'),
        # P15: events without named participants; a residents' group as source, "rally" inside its clause
        ev("vote", "vote", "council will [[vote]] on the budget"),
        ev("demonstration", "protest", "Tuesday's [[demonstration]], said"),
        Q("q_group", "indirect", "said [[it would hold another rally", "before the vote]]."),
    ],
    member("hp1", "lab2")
    + member("bh", "tory1")
    + member("rv", "pc")
    + member("dp", "ref2")
    + part("protest2", "ml")
    + part("win", "ref1")
    + part("elections", "ref1")
    + said("hp1", "q_hp1")
    + said("he_hp1", "q_hp2", "q_hp3")
    + said("he_hp2", "q_hp4")
    + said("she_bh", "q_bh1", "q_bh2")
    + said("rv", "q_rv")
    + said("ml", "q_ml")
    + said("dp", "q_dp"),
)
