"""Gold table of document 042: shadow housing minister quits (a second quote after a sentence-final attribution
with a place, "said X, the Labour MP for Y", a pronoun after several people, a reply of one word, a broken quote
after "she said,", two reported clauses, a second quote after a quote attributed to a role and name)."""

from __future__ import annotations

from .common import CON, LAB, LD, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "042_shadow-minister-quits-over-housing.txt",
    [
        # headline: leaving a front bench (an office) is a resignation, from the party's front bench
        ev("quits_h", "resignation", "minister [[quits]] Labour"),
        pa("lab_h", LAB, "quits [[Labour]] front bench"),
        # P1
        sp("td1", "Tamsin Doyle", "minister [[Tamsin Doyle]] resigned"),
        ev("resigned", "resignation", "Doyle [[resigned]] from"),
        pa("lab1", LAB, "from the [[Labour]] front bench on Tuesday"),
        Q("q_td1", "mixed", "saying [[the party had", 'building new homes]].'),
        # P2: the second quote follows a sentence-final attribution that names a place
        Q("q_td2", "direct", '"[[I cannot go out', 'we will meet,]]"'),
        sp("td2", "Tamsin Doyle", 'meet," [[Ms Doyle]] said at'),
        Q("q_td3", "direct", '"[[The families on our', 'than a slogan.]]"'),
        # P3: inverted attribution, role after the name
        Q("q_gp1", "direct", '"[[Tamsin has done', 'honourable thing,]]"'),
        sp("gp", "Gareth Pryce", "said [[Gareth Pryce]], the Labour"),
        pa("lab2", LAB, "the [[Labour]] MP for Rotherham"),
        Q("q_gp2", "direct", '"[[Others on the front bench', 'defending this.]]"'),
        # P4
        sp("hm1", "Helen Marsh", "leader, [[Helen Marsh]], said"),
        Q("q_hm1", "mixed", "said [[she was sorry", '"a talented colleague"]] but'),
        Q("q_hm2", "indirect", "insisted [[the target had", "not been dropped]]."),
        # P5
        Q("q_hm3", "direct", '"[[We will build the homes', 'country needs,]]"'),
        sp("hm2", "Helen Marsh", 'needs," [[Ms Marsh]] told'),
        Q("q_hm4", "direct", '"[[What we will not do', 'cannot pay for.]]"'),
        # P6: "she" after a question; the reply, then a second quote
        sp("td3", "Tamsin Doyle", "Sheffield, [[Ms Doyle]] was asked"),
        Q("q_td4", "direct", '"[[No," she', 'No,]]" she'),
        sp("she_td1", "Tamsin Doyle", '"No," [[she]] replied'),
        Q("q_td5", "direct", '"[[I am not interested in a leadership', 'in houses.]]"'),
        # P7: the Conservatives only react to the resignation
        pa("con1", CON, "The [[Conservatives]] seized"),
        ev("resignation", "resignation", "on the [[resignation]]."),
        Q("q_op1", "direct", '"[[Labour\'s housing policy', 'in chaos,]]"'),
        pa("con2", CON, "said [[Conservative]] housing spokesman"),
        sp("op1", "Oliver Penhale", "spokesman [[Oliver Penhale]]."),
        Q("q_op2", "direct", '"[[Their own ministers', 'defend it.]]"'),
        # P8
        sp("op2", "Oliver Penhale", "[[Mr Penhale]], the MP for Taunton"),
        Q("q_op3", "mixed", "added that [[the Government would", 'plans in the autumn"]].'),
        # P9: two reported clauses of one verb
        pa("lab3", LAB, "[[Labour]]'s deputy leader"),
        sp("sk1", "Sunil Khatri", "leader, [[Sunil Khatri]], sought"),
        sp("he_sk", "Sunil Khatri", "row. [[He]] said the party"),
        Q("q_sk1", "mixed", "He said [[the party remained", 'to council housing]] and that'),
        Q("q_sk2", "mixed", "and that [[Ms Doyle would be", 'before long"]].'),
        # P10
        sp("sk2", "Sunil Khatri", "the party, [[Mr Khatri]] told"),
        Q("q_sk3", "direct", 'programme: "[[Not at all.', 'who sits where.]]"'),
        # P11: broken quote after "she said,"
        sp("td4", "Tamsin Doyle", "[[Ms Doyle]], who was elected"),
        ev("elected", "election", "who was [[elected]] in 2017"),
        Q("q_td6", "indirect", "said [[she would now campaign", "the back benches]]."),
        Q("q_td7", "direct", '"[[I will be making', 'every week,]]"'),
        sp("she_td2", "Tamsin Doyle", 'week," [[she]] said, "in'),
        Q("q_td8", "direct", 'said, "[[in the chamber', 'outside it.]]"'),
        # P12: "the party's housing spokeswoman" names no party: no member_of
        pa("ld", LD, "The [[Liberal Democrats]] accused"),
        Q("q_rv1", "direct", '"[[Neither Labour nor', 'afford to live,]]"'),
        sp("rv", "Rhiannon Vaughan", "spokeswoman, [[Rhiannon Vaughan]], said"),
        Q("q_rv2", "direct", '"[[We do."', 'We do.]]"'),
    ],
    member("gp", "lab2")
    + member("op1", "con2")
    + member("sk1", "lab3")
    + part("quits_h", "lab_h")
    + part("resigned", "td1", "lab1")
    + part("elected", "td4")
    + said("td1", "q_td1")
    + said("td2", "q_td2", "q_td3")
    + said("gp", "q_gp1", "q_gp2")
    + said("hm1", "q_hm1", "q_hm2")
    + said("hm2", "q_hm3", "q_hm4")
    + said("she_td1", "q_td4", "q_td5")
    + said("op1", "q_op1", "q_op2")
    + said("op2", "q_op3")
    + said("he_sk", "q_sk1", "q_sk2")
    + said("sk2", "q_sk3")
    + said("td4", "q_td6")
    + said("she_td2", "q_td7", "q_td8")
    + said("rv", "q_rv1", "q_rv2"),
)
