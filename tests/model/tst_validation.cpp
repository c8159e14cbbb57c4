// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "problemlist.h"
#include "problemtext.h"
#include "testsupport.h"
#include "validation.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>

using namespace warmshell;
using warmshell::test::describe;
using warmshell::test::hasProblem;

namespace {

PowerNodeId pid(const char *id)
{
    return PowerNodeId(QString::fromLatin1(id));
}

PowerNode node(const char *id, PowerNodeKind kind, double kw = 100)
{
    PowerNode n;
    n.id = pid(id);
    n.name = QString::fromLatin1(id);
    n.kind = kind;
    n.rating = PowerRating::kilowatts(Kilowatts(kw));
    return n;
}

// tests/data/good/minimal: util-1 → ups-1 → pdu-1 → rack-1 (2 × DGX A100 pinned), rack-2;
// crah-1 serves both racks; one A100 lot.
Project minimal()
{
    return test::loadFixture(QStringLiteral("good/minimal.warmshell.json"));
}

// Adds two separate A/B sides below util-1: util-1 → ups-A → pdu-A, util-1 → ups-B → pdu-B,
// plus gen-A → ups-A and gen-B → ups-B so that util-1 is not a single point of failure.
void addTwoSides(Project &p)
{
    PowerChain &c = p.site.power;
    for (const char *side : { "A", "B" }) {
        const QByteArray ups = QByteArray("ups-") + side, pdu = QByteArray("pdu-") + side,
                         gen = QByteArray("gen-") + side;
        c.addNode(node(ups.constData(), PowerNodeKind::Ups));
        c.addNode(node(pdu.constData(), PowerNodeKind::Pdu));
        c.addNode(node(gen.constData(), PowerNodeKind::Generator));
        c.connect(pid("util-1"), pid(ups.constData()));
        c.connect(pid(gen.constData()), pid(ups.constData()));
        c.connect(pid(ups.constData()), pid(pdu.constData()));
    }
    p.site.racks[1].feedA = pid("pdu-A");
    p.site.racks[1].feedB = pid("pdu-B");
}

struct Case
{
    const char *name;
    std::function<void(Project &)> breakIt;
    const char *path; // exact JSON path of the problem
    const char *fragment; // part of the message
};

const std::vector<Case> &cases()
{
    // A chiller after crah-1 (index 1), fed from ups-1 unless a case says otherwise.
    static const auto addChiller = [](Project &p) -> CoolingUnit & {
        CoolingUnit c;
        c.id = CoolingUnitId(QStringLiteral("ch-1"));
        c.name = QStringLiteral("Chiller A");
        c.kind = CoolingUnitKind::Chiller;
        c.capacity = Kilowatts(100);
        c.feed = PowerNodeId(QStringLiteral("ups-1"));
        c.drawKwPerKw = 0.2;
        p.site.coolingUnits.push_back(c);
        p.site.coolingUnits[0].rejectsTo = c.id;
        return p.site.coolingUnits.back();
    };
    // A tenant "t" owning the minimal site's one lot (6 DGX A100, 48 GPUs).
    static const auto addTenant = [](Project &p) -> Tenant & {
        Tenant t;
        t.id = TenantId(QStringLiteral("t"));
        p.tenants.push_back(t);
        p.fleet[0].tenant = t.id;
        return p.tenants.back();
    };
    static const std::vector<Case> all{
        { "tenant min quota above its own GPUs", [](Project &p) { addTenant(p).minGpus = 56; }, "$.tenants[0].minGpus",
            "is 56 GPUs, more than the 48 GPUs of all the lots of tenant \"t\"" },
        { "tenant min quota above its max",
            [](Project &p) {
                addTenant(p).minGpus = 40;
                p.tenants[0].maxGpus = 32;
            },
            "$.tenants[0].minGpus", "is 40 GPUs, above the tenant's maxGpus of 32" },
        { "lot of an unknown tenant",
            [](Project &p) {
                addTenant(p);
                p.fleet[0].tenant = TenantId(QStringLiteral("u"));
            },
            "$.fleet[0].tenant", "names tenant \"u\", which the project does not have (tenants: \"t\")" },
        { "rack reserved directly and through its hall",
            [](Project &p) {
                addTenant(p).reservedHalls = { HallId(QStringLiteral("hall-1")) };
                Tenant other;
                other.id = TenantId(QStringLiteral("o"));
                other.reservedRacks = { RackId(QStringLiteral("rack-2")) };
                p.tenants.push_back(other);
            },
            "$.tenants[1].reservedRacks[0]", "stands in hall \"hall-1\", reserved for tenant \"t\"" },
        { "tenant quota MW negative", [](Project &p) { addTenant(p).maxMegawatts = -1; }, "$.tenants[0].maxMegawatts",
            "got -1" },
        { "plant that draws with no feed", [](Project &p) { addChiller(p).feed = {}; }, "$.site.coolingUnits[1].feed",
            "Chiller A draws power but has no feed" },
        { "plant COP NaN", [](Project &p) { addChiller(p).drawKwPerKw = std::nan(""); },
            "$.site.coolingUnits[1].drawKwPerKw", "got NaN" },
        { "plant capacity negative", [](Project &p) { addChiller(p).capacity = Kilowatts(-5); },
            "$.site.coolingUnits[1].capacityKw", "got -5" },
        { "plant capacity NaN", [](Project &p) { addChiller(p).capacity = Kilowatts(std::nan("")); },
            "$.site.coolingUnits[1].capacityKw", "got NaN" },
        { "plant that serves racks",
            [](Project &p) { addChiller(p).serves.push_back(RackId(QStringLiteral("rack-1"))); },
            "$.site.coolingUnits[1].serves", "serves no rack" },
        { "plant rejecting to a plant (a loop)",
            [](Project &p) { addChiller(p).rejectsTo = CoolingUnitId(QStringLiteral("ch-1")); },
            "$.site.coolingUnits[1].rejectsTo", "rejects its heat outdoors" },
        { "room unit rejecting to an unknown unit",
            [](Project &p) { p.site.coolingUnits[0].rejectsTo = CoolingUnitId(QStringLiteral("ch-9")); },
            "$.site.coolingUnits[0].rejectsTo", "names cooling unit \"ch-9\", which does not exist" },
        { "room unit rejecting to a room unit",
            [](Project &p) {
                addChiller(p).kind = CoolingUnitKind::Crac;
                p.site.coolingUnits[1].feed = {};
            },
            "$.site.coolingUnits[0].rejectsTo", "a crac unit; heat is rejected to a chiller, dry cooler or tower" },
        { "plant monthly factor NaN",
            [](Project &p) { addChiller(p).monthlyDrawFactor = std::vector<double>(12, std::nan("")); },
            "$.site.coolingUnits[1].monthlyDrawFactor[0]", "got NaN" },
        { "plant monthly factors not 12",
            [](Project &p) {
                addChiller(p).monthlyCapacityFactor = { 1, 1 };
            },
            "$.site.coolingUnits[1].monthlyCapacityFactor", "must list 12 monthly factors" },
        { "room unit with monthly factors",
            [](Project &p) { p.site.coolingUnits[0].monthlyDrawFactor = std::vector<double>(12, 1.0); },
            "$.site.coolingUnits[0].monthlyDrawFactor", "monthly factors belong to chillers" },
        { "inlet limit at the supply temperature",
            [](Project &p) {
                p.site.thermal.enabled = true;
                p.site.thermal.supply = Celsius(27);
            },
            "$.site.thermal.inletLimitC", "must be above the supply temperature (27 °C)" },
        { "recirculation from an unknown rack",
            [](Project &p) {
                p.site.thermal.enabled = true;
                p.site.thermal.recirculation.push_back(
                    { RackId(QStringLiteral("rack-1")), RackId(QStringLiteral("rack-9")), 0.1 });
            },
            "$.site.thermal.recirculation[0].from", "names rack \"rack-9\", which does not exist" },
        { "NaN recirculation coefficient",
            [](Project &p) {
                p.site.thermal.enabled = true;
                p.site.thermal.recirculation.push_back(
                    { RackId(QStringLiteral("rack-1")), RackId(QStringLiteral("rack-1")), std::nan("") });
            },
            "$.site.thermal.recirculation[0].coefficientCPerKw", "got NaN" },
        { "repeated recirculation pair",
            [](Project &p) {
                p.site.thermal.enabled = true;
                for (int i = 0; i < 2; ++i)
                    p.site.thermal.recirculation.push_back(
                        { RackId(QStringLiteral("rack-1")), RackId(QStringLiteral("rack-2")), 0.1 });
            },
            "$.site.thermal.recirculation[1]", "repeats the pair to \"rack-1\", from \"rack-2\"" },
        { "cycle in the power chain", [](Project &p) { p.site.power.connect(pid("pdu-1"), pid("ups-1")); },
            "$.site.powerNodes[1].inputs", "the power chain has a cycle: UPS → PDU" },
        { "node without input", [](Project &p) { p.site.power.addNode(node("pdu-9", PowerNodeKind::Pdu)); },
            "$.site.powerNodes[3].inputs", "pdu-9 (pdu) has no input" },
        { "source fed by a node",
            [](Project &p) {
                p.site.power.addNode(node("gen-9", PowerNodeKind::Generator));
                p.site.power.connect(pid("pdu-1"), pid("gen-9"));
            },
            "$.site.powerNodes[3].inputs", "is a source and cannot be fed" },
        { "rack without feed", [](Project &p) { p.site.racks[1].feedA = PowerNodeId(); }, "$.site.racks[1].feedA",
            "Rack A02 has no power feed" },
        { "rack feed dangling", [](Project &p) { p.site.racks[1].feedA = pid("pdu-ghost"); }, "$.site.racks[1].feedA",
            "names power node \"pdu-ghost\", which does not exist" },
        { "rack with no path to a source",
            [](Project &p) {
                p.site.power.addNode(node("pdu-9", PowerNodeKind::Pdu));
                p.site.racks[1].feedA = pid("pdu-9");
            },
            "$.site.racks[1].feedA", "Rack A02 has no path to a utility feed or generator through pdu-9" },
        { "2N rack on one UPS",
            [](Project &p) {
                p.site.power.addNode(node("pdu-2", PowerNodeKind::Pdu));
                p.site.power.connect(pid("ups-1"), pid("pdu-2"));
                p.site.racks[1].feedB = pid("pdu-2");
            },
            "$.site.racks[1].feedB", "both depend on UPS, Utility alone" },
        { "2N rack sides meeting at a switchboard",
            [](Project &p) {
                addTwoSides(p);
                p.site.power.addNode(node("swb-9", PowerNodeKind::Switchboard));
                p.site.power.connect(pid("ups-A"), pid("swb-9"));
                p.site.power.connect(pid("ups-B"), pid("swb-9"));
                p.site.power.connect(pid("swb-9"), pid("pdu-A"));
                p.site.power.connect(pid("swb-9"), pid("pdu-B"));
                p.site.power.disconnect(pid("ups-A"), pid("pdu-A"));
                p.site.power.disconnect(pid("ups-B"), pid("pdu-B"));
            },
            "$.site.racks[1].feedB", "depend on swb-9 alone" },
        { "2N rack with the same feed twice", [](Project &p) { p.site.racks[1].feedB = pid("pdu-1"); },
            "$.site.racks[1].feedB", "same node as feedA" },
        { "negative rack power", [](Project &p) { p.site.racks[0].powerLimit = Kilowatts(-5); },
            "$.site.racks[0].powerLimitKw", "must be at least 0 and at most 2000 kW, got -5" },
        { "NaN rack power", [](Project &p) { p.site.racks[0].powerLimit = Kilowatts(std::nan("")); },
            "$.site.racks[0].powerLimitKw", "got NaN" },
        { "absurd rack power", [](Project &p) { p.site.racks[0].powerLimit = Kilowatts(5e6); },
            "$.site.racks[0].powerLimitKw", "at most 2000 kW, got 5000000" },
        { "infinite node rating",
            [](Project &p) { p.site.power.node(pid("ups-1"))->rating = PowerRating::kilowatts(Kilowatts(INFINITY)); },
            "$.site.powerNodes[1].rating.value", "got an infinite value" },
        { "NaN derating", [](Project &p) { p.site.power.node(pid("pdu-1"))->derating = std::nan(""); },
            "$.site.powerNodes[2].derating", "got NaN" },
        { "N+1 with one module",
            [](Project &p) { p.site.power.node(pid("ups-1"))->redundancy = Redundancy::nPlusOne(1); },
            "$.site.powerNodes[1].redundancy", "N+1 needs 2 to 64 modules, got 1" },
        { "NaN efficiency", [](Project &p) { p.site.power.node(pid("ups-1"))->efficiency = std::nan(""); },
            "$.site.powerNodes[1].efficiency", "must be above 0 and at most 1, got NaN" },
        { "zero efficiency", [](Project &p) { p.site.power.node(pid("ups-1"))->efficiency = 0; },
            "$.site.powerNodes[1].efficiency", "must be above 0 and at most 1, got 0" },
        { "efficiency above one", [](Project &p) { p.site.power.node(pid("ups-1"))->efficiency = 1.2; },
            "$.site.powerNodes[1].efficiency", "must be above 0 and at most 1, got 1.2" },
        { "negative house load",
            [](Project &p) {
                p.site.power.node(pid("pdu-1"))->houseLoads = { { QStringLiteral("offices"), Kilowatts(10), {} },
                    { QStringLiteral("lights"), Kilowatts(-2), {} } };
            },
            "$.site.powerNodes[2].houseLoads[1].kw", "must be at least 0 and at most 10000000 kW, got -2" },
        { "NaN house load",
            [](Project &p) {
                p.site.power.node(pid("pdu-1"))->houseLoads = { { QStringLiteral("x"), Kilowatts(std::nan("")), {} } };
            },
            "$.site.powerNodes[2].houseLoads[0].kw", "got NaN" },
        { "negative cooling draw", [](Project &p) { p.site.coolingUnits[0].drawKw = -3; },
            "$.site.coolingUnits[0].drawKw", "must be at least 0 and at most 1000000 kW, got -3" },
        // Measured draw (format 7): fractions in (0, 1], NaN refused, the margin in [0, 1].
        { "NaN lot typical draw", [](Project &p) { p.fleet[0].typicalDrawFraction = std::nan(""); },
            "$.fleet[0].typicalDrawFraction", "must be above 0 and at most 1, got NaN" },
        { "zero lot typical draw", [](Project &p) { p.fleet[0].typicalDrawFraction = 0.0; },
            "$.fleet[0].typicalDrawFraction", "must be above 0 and at most 1, got 0" },
        { "model typical draw above one",
            [](Project &p) {
                SystemModel m = *Catalog::builtIn().find(SystemModelId(QStringLiteral("dgx-h100")));
                m.id = SystemModelId(QStringLiteral("my-h100"));
                m.typicalDrawFraction = 1.01;
                p.customModels.push_back(m);
            },
            "$.catalog[0].typicalDrawFraction", "must be above 0 and at most 1, got 1.01" },
        { "NaN diversity margin", [](Project &p) { p.site.measuredDiversity.margin = std::nan(""); },
            "$.site.measuredDiversity.margin", "must be at least 0 and at most 1, got NaN" },
        { "NaN cooling draw per kW", [](Project &p) { p.site.coolingUnits[0].drawKwPerKw = std::nan(""); },
            "$.site.coolingUnits[0].drawKwPerKw", "must be at least 0 and at most 2 kW per kW, got NaN" },
        { "cooling fed from a missing node", [](Project &p) { p.site.coolingUnits[0].feed = pid("mech-9"); },
            "$.site.coolingUnits[0].feed", "names power node \"mech-9\", which does not exist" },
        { "loop through a mechanical feed",
            [](Project &p) {
                // mech-1 takes power from pdu-1 and feeds ups-1, which feeds pdu-1: a loop the
                // CRAH's draw would go round.
                p.site.power.addNode(node("mech-1", PowerNodeKind::Switchboard));
                p.site.power.connect(pid("pdu-1"), pid("mech-1"));
                p.site.power.connect(pid("mech-1"), pid("ups-1"));
                p.site.coolingUnits[0].feed = pid("mech-1");
                p.site.coolingUnits[0].drawKwPerKw = 0.05;
            },
            "$.site.powerNodes[1].inputs", "the power chain has a cycle: UPS → PDU → mech-1 feed each other" },
        { "negative cooling capacity", [](Project &p) { p.site.coolingUnits[0].capacity = Kilowatts(-1); },
            "$.site.coolingUnits[0].capacityKw", "must be at least 0" },
        { "row in missing hall", [](Project &p) { p.site.rows[0].hall = HallId(QStringLiteral("hall-9")); },
            "$.site.rows[0].hall", "names hall \"hall-9\", which does not exist" },
        { "rack in missing row", [](Project &p) { p.site.racks[1].row = RowId(QStringLiteral("row-Z")); },
            "$.site.racks[1].row", "names row \"row-Z\", which does not exist" },
        { "rack outside its hall",
            [](Project &p) {
                p.site.racks[1].position = { Metres(12), Metres(2) };
            },
            "$.site.racks[1].position", "lies outside Hall 1 (10 × 6 m)" },
        { "racks overlapping",
            [](Project &p) {
                p.site.racks[1].position = { Metres(1.3), Metres(2.5) };
            },
            "$.site.racks[1].position", "Rack A02 at (1.3, 2.5) m overlaps Rack A01 at (1, 2) m" },
        { "cooling serves missing rack",
            [](Project &p) { p.site.coolingUnits[0].serves.push_back(RackId(QStringLiteral("rack-9"))); },
            "$.site.coolingUnits[0].serves[2]", "names rack \"rack-9\"" },
        { "rack nobody cools", [](Project &p) { p.site.coolingUnits[0].serves.pop_back(); }, "$.site.racks[1]",
            "served by no air cooling unit" },
        { "liquid rack without CDU", [](Project &p) { p.site.racks[1].cooling = CoolingType::Liquid; },
            "$.site.racks[1].cooling", "liquid-cooled Rack A02 is served by no CDU" },
        { "liquid system pinned in air rack",
            [](Project &p) {
                p.site.racks[1].pinned = { { SystemModelId(QStringLiteral("gb200-nvl72")), 1 } };
            },
            "$.site.racks[1].pinned[0].model", "needs liquid cooling but Rack A02 is air-cooled" },
        { "pinned systems over the rack's power",
            [](Project &p) { p.site.racks[0].pinned[0].count = 5; }, // 5 × 6.5 kW = 32.5 kW > 30 kW
            "$.site.racks[0].pinned", "pinned systems draw 32.5 kW but Rack A01 is limited to 30 kW" },
        { "pinned systems over the rack's height",
            [](Project &p) {
                p.site.racks[0].powerLimit = Kilowatts(100);
                p.site.racks[0].pinned[0].count = 8;
            }, // 8 × 6U
            "$.site.racks[0].pinned", "pinned systems take 48 U but Rack A01 has 42 U" },
        { "pinned systems over the rack's weight",
            [](Project &p) { p.site.racks[0].weightLimit = Kilograms(200); }, // 2 × 123 kg
            "$.site.racks[0].pinned", "weigh 246 kg but Rack A01 is limited to 200 kg" },
        { "pinned unknown model",
            [](Project &p) { p.site.racks[0].pinned[0].model = SystemModelId(QStringLiteral("dgx-z9")); },
            "$.site.racks[0].pinned[0].model", "names system model \"dgx-z9\"" },
        { "lot of unknown model", [](Project &p) { p.fleet[0].model = SystemModelId(QStringLiteral("tpu-v9")); },
            "$.fleet[0].model", "names system model \"tpu-v9\"" },
        { "lot retired before delivery", [](Project &p) { p.fleet[0].retire = QDate(2021, 1, 1); }, "$.fleet[0].retire",
            "2021-01-01 is not after the delivery date 2022-03-01" },
        { "lot with negative count", [](Project &p) { p.fleet[0].count = -3; }, "$.fleet[0].count", "got -3" },
        { "id used twice across kinds",
            [](Project &p) { p.site.coolingUnits[0].id = CoolingUnitId(QStringLiteral("rack-1")); },
            "$.site.coolingUnits[0].id", "\"rack-1\" is already the id of $.site.racks[0].id" },
        { "custom model reusing a built-in id",
            [](Project &p) {
                SystemModel m = *Catalog::builtIn().find(SystemModelId(QStringLiteral("dgx-h100")));
                p.customModels.push_back(m);
            },
            "$.catalog[0].id", "is a built-in model id" },
        // Reserve policy (v6): the built-in DGX A100 has no operating point, so any cap is unknown.
        { "interruptible lot capped to an unknown operating point",
            [](Project &p) {
                p.fleet[0].loadClass = LoadClass::Interruptible;
                p.fleet[0].cappedTo = QStringLiteral("700W");
            },
            "$.fleet[0].cappedTo",
            "names operating point \"700W\", which system model \"dgx-a100\" does not have (it has none" },
        { "critical lot with a cap", [](Project &p) { p.fleet[0].cappedTo = QStringLiteral("half"); },
            "$.fleet[0].cappedTo", "applies to an interruptible lot only" },
        { "lots of one model in two classes",
            [](Project &p) {
                FleetLot second = p.fleet[0];
                second.id = LotId(QStringLiteral("lot-a100-training"));
                second.loadClass = LoadClass::Interruptible;
                p.fleet.push_back(second);
            },
            "$.fleet[1].loadClass",
            "lot \"lot-a100-training\" is interruptible (shed) but lot \"lot-a100\" of the same model \"dgx-a100\" is "
            "critical" },
        // Delays (v7, model/delay.h): ups-1 is commissioned 2025-06-01, crah-1 has no date.
        { "delay not a number",
            [](Project &p) {
                p.fleet[0].deliveryDelay = DelayDistribution{ 0, std::nan(""), 3, {} };
            },
            "$.fleet[0].deliveryDelayMonths.mode", "got NaN" },
        { "delay negative",
            [](Project &p) {
                p.site.power.node(PowerNodeId(QStringLiteral("ups-1")))->commissioningDelay
                    = DelayDistribution{ -2, 0, 3, {} };
            },
            "$.site.powerNodes[1].commissioningDelayMonths.min", "must be at least 0 and at most 240 months, got -2" },
        { "delay mode above max",
            [](Project &p) {
                p.fleet[0].deliveryDelay = DelayDistribution{ 0, 5, 4, {} };
            },
            "$.fleet[0].deliveryDelayMonths.max", "must be at least mode (5), got 4" },
        { "delay on a capacity change, min above mode",
            [](Project &p) {
                p.site.power.node(PowerNodeId(QStringLiteral("ups-1")))->capacityChanges
                    = { { QDate(2026, 7, 1), 150, DelayDistribution{ 6, 2, 9, {} } } };
            },
            "$.site.powerNodes[1].capacityChanges[0].delayMonths.mode", "must be at least min (6), got 2" },
        { "delay outcomes not adding up to 1",
            [](Project &p) {
                p.fleet[0].deliveryDelay = DelayDistribution{ 0, 0, 0, { { 0, 0.5 }, { 3, 0.6 } } };
            },
            "$.fleet[0].deliveryDelayMonths.outcomes", "the probabilities add up to 1.1" },
        { "delay without a date",
            [](Project &p) {
                p.site.coolingUnits[0].commissioningDelay = DelayDistribution{ 0, 1, 2, {} };
            },
            "$.site.coolingUnits[0].commissioningDelayMonths", "needs a date to delay" },
        // Delivered 2022-03-01; 24 months late is 2024-03-01, the retirement date.
        { "delivery delay reaching retirement",
            [](Project &p) {
                p.fleet[0].retire = QDate(2024, 3, 1);
                p.fleet[0].deliveryDelay = DelayDistribution{ 0, 0, 0, { { 0, 0.5 }, { 24, 0.5 } } };
            },
            "$.fleet[0].deliveryDelayMonths",
            "a delay of up to 24 months may bring the delivery (2022-03-01) to or past the retirement date "
            "2024-03-01" },
    };
    return all;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    // 3,000 lots of count 0: validation lists the first limits::maxProblems problems and closes
    // with "… and N more", N exact: 3,000 times the problems of one such lot (counted apart).
    void problemListIsCapped()
    {
        const Project base = test::loadFixture(QStringLiteral("good/minimal.warmshell.json"));
        const auto withEmptyLots = [&](int count) {
            Project p = base;
            FleetLot lot = p.fleet.front();
            lot.count = 0;
            for (int i = 0; i < count; ++i) {
                lot.id = LotId(QStringLiteral("empty-%1").arg(i));
                p.fleet.push_back(lot);
            }
            return validateProject(p, Catalog::builtIn());
        };
        const std::vector<Problem> one = withEmptyLots(1);
        QVERIFY(!one.empty());
        const std::vector<Problem> many = withEmptyLots(3000);
        QCOMPARE(many.size(), size_t(limits::maxProblems + 1));
        QCOMPARE(problemCount(many), qint64(one.size()) * 3000);
        QCOMPARE(many.back().omitted, qint64(one.size()) * 3000 - limits::maxProblems);
        QVERIFY(many.back().toString().startsWith(QStringLiteral("… and ")));
    }

    void fixturesAreValid_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("minimal") << QStringLiteral(WARMSHELL_TEST_DATA "/good/minimal.warmshell.json");
        QTest::newRow("campus example") << QStringLiteral(
            WARMSHELL_SOURCE_DIR "/resources/examples/campus.warmshell.json");
        QTest::newRow("facility") << QStringLiteral(WARMSHELL_TEST_DATA "/good/facility.warmshell.json");
        QTest::newRow("plant") << QStringLiteral(WARMSHELL_TEST_DATA "/good/plant.warmshell.json");
        QTest::newRow("reserve") << QStringLiteral(WARMSHELL_TEST_DATA "/good/reserve.warmshell.json");
        QTest::newRow("measured") << QStringLiteral(WARMSHELL_TEST_DATA "/good/measured.warmshell.json");
        QTest::newRow("risk") << QStringLiteral(WARMSHELL_TEST_DATA "/good/risk.warmshell.json");
        QTest::newRow("tenants") << QStringLiteral(WARMSHELL_TEST_DATA "/good/tenants.warmshell.json");
        QTest::newRow("lab example") << QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/lab.warmshell.json");
    }
    void fixturesAreValid()
    {
        QFETCH(QString, file);
        const LoadResult r = loadProject(file);
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        const auto problems = validateProject(*r.project, Catalog::builtIn());
        QVERIFY2(problems.empty(), qPrintable(describe(problems)));
    }

