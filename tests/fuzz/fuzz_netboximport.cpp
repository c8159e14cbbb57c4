// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the NetBox import: any bytes handed to importNetBox as its saved
// answers must give either a project or errors, never a crash, hang or sanitizer finding.
//
// Input split: the racks, power-panels and power-feeds answers, separated by NUL bytes (JSON
// never contains a raw NUL, so the seeds are the three files of tests/data/netbox joined by
// "\0"); an optional fourth part lists the site slugs to import, separated by commas; optional
// fifth and sixth parts are NetBox 4.7's cooling-sources and cooling-feeds answers (given when
// present, even empty). A missing needed part is an empty answer. This lets the fuzzer reach
// racks, power panels and feeds, cooling and the floor layout in one input.
#include "catalog.h"
#include "import/netbox.h"
#include "projectfile.h"
#include "validation.h"

// The harness's checks are plain assert()s, kept in every build type (see fuzz_projectloader).
#undef NDEBUG
#include <cassert>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace warmshell;
    const QList<QByteArray> parts = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    auto part = [&](qsizetype i) { return i < parts.size() ? parts[i] : QByteArray(); };
    NetBoxImportOptions options;
    options.planStart = QDate(2026, 1, 1);
    if (parts.size() > 3)
        options.sites = QString::fromUtf8(parts[3]).split(QLatin1Char(','), Qt::SkipEmptyParts);
    NetBoxCoolingInputs cooling;
    if (parts.size() > 4)
        cooling.sources = { QStringLiteral("cooling-sources.json"), part(4) };
    if (parts.size() > 5)
        cooling.feeds = { QStringLiteral("cooling-feeds.json"), part(5) };
    const NetBoxImportResult result
        = importNetBox({ QStringLiteral("racks.json"), part(0) }, { QStringLiteral("power-panels.json"), part(1) },
            { QStringLiteral("power-feeds.json"), part(2) }, options, cooling);
    assert(result.ok() == result.errors.empty() && "a project or errors, never both or neither");
    if (!result.ok())
        return 0;
    assert(validateProject(*result.project, Catalog::builtIn()).empty() && "an imported project validates");
    return 0;
}
