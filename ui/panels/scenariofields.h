// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "propertyeditor.h"
#include "scenario.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace warmshell::ui::scenariofields {

// What one field of the property pages becomes when a scenario is edited: an override whose
// kind can express it (issue 19 §1). The functions are plain and stateless:
// - `read`: the field's value in `project` — the base site, or the project with a scenario
//   applied — as the page shows it; empty when subject `id` is not in it;
// - `owns`: whether override `o` (of `kind`) is the one this field of subject `id` writes;
//   `base` is the project the scenario belongs to;
// - `make`: the override that makes the field read `value` (the editor's parsed value) in the
//   project `prior` (`base` with the scenario applied, less the override this field owns).
struct OverrideMapping
{
    OverrideKind kind;
    QString (*read)(const Project &project, const QString &id);
    bool (*owns)(const ScenarioOverride &o, const QString &id, const Project &base);
    // What `make` gives: `value` to store, or neither (the value is the prior's: no override
    // is needed), or a refusal naming the field and the reason (nothing is stored).
    struct Made
    {
        std::optional<ScenarioOverride> value;
        QString refusal;
    };
    Made (*make)(const Project &base, const Project &prior, const QString &id, const QVariant &value);
    // How the override is described beside the field ("change-rating from 2026-01-01").
    QString (*describe)(const Project &base, const QString &id);
};

// The mapping of field `key` of pages of `subject`; null when no override kind expresses it
// (the field is read-only while a scenario is edited).
const OverrideMapping *mappingFor(PropertyEditor::Subject subject, const QString &key);

// Why field `label` of a `subject` is read-only while a scenario is edited: "a scenario cannot
// change a rack's power limit; edit the base site".
QString readOnlyReason(PropertyEditor::Subject subject, const QString &key, const QString &label);

// The overrides of scenario `index` of `base` after field `mapping` of every subject of `ids`
// is set to `value` (nullopt: reverted — the overrides the field owns removed), one subject
// after the other; an override the field already owns is updated in place, never stacked.
// `refusal` non-empty: the first subject's reason (named when several are edited); the
// overrides are then those of the scenario unchanged. `index` must be a scenario of `base`.
struct OverridesEdit
{
    std::vector<ScenarioOverride> overrides;
    QString refusal;
};
OverridesEdit editOverrides(const Project &base, size_t index, const OverrideMapping &mapping, const QStringList &ids,
    const std::optional<QVariant> &value);

// Shows in `editor` the object `change` names (a power node, cooling unit or lot of `project`);
// false, showing nothing new, when it names none of them (every lot, a maintenance window, a
// lot the scenario adds).
bool showObjectOf(PropertyEditor *editor, const Project &project, const ScenarioOverride &change);

// Whether scenario `index` of `base` holds an override field `mapping` of subject `id` owns.
bool isOverridden(const Project &base, size_t index, const OverrideMapping &mapping, const QString &id);

} // namespace warmshell::ui::scenariofields
