// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportarguments.h"

#include "arguments.h"
#include "riskarguments.h"

#include <set>

namespace warmshell::cli {

namespace {

constexpr const char *kSamplesOption = "risk-samples";
constexpr const char *kObjectiveOption = "procurement-objective";

// --sections LIST into `sections`; without the option, the default ones (see
// readReportArguments). Returns the usage error, or empty.
QString readSectionList(const Arguments &arguments, std::set<ReportSection> &sections)
{
    if (!arguments.isSet(QStringLiteral("sections"))) {
        sections = { ReportSection::Timeline, ReportSection::Contingencies, ReportSection::Scenarios };
        if (arguments.isSet(QLatin1String(kSamplesOption)))
            sections.insert(ReportSection::Risk);
        if (anyProcurementOption(arguments, kObjectiveOption))
            sections.insert(ReportSection::Procurement);
        return {};
    }
    const QString list = arguments.value(QStringLiteral("sections"));
    if (list == QLatin1String("none"))
        return {};
    for (const QString &word : list.split(u',')) {
        const auto section = enumFromKey<ReportSection>(word.trimmed());
        if (!section)
            return QStringLiteral("--sections takes none or a list of %1, got '%2'")
                .arg(choicesOf<ReportSection>().join(u','), word);
        sections.insert(*section);
    }
    return {};
}

// An option of a section that --sections leaves out: the usage error, or empty.
QString optionWithoutSection(const Arguments &arguments, const std::set<ReportSection> &sections)
{
    if (!sections.contains(ReportSection::Risk))
        for (const CommandOption &o : riskRunOptions(kSamplesOption))
            if (arguments.isSet(o.name))
                return QStringLiteral("--%1 is for the Risk page: add risk to --sections").arg(o.name);
    if (!sections.contains(ReportSection::Procurement))
        for (const CommandOption &o : procurementQuestionOptions(kObjectiveOption))
            if (arguments.isSet(o.name))
                return QStringLiteral("--%1 is for the Procurement page: add procurement to --sections").arg(o.name);
    return {};
}

} // namespace

CommandOptions reportSectionOptions()
{
    return CommandOptions{ choiceOption("sections", "LIST", choicesOf<ReportSection>() << QStringLiteral("none")) }
    + riskRunOptions(kSamplesOption) + procurementQuestionOptions(kObjectiveOption);
}

QString readReportArguments(const Arguments &arguments, ReportArguments &a)
{
    std::set<ReportSection> sections;
    if (const QString error = readSectionList(arguments, sections); !error.isEmpty())
        return error;
    if (const QString error = optionWithoutSection(arguments, sections); !error.isEmpty())
        return error;
    a.timeline = sections.contains(ReportSection::Timeline);
    a.contingencies = sections.contains(ReportSection::Contingencies);
    a.scenarios = sections.contains(ReportSection::Scenarios);
    if (sections.contains(ReportSection::Risk)) {
        RiskOptions risk;
        if (const QString error = readRiskRunOptions(arguments, kSamplesOption, risk); !error.isEmpty())
            return error;
        a.risk = risk;
    }
    if (sections.contains(ReportSection::Procurement)) {
        ProcurementArguments procurement;
        if (const QString error = readProcurementQuestion(arguments, kObjectiveOption, procurement); !error.isEmpty())
            return error;
        a.procurement = procurement;
    }
    return {};
}

} // namespace warmshell::cli
