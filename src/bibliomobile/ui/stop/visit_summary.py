"""The end-of-visit summary as the crew reads it (F9, and when the visit is closed).

Its texts are translated in the ``StopWorkspace`` context, where they were written
first (the .ts files keep them there).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bibliomobile.services.bookmobile.visits import VisitSummary


def summary_text(summary: VisitSummary) -> str:
    """The summary, one figure a line (the rarer ones only when there are some)."""
    lines = [
        QCoreApplication.translate("StopWorkspace", "Bilan — {label}").format(
            label=summary.visit.label
        ),
        QCoreApplication.translate("StopWorkspace", "Prêts : {n}").format(n=summary.checkouts),
        QCoreApplication.translate("StopWorkspace", "Retours : {n}").format(n=summary.checkins),
        QCoreApplication.translate("StopWorkspace", "Prolongations : {n}").format(
            n=summary.renewals
        ),
        QCoreApplication.translate("StopWorkspace", "Lecteurs servis : {n}").format(
            n=summary.patrons_served
        ),
        QCoreApplication.translate("StopWorkspace", "Visiteurs : {a} adultes, {c} enfants").format(
            a=summary.adults, c=summary.children
        ),
        QCoreApplication.translate("StopWorkspace", "Inscriptions : {n}").format(
            n=summary.new_registrations
        ),
    ]
    if summary.new_patrons:
        lines.append(
            QCoreApplication.translate("StopWorkspace", "Nouveaux lecteurs : {names}").format(
                names=", ".join(summary.new_patrons)
            )
        )
    if summary.flagged_returns:
        lines.append(
            QCoreApplication.translate(
                "StopWorkspace", "Retours sans prêt (à vérifier) : {n}"
            ).format(n=summary.flagged_returns)
        )
    if summary.overrides:
        lines.append(
            QCoreApplication.translate("StopWorkspace", "Prêts forcés avec motif : {n}").format(
                n=summary.overrides
            )
        )
    if summary.undone:
        lines.append(
            QCoreApplication.translate("StopWorkspace", "Actions annulées : {n}").format(
                n=summary.undone
            )
        )
    return "\n".join(lines)
