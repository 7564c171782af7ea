"""Home delivery (portage à domicile): beneficiaries, volunteers, who is due, book
selection, round planning, the volunteer's day at the door, round sheets, statistics."""
