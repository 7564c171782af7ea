"""The register of processing activities (GDPR art. 30), from the real schema.

Nothing here is written by hand per table: the tables and columns come from the models
(the entity tables every device shares, the device-only tables, the server's own), the
devices that receive each table from the scope rules (``server/scopes.py``, with their
hidden fields), the retention from the server's ``retention_rules`` table when it
exists (else :data:`DEFAULT_RETENTION`, the rules of issue 16 and CNIL NS-9), and the
legal bases from the beneficiaries' records. A table added later appears by itself;
a column counts as personal by the rules of :func:`personal_columns`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import Connection, MetaData, Table, func, inspect, select

from bibliomobile import __version__
from bibliomobile.domain.enums import LegalBasis
from bibliomobile.store.models import Base

from ..models import entity_tables, server_metadata
from ..scopes import ALL, HIDDEN, TOUR_RULES, VOLUNTEER_RULES
from .audit import KEEP_MONTHS
from .document import Document

#: Tables whose every row is a person.
PERSON_TABLES = {
    "patrons": "lecteurs",
    "beneficiaries": "bénéficiaires du portage",
    "volunteers": "bénévoles et agents du portage",
    "local_users": "utilisateurs d'un poste",
}

#: Columns that say something about a person wherever they appear (names, contact,
#: free text written about or by someone, who did what, links to a person's rows).
PERSONAL_NAMES = frozenset(
    {
        "first_name", "last_name", "birth_year", "address", "postcode", "phone", "email",
        "card_barcode", "contact_person", "contact_phone", "access_notes", "taste_notes",
        "note", "notes", "welfare_note", "welfare_concern", "free_text", "recipient", "body",
        "user_name", "author", "by", "taken_by", "welfare_handled_by", "resolved_by",
        "patron_id", "beneficiary_id", "volunteer_id", "pin_hash", "sealed", "fields",
        "kept_value", "losing_value", "feedback", "age_group",
    }
)  # fmt: skip

#: Retention when the server has no ``retention_rules`` table (issue 16, CNIL NS-9).
DEFAULT_RETENTION = {
    "patrons": "1 an après la fin du dernier prêt (CNIL, norme simplifiée n° 9)",
    "circulation_events": (
        "détail du prêt jusqu'à la fin du 4e mois après le retour, puis anonymisé "
        "(le lien au lecteur est retiré ; tranche d'âge et commune restent pour les statistiques)"
    ),
    "requests": "supprimées avec le lecteur",
    "request_lines": "supprimées avec le lecteur",
    "request_status_changes": "supprimées avec le lecteur",
    "bags": "lien au lecteur retiré avec le lecteur",
    "bag_items": "supprimées avec le lecteur",
    "beneficiaries": "12 mois après la fin du service de portage",
    "deliveries": "notes de bien-être : 3 mois après leur prise en charge",
    "volunteers": "tant que la personne est bénévole",
    "rounds": "avec les visites",
    "audit_log": f"{KEEP_MONTHS} mois",
    "sync_applied_ops": "champs personnels expurgés avec les lignes concernées",
    "sync_conflicts": "expurgés avec les lignes concernées",
    "outbox": "jusqu'à l'accusé de réception du serveur",
    "card_index": "remplacé à chaque synchronisation",
    "local_users": "tant que la personne utilise ce poste",
    "notifications": "supprimées avec le lecteur",
}

RETENTION_TABLE = "retention_rules"

LEGAL_BASIS_LABELS = {
    LegalBasis.PUBLIC_TASK.value: "mission d'intérêt public",
    LegalBasis.CONSENT.value: "consentement",
    LegalBasis.VITAL_INTEREST.value: "sauvegarde des intérêts vitaux",
}


def device_only_tables() -> dict[str, Table]:
    """Tables that stay on a laptop (never synced)."""
    shared = set(entity_tables())
    return {t.name: t for t in Base.metadata.sorted_tables if t.name not in shared}


def personal_columns(table: Table, personal_tables: Iterable[str]) -> list[str]:
    """The columns of ``table`` that hold personal data.

    Every column but the id of a table of people; elsewhere, links to a table holding
    personal data and the columns of :data:`PERSONAL_NAMES`.
    """
    if table.name in PERSON_TABLES:
        return [c.name for c in table.columns if c.name != "id"]
    linked = set(personal_tables)
    found = []
    for column in table.columns:
        points_to_person = any(fk.column.table.name in linked for fk in column.foreign_keys)
        if points_to_person or column.name in PERSONAL_NAMES:
            found.append(column.name)
    return found


def _receivers(name: str) -> str:
    parts = ["coordination (tout)"]
    for label, rules, kind in (
        ("bibliobus", TOUR_RULES, "tour"),
        ("bénévole", VOLUNTEER_RULES, "volunteer"),
    ):
        rule = rules.get(name)
        if not rule:
            continue
        what = "toutes les lignes" if rule == ALL else "les lignes de son périmètre"
        hidden = sorted(HIDDEN.get(kind, {}).get(name, ()))
        if hidden:
            what += " sans " + ", ".join(hidden)
        parts.append(f"{label} ({what})")
    return " ; ".join(parts)


def _retention(conn: Connection) -> tuple[dict[str, str], str]:
    if not inspect(conn).has_table(RETENTION_TABLE):
        return (
            DEFAULT_RETENTION,
            "règles par défaut (aucune table « retention_rules » sur ce serveur)",
        )
    table = Table(RETENTION_TABLE, MetaData(), autoload_with=conn)
    rules: dict[str, list[str]] = {}
    for row in conn.execute(select(table)):
        values = dict(row._mapping)
        target = str(values.get("entity") or values.get("table_name") or values.get("key") or "")
        words = ", ".join(f"{k} {v}" for k, v in values.items() if k != "id" and v is not None)
        rules.setdefault(target.split(".")[0], []).append(words)
    merged = {**DEFAULT_RETENTION, **{k: " ; ".join(v) for k, v in rules.items()}}
    return merged, "table « retention_rules » du serveur (réglée par la coordination)"


def _legal_bases(conn: Connection) -> list[tuple[str, str]]:
    beneficiaries = entity_tables()["beneficiaries"]
    counts = conn.execute(
        select(beneficiaries.c.legal_basis, func.count())
        .where(beneficiaries.c.status != "ended")
        .group_by(beneficiaries.c.legal_basis)
    ).all()
    return [
        (
            LEGAL_BASIS_LABELS.get(basis, basis) if basis else "non renseignée (portage refusé)",
            str(count),
        )
        for basis, count in sorted(counts, key=lambda c: str(c[0]))
    ]


def register_document(conn: Connection, today: dt.date | None = None) -> Document:
    """The register, read from the schema and from the server's database ``conn``."""
    today = today or dt.date.today()
    retention, retention_source = _retention(conn)
    doc = Document(footer=f"Registre des activités de traitement — Bibliomobile {__version__}")
    doc.heading("Registre des activités de traitement (RGPD, article 30)", 1)
    doc.paragraph(
        f"Établi le {today:%d/%m/%Y} à partir du schéma de la base (Bibliomobile {__version__}). "
        "Responsable du traitement : la collectivité dont dépend la bibliothèque."
    )
    doc.heading("Finalités et bases légales")
    doc.table(
        ("Traitement", "Personnes concernées", "Base légale"),
        [
            (
                "Prêt de documents au bibliobus et au drive (inscription, prêts, demandes, sacs, "
                "avis de mise à disposition)",
                "lecteurs",
                "mission d'intérêt public (lecture publique)",
            ),
            (
                "Portage à domicile (profil de lecture, tournées, visites, alertes de bien-être)",
                "bénéficiaires, bénévoles",
                "enregistrée pour chaque bénéficiaire (ci-dessous), avant la première tournée",
            ),
            (
                "Journal des accès aux données personnelles",
                "agents, bénévoles, personnes dont les données sont consultées",
                "obligation de sécurité (RGPD art. 32)",
            ),
        ],
        "",
    )
    doc.heading("Bases légales des bénéficiaires actuels")
    doc.table(("Base légale", "Bénéficiaires"), _legal_bases(conn), "Aucun bénéficiaire.")
    doc.heading("Données personnelles par table")
    doc.paragraph(f"Durées de conservation : {retention_source}.")
    groups = (
        ("partagée (serveur et appareils)", entity_tables()),
        ("serveur seulement", {t.name: t for t in server_metadata.sorted_tables}),
        ("poste seulement (jamais synchronisée)", device_only_tables()),
    )
    personal: set[str] = set(PERSON_TABLES)
    rows: list[tuple[str, str, str, str]] = []
    without: list[str] = []
    for where, tables in groups:
        for name, table in tables.items():
            columns = personal_columns(table, personal)
            if not columns:
                without.append(name)
                continue
            personal.add(name)
            receivers = _receivers(name) if where.startswith("partagée") else where
            rows.append(
                (name, ", ".join(columns), receivers, retention.get(name, "avec la ligne liée"))
            )
    doc.table(("Table", "Données personnelles", "Destinataires", "Conservation"), rows, "")
    doc.paragraph("Tables sans donnée personnelle : " + ", ".join(sorted(without)) + ".")
    doc.heading("Mesures de sécurité")
    for measure in (
        "Base locale des portables chiffrée (SQLCipher, clé dérivée d'une phrase secrète).",
        "Utilisateurs nommés avec code PIN et rôles sur chaque portable ; verrouillage après inactivité.",
        "Chaque appareil ne reçoit que son périmètre (tournée, tournées du bénévole) et perd les "
        "données qui en sortent à la synchronisation suivante ; un appareil révoqué efface ses données.",
        "Codes d'accès au domicile jamais imprimés ni exportés.",
        f"Journal des consultations, impressions, exports et modifications conservé {KEEP_MONTHS} mois.",
        "Aucun transfert hors de l'Union européenne.",
    ):
        doc.paragraph("• " + measure)
    return doc
