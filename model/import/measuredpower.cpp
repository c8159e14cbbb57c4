// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuredpower.h"

#include "inputfile.h"
#include "problemlist.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace warmshell {

namespace {

constexpr double kSmallestBinKw = 0.001; // 1 W: the lower edge of the first geometric bin

// The histogram bin of `kw`: −1 below 1 W, else ⌊ln(kw / 1 W) / ln(1 + ε)⌋.
int binOf(double kw)
{
    if (kw < kSmallestBinKw)
        return -1;
    return int(std::floor(std::log(kw / kSmallestBinKw) / std::log1p(kHistogramRelativeError)));
}

// The upper edge of bin `bin`, kW.
double upperEdgeKw(int bin)
{
    return kSmallestBinKw * std::exp(double(bin + 1) * std::log1p(kHistogramRelativeError));
}

// One object's rows inside the window: exact values up to kExactSamples, then counts per bin.
// Memory: at most kExactSamples doubles, or one map entry per bin the values span (at most
// ln(kMaxMeasuredKw / 1 W) / ln 1.005 + 1 ≈ 4,600), whatever the number of rows.
class Summary
{
public:
    void add(double kw)
    {
        ++m_samples;
        m_peak = std::max(m_peak, kw);
        if (m_histogram.empty() && qint64(m_exact.size()) < kExactSamples) {
            m_exact.push_back(kw);
            return;
        }
        if (!m_exact.empty()) {
            for (double v : m_exact)
                ++m_histogram[binOf(v)];
            m_exact.clear();
            m_exact.shrink_to_fit();
        }
        ++m_histogram[binOf(kw)];
    }
    qint64 samples() const { return m_samples; }
    double peak() const { return m_peak; }
    bool exact() const { return m_histogram.empty(); }

    // Nearest rank: the ⌈0.99 n⌉-th smallest value (exact), or the upper edge of its bin,
    // capped at the peak.
    double p99() const
    {
        const qint64 rank = qint64(std::ceil(0.99 * double(m_samples)));
        if (exact()) {
            std::vector<double> values = m_exact;
            std::nth_element(values.begin(), values.begin() + (rank - 1), values.end());
            return values[size_t(rank - 1)];
        }
        qint64 below = 0;
        for (const auto &[bin, count] : m_histogram) {
            below += count;
            if (below >= rank)
                return std::min(bin < 0 ? kSmallestBinKw : upperEdgeKw(bin), m_peak);
        }
        return m_peak;
    }

private:
    qint64 m_samples = 0;
    double m_peak = 0;
    std::vector<double> m_exact;
    std::map<int, qint64> m_histogram;
};

// Every id a row may name, with its kind and its place in the output order.
struct KnownObject
{
    MeasuredObjectKind kind;
    int order;
};

struct ObjectState
{
    qint64 lastMs = 0;
    qint64 lastLine = 0;
    bool seen = false;
    Summary summary;
};

// One data row as read, before the checks that need the object's history.
struct Row
{
    QString timestamp;
    QString object;
    QString kw;
    bool kwIsNumber = false;
    double kwNumber = 0;
    bool timestampIsNumber = false;
    double timestampNumber = 0;
};

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text.left(64) + QLatin1Char('"');
}

