// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the scenario and override reader: the input is the value of the
// project's "scenarios" member, spliced into a fixed base project (tests/data/good/
// scenarios.warmshell.json without its scenarios, so overrides can name its lots and power
// nodes). The project must load or give problems, never crash, hang or trip a sanitizer; every
// scenario of a project that loads must apply without problems (the reader already refused
// dangling names), its variant must validate without crashing, and the project must survive
// save → load unchanged. The seeds are the "scenarios" arrays of the test projects.
#include "catalog.h"
#include "project.h"
#include "projectfile.h"
#include "scenario.h"
#include "validation.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

// The harness's checks are plain assert()s, kept in every build type (see fuzz_projectloader).
#undef NDEBUG
#include <cassert>
#include <cstdint>

namespace {

// The base project as compact JSON without its closing brace, ready for ,"scenarios":…}.
QByteArray baseProjectPrefix()
{
    QFile file(QStringLiteral(WARMSHELL_FUZZ_BASE_PROJECT));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the base project %s", WARMSHELL_FUZZ_BASE_PROJECT);
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root.remove(QStringLiteral("scenarios"));
    QByteArray text = QJsonDocument(root).toJson(QJsonDocument::Compact);
    assert(text.endsWith('}'));
    text.chop(1);
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace warmshell;
    static const QByteArray prefix = baseProjectPrefix();
    const QByteArray bytes = prefix
        + ",\"scenarios\":" + QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)) + '}';
    const LoadResult result = parseProject(bytes);
    assert(result.ok() != !result.errors.empty() && "a project and errors together, or neither");
    if (!result.ok())
        return 0;
    const Project &project = *result.project;
    for (size_t i = 0; i < project.scenarios.size(); ++i) {
        std::vector<Problem> problems;
        const Project variant = applyScenario(project, project.scenarios[i], int(i), problems);
        assert(problems.empty() && "the reader refuses overrides that name a missing node or lot");
        (void)validateProject(variant, Catalog::builtIn());
    }
    const LoadResult again = parseProject(serializeProject(project));
    assert(again.ok() && *again.project == project && "what we write, we must read back the same");
    return 0;
}
