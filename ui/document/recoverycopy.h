// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace warmshell {
struct Project;
}

namespace warmshell::ui {

// The recovery folder, QStandardPaths::AppDataLocation/recovery, holds one recovery copy per
// open document with unsaved edits, named by a uuid the document's RecoveryWriter picks:
//   ID.warmshell.json  the project as it was a few seconds after the last edit (a project file)
//   ID.origin          the project file it is an unsaved edit of, as UTF-8; empty: untitled
//   ID.lock            a QLockFile held by the running instance writing the copy
// A copy whose lock is held by a running process belongs to that process and is never listed;
// one whose process died (kill -9, a crash, a power cut) is offered at the next launch.
struct RecoveryCopy
{
    QString copyFile; // absolute path of ID.warmshell.json
    QString originalFile; // the project file it edits; empty for an untitled project
    QDateTime written; // when the copy was last written (the file's modification time)
    // What it holds, read from the copy; when the copy cannot be read, `problems` says why.
    QString siteName;
    qsizetype halls = 0;
    qsizetype racks = 0;
    qsizetype lots = 0;
    QStringList problems;
};

namespace recovery {

// The folder, created on first use; empty when it cannot be created.
QString folder();
// The three files of copy `id` in folder().
QString copyFile(const QString &id);
QString originFile(const QString &id);
QString lockFile(const QString &id);

// Every copy no running instance holds, newest first. A copy whose project equals its original
// file's (both parsed and written by serializeProject, so formatting does not count) holds
// nothing unsaved: it is removed, not listed. Reads each copy whole: seconds for 40,000 racks.
QList<RecoveryCopy> offerableCopies();

// Writes copy `id`: its origin file, then `project` serialised, each through OutputFile (atomic,
// checked). Safe on a worker thread for a project no other thread changes (a snapshot). Empty
// on success, else the reason; on failure the previous copy stays whole.
QString writeCopy(const QString &id, const QString &originalFile, const Project &project);
// Removes the copy and its origin file (not the lock, which belongs to its QLockFile).
void removeCopy(const QString &copyFile);

} // namespace recovery

} // namespace warmshell::ui
