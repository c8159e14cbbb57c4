// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldlimits.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace warmshell {

// The whole content of an input file, or why it could not be read.
struct InputFile
{
    QByteArray bytes; // the file's content; empty when error is set
    QString error; // one line naming the file and the reason; empty when read
    bool ok() const { return error.isEmpty(); }
};

// The one reader of every file WarmShell reads from a path (projects, NetBox answers).
// `fileName` as fileNameFromBytes gives it (any bytes the user typed are opened as given); a
// name starting with ':' is a Qt resource compiled into the program (the examples).
// Refuses, with `error` set and nothing read:
//  - a missing file: "FILE does not exist";
//  - anything but a regular file, judged before opening (a FIFO, socket, device, directory):
//    "FILE: not a regular file (a FIFO)"; a FIFO without a writer never blocks;
//  - a file of more than `maxBytes`: "FILE: more than 256 MiB; input files are limited to
//    256 MiB (limits::maxFileBytes)". Whatever size the file claims (a file of /proc says 0),
//    at most maxBytes + 1 bytes are read, so memory stays bounded;
//  - a read error: "cannot read FILE: <reason>".
InputFile readInputFile(const QString &fileName, qint64 maxBytes = limits::maxFileBytes);

// Opens `fileName` in `file` for reading as a stream, for inputs read one line at a time
// whatever their size (measured power): a regular file, or standard input ("-", not a
// terminal; a pipe is fine). Returns the refusal as readInputFile words it ("FILE does not
// exist", "FILE: not a regular file (a FIFO)", "cannot read FILE: …"), empty when open.
QString openInputStream(const QString &fileName, QFile &file);

} // namespace warmshell
