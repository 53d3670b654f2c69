"""Gold table of document 006: Chancellor resigns (unnamed Prime Minister, appointment, partial quote)."""

from __future__ import annotations

from .common import LAB, LD, Gold, Q, ev, member, pa, part, said, sp, title

GOLD = Gold(
    "006_chancellor-resigns.txt",
    [
        sp("da_h", "Daniel Ashworth", "Chancellor [[Daniel Ashworth]] resigns"),
        ev("resigns", "resignation", "Ashworth [[resigns]] in"),
        sp("da1", "Daniel Ashworth", "[[Daniel Ashworth]] has resigned"),
        ev("resigned", "resignation", "has [[resigned]] as"),
        ev("resignation1", "resignation", "his [[resignation]] letter"),
        sp("da2", "Daniel Ashworth", "[[Mr Ashworth]] wrote"),
        Q("q_da", "mixed", "wrote that [[he could not", "further borrowing]]."),
        title("pm", "The [[Prime Minister]] replied"),
        Q("q_pm", "direct", "of her own: “[[I am sorry", "for your service.]]”"),
        sp("pmn1", "Priya Menon", "Secretary [[Priya Menon]] was"),
        ev("appointed", "appointment", "was [[appointed]] as"),
        sp("pmn2", "Priya Menon", "[[Ms Menon]] said"),
        Q("q_pmn", "mixed", "Ms Menon said [[she would bring", "to the Treasury]]."),
        ev("resignation2", "resignation", "seized on the [[resignation]]."),
        pa("lab", LAB, "[[Labour]]’s Treasury"),
        sp("af1", "Angela Forde", "spokesperson, [[Angela Forde]], said"),
        Q("q_af", "direct", "said: “[[This is a government in chaos", "Minister’s sums.]]”"),
        sp("af2", "Angela Forde", "[[Ms Forde]] also"),
        Q("q_af_partial", "direct", "the “[[reckless", "reckless]]” borrowing"),
        pa("ld", LD, "[[Lib Dem]] leader Tom"),
        sp("ta", "Tom Aylward", "leader [[Tom Aylward]] called"),
    ],
    member("af1", "lab")
    + member("ta", "ld")
    + part("resigns", "da_h")
    + part("resigned", "da1")
    + part("resignation1", "da2")
    + part("appointed", "pmn1")
    + said("da2", "q_da")
    + said("pm", "q_pm")
    + said("pmn2", "q_pmn")
    + said("af1", "q_af")
    + said("af2", "q_af_partial"),
)
