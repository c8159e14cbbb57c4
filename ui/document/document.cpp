// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "projectfile.h"

#include <QUndoStack>

namespace warmshell::ui {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    newProject();
}

Document::~Document() = default;

bool Document::canSaveInPlace() const
{
    return !m_fileName.isEmpty() && !m_fileName.startsWith(QLatin1Char(':'));
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::newProject()
{
    Project project;
    project.site.name = tr("New site");
    project.site.planStart = QDate::currentDate();
    replaceProject(std::move(project), {});
}

bool Document::open(const QString &fileName, QStringList *errors)
{
    LoadResult result = loadProject(fileName);
    if (!result.ok()) {
        if (errors) {
            for (const Problem &problem : result.errors)
                errors->append(problem.toString());
        }
        return false;
    }
    replaceProject(std::move(*result.project), fileName);
    return true;
}

QString Document::save()
{
    if (!canSaveInPlace())
        return tr("the project has no file to save to; use Save As");
    return saveAs(m_fileName);
}

QString Document::saveAs(const QString &fileName)
{
    const QString error = saveProject(m_project, fileName);
    if (!error.isEmpty())
        return error;
    if (fileName != m_fileName) {
        m_fileName = fileName;
        emit fileNameChanged(m_fileName);
    }
    m_undoStack->setClean();
    return {};
}

void Document::modifyProject(const std::function<void(Project &)> &edit)
{
    edit(m_project);
    emit changed();
}

void Document::replaceProject(Project project, const QString &fileName)
{
    m_project = std::move(project);
    // Commands refer to the old project. clear() also makes the stack clean, which emits
    // modifiedChanged(false) when the document was modified.
    m_undoStack->clear();
    m_fileName = fileName;
    emit fileNameChanged(m_fileName);
    emit changed();
}

} // namespace warmshell::ui
