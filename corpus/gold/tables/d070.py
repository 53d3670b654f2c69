"""Gold table of document 070 (batch dev-4): Tory MPs against a pension tax raid, with quotes in the headline and
the sub-headline (a quote attributed by a colon to a group, a reported clause of an unnamed backbencher, "X
insists: '…'"), "Chancellor" as a title used as a name in the headline and a role before the name in the body,
"Sir Anthony" (title and given name), anonymous MPs, a minister and allies as sources, British single and curly
double marks)."""

from __future__ import annotations

from .common import CON, LAB, LD, Gold, Q, ev, member, pa, said, sp, title

GOLD = Gold(
    "070_tory-mps-turn-on-chancellor.txt",
    [
        # headline: the quote is attributed to "Tory MPs" (no SPEAKER); "Chancellor" stands for its holder
        Q("q_mps_h", "direct", "‘[[We were lied to’:", "We were lied to]]’:"),
        pa("con_h", CON, "[[Tory]] MPs turn"),
        title("ch_h", "turn on [[Chancellor]] over", "Nicholas Hargreaves"),
        # sub-headline: an unnamed backbencher's clause, then "X insists: '…'"
        Q("q_bb_h", "mixed", "says [[Treasury plan is", "everything we stood on’]] as"),
        sp("nh1", "Nicholas Hargreaves", "as [[Hargreaves]] insists"),
        Q("q_nh1", "direct", "insists: ‘[[I will not back down’", "not back down]]’"),
        sp("pr", "Priya Raman", "By [[Priya Raman]], Deputy"),
        # P1: "accused X of" has no reported clause; the backbencher is unnamed
        pa("con1", CON, "[[Conservative]] MPs have accused"),
        sp("nh2", "Nicholas Hargreaves", "the Chancellor, [[Nicholas Hargreaves]], of"),
        Q("q_bb", "indirect", "warning that [[dozens could", "against the measure]]."),
        # P3: an anonymous MP
        Q("q_mp1", "direct", "‘[[We were lied to,", "lied to,]]’ one MP"),
        Q("q_mp2", "direct", "Telegraph. ‘[[We were told in January", "here we are.]]’"),
        # P4-P6
        sp("am1", "Anthony Mallory", "[[Sir Anthony Mallory]], the veteran"),
        Q("q_am1", "mixed", "said [[the plan was", "at the last election”]]."),
        Q("q_am2", "direct", "“[[I have supported every", "brought forward,]]”"),
        sp("am2", "Anthony Mallory", "forward,” [[Sir Anthony]] said"),
        Q("q_am3", "direct", "said. “[[I will not support this", "unless it changes.]]”"),
        sp("he_am1", "Anthony Mallory", "[[He]] told the BBC’s"),
        Q("q_am4", "indirect", "Thursday that [[he believed", "shared his concerns]]."),
        # "Asked whether he would vote": the vote has no SPEAKER or PARTY
        ev("vote", "vote", "he would [[vote]] against the Government"),
        sp("he_am2", "Anthony Mallory", "Government, [[he]] said:"),
        Q("q_am5", "direct", "said: “[[If it comes to that", "that, yes.]]”"),
        # P7-P8
        sp("nh3", "Nicholas Hargreaves", "[[Mr Hargreaves]] was unrepentant"),
        sp("he_nh1", "Nicholas Hargreaves", "Treasury, [[he]] said:"),
        Q("q_nh2", "direct", "said: ‘[[I will not back down. This", "of the load.]]’"),
        sp("he_nh2", "Nicholas Hargreaves", "[[He]] added that the change"),
        Q("q_nh3", "mixed", "added that [[the change would", "in twenty savers’]]."),
        # P9: the spokesman is the source; the Prime Minister before it is a title used as a name
        title("pm1", "The [[Prime Minister]]’s official"),
        Q("q_spokesman1", "mixed", "said [[manifesto promises", "sensible reform”]] and that"),
        Q("q_spokesman2", "mixed", "and that [[the Prime Minister had", "in the Chancellor]]."),
        # P10: "The shadow chancellor" after Labour's sentence names no party
        pa("lab", LAB, "[[Labour]] seized"),
        sp("bk", "Bridget Kavanagh", "chancellor, [[Bridget Kavanagh]], said"),
        Q("q_bk", "direct", "said: “[[The Tories promised", "than this chaos.]]”"),
        # P11
        pa("ld", LD, "The [[Liberal Democrats]]’ Treasury"),
        sp("amu", "Alistair Munro", "spokesman, [[Alistair Munro]], called"),
        Q("q_amu", "direct", "plan “[[a stealth tax", "on prudence]]”"),
        # P12
        pa("con2", CON, "Not all [[Tory]] MPs"),
        sp("cw", "Claire Wetherby", "[[Claire Wetherby]], who chairs"),
        Q("q_cw1", "mixed", "said [[the party “cannot", "at the same time”]]."),
        sp("she_cw", "Claire Wetherby", "[[She]] added: ‘Someone"),
        Q("q_cw2", "direct", "added: ‘[[Someone has to pay.", "honest about who.]]’"),
        # P13: an unnamed minister
        Q("q_minister", "mixed", "privately that [[the Chancellor had", "the mood badly’]]."),
        # P14: "became Chancellor" names the post; allies as the source
        sp("nh4", "Nicholas Hargreaves", "[[Mr Hargreaves]], who became"),
        title("pm2", "successor to the [[Prime Minister]]. Allies"),
        Q("q_allies", "indirect", "insisted [[he would ride", "out the storm]]."),
        Q("q_ally1", "direct", "“[[Nick has been here before,", "here before,]]”"),
        Q("q_ally2", "direct", "said. “[[He’ll be fine.", "be fine.]]”"),
    ],
    member("amu", "ld")
    + said("nh1", "q_nh1")
    + said("am1", "q_am1")
    + said("am2", "q_am2", "q_am3")
    + said("he_am1", "q_am4")
    + said("he_am2", "q_am5")
    + said("he_nh1", "q_nh2")
    + said("he_nh2", "q_nh3")
    + said("bk", "q_bk")
    + said("amu", "q_amu")
    + said("cw", "q_cw1")
    + said("she_cw", "q_cw2"),
)
