// SPDX-License-Identifier: GPL-3.0-or-later
#include "thermal.h"

#include "site.h"

#include <QHash>

#include <cmath>

namespace warmshell {

double layoutCoefficient(Containment containment, double distanceM)
{
    if (!(distanceM >= 0) || distanceM > kLayoutReachM)
        return 0;
    double base = 0.03;
    if (containment == Containment::ColdAisle)
        base = 0.01;
    else if (containment == Containment::HotAisle)
        base = 0.005;
    return base * std::exp(-distanceM / 1.2);
}

Eigen::SparseMatrix<double> recirculationMatrix(const Site &site)
{
    if (!site.thermal.enabled)
        return {};
    const Eigen::Index n = Eigen::Index(site.racks.size());
    QHash<RackId, int> index;
    for (size_t i = 0; i < site.racks.size(); ++i)
        index.insert(site.racks[i].id, int(i));
    std::vector<Eigen::Triplet<double>> entries;
    for (const Recirculation &r : site.thermal.recirculation) {
        const int to = index.value(r.to, -1), from = index.value(r.from, -1);
        if (to >= 0 && from >= 0 && r.coefficient > 0)
            entries.emplace_back(to, from, r.coefficient);
    }
    if (site.thermal.deriveFromLayout) {
        // Racks of one row, in site order; rows are short (tens of racks), so all pairs.
        QHash<RowId, std::vector<int>> byRow;
        for (size_t i = 0; i < site.racks.size(); ++i)
            byRow[site.racks[i].row].push_back(int(i));
        for (auto it = byRow.cbegin(); it != byRow.cend(); ++it) {
            const Row *row = site.row(it.key());
            const Containment containment = row ? row->containment : Containment::None;
            for (int to : it.value())
                for (int from : it.value()) {
                    const FloorPoint &a = site.racks[size_t(to)].position, &b = site.racks[size_t(from)].position;
                    const double d = std::hypot(a.x.value() - b.x.value(), a.y.value() - b.y.value());
                    if (const double c = layoutCoefficient(containment, d); c > 0)
                        entries.emplace_back(to, from, c);
                }
        }
    }
    Eigen::SparseMatrix<double> d(n, n);
    d.setFromTriplets(entries.begin(), entries.end()); // duplicates add up
    return d;
}

std::vector<double> inletTemperatures(const Site &site, const std::vector<double> &airHeatKw)
{
    if (!site.thermal.enabled)
        return {};
    const Eigen::SparseMatrix<double> d = recirculationMatrix(site);
    Eigen::VectorXd p = Eigen::VectorXd::Zero(d.cols());
    for (Eigen::Index i = 0; i < p.size() && size_t(i) < airHeatKw.size(); ++i)
        p[i] = airHeatKw[size_t(i)];
    const Eigen::VectorXd t = (d * p).array() + site.thermal.supply.value();
    return std::vector<double>(t.data(), t.data() + t.size());
}

} // namespace warmshell
