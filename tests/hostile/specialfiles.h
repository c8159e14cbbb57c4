// SPDX-License-Identifier: GPL-3.0-or-later
// Special files for the output tests (tests/model/tst_outputfile, tests/hostile/tst_hostile_output):
// a small tmpfs that fills up, a read-only folder, device nodes made in a private folder, FIFOs with a
// reader. What needs privileges (mount, mknod) reports why it could not be done, so that a test can
// QSKIP with that reason instead of failing on a machine that does not allow it.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>

namespace warmshell::hostile {

// A tmpfs mounted at `folder` (made if missing) with mount `options` ("size=64k", "ro") for the
// life of this object; unmounted (lazily) when it ends. unavailable() says why it could not be.
class ScopedTmpfs
{
public:
    ScopedTmpfs(const QString &folder, const char *options) : m_folder(QFile::encodeName(folder))
    {
        QDir().mkpath(folder);
        if (::mount("tmpfs", m_folder.constData(), "tmpfs", 0, options) == 0)
            m_mounted = true;
        else
            m_unavailable = QStringLiteral("cannot mount a tmpfs (%1): %2")
                                .arg(QString::fromLatin1(options), QString::fromLocal8Bit(std::strerror(errno)));
    }
    ~ScopedTmpfs()
    {
        if (m_mounted)
            ::umount2(m_folder.constData(), MNT_DETACH);
    }
    ScopedTmpfs(const ScopedTmpfs &) = delete;
    ScopedTmpfs &operator=(const ScopedTmpfs &) = delete;

    // Empty when mounted; else the reason, for QSKIP.
    QString unavailable() const { return m_unavailable; }

private:
    QByteArray m_folder;
    bool m_mounted = false;
    QString m_unavailable;
};

// Makes a character device node at `path` with the numbers of /dev/null (1, 3) or /dev/full (1, 7).
// Empty on success, else the reason, for QSKIP.
inline QString makeCharDevice(const QString &path, unsigned major, unsigned minor)
{
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(major, minor)) == 0)
        return {};
    return QStringLiteral("cannot make a device node (mknod): %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
}

inline bool isCharDevice(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

inline bool isFifo(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

// Every entry of `folder` (hidden ones too), sorted: what a writer left behind.
inline QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// Reads a FIFO to its end on a thread of its own. The FIFO is made and opened for reading in the
// constructor, so a writer that opens it afterwards always finds a reader.
class FifoReader
{
public:
    explicit FifoReader(const QString &path) : m_path(QFile::encodeName(path))
    {
        ::mkfifo(m_path.constData(), 0600);
        m_fd = ::open(m_path.constData(), O_RDONLY | O_NONBLOCK);
        m_thread = std::thread([this] {
            // poll() reports a hang-up only after a writer came and went (Linux), so this
            // reads until the first writer closes.
            for (;;) {
                pollfd wanted{ m_fd, POLLIN, 0 };
                if (::poll(&wanted, 1, -1) < 0 && errno != EINTR)
                    break;
                char buffer[65536];
                const ssize_t got = ::read(m_fd, buffer, sizeof buffer);
                if (got > 0)
                    m_bytes.append(buffer, qsizetype(got));
                else if (got == 0 || errno != EAGAIN)
                    break;
            }
        });
    }
    ~FifoReader() { finish(); }
    FifoReader(const FifoReader &) = delete;
    FifoReader &operator=(const FifoReader &) = delete;

    // What was read, once the writer closed the FIFO (if none ever opened it, opens it for
    // writing once to end the reader).
    QByteArray finish()
    {
        if (m_thread.joinable()) {
            if (const int fd = ::open(m_path.constData(), O_WRONLY | O_NONBLOCK); fd >= 0)
                ::close(fd);
            m_thread.join();
            ::close(m_fd);
        }
        return m_bytes;
    }

private:
    QByteArray m_path;
    int m_fd = -1;
    QByteArray m_bytes;
    std::thread m_thread;
};

} // namespace warmshell::hostile
