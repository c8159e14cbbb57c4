// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include "filename.h"
#include "standardstream.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace warmshell {

namespace {

QString systemReason(int systemError)
{
    return QString::fromLocal8Bit(std::strerror(systemError));
}

// Writes all `size` bytes to `fd`, resuming after short writes and signals. False, with the
// errno in `systemError`, when the system takes fewer bytes than given.
bool writeAll(int fd, const char *data, qint64 size, int &systemError)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(std::min<qint64>(size, qint64(1) << 30)));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            systemError = written < 0 ? errno : EIO;
            return false;
        }
        data += written;
        size -= written;
    }
    return true;
}

// What `name` is, by stat: a path, or standard input for kStandardStreamName. False on failure.
bool statInput(const QString &name, struct stat &info)
{
    return name == QLatin1String(kStandardStreamName) ? ::fstat(STDIN_FILENO, &info) == 0
                                                      : ::stat(fileNameBytes(name).constData(), &info) == 0;
}

// The input among `inputs` that is the file `target` (same device and inode), or empty.
QString sameFileAs(const struct stat &target, const QStringList &inputs)
{
    for (const QString &input : inputs) {
        struct stat in = {};
        if (statInput(input, in) && in.st_dev == target.st_dev && in.st_ino == target.st_ino)
            return input == QLatin1String(kStandardStreamName) ? QStringLiteral("standard input") : input;
    }
    return {};
}

QString kindOfSpecialFile(mode_t mode)
{
    if (S_ISSOCK(mode))
        return QStringLiteral("it is a socket, not a file");
    if (S_ISBLK(mode))
        return QStringLiteral("it is a block device, not a file");
    return QStringLiteral("it is not a regular file, a character device or a FIFO");
}

} // namespace

OutputFile::OutputFile(QString path, OutputGuard guard) : m_path(std::move(path)), m_guard(std::move(guard))
{
}

OutputFile::~OutputFile()
{
    if (!m_committed)
        discard();
}

bool OutputFile::fail(int systemError)
{
    return failWith(systemReason(systemError));
}

bool OutputFile::failWith(const QString &reason)
{
    if (!m_failed)
        m_error = QStringLiteral("cannot write %1: %2")
                      .arg(m_path == QLatin1String(kStandardStreamName) ? QStringLiteral("standard output") : m_path,
                          reason);
    m_failed = true;
    return false;
}

void OutputFile::failExternalWriter(int systemError)
{
    failWith(systemError != 0 ? systemReason(systemError) : QStringLiteral("the writer reported an error"));
}

// Sets m_kind, m_finalPath and m_mode from what is at m_path, or refuses it.
bool OutputFile::classifyTarget()
{
    if (m_path.isEmpty())
        return failWith(QStringLiteral("no file name given"));
    if (m_path == QLatin1String(kStandardStreamName)) {
        // Standard output is written directly whatever it is (a terminal, pipe or file the
        // shell opened, which cannot be replaced atomically), but refused when it is an input.
        struct stat target = {};
        if (::fstat(STDOUT_FILENO, &target) != 0)
            return fail(errno);
        if (const QString input = sameFileAs(target, m_guard.inputs); !input.isEmpty() && !m_guard.force)
            return failWith(QStringLiteral("it is the input file %1 (give --force to replace it)").arg(input));
        m_kind = Kind::Stream;
        return true;
    }
    m_finalPath = m_path;
    struct stat target = {};
    if (::stat(fileNameBytes(m_path).constData(), &target) != 0) {
        m_kind = Kind::File; // nothing there yet (or a dangling link, which the file replaces)
        return errno == ENOENT || fail(errno);
    }
    if (const QString input = sameFileAs(target, m_guard.inputs); !input.isEmpty() && !m_guard.force)
        return failWith(QStringLiteral("it is the input file %1 (give --force to replace it)").arg(input));
    if (S_ISDIR(target.st_mode))
        return fail(EISDIR);
    if (S_ISCHR(target.st_mode) || S_ISFIFO(target.st_mode)) {
        m_kind = Kind::Stream;
        return true;
    }
    if (!S_ISREG(target.st_mode))
        return failWith(kindOfSpecialFile(target.st_mode));
    if (::access(fileNameBytes(m_path).constData(), W_OK) != 0)
        return fail(errno);
    m_kind = Kind::File;
    m_mode = int(target.st_mode & 07777);
    if (const QFileInfo info(m_path); info.isSymLink())
        m_finalPath = info.canonicalFilePath(); // replace the file the link points to, keep the link
    return true;
}

bool OutputFile::begin(Writer writer)
{
    m_writer = writer;
    if (!classifyTarget())
        return false;
    const QFileInfo info(m_finalPath);
    const bool opened
        = (m_kind == Kind::File ? openTemporary(info.absolutePath(), info.fileName(), m_mode) : openStream())
        && (writer == Writer::ThisDevice || openStaging());
    if (!opened) {
        discard();
        return false;
    }
    return QIODevice::open(QIODevice::WriteOnly);
}

