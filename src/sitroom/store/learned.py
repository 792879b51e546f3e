"""A series learns its own template from its first reports when no named template fits it."""

from __future__ import annotations

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom import yamltext
from sitroom.errors import TemplateError
from sitroom.store.tables import Report, Section, Series
from sitroom.templates import Template, template_from_dict
from sitroom.templates.learn import Heading, learn_template, slug

# The reports a series is learned from: enough to tell its standing headings from one-offs.
LEARN_FROM = 3
# Fewer standing headings than this is no template (one shared "Update" heading says nothing).
MIN_SECTIONS = 2


def learned_template(series: Series) -> Template | None:
    """The series' learned template, or None (none learned yet, or its YAML no longer reads)."""
    if not series.learned_template:
        return None
    try:
        data = yamltext.safe_load(series.learned_template)
        return template_from_dict(data, f"series {series.name}") if isinstance(data, dict) else None
    except (yaml.YAMLError, TemplateError):
        return None


def learn_for_series(session: Session, series: Series) -> Template | None:
    """Learn and keep the series' template once it has ``LEARN_FROM`` reports and none uses a named one."""
    if series.template or series.learned_template:
        return None
    first = session.execute(
        select(Report.id, Report.template)
        .where(Report.series_id == series.id)
        .order_by(Report.period_date.is_(None), Report.period_date, Report.id)
        .limit(LEARN_FROM)
    ).all()
    if len(first) < LEARN_FROM or any(t for _, t in first):
        return None
    ids = [rid for rid, _ in first]
    rows = session.execute(
        select(Section.report_id, Section.heading, Section.key, Section.level)
        .where(Section.report_id.in_(ids), Section.heading.is_not(None))
        .order_by(Section.report_id, Section.position)
    ).all()
    per_report = [[Heading(h, k, lvl) for rid, h, k, lvl in rows if rid == report_id] for report_id in ids]
    template = learn_template(per_report, f"series-{slug(series.name)}", series.name)
    if len(template.sections) < MIN_SECTIONS:
        return None
    series.learned_template = template.to_yaml()
    return template
