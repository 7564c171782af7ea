"""Telling patrons: how to reach each one, message templates, the queue and sending.

A drive bag is ready, or the van comes tomorrow: the message is queued in the local
``notifications`` table (one row per request and kind, so nothing is sent twice) and
sent when the device is online, by e-mail (SMTP) or SMS (an HTTP gateway). Patrons who
prefer a call, or cannot be reached by a channel that sends, go on a printable
phone-call list.

- :mod:`.channels`: the one registry of channels (e-mail, SMS, phone call, letter): what
  makes a patron reachable by each, the address to use, who sends; and
  :func:`~.channels.how_to_reach`;
- :mod:`.mail` and :mod:`.sms`: the two channels that send, their settings and senders;
- :mod:`.templates`: the texts the library can edit (``$prenom``, ``$arret``…);
- :mod:`.queue`: queuing a message for a drive request, the queue as shown;
- :mod:`.sending`: sending what is queued, one transaction per message;
- :mod:`.phone_calls`: the phone-call list and its PDF;
- :mod:`.settings`: the SMTP server and SMS gateway as the Réglages form edits them;
- :mod:`.common`: the package's error, statuses and what a sender receives.
"""
