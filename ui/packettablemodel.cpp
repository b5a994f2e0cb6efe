// The live packet table: a fixed-capacity ring buffer of received packets behind a table model.
#include "packettablemodel.h"

#include "endpoint.h"
#include "interfaces.h"
#include "packetjson.h"
#include "payloadtext.h"

#include <QDateTime>

#include <algorithm>
#include <cstring>
#include <utility>

namespace mct::ui {

namespace {

// The filter formats every row's addresses, so IPv4 skips QHostAddress and its allocation.
QString addressText(const core::NetAddress &address, quint16 port)
{
    if (address.v6) {
        return core::formatAddressPort(address.toHostAddress(), port);
    }
    const quint32 a = address.ipv4();
    QString text;
    text.reserve(21);
    for (int shift = 24; shift >= 0; shift -= 8) {
        text += QString::number((a >> shift) & 0xFF);
        text += shift > 0 ? u'.' : u':';
    }
    text += QString::number(port);
    return text;
}

} // namespace

PacketTableModel::PacketTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

PacketTableModel::~PacketTableModel() = default;

void PacketTableModel::appendBatch(const core::PacketBatch &batch)
{
    appendBatches({IncomingBatch{batch, 0}});
}

void PacketTableModel::appendBatches(const QList<IncomingBatch> &batches)
{
    qsizetype count = 0;
    for (const IncomingBatch &in : batches) {
        count += in.batch.records.size();
    }
    if (count == 0) {
        for (const IncomingBatch &in : batches) {
            m_nextNumber += in.skippedBefore;
        }
        return;
    }
    // More than the table holds (rows or payload): only the newest rows become rows; the older
    // ones still get their numbers. The newest row is always kept, whatever its size.
    qsizetype keep = 0;
    qint64 keepBytes = 0;
    for (auto b = batches.crbegin(); b != batches.crend() && keep < m_capacity; ++b) {
        const auto &records = b->batch.records;
        qsizetype i = records.size();
        while (i > 0 && keep < m_capacity) {
            const qint64 bytes = records.at(i - 1).storedLength;
            if (keep > 0 && keepBytes + bytes > m_payloadBudget) {
                break;
            }
            keepBytes += bytes;
            ++keep;
            --i;
        }
        if (i > 0) {
            break;
        }
    }
    const qsizetype skipped = count - keep;

    const qsizetype evict = rowsToEvict(keep, keepBytes);
    if (evict > 0) {
        evictOldest(evict);
    }

    beginInsertRows({}, int(m_size), int(m_size + keep - 1));
    // Growing, the rows sit in [m_head, m_ring.size()) and new ones are pushed at the end; once the
    // ring has m_capacity slots it wraps around into the slots evicted rows left at the front.
    const auto slots = qsizetype(m_ring.size());
    if (slots < m_capacity) {
        m_ring.reserve(size_t(std::min(m_capacity, slots + std::max(keep, slots))));
    }
    qsizetype seen = 0;
    for (const IncomingBatch &in : batches) {
        m_nextNumber += in.skippedBefore;
        for (const core::PacketRecord &record : in.batch.records) {
            if (seen++ < skipped) {
                ++m_nextNumber;
                continue;
            }
            Row row{record, m_nextNumber++, 0};
            row.record.payloadOffset = storePayload(in.batch.payload(record), &row.chunk);
            if (qsizetype(m_ring.size()) < m_capacity) {
                m_ring.push_back(std::move(row));
            } else {
                m_ring[size_t((m_head + m_size) % m_capacity)] = std::move(row);
            }
            ++m_size;
        }
    }
    m_storedBytes += keepBytes;
    endInsertRows();
}

qsizetype PacketTableModel::rowsToEvict(qsizetype rows, qint64 bytes) const
{
    qsizetype evict = std::max<qsizetype>(0, m_size + rows - m_capacity);
    qint64 remaining = m_storedBytes;
    for (qsizetype i = 0; i < evict; ++i) {
        remaining -= rowAt(i).record.storedLength;
    }
    while (evict < m_size && remaining + bytes > m_payloadBudget) {
        remaining -= rowAt(evict).record.storedLength;
        ++evict;
    }
    return evict;
}

void PacketTableModel::evictOldest(qsizetype count)
{
    count = std::min(count, m_size);
    if (count <= 0) {
        return;
    }
    beginRemoveRows({}, 0, int(count - 1));
    // Still growing, the rows stay where they are and the front slots wait for the wrap-around.
    const auto slots = qsizetype(m_ring.size());
    for (qsizetype i = 0; i < count; ++i) {
        Row &row = m_ring[size_t((m_head + i) % slots)];
        m_storedBytes -= row.record.storedLength;
        releasePayload(row);
    }
    m_head = (m_head + count) % slots;
    m_size -= count;
    if (m_size == 0) {
        m_ring.clear(); // growing again from slot 0 keeps "rows end where the ring ends" true
        m_head = 0;
    }
    endRemoveRows();
}

void PacketTableModel::skipNumbers(quint64 count)
{
    m_nextNumber += count;
}

void PacketTableModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_ring.shrink_to_fit();
    m_head = 0;
    m_size = 0;
    m_storedBytes = 0;
    m_firstChunk += qint64(m_chunks.size());
    m_chunks.clear();
    m_spareChunk.clear();
    endResetModel();
}

