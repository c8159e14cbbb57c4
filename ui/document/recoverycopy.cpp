// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverycopy.h"

#include "outputfile.h"
#include "projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

#include <algorithm>

namespace warmshell::ui::recovery {

namespace {
const QString kCopySuffix = QStringLiteral(".warmshell.json");

QString idOf(const QString &copyFile)
{
    const QString name = QFileInfo(copyFile).fileName();
    return name.left(name.size() - kCopySuffix.size());
}

QString readOrigin(const QString &id)
{
    QFile file(originFile(id));
    if (!file.open(QIODevice::ReadOnly))
        return {}; // a copy without an origin is offered as untitled
    return QString::fromUtf8(file.read(64 * 1024));
}

// True when a running process holds the lock of copy `id`. A lock left by a dead process is
// stale: it is taken and released, which removes it.
bool inUse(const QString &id)
{
    QLockFile lock(lockFile(id));
    lock.setStaleLockTime(0); // a live instance's lock never goes stale by age
    return !lock.tryLock(0);
}

// True when `copy` (the bytes of `copyFile`, parsed) holds the same project as `originalFile`:
// the same bytes, or both parsed and written again give the same bytes.
bool sameAsOriginal(const QString &copyFile, const LoadResult &copy, const QString &originalFile)
{
    if (originalFile.isEmpty() || !copy.ok())
        return false;
    QFile a(copyFile), b(originalFile);
    if (a.size() == b.size() && a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly)
        && a.readAll() == b.readAll())
        return true;
    const LoadResult original = loadProject(originalFile);
    if (!original.ok())
        return false;
    // Equal values write equal bytes; the bytes decide when the values differ only in what the
    // file does not hold.
    return *original.project == *copy.project || serializeProject(*original.project) == serializeProject(*copy.project);
}

RecoveryCopy describe(const QString &copyFile, const QString &originalFile, const LoadResult &loaded)
{
    RecoveryCopy copy;
    copy.copyFile = copyFile;
    copy.originalFile = originalFile;
    copy.written = QFileInfo(copyFile).lastModified();
    if (loaded.ok()) {
        copy.siteName = loaded.project->site.name;
        copy.halls = qsizetype(loaded.project->site.halls.size());
        copy.racks = qsizetype(loaded.project->site.racks.size());
        copy.lots = qsizetype(loaded.project->fleet.size());
    }
    for (const Problem &problem : loaded.errors)
        copy.problems << problem.toString();
    return copy;
}
} // namespace

QString folder()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
    return QDir().mkpath(dir) ? dir : QString();
}

QString copyFile(const QString &id)
{
    return folder() + QLatin1Char('/') + id + kCopySuffix;
}

QString originFile(const QString &id)
{
    return folder() + QLatin1Char('/') + id + QStringLiteral(".origin");
}

QString lockFile(const QString &id)
{
    return folder() + QLatin1Char('/') + id + QStringLiteral(".lock");
}

QList<RecoveryCopy> offerableCopies()
{
    QList<RecoveryCopy> copies;
    const QDir dir(folder());
    for (const QString &name : dir.entryList({ QLatin1Char('*') + kCopySuffix }, QDir::Files)) {
        const QString file = dir.absoluteFilePath(name);
        const QString id = idOf(file);
        if (inUse(id))
            continue;
        const QString original = readOrigin(id);
        const LoadResult loaded = loadProject(file);
        if (sameAsOriginal(file, loaded, original)) {
            removeCopy(file);
            continue;
        }
        copies << describe(file, original, loaded);
    }
    std::sort(copies.begin(), copies.end(),
        [](const RecoveryCopy &a, const RecoveryCopy &b) { return a.written > b.written; });
    return copies;
}

QString writeCopy(const QString &id, const QString &originalFile, const Project &project)
{
    if (folder().isEmpty())
        return QStringLiteral("cannot create the recovery folder");
    const bool resource = originalFile.startsWith(QLatin1Char(':'));
    const QString origin
        = originalFile.isEmpty() || resource ? originalFile : QFileInfo(originalFile).absoluteFilePath();
    if (QString error = writeOutputFile(originFile(id), origin.toUtf8()); !error.isEmpty())
        return error;
    return writeOutputFile(copyFile(id), serializeProject(project));
}

void removeCopy(const QString &copyFile)
{
    QFile::remove(originFile(idOf(copyFile)));
    QFile::remove(copyFile);
}

} // namespace warmshell::ui::recovery
