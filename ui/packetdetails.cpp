// Everything about one packet: addresses, format and timing, then a full hex + ASCII dump.
#include "packetdetails.h"

#include "endpoint.h"
#include "interfaces.h"
#include "packetjson.h"
#include "payloadtext.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace mct::ui {

PacketDetails::PacketDetails(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Packet details and hex dump"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_text);
    clear();
}

void PacketDetails::clear()
{
    m_text->setPlainText(QString());
    m_text->setPlaceholderText(tr("Select a packet to see its bytes."));
}

QString PacketDetails::text() const
{
    return m_text->toPlainText();
}

void PacketDetails::showPacket(quint64 number, const core::PacketRecord &r, QByteArrayView bytes)
{
    QStringList lines;
    const QDateTime received = QDateTime::fromMSecsSinceEpoch(r.receiveTimeNs / 1'000'000);
    lines.append(tr("Packet #%1, received %2 %3")
                         .arg(number)
                         .arg(received.date().toString(Qt::ISODate), core::formatTimeLocal(r.receiveTimeNs)));
    const QString interface = core::interfaceNameForIndex(r.interfaceIndex);
    lines.append(tr("From %1 to %2 on %3, TTL %4")
                         .arg(core::formatAddressPort(r.source.toHostAddress(), r.sourcePort),
                              core::formatAddressPort(r.group.toHostAddress(), r.port),
                              interface.isEmpty() ? tr("unknown interface") : interface,
                              r.ttl >= 0 ? QString::number(r.ttl) : tr("unknown")));
    lines.append(r.tos >= 0 ? dscpEcnText(r) : tr("DSCP and ECN unknown"));
    QString size = tr("Size %1 B").arg(r.size);
    if (r.storedLength < r.size) {
        size = tr("%1, of which %2 B kept").arg(size).arg(r.storedLength);
    }
    lines.append(tr("%1, format: %2").arg(size, payloadFormatLabel(r.format)));
    if (r.hasSequence || r.streamId != 0) {
        const QString stream = QStringLiteral("%1").arg(r.streamId, 8, 16, QLatin1Char('0'));
        const QString sequence = r.hasSequence ? QString::number(r.sequence) : tr("none");
        if (r.sendTimeNs > 0) {
            lines.append(tr("Stream %1, sequence %2, sent %3 (one-way %4 ms; needs synchronised clocks)")
                                 .arg(stream, sequence, core::formatTimeLocal(r.sendTimeNs))
                                 .arg(double(r.receiveTimeNs - r.sendTimeNs) / 1e6, 0, 'f', 3));
        } else {
            lines.append(tr("Stream %1, sequence %2").arg(stream, sequence));
        }
    }
    QByteArrayView user = bytes;
    if (r.format == core::PayloadFormat::Probe) {
        user = bytes.sliced(std::min<qsizetype>(r.userPayloadOffset, bytes.size()));
    }
    lines.append(tr("Payload: %1").arg(payloadDisplayText(user, 4096)));
    lines.append(QString());
    lines.append(hexDump(bytes));
    m_text->setPlainText(lines.join(u'\n'));
}

} // namespace mct::ui
