// SPDX-License-Identifier: GPL-3.0-or-later
// Measured power import (issue 18 §4): rows of (timestamp, object, kW) read line by line,
// summarised per object over a window — peak and p99 — and every bad row refused with its line.
#include "import/measuredpower.h"
#include "testsupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace warmshell;
using warmshell::test::describe;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Racks r0 … r(racks − 1) and the power nodes util → ups → pdu; nothing else is read.
Site measuredSite(int racks = 2)
{
    Site site;
    site.name = s("measured");
    site.planStart = QDate(2026, 1, 1);
    for (int k = 0; k < racks; ++k) {
        Rack r;
        r.id = RackId(QStringLiteral("r%1").arg(k));
        site.racks.push_back(r);
    }
    const char *ids[] = { "util", "ups", "pdu" };
    for (const char *id : ids) {
        PowerNode n;
        n.id = PowerNodeId(s(id));
        site.power.addNode(n);
    }
    return site;
}

MeasurementWindow window(const char *from, const char *to)
{
    return { QDateTime::fromString(s(from), Qt::ISODate), QDateTime::fromString(s(to), Qt::ISODate) };
}

// The hand case's window: [2026-05-01T00:00Z, 2026-05-01T00:03Z).
MeasurementWindow handWindow()
{
    return window("2026-05-01T00:00:00Z", "2026-05-01T00:03:00Z");
}

MeasuredPowerResult importText(const QByteArray &text, const Site &site, const MeasurementWindow &w)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return importMeasuredPower(buffer, site, w);
}

// A sequential device that writes `lines` CSV rows as they are read and never holds more than
// one line: 100 racks in turn, one second apart per round, kW = kwOf(i). What it produced
// can only be summarised by a reader that streams.
class GeneratedRows : public QIODevice
{
public:
    explicit GeneratedRows(qint64 lines) : m_lines(lines) { }
    static double kwOf(qint64 i) { return double((i * 7919) % 1000) / 10.0 + double(i % 100); }
    static constexpr qint64 kRacks = 100;
    static constexpr qint64 kStart = 1777593600; // 2026-05-01T00:00:00Z

    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_next > m_lines && m_pending.isEmpty() && QIODevice::atEnd(); }
    qint64 bytesProduced() const { return m_produced; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_pending.isEmpty()) {
            if (m_next > m_lines)
                return -1;
            m_pending = m_next == 0
                ? QByteArray("timestamp,object,kW\n")
                : QByteArray::number(kStart + (m_next - 1) / kRacks) + ",r" + QByteArray::number((m_next - 1) % kRacks)
                    + ',' + QByteArray::number(kwOf(m_next - 1), 'g', 10) + '\n';
            ++m_next;
        }
        const qint64 n = std::min<qint64>(maxSize, m_pending.size());
        std::copy_n(m_pending.constData(), n, data);
        m_pending.remove(0, n);
        m_produced += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_lines;
    qint64 m_next = 0; // 0: the header; k: data row k − 1
    qint64 m_produced = 0;
    QByteArray m_pending;
};

