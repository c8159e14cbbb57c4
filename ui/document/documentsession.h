// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/recoverycopy.h"
#include "project.h"

#include <QObject>
#include <QStringList>

class QMainWindow;
class QMenu;

namespace warmshell::ui {

class Document;
class RecoveryWriter;

// The document's life in the window: new, open, save, save as, import, the recent files,
// autosave and recovery after a crash, and the window layout kept across runs.
//
// Dialogs, parented to the window given at construction, are shown only by the interactive
// slots (openFileInteractive, offerRecovery, maybeSave and the slots that ask for a file);
// openFile(), saveTo() and recover() never block, so tests and
// scripts use those. The recent files and the window layout are kept in
// QSettings("WarmShell", "WarmShell").
//
// Recovery: a RecoveryWriter keeps a copy of the modified project in the recovery folder
// (recoverycopy.h) a few seconds after each edit; it is removed when the project is saved,
// closed, or replaced without unsaved changes left behind. offerRecovery() offers, at launch,
// every copy that instances which did not close left behind.
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

    // The document's recovery copy (RecoveryWriter): written a few seconds after an edit.
    RecoveryWriter *recoveryWriter() const { return m_recovery; }
    // Opens recovery copy `copy` as an unsaved edit of its original file (untitled stays
    // untitled), then removes it once this window's own copy holds the project. Returns the
    // problems when the copy is refused (the project is then unchanged).
    QStringList recover(const RecoveryCopy &copy);

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
    // offer of the recovery copies of that file, if any.
    bool openFileInteractive(const QString &fileName);
    // maybeSave(), then openFileInteractive() (the examples and recent files).
    void openReplacing(const QString &fileName);
    // A modal warning box: `fileName` was refused for `errors`; the project is unchanged.
    void showOpenErrors(const QString &fileName, const QStringList &errors);
    // At launch: the RecoveryDialog (window-modal, not blocking) over every recovery copy no
    // running instance holds, when there is one; nothing otherwise.
    void offerRecovery();
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
    void offerCopies(QList<RecoveryCopy> copies);

    Document *m_document;
    QWidget *m_window;
    RecoveryWriter *m_recovery; // owned through QObject parenting
};

} // namespace warmshell::ui
