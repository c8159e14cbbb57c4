// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputfile.h"

#include "filename.h"
#include "standardstream.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace warmshell {

namespace {

// "a FIFO", "a directory", ...: what a file that is not a regular file is, for messages.
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("a directory");
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO");
    if (S_ISCHR(mode))
        return QStringLiteral("a character device");
    if (S_ISBLK(mode))
        return QStringLiteral("a block device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    return QStringLiteral("not a file");
}

QString notRegular(const QString &fileName, mode_t mode)
{
    return QStringLiteral("%1: not a regular file (%2)").arg(fileName, kindOf(mode));
}

QString tooLarge(const QString &fileName, qint64 maxBytes)
{
    constexpr qint64 kMiB = 1024 * 1024;
    const QString limit = maxBytes % kMiB == 0 ? QStringLiteral("%1 MiB").arg(maxBytes / kMiB)
                                               : QStringLiteral("%1 bytes").arg(maxBytes);
    return QStringLiteral("%1: more than %2; input files are limited to %2 (limits::maxFileBytes)")
        .arg(fileName, limit);
}

QString cannotRead(const QString &fileName, int error)
{
    if (error == ENOENT)
        return QStringLiteral("%1 does not exist").arg(fileName);
    return QStringLiteral("cannot read %1: %2").arg(fileName, QString::fromLocal8Bit(std::strerror(error)));
}

// Reads from `fd` until end of file or maxBytes + 1 bytes; false (errno set) on a read error.
bool readBounded(int fd, qint64 maxBytes, QByteArray &bytes)
{
    constexpr qint64 kChunk = 1 << 20;
    for (;;) {
        const qint64 room = maxBytes + 1 - bytes.size();
        if (room <= 0)
            return true;
        const qsizetype before = bytes.size();
        bytes.resize(before + qsizetype(std::min(room, kChunk)));
        const ssize_t got = ::read(fd, bytes.data() + before, size_t(bytes.size() - before));
        if (got < 0 && errno == EINTR) {
            bytes.resize(before);
            continue;
        }
        bytes.resize(before + std::max<qsizetype>(got, 0));
        if (got <= 0)
            return got == 0;
    }
}

// A file compiled into the program (":/warmshell/examples/lab.warmshell.json"): read whole
// through QFile, as only the resource system knows it; it is ours, and checked for size all the same.
InputFile readResource(const QString &fileName, qint64 maxBytes)
{
    InputFile file;
    QFile resource(fileName);
    if (!resource.open(QIODevice::ReadOnly))
        file.error = QStringLiteral("cannot read %1: %2").arg(fileName, resource.errorString());
    else if (resource.size() > maxBytes)
        file.error = tooLarge(fileName, maxBytes);
    else
        file.bytes = resource.read(maxBytes + 1);
    return file;
}

// Standard input, whatever it is but a terminal: a pipe, a file or a device the shell opened.
InputFile readStandardInput(qint64 maxBytes)
{
    const QString name = QStringLiteral("standard input");
    InputFile file;
    struct stat info = {};
    if (::isatty(STDIN_FILENO)) {
        file.error = QStringLiteral("standard input is a terminal; pipe a file into it or name the FILE");
        return file;
    }
    if (::fstat(STDIN_FILENO, &info) != 0) {
        file.error = cannotRead(name, errno);
        return file;
    }
    if (S_ISREG(info.st_mode) && info.st_size > maxBytes) {
        file.error = tooLarge(name, maxBytes);
        return file;
    }
    if (!readBounded(STDIN_FILENO, maxBytes, file.bytes))
        file.error = cannotRead(name, errno);
    else if (file.bytes.size() > maxBytes)
        file.error = tooLarge(name, maxBytes);
    else if (file.bytes.isEmpty())
        file.error = QStringLiteral("standard input is empty");
    if (!file.ok())
        file.bytes.clear();
    return file;
}

} // namespace

InputFile readInputFile(const QString &fileName, qint64 maxBytes)
{
    if (fileName.startsWith(QLatin1Char(':')))
        return readResource(fileName, maxBytes);
    if (fileName == QLatin1String(kStandardStreamName))
        return readStandardInput(maxBytes);
    InputFile file;
    const QByteArray path = fileNameBytes(fileName);
    struct stat info = {};
    if (::stat(path.constData(), &info) != 0) {
        file.error = cannotRead(fileName, errno);
        return file;
    }
    if (!S_ISREG(info.st_mode)) {
        file.error = notRegular(fileName, info.st_mode);
        return file;
    }
    if (info.st_size > maxBytes) {
        file.error = tooLarge(fileName, maxBytes);
        return file;
    }
    // O_NONBLOCK: should a FIFO replace the file after stat, opening it does not wait for a writer.
    const int fd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        file.error = cannotRead(fileName, errno);
        return file;
    }
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        file.error = notRegular(fileName, info.st_mode);
    } else {
        file.bytes.reserve(qsizetype(std::min<qint64>(info.st_size, maxBytes) + 1));
        if (!readBounded(fd, maxBytes, file.bytes))
            file.error = cannotRead(fileName, errno);
        else if (file.bytes.size() > maxBytes)
            file.error = tooLarge(fileName, maxBytes);
    }
    ::close(fd);
    if (!file.ok())
        file.bytes.clear();
    return file;
}

QString openInputStream(const QString &fileName, QFile &file)
{
    if (fileName == QLatin1String(kStandardStreamName)) {
        if (::isatty(STDIN_FILENO))
            return QStringLiteral("standard input is a terminal; pipe a file into it or name the FILE");
        if (!file.open(stdin, QIODevice::ReadOnly))
            return QStringLiteral("cannot read standard input: %1").arg(file.errorString());
        return {};
    }
    const QByteArray path = fileNameBytes(fileName);
    struct stat info = {};
    if (::stat(path.constData(), &info) != 0)
        return cannotRead(fileName, errno);
    if (!S_ISREG(info.st_mode))
        return notRegular(fileName, info.st_mode);
    const int fd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return cannotRead(fileName, errno);
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return notRegular(fileName, info.st_mode);
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString());
    }
    return {};
}

} // namespace warmshell
