// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A scripted NetBox REST API on 127.0.0.1 for the live-import tests: plain HTTP/1.1, one
// request per connection, answers given per path (with query) in the order they are asked.
// It runs on its own thread, so a test may block on a child process (the CLI) while it serves.
#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <deque>

namespace warmshell::test {

struct FakeAnswer
{
    int status = 200;
    QByteArray body;
    QByteArray extraHeaders; // "Name: value\r\n" lines
    bool silent = false; // never answer (a server that hangs)
};

class FakeNetBox : public QObject
{
public:
    FakeNetBox()
    {
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_server = new QTcpServer(this);
                connect(m_server, &QTcpServer::newConnection, this, &FakeNetBox::accept);
                m_server->listen(QHostAddress::LocalHost);
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    ~FakeNetBox() override
    {
        QMetaObject::invokeMethod(
            this, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    // Queues `answer` for `pathAndQuery` ("/api/dcim/racks/?limit=1000"); a path asked with no
    // answer queued gets 404.
    void script(const QString &pathAndQuery, const FakeAnswer &answer)
    {
        QMutexLocker lock(&m_mutex);
        m_answers[pathAndQuery].push_back(answer);
    }
    // Every request line's target, in order, and every Authorization header.
    QStringList requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    QList<QByteArray> authorizations() const
    {
        QMutexLocker lock(&m_mutex);
        return m_authorizations;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            auto *buffer = new QByteArray;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end >= 0)
                    answer(socket, buffer->left(end));
            });
            connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                delete buffer;
                socket->deleteLater();
            });
        }
    }

    void answer(QTcpSocket *socket, const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QString target = QString::fromLatin1(lines.value(0).split(' ').value(1));
        FakeAnswer a{ 404, QByteArrayLiteral("{\"detail\":\"Not found.\"}"), {}, false };
        {
            QMutexLocker lock(&m_mutex);
            m_requests << target;
            for (const QByteArray &line : lines)
                if (line.toLower().startsWith("authorization:"))
                    m_authorizations << line.mid(14).trimmed();
            auto it = m_answers.find(target);
            if (it != m_answers.end() && !it->empty()) {
                a = it->front();
                if (it->size() > 1)
                    it->pop_front();
            }
        }
        if (a.silent)
            return;
        QByteArray response = "HTTP/1.1 " + QByteArray::number(a.status) + " X\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + QByteArray::number(a.body.size()) + "\r\nConnection: close\r\n" + a.extraHeaders
            + "\r\n" + a.body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QString, std::deque<FakeAnswer>> m_answers; // the last answer of a path repeats
    QStringList m_requests;
    QList<QByteArray> m_authorizations;
};

} // namespace warmshell::test
