// Coalesces the receiver's batches so the table changes (and repaints) at most ~20 times a second.
#pragma once

#include "packettablemodel.h"

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace mct::ui {

// Batches wait here until the next flush, which hands all of them over in one ready() signal
// (one model update) and then acknowledges each with consumed(), so a receiver with flow control
// sends more only when the view has kept up. Bounded on its own too: when more rows or payload
// wait than the table could keep, the oldest batches are dropped (their numbers skipped).
class BatchQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchQueue)

public:
    static constexpr int kMinIntervalMs = 50;

    explicit BatchQueue(QObject *parent = nullptr);

    void push(const core::PacketBatch &batch);
    // Packets counted by the receiver but never handed over: the next rows' numbers skip them.
    void skip(quint64 count);
    // What may wait at most (normally the table's capacity and payload budget).
    void setLimits(qsizetype rows, qint64 payloadBytes);
    // Hands over everything now (the timer does it otherwise).
    void flush();

    [[nodiscard]] qsizetype heldBatches() const { return m_held.size(); }
    [[nodiscard]] qsizetype heldRows() const { return m_heldRows; }
    // The most batches held at once since the start: what flow control has to keep small.
    [[nodiscard]] qsizetype maxHeldBatches() const { return m_maxHeld; }
    [[nodiscard]] quint64 droppedPackets() const { return m_dropped; }
    [[nodiscard]] int flushes() const { return m_flushes; }

Q_SIGNALS:
    // The batches in arrival order; apply them before returning (a direct connection).
    void ready(const QList<mct::ui::IncomingBatch> &batches);
    // That many batches were applied or dropped: acknowledge them to the receiver.
    void consumed(int batches);

private:
    void schedule();

    QTimer *m_timer = nullptr;
    QElapsedTimer m_sinceFlush;
    QList<IncomingBatch> m_held;
    qsizetype m_heldRows = 0;
    qint64 m_heldBytes = 0;
    quint64 m_pendingSkip = 0;
    qsizetype m_maxRows = PacketTableModel::kDefaultCapacity;
    qint64 m_maxBytes = PacketTableModel::kDefaultPayloadBudget;
    qsizetype m_maxHeld = 0;
    quint64 m_dropped = 0;
    int m_unacknowledged = 0;
    int m_flushes = 0;
};

} // namespace mct::ui
