// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsession.h"

#include "document/document.h"
#include "import/netboximportdialog.h"
#include "projectfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace warmshell::ui {

namespace {
const QString kFileFilter = QStringLiteral("WarmShell projects (*.warmshell.json *.json);;All files (*)");
const QString kSettingsOrganization = QStringLiteral("WarmShell");
const QString kSettingsApplication = QStringLiteral("WarmShell");
const QString kRecentFilesKey = QStringLiteral("recentFiles");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
constexpr int kMaxRecentFiles = 8;
constexpr int kDefaultAutosaveMsec = 3 * 60 * 1000;

QSettings settings()
{
    return QSettings(kSettingsOrganization, kSettingsApplication);
}
} // namespace

DocumentSession::DocumentSession(Document *document, QWidget *window)
    : m_document(document), m_window(window), m_autosaveTimer(new QTimer(this))
{
    m_autosaveTimer->setInterval(kDefaultAutosaveMsec);
    connect(m_autosaveTimer, &QTimer::timeout, this, &DocumentSession::autosaveNow);
    m_autosaveTimer->start();
}

DocumentSession::~DocumentSession() = default;

// ---- Open and save

QStringList DocumentSession::openFile(const QString &fileName)
{
    QStringList errors;
    const QString previous = m_document->fileName();
    const bool previousModified = m_document->isModified();
    if (!m_document->open(fileName, &errors))
        return errors;
    if (!previousModified)
        removeRecoveryFile(previous);
    addRecentFile(fileName);
    emit fileOpened(fileName);
    emit projectReplaced();
    emit message(tr("Opened %1").arg(fileName), 4000);
    return {};
}

QString DocumentSession::saveTo(const QString &fileName)
{
    const QString previous = m_document->fileName();
    const QString error = m_document->saveAs(fileName);
    if (!error.isEmpty())
        return error;
    removeRecoveryFile(previous);
    removeRecoveryFile(fileName);
    addRecentFile(fileName);
    return {};
}

bool DocumentSession::openFileInteractive(const QString &fileName)
{
    const QStringList errors = openFile(fileName);
    if (errors.isEmpty()) {
        offerRecovery(fileName);
        return true;
    }
    showOpenErrors(fileName, errors);
    return false;
}

void DocumentSession::openReplacing(const QString &fileName)
{
    if (maybeSave())
        openFileInteractive(fileName);
}

void DocumentSession::showOpenErrors(const QString &fileName, const QStringList &errors)
{
    QMessageBox box(QMessageBox::Warning, tr("Cannot open project"),
        tr("%1 was not opened; the current project is unchanged.").arg(fileName), QMessageBox::Ok, m_window);
    const int shown = 20;
    QStringList lines = errors.mid(0, shown);
    if (errors.size() > shown)
        lines << tr("… and %1 more").arg(errors.size() - shown);
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    box.setDetailedText(errors.join(QLatin1Char('\n')));
    box.exec();
}

void DocumentSession::newProject()
{
    if (!maybeSave())
        return;
    const QString previous = m_document->fileName();
    m_document->newProject();
    removeRecoveryFile(previous);
    emit projectReplaced();
}

void DocumentSession::open()
{
    if (!maybeSave())
        return;
    const QString fileName = QFileDialog::getOpenFileName(m_window, tr("Open Project"), QString(), kFileFilter);
    if (!fileName.isEmpty())
        openFileInteractive(fileName);
}

bool DocumentSession::save()
{
    if (!m_document->canSaveInPlace())
        return saveAs();
    const QString error = m_document->save();
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot save project"), error);
        return false;
    }
    emit message(tr("Saved %1").arg(m_document->fileName()), 4000);
    return true;
}

bool DocumentSession::saveAs()
{
    QString fileName = QFileDialog::getSaveFileName(m_window, tr("Save Project As"), QString(), kFileFilter);
    if (fileName.isEmpty())
        return false;
    if (!fileName.endsWith(QStringLiteral(".json")))
        fileName += QStringLiteral(".warmshell.json");
    const QString error = saveTo(fileName);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot save project"), error);
        return false;
    }
    emit message(tr("Saved %1").arg(fileName), 4000);
    return true;
}

