// SPDX-License-Identifier: GPL-3.0-or-later
#include "solvecontroller.h"

#include "catalog.h"
#include "document/document.h"
#include "plan/planorder.h"
#include "problemtext.h"
#include "solver/glpkmodel.h"
#include "solver/solver.h"
#include "solver/solvewarmstart.h"
#include "solver/stageobjectives.h"
#include "validation.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace warmshell::ui {

SolveController::SolveController(Document *document, QObject *parent)
    : QObject(parent), m_document(document),
      m_solveFunction([warm = std::make_shared<SolveWarmStart>()](const Project &project, const SolveOptions &options) {
          // A small site solves cold, as the CLI does, in a fraction of a second. One solve at a
          // time (see startSolve()), so the warm start is never used by two.
          if (project.site.racks.size() < kQuickPassRacks)
              return solve(project, Catalog::builtIn(), options);
          return solve(project, Catalog::builtIn(), options, *warm);
      })
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(100);
    connect(&m_debounce, &QTimer::timeout, this, &SolveController::startSolve);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &SolveController::solveFinished);
    connect(m_document, &Document::replaced, this, &SolveController::forgetPlan);
    connect(m_document, &Document::changed, this, &SolveController::documentChanged);
}

SolveController::~SolveController()
{
    m_debounce.stop();
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void SolveController::setOptions(const SolveOptions &options)
{
    m_options = options;
    m_options.cancel = nullptr;
    documentChanged();
}

void SolveController::setObjective(Objective objective)
{
    if (m_options.objectives == std::vector<Objective>{ objective })
        return;
    SolveOptions options = m_options;
    options.objectives = { objective };
    setOptions(options);
}

void SolveController::setPlanDate(const QDate &date)
{
    if (m_options.date == date)
        return;
    SolveOptions options = m_options;
    options.date = date;
    setOptions(options);
}

void SolveController::setScenario(const QString &name)
{
    if (m_scenario == name)
        return;
    m_scenario = name;
    emit scenarioChanged(name);
    documentChanged();
}

void SolveController::setPrecision(Precision precision)
{
    if (m_options.precision == precision)
        return;
    SolveOptions options = m_options;
    options.precision = precision;
    setOptions(options);
}

void SolveController::setLiveSolving(bool on)
{
    if (m_live == on)
        return;
    m_live = on;
    emit liveSolvingChanged(on);
    if (on && m_stale)
        m_debounce.start();
    else if (!on)
        m_debounce.stop();
}

void SolveController::solveNow()
{
    m_debounce.stop();
    startSolve();
}

void SolveController::cancel()
{
    m_debounce.stop();
    m_pending = false;
    if (m_cancel)
        m_cancel->store(true);
}

void SolveController::forgetPlan()
{
    if (!m_scenario.isEmpty()) { // another project: its scenarios are others
        m_scenario.clear();
        emit scenarioChanged(m_scenario);
    }
    m_planScenario.clear();
    if (!m_plan && !m_refusedPlan)
        return;
    m_plan.reset();
    m_refusedPlan.reset();
    m_planProject = Project();
    emit planForgotten();
}

void SolveController::documentChanged()
{
    ++m_generation;
    setStale(true);
    setRefusal({}, std::nullopt); // it was about the project before this edit
    // The solve in flight answers an older project: stop it now, whatever the debounce.
    if (m_running && m_cancel)
        m_cancel->store(true);
    const bool lone = !m_sinceChange.isValid() || m_sinceChange.hasExpired(m_debounce.interval());
    m_sinceChange.start();
    if (!m_live)
        return;
    if (lone && !m_debounce.isActive())
        // Queued: the views connected after the controller follow the edit first, and the
        // snapshot is taken of the project they have seen.
        QMetaObject::invokeMethod(this, &SolveController::startLoneEditSolve, Qt::QueuedConnection);
    else
        m_debounce.start();
}

void SolveController::startLoneEditSolve()
{
    if (m_live && m_stale && !m_debounce.isActive())
        startSolve();
}

void SolveController::startSolve()
{
    if (m_running) {
        // One solve at a time: the running one was cancelled; this one starts when it returns.
        m_cancel->store(true);
        m_pending = true;
        return;
    }
    m_pending = false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_runningGeneration = m_generation;
    SolveOptions options = m_options;
    // The document has validated this very project (its views asked for the problems first): a
    // scenario's project is another, validated by the solve.
    options.projectValidated = m_scenario.isEmpty() && m_document->problems().empty();
    std::shared_ptr<std::atomic<bool>> cancelFlag = m_cancel;
    // The snapshot: copied here on the UI thread, owned by the task from now on; the scenario
    // is applied on the worker.
    Project snapshot = m_document->project();
    const quint64 generation = m_generation;
    SolveFunction function = m_solveFunction;
    setRunning(true);
    m_watcher.setFuture(QtConcurrent::run([this, function, options, cancelFlag, generation, scenario = m_scenario,
                                              snapshot = std::move(snapshot)]() mutable {
        return solveSnapshot(function, options, cancelFlag.get(), std::move(snapshot), scenario, generation);
    }));
}

namespace {

// The plan for a project the solver refused, as lines for SolveController::refusal(); empty
// when `plan` is a plan. Runs on the worker thread.
QStringList refusalOf(const CapacityPlan &plan, const Project &project)
{
    QStringList out;
    if (plan.status == PlanStatus::Failed) {
        out = readableProblems(project, validateProject(project, Catalog::builtIn()));
    } else if (plan.status == PlanStatus::Infeasible) {
        out = plan.explanations.mid(1); // under "the pinned contents cannot all be energized on …:"
    } else {
        return {};
    }
    return out.isEmpty() ? plan.explanations : out; // a solve function's own failure: its words
}

} // namespace

namespace {

// Applies the scenario of `project` named `name` to `project`; returns the name, or an empty
// string (and leaves `project` as it is) when no scenario has that name. The scenario's
// problems (an override naming nothing) are left to the Scenarios dock, which lists them.
QString applyNamedScenario(Project &project, const QString &name)
{
    for (size_t i = 0; i < project.scenarios.size() && !name.isEmpty(); ++i)
        if (project.scenarios[i].name == name) {
            std::vector<Problem> problems;
            project = applyScenario(project, project.scenarios[i], int(i), problems);
            return name;
        }
    return {};
}

// Whether the first pass's plan already answers `options`: one objective, proven within the
// gap asked for, not cut short. Then the second pass would search for nothing.
bool answers(const CapacityPlan &first, const SolveOptions &options)
{
    return solver::objectivesOf(options).size() == 1 && !first.timedOut && !first.cancelled
        && (first.status == PlanStatus::Optimal || first.status == PlanStatus::Feasible)
        && first.gap <= options.relativeGap;
}

} // namespace

SolveController::Result SolveController::solveSnapshot(const SolveFunction &function, SolveOptions options,
    std::atomic<bool> *cancel, Project snapshot, QString scenario, quint64 generation)
{
    options.cancel = cancel;
    Result result;
    result.scenario = applyNamedScenario(snapshot, scenario);
    std::optional<CapacityPlan> first;
    if (options.method == SolveMethod::Exact && snapshot.site.racks.size() >= kQuickPassRacks) {
        first = function(snapshot, quickPassOptions(options));
        result.refusal = refusalOf(*first, snapshot);
        if (result.refusal.isEmpty() && !cancel->load())
            // The controller outlives the task (its destructor joins it), so `this` is valid.
            QMetaObject::invokeMethod(
                this,
                [this, plan = *first, project = snapshot, scenario = result.scenario, generation]() mutable {
                    publishQuickPlan(std::move(plan), std::move(project), std::move(scenario), generation);
                },
                Qt::QueuedConnection);
    }
    if (first && (!result.refusal.isEmpty() || answers(*first, options))) {
        result.firstPassAnswered = result.refusal.isEmpty();
        result.plan = std::move(*first); // refused (the second pass would refuse it too) or answered
    } else {
        result.plan = function(snapshot, options);
        result.refusal = refusalOf(result.plan, snapshot);
        // The second pass may end (time limit, cancel) with a worse plan than the first one:
        // the plan shown for this edit is never replaced by a worse one.
        if (first && result.refusal.isEmpty() && isBetterPlan(*first, result.plan)) {
            first->explanations << QStringLiteral(
                "the exact pass ended with a worse plan than this first pass; this one is kept");
            result.plan = std::move(*first);
        }
    }
    // GLPK keeps an environment per thread; pool threads end without freeing it. Nothing of
    // GLPK outlives solve(), so free it here (no effect if this thread never used GLPK).
    solver::glpkFreeEnvironment();
    result.project = std::move(snapshot);
    result.generation = generation;
    return result;
}

SolveOptions SolveController::quickPassOptions(const SolveOptions &options)
{
    SolveOptions quick = options;
    quick.method = SolveMethod::Heuristic;
    // A plan proven within the default gap is enough for the first answer: on a campus of halls
    // the decomposed bound gives it in a fraction of the LP's time.
    quick.relativeGap = std::max(quick.relativeGap, kDefaultRelativeGap);
    return quick;
}

void SolveController::solveFinished()
{
    Result result = m_watcher.result();
    m_cancel.reset();
    setRunning(false);
    if (result.generation == m_generation && !result.refusal.isEmpty()) {
        // No plan for this edit: the last plan stays shown, stale, with the reasons.
        setRefusal(std::move(result.refusal), std::move(result.plan));
    } else if (result.generation == m_generation && result.firstPassAnswered && m_planGeneration == m_generation
        && m_plan) {
        // publishQuickPlan() has shown this very plan: showing it again would only redo the
        // views' work (on 40,000 racks, most of a second of the UI thread).
    } else if (result.generation == m_generation) {
        setRefusal({}, std::nullopt);
        m_plan = std::move(result.plan);
        m_planProject = std::move(result.project);
        m_planScenario = std::move(result.scenario);
        m_planGeneration = result.generation;
        setStale(false);
        emit planReady(*m_plan, m_planGeneration);
    }
    // Superseded results are dropped; a request that came in meanwhile runs now.
    if (m_pending)
        startSolve();
}

void SolveController::publishQuickPlan(CapacityPlan plan, Project project, QString scenario, quint64 generation)
{
    if (generation != m_generation || !m_running)
        return;
    m_plan = std::move(plan);
    m_planProject = std::move(project);
    m_planScenario = std::move(scenario);
    m_planGeneration = generation;
    setStale(false);
    emit planReady(*m_plan, m_planGeneration);
}

void SolveController::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    emit staleChanged(stale);
}

void SolveController::setRefusal(QStringList refusal, std::optional<CapacityPlan> refusedPlan)
{
    m_refusedPlan = std::move(refusedPlan);
    if (m_refusal == refusal)
        return;
    m_refusal = std::move(refusal);
    emit refusalChanged();
}

void SolveController::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit busyChanged(running);
}

QString SolveController::solverLibraryVersion()
{
    return solver::glpkVersion();
}

} // namespace warmshell::ui
