"""An index of each series' reports in date order.

A report's previous and next report, a series' latest report and the returns of a cycle read a
series' reports around a date; with only the separate series and date indexes, each of those sorted
every report of the series (thousands, for years of daily returns) to find a few.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_report_series_date", "report", ["series_id", "period_date", "id"])


def downgrade() -> None:
    op.drop_index("ix_report_series_date", table_name="report")
