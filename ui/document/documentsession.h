// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <QObject>
#include <QStringList>

class QMainWindow;
class QMenu;
class QTimer;

namespace warmshell::ui {

class Document;

// The document's life in the window: new, open, save, save as, import, the recent files,
// autosave and recovery after a crash, and the window layout kept across runs.
//
// Dialogs, parented to the window given at construction, are shown only by the interactive
// slots (openFileInteractive, offerRecovery, maybeSave and the slots that ask for a file);
// openFile(), saveTo(), autosaveNow(), hasRecovery() and recover() never block, so tests and
// scripts use those. The recent files and the window layout are kept in
// QSettings("WarmShell", "WarmShell").
//
// Autosave: every autosaveInterval() ms, a modified project is written (not adopted) to
// recoveryFileName() in QStandardPaths::AppDataLocation/recovery; the file is removed when
// the project is saved, or closed or replaced without unsaved changes left behind.
class DocumentSession : public QObject
{
    Q_OBJECT

public:
    // `window`: the parent of the dialogs; neither argument is owned.
    DocumentSession(Document *document, QWidget *window);
    ~DocumentSession() override;

    // Opens `fileName` into the document. Returns the problems ("path: message") when the
    // file is refused, in which case the document stays as it was.
    QStringList openFile(const QString &fileName);
    // Saves to `fileName`; empty on success, else the reason.
    QString saveTo(const QString &fileName);

    void setAutosaveInterval(int msec);
    int autosaveInterval() const;
    // Writes the recovery file now if the project is modified; true when written. On failure
    // says why in a status message.
    bool autosaveNow();
    // The recovery file of `projectFile` (empty: an untitled project).
    static QString recoveryFileName(const QString &projectFile);
    // True when a recovery file for `projectFile` exists and is newer than the file (or the
    // file does not exist, is untitled or is a Qt resource).
    static bool hasRecovery(const QString &projectFile);
    // Loads the recovery file of `projectFile` as an unsaved edit of it. Returns the problems
    // when the recovery file is refused (the project is then unchanged).
    QStringList recover(const QString &projectFile);

    // Most recent first, absolute paths; the built-in examples never appear.
    QStringList recentFiles() const;
    // Refills `menu` with the recent files ("&1 name", the path in the tooltip) and Clear Menu.
    void fillRecentMenu(QMenu *menu);

    // Asks whether to save unsaved edits first. False: the user cancelled (or the save
    // failed), so whatever was to replace or close the project must not happen.
    bool maybeSave();
    // maybeSave() before the window closes; when it goes ahead, a recovery file with nothing
    // unsaved behind it is removed.
    bool queryClose();

    // The window's geometry and dock layout of the last run; false when there is none.
    bool restoreWindowLayout(QMainWindow *window) const;
    void saveWindowLayout(const QMainWindow *window) const;

public slots:
    // openFile(), then a warning box listing the problems if the file was refused, and the
    // offer of a recovery file if there is one.
    bool openFileInteractive(const QString &fileName);
    // maybeSave(), then openFileInteractive() (the examples and recent files).
    void openReplacing(const QString &fileName);
    // A modal warning box: `fileName` was refused for `errors`; the project is unchanged.
    void showOpenErrors(const QString &fileName, const QStringList &errors);
    // Asks whether to recover unsaved changes of `projectFile` when hasRecovery().
    void offerRecovery(const QString &projectFile);
    void newProject();
    void open();
    bool save();
    bool saveAs();
    // File → Import from NetBox…: the dialog's project opens as a new, unsaved project,
    // after maybeSave().
    void importFromNetBox();

signals:
    // The document holds another project (opened, new, recovered or imported).
    void projectReplaced();
    // openFile() opened `fileName`.
    void fileOpened(const QString &fileName);
    // A transient status-bar message for `msec` milliseconds.
    void message(const QString &text, int msec);

private:
    bool adoptImported(Project project);
    void addRecentFile(const QString &fileName);
    static void removeRecoveryFile(const QString &projectFile);

    Document *m_document;
    QWidget *m_window;
    QTimer *m_autosaveTimer;
};

} // namespace warmshell::ui
