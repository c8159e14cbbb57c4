// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverywriter.h"

#include "document/document.h"
#include "document/recoverycopy.h"
#include "project.h"

#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace warmshell::ui {

RecoveryWriter::RecoveryWriter(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_id(QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_quiet(new QTimer(this)), m_deadline(new QTimer(this))
{
    if (!recovery::folder().isEmpty()) {
        m_lock = std::make_unique<QLockFile>(recovery::lockFile(m_id));
        m_lock->setStaleLockTime(0);
        m_lock->tryLock(0); // a fresh uuid: nobody else holds it
    }
    for (QTimer *timer : { m_quiet, m_deadline }) {
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, &RecoveryWriter::startWrite);
    }
    m_quiet->setInterval(quietMsec());
    m_deadline->setInterval(maxDelayMsec());
    connect(&m_write, &QFutureWatcher<QString>::finished, this, &RecoveryWriter::writeFinished);
    connect(m_document, &Document::changed, this, &RecoveryWriter::documentChanged);
    connect(m_document, &Document::modifiedChanged, this, &RecoveryWriter::documentChanged);
}

RecoveryWriter::~RecoveryWriter()
{
    m_write.waitForFinished();
}

QString RecoveryWriter::copyFile() const
{
    return recovery::copyFile(m_id);
}

void RecoveryWriter::documentChanged()
{
    if (!m_document->isModified()) {
        remove();
        return;
    }
    m_quiet->start();
    if (!m_deadline->isActive())
        m_deadline->start();
}

void RecoveryWriter::startWrite()
{
    m_quiet->stop();
    m_deadline->stop();
    if (!m_document->isModified())
        return;
    if (m_write.isRunning()) {
        m_writeAgain = true;
        return;
    }
    // A snapshot: commands edit the document's project on this thread meanwhile. Copying it
    // takes a fraction of serialising it (bench_gui part 4: 40,000 racks serialise in ~1.2 s).
    m_write.setFuture(QtConcurrent::run([id = m_id, origin = m_document->fileName(), project = m_document->project()] {
        return recovery::writeCopy(id, origin, project);
    }));
}

void RecoveryWriter::writeFinished()
{
    const QString error = m_write.result();
    if (!error.isEmpty())
        emit failed(error);
    if (m_writeAgain) {
        m_writeAgain = false;
        startWrite();
    }
}

bool RecoveryWriter::writeNow()
{
    m_quiet->stop();
    m_deadline->stop();
    m_write.waitForFinished();
    m_writeAgain = false;
    if (!m_document->isModified())
        return false;
    const QString error = recovery::writeCopy(m_id, m_document->fileName(), m_document->project());
    if (!error.isEmpty())
        emit failed(error);
    return error.isEmpty();
}

void RecoveryWriter::remove()
{
    m_quiet->stop();
    m_deadline->stop();
    m_writeAgain = false;
    m_write.waitForFinished();
    recovery::removeCopy(copyFile());
}

} // namespace warmshell::ui
