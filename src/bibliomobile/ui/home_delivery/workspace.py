"""Portage: the home-delivery workspace, welfare alerts on top in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.home_delivery.rounds import device_volunteer
from bibliomobile.services.home_delivery.welfare import (
    WelfareAlert,
    handle_welfare_alert,
    welfare_alerts,
)

from ..preferences import USER_NAME
from ..status import SyncState
from ..tables import french_date
from ..workspaces import WorkspaceContext
from .beneficiaries import BeneficiariesPage
from .common import Page
from .planning import PlanningPage
from .stats import HomeDeliveryStatsPanel
from .volunteer_mode import VolunteerModePage
from .volunteers import VolunteersPage

ALERT_ROLE = Qt.ItemDataRole.UserRole + 30


class AlertsPage(Page):
    """Welfare concerns raised by volunteers, until a coordinator takes them in hand."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        root = QVBoxLayout(self)
        root.addWidget(
            QLabel(
                self.tr(
                    "Inquiétudes signalées par les bénévoles : appelez la personne ou son contact."
                )
            )
        )
        self.list = QListWidget()
        self.list.setObjectName("welfareAlerts")
        root.addWidget(self.list, 1)
        handled = QPushButton(self.tr("Je prends en charge l'alerte choisie"))
        handled.clicked.connect(self.handle_selected)
        root.addWidget(handled)
        root.addWidget(self.error_label)

    def show_alerts(self, alerts: list[WelfareAlert]) -> None:
        self.list.clear()
        for a in alerts:
            contact = f" — {a.contact_person} {a.contact_phone or ''}" if a.contact_person else ""
            item = QListWidgetItem(
                f"{french_date(a.date)} · {a.name} ({a.commune}) · {a.phone or ''}{contact}\n"
                f"    {a.volunteer_name} : « {a.note} »"
            )
            item.setData(ALERT_ROLE, a.delivery_id)
            self.list.addItem(item)

    def handle_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        delivery_id = str(item.data(ALERT_ROLE))
        by = (
            self.context.store.person.name  # the person who unlocked the laptop
            or self.context.preferences.get(USER_NAME)
            or self.tr("coordination")
        )
        self.run(
            lambda uow: handle_welfare_alert(uow, delivery_id, by),
            lambda _n: self.changed.emit(),
            commit=True,
        )


class HomeDeliveryWorkspace(QWidget):
    """Tabs for each job of home delivery; a red banner while welfare alerts are open."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeDeliveryWorkspace")
        self.context = context
        self.alerts: list[WelfareAlert] = []
        root = QVBoxLayout(self)
        root.setContentsMargins(18, 12, 18, 12)
        title = QLabel(self.tr("Portage à domicile"))
        title.setObjectName("pageTitle")
        root.addWidget(title)

        self.banner = QFrame()
        self.banner.setObjectName("welfareBanner")
        self.banner.setStyleSheet(
            "#welfareBanner { background: #9b2c2c; border-radius: 6px; }"
            "#welfareBanner QLabel { color: white; font-weight: 700; font-size: 15px; }"
        )
        banner_layout = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        see = QPushButton(self.tr("Voir les alertes"))
        see.clicked.connect(self.show_alerts_tab)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(see)
        self.banner.hide()
        root.addWidget(self.banner)

        self.tabs = QTabWidget()
        self.beneficiaries = BeneficiariesPage(context)
        self.volunteers = VolunteersPage(context)
        self.planning = PlanningPage(context)
        self.volunteer_mode = VolunteerModePage(context)
        self.alerts_page = AlertsPage(context)
        self.stats = HomeDeliveryStatsPanel(context)
        for page, text in (
            (self.beneficiaries, self.tr("Bénéficiaires")),
            (self.volunteers, self.tr("Bénévoles")),
            (self.planning, self.tr("Planification")),
            (self.volunteer_mode, self.tr("Mode bénévole")),
            (self.alerts_page, self.tr("Alertes")),
            (self.stats, self.tr("Statistiques")),
        ):
            self.tabs.addTab(page, text)
            page.changed.connect(self.refresh_alerts)
        self.tabs.currentChanged.connect(self._tab_changed)
        root.addWidget(self.tabs, 1)
        if self.volunteer_mode.fixed_volunteer:
            self.tabs.setCurrentWidget(self.volunteer_mode)
        context.worker.submit(device_volunteer, self._device_volunteer, owner=self)
        # Concerns raised on volunteers' laptops arrive with a sync: show them at once.
        context.status.sync_state_changed.connect(self._after_sync)

    def _after_sync(self, state: str) -> None:
        if state == SyncState.ONLINE.value and self.isVisible():
            self.refresh_alerts()

    def _device_volunteer(self, volunteer_id: str | None) -> None:
        """A volunteer's laptop opens on their day, and shows only their rounds."""
        if volunteer_id is None:
            return
        self.volunteer_mode.set_fixed_volunteer(volunteer_id)
        self.tabs.setCurrentWidget(self.volunteer_mode)

    def show_alerts_tab(self) -> None:
        self.tabs.setCurrentWidget(self.alerts_page)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_alerts()
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def refresh_alerts(self) -> None:
        self.context.worker.submit(welfare_alerts, self._show_alerts, owner=self)

    def _show_alerts(self, alerts: list[WelfareAlert]) -> None:
        self.alerts = alerts
        self.alerts_page.show_alerts(alerts)
        index = self.tabs.indexOf(self.alerts_page)
        self.tabs.setTabText(
            index, self.tr("Alertes ({n})").format(n=len(alerts)) if alerts else self.tr("Alertes")
        )
        if not alerts:
            self.banner.hide()
            return
        first = alerts[0]
        text = self.tr(
            "⚠ {n} inquiétude(s) signalée(s) par les bénévoles — dernière : {name}, {date} : « {note} »"
        ).format(n=len(alerts), name=first.name, date=french_date(first.date), note=first.note)
        self.banner_text.setText(text)
        self.banner.show()

    def show_target(self, target: object) -> None:
        """Open a round in volunteer mode: ``(volunteer_id, day)`` (from Aujourd'hui)."""
        if not (isinstance(target, tuple) and isinstance(target[1], dt.date)):
            return
        self.tabs.setCurrentWidget(self.volunteer_mode)
        self.volunteer_mode.show_round(str(target[0]), target[1])
