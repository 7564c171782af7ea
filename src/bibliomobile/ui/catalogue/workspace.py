"""Catalogue: find a document as you type, browse all items, see an item's detail."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bibliomobile.services.catalogue import (
    ItemDetail,
    ItemRow,
    browse_items,
    count_items,
    item_detail,
    search_items,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..labels import label, language_name
from ..tables import Column, french_date
from ..widgets.search_page import DetailSection, SearchPage
from ..workspaces import WorkspaceContext
from .import_dialog import install_marc_import

ITEM_COLUMNS: tuple[Column[ItemRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Titre"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("Columns", "Auteurs"), lambda r: r.authors, width=145),
    Column(QT_TRANSLATE_NOOP("Columns", "Cote"), lambda r: r.call_number, width=75),
    Column(QT_TRANSLATE_NOOP("Columns", "Support"), lambda r: label(r.format), width=100),
    Column(QT_TRANSLATE_NOOP("Columns", "Localisation"), lambda r: label(r.location), width=104),
    Column(QT_TRANSLATE_NOOP("Columns", "Code-barres"), lambda r: r.barcode, width=130),
)


class CatalogueWorkspace(SearchPage):
    """Search field, items table (lazy over the whole catalogue) and item detail."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context.worker,
            title=self.tr("Catalogue"),
            subtitle=self.tr(
                "Titre, auteur, sujet, ISBN, cote ou code-barres : sans se soucier des accents."
            ),
            placeholder=self.tr("Rechercher un document… (ex. : etranger camus)"),
            columns=ITEM_COLUMNS,
            search=search_items,
            count=count_items,
            browse=browse_items,
            detail=item_detail,
            row_id=lambda row: row.item_id,
            empty_detail=self.tr("Choisissez un document pour voir sa fiche."),
            parent=parent,
        )
        self.import_button = install_marc_import(self, context.worker)

    def render_detail(self, detail: ItemDetail) -> None:
        subtitle = detail.authors
        if detail.year:
            subtitle = f"{subtitle} · {detail.year}" if subtitle else str(detail.year)
        title = f"{detail.title} : {detail.subtitle}" if detail.subtitle else detail.title
        fields = [
            (self.tr("Cote"), detail.call_number),
            (self.tr("Localisation"), label(detail.location)),
            (self.tr("Bibliothèque"), detail.home_library or ""),
            (self.tr("Code-barres"), detail.barcode),
            (self.tr("Support"), label(detail.format)),
            (self.tr("Public"), label(detail.audience)),
            (self.tr("Genre"), (detail.genre or "").capitalize()),
            (self.tr("Sujets"), detail.subjects or ""),
            (self.tr("Dewey"), detail.dewey or ""),
            (self.tr("ISBN"), detail.isbn or ""),
            (self.tr("Éditeur"), detail.publisher or ""),
            (self.tr("Langue"), language_name(detail.language)),
            (self.tr("Exemplaires"), str(detail.copies)),
            (self.tr("Mis de côté jusqu'au"), french_date(detail.set_aside_until)),
        ]
        sections = []
        if detail.summary:
            sections.append(DetailSection(self.tr("Résumé"), [detail.summary]))
        history = [
            " · ".join(
                part
                for part in (
                    line.occurred_at.strftime("%d/%m/%Y %H:%M"),
                    label(line.kind),
                    self.tr("carte {card}").format(card=line.patron_card)
                    if line.patron_card
                    else "",
                    self.tr("retour prévu le {date}").format(date=french_date(line.due_date))
                    if line.due_date
                    else "",
                )
                if part
            )
            for line in detail.history
        ]
        sections.append(
            DetailSection(self.tr("Historique"), history, empty_text=self.tr("Jamais emprunté."))
        )
        self.detail_panel.show_content(title, subtitle, fields, sections)
