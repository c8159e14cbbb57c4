// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinecontroller.h"

#include "catalog.h"
#include "document/document.h"
#include "solver/glpkmodel.h"

#include <QtConcurrent/QtConcurrentRun>

namespace warmshell::ui {

TimelineController::TimelineController(Document *document, QObject *parent) : QObject(parent), m_document(document)
{
    m_solveOptions.marginalValues = false;
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &TimelineController::finished);
    connect(m_document, &Document::changed, this, &TimelineController::documentChanged);
}

TimelineController::~TimelineController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

TimelineOptions TimelineController::timelineOptions(const SolveOptions &solve)
{
    TimelineOptions o;
    o.solve.objectives = solve.objectives;
    o.solve.precision = solve.precision;
    o.solve.method = solve.method;
    o.solve.relativeGap = solve.relativeGap;
    o.solve.marginalValues = false;
    o.totalTimeLimitSeconds = 60;
    return o;
}

ComparisonOptions TimelineController::comparisonOptions(const SolveOptions &solve)
{
    ComparisonOptions o;
    o.solve.precision = solve.precision;
    o.solve.method = solve.method;
    o.solve.relativeGap = solve.relativeGap;
    o.solve.marginalValues = false;
    o.solve.timeLimitSeconds = 20;
    return o;
}

void TimelineController::compute()
{
    if (m_running) {
        m_pending = true;
        m_cancel->store(true); // restarts when the run in flight returns
        return;
    }
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelFlag;
    m_cancelled = false;
    const quint64 run = ++m_run;
    TimelineOptions timeline = timelineOptions(m_solveOptions);
    ComparisonOptions comparison = comparisonOptions(m_solveOptions);
    timeline.solve.cancel = cancelFlag.get();
    comparison.solve.cancel = cancelFlag.get();
    // The controller outlives the task (its destructor joins it), so `this` is valid there.
    timeline.progress = [this, run](int done, int total) { reportProgress(run, Part::Timeline, done, total); };
    comparison.progress = [this, run](int done, int total) { reportProgress(run, Part::Comparison, done, total); };
    m_running = true;
    setProgress(Part::Timeline, 0, 0);
    emit busyChanged(true);
    m_watcher.setFuture(QtConcurrent::run(
        [project = m_document->project(), timeline, comparison, cancelFlag, generation = m_generation] {
            Result r;
            r.generation = generation;
            r.timeline = computeTimeline(project, Catalog::builtIn(), timeline);
            if (!cancelFlag->load())
                r.comparison = compareGenerations(project, Catalog::builtIn(), comparison);
            // GLPK keeps an environment per thread that pool threads never free; nothing of
            // GLPK outlives the calls above.
            solver::glpkFreeEnvironment();
            return r;
        }));
}

void TimelineController::cancel()
{
    if (!m_cancel)
        return;
    m_cancel->store(true);
    m_pending = false;
    m_cancelled = true;
}

void TimelineController::reportProgress(quint64 run, Part part, int done, int total)
{
    QMetaObject::invokeMethod(
        this,
        [this, run, part, done, total] {
            if (m_running && run == m_run)
                setProgress(part, done, total);
        },
        Qt::QueuedConnection);
}

void TimelineController::setProgress(Part part, int done, int total)
{
    m_part = part;
    m_done = done;
    m_total = total;
    emit progressChanged();
}

void TimelineController::documentChanged()
{
    ++m_generation;
    setStale(true);
    if (m_cancel) // an edit drops the run, it does not count as the user's cancel
        m_cancel->store(true);
}

void TimelineController::finished()
{
    Result r = m_watcher.result();
    const bool cancelled = m_cancel && m_cancel->load();
    m_running = false;
    m_cancel.reset();
    emit busyChanged(false);
    if (!cancelled && r.generation == m_generation) {
        m_result = std::move(r);
        setStale(false);
        emit resultReady();
    }
    if (m_pending) {
        m_pending = false;
        compute();
    }
}

void TimelineController::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    emit staleChanged(stale);
}

} // namespace warmshell::ui
