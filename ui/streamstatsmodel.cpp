// Table model of per-stream statistics, updated in place from the receiver's snapshots.
#include "streamstatsmodel.h"

#include "endpoint.h"
#include "payloadtext.h"

#include <QLocale>
#include <QSet>

namespace mct::ui {

using core::StreamSnapshot;

namespace {

bool measuresLoss(const StreamSnapshot &s)
{
    return s.hasSequence || s.format == core::PayloadFormat::MpegTs;
}

QString formatRate(double bitsPerSecond)
{
    const QLocale locale;
    if (bitsPerSecond >= 1e9) {
        return QStringLiteral("%1 Gbit/s").arg(locale.toString(bitsPerSecond / 1e9, 'f', 2));
    }
    if (bitsPerSecond >= 1e6) {
        return QStringLiteral("%1 Mbit/s").arg(locale.toString(bitsPerSecond / 1e6, 'f', 2));
    }
    if (bitsPerSecond >= 1e3) {
        return QStringLiteral("%1 kbit/s").arg(locale.toString(bitsPerSecond / 1e3, 'f', 1));
    }
    return QStringLiteral("%1 bit/s").arg(locale.toString(bitsPerSecond, 'f', 0));
}

} // namespace

StreamStatsModel::StreamStatsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int StreamStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StreamStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StreamStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Lost:
            return tr("Packets missing from the sequence; with a planned count, also those that never came");
        case Reordered:
            return tr("Packets that arrived after a higher sequence number");
        case JitterMs:
            return tr("Interarrival jitter (RFC 3550), from the sender's timestamps");
        case LatencyMs:
            return tr("One-way latency: minimum / average / maximum. Only meaningful when the sender's and "
                      "this host's clocks are synchronised (NTP, PTP).");
        case JoinToFirstMs:
            return tr(
                    "Time from joining the group to the first packet of this stream. \"sender began later\": "
                    "its first packet was its sender's first, so this is the wait for the sender, not how "
                    "long the join took");
        case Outages:
            return tr("Silences longer than 10 of the stream's usual gaps between packets (and 50 ms): how "
                      "many, and the longest");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Source:
        return tr("Source");
    case Group:
        return tr("Group");
    case Format:
        return tr("Format");
    case Received:
        return tr("Received");
    case PacketsPerSecond:
        return tr("Packets/s");
    case BitsPerSecond:
        return tr("Rate");
    case Lost:
        return tr("Lost");
    case LossPercent:
        return tr("Loss %");
    case Duplicates:
        return tr("Duplicates");
    case Reordered:
        return tr("Reordered");
    case Outages:
        return tr("Outages");
    case JitterMs:
        return tr("Jitter (ms)");
    case LatencyMs:
        return tr("Latency min / avg / max (ms)");
    case JoinToFirstMs:
        return tr("Join → first (ms)");
    default:
        return {};
    }
}

