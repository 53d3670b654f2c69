"""Gold table of document 049: Lib Dem conference (a title used as a name with no holder named, before and after a
quote; "she said:" after a sentence about someone; a quote whose speaker is named in the next paragraph ("That
was the verdict of X"); "the party's leader, X, told"; a reported clause whose own verb takes "that"; an aides'
clause with the person inside it)."""

from __future__ import annotations

from .common import CON, LD, Gold, Q, ev, member, pa, said, sp, title

GOLD = Gold(
    "049_lib-dem-conference-care-pledge.txt",
    [
        # headline: "pledge" is a noun here
        pa("ld_h", LD, "[[Lib Dems]] pledge"),
        # P1
        pa("ld1", LD, "The [[Liberal Democrats]] opened"),
        # P2: "the party's leader" names no party: no member_of
        Q("q_hl1", "direct", "“[[Nobody should have", "care they need,]]”"),
        sp("hl1", "Harriet Lowe", "leader, [[Harriet Lowe]], told"),
        Q("q_hl2", "direct", "“[[Not in a country", "rich as ours.]]”"),
        # P3: the party's costings as source
        Q("q_costings", "indirect", "[[The plan would be paid", "more than £2 million]], according"),
        # P4: a title used as a name; the document never names the holder
        title("pm1", "The [[Prime Minister]] dismissed"),
        Q("q_pm1", "direct", "“[[It is a fantasy", "press release,]]”"),
        title("pm2", "release,” the [[Prime Minister]] said"),
        Q("q_pm2", "direct", "“[[The Liberal Democrats have never", "for anything.]]”"),
        # P5: "she said:" after a sentence about Ms Lowe; "The Prime Minister" inside the quote
        sp("hl2", "Harriet Lowe", "[[Ms Lowe]] was ready"),
        sp("she_hl", "Harriet Lowe", "programme, [[she]] said:"),
        Q("q_hl3", "direct", "said: “[[The Prime Minister has had", "not even tried.]]”"),
        # P6: the local elections: no SPEAKER or PARTY of the sentence takes part
        ev("elections", "election", "local [[elections]]. Delegates"),
        sp("ta1", "Tom Ashworth", "leader, [[Tom Ashworth]], told"),
        Q("q_ta1", "mixed", "told them [[the party was", "in a century”]]."),
        # P7
        Q("q_ta2", "direct", "“[[We won Winchester.", "for ever,]]”"),
        sp("ta2", "Tom Ashworth", "ever,” [[Mr Ashworth]] said"),
        Q("q_ta3", "direct", "“[[Now we are coming", "for the rest.]]”"),
        # P8
        sp("pn", "Priya Nair", "convinced. [[Priya Nair]], a councillor"),
        Q("q_pn1", "mixed", "warned that [[the levy would", "on the doorstep”]]."),
        # P9: a broken quote after "she said."
        Q("q_pn2", "direct", "“[[I support the policy,", "the policy,]]”"),
        sp("she_pn", "Priya Nair", "policy,” [[she]] said."),
        Q("q_pn3", "direct", "“[[But we need to explain", "the last time.]]”"),
        # P10-11: the speaker of this quote paragraph is named in the next paragraph
        Q("q_mr", "direct", "“[[This is the most ambitious", "before the country.]]”"),
        sp("mr", "Malcolm Ruddock", "verdict of [[Sir Malcolm Ruddock]], a former"),
        pa("ld2", LD, "former [[Liberal Democrat]] health minister"),
        # P12: the clause after "said" runs on past its own "showed that"; "Lib Dems" is inside it
        pa("con", CON, "[[Conservative]] chairman"),
        sp("gv1", "Gregory Vane", "chairman [[Gregory Vane]] said"),
        Q("q_gv1", "mixed", "Vane said [[the plan showed", "public finances”]]."),
        sp("gv2", "Gregory Vane", "[[Mr Vane]], the MP for Bromsgrove"),
        Q("q_gv2", "direct", "added: “[[Every Lib Dem promise", "someone else.]]”"),
        # P13: the aides are the source; Ms Lowe's name is in the sentence before
        sp("hl3", "Harriet Lowe", "[[Ms Lowe]] will close"),
        Q("q_aides", "mixed", "aides said [[she would use it", "of any party”]]."),
    ],
    member("mr", "ld2")
    + member("gv1", "con")
    + said("hl1", "q_hl1", "q_hl2")
    + said("pm2", "q_pm1", "q_pm2")
    + said("she_hl", "q_hl3")
    + said("ta1", "q_ta1")
    + said("ta2", "q_ta2", "q_ta3")
    + said("pn", "q_pn1")
    + said("she_pn", "q_pn2", "q_pn3")
    + said("mr", "q_mr")
    + said("gv1", "q_gv1")
    + said("gv2", "q_gv2"),
)
