"""Write a finished file all at once: a temporary file beside the target, fsync, then rename.

A full disk, a read-only folder or a pulled USB stick leaves the old file (or none) in
place, never half of a new one; the failure comes back as a ``StorageFailed`` the user
can read. The last step waits out a brief hold on the target (the previous PDF open in a
reader, antivirus, OneDrive: ``storage.in_use``) and then names the file that is open.
Every document the app writes (PDF, Word, project files) goes through this one writer.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from samverkan_desktop.services.errors import LocalText, StorageFailed
from samverkan_desktop.storage import in_use

#: the usual reasons, said plainly; anything else is given as the system words it
_REASONS = {
    errno.ENOSPC: LocalText("disken är full", "the disk is full"),
    errno.EDQUOT: LocalText("diskkvoten är slut", "the disk quota is used up"),
    errno.EACCES: LocalText("du saknar behörighet att spara där", "you may not save there"),
    errno.EPERM: LocalText("du saknar behörighet att spara där", "you may not save there"),
    errno.EROFS: LocalText("platsen är skrivskyddad", "the place is read-only"),
    errno.ENOENT: LocalText("mappen finns inte", "the folder does not exist"),
    errno.ENOTDIR: LocalText("en fil står i vägen för mappen", "a file is in the way of the folder"),
    errno.EEXIST: LocalText("en fil står i vägen för mappen", "a file is in the way of the folder"),
}


def reason_for(exc: OSError) -> LocalText:
    """Why the file system refused, in words: the usual reasons plainly, others as the system says."""
    reason = _REASONS.get(exc.errno or 0)
    return reason if reason is not None else LocalText(*(exc.strerror or str(exc),) * 2)


def refuse_a_folder(target: Path) -> None:
    """StorageFailed, said plainly, when ``target`` is a folder (Windows would say "access denied")."""
    if target.is_dir():
        raise StorageFailed(LocalText(
            f"Filen {target} kunde inte sparas: {target} är en mapp, inte en fil. Ingen fil ändrades.",
            f"The file {target} could not be saved: {target} is a folder, not a file. No file was changed."))


def write_bytes_atomically(data: bytes, target: Path, make_folder: bool = False) -> Path:
    """Write ``data`` to ``target`` so that it is either wholly there or not changed at all;
    with ``make_folder`` a missing folder is made (the command line's ``-o``), otherwise
    it is an error the user is told about (a folder chosen in a dialog that vanished)."""
    refuse_a_folder(target)
    try:
        if make_folder:
            target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".samverkan-", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            in_use.replace(Path(temp), target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except in_use.FileInUse:
        raise StorageFailed(LocalText(
            f"Filen {target} kunde inte sparas: filen är öppen i ett annat program. Stäng {target.name} "
            "där och försök igen. Ingen fil ändrades.",
            f"The file {target} could not be saved: the file is open in another program. Close "
            f"{target.name} there and try again. No file was changed.")) from None
    except OSError as exc:
        sv, en = reason_for(exc).sv, reason_for(exc).en
        raise StorageFailed(LocalText(
            f"Filen {target} kunde inte sparas: {sv}. Ingen fil ändrades.",
            f"The file {target} could not be saved: {en}. No file was changed.",
        )) from None
    return target
