// The status bar's running totals: packets and bytes received, rate, streams, loss, kernel drops, rows.
#include "statussummary.h"

#include "plural.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace mct::ui {

namespace {

QString bitRate(const QLocale &locale, double bps)
{
    if (bps >= 1e9) {
        return StatusSummary::tr("%1 Gbit/s").arg(locale.toString(bps / 1e9, 'f', 2));
    }
    if (bps >= 1e6) {
        return StatusSummary::tr("%1 Mbit/s").arg(locale.toString(bps / 1e6, 'f', 2));
    }
    if (bps >= 1e3) {
        return StatusSummary::tr("%1 kbit/s").arg(locale.toString(bps / 1e3, 'f', 1));
    }
    return StatusSummary::tr("%1 bit/s").arg(locale.toString(bps, 'f', 0));
}

} // namespace

QString StatusSummary::dataSizeText(const QLocale &locale, qint64 bytes)
{
    if (bytes >= 1024 || bytes < 0) {
        return locale.formattedDataSize(bytes);
    }
    return tr("%1 B", "a size below 1 KiB, in bytes").arg(locale.toString(bytes));
}

StatusSummary::StatusSummary(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_received = addField(tr("Packets received"), tr("Packets and bytes received on every joined group"));
    m_rate =
            addField(tr("Receive rate"), tr("Packets per second over the last moment, all streams together"));
    m_streams =
            addField(tr("Streams"), tr("Distinct senders per group (source address and port, probe run)"));
    m_loss = addField(tr("Packets lost"),
                      tr("Gaps in sequence numbers, summed over every stream that has them"));
    m_drops = addField(tr("Kernel drops"),
                       tr("Packets the kernel dropped because the socket buffer was full; a larger buffer "
                          "(Settings > Preferences) absorbs longer bursts"));
    m_notShown = addField(tr("Packets not shown"),
                          tr("Received, counted and recorded, but not put into the table because the "
                             "window could not keep up"));
    m_rows = addField(tr("Table rows"), tr("Rows shown / rows kept in the table (capacity); older rows are "
                                           "dropped from the table, never from the counters"));
    setReceiverStatus({});
    setTableCounts(0, 0, 0, false);
}

QLabel *StatusSummary::addField(const QString &accessibleName, const QString &toolTip)
{
    // Each field in its own box with the separator before it, so both hide together.
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    if (layout()->count() > 0) {
        auto *line = new QFrame(box);
        line->setFrameShape(QFrame::VLine);
        line->setFrameShadow(QFrame::Sunken);
        row->addWidget(line);
    }
    auto *label = new QLabel(box);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(8, 0, 8, 0);
    label->setAccessibleName(accessibleName);
    label->setToolTip(toolTip);
    row->addWidget(label);
    layout()->addWidget(box);
    return label;
}

void StatusSummary::showField(QLabel *field, bool visible)
{
    field->parentWidget()->setVisible(visible);
}

void StatusSummary::setReceiverStatus(const core::ReceiverStatus &status)
{
    double pps = 0;
    double bps = 0;
    int active = 0;
    quint64 lost = 0;
    for (const core::StreamSnapshot &s : status.streams) {
        pps += s.packetsPerSecond;
        bps += s.bitsPerSecond;
        lost += s.lostAtEnd; // what the Streams tab and the command line call lost
        if (!s.ended) {
            ++active;
        }
    }
    const QLocale l = locale();
    m_received->setText(
            tr("Received: %1 (%2)")
                    .arg(l.toString(qulonglong(status.received)), dataSizeText(l, qint64(status.bytes))));
    m_rate->setText(tr("%1 pkt/s \u00b7 %2").arg(l.toString(pps, 'f', pps < 10 ? 1 : 0), bitRate(l, bps)));
    m_streams->setText(tr("Streams: %1").arg(active));
    m_loss->setText(tr("Lost: %1").arg(l.toString(qulonglong(lost))));
    m_drops->setText(tr("Kernel drops: %1").arg(l.toString(qulonglong(status.kernelDrops))));
    showField(m_drops, status.kernelDrops > 0);
    m_notShown->setText(tr("not shown: %1").arg(l.toString(qulonglong(status.notShown))));
    showField(m_notShown, status.notShown > 0);
}

void StatusSummary::setTableCounts(qsizetype shown, qsizetype rows, qsizetype capacity, bool filtered)
{
    const QLocale l = locale();
    if (filtered) {
        m_rows->setText(tr("Showing %1 of %2 row(s)", nullptr, core::pluralSelector(quint64(rows)))
                                .arg(l.toString(qlonglong(shown)), l.toString(qlonglong(rows))));
    } else {
        m_rows->setText(tr("%1 / %2 row(s)", nullptr, core::pluralSelector(quint64(capacity)))
                                .arg(l.toString(qlonglong(rows)), l.toString(qlonglong(capacity))));
    }
}

QString StatusSummary::text() const
{
    QStringList fields;
    for (const QLabel *label : {m_received, m_rate, m_streams, m_loss, m_drops, m_notShown, m_rows}) {
        if (!label->parentWidget()->isHidden()) {
            fields.append(label->text());
        }
    }
    return fields.join(QStringLiteral(" | "));
}

} // namespace mct::ui
