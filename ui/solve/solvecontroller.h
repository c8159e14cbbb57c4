// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/capacityplan.h"
#include "plan/solveoptions.h"
#include "project.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace warmshell::ui {

class Document;

// Live solving: re-solves the document's project on a worker thread after every change.
//
// Every Document::changed() bumps the edit generation, marks the current plan stale, sets the
// cancel flag of a solve in flight and (with live solving on) schedules a solve: a change that
// comes after a quiet debounce interval (a lone edit: a typed value, a command) is solved as
// soon as the views that follow the document have updated, with no wait; a change that follows
// another within the interval (typing, a burst of commands) restarts the debounce timer, and
// the burst is solved when it has been quiet that long. When a solve starts, the project is
// copied (an immutable snapshot) and solve() runs on
// QThreadPool::globalInstance(); at most one solve runs at a time, a newer request waits for
// the cancelled one to return. A plan is published (planReady) only if no edit arrived since
// its snapshot was taken, so an older result never replaces a newer one. The UI thread never
// waits, except in the destructor, which cancels and then joins the solve in flight.
//
// Large sites (kQuickPassRacks racks or more) with the exact method are solved in two passes:
// first the heuristic at the default gap or the one asked for (quickPassOptions()), published
// at once, then the exact solve, published when it finishes; isBusy() stays true in between.
// So an edit on a 1,000-rack site shows updated figures in a fraction of a second. The second
// pass runs only when the first did not already answer (one objective, proven within the
// options' gap): an edit on a 40,000-rack site certified at the default gap starts no search.
// The second pass's plan replaces the first only when it is not worse (isBetterPlan,
// model/plan/planorder.h): the plan shown for an edit is never replaced by a worse one.
//
// On large sites (kQuickPassRacks racks or more) the built-in solve function keeps a
// SolveWarmStart (model/solver/solvewarmstart.h) from solve to solve: each solve starts from the
// previous plan and bound multipliers of this document (ignored when the racks changed), so an
// edit is certified in a fraction of a cold solve's time, with a plan as valid as a cold
// solve's (within the same gap, though not always the same plan). Smaller sites solve cold.
class SolveController : public QObject
{
    Q_OBJECT

public:
    // How a plan is computed from a snapshot; solve() with the built-in catalog by default.
    // Runs on a worker thread: must be thread-safe and honour options.cancel.
    using SolveFunction = std::function<CapacityPlan(const Project &, const SolveOptions &)>;

    static constexpr size_t kQuickPassRacks = 500;
    // The options of a large site's first pass, given the controller's options.
    static SolveOptions quickPassOptions(const SolveOptions &options);
    // The MILP library's name and version as it reports them, e.g. "GLPK 5.0" (for the About box).
    static QString solverLibraryVersion();

    explicit SolveController(Document *document, QObject *parent = nullptr);
    ~SolveController() override;

