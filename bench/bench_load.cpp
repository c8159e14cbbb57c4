// SPDX-License-Identifier: GPL-3.0-or-later
// Loading a large project: WarmShell's full load (parse, typed read with range checks,
// power graph) and validation, against the peer measured in the same run — Qt's own
// QJsonDocument parse of the same bytes, the floor under any JSON-based loader.
// Prints the times and the ratios. Usage: bench_load [RACKS] [--write FILE] (default 40000
// racks, about 5 GW); --write also saves the synthetic site as a project file (for the CLI).
#include "catalog.h"
#include "projectfile.h"
#include "syntheticsite.h"
#include "validation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace warmshell;

namespace {
// Best of `runs` wall-clock times in milliseconds.
double bestOf(int runs, const std::function<void()> &work)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int racks = argc > 1 ? std::max(1, atoi(argv[1])) : 40000;
    const Project project = bench::makeSyntheticSite(racks);
    const QByteArray bytes = serializeProject(project);
    const QStringList args = app.arguments();
    if (const qsizetype w = args.indexOf(QStringLiteral("--write")); w > 0 && w + 1 < args.size()) {
        QFile out(args[w + 1]);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "bench_load: cannot write %s\n", qPrintable(args[w + 1]));
            return 1;
        }
    }
    (void)Catalog::builtIn();

    const double peer = bestOf(3, [&] { (void)QJsonDocument::fromJson(bytes); });
    std::optional<Project> loaded;
    const double load = bestOf(3, [&] { loaded = parseProject(bytes).project; });
    if (!loaded || !(*loaded == project)) {
        std::fprintf(stderr, "bench_load: the synthetic site did not load back equal\n");
        return 1;
    }
    size_t problems = 0;
    const double validate = bestOf(3, [&] { problems = validateProject(*loaded, Catalog::builtIn()).size(); });

    std::printf("site: %zu racks, %d power nodes, %zu cooling units, %.1f MB of JSON, %zu validation problems\n",
        loaded->site.racks.size(), loaded->site.power.size(), loaded->site.coolingUnits.size(), bytes.size() / 1e6,
        problems);
    std::printf("peer  QJsonDocument::fromJson      %9.1f ms\n", peer);
    std::printf("ours  parseProject (typed + graph) %9.1f ms   ratio %.2fx the peer\n", load, load / peer);
    std::printf("ours  validateProject              %9.1f ms   ratio %.2fx the peer\n", validate, validate / peer);
    std::printf("ours  load + validate              %9.1f ms   ratio %.2fx the peer\n", load + validate,
        (load + validate) / peer);
    return problems == 0 ? 0 : 1;
}
