"""Portage à domicile: beneficiaries, volunteers, planning, the volunteer's day, statistics."""
