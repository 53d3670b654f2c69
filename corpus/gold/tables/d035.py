"""Gold table of document 035 (held-out batch): Maine governor appoints a senator (appointment with the appointer
as participant, "Gov." as a role, a party word naming a donor's allegiance (no member_of), one reported clause with
two "because" parts, a partial quote after "called the appointment", an election with no participant)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "035_maine-senate-appointment.txt",
    [
        # headline: "names X to fill" is the active of "named as" (appointment); nobody is named as a SPEAKER
        ev("names", "appointment", "governor [[names]] retired judge"),
        # P1: a donor is not a member -> no member_of; the senator is mentioned outside any quote
        sp("et1", "Ellen Thibodeau", "Gov. [[Ellen Thibodeau]] on Friday"),
        ev("appointed", "appointment", "on Friday [[appointed]] Robert"),
        sp("rc1", "Robert Caron", "appointed [[Robert Caron]], a retired"),
        pa("dem1", DEM, "a longtime [[Democratic]] donor"),
        sp("pw", "Paul Whitcomb", "Senator [[Paul Whitcomb]] last month"),
        # P2
        sp("rc2", "Robert Caron", "[[Caron]], 71, will serve"),
        ev("election", "election", "a special [[election]] in November"),
        sp("he_rc1", "Robert Caron", "[[He]] told reporters"),
        Q("q_rc1", "indirect", "State House that [[he would not be", "in that race]]."),
        # P3
        Q("q_rc2", "direct", '"[[I have no ambition', 'twenty months,]]"'),
        sp("rc3", "Robert Caron", 'months," [[Caron]] said.'),
        Q("q_rc3", "direct", 'said. "[[Maine deserves', 'the next campaign.]]"'),
        # P4: one speech verb, one reported clause with two "because" parts; US full stop inside the mark
        sp("et2", "Ellen Thibodeau", "[[Thibodeau]], a Democrat"),
        pa("dem2", DEM, "Thibodeau, a [[Democrat]] in her"),
        Q("q_et", "mixed", "said [[she had chosen Caron", 'where the bathrooms are."]]'),
        # P5: Lavigne only comments on the appointment; Caron, the appointee, is in the same sentence (participant);
        # "the pick" is not a trigger
        pa("rep1", REP, "[[Republicans]] were quick"),
        pa("rep2", REP, "Maine [[Republican Party]] chairman"),
        sp("tl", "Tom Lavigne", "chairman [[Tom Lavigne]] called"),
        ev("appointment1", "appointment", 'called the [[appointment]] "a reward'),
        Q("q_tl", "direct", '"[[a reward for', 'a big check]]"'),
        sp("rc4", "Robert Caron", "$400,000 that [[Caron]] has given"),
        pa("dem3", DEM, "given to [[Democratic]] candidates"),
        # P6
        sp("rc5", "Robert Caron", "[[Caron]] dismissed the charge"),
        sp("he_rc2", "Robert Caron", "donations, [[he]] said:"),
        Q("q_rc4", "direct", 'said: "[[I gave money', 'none of them will now.]]"'),
        # P7: Democrats are affected, not a role of the appointment
        ev("appointment2", "appointment", "The [[appointment]] leaves"),
        pa("dem4", DEM, "leaves [[Democrats]] with"),
    ],
    member("et2", "dem2")
    + member("tl", "rep2")
    + part("appointed", "et1", "rc1")
    + part("appointment1", "rc4")
    + said("he_rc1", "q_rc1")
    + said("rc3", "q_rc2", "q_rc3")
    + said("et2", "q_et")
    + said("tl", "q_tl")
    + said("he_rc2", "q_rc4"),
)
