"""All tables of the local store, one module per aggregate."""

from .audit import AuditEntry
from .base import Base, Synced, synced_tables
from .bookmobile import ScheduleRule, Stop, StopVisit, Tour
from .catalogue import Item, Library, Record
from .circulation import CirculationEvent
from .drive import Bag, BagItem, PickupSlot, Request, RequestLine, RequestStatusChange
from .homedelivery import Beneficiary, Delivery, Round, Volunteer
from .local import CardIndexEntry, DeviceSetting, LocalUser, OutboxEntry, ReadFlag
from .notifications import MessageTemplate, Notification
from .patrons import Patron
from .projections import LoanState

__all__ = [
    "AuditEntry",
    "Bag",
    "BagItem",
    "Base",
    "Beneficiary",
    "CardIndexEntry",
    "CirculationEvent",
    "Delivery",
    "DeviceSetting",
    "Item",
    "Library",
    "LoanState",
    "LocalUser",
    "MessageTemplate",
    "Notification",
    "OutboxEntry",
    "Patron",
    "PickupSlot",
    "ReadFlag",
    "Record",
    "Request",
    "RequestLine",
    "RequestStatusChange",
    "Round",
    "ScheduleRule",
    "Stop",
    "StopVisit",
    "Synced",
    "Tour",
    "Volunteer",
    "synced_tables",
]
