// The live packet table: a fixed-capacity ring buffer of received packets behind a table model.
#pragma once

#include "packet.h"

#include <QAbstractTableModel>

#include <deque>
#include <vector>

namespace mct::ui {

// A batch on its way to the table, and how many packets before it never reached the view (the
// receiver counted them but held them back under load): their numbers are skipped, so "#" stays true.
struct IncomingBatch
{
    core::PacketBatch batch;
    quint64 skippedBefore = 0;
};

class PacketTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketTableModel)

public:
    enum Column : int {
        NumberColumn,
        TimeColumn,
        SourceColumn,
        GroupColumn,
        InterfaceColumn,
        TtlColumn,
        SizeColumn,
        SequenceColumn,
        PayloadColumn,
        // Shown beside the TTL (see PacketView), but last here: saved layouts name columns by
        // these numbers, and those saved before it came keep meaning the same columns.
        DscpColumn,
        ColumnCount
    };
    enum Role : int {
        PayloadBytesRole = Qt::UserRole + 1, // QByteArray: every stored byte, headers included
        PacketNumberRole,                    // quint64: the running number shown in "#"
    };

    static constexpr qsizetype kDefaultCapacity = 100'000;
    static constexpr qsizetype kMaxCapacity = 1'000'000;
    // Payload bytes the rows may hold together; the oldest rows go first when it is exceeded.
    static constexpr qint64 kDefaultPayloadBudget = 256LL * 1024 * 1024;
    static constexpr qint64 kMinPayloadBudget = 64 * 1024; // one datagram always fits
    // Payload bytes turned into text for the table; the details view shows everything.
    static constexpr qsizetype kPreviewBytes = 200;
    // Payload bytes the filter looks at.
    static constexpr qsizetype kFilterBytes = 1024;

    explicit PacketTableModel(QObject *parent = nullptr);
    ~PacketTableModel() override;

    // One beginRemoveRows for the evicted oldest rows, then one beginInsertRows for the new ones.
    void appendBatch(const core::PacketBatch &batch);
    // The same for several batches at once: still one remove and one insert in all.
    void appendBatches(const QList<IncomingBatch> &batches);
    // Counts packets that never became rows (dropped while the view was paused), so "#" stays true.
    void skipNumbers(quint64 count);
    // Removes every row; the running number keeps counting.
    void clear();
    // Between 1 and kMaxCapacity; shrinking evicts the oldest rows.
    void setCapacity(qsizetype capacity);
    // At least kMinPayloadBudget; lowering it evicts the oldest rows until the rest fit.
    void setPayloadBudget(qint64 bytes);

    [[nodiscard]] qsizetype capacity() const { return m_capacity; }
    [[nodiscard]] qint64 payloadBudget() const { return m_payloadBudget; }
    // Stored payload bytes of every row held.
    [[nodiscard]] qint64 storedPayloadBytes() const { return m_storedBytes; }
    // Memory the payload store holds: the rows' bytes plus the unused ends of its chunks.
    [[nodiscard]] qint64 payloadMemoryBytes() const;
    [[nodiscard]] quint64 packetsSeen() const { return m_nextNumber - 1; }
    [[nodiscard]] const core::PacketRecord &record(int row) const;
    [[nodiscard]] QByteArrayView payload(int row) const;
    [[nodiscard]] quint64 packetNumber(int row) const;
    // Every row held, oldest first, as batches that share the rows' payload memory (cheap to copy,
    // safe to hand to another thread): for exporting the table.
    [[nodiscard]] QList<core::PacketBatch> rowsAsBatches() const;
    // Case-insensitive substring match over source, group and payload text, for the filter proxy.
    [[nodiscard]] bool rowMatches(int row, QStringView needle) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    // The table keeps its own copy of each row's payload: its memory is bounded by the payload budget
    // (a row that shared its batch's memory kept the whole batch alive), and no batch stays pinned
    // by rows, so the receiver can reuse its batches. Rows come and go oldest first, so the payloads
    // form a queue: appended to the newest chunk, released with the oldest, chunks reused.
    struct Chunk
    {
        QByteArray bytes; // implicitly shared with exports still being written
        qsizetype used = 0;
        qsizetype rows = 0;
    };
    static constexpr qsizetype kChunkBytes = 1024 * 1024; // a datagram (at most 65,535 bytes) fits

    struct Row
    {
        core::PacketRecord record; // payloadOffset: into its chunk
        quint64 number = 0;
        qint64 chunk = 0; // serial number of its chunk
    };

    [[nodiscard]] const Row &rowAt(qsizetype row) const;
    [[nodiscard]] const Chunk &chunkOf(const Row &row) const;
    // Copies a payload into the newest chunk (a new one when it does not fit); returns its offset.
    quint32 storePayload(QByteArrayView payload, qint64 *chunkSerial);
    void releasePayload(const Row &row);
    [[nodiscard]] QString sourceText(const Row &row) const;
    [[nodiscard]] QString groupText(const Row &row) const;
    [[nodiscard]] QByteArrayView userPayload(const Row &row) const;
    [[nodiscard]] QVariant displayData(const Row &row, int column) const;
    [[nodiscard]] QVariant toolTipData(const Row &row, int column) const;
    void evictOldest(qsizetype count);
    // How many of the oldest rows must go so that `rows` more rows with `bytes` payload fit.
    [[nodiscard]] qsizetype rowsToEvict(qsizetype rows, qint64 bytes) const;

    // Grows by push_back until it holds m_capacity rows, then wraps; m_head is the oldest row.
    std::vector<Row> m_ring;
    qsizetype m_head = 0;
    qsizetype m_size = 0;
    qsizetype m_capacity = kDefaultCapacity;
    qint64 m_payloadBudget = kDefaultPayloadBudget;
    qint64 m_storedBytes = 0;
    quint64 m_nextNumber = 1;
    std::deque<Chunk> m_chunks; // oldest first
    qint64 m_firstChunk = 0;    // serial number of m_chunks.front()
    QByteArray m_spareChunk;    // the last chunk let go of, for the next one
};

} // namespace mct::ui
