// SPDX-License-Identifier: GPL-3.0-or-later
// OutputFile (model/outputfile.h), the one way WarmShell writes a file: a complete new file or the
// old one untouched, devices and FIFOs written directly and left devices, other special files and
// the command's own inputs refused, "cannot write FILE: REASON" on every failure.
#include "outputfile.h"
#include "specialfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sys/socket.h>
#include <sys/un.h>

using namespace warmshell;
using namespace warmshell::hostile;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 07777;
}

mode_t currentUmask()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}

// Bytes no two tests share: 200 KiB, more than the 64 KiB tmpfs holds.
QByteArray bigContent()
{
    QByteArray bytes;
    for (int i = 0; bytes.size() < 200 * 1024; ++i)
        bytes += "line " + QByteArray::number(i) + " of the new content\n";
    return bytes;
}

} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT

private slots:
    // A new file gets the bytes and the permissions any new file gets (0666 less the umask);
    // nothing else is left in the folder.
    void writesANewFile()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("new.json"));
        QCOMPARE(writeOutputFile(target, "{\"a\": 1}\n"), QString());
        QCOMPARE(readAll(target), QByteArray("{\"a\": 1}\n"));
        QCOMPARE(modeOf(target), mode_t(0666 & ~currentUmask()));
        QCOMPARE(folderEntries(dir.path()), QStringList{ QStringLiteral("new.json") });
    }

    // An existing file is replaced whole (a shorter content leaves no tail of the old one) and
    // keeps its permissions.
    void replacesAFileKeepingItsPermissions()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("plan.csv"));
        QVERIFY(writeFile(target, "old content that is longer than the new one\n"));
        QVERIFY(::chmod(QFile::encodeName(target).constData(), 0640) == 0);
        QCOMPARE(writeOutputFile(target, "new\n"), QString());
        QCOMPARE(readAll(target), QByteArray("new\n"));
        QCOMPARE(modeOf(target), mode_t(0640));
        QCOMPARE(folderEntries(dir.path()), QStringList{ QStringLiteral("plan.csv") });
    }

    // Until commit() the target is the old file; an OutputFile dropped without commit() (a
    // writer that failed half way) leaves it and no temporary file.
    void untilCommitTheOldFileStays()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("model.lp"));
        QVERIFY(writeFile(target, "old\n"));
        {
            OutputFile file(target);
            QVERIFY(file.begin());
            QCOMPARE(file.write("half of a new"), qint64(13));
            QCOMPARE(readAll(target), QByteArray("old\n"));
            QCOMPARE(folderEntries(dir.path()).size(), 2); // the target and the temporary file
        }
        QCOMPARE(readAll(target), QByteArray("old\n"));
        QCOMPARE(folderEntries(dir.path()), QStringList{ QStringLiteral("model.lp") });
    }

    // A full disk: the short write is an error, the old file is intact, no temporary file stays.
    void fullDiskKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("small"));
        const ScopedTmpfs tmpfs(small, "size=64k");
        if (!tmpfs.unavailable().isEmpty())
            QSKIP(qPrintable(tmpfs.unavailable()));
        const QString target = QDir(small).filePath(QStringLiteral("plan.json"));
        QVERIFY(writeFile(target, "old plan\n"));
        const QString error = writeOutputFile(target, bigContent());
        QCOMPARE(error, QStringLiteral("cannot write %1: No space left on device").arg(target));
        QCOMPARE(readAll(target), QByteArray("old plan\n"));
        QCOMPARE(folderEntries(small), QStringList{ QStringLiteral("plan.json") });
        // An external writer stages in memory, so the full disk shows when its bytes are copied.
        OutputFile file(target);
        QVERIFY(file.begin(OutputFile::Writer::ExternalWriter));
        QVERIFY(writeFile(file.stagingPath(), bigContent()));
        QVERIFY(!file.commit());
        QCOMPARE(file.error(), error);
        QCOMPARE(readAll(target), QByteArray("old plan\n"));
        QCOMPARE(folderEntries(small), QStringList{ QStringLiteral("plan.json") });
    }

    // A device is written directly and stays a device: a node like /dev/null takes everything;
    // one like /dev/full refuses with the system's reason.
    void devicesAreWrittenDirectly()
    {
        QTemporaryDir dir;
        const QString null = dir.filePath(QStringLiteral("null")), full = dir.filePath(QStringLiteral("full"));
        if (const QString why = makeCharDevice(null, 1, 3); !why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(makeCharDevice(full, 1, 7).isEmpty());
        QCOMPARE(writeOutputFile(null, bigContent()), QString());
        QVERIFY(isCharDevice(null));
        QCOMPARE(writeOutputFile(full, "x"), QStringLiteral("cannot write %1: No space left on device").arg(full));
        QVERIFY(isCharDevice(full));
        QCOMPARE(folderEntries(dir.path()), (QStringList{ QStringLiteral("full"), QStringLiteral("null") }));
    }

    // A FIFO with a reader gets every byte and stays a FIFO; one without a reader is refused at
    // once instead of blocking.
    void fifos()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        const QByteArray content = bigContent();
        FifoReader reader(fifo);
        QCOMPARE(writeOutputFile(fifo, content), QString());
        QCOMPARE(reader.finish(), content);
        QVERIFY(isFifo(fifo));

        const QString lonely = dir.filePath(QStringLiteral("lonely"));
        QVERIFY(::mkfifo(QFile::encodeName(lonely).constData(), 0600) == 0);
        QCOMPARE(writeOutputFile(lonely, "x"),
            QStringLiteral("cannot write %1: no process is reading this FIFO").arg(lonely));
        QVERIFY(isFifo(lonely));
    }

    // A directory and a socket are refused by name, and are left as they were.
    void otherSpecialFilesAreRefused()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkdir(folder));
        QCOMPARE(writeOutputFile(folder, "x"), QStringLiteral("cannot write %1: Is a directory").arg(folder));
        QVERIFY(QFileInfo(folder).isDir());

        const QString socketPath = dir.filePath(QStringLiteral("sock"));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(socketPath);
        QVERIFY(size_t(name.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        QCOMPARE(writeOutputFile(socketPath, "x"),
            QStringLiteral("cannot write %1: it is a socket, not a file").arg(socketPath));
        ::close(fd);
        struct stat st = {};
        QVERIFY(::lstat(name.constData(), &st) == 0 && S_ISSOCK(st.st_mode));
    }

    // The target is compared with the inputs by device and inode: another spelling of the path
    // or a hard link is the same file. Refused unless forced; forced, it is replaced whole.
    void anInputIsReplacedOnlyWhenForced()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("project.json"));
        const QString link = dir.filePath(QStringLiteral("hardlink.json"));
        QVERIFY(writeFile(input, "the project\n"));
        QVERIFY(::link(QFile::encodeName(input).constData(), QFile::encodeName(link).constData()) == 0);
        const QString spelled = dir.path() + QStringLiteral("/./project.json");
        for (const QString &target : { spelled, link }) {
            QCOMPARE(writeOutputFile(target, "plan", OutputGuard{ { input }, false }),
                QStringLiteral("cannot write %1: it is the input file %2 (give --force to replace it)")
                    .arg(target, input));
            QCOMPARE(readAll(input), QByteArray("the project\n"));
        }
        QCOMPARE(writeOutputFile(spelled, "plan", OutputGuard{ { input }, true }), QString());
        QCOMPARE(readAll(input), QByteArray("plan"));
        // A file that is not an input is not refused, whatever its name looks like.
        QCOMPARE(writeOutputFile(link, "other", OutputGuard{ { dir.filePath(QStringLiteral("absent.json")) }, false }),
            QString());
    }

    // A symbolic link keeps pointing at the file, which gets the new content.
    void symbolicLinksAreFollowed()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.csv")), link = dir.filePath(QStringLiteral("link.csv"));
        QVERIFY(writeFile(real, "old"));
        QVERIFY(QFile::link(real, link));
        QCOMPARE(writeOutputFile(link, "new"), QString());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readAll(real), QByteArray("new"));
    }

    // A folder that cannot be written to: refused with the system's reason, nothing made.
    void unwritableFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("readonly"));
        const ScopedTmpfs readOnly(folder, "ro");
        if (!readOnly.unavailable().isEmpty()) {
            // Without mount rights, a folder without write permission (not enough for root).
            QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
            if (::geteuid() == 0)
                QSKIP("running as root without mount rights: no folder is read-only");
        }
        const QString target = QDir(folder).filePath(QStringLiteral("out.json"));
        const QString error = writeOutputFile(target, "x");
        QVERIFY2(error == QStringLiteral("cannot write %1: Read-only file system").arg(target)
                || error == QStringLiteral("cannot write %1: Permission denied").arg(target),
            qPrintable(error));
        QVERIFY(!QFile::exists(target));
    }

    // A library that writes a file by name (GLPK) writes stagingPath(); the target gets it on
    // commit, a device gets it copied, and a failure the library reports replaces nothing.
    void externalWriters()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("model.mps"));
        QVERIFY(writeFile(target, "old"));
        {
            OutputFile file(target);
            QVERIFY(file.begin(OutputFile::Writer::ExternalWriter));
            QVERIFY(!file.stagingPath().startsWith(dir.path())); // in memory, not on the disk
            QVERIFY(writeFile(file.stagingPath(), "NAME model\n"));
            QVERIFY2(file.commit(), qPrintable(file.error()));
        }
        QCOMPARE(readAll(target), QByteArray("NAME model\n"));
        {
            OutputFile file(target);
            QVERIFY(file.begin(OutputFile::Writer::ExternalWriter));
            QVERIFY(writeFile(file.stagingPath(), "NAME half"));
            file.failExternalWriter(ENOSPC);
            QVERIFY(!file.commit());
            QCOMPARE(file.error(), QStringLiteral("cannot write %1: No space left on device").arg(target));
        }
        QCOMPARE(readAll(target), QByteArray("NAME model\n"));
        QCOMPARE(folderEntries(dir.path()), QStringList{ QStringLiteral("model.mps") });

        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        FifoReader reader(fifo);
        OutputFile file(fifo);
        QVERIFY(file.begin(OutputFile::Writer::ExternalWriter));
        QVERIFY(writeFile(file.stagingPath(), bigContent()));
        QVERIFY2(file.commit(), qPrintable(file.error()));
        QCOMPARE(reader.finish(), bigContent());
        QVERIFY(isFifo(fifo));
    }

    // The device is a QIODevice for writers that take one (QPdfWriter, QTextStream).
    void isAQIODevice()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("report.txt"));
        OutputFile file(target);
        QVERIFY(file.begin());
        QVERIFY(file.isOpen() && file.isWritable());
        {
            QTextStream stream(&file);
            stream << "line " << 1 << '\n';
        }
        QVERIFY2(file.commit(), qPrintable(file.error()));
        QCOMPARE(readAll(target), QByteArray("line 1\n"));
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
