"""Section names in Dhivehi, written in Thaana, for the vocabulary (``sitroom.parse.vocabulary``, merged by way of
``sitroom.parse.incidentwords``).

A Maldivian island or atoll council reporting to the national disaster authority names the parts of its report as
every report does: the summary ("ޚުލާސާ"), the situation and the weather as it is ("ހާލަތު", "މޫސުމީ ހާލަތު"), the
impacts and damage ("އަސަރު", "ގެއްލުންތައް"), the help given ("އެހީތެރިކަން"), the staff and volunteers
("މުވައްޒަފުން", "ވޮލަންޓިއަރުން"), the costs ("ޚަރަދު"), the risks ("ނުރައްކާތައް") and the steps to take next
("ކުރިޔަށް އަޅާނެ ފިޔަވަޅުތައް"). The words are compared folded, as the vocabulary's are (Thaana's vowel signs are
parts of its words).
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
DHIVEHI: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("ޚުލާސާ", "ޚުލާސާއެއް", "މުހިންމު ނުކުތާތައް"),
    K.SITUATION: ("ހާލަތު", "މިހާރުގެ ހާލަތު", "މޫސުމީ ހާލަތު", "މޫސުމުގެ ހާލަތު", "ރަށުގެ ހާލަތު"),
    K.FORECAST: ("މޫސުމީ ލަފާ", "މޫސުމުގެ ލަފާ", "ލަފާ"),
    K.IMPACTS: ("އަސަރު", "ކުރި އަސަރު", "ކުރި އަސަރުތައް", "ގެއްލުންތައް", "ގެއްލުން", "ލިބުނު ގެއްލުންތައް"),
    K.RESPONSE: ("އެޅި ފިޔަވަޅުތައް", "އަޅާފައިވާ ފިޔަވަޅުތައް", "ރެސްޕޮންސް"),
    K.ASSISTANCE: ("އެހީތެރިކަން", "އެހީ", "ރައްޔިތުންނަށް އެހީތެރިވުން"),
    K.WORKFORCE: ("މުވައްޒަފުން", "މުވައްޒަފުންނާއި ވޮލަންޓިއަރުން", "ވޮލަންޓިއަރުން", "ޓީމުތައް"),
    K.FINANCE: ("ޚަރަދު", "ބަޖެޓް", "ޚަރަދާއި ބަޖެޓް"),
    K.RISKS: ("ނުރައްކާތައް", "ނުރައްކާ", "ކަންބޮޑުވުންތައް"),
    K.COMMUNICATIONS: ("ހޭލުންތެރިކަން", "މަޢުލޫމާތު ފޯރުކޮށްދިނުން"),
    K.NEXT_STEPS: ("ކުރިޔަށް އަޅާނެ ފިޔަވަޅުތައް", "ކުރިއަށް އަޅާނެ ފިޔަވަޅުތައް", "ދެން އަޅާނެ ފިޔަވަޅުތައް"),
}  # fmt: skip