// The process's peak resident memory, kB (VmHWM), after resetting it when `reset`.
qint64 peakResidentKb(bool reset)
{
    if (reset) {
        QFile clear(s("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
    }
    QFile status(s("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

class TestMeasuredImport : public QObject
{
    Q_OBJECT

private slots:
    // First, while the process is small: 1,500,000 generated rows (about 30 MB of text) pass
    // through a sequential device; the peak resident memory grows by far less than the text
    // (the reader keeps one line and, per rack, at most kExactSamples values or its histogram:
    // 100 racks here). Peak and row counts are recomputed here from the generator's formula.
    void streamsWithBoundedMemory()
    {
        constexpr qint64 kRows = 1'500'000;
        const Site site = measuredSite(int(GeneratedRows::kRacks));
        GeneratedRows rows(kRows);
        QVERIFY(rows.open(QIODevice::ReadOnly));
        const qint64 before = peakResidentKb(true);
        const MeasuredPowerResult r = importMeasuredPower(
            rows, site, { QDateTime::fromSecsSinceEpoch(0, Qt::UTC), QDateTime::fromSecsSinceEpoch(4e9, Qt::UTC) });
        const qint64 after = peakResidentKb(false);
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QVERIFY(rows.bytesProduced() > 25'000'000);
        qInfo("streamed %lld bytes; peak resident memory %lld kB before, %lld kB after", rows.bytesProduced(), before,
            after);
        // AddressSanitizer keeps freed blocks in its quarantine (256 MB by default), so the peak
        // measures allocation churn there, not what the reader holds: the bound is checked only in
        // a normal build (the sanitized build still checks the counts and values below).
#if !defined(__SANITIZE_ADDRESS__)
        if (before > 0 && after > 0)
            QVERIFY2(after - before < 16 * 1024, qPrintable(QString::number(after - before)));
#endif
        QCOMPARE(r.power->rows, kRows);
        QCOMPARE(r.power->rowsInWindow, kRows);
        QCOMPARE(int(r.power->objects.size()), int(GeneratedRows::kRacks));
        std::vector<double> peak(GeneratedRows::kRacks, 0.0);
        std::vector<double> r7;
        for (qint64 i = 0; i < kRows; ++i) {
            peak[size_t(i % GeneratedRows::kRacks)]
                = std::max(peak[size_t(i % GeneratedRows::kRacks)], GeneratedRows::kwOf(i));
            if (i % GeneratedRows::kRacks == 7)
                r7.push_back(GeneratedRows::kwOf(i));
        }
        for (qint64 k = 0; k < GeneratedRows::kRacks; ++k) {
            const MeasuredObject *o = r.power->find(QStringLiteral("r%1").arg(k));
            QVERIFY(o);
            QCOMPARE(o->samples, kRows / GeneratedRows::kRacks);
            QCOMPARE(o->peakKw, peak[size_t(k)]);
        }
        // Rack r7's p99 against its exact value (nearest rank over its 15,000 values).
        std::sort(r7.begin(), r7.end());
        const double exact = r7[size_t(std::ceil(0.99 * double(r7.size()))) - 1];
        const MeasuredObject *o = r.power->find(s("r7"));
        QVERIFY(!o->p99Exact);
        QVERIFY2(o->p99Kw >= exact && o->p99Kw <= exact * (1 + kHistogramRelativeError),
            qPrintable(QStringLiteral("%1 vs exact %2").arg(o->p99Kw).arg(exact)));
    }

    // By hand, window [00:00, 00:03) on 2026-05-01 UTC. r0: 50 kW at 23:59 the day before
    // (before the window), 10 at 00:00 (the window's first instant, inside), 12.5 at 00:01, 11 at
    // 00:02 (as Unix seconds 1777593720), 99 at 00:03 (the window's end, outside) → samples 3,
    // peak 12.5, p99 = the ⌈0.99 × 3⌉ = 3rd smallest = 12.5. r1 (quoted in the CSV): 5 at 00:00
    // → peak 5, p99 5. ups: 30 at 00:00:30+00:00 → a power node, peak 30. pdu and util: no rows.
    void csvHandCase()
    {
        const QByteArray csv = "\xEF\xBB\xBFtimestamp,object,kW\r\n"
                               "2026-04-30T23:59:00Z,r0,50\r\n"
                               "2026-05-01T00:00:00Z,r0,10\n"
                               "\n"
                               "2026-05-01T00:00:00Z,\"r1\",5\n"
                               "2026-05-01T00:00:30+00:00,ups,30\n"
                               "2026-05-01T00:01:00.000Z,r0,12.5\n"
                               "1777593720,r0,11\n"
                               "2026-05-01T00:03:00Z,r0,99\n";
        const MeasuredPowerResult r = importText(csv, measuredSite(), handWindow());
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.power->rows, qint64(7));
        QCOMPARE(r.power->rowsInWindow, qint64(5));
        QCOMPARE(int(r.power->objects.size()), 3);
        const MeasuredObject &r0 = r.power->objects[0];
        QCOMPARE(r0.id, s("r0"));
        QCOMPARE(r0.samples, qint64(3));
        QCOMPARE(r0.peakKw, 12.5);
        QCOMPARE(r0.p99Kw, 12.5);
        QVERIFY(r0.p99Exact);
        QCOMPARE(r.power->objects[1].id, s("r1"));
        QCOMPARE(r.power->objects[1].peakKw, 5.0);
        QCOMPARE(r.power->objects[2].id, s("ups"));
        QVERIFY(r.power->objects[2].kind == MeasuredObjectKind::PowerNode);
        QCOMPARE(r.power->objects[2].peakKw, 30.0);
        QVERIFY(!r.power->find(s("pdu")));
        const std::map<RackId, double> peaks = r.power->rackPeaks();
        QCOMPARE(int(peaks.size()), 2);
        QCOMPARE(peaks.at(RackId(s("r0"))), 12.5);
    }

    // The same rows as JSON Lines (kW as a number or, as Prometheus writes values, a numeric
    // string; an extra "labels" key ignored) give the same summary.
    void jsonLinesHandCase()
    {
        const QByteArray jsonl
            = "{\"timestamp\": \"2026-04-30T23:59:00Z\", \"object\": \"r0\", \"kW\": 50}\n"
              "{\"timestamp\": \"2026-05-01T00:00:00Z\", \"object\": \"r0\", \"kW\": 10}\n"
              "{\"timestamp\": \"2026-05-01T00:00:00Z\", \"object\": \"r1\", \"kW\": \"5\"}\n"
              "{\"timestamp\": 1777593630, \"object\": \"ups\", \"kW\": 30, \"labels\": {\"job\": \"dcgm\"}}\n"
              "{\"timestamp\": 1777593660.0, \"object\": \"r0\", \"kW\": \"12.5\"}\n"
              "{\"timestamp\": 1777593720, \"object\": \"r0\", \"kW\": 11}\n"
              "{\"timestamp\": \"2026-05-01T00:03:00Z\", \"object\": \"r0\", \"kW\": 99}\n";
        const MeasuredPowerResult r = importText(jsonl, measuredSite(), handWindow());
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(int(r.power->objects.size()), 3);
        QCOMPARE(r.power->objects[0].samples, qint64(3));
        QCOMPARE(r.power->objects[0].peakKw, 12.5);
        QCOMPARE(r.power->objects[0].p99Kw, 12.5);
        QCOMPARE(r.power->objects[1].peakKw, 5.0);
        QCOMPARE(r.power->objects[2].peakKw, 30.0);
    }

    // Exact p99 while an object has at most kExactSamples rows: values 1 … 200 in a shuffled
    // order; the ⌈0.99 × 200⌉ = 198th smallest is 198.
    void p99ExactOnSmallCounts()
    {
        std::vector<int> values(200);
        std::iota(values.begin(), values.end(), 1);
        std::shuffle(values.begin(), values.end(), std::mt19937(7));
        QByteArray csv = "timestamp,object,kW\n";
        for (size_t i = 0; i < values.size(); ++i)
            csv += QByteArray::number(1777593600 + qint64(i)) + ",r0," + QByteArray::number(values[i]) + '\n';
        const MeasuredPowerResult r
            = importText(csv, measuredSite(), window("2026-05-01T00:00:00Z", "2026-05-02T00:00:00Z"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QVERIFY(r.power->objects[0].p99Exact);
        QCOMPARE(r.power->objects[0].p99Kw, 198.0);
        QCOMPARE(r.power->objects[0].peakKw, 200.0);
    }

    // Past kExactSamples the histogram: 10,000 random values from 0.0005 to 80 kW (some under
    // 1 W, the first bin); the p99 never below the exact one (sorted here) and at most 0.5 %
    // above it; the peak exact.
    void p99FromHistogramWithinStatedError()
    {
        std::mt19937 rng(11);
        std::uniform_real_distribution<double> kw(0.0005, 80);
        std::vector<double> values(10'000);
        QByteArray csv = "timestamp,object,kW\n";
        for (size_t i = 0; i < values.size(); ++i) {
            values[i] = kw(rng);
            csv += QByteArray::number(1777593600 + qint64(i)) + ",r1," + QByteArray::number(values[i], 'g', 17) + '\n';
        }
        const MeasuredPowerResult r
            = importText(csv, measuredSite(), window("2026-05-01T00:00:00Z", "2026-05-02T00:00:00Z"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        const MeasuredObject &o = r.power->objects[0];
        QVERIFY(!o.p99Exact);
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const double exact = sorted[9900 - 1]; // ⌈0.99 × 10,000⌉ = 9,900th smallest
        QVERIFY2(o.p99Kw >= exact && o.p99Kw <= exact * (1 + kHistogramRelativeError),
            qPrintable(QStringLiteral("%1 vs exact %2").arg(o.p99Kw, 0, 'g', 17).arg(exact, 0, 'g', 17)));
        QCOMPARE(o.peakKw, sorted.back());
    }

    // Every kind of bad input is refused with its line and reason, and nothing is imported,
    // though every other row is good.
    void badInputIsRefusedWithItsLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QByteArray h = "timestamp,object,kW\n2026-05-01T00:00:00Z,r0,10\n";
        auto row = [](const char *name, const QByteArray &text, const char *path, const char *message) {
            QTest::newRow(name) << text << s(path) << s(message);
        };
        row("unknown id", h + "2026-05-01T00:01:00Z,r9,10\n", "line 3",
            "names \"r9\", which is neither a rack nor a power node of the site");
        row("duplicate timestamp", h + "2026-05-01T00:00:00Z,r0,11\n", "line 3",
            "timestamp \"2026-05-01T00:00:00Z\" of \"r0\" is the same as the one on line 2");
        row("going back", h + "2026-04-30T23:00:00Z,r0,11\n", "line 3", "of \"r0\" is before the one on line 2");
        row("going back across a zone", h + "2026-05-01T01:30:00+02:00,r0,11\n", "line 3",
            "is before the one on line 2");
        row("negative kW", h + "2026-05-01T00:01:00Z,r0,-1\n", "line 3",
            "kW must be at least 0 and at most 10000000, got -1");
        row("NaN kW", h + "2026-05-01T00:01:00Z,r0,NaN\n", "line 3", "kW is NaN");
        row("infinite kW", h + "2026-05-01T00:01:00Z,r0,inf\n", "line 3", "kW must be at least 0");
        row("kW not a number", h + "2026-05-01T00:01:00Z,r0,lots\n", "line 3", "kW \"lots\" is not a number");
        row("missing field", h + "2026-05-01T00:01:00Z,r0\n", "line 3", "has 2 fields; the header names 3");
        row("open quote", h + "2026-05-01T00:01:00Z,\"r0,5\n", "line 3", "has a quote that is not closed");
        row("no zone", h + "2026-05-01T00:01:00,r0,5\n", "line 3",
            "timestamp \"2026-05-01T00:01:00\" is neither Unix seconds nor an ISO 8601 date-time with a zone");
        row("long line", h + QByteArray(5000, 'x') + "\n2026-05-01T00:01:00Z,r0,5\n", "line 3",
            "is longer than 4096 bytes");
        row("bad header", "time,rack,power\n2026-05-01T00:00:00Z,r0,10\n", "line 1",
            "the first line must be a CSV header naming the columns timestamp, object and kW");
        row("JSON array", "[{\"timestamp\": 1, \"object\": \"r0\", \"kW\": 1}]\n", "line 1",
            "a JSON array is not read line by line");
        row("bad JSON line",
            "{\"timestamp\": \"2026-05-01T00:00:00Z\", \"object\": \"r0\", \"kW\": 10}\n{\"timestamp\": 17775936\n",
            "line 2", "is not a JSON object");
        row("JSON missing kW", "{\"timestamp\": \"2026-05-01T00:00:00Z\", \"object\": \"r0\"}\n", "line 1",
            "has no \"kW\"");
        row("JSON NaN string", "{\"timestamp\": 1777593600, \"object\": \"r0\", \"kW\": \"NaN\"}\n", "line 1",
            "kW is NaN");
        row("no rows", "timestamp,object,kW\n\n", "line 2", "no measurement rows");
    }
    void badInputIsRefusedWithItsLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const MeasuredPowerResult r = importText(text, measuredSite(), handWindow());
        QVERIFY(!r.ok());
        QVERIFY(!r.power.has_value());
        QVERIFY2(test::hasProblem(r.errors, path, message), qPrintable(describe(r.errors)));
    }

    // Every bad row is listed, not only the first; a window that ends before it starts is
    // refused.
    void everyBadRowIsListed()
    {
        const QByteArray csv = "timestamp,object,kW\n2026-05-01T00:00:00Z,r9,1\n2026-05-01T00:00:00Z,r0,-2\n"
                               "2026-05-01T00:01:00Z,r0,3\n2026-05-01T00:01:00Z,r0,4\n";
        const MeasuredPowerResult r = importText(csv, measuredSite(), handWindow());
        QCOMPARE(int(r.errors.size()), 3);
        QCOMPARE(r.errors[0].path, s("line 2"));
        QCOMPARE(r.errors[1].path, s("line 3"));
        QCOMPARE(r.errors[2].path, s("line 5"));
        const MeasuredPowerResult backwards
            = importText(csv, measuredSite(), window("2026-05-02T00:00:00Z", "2026-05-01T00:00:00Z"));
        QVERIFY(test::hasProblem(backwards.errors, s("window"), s("must have a start before its end")));
    }

    // A 10 GB file of zero bytes (sparse: it takes no disk) is refused at its first line, at
    // once and in bounded memory: no header, no row, nothing after it is read.
    void tenGigabytesOfJunkIsRefusedAtOnce()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(s("junk.csv"));
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(10'000'000'000LL));
        f.close();
        QElapsedTimer timer;
        timer.start();
        const MeasuredPowerResult r = importMeasuredPowerFile(name, measuredSite(), handWindow());
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(!r.ok());
        QVERIFY2(
            test::hasProblem(r.errors, s("line 1"), s("is longer than 4096 bytes")), qPrintable(describe(r.errors)));
        QCOMPARE(int(r.errors.size()), 1);
    }

    // From a file, and a missing file named.
    void readsAFile()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(s("m.csv"));
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("timestamp,object,kW\n2026-05-01T00:00:00Z,pdu,7.5\n");
        f.close();
        const MeasuredPowerResult r = importMeasuredPowerFile(name, measuredSite(), handWindow());
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.power->objects[0].peakKw, 7.5);
        const MeasuredPowerResult missing
            = importMeasuredPowerFile(dir.filePath(s("none.csv")), measuredSite(), handWindow());
        QVERIFY(test::hasProblem(missing.errors, s("$"), s("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestMeasuredImport)
#include "tst_measuredimport.moc"
