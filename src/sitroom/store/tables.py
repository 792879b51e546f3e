"""The database tables: organisations, series, reports with their sections and items, original files."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names, so that SQLite and PostgreSQL migrations stay identical.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Series(Base):
    """A recurring report stream: one service of one organisation, written to one template."""

    __tablename__ = "series"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    template: Mapped[str | None] = mapped_column(String(100))
    # YAML of the template learned from the first reports, when no named template fits the series.
    learned_template: Mapped[str | None] = mapped_column(Text)
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    organisation: Mapped[Organisation | None] = relationship(lazy="raise")


class Original(Base):
    """The bytes of an ingested file, content-addressed, so any report can be re-parsed later."""

    __tablename__ = "original"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    filename: Mapped[str] = mapped_column(String(500))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    stored_at: Mapped[datetime] = mapped_column(DateTime)


# Report.status: a stored return counts until a corrected return for its date supersedes it.
SUBMITTED, SUPERSEDED = "submitted", "superseded"


class Report(Base):
    """One sitrep. ``part`` is 0 for a file's own content, 1.. for documents attached to an e-mail.

    A ``superseded`` report keeps its original, sections and items, but has no links, figures or
    themes: series order, linking and briefs leave it out (see store/supersede.py)."""

    __tablename__ = "report"
    __table_args__ = (
        UniqueConstraint("sha256", "part", name="uq_report_sha256_part"),
        # A series' reports in date order: neighbours, latest report, cycle returns (migration 0006).
        Index("ix_report_series_date", "series_id", "period_date", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("original.sha256"))
    part: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(10))
    template: Mapped[str | None] = mapped_column(String(100))
    title: Mapped[str | None] = mapped_column(Text)
    period_date: Mapped[date | None] = mapped_column(Date, index=True)
    number: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default=SUBMITTED)
    warnings: Mapped[list[str]] = mapped_column(JSON, default=list)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    ingested_by: Mapped[str | None] = mapped_column(String(200))
    parser_version: Mapped[str] = mapped_column(String(20))

    series: Mapped[Series] = relationship(lazy="raise")
    sections: Mapped[list[Section]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="Section.position", passive_deletes=True
    )


class Section(Base):
    __tablename__ = "section"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str | None] = mapped_column(String(100), index=True)
    heading: Mapped[str | None] = mapped_column(Text)
    level: Mapped[int] = mapped_column(Integer, default=1)

    items: Mapped[list[Item]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="Item.position", passive_deletes=True
    )


class Item(Base):
    """One bullet or paragraph. ``position`` numbers the items of a report in document order."""

    __tablename__ = "item"

    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("section.id", ondelete="CASCADE"), index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    mitigation: Mapped[str | None] = mapped_column(Text)
    page: Mapped[int | None] = mapped_column(Integer)
    char_start: Mapped[int] = mapped_column(Integer)
    char_end: Mapped[int] = mapped_column(Integer)


class Link(Base):
    """An item's relation to the report before it in its series.

    ``item_id`` is the item of ``report_id``; ``prev_item_id`` its predecessor (in ``prev_report_id``,
    usually the previous report, or one a few reports back when the item skipped a report). A ``new``
    item has no predecessor; a ``dropped`` row has no item: its ``prev_item_id`` was not reported again.
    """

    __tablename__ = "link"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    prev_report_id: Mapped[int | None] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    prev_item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    score: Mapped[float | None] = mapped_column(Float)
    possible: Mapped[bool] = mapped_column(Boolean, default=False)


class FigureRow(Base):
    """A quantity stated in an item: value (the low end of a range, ``value_high`` the high end), unit,
    qualifier, subject (the measure as stated), the relation it states ("new", "cumulative", "lost" …),
    whether it is quoted as an earlier value, and its as-of date."""

    __tablename__ = "figure"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(12))
    currency: Mapped[str | None] = mapped_column(String(3))
    qualifier: Mapped[str | None] = mapped_column(String(12))
    subject: Mapped[str] = mapped_column(String(200), index=True)
    text: Mapped[str] = mapped_column(String(200))
    as_of: Mapped[date | None] = mapped_column(Date)
    relation: Mapped[str | None] = mapped_column(String(12))
    value_high: Mapped[float | None] = mapped_column(Float)
    earlier: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ItemTheme(Base):
    """A theme given to an item by the taxonomy."""

    __tablename__ = "item_theme"

    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), primary_key=True)
    theme: Mapped[str] = mapped_column(String(60), primary_key=True, index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    score: Mapped[float] = mapped_column(Float)


class Draft(Base):
    """A sitrep being written in the submission form. ``content`` holds the sections and items as
    edited (each item with its mark: unchanged, edited, resolved, new); submitting turns it into a
    report through the same pipeline as an ingest and sets ``report_id``."""

    __tablename__ = "draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"), index=True)
    template: Mapped[str | None] = mapped_column(String(100))
    period_date: Mapped[date | None] = mapped_column(Date)
    content: Mapped[dict] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft | submitted
    report_id: Mapped[int | None] = mapped_column(ForeignKey("report.id", ondelete="SET NULL"))
    created_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


# --- Accounts, API tokens, audit log and settings (migration 0005) ---------------------------------


class User(Base):
    """A local account. ``role`` is admin, coordinator, contributor or reader (see sitroom.accounts.policy)."""

    __tablename__ = "user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str | None] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_login: Mapped[datetime | None] = mapped_column(DateTime)


class UserOrganisation(Base):
    """A user's membership of an organisation (a coordinator sees every series of it)."""

    __tablename__ = "user_organisation"

    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class UserSeries(Base):
    """A series assigned to a contributor, who may write drafts and submissions for it."""

    __tablename__ = "user_series"

    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"), primary_key=True, index=True)


