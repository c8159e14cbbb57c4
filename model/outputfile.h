// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace warmshell {

// The files a command read, which its output must not replace unless the user said so.
struct OutputGuard
{
    QStringList inputs; // paths the command read; compared with the target by device and inode
    bool force = false; // --force: replacing one of `inputs` is allowed
};

// The one way WarmShell writes a file: every CLI --out, the LP/MPS model, the PDF report, the
// desktop exports and the project itself.
//
// The target is classified when begin() is called:
// - a regular file, or nothing yet: the bytes go to a temporary file in the target's folder
//   (".NAME.XXXXXX.tmp", the old file's permissions, else 0666 less the umask); commit() checks
//   every write by its byte count, flushes it to disk and renames it over the target. On any
//   failure, or when the OutputFile is destroyed without commit(), the temporary file is removed
//   and the old file is left byte for byte as it was.
// - a character device or a FIFO (/dev/null, /dev/full, a pipe someone reads): written directly,
//   never renamed over, so the device stays a device. A FIFO that no process reads is refused
//   rather than waited for.
// - anything else (a directory, a socket, a block device): refused.
// A target that is the same file as one of the guard's inputs (same st_dev and st_ino, whatever
// the spelling of the path) is refused unless the guard says force.
//
// Every failure is reported by error() as "cannot write FILE: REASON" (FILE as given, REASON the
// system's words, e.g. "No space left on device"). Not thread-safe; one OutputFile per file.
class OutputFile final : public QIODevice
{
public:
    // Who writes the content.
    enum class Writer {
        ThisDevice, // the caller, through this QIODevice (write(), QPdfWriter, QTextStream...)
        ExternalWriter // a library that takes a file name (GLPK), given stagingPath()
    };

    explicit OutputFile(QString path, OutputGuard guard = {});
    ~OutputFile() override; // discards whatever was written unless commit() succeeded

    // Checks the target and opens where the bytes go; the device is then open for writing.
    // False, with error(), when the target is refused or cannot be written.
    bool begin(Writer writer = Writer::ThisDevice);
    // For Writer::ExternalWriter: the file the library must write whole, a file in memory
    // ("/proc/self/fd/N", made by begin()). A library that writes by name may not report a
    // failed final flush (GLPK does not), so it never writes to the disk itself: commit()
    // copies the staged bytes to the temporary file or device with every write checked.
    QString stagingPath() const { return m_stagingPath; }
    // Ends the output: copies the staged bytes (ExternalWriter); for a regular target then
    // flushes, syncs and renames the temporary file over the target; for a device, closes it.
    // False, with error(), if anything written so far failed or this step fails; nothing is
    // replaced.
    bool commit();
    // Drops the output: removes the temporary file, leaves the target as it was.
    void discard();
    // "cannot write FILE: REASON" after a failure; empty otherwise.
    QString error() const { return m_error; }
    // Records a failure of an external writer (errno-style `systemError`, 0 when unknown) so
    // that commit() refuses to replace the target.
    void failExternalWriter(int systemError);

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    enum class Kind { File, Stream };
    bool classifyTarget();
    bool openTemporary(const QString &folder, const QString &baseName, int mode);
    bool openStream();
    bool openStaging();
    int sinkFd() const; // where the bytes go: the temporary file or the device
    bool copyStaged();
    bool replaceTarget();
    bool fail(int systemError);
    bool failWith(const QString &reason);

    QString m_path; // as the caller gave it, for messages
    QString m_finalPath; // where the rename lands (the target of a symbolic link)
    OutputGuard m_guard;
    Kind m_kind = Kind::File;
    Writer m_writer = Writer::ThisDevice;
    int m_mode = -1; // permissions of the existing regular target; -1 for a new file
    QString m_tempPath; // the temporary file; empty when there is none (left)
    int m_tempFd = -1;
    int m_streamFd = -1; // the device or FIFO, written directly
    QString m_stagingPath; // Writer::ExternalWriter: the file in memory the library writes
    int m_stagingFd = -1;
    bool m_failed = false;
    bool m_committed = false;
    QString m_error;
};

// Writes `bytes` to `path` through an OutputFile. Empty string on success, else the
// "cannot write FILE: REASON" line; the old file is then untouched.
QString writeOutputFile(const QString &path, const QByteArray &bytes, const OutputGuard &guard = {});

} // namespace warmshell
