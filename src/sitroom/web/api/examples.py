"""Example values of the API's response models, as /docs shows them: one realistic record of each.

They are plain data, checked against their models by the tests, so an example never drifts from the
shape the API really returns.
"""

from __future__ import annotations

SERIES = "Northfield Council – Children's Services"
ORG = "Northfield Council"

COUNTS = {"new": 2, "updated": 3, "continuing": 9, "dropped": 1}

SERIES_SUMMARY = {
    "id": 3,
    "name": SERIES,
    "template": "childrens-services-covid",
    "organisation": ORG,
    "reports": 42,
    "first": "2020-03-23",
    "last": "2020-05-04",
}

REPORT_SUMMARY = {
    "id": 118,
    "series_id": 3,
    "series": SERIES,
    "organisation": ORG,
    "date": "2020-05-04",
    "number": 31,
    "title": "Children's Services COVID-19 Sitrep 31",
    "source": "cs-sitrep-31.docx",
    "format": "docx",
    "items": 15,
    "counts": COUNTS,
    "status": "submitted",
    "superseded_by": None,
}

LINK = {
    "id": 2071,
    "report_id": 118,
    "item_id": 5530,
    "prev_report_id": 117,
    "prev_item_id": 5498,
    "status": "updated",
    "score": 0.82,
    "possible": False,
    "text": "Staff absence at 14%, up from 11%; agency cover booked for two homes.",
    "prev_text": "Staff absence at 11%; agency cover being sought.",
}

RISK_THREAD = {
    "thread": 4410,
    "series": SERIES,
    "status": "open",
    "label": "escalating",
    "trend": "escalating",
    "first_seen": "2020-04-06",
    "last_seen": "2020-05-04",
    "reports": 5,
    "risk": "Placement sufficiency for children with complex needs is under pressure.",
    "mitigation": "Weekly sufficiency call with providers; spot purchasing agreed.",
    "items": [4410, 4702, 5011, 5290, 5533],
    "history": [
        {
            "item_id": 4410,
            "report_id": 110,
            "report_date": "2020-04-06",
            "text": "Placement sufficiency may come under pressure.",
        },
        {
            "item_id": 5533,
            "report_id": 118,
            "report_date": "2020-05-04",
            "text": "Placement sufficiency for children with complex needs is under pressure.",
        },
    ],
}

FIGURE_SERIES = {
    "series": SERIES,
    "subject": "children in care",
    "relation": "total",
    "unit": "count",
    "currency": None,
    "points": [
        {"date": "2020-04-27", "value": 412, "value_high": None, "qualifier": None, "report_id": 117,
         "item_id": 5490, "text": "412 children in care (408 last week)."},
        {"date": "2020-05-04", "value": 415, "value_high": None, "qualifier": None, "report_id": 118,
         "item_id": 5521, "text": "415 children in care."},
    ],
    "latest": 415,
    "previous": 412,
    "change": 3,
}  # fmt: skip

THEME_PERIOD = {"period": "2020-04-27", "themes": {"workforce": 12, "finance": 4, "safeguarding": 7}}

SEARCH_HIT = {
    "item_id": 5530,
    "report_id": 118,
    "text": "Staff absence at 14%, up from 11%; agency cover booked for two homes.",
    "section": "workforce",
    "heading": "Workforce",
    "date": "2020-05-04",
    "series": SERIES,
    "status": "submitted",
    "snippet": "«Staff» absence at 14%, up from 11%; agency cover booked for two homes.",
    "score": 7.1342,
}


def page(item: dict, total: int = 1, limit: int = 50, **extra) -> dict:
    """A page envelope around one example item."""
    return {"total": total, "limit": limit, "offset": 0, "items": [item], **extra}


SERIES_DETAIL = {**SERIES_SUMMARY, "cadence_days": 7, "report_list": [REPORT_SUMMARY]}

REPORT_DETAIL = {
    **REPORT_SUMMARY,
    "template": "childrens-services-covid",
    "sha256": "9f2c4e7a1b0d83e5c6f4a2b19d7e0c3f5a8b6d4e2c1f0a9b8c7d6e5f4a3b2c1d",
    "ingested_at": "2020-05-04T09:12:33",
    "warnings": [],
    "previous": {"id": 117, "date": "2020-04-27", "number": 30, "title": "Children's Services COVID-19 Sitrep 30"},
    "next": None,
    "sections": [
        {
            "key": "workforce",
            "heading": "Workforce",
            "level": 1,
            "items": [
                {"id": 5530, "position": 1, "text": LINK["text"], "mitigation": None, "page": 1, "status": "updated",
                 "prev_item_id": 5498, "prev_report_id": 117, "prev_text": LINK["prev_text"], "possible": False},
            ],
        }
    ],
    "dropped": [],
}  # fmt: skip