class ApiToken(Base):
    """An API token: only its SHA-256 is stored; ``prefix`` (its first characters) identifies it to people.
    It acts with its user's role and organisations, so changing or disabling the user changes the token."""

    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(12))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class UserSession(Base):
    """A signed-in browser session. Only the SHA-256 of its random id is stored (the cookie holds the id);
    deleting the row ends the session at once for every server process."""

    __tablename__ = "user_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class Audit(Base):
    """Who did what to which object, when, with the values before and after.

    ``username`` is a name, not a key: audit rows outlive accounts, and non-people act too
    ("system" for unattended work, "local" for the command line and single-user mode)."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    username: Mapped[str] = mapped_column(String(100), index=True)
    action: Mapped[str] = mapped_column(String(20), index=True)
    object_type: Mapped[str | None] = mapped_column(String(40))
    object_id: Mapped[str | None] = mapped_column(String(100))
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
    detail: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    """Per-database settings, such as the secret that signs session cookies when SITROOM_SECRET_KEY is unset."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SeriesAlias(Base):
    """A title a series has been published under ("Novel Coronavirus (2019-nCoV) Situation Report" before
    it became "Coronavirus disease 2019 (COVID-19) Situation Report"), keyed without numbers and dates."""

    __tablename__ = "series_alias"
    __table_args__ = (UniqueConstraint("series_id", "title_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"))
    title_key: Mapped[str] = mapped_column(String(300), index=True)
    title: Mapped[str] = mapped_column(String(500))


class ReportFingerprint(Base):
    """What a report's template looks like, to tell which series a later report continues: its title key
    and hashes of its headings and short boilerplate lines with numbers blanked out."""

    __tablename__ = "report_fingerprint"

    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), primary_key=True)
    title_key: Mapped[str] = mapped_column(String(300))
    lines: Mapped[list[str]] = mapped_column(JSON)


class SeriesSuggestion(Base):
    """A merge ("series_id looks like a continuation of other_series_id") or split ("report_id may not
    belong to series_id") that ingestion was unsure of; ``status`` is open, accepted or dismissed."""

    __tablename__ = "series_suggestion"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"), index=True)
    other_series_id: Mapped[int | None] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"))
    report_id: Mapped[int | None] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"))
    score: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="open")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class MailSender(Base):
    """A sender rule of mail intake: an address, or "@domain" for all of its addresses, and the
    organisation (and series, when given) its returns belong to. Names, not keys: a rule may name a
    series no report has started yet."""

    __tablename__ = "mail_sender"

    id: Mapped[int] = mapped_column(primary_key=True)
    match: Mapped[str] = mapped_column(String(320), unique=True)
    organisation: Mapped[str] = mapped_column(String(200))
    series: Mapped[str | None] = mapped_column(String(300))


class MailContact(Base):
    """An address reminded of a series' return by ``sitroom chase``."""

    __tablename__ = "mail_contact"
    __table_args__ = (UniqueConstraint("series", "address"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    series: Mapped[str] = mapped_column(String(300), index=True)
    address: Mapped[str] = mapped_column(String(320))
