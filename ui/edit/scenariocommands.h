// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QUndoCommand>

#include <vector>

namespace warmshell::ui {

class Document;

// The edits of the project's scenarios (the Scenarios dock). Scenarios are small values, so
// each command keeps the whole list before and after its edit: redo writes `after`, undo
// `before`, through Document::modifyProject (one changed() each). Indices must be valid when
// the command is made; the constructors compute `after` from the document as it is then.
class ScenarioListCommand : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;

protected:
    ScenarioListCommand(Document *document, const QString &text);
    std::vector<Scenario> &after() { return m_after; }

private:
    Document *m_document;
    std::vector<Scenario> m_before;
    std::vector<Scenario> m_after;
};

// Appends `scenario` (its name should be unused: scenarioNameLike()).
class AddScenarioCommand : public ScenarioListCommand
{
public:
    AddScenarioCommand(Document *document, Scenario scenario);
};

class RenameScenarioCommand : public ScenarioListCommand
{
public:
    RenameScenarioCommand(Document *document, size_t index, const QString &name);
};

// Inserts a copy of scenario `index` named `name` right after it.
class DuplicateScenarioCommand : public ScenarioListCommand
{
public:
    DuplicateScenarioCommand(Document *document, size_t index, const QString &name);
};

class DeleteScenarioCommand : public ScenarioListCommand
{
public:
    DeleteScenarioCommand(Document *document, size_t index);
};

// Appends `value` to scenario `index`'s overrides.
class AddOverrideCommand : public ScenarioListCommand
{
public:
    AddOverrideCommand(Document *document, size_t index, ScenarioOverride value);
};

class RemoveOverrideCommand : public ScenarioListCommand
{
public:
    RemoveOverrideCommand(Document *document, size_t index, size_t overrideIndex);
};

// Replaces override `overrideIndex` of scenario `index` (its kind or any field).
class SetOverrideCommand : public ScenarioListCommand
{
public:
    SetOverrideCommand(Document *document, size_t index, size_t overrideIndex, ScenarioOverride value);
};

// Replaces every override of scenario `index` with `overrides`: a field of the property pages
// edited while the scenario is viewed (one step for every selected object; `text` says what).
class SetScenarioOverridesCommand : public ScenarioListCommand
{
public:
    SetScenarioOverridesCommand(
        Document *document, size_t index, std::vector<ScenarioOverride> overrides, const QString &text);
};

// `base` if no scenario of `scenarios` has that name, else "base 2", "base 3"…
QString scenarioNameLike(const std::vector<Scenario> &scenarios, const QString &base);

} // namespace warmshell::ui
