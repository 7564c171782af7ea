"""Catalogue: find a title as you type (one line per title, its copies summarised),
browse the whole catalogue, open a title to see its copies."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bibliomobile.services.titles import (
    CopyRow,
    TitleDetail,
    TitleRow,
    browse_titles,
    count_titles,
    search_titles,
    title_detail,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..labels import label
from ..tables import Column, french_date
from ..widgets.search_page import DetailSection, SearchPage
from ..workspaces import WorkspaceContext
from .import_dialog import install_marc_import

# Titles listed by a search: a title is a line for all its copies (100 titles held
# about 230 copies in the demo catalogue, more than the 200 copy lines of before).
TITLE_LIMIT = 100


def _count(value: int) -> str:
    return str(value) if value else ""


def _copies_column(title: str, field: str, width: int) -> Column[TitleRow]:
    """A column counting the title's copies in one place."""
    return Column(
        title,
        lambda r: _count(getattr(r, field)),
        sort_key=lambda r: getattr(r, field),
        width=width,
        align_right=True,
    )


TITLE_COLUMNS: tuple[Column[TitleRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Titre"), lambda r: r.title, elide=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Auteurs"), lambda r: r.authors, width=145, elide=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Support"), lambda r: label(r.format), width=100),
    # Wide enough for the English headers too ("Bookmobile", "On loan").
    _copies_column(QT_TRANSLATE_NOOP("Columns", "Bibliobus"), "in_van", 100),
    _copies_column(QT_TRANSLATE_NOOP("Columns", "Réserve"), "in_library", 75),
    _copies_column(QT_TRANSLATE_NOOP("Columns", "En prêt"), "on_loan", 85),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Prochain retour"),
        lambda r: french_date(r.next_due),
        sort_key=lambda r: r.next_due.isoformat() if r.next_due else "",
        width=110,
    ),
)


class CatalogueWorkspace(SearchPage):
    """Search field, titles table (lazy over the whole catalogue) and title detail."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context.worker,
            title=self.tr("Catalogue"),
            subtitle=self.tr(
                "Titre, auteur, sujet, ISBN, cote ou code-barres : sans se soucier des accents."
            ),
            placeholder=self.tr("Rechercher un document… (ex. : etranger camus)"),
            columns=TITLE_COLUMNS,
            search=search_titles,
            count=count_titles,
            browse=browse_titles,
            detail=title_detail,
            row_id=lambda row: row.record_id,
            empty_detail=self.tr("Choisissez un titre pour voir ses exemplaires."),
            limit=TITLE_LIMIT,
            parent=parent,
        )
        self.import_button = install_marc_import(self, context.worker)

    def copy_line(self, copy: CopyRow) -> str:
        """One copy as the detail lists it: barcode, call number, where it is."""
        where = label(copy.location)
        if copy.due_date:
            where = self.tr("{where}, retour prévu le {date}").format(
                where=where, date=french_date(copy.due_date)
            )
        if copy.home_library:
            where = f"{where} ({copy.home_library})"
        return " · ".join(part for part in (copy.barcode, copy.call_number, where) if part)

    def render_detail(self, detail: TitleDetail) -> None:
        subtitle = detail.authors
        if detail.year:
            subtitle = f"{subtitle} · {detail.year}" if subtitle else str(detail.year)
        title = f"{detail.title} : {detail.subtitle}" if detail.subtitle else detail.title
        fields = [
            (self.tr("Support"), label(detail.format)),
            (self.tr("Public"), label(detail.audience)),
            (self.tr("Genre"), (detail.genre or "").capitalize()),
            (self.tr("Sujets"), detail.subjects or ""),
            (self.tr("ISBN"), detail.isbn or ""),
            (self.tr("Éditeur"), detail.publisher or ""),
            (self.tr("Exemplaires"), str(len(detail.copies))),
        ]
        sections = [
            DetailSection(
                self.tr("Exemplaires"),
                [self.copy_line(copy) for copy in detail.copies],
                empty_text=self.tr("Aucun exemplaire."),
            )
        ]
        if detail.summary:
            sections.append(DetailSection(self.tr("Résumé"), [detail.summary]))
        self.detail_panel.show_content(title, subtitle, fields, sections)