void DocumentSession::importFromNetBox()
{
    auto *dialog
        = new NetBoxImportDialog([this](Project project) { return adoptImported(std::move(project)); }, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool DocumentSession::adoptImported(Project project)
{
    if (!maybeSave())
        return false;
    const QString previous = m_document->fileName();
    m_document->adoptRecovered(std::move(project), QString());
    removeRecoveryFile(previous);
    emit projectReplaced();
    return true;
}

bool DocumentSession::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(m_window, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them?").arg(m_document->project().site.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard)
        removeRecoveryFile(m_document->fileName());
    return answer == QMessageBox::Discard;
}

bool DocumentSession::queryClose()
{
    if (!maybeSave())
        return false;
    if (!m_document->isModified())
        removeRecoveryFile(m_document->fileName());
    return true;
}

// ---- Recent files and the window layout

QStringList DocumentSession::recentFiles() const
{
    return settings().value(kRecentFilesKey).toStringList();
}

void DocumentSession::addRecentFile(const QString &fileName)
{
    if (fileName.startsWith(QLatin1Char(':')))
        return; // the built-in examples have their own menu
    const QString path = QFileInfo(fileName).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings().setValue(kRecentFilesKey, files);
}

void DocumentSession::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files[i];
        menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName()), this,
                [this, file] { openReplacing(file); })
            ->setToolTip(file);
    }
    if (files.isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
    else {
        menu->addSeparator();
        menu->addAction(tr("&Clear Menu"), this, [] { settings().remove(kRecentFilesKey); });
    }
}

bool DocumentSession::restoreWindowLayout(QMainWindow *window) const
{
    const QSettings s = settings();
    const QByteArray geometry = s.value(kGeometryKey).toByteArray();
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
    return window->restoreState(s.value(kStateKey).toByteArray());
}

void DocumentSession::saveWindowLayout(const QMainWindow *window) const
{
    QSettings s = settings();
    s.setValue(kGeometryKey, window->saveGeometry());
    s.setValue(kStateKey, window->saveState());
}

// ---- Autosave and recovery

void DocumentSession::setAutosaveInterval(int msec)
{
    m_autosaveTimer->start(msec);
}

int DocumentSession::autosaveInterval() const
{
    return m_autosaveTimer->interval();
}

QString DocumentSession::recoveryFileName(const QString &projectFile)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
    QString key = QStringLiteral("untitled");
    if (!projectFile.isEmpty()) {
        const QString path
            = projectFile.startsWith(QLatin1Char(':')) ? projectFile : QFileInfo(projectFile).absoluteFilePath();
        key = QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    }
    return dir + QLatin1Char('/') + key + QStringLiteral(".warmshell.json");
}

bool DocumentSession::autosaveNow()
{
    if (!m_document->isModified())
        return false;
    const QString file = recoveryFileName(m_document->fileName());
    QDir().mkpath(QFileInfo(file).absolutePath());
    const QString error = m_document->writeCopy(file);
    if (!error.isEmpty()) {
        emit message(tr("Autosave failed: %1").arg(error), 8000);
        return false;
    }
    return true;
}

bool DocumentSession::hasRecovery(const QString &projectFile)
{
    const QFileInfo recovery(recoveryFileName(projectFile));
    if (!recovery.exists())
        return false;
    if (projectFile.isEmpty() || projectFile.startsWith(QLatin1Char(':')))
        return true;
    const QFileInfo project(projectFile);
    return !project.exists() || recovery.lastModified() > project.lastModified();
}

QStringList DocumentSession::recover(const QString &projectFile)
{
    LoadResult result = loadProject(recoveryFileName(projectFile));
    if (!result.ok()) {
        QStringList errors;
        for (const Problem &problem : result.errors)
            errors << problem.toString();
        return errors;
    }
    m_document->adoptRecovered(std::move(*result.project), projectFile);
    emit projectReplaced();
    emit message(tr("Recovered unsaved changes"), 4000);
    return {};
}

void DocumentSession::offerRecovery(const QString &projectFile)
{
    if (!hasRecovery(projectFile)) {
        removeRecoveryFile(projectFile); // older than the project: stale
        return;
    }
    const QFileInfo info(recoveryFileName(projectFile));
    const auto answer = QMessageBox::question(m_window, tr("Recover unsaved changes"),
        tr("WarmShell found changes to %1 that were not saved (autosaved %2). Recover them?")
            .arg(projectFile.isEmpty() ? tr("an untitled project") : projectFile,
                QLocale().toString(info.lastModified(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        removeRecoveryFile(projectFile);
        return;
    }
    const QStringList errors = recover(projectFile);
    if (!errors.isEmpty())
        showOpenErrors(info.filePath(), errors);
}

void DocumentSession::removeRecoveryFile(const QString &projectFile)
{
    QFile::remove(recoveryFileName(projectFile));
}

} // namespace warmshell::ui
