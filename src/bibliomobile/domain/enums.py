"""Closed vocabularies of the data model (stored as their string values)."""

from __future__ import annotations

from enum import StrEnum


class SyncKind(StrEnum):
    """How a table takes part in sync (see DESIGN.md, "Sync")."""

    EVENT = "event"  # append-only, never conflicts
    REFERENCE = "reference"  # owned by the server, devices pull it
    MUTABLE = "mutable"  # edited on devices, per-field last-writer-wins


class DocumentFormat(StrEnum):
    BOOK = "book"
    LARGE_PRINT = "large_print"
    AUDIOBOOK = "audiobook"
    DVD = "dvd"
    MUSIC_CD = "music_cd"
    MAGAZINE = "magazine"
    COMIC = "comic"


class Audience(StrEnum):
    ADULT = "adult"
    YOUNG_ADULT = "young_adult"
    CHILD = "child"


class Location(StrEnum):
    VAN = "van"
    STACKS = "stacks"
    BAG = "bag"
    ON_LOAN = "on_loan"


class ContactChannel(StrEnum):
    EMAIL = "email"
    SMS = "sms"
    PHONE = "phone"
    LETTER = "letter"


class ScheduleKind(StrEnum):
    WEEKLY = "weekly"
    EVERY_N_WEEKS = "every_n_weeks"
    NTH_WEEKDAY = "nth_weekday"


class HolidayPolicy(StrEnum):
    SKIP = "skip"
    NEXT_DAY = "next_day"
    PREVIOUS_DAY = "previous_day"
    KEEP = "keep"


class VisitStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class RequestChannel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    PORTAL = "portal"
    AT_STOP = "at_stop"


class RequestKind(StrEnum):
    TITLES = "titles"
    SURPRISE = "surprise"


class RequestStatus(StrEnum):
    NEW = "new"
    PREPARING = "preparing"
    READY = "ready"
    COLLECTED = "collected"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class BagStatus(StrEnum):
    PREPARING = "preparing"
    READY = "ready"
    HANDED_OVER = "handed_over"
    RETURNED = "returned"


class VisitFrequency(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"


class Referral(StrEnum):
    CCAS = "ccas"
    FAMILY = "family"
    SOCIAL_WORKER = "social_worker"
    SELF = "self"
    OTHER = "other"


class LegalBasis(StrEnum):
    """Why the library may process a beneficiary's data (GDPR art. 6)."""

    PUBLIC_TASK = "public_task"  # mission d'intérêt public (the usual one for a library)
    CONSENT = "consent"  # consentement
    VITAL_INTEREST = "vital_interest"  # sauvegarde des intérêts vitaux (rare)


class InformationWay(StrEnum):
    """How a beneficiary was told what is kept about them and why (GDPR art. 13)."""

    LETTER = "letter"
    IN_PERSON = "in_person"
    PHONE = "phone"
    EMAIL = "email"
    REPRESENTATIVE = "representative"  # through the contact person or a guardian


class AuditAction(StrEnum):
    """What a person did with personal data that the audit log keeps."""

    VIEWED = "viewed"  # a beneficiary's profile opened
    ROUND_SHEET_PRINTED = "round_sheet_printed"
    EXPORTED = "exported"
    CHANGED = "changed"


class BeneficiaryStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class RoundStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class DeliveryOutcome(StrEnum):
    DELIVERED = "delivered"
    ABSENT = "absent"
    REFUSED = "refused"
    POSTPONED = "postponed"


class CirculationKind(StrEnum):
    CHECKOUT = "checkout"
    CHECKIN = "checkin"
    RENEW = "renew"
    UNDO = "undo"


class DeviceRole(StrEnum):
    CREW = "crew"
    VOLUNTEER = "volunteer"
    COORDINATOR = "coordinator"