// Splits one CSV line into fields: commas separate; a field may be double-quoted, with ""
// for a quote inside. Empty when a quote is not closed.
std::optional<QStringList> splitCsv(const QString &line)
{
    QStringList fields;
    QString field;
    bool inQuotes = false, wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (inQuotes) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char(',')) {
            fields << (wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            inQuotes = wasQuoted = true;
            field.clear();
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return std::nullopt;
    fields << (wasQuoted ? field : field.trimmed());
    return fields;
}

class Importer
{
public:
    Importer(const Site &site, const MeasurementWindow &window) : m_window(window)
    {
        int order = 0;
        for (const Rack &rack : site.racks)
            m_known.insert(rack.id.toString(), { MeasuredObjectKind::Rack, order++ });
        for (const PowerNode &node : site.power.nodes()) {
            if (m_known.contains(node.id.toString()))
                m_ambiguous.insert(node.id.toString());
            m_known.insert(node.id.toString(), { MeasuredObjectKind::PowerNode, order++ });
        }
        m_fromMs = window.from.toMSecsSinceEpoch();
        m_toMs = window.to.toMSecsSinceEpoch();
    }

    MeasuredPowerResult run(QIODevice &device)
    {
        if (!m_window.from.isValid() || !m_window.to.isValid() || m_window.to <= m_window.from)
            m_problems.push_back({ QStringLiteral("window"),
                QStringLiteral("the window must have a start before its end (from %1 to %2)")
                    .arg(m_window.from.toString(Qt::ISODate), m_window.to.toString(Qt::ISODate)) });
        readLines(device);
        if (m_rows == 0 && m_problems.empty())
            m_problems.push_back({ QStringLiteral("line %1").arg(m_line), QStringLiteral("no measurement rows") });
        MeasuredPowerResult result;
        result.errors = m_problems.take();
        if (result.errors.empty())
            result.power = summary();
        return result;
    }

private:
    void readLines(QIODevice &device)
    {
        QByteArray buffer(kMaxMeasurementLineBytes + 2, '\0');
        bool skippingLongLine = false;
        for (;;) {
            const qint64 got = device.readLine(buffer.data(), buffer.size());
            if (got <= 0) {
                if (!device.atEnd() && device.isSequential() && device.waitForReadyRead(-1))
                    continue;
                break;
            }
            const bool complete = buffer[got - 1] == '\n' || device.atEnd();
            if (skippingLongLine) {
                skippingLongLine = !complete;
                continue;
            }
            ++m_line;
            if (!complete) {
                fail(QStringLiteral("is longer than %1 bytes").arg(kMaxMeasurementLineBytes));
                if (m_format == Format::Unknown)
                    m_format = Format::Refused; // not a header: nothing after it can be read
                skippingLongLine = true;
            }
            if (m_format == Format::Refused)
                break; // the first line is not a header or a row: stop, whatever the size
            if (!complete)
                continue;
            QByteArray bytes = QByteArray::fromRawData(buffer.constData(), qsizetype(got));
            if (m_line == 1 && bytes.startsWith("\xEF\xBB\xBF"))
                bytes = bytes.mid(3);
            readLine(QString::fromUtf8(bytes).trimmed());
        }
    }

    void fail(const QString &message) { m_problems.push_back({ QStringLiteral("line %1").arg(m_line), message }); }

    void readLine(const QString &line)
    {
        if (line.isEmpty())
            return;
        if (m_format == Format::Unknown) {
            if (line.startsWith(QLatin1Char('['))) {
                fail(QStringLiteral("a JSON array is not read line by line; write one JSON object per line (JSON "
                                    "Lines) or CSV"));
                m_format = Format::Refused;
                return;
            }
            m_format = line.startsWith(QLatin1Char('{')) ? Format::JsonLines : Format::Csv;
            if (m_format == Format::Csv) {
                readHeader(line);
                return;
            }
        }
        std::optional<Row> row;
        if (m_format == Format::JsonLines)
            row = jsonRow(line);
        else if (m_format == Format::Csv)
            row = csvRow(line);
        if (row)
            checkRow(*row);
    }

    void readHeader(const QString &line)
    {
        const auto fields = splitCsv(line);
        if (!fields) {
            fail(QStringLiteral("the header has a quote that is not closed"));
            m_format = Format::Refused;
            return;
        }
        for (qsizetype i = 0; i < fields->size(); ++i) {
            const QString name = fields->at(i).toLower();
            if (name == QLatin1String("timestamp"))
                m_timestampColumn = int(i);
            else if (name == QLatin1String("object"))
                m_objectColumn = int(i);
            else if (name == QLatin1String("kw"))
                m_kwColumn = int(i);
        }
        if (m_timestampColumn < 0 || m_objectColumn < 0 || m_kwColumn < 0) {
            fail(QStringLiteral("the first line must be a CSV header naming the columns timestamp, object and kW "
                                "(or a JSON object, for JSON Lines); got %1")
                     .arg(quoted(line)));
            m_format = Format::Refused;
        }
        m_columns = int(fields->size());
    }

    std::optional<Row> csvRow(const QString &line)
    {
        const auto fields = splitCsv(line);
        if (!fields) {
            fail(QStringLiteral("has a quote that is not closed"));
            return std::nullopt;
        }
        if (fields->size() != m_columns) {
            fail(QStringLiteral("has %1 fields; the header names %2").arg(fields->size()).arg(m_columns));
            return std::nullopt;
        }
        Row row{ fields->at(m_timestampColumn), fields->at(m_objectColumn), fields->at(m_kwColumn) };
        bool ok = false;
        row.timestampNumber = row.timestamp.toDouble(&ok);
        row.timestampIsNumber = ok;
        row.kwNumber = row.kw.toDouble(&ok);
        row.kwIsNumber = ok;
        return row;
    }

    std::optional<Row> jsonRow(const QString &line)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            fail(QStringLiteral("is not a JSON object: %1")
                     .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                  : QStringLiteral("got another JSON value")));
            return std::nullopt;
        }
        const QJsonObject o = doc.object();
        Row row;
        for (const char *key : { "timestamp", "object", "kW" })
            if (!o.contains(QLatin1String(key))) {
                fail(QStringLiteral("has no \"%1\"").arg(QLatin1String(key)));
                return std::nullopt;
            }
        const QJsonValue t = o.value(QLatin1String("timestamp")), id = o.value(QLatin1String("object")),
                         kw = o.value(QLatin1String("kW"));
        if (!id.isString()) {
            fail(QStringLiteral("\"object\" must be a string"));
            return std::nullopt;
        }
        row.object = id.toString();
        row.timestampIsNumber = t.isDouble();
        row.timestampNumber = t.toDouble();
        row.timestamp = t.isString() ? t.toString() : QString::number(t.toDouble(), 'g', 17);
        // A number, or a number written as a string (as Prometheus writes sample values).
        bool ok = kw.isDouble();
        row.kwNumber = ok ? kw.toDouble() : kw.toString().toDouble(&ok);
        row.kwIsNumber = ok;
        row.kw = kw.isString() ? kw.toString() : QString::number(kw.toDouble(), 'g', 17);
        return row;
    }

    // Milliseconds since the epoch of a row's timestamp, or none (the problem reported).
    std::optional<qint64> timestampMs(const Row &row)
    {
        QDateTime at;
        if (row.timestampIsNumber) {
            if (std::isfinite(row.timestampNumber) && std::abs(row.timestampNumber) < 1e13)
                at = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(row.timestampNumber * 1000)), Qt::UTC);
        } else if (row.timestamp.contains(QLatin1Char('T'))
            && (row.timestamp.endsWith(QLatin1Char('Z')) || row.timestamp.lastIndexOf(QLatin1Char('+')) > 10
                || row.timestamp.lastIndexOf(QLatin1Char('-')) > 10)) {
            at = QDateTime::fromString(row.timestamp, Qt::ISODateWithMs);
        }
        if (!at.isValid() || at.date().year() < 1970 || at.date().year() > 2200) {
            fail(QStringLiteral("timestamp %1 is neither Unix seconds nor an ISO 8601 date-time with a zone (such as "
                                "2026-05-02T08:00:00Z) between 1970 and 2200")
                     .arg(quoted(row.timestamp)));
            return std::nullopt;
        }
        return at.toMSecsSinceEpoch();
    }

    // The kW of a row, or none (the problem reported).
    std::optional<double> kilowatts(const Row &row)
    {
        const QString text = row.kw.trimmed().toLower();
        if (std::isnan(row.kwNumber) || text == QLatin1String("nan")) {
            fail(QStringLiteral("kW is NaN"));
            return std::nullopt;
        }
        if (!row.kwIsNumber) {
            fail(QStringLiteral("kW %1 is not a number").arg(quoted(row.kw)));
            return std::nullopt;
        }
        if (!std::isfinite(row.kwNumber) || row.kwNumber < 0 || row.kwNumber > kMaxMeasuredKw) {
            fail(QStringLiteral("kW must be at least 0 and at most %1, got %2")
                     .arg(QString::number(kMaxMeasuredKw, 'g', 12), row.kw));
            return std::nullopt;
        }
        return row.kwNumber;
    }

    void checkRow(const Row &row)
    {
        const auto known = m_known.constFind(row.object);
        if (known == m_known.cend()) {
            fail(QStringLiteral("names %1, which is neither a rack nor a power node of the site")
                     .arg(quoted(row.object)));
            return;
        }
        if (m_ambiguous.contains(row.object)) {
            fail(QStringLiteral("names %1, which is both a rack and a power node; rename one").arg(quoted(row.object)));
            return;
        }
        const std::optional<qint64> ms = timestampMs(row);
        const std::optional<double> kw = kilowatts(row);
        if (!ms || !kw)
            return;
        ObjectState &state = m_state[row.object];
        if (state.seen && *ms <= state.lastMs) {
            fail(QStringLiteral("timestamp %1 of %2 is %3 the one on line %4 (%5); each object's rows must go forward "
                                "in time")
                     .arg(quoted(row.timestamp), quoted(row.object),
                         *ms == state.lastMs ? QStringLiteral("the same as") : QStringLiteral("before"))
                     .arg(state.lastLine)
                     .arg(QDateTime::fromMSecsSinceEpoch(state.lastMs, Qt::UTC).toString(Qt::ISODateWithMs)));
            return;
        }
        state.seen = true;
        state.lastMs = *ms;
        state.lastLine = m_line;
        ++m_rows;
        if (*ms >= m_fromMs && *ms < m_toMs) {
            ++m_rowsInWindow;
            state.summary.add(*kw);
        }
    }

    MeasuredPower summary() const
    {
        MeasuredPower power;
        power.window = m_window;
        power.rows = m_rows;
        power.rowsInWindow = m_rowsInWindow;
        for (auto it = m_state.cbegin(); it != m_state.cend(); ++it) {
            const Summary &s = it->summary;
            if (s.samples() == 0)
                continue;
            power.objects.push_back(
                { it.key(), m_known.value(it.key()).kind, s.samples(), s.peak(), s.p99(), s.exact() });
        }
        std::sort(power.objects.begin(), power.objects.end(), [&](const MeasuredObject &a, const MeasuredObject &b) {
            return m_known.value(a.id).order < m_known.value(b.id).order;
        });
        return power;
    }

    enum class Format { Unknown, Csv, JsonLines, Refused };

    MeasurementWindow m_window;
    qint64 m_fromMs = 0, m_toMs = 0;
    QHash<QString, KnownObject> m_known;
    QSet<QString> m_ambiguous;
    QHash<QString, ObjectState> m_state;
    ProblemList m_problems;
    Format m_format = Format::Unknown;
    int m_timestampColumn = -1, m_objectColumn = -1, m_kwColumn = -1, m_columns = 0;
    qint64 m_line = 0, m_rows = 0, m_rowsInWindow = 0;
};

} // namespace

std::map<RackId, double> MeasuredPower::rackPeaks() const
{
    std::map<RackId, double> peaks;
    for (const MeasuredObject &o : objects)
        if (o.kind == MeasuredObjectKind::Rack)
            peaks.emplace(RackId(o.id), o.peakKw);
    return peaks;
}

const MeasuredObject *MeasuredPower::find(const QString &id) const
{
    const auto it = std::find_if(objects.begin(), objects.end(), [&](const MeasuredObject &o) { return o.id == id; });
    return it == objects.end() ? nullptr : &*it;
}

MeasuredPowerResult importMeasuredPower(QIODevice &device, const Site &site, const MeasurementWindow &window)
{
    return Importer(site, window).run(device);
}

MeasuredPowerResult importMeasuredPowerFile(const QString &fileName, const Site &site, const MeasurementWindow &window)
{
    QFile file;
    if (const QString error = openInputStream(fileName, file); !error.isEmpty()) {
        MeasuredPowerResult result;
        result.errors.push_back({ QStringLiteral("$"), error });
        return result;
    }
    return importMeasuredPower(file, site, window);
}

} // namespace warmshell
