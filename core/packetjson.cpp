// One packet or one stream as JSON and as a text line: shared by the command line and the exporters.
#include "packetjson.h"

#include "endpoint.h"
#include "interfaces.h"
#include "recognize.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace mct::core {

namespace {

class JsonText final
{
    Q_DECLARE_TR_FUNCTIONS(PacketJson)
};

QString withMicros(const QDateTime &t, qint64 timeNs, const QString &format)
{
    const qint64 micros = ((timeNs % 1'000'000'000) + 1'000'000'000) % 1'000'000'000 / 1000;
    return t.toString(format) + QStringLiteral(".%1").arg(micros, 6, 10, QLatin1Char('0'));
}

} // namespace

QString formatTimeIso(qint64 timeNs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(timeNs / 1'000'000, QTimeZone::utc());
    return withMicros(t, timeNs, QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z';
}

QString formatTimeLocal(qint64 timeNs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(timeNs / 1'000'000);
    return withMicros(t, timeNs, QStringLiteral("HH:mm:ss"));
}

QByteArrayView userPayload(const PacketBatch &batch, const PacketRecord &record)
{
    return userPayload(record, batch.payload(record));
}

QByteArrayView userPayload(const PacketRecord &record, QByteArrayView all)
{
    if (record.format == PayloadFormat::Probe) {
        return all.sliced(std::min<qsizetype>(record.userPayloadOffset, all.size()));
    }
    return all;
}

QString payloadPreview(QByteArrayView bytes, bool oneLine, bool *isText)
{
    const bool text = isPrintableText(bytes);
    if (isText) {
        *isText = text;
    }
    if (text) {
        const QString s = QString::fromUtf8(bytes);
        return oneLine ? escapeControls(s, true) : s;
    }
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

QJsonObject packetToJson(const PacketBatch &batch, const PacketRecord &r)
{
    return packetToJson(r, batch.payload(r));
}

QJsonObject packetToJson(const PacketRecord &r, QByteArrayView stored)
{
    QJsonObject o;
    o.insert(QStringLiteral("time"), formatTimeIso(r.receiveTimeNs));
    o.insert(QStringLiteral("source"), formatAddressPort(r.source.toHostAddress(), r.sourcePort));
    o.insert(QStringLiteral("group"), formatAddressPort(r.group.toHostAddress(), r.port));
    o.insert(QStringLiteral("interface"), interfaceNameForIndex(r.interfaceIndex));
    o.insert(QStringLiteral("ttl"), r.ttl);
    if (r.tos >= 0) { // unknown on the portable path, and to a recording of datagrams queued before it
        o.insert(QStringLiteral("dscp"), r.dscp());
        o.insert(QStringLiteral("ecn"), r.ecn());
    }
    o.insert(QStringLiteral("size"), qint64(r.size));
    o.insert(QStringLiteral("format"), QLatin1String(payloadFormatName(r.format)));
    const QByteArrayView payload = userPayload(r, stored);
    if (isPrintableText(payload)) {
        o.insert(QStringLiteral("payload"), QString::fromUtf8(payload));
    } else {
        o.insert(QStringLiteral("payload_hex"), QString::fromLatin1(payload.toByteArray().toHex()));
    }
    if (r.storedLength < r.size) {
        o.insert(QStringLiteral("truncated"), true);
    }
    if (r.hasSequence) {
        o.insert(QStringLiteral("seq"), qint64(r.sequence));
    }
    if (r.format == PayloadFormat::Probe || r.format == PayloadFormat::Rtp) {
        o.insert(QStringLiteral("stream"), qint64(r.streamId));
    }
    return o;
}

QString packetToTextLine(const PacketBatch &batch, const PacketRecord &r)
{
    QString line = QStringLiteral("%1  %2 > %3  %4  ttl %5  dscp %6")
                           .arg(formatTimeLocal(r.receiveTimeNs),
                                formatAddressPort(r.source.toHostAddress(), r.sourcePort),
                                formatAddressPort(r.group.toHostAddress(), r.port),
                                interfaceNameForIndex(r.interfaceIndex),
                                r.ttl >= 0 ? QString::number(r.ttl) : QStringLiteral("?"),
                                r.tos >= 0 ? QString::number(r.dscp()) : QStringLiteral("?"));
    // Nearly every multicast datagram is Not-ECT: the ECN is worth a word only when it is not.
    if (r.ecn() > 0) {
        line += QStringLiteral(" ecn %1").arg(QLatin1String(ecnName(r.ecn())));
    }
    line += QStringLiteral("  %1 B").arg(r.size);
    if (r.format != PayloadFormat::Plain) {
        line += QStringLiteral("  %1").arg(QLatin1String(payloadFormatName(r.format)));
    }
    if (r.hasSequence) {
        line += QStringLiteral("  seq %1").arg(r.sequence);
    }
    line += QStringLiteral("  ") + payloadPreview(userPayload(batch, r), true);
    return line;
}

QJsonObject streamToJson(const StreamSnapshot &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("source"), formatAddressPort(s.key.source.toHostAddress(), s.key.sourcePort));
    o.insert(QStringLiteral("group"), formatAddressPort(s.key.group.toHostAddress(), s.key.port));
    o.insert(QStringLiteral("format"), QLatin1String(payloadFormatName(s.format)));
    if (s.key.streamId != 0) {
        o.insert(QStringLiteral("stream"), qint64(s.key.streamId));
    }
    o.insert(QStringLiteral("received"), qint64(s.received));
    o.insert(QStringLiteral("bytes"), qint64(s.bytes));
    if (s.hasSequence || s.format == PayloadFormat::MpegTs) {
        o.insert(QStringLiteral("lost"), qint64(s.lostAtEnd));
        o.insert(QStringLiteral("duplicates"), qint64(s.duplicates));
        o.insert(QStringLiteral("reordered"), qint64(s.reordered));
    }
    if (s.plannedCount > 0) {
        o.insert(QStringLiteral("planned"), qint64(s.plannedCount));
    }
    if (s.jitterMs >= 0) {
        o.insert(QStringLiteral("jitter_ms"), s.jitterMs);
    }
    if (s.hasLatency) {
        o.insert(QStringLiteral("latency_ms"), QJsonObject{{QStringLiteral("min"), s.latencyMinMs},
                                                           {QStringLiteral("avg"), s.latencyAvgMs},
                                                           {QStringLiteral("max"), s.latencyMaxMs}});
    }
    if (s.joinToFirstNs >= 0) {
        o.insert(QStringLiteral("join_to_first_ms"), double(s.joinToFirstNs) / 1e6);
    }
    if (s.ended) {
        o.insert(QStringLiteral("restarted"), true);
    }
    QJsonArray outages;
    for (const Outage &outage : s.outages) {
        outages.append(outageToJson(outage));
    }
    o.insert(QStringLiteral("outages"), outages); // the first kMaxKeptOutages
    o.insert(QStringLiteral("outage_count"), qint64(s.outageCount));
    o.insert(QStringLiteral("max_outage_ms"), double(s.maxOutageNs) / 1e6);
    if (s.stopped) {
        o.insert(QStringLiteral("stopped"), true);
    }
    return o;
}

QJsonObject outageToJson(const Outage &outage)
{
    QJsonObject o{{QStringLiteral("start"), formatTimeIso(outage.startNs)},
                  {QStringLiteral("end"), formatTimeIso(outage.endNs)},
                  {QStringLiteral("duration_ms"), double(outage.durationNs()) / 1e6}};
    if (outage.lost >= 0) {
        o.insert(QStringLiteral("lost"), outage.lost);
    }
    return o;
}

QJsonObject streamEventToJson(const StreamEvent &event)
{
    QJsonObject o;
    if (event.kind == StreamEvent::Kind::Outage) {
        o = outageToJson(event.outage);
        o.insert(QStringLiteral("event"), QStringLiteral("outage"));
    } else {
        o.insert(QStringLiteral("event"), QStringLiteral("stopped"));
        o.insert(QStringLiteral("last"), formatTimeIso(event.lastNs));
        o.insert(QStringLiteral("cause"), event.cause);
    }
    o.insert(QStringLiteral("group"), formatAddressPort(event.key.group.toHostAddress(), event.key.port));
    o.insert(QStringLiteral("source"),
             formatAddressPort(event.key.source.toHostAddress(), event.key.sourcePort));
    o.insert(QStringLiteral("stream"), qint64(event.key.streamId));
    o.insert(QStringLiteral("format"), QLatin1String(payloadFormatName(event.format)));
    return o;
}

QString streamRoute(const StreamKey &key, QStringView arrow)
{
    QString route = formatAddressPort(key.source.toHostAddress(), key.sourcePort);
    route.append(arrow);
    route.append(formatAddressPort(key.group.toHostAddress(), key.port));
    return route;
}

QString streamEventToTextLine(const StreamEvent &event)
{
    const QString stream = streamRoute(event.key);
    if (event.kind == StreamEvent::Kind::Stopped) {
        return JsonText::tr("stopped  %1  last packet at %2: %3")
                .arg(stream, formatTimeLocal(event.lastNs), event.cause);
    }
    QString line = JsonText::tr("outage  %1  %2 ms silent, %3 to %4")
                           .arg(stream)
                           .arg(double(event.outage.durationNs()) / 1e6, 0, 'f', 1)
                           .arg(formatTimeLocal(event.outage.startNs), formatTimeLocal(event.outage.endNs));
    if (event.outage.lost >= 0) {
        line += JsonText::tr(", %1 lost").arg(event.outage.lost);
    }
    return line;
}

QString streamToTextLine(const StreamSnapshot &s)
{
    QString line =
            QStringLiteral("%1  %2").arg(streamRoute(s.key), QLatin1String(payloadFormatName(s.format)));
    if (s.key.streamId != 0) {
        line += QStringLiteral(" %1").arg(s.key.streamId, 8, 16, QLatin1Char('0'));
    }
    line += QStringLiteral("  received %1").arg(s.received);
    if (s.hasSequence || s.format == PayloadFormat::MpegTs) {
        line += QStringLiteral("  lost %1  duplicates %2  reordered %3")
                        .arg(s.lostAtEnd)
                        .arg(s.duplicates)
                        .arg(s.reordered);
    }
    if (s.jitterMs >= 0) {
        line += QStringLiteral("  jitter %1 ms").arg(s.jitterMs, 0, 'f', 3);
    }
    if (s.hasLatency) {
        line += QStringLiteral("  latency %1/%2/%3 ms")
                        .arg(s.latencyMinMs, 0, 'f', 3)
                        .arg(s.latencyAvgMs, 0, 'f', 3)
                        .arg(s.latencyMaxMs, 0, 'f', 3);
    }
    if (s.outageCount > 0) {
        line += JsonText::tr("  outages %1, longest %2 ms")
                        .arg(s.outageCount)
                        .arg(double(s.maxOutageNs) / 1e6, 0, 'f', 1);
    }
    if (s.stopped) {
        line += JsonText::tr("  stopped");
    }
    return line;
}

} // namespace mct::core
