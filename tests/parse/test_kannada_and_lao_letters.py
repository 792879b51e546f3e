"""Reports sent as official letters in Word, in Kannada and in Lao.

A Bengaluru zonal office: the number and date ("ಸಂಖ್ಯೆ: … ದಿನಾಂಕ: …"), whom it is from and to ("ಇವರಿಂದ:", "ಇವರಿಗೆ:") over
their lines, "ಮಾನ್ಯರೇ," (Sir), the subject ("ವಿಷಯ: …"), the reference ("ಉಲ್ಲೇಖ") over the circular it answers, the cover
("ಮೇಲ್ಕಂಡ ವಿಷಯಕ್ಕೆ ಸಂಬಂಧಿಸಿದಂತೆ, …"), the sections, then "ಮೇಲ್ಕಂಡ ಮಾಹಿತಿಯನ್ನು ತಮ್ಮ ಅವಗಾಹನೆಗಾಗಿ ಸಲ್ಲಿಸಲಾಗಿದೆ.", "ತಮ್ಮ
ವಿಶ್ವಾಸಿ,", "ಸಹಿ/-", the signer's name in brackets, the post and "ಪ್ರತಿ:" over whom copies go to. A date in the last point
("ದಿನಾಂಕ 13.10.2026") is no phone number, so that point stays.

A Lao provincial department: the state's heading, the report's name, "ຮຽນ:" (to), "ເລື່ອງ:" (subject), "ອີງຕາມ:"
(according to), the cover ("… ຂໍລາຍງານ …"), sections numbered in Roman, risks with their measures ("ມາດຕະການ:"), then
"ດັ່ງນັ້ນ, … ເພື່ອຊາບ …" and "ບ່ອນສົ່ງ:" over its list. Only the sections are the report; their names take their keys,
and each risk carries its measure."""

from __future__ import annotations

import io

import docx

from sitroom.read import parse_bytes

KANNADA = [
    ("ಸಾರಾಂಶ", "highlights", ["ಜಲಾವೃತಗೊಂಡ ಬಡಾವಣೆಗಳ ಸಂಖ್ಯೆ: 54."]),
    ("ಹಾನಿಯ ವಿವರ", "impacts", ["ನೀರು ನುಗ್ಗಿದ ಮನೆಗಳ ಸಂಖ್ಯೆ: 1,080."]),
    ("ನಿಯೋಜಿತ ಸಿಬ್ಬಂದಿ", "workforce", ["ಕಾರ್ಯಾಚರಣೆಯಲ್ಲಿ ತೊಡಗಿರುವ ಸಿಬ್ಬಂದಿ: 101."]),
    ("ಅಪಾಯಗಳು", "risks", ["ಶಿಥಿಲ ಕಟ್ಟಡಗಳು ಕುಸಿಯುವ ಸಾಧ್ಯತೆ. ಕೈಗೊಂಡ ಕ್ರಮ: ಶಿಥಿಲ ಕಟ್ಟಡಗಳ ನಿವಾಸಿಗಳನ್ನು ಸ್ಥಳಾಂತರಿಸಲಾಗಿದೆ."]),
    ("ಮುಂದಿನ ಕ್ರಮಗಳು", "next-steps", ["ಮುಂದಿನ ವರದಿಯನ್ನು ದಿನಾಂಕ 13.10.2026 ರಂದು ಸಲ್ಲಿಸಲಾಗುವುದು."]),
]
LAO = [
    ("I. ສະຫຼຸບຫຍໍ້", "highlights", ["ຈຳນວນບ້ານທີ່ຖືກນ້ຳຖ້ວມ: 102."]),
    ("III. ຄວາມເສຍຫາຍ", "impacts", ["ຈຳນວນຄອບຄົວທີ່ໄດ້ຮັບຜົນກະທົບ: 2,564."]),
    ("VIII. ງົບປະມານ", "finance", ["ໄດ້ສະເໜີງົບປະມານສຸກເສີນຈາກລັດຖະບານ ຈຳນວນ 15,930 ລ້ານກີບ."]),
    ("IX. ຄວາມສ່ຽງ", "risks", ["ຄວາມສ່ຽງທີ່ຄັນດິນຈະພັງ ຢູ່ໃນການຕິດຕາມ. ມາດຕະການ: ໄດ້ເສີມຄັນດິນດ້ວຍກະສອບຊາຍ."]),
    ("X. ແຜນການຕໍ່ໜ້າ", "next-steps", ["ຄາດວ່າລະດັບນ້ຳຈະເລີ່ມຫຼຸດລົງ ພາຍໃນວັນທີ 11 ສິງຫາ."]),
]


def _save(d: docx.Document) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _bold(d: docx.Document, text: str, centre: bool = False) -> None:
    p = d.add_paragraph()
    p.add_run(text).bold = True
    if centre:
        p.alignment = 1


