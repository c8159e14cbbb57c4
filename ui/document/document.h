// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QUndoStack;

namespace warmshell::ui {

// The open project: the Project value, the file it came from and the undo stack of its
// edits. Views read the project through project() and refresh on changed(); they never write
// it directly (edits will be QUndoCommands pushed on undoStack()). The document is modified
// exactly when the undo stack is not at its clean index.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Project &project() const { return m_project; }
    // The file the project was opened from or last saved to; empty for a new project. May be
    // a Qt resource path (":/warmshell/examples/...") which cannot be saved in place.
    const QString &fileName() const { return m_fileName; }
    // True when save() can write to fileName(): it is set and not a Qt resource.
    bool canSaveInPlace() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    // Replaces the project with an empty one named "New site" (plan start: today), no file.
    void newProject();
    // Loads `fileName`. On success replaces the project, clears the undo stack and returns
    // true. On failure changes nothing, returns false and, when `errors` is given, appends
    // one "json-path: message" line per problem.
    bool open(const QString &fileName, QStringList *errors = nullptr);
    // Writes the project to fileName() (atomically). Returns an empty string on success,
    // else the reason; on success the document becomes unmodified.
    QString save();
    // Writes the project to `fileName` and, on success, adopts it as fileName().
    QString saveAs(const QString &fileName);

    // For undo commands only (redo()/undo()): applies `edit` to the project in place, then
    // emits changed(). Leaves the undo stack and the file name alone; `edit` must not throw.
    void modifyProject(const std::function<void(Project &)> &edit);

signals:
    // The project was replaced or edited; views re-read project().
    void changed();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);

private:
    void replaceProject(Project project, const QString &fileName);

    Project m_project;
    QString m_fileName;
    QUndoStack *m_undoStack; // owned through QObject parenting
};

} // namespace warmshell::ui
