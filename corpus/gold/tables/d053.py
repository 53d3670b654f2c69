"""Gold table of document 053 (held-out batch heldout-2): the House censures a Democrat (AP style with surnames alone
and straight double marks, US full stops inside the marks, a title used as a name in the headline with a partial
quote after "calls vote", the person voted on as a participant, "a Democrat from Michigan" and "an Ohio Republican"
as member_of, "accused Republicans of" + partial quote, "said in a statement", a voter and his party ("one of the two
Democrats who voted"), an anonymous aide, "according to" an office after the clause, "won re-election" as two
events)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp, title

GOLD = Gold(
    "053_house-censures-michigan-democrat.txt",
    [
        # headline: the Democrat censured is a participant (cf. d031 "Democrat wins"); the headline does not say who
        # led the protest, so "protest" has none (cf. d015); the Speaker only comments on the vote
        ev("censures_h", "other", "House [[censures]] Democrat"),
        pa("dem_h", DEM, "censures [[Democrat]] over"),
        ev("protest_h", "protest", "floor [[protest]];"),
        title("speaker_h", "; [[Speaker]] calls vote", "Ron Becker"),
        ev("vote_h", "vote", 'Speaker calls [[vote]] "long'),
        Q("q_rb_h", "direct", 'vote "[[long overdue', 'long overdue]]"'),
        # P1: "216-209" counts ballots; the person voted on and censured is a participant; "she" is no SPEAKER here
        ev("voted1", "vote", "The House [[voted]] 216-209"),
        ev("censure1", "other", "Wednesday to [[censure]] Rep."),
        sp("dw1", "Dana Whitfield", "Rep. [[Dana Whitfield]], a Democrat"),
        pa("dem1", DEM, "Whitfield, a [[Democrat]] from Michigan"),
        ev("protest1", "protest", "for leading a [[protest]] on the House"),
        ev("vote1", "vote", "delayed a [[vote]] on the farm bill"),
        # P2: "opposing the resolution" has no trigger word; "joined" is no change of party
        pa("rep1", REP, "Four [[Republicans]] joined"),
        pa("dem2", DEM, "all but two [[Democrats]] in opposing"),
        pa("rep2", REP, "brought by [[Republican]] Rep. Garrett"),
        sp("gl1", "Garrett Lowry", "Rep. [[Garrett Lowry]] of Texas"),
        # P3: "before the vote" is a time reference
        Q("q_dw1", "direct", '"[[You can censure me', 'what this House did,]]"'),
        sp("dw2", "Dana Whitfield", 'did," [[Whitfield]] said on the House'),
        ev("vote2", "vote", "floor before the [[vote]]."),
        # P4: second quote after a sentence-final attribution
        Q("q_dw2", "direct", "\"[[I'd do it again", 'again tomorrow,]]"'),
        sp("she_dw", "Dana Whitfield", 'tomorrow," [[she]] told reporters'),
        Q("q_dw3", "direct", 'steps. "[[And the day', 'after that.]]"'),
        # P5: "Speaker" before the name is a role; a partial quote after "called the censure", then a mixed clause
        # whose closing mark follows the full stop
        sp("rb1", "Ron Becker", "Speaker [[Ron Becker]], an Ohio"),
        pa("rep3", REP, "an Ohio [[Republican]], called"),
        ev("censure2", "other", 'called the [[censure]] "long'),
        Q("q_rb1", "direct", 'censure "[[long overdue', 'long overdue]]" and said'),
        Q("q_rb2", "mixed", "and said [[it was about", 'not ideology."]]'),
        # P6
        Q("q_rb3", "direct", '"[[Members of this body', 'to shut it down,]]"'),
        sp("rb2", "Ron Becker", 'down," [[Becker]] said at his weekly'),
        Q("q_rb4", "direct", 'conference. "[[If we let this slide', 'not nine hours.]]"'),
        # P7: "accused Republicans of" + partial quote; the party word is outside the marks, "protest" inside
        sp("tq1", "Teresa Quiñones", "Leader [[Teresa Quiñones]], a California"),
        pa("dem3", DEM, "a California [[Democrat]], called"),
        Q("q_tq1", "direct", 'resolution "[[a stunt', 'a stunt]]"'),
        pa("rep4", REP, "accused [[Republicans]] of"),
        Q("q_tq2", "direct", 'of "[[punishing a protest', 'a hunger crisis.]]"'),
        # P8
        Q("q_tq3", "direct", '"[[This is the most partisan', 'in this building,]]"'),
        sp("she_tq", "Teresa Quiñones", 'building," [[she]] said in a statement'),
        # P9: the voters are a participant of "voted"; "Whitfield" is inside the indirect quote
        sp("ph1", "Paul Haskins", "Rep. [[Paul Haskins]] of Pennsylvania"),
        pa("dem4", DEM, "two [[Democrats]] who voted"),
        ev("voted2", "vote", "Democrats who [[voted]] for the censure"),
        ev("censure3", "other", "voted for the [[censure]], said"),
        Q("q_ph1", "indirect", "censure, said [[he respected", "respected Whitfield]]."),
        Q("q_ph2", "direct", '"[[But rules have to mean', 'not to a caucus,]]"'),
        sp("he_ph", "Paul Haskins", 'caucus," [[he]] said.'),
        # P10: anonymous aide
        pa("rep5", REP, "A senior [[Republican]] aide"),
        Q("q_aide", "indirect", "conversations, said [[leadership had considered", "from hard-liners]]."),
        # P11: "Michigan Democratic Party chair" -> the party span is "Democratic Party" (GUIDELINES 5)
        pa("dem5", DEM, "Michigan [[Democratic Party]] chair"),
        sp("lo", "Luis Ortega", "chair [[Luis Ortega]] said"),
        Q("q_lo", "mixed", "statement that [[Whitfield had", 'Michiganders were thinking."]]'),
        # P12
        sp("gl2", "Garrett Lowry", "[[Lowry]] posted on X"),
        ev("vote3", "vote", "shortly after the [[vote]]:"),
        Q("q_gl", "direct", 'vote: "[[Order restored', 'tried to block.]]"'),
        # P13: "won re-election" gives two election events; the second sentence is reported "according to" an office
        sp("dw3", "Dana Whitfield", "[[Whitfield]], 41, was first"),
        ev("elected", "election", "first [[elected]] in 2020"),
        ev("won", "election", "2020 and [[won]] re-election"),
        ev("reelection", "election", "won [[re-election]] last year"),
        Q("q_historian", "indirect", "points. [[She is the fifth", "censured since 2021]], according"),
        # P14: a generic censure; unnamed aides
        ev("censure4", "other", "A [[censure]] carries"),
        sp("dw4", "Dana Whitfield", "which [[Whitfield]] must stand"),
        Q("q_aides", "indirect", "Aides said [[she intends", "about school meals]]."),
    ],
    member("dw1", "dem1")
    + member("gl1", "rep2")
    + member("rb1", "rep3")
    + member("tq1", "dem3")
    + member("ph1", "dem4")
    + member("lo", "dem5")
    + part("censures_h", "dem_h")
    + part("voted1", "dw1")
    + part("censure1", "dw1")
    + part("protest1", "dw1")
    + part("voted2", "ph1", "dem4")
    + part("elected", "dw3")
    + part("won", "dw3")
    + part("reelection", "dw3")
    + said("speaker_h", "q_rb_h")
    + said("dw2", "q_dw1")
    + said("she_dw", "q_dw2", "q_dw3")
    + said("rb1", "q_rb1", "q_rb2")
    + said("rb2", "q_rb3", "q_rb4")
    + said("tq1", "q_tq1", "q_tq2")
    + said("she_tq", "q_tq3")
    + said("ph1", "q_ph1")
    + said("he_ph", "q_ph2")
    + said("lo", "q_lo")
    + said("gl2", "q_gl"),
)