void PacketTableModel::setCapacity(qsizetype capacity)
{
    capacity = std::clamp<qsizetype>(capacity, 1, kMaxCapacity);
    if (capacity == m_capacity) {
        return;
    }
    if (m_size > capacity) {
        evictOldest(m_size - capacity);
    }
    // Back to the growing layout: oldest row first, no spare slots.
    std::vector<Row> linear;
    linear.reserve(size_t(m_size));
    for (qsizetype i = 0; i < m_size; ++i) {
        linear.push_back(std::move(m_ring[size_t((m_head + i) % qsizetype(m_ring.size()))]));
    }
    m_ring = std::move(linear);
    m_head = 0;
    m_capacity = capacity;
}

void PacketTableModel::setPayloadBudget(qint64 bytes)
{
    m_payloadBudget = std::max(bytes, kMinPayloadBudget);
    const qsizetype evict = rowsToEvict(0, 0);
    if (evict > 0) {
        evictOldest(evict);
    }
}

const PacketTableModel::Row &PacketTableModel::rowAt(qsizetype row) const
{
    Q_ASSERT(row >= 0 && row < m_size);
    return m_ring[size_t((m_head + row) % qsizetype(m_ring.size()))];
}

const core::PacketRecord &PacketTableModel::record(int row) const
{
    return rowAt(row).record;
}

const PacketTableModel::Chunk &PacketTableModel::chunkOf(const Row &row) const
{
    Q_ASSERT(row.chunk >= m_firstChunk && row.chunk - m_firstChunk < qint64(m_chunks.size()));
    return m_chunks[size_t(row.chunk - m_firstChunk)];
}

quint32 PacketTableModel::storePayload(QByteArrayView payload, qint64 *chunkSerial)
{
    const qsizetype size = payload.size();
    if (m_chunks.empty() || m_chunks.back().used + size > m_chunks.back().bytes.size()) {
        Chunk chunk;
        if (size <= kChunkBytes && !m_spareChunk.isEmpty()) {
            chunk.bytes = std::exchange(m_spareChunk, {});
        } else {
            chunk.bytes = QByteArray(std::max(kChunkBytes, size), Qt::Uninitialized);
        }
        m_chunks.push_back(std::move(chunk));
    }
    Chunk &chunk = m_chunks.back();
    const qsizetype offset = chunk.used;
    if (size > 0) {
        // data() copies first if an export still shares the chunk's old contents.
        std::memcpy(chunk.bytes.data() + offset, payload.data(), size_t(size));
    }
    chunk.used += size;
    ++chunk.rows;
    *chunkSerial = m_firstChunk + qint64(m_chunks.size()) - 1;
    return quint32(offset);
}

void PacketTableModel::releasePayload(const Row &row)
{
    Chunk &chunk = m_chunks[size_t(row.chunk - m_firstChunk)];
    --chunk.rows;
    // Rows leave oldest first, so only the oldest chunks ever run empty.
    while (!m_chunks.empty() && m_chunks.front().rows == 0 && m_chunks.size() > 1) {
        QByteArray &bytes = m_chunks.front().bytes;
        if (bytes.size() == kChunkBytes && bytes.isDetached()) {
            m_spareChunk = std::move(bytes);
        }
        m_chunks.pop_front();
        ++m_firstChunk;
    }
    if (m_chunks.size() == 1 && m_chunks.front().rows == 0) {
        m_chunks.front().used = 0; // the only chunk, empty: start it over
    }
}

qint64 PacketTableModel::payloadMemoryBytes() const
{
    qint64 bytes = m_spareChunk.size();
    for (const Chunk &chunk : m_chunks) {
        bytes += chunk.bytes.size();
    }
    return bytes;
}

QByteArrayView PacketTableModel::payload(int row) const
{
    const Row &r = rowAt(row);
    return QByteArrayView(chunkOf(r).bytes.constData() + r.record.payloadOffset, r.record.storedLength);
}

quint64 PacketTableModel::packetNumber(int row) const
{
    return rowAt(row).number;
}

QList<core::PacketBatch> PacketTableModel::rowsAsBatches() const
{
    QList<core::PacketBatch> out;
    for (qsizetype i = 0; i < m_size; ++i) {
        const Row &row = rowAt(i);
        const QByteArray &bytes = chunkOf(row).bytes;
        if (out.isEmpty() || !out.constLast().arena.isSharedWith(bytes)) {
            out.append(core::PacketBatch{{}, bytes});
        }
        out.last().records.append(row.record);
    }
    return out;
}

