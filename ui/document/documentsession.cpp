// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsession.h"

#include "document/document.h"
#include "document/recoverydialog.h"
#include "document/recoverywriter.h"
#include "import/netboximportdialog.h"
#include "projectfile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace warmshell::ui {

namespace {
const QString kFileFilter = QStringLiteral("WarmShell projects (*.warmshell.json *.json);;All files (*)");
const QString kSettingsOrganization = QStringLiteral("WarmShell");
const QString kSettingsApplication = QStringLiteral("WarmShell");
const QString kRecentFilesKey = QStringLiteral("recentFiles");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
constexpr int kMaxRecentFiles = 8;

QSettings settings()
{
    return QSettings(kSettingsOrganization, kSettingsApplication);
}
} // namespace

DocumentSession::DocumentSession(Document *document, QWidget *window)
    : m_document(document), m_window(window), m_recovery(new RecoveryWriter(document, this))
{
    connect(m_recovery, &RecoveryWriter::failed, this,
        [this](const QString &reason) { emit message(tr("Recovery copy not written: %1").arg(reason), 8000); });
}

DocumentSession::~DocumentSession() = default;

// ---- Open and save

QStringList DocumentSession::openFile(const QString &fileName)
{
    QStringList errors;
    if (!m_document->open(fileName, &errors))
        return errors;
    addRecentFile(fileName);
    emit fileOpened(fileName);
    emit projectReplaced();
    // The file name alone: a whole path (":/warmshell/examples/…") did not fit the status bar at 1366 px.
    emit message(tr("Opened %1").arg(QFileInfo(fileName).fileName()), 4000);
    return {};
}

QString DocumentSession::saveTo(const QString &fileName)
{
    const QString error = m_document->saveAs(fileName);
    if (!error.isEmpty())
        return error;
    addRecentFile(fileName);
    return {};
}

bool DocumentSession::openFileInteractive(const QString &fileName)
{
    const QStringList errors = openFile(fileName);
    if (errors.isEmpty()) {
        QList<RecoveryCopy> copies = recovery::offerableCopies();
        const QString path = fileName.startsWith(QLatin1Char(':')) ? fileName : QFileInfo(fileName).absoluteFilePath();
        copies.removeIf([&](const RecoveryCopy &copy) { return copy.originalFile != path; });
        offerCopies(std::move(copies));
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
    m_document->newProject();
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
    m_document->adoptRecovered(std::move(project), QString());
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
        m_recovery->remove();
    return answer == QMessageBox::Discard;
}

bool DocumentSession::queryClose()
{
    if (!maybeSave())
        return false;
    m_recovery->remove(); // saved, unmodified or discarded: nothing left to recover
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

// ---- Recovery

QStringList DocumentSession::recover(const RecoveryCopy &copy)
{
    LoadResult result = loadProject(copy.copyFile);
    if (!result.ok()) {
        QStringList errors;
        for (const Problem &problem : result.errors)
            errors << problem.toString();
        return errors;
    }
    m_document->adoptRecovered(std::move(*result.project), copy.originalFile);
    // This window's own copy first, so the project is on disk in one copy or the other.
    m_recovery->writeNow();
    recovery::removeCopy(copy.copyFile);
    emit projectReplaced();
    emit message(tr("Recovered unsaved changes"), 4000);
    return {};
}

void DocumentSession::offerRecovery()
{
    offerCopies(recovery::offerableCopies());
}

void DocumentSession::offerCopies(QList<RecoveryCopy> copies)
{
    if (copies.isEmpty())
        return;
    auto *dialog = new RecoveryDialog(std::move(copies), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoveryDialog::discardRequested, this,
        [](const RecoveryCopy &copy) { recovery::removeCopy(copy.copyFile); });
    connect(dialog, &RecoveryDialog::recoverRequested, this, [this](const RecoveryCopy &copy) {
        if (!maybeSave())
            return;
        const QStringList errors = recover(copy);
        if (!errors.isEmpty())
            showOpenErrors(copy.copyFile, errors);
    });
    dialog->open();
}

} // namespace warmshell::ui
