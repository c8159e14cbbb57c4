// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace warmshell::ui {

class Document;

// Keeps the recovery copy (recoverycopy.h) of one document: while the document is modified,
// the copy is written quietMsec() after the last change, and at most maxDelayMsec() after the
// first change not yet in a copy, so steady editing is written too; a crash loses at most
// maxDelayMsec() plus one write. The project is copied on the GUI thread (a snapshot) and
// serialised and written by OutputFile on the thread pool; one write at a time, a change
// during a write is written after it. When the document becomes unmodified (saved, opened, replaced),
// the copy is removed.
//
// The copy's id is a uuid picked at construction and its lock is held for the writer's life,
// so two windows or two processes never write the same copy. Destroying the writer waits for a
// write in flight and leaves the copy on disk, as a crash would: remove() first when the
// document's edits are saved or deliberately discarded.
class RecoveryWriter : public QObject
{
    Q_OBJECT

public:
    // `document` is not owned and must outlive the writer.
    explicit RecoveryWriter(Document *document, QObject *parent = nullptr);
    ~RecoveryWriter() override;

    static constexpr int quietMsec() { return 2000; }
    static constexpr int maxDelayMsec() { return 8000; }

    // The copy this writer keeps (it may not exist yet).
    QString copyFile() const;
    // Writes the copy now, on this thread, if the document is modified; true when written.
    bool writeNow();
    // Cancels a pending write, waits for one in flight, and removes the copy.
    void remove();

signals:
    // A write failed; `reason` names the file and the system's words.
    void failed(const QString &reason);

private:
    void documentChanged();
    void startWrite();
    void writeFinished();

    Document *m_document;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QTimer *m_quiet; // restarted by every change
    QTimer *m_deadline; // started by the first change not yet written
    QFutureWatcher<QString> m_write; // the write in flight; its result is the error
    bool m_writeAgain = false; // the document changed while a write was in flight
};

} // namespace warmshell::ui