    // Milliseconds between the last edit and the start of its solve (100 by default, >= 0).
    int debounceMs() const { return m_debounce.interval(); }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }

    // With live solving off, edits only mark the plan stale; solveNow() solves.
    bool isLiveSolving() const { return m_live; }

    // The options every solve uses; `cancel` is set by the controller. Changing them
    // re-solves like an edit does.
    const SolveOptions &options() const { return m_options; }
    void setOptions(const SolveOptions &options);
    void setObjective(Objective objective);
    void setPrecision(Precision precision);
    // The day every solve plans for (SolveOptions::date, the CLI's --date); null: the site's
    // plan start. Kept for this window's session only: not in the project file, as the CLI
    // takes it per command.
    void setPlanDate(const QDate &date);

    // The scenario every solve applies first (applyScenario, model/scenario.h), by name; empty:
    // the project as it is ("Base"). Changing it re-solves like an edit does. A name no
    // scenario of the project has (deleted, renamed by an undo) solves the base.
    const QString &scenario() const { return m_scenario; }
    void setScenario(const QString &name);
    // The scenario the published plan was solved with; empty: the base.
    const QString &planScenario() const { return m_planScenario; }

    // Replaces solve(); for tests (a solve that blocks until cancelled, a counting solve...).
    void setSolveFunction(SolveFunction function) { m_solveFunction = std::move(function); }

    // The last published plan; null before the first one.
    const CapacityPlan *plan() const { return m_plan ? &*m_plan : nullptr; }
    // The snapshot the last published plan was solved for (empty project before the first).
    const Project &planProject() const { return m_planProject; }
    // Edit generation of the last published plan, and of the document now.
    quint64 planGeneration() const { return m_planGeneration; }
    quint64 currentGeneration() const { return m_generation; }
    // The document changed since the published plan was solved (or no plan yet).
    bool isStale() const { return m_stale; }
    // Why the project as it is now has no plan of its own: the solver refused the snapshot of
    // the current edit generation (its validation problems, "$.path: message" unless the
    // message names its object; or the pinned systems that cannot all run), one line each.
    // plan() then stays the last plan solved, stale, and refusedPlan() holds the refusal.
    // Empty when the last solve gave a plan, and from the next edit on.
    const QStringList &refusal() const { return m_refusal; }
    // The solver's failed or infeasible answer behind refusal(); null when there is none.
    const CapacityPlan *refusedPlan() const { return m_refusedPlan ? &*m_refusedPlan : nullptr; }
    // A solve is running on the worker thread.
    bool isBusy() const { return m_running; }

public slots:
    void setLiveSolving(bool on);
    // Solves the current project now (skipping the debounce), even with live solving off.
    void solveNow();
    // Stops the solve in flight; its best plan so far is published (marked cancelled) unless
    // an edit arrived meanwhile. No effect when idle.
    void cancel();

signals:
    // A plan for the project at edit generation `generation` (== currentGeneration()).
    void planReady(const warmshell::CapacityPlan &plan, quint64 generation);
    void busyChanged(bool busy);
    void staleChanged(bool stale);
    void refusalChanged();
    // The plan was dropped because the document holds another project: plan() is null until
    // the next planReady().
    void planForgotten();
    void liveSolvingChanged(bool on);
    void scenarioChanged(const QString &name);

private:
    void forgetPlan(); // on Document::replaced()

    struct Result
    {
        CapacityPlan plan;
        Project project;
        QString scenario; // applied to `project`; empty: the base
        quint64 generation = 0;
        QStringList refusal; // see refusal()
        // `plan` is the large site's first pass, already handed to publishQuickPlan(): it is
        // published once, by whichever of the two runs first on the UI thread.
        bool firstPassAnswered = false;
    };

    // Solves `snapshot` on the worker thread: a large site's heuristic first pass goes to
    // publishQuickPlan(), unless the solver refuses it (then no second pass runs).
    Result solveSnapshot(const SolveFunction &function, SolveOptions options, std::atomic<bool> *cancel,
        Project snapshot, QString scenario, quint64 generation);

    void documentChanged();
    // The lone edit's solve, queued by documentChanged(): starts unless a later edit has
    // started the debounce since (the burst's last edit is solved then).
    void startLoneEditSolve();
    void startSolve();
    // The heuristic first pass of a large site (UI thread); dropped if an edit came since.
    void publishQuickPlan(CapacityPlan plan, Project project, QString scenario, quint64 generation);
    void solveFinished();
    void setStale(bool stale);
    void setRunning(bool running);
    void setRefusal(QStringList refusal, std::optional<CapacityPlan> refusedPlan);

    Document *m_document;
    SolveOptions m_options;
    SolveFunction m_solveFunction;
    QTimer m_debounce;
    QElapsedTimer m_sinceChange; // since the last documentChanged(); invalid before the first
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel; // of the solve in flight
    bool m_live = true;
    bool m_running = false;
    bool m_pending = false; // a solve was requested while one was running
    bool m_stale = true;
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;
    quint64 m_planGeneration = 0;
    std::optional<CapacityPlan> m_plan;
    Project m_planProject;
    QString m_scenario;
    QString m_planScenario;
    QStringList m_refusal;
    std::optional<CapacityPlan> m_refusedPlan;
};

} // namespace warmshell::ui