def _kannada() -> bytes:
    d = docx.Document()
    for line in ["ಬೃಹತ್ ಬೆಂಗಳೂರು ಮಹಾನಗರ ಪಾಲಿಕೆ", "ವಲಯ ಜಂಟಿ ಆಯುಕ್ತರ ಕಛೇರಿ, ಪೂರ್ವ ವಲಯ"]:
        _bold(d, line, centre=True)
    d.add_paragraph("ಸಂಖ್ಯೆ: ಜಂಆ(ಪೂವ)/ವಿಪನಿ/ಸಿಆರ್-1/2026-27\tದಿನಾಂಕ: 12.10.2026")
    _bold(d, "ಇವರಿಂದ:")
    d.add_paragraph("ವಲಯ ಜಂಟಿ ಆಯುಕ್ತರು,")
    _bold(d, "ಇವರಿಗೆ:")
    d.add_paragraph("ವಿಶೇಷ ಆಯುಕ್ತರು (ವಿಪತ್ತು ನಿರ್ವಹಣೆ),")
    d.add_paragraph("ಮಾನ್ಯರೇ,")
    _bold(d, "ವಿಷಯ: ಮಳೆ ಹಾನಿ ಕುರಿತು ದೈನಂದಿನ ವರದಿ ಸಲ್ಲಿಸುವ ಬಗ್ಗೆ – ವರದಿ ಸಂಖ್ಯೆ 1.")
    _bold(d, "ಉಲ್ಲೇಖ")
    d.add_paragraph("ವಿಶೇಷ ಆಯುಕ್ತರು (ವಿಪತ್ತು ನಿರ್ವಹಣೆ) ಇವರ ಸುತ್ತೋಲೆ ದಿನಾಂಕ: 09.10.2026.")
    d.add_paragraph("ಮೇಲ್ಕಂಡ ವಿಷಯಕ್ಕೆ ಸಂಬಂಧಿಸಿದಂತೆ, ಉಲ್ಲೇಖಿತ ಸುತ್ತೋಲೆಯನ್ವಯ ಪೂರ್ವ ವಲಯದಲ್ಲಿನ ಮಳೆ ಹಾನಿಯ ವಿವರಗಳನ್ನು ಈ ಕೆಳಕಂಡಂತೆ ಸಲ್ಲಿಸಿದೆ.")
    for heading, _, points in KANNADA:
        _bold(d, heading)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    d.add_paragraph("ಮೇಲ್ಕಂಡ ಮಾಹಿತಿಯನ್ನು ತಮ್ಮ ಅವಗಾಹನೆಗಾಗಿ ಸಲ್ಲಿಸಲಾಗಿದೆ.")
    for line in ["ತಮ್ಮ ವಿಶ್ವಾಸಿ,", "ಸಹಿ/-"]:
        d.add_paragraph(line).alignment = 2
    _bold(d, "(ಎಂ. ಶೋಭಾ)")
    for line in ["ವಲಯ ಜಂಟಿ ಆಯುಕ್ತರು,", "ಪೂರ್ವ ವಲಯ, ಬೃ.ಬೆಂ.ಮ.ಪಾ."]:
        d.add_paragraph(line)
    _bold(d, "ಪ್ರತಿ:")
    for line in ["ವಲಯ ಆಯುಕ್ತರು, ಪೂರ್ವ ವಲಯ – ಮಾಹಿತಿಗಾಗಿ.", "ಕಛೇರಿ ಪ್ರತಿ."]:
        d.add_paragraph(line, style="List Number")
    return _save(d)


def _lao() -> bytes:
    d = docx.Document()
    for line in ["ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ", "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ"]:
        _bold(d, line, centre=True)
    d.add_paragraph("=====000=====").alignment = 1
    for line in ["ບົດລາຍງານ", "ສະພາບໄພນ້ຳຖ້ວມ ແລະ ການຊ່ວຍເຫຼືອຜູ້ປະສົບໄພ ຄັ້ງທີ 1"]:
        _bold(d, line, centre=True)
    for label, value in [("ຮຽນ:", " ທ່ານ ເຈົ້າແຂວງ ແຂວງຄຳມ່ວນ"), ("ເລື່ອງ:", " ລາຍງານສະພາບໄພນ້ຳຖ້ວມ ປະຈຳວັນທີ 10 ສິງຫາ 2026"),
                         ("ອີງຕາມ:", " ແຈ້ງການຂອງຫ້ອງການແຂວງຄຳມ່ວນ ສະບັບເລກທີ 215/ຫກ.ຄມ")]:  # fmt: skip
        p = d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(value)
    d.add_paragraph("ພະແນກແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ ແຂວງຄຳມ່ວນ ຂໍລາຍງານສະພາບໄພນ້ຳຖ້ວມ ແລະ ການຊ່ວຍເຫຼືອຜູ້ປະສົບໄພ ດັ່ງນີ້:")
    for heading, _, points in LAO:
        _bold(d, heading)
        for p in points:
            d.add_paragraph(f"- {p}")
    d.add_paragraph("ດັ່ງນັ້ນ, ຈຶ່ງລາຍງານມາຍັງທ່ານ ເພື່ອຊາບ ແລະ ໃຫ້ທິດຊີ້ນຳຕື່ມ.")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "ບ່ອນສົ່ງ:\n- ຫ້ອງການແຂວງ 1 ສະບັບ\n- ເກັບມ້ຽນ 1 ສະບັບ"
    table.cell(0, 1).text = "ຫົວໜ້າພະແນກ\n\n\nທ່ານ ຄຳພອນ ວົງສາ"
    return _save(d)


def _read(data: bytes) -> list[tuple[str | None, str | None, list[str]]]:
    report = parse_bytes(data, "letter.docx")[0]
    return [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]


def test_a_kannada_letters_frame_is_left_out_and_its_sections_keyed() -> None:
    assert _read(_kannada()) == KANNADA


def test_a_lao_letters_frame_is_left_out_its_sections_keyed_and_risks_measured() -> None:
    assert _read(_lao()) == LAO
    risks = next(s for s in parse_bytes(_lao(), "letter.docx")[0].sections if s.key == "risks")
    assert [i.mitigation for i in risks.items] == ["ໄດ້ເສີມຄັນດິນດ້ວຍກະສອບຊາຍ."]