QVariant StreamStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const StreamSnapshot &s = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        return index.column() >= Received ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role == Qt::DecorationRole && index.column() == Source) {
        return m_colours.value(s.key);
    }
    if (role == Qt::ToolTipRole && index.column() == Source && s.ended) {
        return tr("This stream ended: the sender restarted (its sequence started again)");
    }
    if (role == Qt::ToolTipRole && index.column() == Source && s.stopped) {
        return tr("No packet of this stream has arrived for a while (2 s and 10 of its usual gaps): it "
                  "stopped. The message under the tabs says the likely cause.");
    }
    if (role == Qt::ToolTipRole && index.column() == Source && m_colours.contains(s.key)) {
        return tr("Its line on the chart below has this colour");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const QLocale locale;
    const QString none = QStringLiteral("–");
    switch (index.column()) {
    case Source: {
        const QString source = core::formatAddressPort(s.key.source.toHostAddress(), s.key.sourcePort);
        return s.ended ? tr("%1 (ended)").arg(source) : s.stopped ? tr("%1 (stopped)").arg(source) : source;
    }
    case Group:
        return core::formatAddressPort(s.key.group.toHostAddress(), s.key.port);
    case Format:
        return s.key.streamId != 0 ? QStringLiteral("%1 %2")
                                             .arg(payloadFormatLabel(s.format))
                                             .arg(s.key.streamId, 8, 16, QLatin1Char('0'))
                                   : payloadFormatLabel(s.format);
    case Received:
        return locale.toString(qulonglong(s.received));
    case PacketsPerSecond:
        return locale.toString(s.packetsPerSecond, 'f', s.packetsPerSecond < 10 ? 1 : 0);
    case BitsPerSecond:
        return formatRate(s.bitsPerSecond);
    case Lost:
        return measuresLoss(s) ? locale.toString(qulonglong(s.lostAtEnd)) : none;
    case LossPercent: {
        if (!measuresLoss(s)) {
            return none;
        }
        const double expected = double(s.received - s.duplicates + s.lostAtEnd);
        return locale.toString(expected > 0 ? 100.0 * double(s.lostAtEnd) / expected : 0.0, 'f', 2);
    }
    case Duplicates:
        return measuresLoss(s) ? locale.toString(qulonglong(s.duplicates)) : none;
    case Reordered:
        return s.hasSequence ? locale.toString(qulonglong(s.reordered)) : none;
    case Outages:
        return s.outageCount == 0 ? locale.toString(0)
                                  : tr("%1, longest %2 ms")
                                            .arg(locale.toString(qulonglong(s.outageCount)),
                                                 locale.toString(double(s.maxOutageNs) / 1e6, 'f', 1));
    case JitterMs:
        return s.jitterMs >= 0 ? locale.toString(s.jitterMs, 'f', 3) : none;
    case LatencyMs:
        return s.hasLatency ? QStringLiteral("%1 / %2 / %3")
                                      .arg(locale.toString(s.latencyMinMs, 'f', 2),
                                           locale.toString(s.latencyAvgMs, 'f', 2),
                                           locale.toString(s.latencyMaxMs, 'f', 2))
                            : none;
    case JoinToFirstMs:
        if (s.joinToFirstNs < 0) {
            return none;
        }
        return s.startedAfterJoin ? tr("%1 (sender began later)")
                                            .arg(locale.toString(double(s.joinToFirstNs) / 1e6, 'f', 1))
                                  : locale.toString(double(s.joinToFirstNs) / 1e6, 'f', 1);
    default:
        return {};
    }
}

void StreamStatsModel::setStreams(const QList<StreamSnapshot> &streams)
{
    removeGone(streams);
    QList<StreamSnapshot> added;
    for (const StreamSnapshot &s : streams) {
        const auto it = m_index.constFind(s.key);
        if (it == m_index.cend()) {
            added.append(s);
        } else {
            m_rows[*it] = s;
        }
    }
    if (!m_rows.isEmpty() && added.size() < streams.size()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole});
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const StreamSnapshot &s : std::as_const(added)) {
            m_index.insert(s.key, int(m_rows.size()));
            m_rows.append(s);
        }
        endInsertRows();
    }
}

void StreamStatsModel::removeGone(const QList<StreamSnapshot> &streams)
{
    // A stream goes away when its packets turn out to be another format's (a flow's first packets
    // count as plain until its format is confirmed: core/flowformat.h); rarely more than one row.
    qsizetype known = 0;
    for (const StreamSnapshot &s : streams) {
        known += m_index.contains(s.key) ? 1 : 0;
    }
    if (known == m_rows.size()) {
        return;
    }
    QSet<core::StreamKey> present;
    for (const StreamSnapshot &s : streams) {
        present.insert(s.key);
    }
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!present.contains(m_rows[row].key)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    m_index.clear();
    for (int row = 0; row < int(m_rows.size()); ++row) {
        m_index.insert(m_rows[row].key, row);
    }
}

void StreamStatsModel::setColours(const QHash<core::StreamKey, QColor> &colours)
{
    if (colours == m_colours) {
        return;
    }
    m_colours = colours;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, Source), index(int(m_rows.size()) - 1, Source), {Qt::DecorationRole});
    }
}

void StreamStatsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

} // namespace mct::ui
