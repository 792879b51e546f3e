"""Figures keep both ends of a range, the relation their measure states, and whether they are earlier values.

``relation`` used to say only "previous" (a value quoted as an earlier one); that moves to
``earlier`` and ``relation`` now holds the kind of count the measure states ("new", "cumulative",
"lost" …). Stored figures are recomputed by ``sitroom reparse --all``.

Revision ID: 0010_figure_measures
Revises: 0009_learned_templates
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_figure_measures"
down_revision = "0009_learned_templates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("figure") as batch:
        batch.add_column(sa.Column("value_high", sa.Float(), nullable=True))
        batch.add_column(sa.Column("earlier", sa.Boolean(), nullable=False, server_default=sa.false()))
    figure = sa.table("figure", sa.column("relation", sa.String), sa.column("earlier", sa.Boolean))
    op.execute(figure.update().where(figure.c.relation == "previous").values(earlier=True, relation=None))


def downgrade() -> None:
    figure = sa.table("figure", sa.column("relation", sa.String), sa.column("earlier", sa.Boolean))
    op.execute(figure.update().values(relation=None))
    op.execute(figure.update().where(figure.c.earlier == sa.true()).values(relation="previous"))
    with op.batch_alter_table("figure") as batch:
        batch.drop_column("earlier")
        batch.drop_column("value_high")
