// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "problem.h"
#include "site.h"

#include <QDateTime>
#include <QIODevice>

#include <map>
#include <optional>
#include <vector>

namespace warmshell {

// Measured power import (issue 18 §4, docs/measured-power.md). Rows of (timestamp, object id,
// kW) for racks or power nodes, read one line at a time — memory depends on the number of
// objects measured, never on the number of rows — summarised per object over a window.

// The window rows are summarised over: [from, to), UTC. Both valid and from < to.
struct MeasurementWindow
{
    QDateTime from;
    QDateTime to;
};

enum class MeasuredObjectKind { Rack, PowerNode };

// What one object drew inside the window.
struct MeasuredObject
{
    QString id;
    MeasuredObjectKind kind = MeasuredObjectKind::Rack;
    qint64 samples = 0; // rows inside the window, ≥ 1
    double peakKw = 0; // the largest kW inside the window, exact
    // The 99th percentile by nearest rank: the ⌈0.99 × samples⌉-th smallest kW. Exact while the
    // object has at most kExactSamples rows in the window; past that from a fixed-bin histogram,
    // never below the true value and at most kHistogramRelativeError above it (or 1 W above it
    // under 1 kW·10⁻³), and never above peakKw.
    double p99Kw = 0;
    bool p99Exact = true;
};

// Rows per object kept exactly before the summary switches to the histogram.
inline constexpr qint64 kExactSamples = 256;
// Histogram bins are geometric, each 0.5 % wider than the last, from 1 W (0.001 kW) up: a
// value's bin has upper edge ≤ value × 1.005.
inline constexpr double kHistogramRelativeError = 0.005;
// Longest line accepted, bytes (a longer one is malformed; the rest of it is skipped).
inline constexpr int kMaxMeasurementLineBytes = 4096;
// Largest kW accepted on a row (the largest power node rating, limits::nodeRating).
inline constexpr double kMaxMeasuredKw = 10'000'000;

struct MeasuredPower
{
    MeasurementWindow window;
    // Objects with at least one row inside the window, racks in site order, then power nodes
    // in chain order.
    std::vector<MeasuredObject> objects;
    qint64 rows = 0; // data rows read (every valid row, inside the window or not)
    qint64 rowsInWindow = 0;

    // Measured peak kW by rack, for SolveOptions::measuredRackPeakKw.
    std::map<RackId, double> rackPeaks() const;
    // The object's summary, or null when it has no row in the window.
    const MeasuredObject *find(const QString &id) const;
};

// A summary, or every problem and no summary: nothing is imported when any row is bad.
struct MeasuredPowerResult
{
    std::optional<MeasuredPower> power;
    std::vector<Problem> errors; // path "line N" (1-based, the header is line 1 of a CSV)
    bool ok() const { return power.has_value(); }
};

// Reads `device` (open for reading; sequential devices and pipes are fine) to its end.
// The format is found from the first non-blank line: a JSON object starts JSON Lines (one
// {"timestamp", "object", "kW"} object per line), anything else is the header of a CSV file
// naming the columns timestamp, object and kW (any order, case-insensitive; other columns are
// ignored). Timestamps are Unix seconds (a number, fractions allowed) or ISO 8601 date-times
// with a zone (Z or ±hh:mm), between 1970 and 2200. Refused, each with its line: a malformed
// line or one over kMaxMeasurementLineBytes, a missing field, an unknown object id (neither a
// rack nor a power node of `site`), a timestamp not after the object's previous one
// (duplicate or going back), kW negative, NaN, infinite or over kMaxMeasuredKw; a window with
// from ≥ to; no data row at all. Problem lists stop at limits::maxProblems (the count stays
// exact); the whole device is still read, except when its first line is neither a header nor
// a row (then reading stops there, so a huge file of junk is refused at once).
MeasuredPowerResult importMeasuredPower(QIODevice &device, const Site &site, const MeasurementWindow &window);

// The same for a file ("-": standard input); an unreadable file is one problem at "$".
MeasuredPowerResult importMeasuredPowerFile(const QString &fileName, const Site &site, const MeasurementWindow &window);

} // namespace warmshell