    void eachRuleFindsItsProblem_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < cases().size(); ++i)
            QTest::newRow(cases()[i].name) << int(i);
    }
    void eachRuleFindsItsProblem()
    {
        QFETCH(int, index);
        const Case &c = cases()[size_t(index)];
        Project p = minimal();
        c.breakIt(p);
        const auto problems = validateProject(p, Catalog::builtIn());
        QVERIFY2(hasProblem(problems, QString::fromLatin1(c.path), QString::fromUtf8(c.fragment)),
            qPrintable(QStringLiteral("expected %1: …%2…\ngot:\n%3")
                           .arg(QString::fromLatin1(c.path), QString::fromUtf8(c.fragment), describe(problems))));
    }

    // The same shapes that should NOT be flagged: separate A/B sides each with a generator,
    // and sides that meet only at an internally 2N node.
    void redundantFeedsAreAccepted()
    {
        Project p = minimal();
        addTwoSides(p);
        auto problems = validateProject(p, Catalog::builtIn());
        QVERIFY2(problems.empty(), qPrintable(describe(problems)));

        PowerNode shared = node("ups-2n", PowerNodeKind::Ups);
        shared.redundancy = Redundancy::twoN();
        p.site.power.addNode(shared);
        p.site.power.connect(pid("util-1"), pid("ups-2n"));
        p.site.power.connect(pid("ups-2n"), pid("pdu-A"));
        p.site.power.connect(pid("ups-2n"), pid("pdu-B"));
        p.site.power.disconnect(pid("ups-A"), pid("pdu-A"));
        p.site.power.disconnect(pid("ups-B"), pid("pdu-B"));
        problems = validateProject(p, Catalog::builtIn());
        // util-1 is still the only source of both sides now: that one is a real finding,
        // the 2N UPS is not.
        QVERIFY2(
            hasProblem(problems, QStringLiteral("$.site.racks[1].feedB"), QStringLiteral("depend on Utility alone")),
            qPrintable(describe(problems)));
        QVERIFY(!hasProblem(problems, QStringLiteral("$.site.racks[1].feedB"), QStringLiteral("ups-2n")));
    }

    // Item 16 of issue 16: messages name objects as the planner named them, not by ids or
    // paths; the path stays in the problem (the CLI prints it, the panel shows it on a detail
    // line). readableProblem() leads a message that does not name its object with the name
    // and field; a problem about the site with "Site" and the field.
    void problemsNameObjectsByName_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message"); // a fragment, or the whole message when it names the object
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("readable");
        QTest::newRow("named rack without feed") << 0 << "$.site.racks[1].feedA"
                                                 << "Rack 1A-10 has no power feed"
                                                 << "Rack 1A-10"
                                                 << "feedA"
                                                 << "Rack 1A-10 has no power feed";
        QTest::newRow("rack without a name: its quoted id") << 1 << "$.site.racks[1].feedA"
                                                            << "Rack \"rack-2\" has no power feed"
                                                            << "Rack \"rack-2\""
                                                            << "feedA"
                                                            << "Rack \"rack-2\" has no power feed";
        QTest::newRow("field out of range")
            << 2 << "$.site.racks[0].powerLimitKw"
            << "must be at least 0 and at most 2000 kW, got 5000000"
            << "Rack A01"
            << "powerLimitKw"
            << "Rack A01 (powerLimitKw): must be at least 0 and at most 2000 kW, got 5000000";
        QTest::newRow("power node by its name") << 3 << "$.site.powerNodes[2].derating"
                                                << "got NaN"
                                                << "PDU"
                                                << "derating"
                                                << "PDU (derating): must be";
        QTest::newRow("the site's own field") << 4 << "$.site.name"
                                              << "must not be empty"
                                              << "Site"
                                              << "name"
                                              << "Site (name): must not be empty";
    }
    void problemsNameObjectsByName()
    {
        QFETCH(int, breakage);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(QString, object);
        QFETCH(QString, field);
        QFETCH(QString, readable);
        Project p = minimal();
        const std::vector<std::function<void(Project &)>> breakages{
            [](Project &q) {
                q.site.racks[1].name = QStringLiteral("1A-10");
                q.site.racks[1].feedA = PowerNodeId();
            },
            [](Project &q) {
                q.site.racks[1].name.clear();
                q.site.racks[1].feedA = PowerNodeId();
            },
            [](Project &q) { q.site.racks[0].powerLimit = Kilowatts(5e6); },
            [](Project &q) { q.site.power.node(pid("pdu-1"))->derating = std::nan(""); },
            [](Project &q) { q.site.name.clear(); },
        };
        breakages[size_t(breakage)](p);
        const auto problems = validateProject(p, Catalog::builtIn());
        QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
        const Problem &problem = problems.front();
        QCOMPARE(problem.path, path);
        QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
        if (message.startsWith(object) && !object.isEmpty())
            QCOMPARE(problem.message, message);
        QVERIFY2(!problem.message.contains(QStringLiteral("$.")), qPrintable(problem.message));
        const ProblemSubject subject = problemSubject(p, problem.path);
        QCOMPARE(subject.object, object);
        QCOMPARE(subject.field, field);
        const QString text = readableProblem(p, problem);
        QVERIFY2(text.startsWith(readable), qPrintable(text));
        QCOMPARE(problem.toString(), problem.path + QStringLiteral(": ") + problem.message); // the CLI's line
    }

    void everyProblemIsReportedNotJustTheFirst()
    {
        Project p = minimal();
        p.site.racks[0].powerLimit = Kilowatts(-1);
        p.site.racks[1].feedA = PowerNodeId();
        p.site.power.connect(pid("pdu-1"), pid("ups-1"));
        const auto problems = validateProject(p, Catalog::builtIn());
        QVERIFY(hasProblem(problems, QStringLiteral("$.site.racks[0].powerLimitKw"), QStringLiteral("got -1")));
        QVERIFY(hasProblem(problems, QStringLiteral("$.site.racks[1].feedA"), QStringLiteral("no power feed")));
        QVERIFY(hasProblem(problems, QStringLiteral("$.site.powerNodes[1].inputs"), QStringLiteral("cycle")));
    }

    // Racks on a 0.3 m grid (so many touch exactly, which is no overlap) in one hall: the
    // racks flagged are those whose 0.6 × 1.2 m footprint shares area with an earlier rack's,
    // found here by comparing every pair. The same positions in a second hall overlap nothing
    // of the first.
    void overlappingRacksMatchBruteForce()
    {
        Project p = minimal();
        const Rack model = p.site.racks[1];
        p.site.racks.resize(1);
        p.site.racks[0].position = { Metres(0.3), Metres(0.6) };
        p.site.halls.push_back({ HallId(QStringLiteral("hall-2")), QStringLiteral("Hall 2"), { Metres(20), Metres(0) },
            { Metres(10), Metres(6) } });
        p.site.rows.push_back(
            { RowId(QStringLiteral("row-B")), HallId(QStringLiteral("hall-2")), QStringLiteral("B") });
        std::mt19937 random(16);
        std::uniform_int_distribution<int> column(0, 30), line(0, 18);
        for (int i = 0; i < 80; ++i) {
            Rack rack = model;
            rack.id = RackId(QStringLiteral("r-%1").arg(i));
            rack.position = { Metres(0.3 * column(random)), Metres(0.3 * line(random)) };
            p.site.racks.push_back(rack);
        }
        const size_t firstHall = p.site.racks.size();
        for (size_t i = 0; i < firstHall; ++i) {
            Rack twin = p.site.racks[i];
            twin.id = RackId(QStringLiteral("twin-%1").arg(i));
            twin.row = RowId(QStringLiteral("row-B"));
            p.site.racks.push_back(twin);
        }
        // Brute force: every earlier rack of the same row (one row per hall here).
        QSet<QString> expected;
        for (size_t i = 0; i < p.site.racks.size(); ++i) {
            for (size_t j = 0; j < i; ++j) {
                const Rack &a = p.site.racks[i], &b = p.site.racks[j];
                const double dx = std::abs(a.position.x.value() - b.position.x.value());
                const double dy = std::abs(a.position.y.value() - b.position.y.value());
                if (a.row == b.row && dx < 0.6 - 1e-9 && dy < 1.2 - 1e-9) {
                    expected.insert(QStringLiteral("$.site.racks[%1].position").arg(i));
                    break;
                }
            }
        }
        QVERIFY(expected.size() > 10); // the draw has overlaps in both halls
        QVERIFY(expected.size() < int(p.site.racks.size()) - 10); // and racks that overlap nothing
        QSet<QString> flagged;
        for (const Problem &problem : validateProject(p, Catalog::builtIn()))
            if (problem.message.contains(QStringLiteral(" overlaps ")))
                flagged.insert(problem.path);
        QCOMPARE(flagged, expected);
    }

    // Racks and cooling units drawn at random over 30 sites, each checked against a brute force
    // over every pair: a rack no air unit serves (by id: racks that share an id are served
    // together), a liquid rack no CDU serves, a unit serving an id no rack has, a feed that
    // names no node or that reaches no source. The validator indexes racks by id once and
    // asks the chain once per feed; these sites repeat ids and feeds to catch any mix-up.
    void coolingAndFeedsMatchBruteForce()
    {
        std::mt19937 random(1614);
        for (int round = 0; round < 30; ++round) {
            Project p = minimal();
            p.site.power.addNode(node("pdu-x", PowerNodeKind::Pdu)); // fed by nothing
            const Rack model = p.site.racks[1];
            p.site.racks.clear();
            std::uniform_int_distribution<int> name(0, 24), coin(0, 3), feed(0, 2);
            const auto rackName = [](int i) { return QStringLiteral("r-%1").arg(i); };
            for (int i = 0; i < 40; ++i) {
                Rack rack = model;
                rack.id = RackId(rackName(name(random)));
                rack.position = { Metres(0.6 * (i % 10)), Metres(1.2 * (i / 10)) }; // no overlaps
                rack.cooling = coin(random) == 0 ? CoolingType::Liquid : CoolingType::Air;
                const char *feeds[] = { "pdu-1", "pdu-x", "pdu-none" };
                rack.feedA = pid(feeds[feed(random)]);
                rack.feedB = PowerNodeId();
                rack.pinned.clear();
                p.site.racks.push_back(rack);
            }
            p.site.coolingUnits.resize(1); // crah-1
            CoolingUnit cdu = p.site.coolingUnits[0];
            cdu.id = CoolingUnitId(QStringLiteral("cdu-1"));
            cdu.name = QStringLiteral("CDU 1");
            cdu.kind = CoolingUnitKind::Cdu;
            p.site.coolingUnits.push_back(cdu);
            for (CoolingUnit &unit : p.site.coolingUnits) {
                unit.serves.clear();
                for (int i = 0; i < 30; ++i) // ids up to 29: some name no rack
                    if (coin(random) != 0)
                        unit.serves.push_back(RackId(rackName(i)));
            }
            // Brute force, rule by rule.
            QSet<QString> expected;
            const auto serves = [&](const CoolingUnit &unit, const RackId &id) {
                return std::find(unit.serves.begin(), unit.serves.end(), id) != unit.serves.end();
            };
            for (size_t i = 0; i < p.site.racks.size(); ++i) {
                const Rack &rack = p.site.racks[i];
                if (!serves(p.site.coolingUnits[0], rack.id))
                    expected << QStringLiteral("$.site.racks[%1]: no air").arg(i);
                if (rack.cooling == CoolingType::Liquid && !serves(p.site.coolingUnits[1], rack.id))
                    expected << QStringLiteral("$.site.racks[%1].cooling: no CDU").arg(i);
                if (rack.feedA == pid("pdu-none"))
                    expected << QStringLiteral("$.site.racks[%1].feedA: no node").arg(i);
                if (rack.feedA == pid("pdu-x"))
                    expected << QStringLiteral("$.site.racks[%1].feedA: no source").arg(i);
            }
            for (size_t u = 0; u < p.site.coolingUnits.size(); ++u) {
                const CoolingUnit &unit = p.site.coolingUnits[u];
                for (size_t k = 0; k < unit.serves.size(); ++k) {
                    bool exists = false;
                    for (const Rack &rack : p.site.racks)
                        exists = exists || rack.id == unit.serves[k];
                    if (!exists)
                        expected << QStringLiteral("$.site.coolingUnits[%1].serves[%2]: no rack").arg(u).arg(k);
                }
            }
            QSet<QString> found;
            for (const Problem &problem : validateProject(p, Catalog::builtIn())) {
                const QString &m = problem.message;
                const QString rule = m.contains(QStringLiteral("served by no air")) ? QStringLiteral("no air")
                    : m.contains(QStringLiteral("served by no CDU"))                ? QStringLiteral("no CDU")
                    : m.contains(QStringLiteral("names power node"))                ? QStringLiteral("no node")
                    : m.contains(QStringLiteral("has no path"))                     ? QStringLiteral("no source")
                    : m.contains(QStringLiteral("names rack"))                      ? QStringLiteral("no rack")
                                                                                    : QString();
                if (!rule.isEmpty())
                    found << problem.path + QStringLiteral(": ") + rule;
            }
            QVERIFY(expected.size() > 20);
            QCOMPARE(found, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
