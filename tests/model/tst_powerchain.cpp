// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerchain.h"

#include <QTest>

#include <algorithm>

using namespace warmshell;

namespace {
PowerNode makeNode(const char *id, PowerNodeKind kind)
{
    PowerNode n;
    n.id = PowerNodeId(QString::fromLatin1(id));
    n.kind = kind;
    n.rating = PowerRating::kilowatts(Kilowatts(100));
    return n;
}
PowerNodeId pid(const char *id)
{
    return PowerNodeId(QString::fromLatin1(id));
}
QStringList names(std::vector<PowerNodeId> ids)
{
    QStringList out;
    for (const auto &id : ids)
        out << id.toString();
    out.sort();
    return out;
}
} // namespace

class TestPowerChain : public QObject
{
    Q_OBJECT

    // util → sub → ups → pdu-1, pdu-2; gen → ups
    PowerChain sample()
    {
        PowerChain c;
        c.addNode(makeNode("util", PowerNodeKind::Utility));
        c.addNode(makeNode("gen", PowerNodeKind::Generator));
        c.addNode(makeNode("sub", PowerNodeKind::Substation));
        c.addNode(makeNode("ups", PowerNodeKind::Ups));
        c.addNode(makeNode("pdu-1", PowerNodeKind::Pdu));
        c.addNode(makeNode("pdu-2", PowerNodeKind::Pdu));
        c.connect(pid("util"), pid("sub"));
        c.connect(pid("sub"), pid("ups"));
        c.connect(pid("gen"), pid("ups"));
        c.connect(pid("ups"), pid("pdu-1"));
        c.connect(pid("ups"), pid("pdu-2"));
        return c;
    }

private slots:
    void editing()
    {
        PowerChain c = sample();
        QCOMPARE(c.size(), 6);
        QVERIFY(!c.addNode(makeNode("ups", PowerNodeKind::Ups))); // duplicate id refused
        QVERIFY(!c.connect(pid("util"), pid("sub"))); // edge exists
        QVERIFY(!c.connect(pid("util"), pid("ghost")));
        QCOMPARE(names(c.inputsOf(pid("ups"))), (QStringList{ QStringLiteral("gen"), QStringLiteral("sub") }));
        QCOMPARE(names(c.outputsOf(pid("ups"))), (QStringList{ QStringLiteral("pdu-1"), QStringLiteral("pdu-2") }));
        // Removing a node drops its edges and keeps lookups of the others right (vecS renumbers).
        QVERIFY(c.removeNode(pid("sub")));
        QCOMPARE(c.size(), 5);
        QVERIFY(!c.contains(pid("sub")));
        QCOMPARE(names(c.inputsOf(pid("ups"))), QStringList{ QStringLiteral("gen") });
        QCOMPARE(c.node(pid("pdu-2"))->id, pid("pdu-2"));
        QVERIFY(c.disconnect(pid("ups"), pid("pdu-2")));
        QVERIFY(c.outputsOf(pid("ups")).size() == 1);
    }

    void upstreamAndReachability()
    {
        const PowerChain c = sample();
        QCOMPARE(names(c.upstreamOf(pid("pdu-1"))),
            (QStringList{
                QStringLiteral("gen"), QStringLiteral("sub"), QStringLiteral("ups"), QStringLiteral("util") }));
        QVERIFY(c.reachesSource(pid("pdu-1")));
        // Without the substation the generator still feeds the UPS; without the UPS nothing does.
        QVERIFY(c.reachesSource(pid("pdu-1"), { pid("sub") }));
        QVERIFY(!c.reachesSource(pid("pdu-1"), { pid("ups") }));
        QVERIFY(!c.reachesSource(pid("pdu-1"), { pid("util"), pid("gen") }));
    }

    void cycles()
    {
        PowerChain c = sample();
        QVERIFY(c.cycles().empty());
        c.connect(pid("pdu-1"), pid("sub")); // sub → ups → pdu-1 → sub
        const auto found = c.cycles();
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(names(found.front()),
            (QStringList{ QStringLiteral("pdu-1"), QStringLiteral("sub"), QStringLiteral("ups") }));
        // A node feeding itself is a cycle too; the graph queries still terminate.
        c.connect(pid("pdu-2"), pid("pdu-2"));
        QCOMPARE(c.cycles().size(), size_t(2));
        QVERIFY(c.reachesSource(pid("pdu-2")));
    }

    void equalityIgnoresEdgeOrder()
    {
        PowerChain a = sample();
        PowerChain b;
        for (const char *id : { "pdu-2", "pdu-1", "ups", "sub", "gen", "util" })
            b.addNode(*a.node(pid(id)));
        b.connect(pid("ups"), pid("pdu-2"));
        b.connect(pid("ups"), pid("pdu-1"));
        b.connect(pid("gen"), pid("ups"));
        b.connect(pid("sub"), pid("ups"));
        b.connect(pid("util"), pid("sub"));
        QVERIFY(a == b);
        b.disconnect(pid("gen"), pid("ups"));
        QVERIFY(!(a == b));
    }
};

QTEST_GUILESS_MAIN(TestPowerChain)
#include "tst_powerchain.moc"