int OutputFile::sinkFd() const
{
    return m_kind == Kind::Stream ? m_streamFd : m_tempFd;
}

// Creates ".BASENAME.XXXXXX.tmp" in `folder` (mode: the permissions to give it; -1: 0666 less
// the umask, as any new file).
bool OutputFile::openTemporary(const QString &folder, const QString &baseName, int mode)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString suffix = QString::number(QRandomGenerator::global()->bounded(0x1000000), 36);
        const QString candidate = QDir(folder).filePath(QStringLiteral(".%1.%2.tmp").arg(baseName, suffix));
        const int fd = ::open(fileNameBytes(candidate).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd < 0)
            return fail(errno);
        m_tempFd = fd;
        m_tempPath = candidate;
        if (mode >= 0 && ::fchmod(fd, mode_t(mode)) != 0)
            return fail(errno);
        return true;
    }
    return fail(EEXIST);
}

// A file in memory for an external writer: libraries that write by name (GLPK) do not all
// report a failed final flush, so they never write to the disk themselves; commit() copies
// what they wrote with every write checked.
bool OutputFile::openStaging()
{
    const int fd = ::memfd_create("warmshell-output", MFD_CLOEXEC);
    if (fd < 0)
        return fail(errno);
    m_stagingFd = fd;
    m_stagingPath = QStringLiteral("/proc/self/fd/%1").arg(fd);
    return true;
}

// Opens the device or FIFO for writing without waiting for a reader; standard output is a
// duplicate of its descriptor, closed by commit() while the process keeps its own.
bool OutputFile::openStream()
{
    if (m_path == QLatin1String(kStandardStreamName)) {
        m_streamFd = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 0);
        return m_streamFd >= 0 || fail(errno);
    }
    const int fd = ::open(fileNameBytes(m_path).constData(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENXIO ? failWith(QStringLiteral("no process is reading this FIFO")) : fail(errno);
    m_streamFd = fd;
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0)
        return fail(errno);
    return true;
}

qint64 OutputFile::readData(char *, qint64)
{
    return -1;
}

qint64 OutputFile::writeData(const char *data, qint64 size)
{
    const int fd = sinkFd();
    if (m_failed || fd < 0)
        return -1;
    int systemError = 0;
    if (!writeAll(fd, data, size, systemError)) {
        fail(systemError);
        return -1;
    }
    return size;
}

// Copies what the external writer left in the staging file to the temporary file or device.
bool OutputFile::copyStaged()
{
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (off_t offset = 0;;) {
        const ssize_t got = ::pread(m_stagingFd, buffer.data(), size_t(buffer.size()), offset);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return fail(errno);
        if (got == 0)
            return true;
        int systemError = 0;
        if (!writeAll(sinkFd(), buffer.constData(), got, systemError))
            return fail(systemError);
        offset += got;
    }
}

// Syncs and closes the temporary file and renames it over the target.
bool OutputFile::replaceTarget()
{
    const int fd = std::exchange(m_tempFd, -1);
    if (::fsync(fd) != 0) {
        const int systemError = errno;
        ::close(fd);
        return fail(systemError);
    }
    if (::close(fd) != 0)
        return fail(errno);
    if (::rename(fileNameBytes(m_tempPath).constData(), fileNameBytes(m_finalPath).constData()) != 0)
        return fail(errno);
    m_tempPath.clear();
    // The rename itself reaches the disk with the folder (best effort: not every file system can).
    if (const int folder
        = ::open(fileNameBytes(QFileInfo(m_finalPath).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return true;
}

bool OutputFile::commit()
{
    bool ok = !m_failed && sinkFd() >= 0;
    if (ok && m_writer == Writer::ExternalWriter)
        ok = copyStaged();
    if (ok && m_kind == Kind::File)
        ok = replaceTarget();
    if (ok && m_kind == Kind::Stream && ::close(std::exchange(m_streamFd, -1)) != 0)
        ok = fail(errno);
    if (!ok) {
        if (!m_failed)
            failWith(QStringLiteral("the output was not opened"));
        discard();
        return false;
    }
    discard(); // the staging file, if any
    m_committed = true;
    return true;
}

void OutputFile::discard()
{
    if (m_tempFd >= 0)
        ::close(std::exchange(m_tempFd, -1));
    if (m_streamFd >= 0)
        ::close(std::exchange(m_streamFd, -1));
    if (m_stagingFd >= 0)
        ::close(std::exchange(m_stagingFd, -1));
    m_stagingPath.clear();
    if (!m_tempPath.isEmpty())
        ::unlink(fileNameBytes(std::exchange(m_tempPath, QString())).constData());
    if (isOpen())
        QIODevice::close();
}

QString writeOutputFile(const QString &path, const QByteArray &bytes, const OutputGuard &guard)
{
    OutputFile file(path, guard);
    if (file.begin())
        file.write(bytes);
    file.commit();
    return file.error();
}

} // namespace warmshell
