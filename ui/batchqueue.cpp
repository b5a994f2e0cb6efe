// Coalesces the receiver's batches so the table changes (and repaints) at most ~20 times a second.
#include "batchqueue.h"

#include <QTimer>

namespace mct::ui {

BatchQueue::BatchQueue(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % late and hold a batch longer
    connect(m_timer, &QTimer::timeout, this, &BatchQueue::flush);
}

void BatchQueue::push(const core::PacketBatch &batch)
{
    m_held.append(IncomingBatch{batch, std::exchange(m_pendingSkip, 0)});
    m_heldRows += batch.records.size();
    m_heldBytes += batch.arena.size();
    ++m_unacknowledged;
    // Whatever would not fit into the table anyway need not wait for it.
    while (m_held.size() > 1
           && (m_heldRows - m_held.constFirst().batch.records.size() >= m_maxRows
               || m_heldBytes - m_held.constFirst().batch.arena.size() >= m_maxBytes)) {
        const IncomingBatch oldest = m_held.takeFirst();
        m_heldRows -= oldest.batch.records.size();
        m_heldBytes -= oldest.batch.arena.size();
        m_dropped += quint64(oldest.batch.records.size());
        m_held.first().skippedBefore += oldest.skippedBefore + quint64(oldest.batch.records.size());
    }
    m_maxHeld = std::max(m_maxHeld, m_held.size());
    schedule();
}

void BatchQueue::skip(quint64 count)
{
    if (count == 0) {
        return;
    }
    // Skipped after the last held batch: they go before the next one, or at the end of the next flush.
    m_pendingSkip += count;
    schedule();
}

void BatchQueue::setLimits(qsizetype rows, qint64 payloadBytes)
{
    m_maxRows = std::max<qsizetype>(1, rows);
    m_maxBytes = std::max<qint64>(1, payloadBytes);
}

void BatchQueue::schedule()
{
    if (m_timer->isActive()) {
        return;
    }
    // At once when the last flush is long enough ago, so a quiet stream's packets show without delay.
    const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : kMinIntervalMs;
    m_timer->start(int(std::clamp<qint64>(kMinIntervalMs - since, 0, kMinIntervalMs)));
}

void BatchQueue::flush()
{
    m_timer->stop();
    m_sinceFlush.start();
    if (m_pendingSkip > 0) {
        m_held.append(IncomingBatch{{}, std::exchange(m_pendingSkip, 0)});
    }
    if (!m_held.isEmpty()) {
        const QList<IncomingBatch> batches = std::exchange(m_held, {});
        m_heldRows = 0;
        m_heldBytes = 0;
        ++m_flushes;
        Q_EMIT ready(batches);
    }
    if (m_unacknowledged > 0) {
        Q_EMIT consumed(std::exchange(m_unacknowledged, 0));
    }
}

} // namespace mct::ui
