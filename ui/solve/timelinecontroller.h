// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/comparison.h"
#include "analysis/timeline.h"
#include "project.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace warmshell::ui {

class Document;

// The timeline (model/plan/timeline.h) and the generation comparison (model/plan/comparison.h)
// of the document's project, computed on demand on a worker thread.
//
// compute() copies the project (an immutable snapshot) and runs computeTimeline() then
// compareGenerations() with the built-in catalog on QThreadPool::globalInstance(); the UI
// thread never waits for them, except in the destructor, which cancels and joins. An edit of
// the document marks the shown result stale and cancels a computation in flight (its result
// is dropped); it does not recompute by itself: these take one solve per period and per
// model, too many to repeat on every keystroke. While it runs, progressChanged() tells after
// each solve which part runs and how many of its solves are done; cancel() stops it through the
// cancel flag every solve of the run shares (the solve in flight returns within about a
// second), drops its result and marks the controller cancelled until the next compute().
class TimelineController : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        Timeline timeline;
        Comparison comparison;
        quint64 generation = 0; // edit generation of the snapshot
    };

    explicit TimelineController(Document *document, QObject *parent = nullptr);
    ~TimelineController() override;

    // The options compute() uses: the objective and precision of `solve` (its date and cancel
    // flag are ignored), no marginal values, at most 60 s for the whole timeline and 20 s per
    // comparison solve. Public so tests compute the same figures independently.
    static TimelineOptions timelineOptions(const SolveOptions &solve);
    static ComparisonOptions comparisonOptions(const SolveOptions &solve);

    void setSolveOptions(const SolveOptions &options) { m_solveOptions = options; }

    // The last published result; null before the first.
    const Result *result() const { return m_result ? &*m_result : nullptr; }
    bool isBusy() const { return m_running; }
    bool isStale() const { return m_stale; }
    // The last computation was stopped by cancel() (not by an edit); false again on compute().
    bool wasCancelled() const { return m_cancelled; }

    // Which part of a computation runs: the timeline's periods, then the comparison's models.
    enum class Part { Timeline, Comparison };
    // Progress of the computation in flight: its part, and `done` of `total` solves of that part
    // returned (0 of 0 before the first returns).
    Part progressPart() const { return m_part; }
    int progressDone() const { return m_done; }
    int progressTotal() const { return m_total; }

public slots:
    // Starts a computation of the current project (cancelling one in flight).
    void compute();
    void cancel();

signals:
    void resultReady();
    void progressChanged();
    void busyChanged(bool busy);
    void staleChanged(bool stale);

private:
    void documentChanged();
    void finished();
    void setStale(bool stale);
    // Progress from the worker thread (queued to this object's thread): ignored unless `run` is
    // the computation in flight.
    void reportProgress(quint64 run, Part part, int done, int total);
    void setProgress(Part part, int done, int total);

    Document *m_document;
    SolveOptions m_solveOptions;
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<Result> m_result;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_pending = false;
    bool m_stale = true;
    bool m_cancelled = false;
    quint64 m_run = 0; // counts compute() starts; names the computation in flight
    Part m_part = Part::Timeline;
    int m_done = 0;
    int m_total = 0;
};

} // namespace warmshell::ui
