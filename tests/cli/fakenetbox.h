// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A scripted NetBox REST API on 127.0.0.1 for the live-import and push tests: plain HTTP/1.1,
// one request per connection (its body read by Content-Length), answers given per path (with
// query) in the order they are asked.
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
    // Every request other than GET, in order: {"POST /api/dcim/devices/", its body}.
    QList<std::pair<QString, QByteArray>> writes() const
    {
        QMutexLocker lock(&m_mutex);
        return m_writes;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            auto *buffer = new QByteArray(""); // null once answered
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                if (buffer->isNull())
                    return;
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0 || buffer->size() < end + 4 + contentLength(buffer->left(end)))
                    return;
                const QByteArray head = buffer->left(end), body = buffer->mid(end + 4);
                *buffer = QByteArray();
                answer(socket, head, body);
            });
            connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                delete buffer;
                socket->deleteLater();
            });
        }
    }

    static qsizetype contentLength(const QByteArray &head)
    {
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                return line.mid(15).trimmed().toLongLong();
        return 0;
    }

    void answer(QTcpSocket *socket, const QByteArray &head, const QByteArray &body)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QByteArray method = lines.value(0).split(' ').value(0);
        const QString target = QString::fromLatin1(lines.value(0).split(' ').value(1));
        FakeAnswer a{ 404, QByteArrayLiteral("{\"detail\":\"Not found.\"}"), {}, false };
        {
            QMutexLocker lock(&m_mutex);
            m_requests << target;
            if (method != "GET")
                m_writes.push_back({ QString::fromLatin1(method) + QLatin1Char(' ') + target, body });
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
    QList<std::pair<QString, QByteArray>> m_writes;
};

} // namespace warmshell::test
