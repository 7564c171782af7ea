"""Access notes (door codes, where the key is) sealed apart from the rest of the data.

A note is stored as an AES-256-GCM envelope, ``an1:`` then base64 of nonce + ciphertext,
bound to its beneficiary (the id is the associated data: a sealed note copied onto
another row does not open). The key is the network's access-notes key: the server keeps
it and gives it to coordinator and volunteer devices over the authenticated sync; a
device keeps it wrapped by a key derived from its database passphrase with a context of
its own (:func:`wrapping_key`), so reading the database, even opened with its key, shows
only envelopes: a note is opened on purpose, by :func:`open_note`, nowhere else.
"""

from __future__ import annotations

import base64
import binascii
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PREFIX = "an1:"
#: The device setting holding the wrapped notes key.
DEVICE_SETTING = "access_notes_key"
_NONCE = 12
_WRAPPED = "nk1:"
#: The stored column holds 500 characters: an envelope of a note this long fits.
MAX_NOTE_BYTES = 330


class SealError(ValueError):
    """An envelope that does not open with this key (or is not an envelope)."""


def new_notes_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def _aad(beneficiary_id: str) -> bytes:
    return b"bibliomobile/access-notes/" + beneficiary_id.encode()


def is_sealed(value: str | None) -> bool:
    return bool(value) and str(value).startswith(PREFIX)


def seal_note(key: bytes, beneficiary_id: str, text: str) -> str:
    """The envelope of ``text`` for this beneficiary (ValueError: a note too long)."""
    data = text.encode()
    if len(data) > MAX_NOTE_BYTES:
        raise ValueError(f"note d'accès trop longue (au plus {MAX_NOTE_BYTES} octets)")
    nonce = os.urandom(_NONCE)
    sealed = AESGCM(key).encrypt(nonce, data, _aad(beneficiary_id))
    return PREFIX + base64.b64encode(nonce + sealed).decode()


def open_note(key: bytes, beneficiary_id: str, envelope: str) -> str:
    """The text of an envelope; SealError when it is not one of this key and row."""
    if not is_sealed(envelope):
        raise SealError("pas une note scellée")
    try:
        raw = base64.b64decode(envelope[len(PREFIX) :], validate=True)
        data = AESGCM(key).decrypt(raw[:_NONCE], raw[_NONCE:], _aad(beneficiary_id))
    except (binascii.Error, InvalidTag, ValueError) as error:
        raise SealError("note scellée illisible avec cette clé") from error
    return data.decode()


def wrapping_key(store_secret: str | None, device_id: str) -> bytes:
    """The key that wraps the notes key on a device: derived from the database's
    passphrase with a context of its own (a plain database, demos and tests only, has
    none: its wrapping protects nothing, as the database itself)."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=device_id.encode(),
        info=b"bibliomobile/access-notes-key/v1",
    ).derive((store_secret or "").encode())


def wrap_key(wrapping: bytes, notes_key: bytes) -> str:
    nonce = os.urandom(_NONCE)
    sealed = AESGCM(wrapping).encrypt(nonce, notes_key, b"notes-key")
    return _WRAPPED + base64.b64encode(nonce + sealed).decode()


def unwrap_key(wrapping: bytes, wrapped: str) -> bytes:
    """The notes key; SealError when the wrapping key is not the one it was kept with."""
    if not wrapped.startswith(_WRAPPED):
        raise SealError("clé des notes illisible")
    try:
        raw = base64.b64decode(wrapped[len(_WRAPPED) :], validate=True)
        return AESGCM(wrapping).decrypt(raw[:_NONCE], raw[_NONCE:], b"notes-key")
    except (binascii.Error, InvalidTag, ValueError) as error:
        raise SealError("clé des notes illisible") from error


def rewrap_key(wrapped: str, old: bytes, new: bytes) -> str:
    """The notes key wrapped again (the database's passphrase changes)."""
    return wrap_key(new, unwrap_key(old, wrapped))


def key_to_text(key: bytes) -> str:
    return base64.b64encode(key).decode()


def key_from_text(text: str) -> bytes:
    """A notes key sent as text; ValueError when it is not 32 bytes of base64."""
    try:
        key = base64.b64decode(text, validate=True)
    except binascii.Error as error:
        raise ValueError("clé des notes invalide") from error
    if len(key) != 32:
        raise ValueError("clé des notes invalide")
    return key