QByteArrayView PacketTableModel::userPayload(const Row &row) const
{
    const QByteArrayView all(chunkOf(row).bytes.constData() + row.record.payloadOffset,
                             row.record.storedLength);
    if (row.record.format == core::PayloadFormat::Probe) {
        return all.sliced(std::min<qsizetype>(row.record.userPayloadOffset, all.size()));
    }
    return all;
}

QString PacketTableModel::sourceText(const Row &row) const
{
    return addressText(row.record.source, row.record.sourcePort);
}

QString PacketTableModel::groupText(const Row &row) const
{
    return addressText(row.record.group, row.record.port);
}

bool PacketTableModel::rowMatches(int row, QStringView needle) const
{
    if (needle.isEmpty()) {
        return true;
    }
    const Row &r = rowAt(row);
    return sourceText(r).contains(needle, Qt::CaseInsensitive)
           || groupText(r).contains(needle, Qt::CaseInsensitive)
           || payloadDisplayText(userPayload(r), kFilterBytes).contains(needle, Qt::CaseInsensitive);
}

int PacketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_size);
}

int PacketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PacketTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTipData(row, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case NumberColumn:
        case TtlColumn:
        case DscpColumn:
        case SizeColumn:
        case SequenceColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case PayloadBytesRole:
        return QByteArray(payload(index.row()).toByteArray());
    case PacketNumberRole:
        return QVariant::fromValue(row.number);
    default:
        return {};
    }
}

QVariant PacketTableModel::displayData(const Row &row, int column) const
{
    const core::PacketRecord &r = row.record;
    switch (column) {
    case NumberColumn:
        return QString::number(row.number);
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(r.receiveTimeNs / 1'000'000)
                .time()
                .toString(QStringLiteral("hh:mm:ss.zzz"));
    case SourceColumn:
        return sourceText(row);
    case GroupColumn:
        return groupText(row);
    case InterfaceColumn:
        return core::interfaceNameForIndex(r.interfaceIndex);
    case TtlColumn:
        return r.ttl >= 0 ? QString::number(r.ttl) : QString();
    case DscpColumn:
        return r.tos >= 0 ? QString::number(r.dscp()) : QString();
    case SizeColumn:
        return QString::number(r.size);
    case SequenceColumn:
        return r.hasSequence ? QString::number(r.sequence) : QString();
    case PayloadColumn:
        return payloadDisplayText(userPayload(row), kPreviewBytes);
    default:
        return {};
    }
}

QVariant PacketTableModel::toolTipData(const Row &row, int column) const
{
    const core::PacketRecord &r = row.record;
    switch (column) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(r.receiveTimeNs / 1'000'000).date().toString(Qt::ISODate) + u' '
               + core::formatTimeLocal(r.receiveTimeNs);
    case InterfaceColumn:
        return tr("Interface %1 (index %2)")
                .arg(core::interfaceNameForIndex(r.interfaceIndex))
                .arg(r.interfaceIndex);
    case DscpColumn:
        return dscpEcnText(r);
    case SizeColumn:
        return r.storedLength < r.size ? tr("%1 bytes on the wire, %2 kept").arg(r.size).arg(r.storedLength)
                                       : tr("%1 bytes").arg(r.size);
    case PayloadColumn: {
        const QString format = payloadFormatLabel(r.format);
        return tr("%1 payload: %2").arg(format, payloadDisplayText(userPayload(row), kFilterBytes));
    }
    default:
        return displayData(row, column);
    }
}

QVariant PacketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NumberColumn:
            return tr("#");
        case TimeColumn:
            return tr("Time");
        case SourceColumn:
            return tr("Source");
        case GroupColumn:
            return tr("Group:port");
        case InterfaceColumn:
            return tr("Interface");
        case TtlColumn:
            return tr("TTL");
        case DscpColumn:
            return tr("DSCP");
        case SizeColumn:
            return tr("Size");
        case SequenceColumn:
            return tr("Seq");
        case PayloadColumn:
            return tr("Payload");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NumberColumn:
            return tr("Running packet number since the window opened");
        case TimeColumn:
            return tr("Receive time, local wall clock");
        case TtlColumn:
            return tr("TTL or hop limit the packet arrived with");
        case DscpColumn:
            return tr("DSCP (Differentiated Services code point) the packet arrived with");
        case SizeColumn:
            return tr("UDP payload size in bytes");
        case SequenceColumn:
            return tr("Sequence number from a recognised header (probe, iperf2, RTP, mcjoin)");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = section == NumberColumn || section == TtlColumn || section == DscpColumn
                            || section == SizeColumn || section == SequenceColumn;
        return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    return {};
}

} // namespace mct::ui
