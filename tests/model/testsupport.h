// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"
#include "project.h"
#include "projectfile.h"

#include <QTest>

#include <algorithm>
#include <vector>

namespace warmshell::test {

// A project from tests/data; fails the calling test (via QVERIFY2 in the caller's scope is
// not possible here, so it aborts with the loader's messages) if the fixture is broken.
inline Project loadFixture(const QString &relativePath)
{
    const LoadResult r = loadProject(QStringLiteral(WARMSHELL_TEST_DATA "/") + relativePath);
    if (!r.ok()) {
        QStringList messages;
        for (const Problem &p : r.errors)
            messages << p.toString();
        qFatal(
            "fixture %s does not load: %s", qPrintable(relativePath), qPrintable(messages.join(QStringLiteral("; "))));
    }
    return *r.project;
}

// "path: message" lines, for failure messages.
inline QString describe(const std::vector<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.isEmpty() ? QStringLiteral("(no problems)") : lines.join(QLatin1Char('\n'));
}

// True if some problem has exactly `path` and a message containing `fragment`.
inline bool hasProblem(const std::vector<Problem> &problems, const QString &path, const QString &fragment)
{
    return std::any_of(problems.begin(), problems.end(),
        [&](const Problem &p) { return p.path == path && p.message.contains(fragment); });
}

// Adds a power node rated `kw` kW per module (derating 1) under `inputs`, for sites built by
// hand in a test: its id and name are `id`.
inline void addNode(Project &p, const char *id, PowerNodeKind kind, double kw, std::vector<const char *> inputs = {},
    Redundancy redundancy = Redundancy::n(), QDate commissioned = {})
{
    PowerNode n;
    n.id = PowerNodeId(QString::fromUtf8(id));
    n.name = QString::fromUtf8(id);
    n.kind = kind;
    n.rating = PowerRating::kilowatts(Kilowatts(kw));
    n.derating = 1;
    n.redundancy = redundancy;
    n.commissioned = commissioned;
    p.site.power.addNode(n);
    for (const char *input : inputs)
        p.site.power.connect(PowerNodeId(QString::fromUtf8(input)), n.id);
}

// A custom air-cooled model for sites built by hand: `kw` kW and `gpus` GPUs per system, 2 U,
// 50 kg, 1,000 TFLOPS BF16 per GPU; its id, name and generation are `id`.
inline SystemModel boxModel(const char *id, double kw, int gpus)
{
    SystemModel m;
    m.id = SystemModelId(QString::fromUtf8(id));
    m.name = QString::fromUtf8(id);
    m.generation = QString::fromUtf8(id);
    m.gpusPerSystem = gpus;
    m.power = Kilowatts(kw);
    m.height = RackUnits(2);
    m.weight = Kilograms(50);
    m.bf16 = Teraflops(1000);
    return m;
}

} // namespace warmshell::test
