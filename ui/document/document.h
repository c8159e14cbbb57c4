// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"
#include "project.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

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
    // What validateProject() finds in project() against Catalog::builtIn(): computed by the first
    // call after a change (on the calling thread, the UI thread) and kept until the next, so the
    // views and the solver (SolveController) validate each edit once. Empty: the project is valid.
    const std::vector<Problem> &problems() const;
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
    // Replaces the project with `project` (no file, undo stack emptied, unmodified).
    void setProject(Project project);
    // Writes the project to fileName() (atomically). Returns an empty string on success,
    // else the reason; on success the document becomes unmodified.
    QString save();
    // Writes the project to `fileName` and, on success, adopts it as fileName().
    QString saveAs(const QString &fileName);
    // Writes the project to `fileName` without adopting it and without touching the clean
    // state (autosave). Empty on success, else the reason.
    QString writeCopy(const QString &fileName) const;
    // Replaces the project with `project` as an unsaved edit of `fileName` (crash recovery):
    // the undo stack is emptied and the document stays modified until saved.
    void adoptRecovered(Project project, const QString &fileName);

    // The scenario the user views, by name (what SolveController::setScenario was given);
    // empty: the base site. Not part of the project: no undo entry, never saved. While it
    // names a scenario of the project (viewedScenarioIndex() >= 0) the views that edit the
    // site turn an edit an override kind expresses into an override of that scenario and
    // refuse any other with a reason (issue 19 §1); they never edit the base site silently.
    // The document itself refuses nothing: undo and redo of earlier edits still apply.
    const QString &viewedScenario() const { return m_viewedScenario; }
    void setViewedScenario(const QString &name);
    // The index of viewedScenario() in the project's scenarios; -1 when the base site is
    // viewed (none named, or the named one deleted or renamed).
    int viewedScenarioIndex() const;

    // ---- Mutations, used only by the undo commands in ui/edit/. Each emits changed() once,
    // or once at the end of the outermost EditBatch. Indices must be valid (0..size for
    // inserts); ids must exist; violations are programming errors (Q_ASSERT) and change nothing.
    class EditBatch
    {
    public:
        explicit EditBatch(Document *document);
        ~EditBatch();
        EditBatch(const EditBatch &) = delete;
        EditBatch &operator=(const EditBatch &) = delete;

    private:
        Document *m_document;
    };

    qsizetype rackIndex(const RackId &id) const; // -1 when absent
    void insertRack(qsizetype index, Rack rack);
    Rack takeRack(qsizetype index);
    void replaceRack(const Rack &rack); // the rack with rack.id
    void insertRow(qsizetype index, Row row);
    Row takeRow(qsizetype index);
    void insertHall(qsizetype index, Hall hall);
    Hall takeHall(qsizetype index);
    void replaceHall(const Hall &hall); // the hall with hall.id
    void replaceRow(const Row &row); // the row with row.id
    // The site's own settings (name, currency, plan start, period, horizon, thermal model, reserve
    // policy) from
    // `site`; its floor, power chain and cooling units are left as they are.
    void setSiteSettings(const Site &site);
    // The list of racks a cooling unit serves.
    void insertServedRack(const CoolingUnitId &unit, qsizetype position, const RackId &rack);
    RackId takeServedRack(const CoolingUnitId &unit, qsizetype position);
    void insertCoolingUnit(qsizetype index, CoolingUnit unit);
    CoolingUnit takeCoolingUnit(qsizetype index);
    void replaceCoolingUnit(const CoolingUnit &unit); // the unit with unit.id
    void replacePowerNode(const PowerNode &node); // the node with node.id
    // Structural edits of the chain (nodes added or removed, inputs changed) swap the chain
    // whole, so undo restores node and edge order exactly.
    void setPowerChain(PowerChain chain);
    void insertLot(qsizetype index, FleetLot lot);
    FleetLot takeLot(qsizetype index);
    void replaceLot(const FleetLot &lot); // the lot with lot.id
    // The tenants (reservations and quotas) as one list: added, removed and reservations
    // changed by swapping it whole, so undo restores order exactly.
    void setTenants(std::vector<Tenant> tenants);
    void replaceTenant(const Tenant &tenant); // the tenant with tenant.id

    // For undo commands only (redo()/undo()): applies `edit` to the project in place, then
    // emits changed() (at the end of the outermost EditBatch). Leaves the undo stack and the
    // file name alone; `edit` must not throw.
    void modifyProject(const std::function<void(Project &)> &edit);

signals:
    // The project was replaced (new, opened, imported, recovered): what was computed for the
    // one before means nothing for it. Emitted just before changed().
    void replaced();
    // The project was replaced or edited; views re-read project().
    void changed();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);
    // setViewedScenario() named another scenario (or the base site: empty).
    void viewedScenarioChanged(const QString &name);

private:
    void replaceProject(Project project, const QString &fileName);
    void edited(); // emits changed() now, or at the end of the outermost batch

    int m_batchDepth = 0;
    bool m_batchChanged = false;

    Project m_project;
    mutable std::optional<std::vector<Problem>> m_problems; // of m_project; reset on every change
    QString m_fileName;
    QString m_viewedScenario;
    QUndoStack *m_undoStack; // owned through QObject parenting
};

} // namespace warmshell::ui
