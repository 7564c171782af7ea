"""Initial server schema: the entity tables of the devices plus the sync tables.

Frozen: written as explicit operations (generated once from the models of this
release), so that a later change of the models is a new revision that existing
servers can apply. ``tests/integration/sync/test_server_schema.py`` checks that the
migrations and the models do not drift apart.

Revision ID: s0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "libraries",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("commune", sa.String(length=120), nullable=True),
        sa.Column("set_aside_days", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_libraries")),
        sa.UniqueConstraint("code", name=op.f("uq_libraries_code")),
    )
    op.create_table(
        "records",
        sa.Column("source_id", sa.String(length=80), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("subtitle", sa.String(length=500), nullable=True),
        sa.Column("authors", sa.String(length=500), nullable=True),
        sa.Column("subjects", sa.String(length=1000), nullable=True),
        sa.Column("genre", sa.String(length=60), nullable=True),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.Column("format", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=3), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("isbn", sa.String(length=20), nullable=True),
        sa.Column("publisher", sa.String(length=200), nullable=True),
        sa.Column("series", sa.String(length=300), nullable=True),
        sa.Column("physical_description", sa.String(length=200), nullable=True),
        sa.Column("summary", sa.String(length=4000), nullable=True),
        sa.Column("dewey", sa.String(length=20), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_records")),
    )
    op.create_index(op.f("ix_records_format"), "records", ["format"], unique=False)
    op.create_index(op.f("ix_records_genre"), "records", ["genre"], unique=False)
    op.create_index(op.f("ix_records_isbn"), "records", ["isbn"], unique=False)
    op.create_index(op.f("ix_records_source_id"), "records", ["source_id"], unique=False)
    op.create_index("ix_records_title", "records", ["title"], unique=False)
    op.create_table(
        "sync_applied_ops",
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("result", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_sync_applied_ops")),
    )
    op.create_index(
        op.f("ix_sync_applied_ops_device_id"), "sync_applied_ops", ["device_id"], unique=False
    )
    op.create_table(
        "sync_change_log",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            sa.Identity(always=False),
            nullable=False,
        ),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_change_log")),
    )
    op.create_table(
        "sync_clock_skew",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("skew_ms", sa.BigInteger(), nullable=False),
        sa.Column("observed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_clock_skew")),
    )
    op.create_index(
        op.f("ix_sync_clock_skew_device_id"), "sync_clock_skew", ["device_id"], unique=False
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("kept_hlc", sa.String(length=64), nullable=True),
        sa.Column("losing_value", sa.JSON(), nullable=True),
        sa.Column("losing_hlc", sa.String(length=64), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("op_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("resolved_by", sa.String(length=120), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_table(
        "sync_devices",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=True),
        sa.Column("enrol_code_hash", sa.String(length=64), nullable=True),
        sa.Column("enrolled_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=True),
        sa.Column("client_node", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_devices")),
        sa.UniqueConstraint("enrol_code_hash", name=op.f("uq_sync_devices_enrol_code_hash")),
        sa.UniqueConstraint("name", name=op.f("uq_sync_devices_name")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_sync_devices_token_hash")),
    )
    op.create_table(
        "sync_row_versions",
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("versions", sa.JSON(), nullable=False),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("entity", "entity_id", name=op.f("pk_sync_row_versions")),
    )
    op.create_table(
        "sync_server_settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=4000), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_server_settings")),
    )
    op.create_table(
        "volunteers",
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("availability", sa.JSON(), nullable=False),
        sa.Column("communes", sa.JSON(), nullable=False),
        sa.Column("max_visits", sa.Integer(), nullable=False),
        sa.Column("start_address", sa.String(length=300), nullable=True),
        sa.Column("start_latitude", sa.Double(), nullable=True),
        sa.Column("start_longitude", sa.Double(), nullable=True),
        sa.Column("is_staff", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteers")),
    )
    op.create_table(
        "rounds",
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("volunteer_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["volunteer_id"], ["volunteers.id"], name=op.f("fk_rounds_volunteer_id_volunteers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rounds")),
    )
    op.create_index(op.f("ix_rounds_date"), "rounds", ["date"], unique=False)
    op.create_index(op.f("ix_rounds_volunteer_id"), "rounds", ["volunteer_id"], unique=False)
    op.create_table(
        "tours",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("vehicle", sa.String(length=120), nullable=True),
        sa.Column("library_id", sa.String(length=36), nullable=True),
        sa.Column("color", sa.String(length=9), nullable=True),
        sa.Column("loan_days", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["library_id"], ["libraries.id"], name=op.f("fk_tours_library_id_libraries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tours")),
        sa.UniqueConstraint("name", name=op.f("uq_tours_name")),
    )
    op.create_table(
        "items",
        sa.Column("barcode", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("call_number", sa.String(length=60), nullable=True),
        sa.Column("home_library_id", sa.String(length=36), nullable=True),
        sa.Column("location", sa.String(length=20), nullable=False),
        sa.Column("vehicle_tour_id", sa.String(length=36), nullable=True),
        sa.Column("set_aside_until", sa.Date(), nullable=True),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["home_library_id"], ["libraries.id"], name=op.f("fk_items_home_library_id_libraries")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"], ["records.id"], name=op.f("fk_items_record_id_records")
        ),
        sa.ForeignKeyConstraint(
            ["vehicle_tour_id"], ["tours.id"], name=op.f("fk_items_vehicle_tour_id_tours")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_items")),
        sa.UniqueConstraint("barcode", name=op.f("uq_items_barcode")),
    )
    op.create_index(op.f("ix_items_record_id"), "items", ["record_id"], unique=False)
    op.create_table(
        "stops",
        sa.Column("tour_id", sa.String(length=36), nullable=False),
        sa.Column("commune", sa.String(length=120), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("latitude", sa.Double(), nullable=True),
        sa.Column("longitude", sa.Double(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["tour_id"], ["tours.id"], name=op.f("fk_stops_tour_id_tours")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stops")),
    )
    op.create_index(op.f("ix_stops_tour_id"), "stops", ["tour_id"], unique=False)
    op.create_table(
        "patrons",
        sa.Column("card_barcode", sa.String(length=40), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("commune", sa.String(length=120), nullable=True),
        sa.Column("phone", sa.String(length=30), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("preferred_channel", sa.String(length=10), nullable=False),
        sa.Column("card_expiry", sa.Date(), nullable=True),
        sa.Column("blocked_reason", sa.String(length=200), nullable=True),
        sa.Column("home_stop_id", sa.String(length=36), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("max_loans", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["home_stop_id"], ["stops.id"], name=op.f("fk_patrons_home_stop_id_stops")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrons")),
        sa.UniqueConstraint("card_barcode", name=op.f("uq_patrons_card_barcode")),
    )
    op.create_index(op.f("ix_patrons_home_stop_id"), "patrons", ["home_stop_id"], unique=False)
    op.create_index(op.f("ix_patrons_last_name"), "patrons", ["last_name"], unique=False)
    op.create_table(
        "schedule_rules",
        sa.Column("stop_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("interval_weeks", sa.Integer(), nullable=False),
        sa.Column("nth", sa.Integer(), nullable=True),
        sa.Column("anchor_date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("holiday_policy", sa.String(length=20), nullable=False),
        sa.Column("breaks", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["stop_id"], ["stops.id"], name=op.f("fk_schedule_rules_stop_id_stops")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_rules")),
    )
    op.create_index(op.f("ix_schedule_rules_stop_id"), "schedule_rules", ["stop_id"], unique=False)
    op.create_table(
        "beneficiaries",
        sa.Column("patron_id", sa.String(length=36), nullable=False),
        sa.Column("formats", sa.JSON(), nullable=False),
        sa.Column("genres_liked", sa.JSON(), nullable=False),
        sa.Column("genres_disliked", sa.JSON(), nullable=False),
        sa.Column("favourite_authors", sa.JSON(), nullable=False),
        sa.Column("taste_notes", sa.String(length=1000), nullable=True),
        sa.Column("frequency", sa.String(length=12), nullable=False),
        sa.Column("availability", sa.JSON(), nullable=False),
        sa.Column("access_notes", sa.String(length=500), nullable=True),
        sa.Column("contact_person", sa.String(length=200), nullable=True),
        sa.Column("contact_phone", sa.String(length=30), nullable=True),
        sa.Column("referral", sa.String(length=20), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("paused_from", sa.Date(), nullable=True),
        sa.Column("paused_to", sa.Date(), nullable=True),
        sa.Column("pause_reason", sa.String(length=200), nullable=True),
        sa.Column("latitude", sa.Double(), nullable=True),
        sa.Column("longitude", sa.Double(), nullable=True),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["patron_id"], ["patrons.id"], name=op.f("fk_beneficiaries_patron_id_patrons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_beneficiaries")),
        sa.UniqueConstraint("patron_id", name=op.f("uq_beneficiaries_patron_id")),
    )
    op.create_table(
        "stop_visits",
        sa.Column("stop_id", sa.String(length=36), nullable=False),
        sa.Column("rule_id", sa.String(length=36), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("exception", sa.String(length=20), nullable=True),
        sa.Column("moved_from", sa.Date(), nullable=True),
        sa.Column("cancel_reason", sa.String(length=300), nullable=True),
        sa.Column("adults", sa.Integer(), nullable=False),
        sa.Column("children", sa.Integer(), nullable=False),
        sa.Column("new_registrations", sa.Integer(), nullable=False),
        sa.Column("notes", sa.String(length=1000), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["rule_id"], ["schedule_rules.id"], name=op.f("fk_stop_visits_rule_id_schedule_rules")
        ),
        sa.ForeignKeyConstraint(
            ["stop_id"], ["stops.id"], name=op.f("fk_stop_visits_stop_id_stops")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stop_visits")),
        sa.UniqueConstraint("stop_id", "date", "start_time", name=op.f("uq_stop_visits_stop_id")),
    )
    op.create_index(op.f("ix_stop_visits_date"), "stop_visits", ["date"], unique=False)
    op.create_index(op.f("ix_stop_visits_stop_id"), "stop_visits", ["stop_id"], unique=False)
    op.create_table(
        "deliveries",
        sa.Column("round_id", sa.String(length=36), nullable=False),
        sa.Column("beneficiary_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("planned_time", sa.Time(), nullable=True),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=True),
        sa.Column("outcome_at", sa.DateTime(), nullable=True),
        sa.Column("feedback", sa.JSON(), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=True),
        sa.Column("welfare_concern", sa.Boolean(), nullable=False),
        sa.Column("welfare_note", sa.String(length=500), nullable=True),
        sa.Column("welfare_handled_at", sa.DateTime(), nullable=True),
        sa.Column("welfare_handled_by", sa.String(length=100), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["beneficiaries.id"],
            name=op.f("fk_deliveries_beneficiary_id_beneficiaries"),
        ),
        sa.ForeignKeyConstraint(
            ["round_id"], ["rounds.id"], name=op.f("fk_deliveries_round_id_rounds")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
    )
    op.create_index(
        op.f("ix_deliveries_beneficiary_id"), "deliveries", ["beneficiary_id"], unique=False
    )
    op.create_index(op.f("ix_deliveries_round_id"), "deliveries", ["round_id"], unique=False)
    op.create_table(
        "pickup_slots",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["stop_visits.id"], name=op.f("fk_pickup_slots_visit_id_stop_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pickup_slots")),
    )
    op.create_index(op.f("ix_pickup_slots_visit_id"), "pickup_slots", ["visit_id"], unique=False)
    op.create_table(
        "circulation_events",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("patron_id", sa.String(length=36), nullable=True),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("delivery_id", sa.String(length=36), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("undoes_id", sa.String(length=36), nullable=True),
        sa.Column("override_reason", sa.String(length=300), nullable=True),
        sa.Column("flag", sa.String(length=20), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["deliveries.id"],
            name=op.f("fk_circulation_events_delivery_id_deliveries"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_circulation_events_item_id_items")
        ),
        sa.ForeignKeyConstraint(
            ["patron_id"], ["patrons.id"], name=op.f("fk_circulation_events_patron_id_patrons")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["stop_visits.id"],
            name=op.f("fk_circulation_events_visit_id_stop_visits"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_circulation_events")),
    )
    op.create_index(
        "ix_circulation_events_item_hlc", "circulation_events", ["item_id", "hlc"], unique=False
    )
    op.create_index(
        op.f("ix_circulation_events_patron_id"), "circulation_events", ["patron_id"], unique=False
    )
    op.create_index(
        op.f("ix_circulation_events_visit_id"), "circulation_events", ["visit_id"], unique=False
    )
    op.create_table(
        "requests",
        sa.Column("patron_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("slot_id", sa.String(length=36), nullable=True),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("free_text", sa.String(length=1000), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("taken_by", sa.String(length=100), nullable=True),
        sa.Column("taken_at", sa.DateTime(), nullable=True),
        sa.Column("moved_from_visit_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["moved_from_visit_id"],
            ["stop_visits.id"],
            name=op.f("fk_requests_moved_from_visit_id_stop_visits"),
        ),
        sa.ForeignKeyConstraint(
            ["patron_id"], ["patrons.id"], name=op.f("fk_requests_patron_id_patrons")
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"], ["pickup_slots.id"], name=op.f("fk_requests_slot_id_pickup_slots")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["stop_visits.id"], name=op.f("fk_requests_visit_id_stop_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requests")),
    )
    op.create_index(op.f("ix_requests_patron_id"), "requests", ["patron_id"], unique=False)
    op.create_index(op.f("ix_requests_visit_id"), "requests", ["visit_id"], unique=False)
    op.create_table(
        "bags",
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("patron_id", sa.String(length=36), nullable=True),
        sa.Column("request_id", sa.String(length=36), nullable=True),
        sa.Column("delivery_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"], ["deliveries.id"], name=op.f("fk_bags_delivery_id_deliveries")
        ),
        sa.ForeignKeyConstraint(
            ["patron_id"], ["patrons.id"], name=op.f("fk_bags_patron_id_patrons")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_bags_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bags")),
        sa.UniqueConstraint("code", name=op.f("uq_bags_code")),
    )
    op.create_index(op.f("ix_bags_patron_id"), "bags", ["patron_id"], unique=False)
    op.create_table(
        "request_lines",
        sa.Column("request_id", sa.String(length=36), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("free_text", sa.String(length=300), nullable=True),
        sa.Column("item_id", sa.String(length=36), nullable=True),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_request_lines_item_id_items")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"], ["records.id"], name=op.f("fk_request_lines_record_id_records")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_request_lines_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_lines")),
    )
    op.create_index(
        op.f("ix_request_lines_request_id"), "request_lines", ["request_id"], unique=False
    )
    op.create_table(
        "request_status_changes",
        sa.Column("request_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("by", sa.String(length=100), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_request_status_changes_request_id_requests"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_status_changes")),
    )
    op.create_index(
        op.f("ix_request_status_changes_request_id"),
        "request_status_changes",
        ["request_id"],
        unique=False,
    )
    op.create_table(
        "bag_items",
        sa.Column("bag_id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["bag_id"], ["bags.id"], name=op.f("fk_bag_items_bag_id_bags")),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name=op.f("fk_bag_items_item_id_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bag_items")),
    )
    op.create_index(op.f("ix_bag_items_bag_id"), "bag_items", ["bag_id"], unique=False)
    op.create_index(op.f("ix_bag_items_item_id"), "bag_items", ["item_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_bag_items_item_id"), table_name="bag_items")
    op.drop_index(op.f("ix_bag_items_bag_id"), table_name="bag_items")
    op.drop_table("bag_items")
    op.drop_index(op.f("ix_request_status_changes_request_id"), table_name="request_status_changes")
    op.drop_table("request_status_changes")
    op.drop_index(op.f("ix_request_lines_request_id"), table_name="request_lines")
    op.drop_table("request_lines")
    op.drop_index(op.f("ix_bags_patron_id"), table_name="bags")
    op.drop_table("bags")
    op.drop_index(op.f("ix_requests_visit_id"), table_name="requests")
    op.drop_index(op.f("ix_requests_patron_id"), table_name="requests")
    op.drop_table("requests")
    op.drop_index(op.f("ix_circulation_events_visit_id"), table_name="circulation_events")
    op.drop_index(op.f("ix_circulation_events_patron_id"), table_name="circulation_events")
    op.drop_index("ix_circulation_events_item_hlc", table_name="circulation_events")
    op.drop_table("circulation_events")
    op.drop_index(op.f("ix_pickup_slots_visit_id"), table_name="pickup_slots")
    op.drop_table("pickup_slots")
    op.drop_index(op.f("ix_deliveries_round_id"), table_name="deliveries")
    op.drop_index(op.f("ix_deliveries_beneficiary_id"), table_name="deliveries")
    op.drop_table("deliveries")
    op.drop_index(op.f("ix_stop_visits_stop_id"), table_name="stop_visits")
    op.drop_index(op.f("ix_stop_visits_date"), table_name="stop_visits")
    op.drop_table("stop_visits")
    op.drop_table("beneficiaries")
    op.drop_index(op.f("ix_schedule_rules_stop_id"), table_name="schedule_rules")
    op.drop_table("schedule_rules")
    op.drop_index(op.f("ix_patrons_last_name"), table_name="patrons")
    op.drop_index(op.f("ix_patrons_home_stop_id"), table_name="patrons")
    op.drop_table("patrons")
    op.drop_index(op.f("ix_stops_tour_id"), table_name="stops")
    op.drop_table("stops")
    op.drop_index(op.f("ix_items_record_id"), table_name="items")
    op.drop_table("items")
    op.drop_table("tours")
    op.drop_index(op.f("ix_rounds_volunteer_id"), table_name="rounds")
    op.drop_index(op.f("ix_rounds_date"), table_name="rounds")
    op.drop_table("rounds")
    op.drop_table("volunteers")
    op.drop_table("sync_server_settings")
    op.drop_table("sync_row_versions")
    op.drop_table("sync_devices")
    op.drop_table("sync_conflicts")
    op.drop_index(op.f("ix_sync_clock_skew_device_id"), table_name="sync_clock_skew")
    op.drop_table("sync_clock_skew")
    op.drop_table("sync_change_log")
    op.drop_index(op.f("ix_sync_applied_ops_device_id"), table_name="sync_applied_ops")
    op.drop_table("sync_applied_ops")
    op.drop_index("ix_records_title", table_name="records")
    op.drop_index(op.f("ix_records_source_id"), table_name="records")
    op.drop_index(op.f("ix_records_isbn"), table_name="records")
    op.drop_index(op.f("ix_records_genre"), table_name="records")
    op.drop_index(op.f("ix_records_format"), table_name="records")
    op.drop_table("records")
    op.drop_table("libraries")
