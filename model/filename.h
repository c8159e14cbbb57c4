// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// File names as the bytes the operating system gives, carried losslessly in a QString.
//
// Qt 6 decodes non-UTF-8 bytes of a file name (argv, a directory listing) as U+FFFD, so a
// file named "caf\xe9.json" (Latin-1) could not be opened again: QFile::decodeName and
// QFile::encodeName do not round-trip it. These two functions do: valid UTF-8 decodes as
// usual, and each byte that is not part of valid UTF-8 becomes the lone surrogate
// U+DC80 + (byte - 0x80) (the "surrogateescape" scheme of Python and GLib), which
// fileNameBytes turns back into the same byte.
namespace warmshell {

// The QString of file name `bytes`; fileNameBytes(fileNameFromBytes(b)) == b for any b.
QString fileNameFromBytes(const QByteArray &bytes);
// The bytes to hand the operating system for `fileName` (UTF-8, escaped bytes restored).
QByteArray fileNameBytes(const QString &fileName);

} // namespace warmshell
