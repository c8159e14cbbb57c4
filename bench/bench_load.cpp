// SPDX-License-Identifier: GPL-3.0-or-later
// Loading a large project: WarmShell's full load (parse, typed read with range checks,
// power graph) and validation, against the peer measured in the same run — Qt's own
// QJsonDocument parse of the same bytes, the floor under any JSON-based loader.
// Prints the times and the ratios.
// Usage: bench_load [RACKS] [--write FILE] [--generator synthetic|campus] [--seed S]
//                   [--recirculation on|off]
// Default 40000 racks (about 5 GW) of the synthetic site; --generator campus builds
// makeCampusSite's site instead (seed 1, no recirculation unless asked); --write also saves
// the site as a project file (for the CLI).
#include "campussite.h"
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
#include <optional>

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
struct Arguments
{
    int racks = 40000;
    QString write; // empty: do not write the site
    bool campus = false;
    bench::CampusSiteOptions campusOptions;
};

// Null (after a message on stderr) when the arguments are not understood.
std::optional<Arguments> parseArguments(const QStringList &args)
{
    Arguments a;
    bool ok = true;
    for (qsizetype i = 0; ok && i < args.size(); ++i) {
        const QString &arg = args[i];
        const QString value = i + 1 < args.size() ? args[i + 1] : QString();
        if (arg == QLatin1String("--write")) {
            a.write = value;
            ok = !value.isEmpty();
        } else if (arg == QLatin1String("--generator")) {
            a.campus = value == QLatin1String("campus");
            ok = a.campus || value == QLatin1String("synthetic");
        } else if (arg == QLatin1String("--seed")) {
            a.campusOptions.seed = value.toUInt(&ok);
        } else if (arg == QLatin1String("--recirculation")) {
            a.campusOptions.recirculation = value == QLatin1String("on");
            ok = a.campusOptions.recirculation || value == QLatin1String("off");
        } else {
            a.racks = arg.toInt(&ok);
            ok = ok && a.racks >= 1;
            continue;
        }
        ++i; // the option's value
    }
    if (!ok) {
        std::fprintf(stderr,
            "usage: bench_load [RACKS] [--write FILE] [--generator synthetic|campus] [--seed S] "
            "[--recirculation on|off]\n");
        return std::nullopt;
    }
    a.campusOptions.racks = a.racks;
    return a;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const std::optional<Arguments> args = parseArguments(app.arguments().mid(1));
    if (!args)
        return 2;
    const Project project
        = args->campus ? bench::makeCampusSite(args->campusOptions) : bench::makeSyntheticSite(args->racks);
    const QByteArray bytes = serializeProject(project);
    if (!args->write.isEmpty()) {
        QFile out(args->write);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "bench_load: cannot write %s\n", qPrintable(args->write));
            return 1;
        }
    }
    (void)Catalog::builtIn();

    const double peer = bestOf(3, [&] { (void)QJsonDocument::fromJson(bytes); });
    LoadResult result;
    const double load = bestOf(3, [&] { result = parseProject(bytes); });
    const std::optional<Project> &loaded = result.project;
    if (!loaded || !(*loaded == project)) {
        std::fprintf(stderr, "bench_load: the synthetic site did not load back equal%s%s\n",
            result.errors.empty() ? "" : ": ",
            result.errors.empty() ? "" : qPrintable(result.errors.front().toString()));
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
