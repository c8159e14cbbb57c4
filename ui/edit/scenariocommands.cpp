// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocommands.h"

#include "document/document.h"

#include <QCoreApplication>

namespace warmshell::ui {

ScenarioListCommand::ScenarioListCommand(Document *document, const QString &text)
    : m_document(document), m_before(document->project().scenarios), m_after(m_before)
{
    setText(text);
}

void ScenarioListCommand::redo()
{
    m_document->modifyProject([this](Project &p) { p.scenarios = m_after; });
}

void ScenarioListCommand::undo()
{
    m_document->modifyProject([this](Project &p) { p.scenarios = m_before; });
}

AddScenarioCommand::AddScenarioCommand(Document *document, Scenario scenario)
    : ScenarioListCommand(
        document, QCoreApplication::translate("ScenarioCommands", "Add scenario %1").arg(scenario.name))
{
    after().push_back(std::move(scenario));
}

RenameScenarioCommand::RenameScenarioCommand(Document *document, size_t index, const QString &name)
    : ScenarioListCommand(document, QCoreApplication::translate("ScenarioCommands", "Rename scenario to %1").arg(name))
{
    after()[index].name = name;
}

DuplicateScenarioCommand::DuplicateScenarioCommand(Document *document, size_t index, const QString &name)
    : ScenarioListCommand(document,
        QCoreApplication::translate("ScenarioCommands", "Duplicate scenario %1")
            .arg(document->project().scenarios[index].name))
{
    Scenario copy = after()[index];
    copy.name = name;
    after().insert(after().begin() + qsizetype(index) + 1, std::move(copy));
}

DeleteScenarioCommand::DeleteScenarioCommand(Document *document, size_t index)
    : ScenarioListCommand(document,
        QCoreApplication::translate("ScenarioCommands", "Delete scenario %1")
            .arg(document->project().scenarios[index].name))
{
    after().erase(after().begin() + qsizetype(index));
}

AddOverrideCommand::AddOverrideCommand(Document *document, size_t index, ScenarioOverride value)
    : ScenarioListCommand(document,
        QCoreApplication::translate("ScenarioCommands", "Add %1 to %2")
            .arg(QLatin1String(overrideKindSpec(value.kind).label), document->project().scenarios[index].name))
{
    after()[index].overrides.push_back(std::move(value));
}

RemoveOverrideCommand::RemoveOverrideCommand(Document *document, size_t index, size_t overrideIndex)
    : ScenarioListCommand(document,
        QCoreApplication::translate("ScenarioCommands", "Remove change from %1")
            .arg(document->project().scenarios[index].name))
{
    auto &overrides = after()[index].overrides;
    overrides.erase(overrides.begin() + qsizetype(overrideIndex));
}

SetOverrideCommand::SetOverrideCommand(Document *document, size_t index, size_t overrideIndex, ScenarioOverride value)
    : ScenarioListCommand(document,
        QCoreApplication::translate("ScenarioCommands", "Edit change of %1")
            .arg(document->project().scenarios[index].name))
{
    after()[index].overrides[overrideIndex] = std::move(value);
}

SetScenarioOverridesCommand::SetScenarioOverridesCommand(
    Document *document, size_t index, std::vector<ScenarioOverride> overrides, const QString &text)
    : ScenarioListCommand(document, text)
{
    after()[index].overrides = std::move(overrides);
}

QString scenarioNameLike(const std::vector<Scenario> &scenarios, const QString &base)
{
    auto taken = [&](const QString &name) {
        return std::any_of(scenarios.begin(), scenarios.end(), [&](const Scenario &s) { return s.name == name; });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

} // namespace warmshell::ui
