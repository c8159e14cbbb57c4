// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facilityfigure.h"
#include "jsonreader.h"
#include "systemmodel.h"

#include <vector>

namespace warmshell {

// An immutable list of system models with lookup by id.
class Catalog
{
public:
    Catalog() = default;
    explicit Catalog(std::vector<SystemModel> models, std::vector<FacilityFigure> facilityFigures = {})
        : m_models(std::move(models)), m_facilityFigures(std::move(facilityFigures))
    {
    }

    // The catalog shipped in resources/catalog.json (compiled in as a Qt resource), parsed
    // once on first use. Thread-safe. A broken built-in catalog is a build defect: it is
    // caught by the catalog test, and at run time yields an empty catalog plus the errors in
    // builtInErrors().
    static const Catalog &builtIn();
    static const std::vector<Problem> &builtInErrors();

    // Parses a catalog file ("format": "warmshell-catalog"); errors name JSON paths.
    static Catalog parse(const QByteArray &bytes, std::vector<Problem> &errors);

    const std::vector<SystemModel> &models() const { return m_models; }
    // Null when absent.
    const SystemModel *find(const SystemModelId &id) const;

    // Typical facility figures with their sources (the catalog's "facilityFigures").
    const std::vector<FacilityFigure> &facilityFigures() const { return m_facilityFigures; }
    // Null when absent.
    const FacilityFigure *facilityFigure(const QString &id) const;
    // The figures of `quantity` typical for `kind` (a power node or cooling unit kind key), in
    // catalog order.
    std::vector<const FacilityFigure *> facilityFiguresFor(
        FacilityFigure::Quantity quantity, const QString &kind) const;

private:
    std::vector<SystemModel> m_models;
    std::vector<FacilityFigure> m_facilityFigures;
};

} // namespace warmshell
