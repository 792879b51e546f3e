"""Initial schema: organisations, series, originals, reports, sections, items and full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.UniqueConstraint("name", name="uq_organisation_name"),
    )
    op.create_table(
        "series",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column(
            "organisation_id",
            sa.Integer(),
            sa.ForeignKey("organisation.id", name="fk_series_organisation_id_organisation"),
        ),
        sa.Column("template", sa.String(100)),
        sa.Column("cadence_days", sa.Integer()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("name", name="uq_series_name"),
    )
    op.create_index("ix_series_organisation_id", "series", ["organisation_id"])
    op.create_table(
        "original",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("filename", sa.String(500), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "report",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "series_id", sa.Integer(), sa.ForeignKey("series.id", name="fk_report_series_id_series"), nullable=False
        ),
        sa.Column(
            "sha256", sa.String(64), sa.ForeignKey("original.sha256", name="fk_report_sha256_original"), nullable=False
        ),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(500), nullable=False),
        sa.Column("format", sa.String(10), nullable=False),
        sa.Column("template", sa.String(100)),
        sa.Column("title", sa.Text()),
        sa.Column("period_date", sa.Date()),
        sa.Column("number", sa.Integer()),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.Column("ingested_by", sa.String(200)),
        sa.Column("parser_version", sa.String(20), nullable=False),
        sa.UniqueConstraint("sha256", "part", name="uq_report_sha256_part"),
    )
    op.create_index("ix_report_series_id", "report", ["series_id"])
    op.create_index("ix_report_period_date", "report", ["period_date"])
    op.create_table(
        "section",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "report_id",
            sa.Integer(),
            sa.ForeignKey("report.id", ondelete="CASCADE", name="fk_section_report_id_report"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(100)),
        sa.Column("heading", sa.Text()),
        sa.Column("level", sa.Integer(), nullable=False),
    )
    op.create_index("ix_section_report_id", "section", ["report_id"])
    op.create_index("ix_section_key", "section", ["key"])
    op.create_table(
        "item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "section_id",
            sa.Integer(),
            sa.ForeignKey("section.id", ondelete="CASCADE", name="fk_item_section_id_section"),
            nullable=False,
        ),
        sa.Column(
            "report_id",
            sa.Integer(),
            sa.ForeignKey("report.id", ondelete="CASCADE", name="fk_item_report_id_report"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("mitigation", sa.Text()),
        sa.Column("page", sa.Integer()),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
    )
    op.create_index("ix_item_section_id", "item", ["section_id"])
    op.create_index("ix_item_report_id", "item", ["report_id"])

    if op.get_bind().dialect.name == "sqlite":
        # An external-content FTS5 index over item text and mitigation, kept in step by triggers.
        op.execute(
            "CREATE VIRTUAL TABLE item_fts USING fts5(text, mitigation, content='item', content_rowid='id', "
            "tokenize='porter unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER item_fts_insert AFTER INSERT ON item BEGIN "
            "INSERT INTO item_fts(rowid, text, mitigation) VALUES (new.id, new.text, coalesce(new.mitigation, '')); END"
        )
        op.execute(
            "CREATE TRIGGER item_fts_delete AFTER DELETE ON item BEGIN "
            "INSERT INTO item_fts(item_fts, rowid, text, mitigation) "
            "VALUES ('delete', old.id, old.text, coalesce(old.mitigation, '')); END"
        )
        op.execute(
            "CREATE TRIGGER item_fts_update AFTER UPDATE ON item BEGIN "
            "INSERT INTO item_fts(item_fts, rowid, text, mitigation) "
            "VALUES ('delete', old.id, old.text, coalesce(old.mitigation, '')); "
            "INSERT INTO item_fts(rowid, text, mitigation) VALUES (new.id, new.text, coalesce(new.mitigation, '')); END"
        )
    else:
        op.execute(
            "ALTER TABLE item ADD COLUMN search tsvector GENERATED ALWAYS AS "
            "(to_tsvector('english', text || ' ' || coalesce(mitigation, ''))) STORED"
        )
        op.execute("CREATE INDEX ix_item_search ON item USING gin (search)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS item_fts")
    for table in ("item", "section", "report", "original", "series", "organisation"):
        op.drop_table(table)
