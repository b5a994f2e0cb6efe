// "Who hears me": the receivers that answered a sender, aggregated from their unicast replies.
#include "replytable.h"

#include "packetjson.h"

#include <QCoreApplication>

namespace mct::core {

namespace {

class ReplyText final
{
    Q_DECLARE_TR_FUNCTIONS(Replies)
};

// Only what is known: a receiver of an older version sends no TTL.
void insertHops(QJsonObject &o, int hops, int ttl)
{
    if (ttl >= 0) {
        o.insert(QStringLiteral("ttl"), ttl);
    }
    if (hops >= 0) {
        o.insert(QStringLiteral("hops"), hops);
    }
}

} // namespace

int hopCount(int sentTtl, int receivedTtl)
{
    if (sentTtl < 0 || receivedTtl < 0 || receivedTtl > sentTtl) {
        return -1;
    }
    return sentTtl - receivedTtl;
}

int hopCount(const ReplyRecord &reply)
{
    return reply.probe ? hopCount(reply.sentTtl, reply.probe->ttl) : -1;
}

QString hopsText(int hops, int ttl)
{
    if (ttl < 0) {
        return {};
    }
    return hops >= 0 ? ReplyText::tr("  hops %1 (ttl %2)").arg(hops).arg(ttl)
                     : ReplyText::tr("  ttl %1").arg(ttl);
}

qsizetype ReplyTable::indexOf(const QHostAddress &address, quint16 port) const
{
    for (qsizetype i = 0; i < m_receivers.size(); ++i) {
        if (sameReceiver(m_receivers.at(i).address, m_receivers.at(i).port, address, port)) {
            return i;
        }
    }
    return -1;
}

QString ReplyTable::displayAddress(qsizetype index) const
{
    const ReceiverReport &r = m_receivers.at(index);
    for (qsizetype i = 0; i < m_receivers.size(); ++i) {
        if (i != index && sameAddress(m_receivers.at(i).address, r.address)) {
            return formatAddressPort(r.address, r.port);
        }
    }
    return r.address.toString();
}

qsizetype ReplyTable::add(const ReplyRecord &reply)
{
    qsizetype index = indexOf(reply.from, reply.fromPort);
    if (index < 0) {
        ReceiverReport report;
        report.address = reply.from;
        report.port = reply.fromPort;
        report.firstTimeNs = reply.receiveTimeNs;
        m_receivers.append(report);
        index = m_receivers.size() - 1;
    }
    ReceiverReport &r = m_receivers[index];
    ++r.replies;
    r.lastTimeNs = reply.receiveTimeNs;
    if (reply.probe) {
        r.host = reply.probe->host;
        r.reportedReceived = reply.probe->received;
        r.reportedLost = reply.probe->lost;
        // The last known: a reply about another stream (no sent TTL) does not wipe the hop count.
        if (reply.probe->ttl >= 0) {
            r.ttl = reply.probe->ttl;
            if (const int hops = hopCount(reply); hops >= 0) {
                r.hops = hops;
            }
        }
    } else {
        r.lastText = payloadPreview(reply.data, false); // escaped where it is shown
    }
    if (reply.roundTripMs >= 0) {
        const double rtt = reply.roundTripMs;
        r.rttMinMs = r.rttCount == 0 ? rtt : std::min(r.rttMinMs, rtt);
        r.rttMaxMs = r.rttCount == 0 ? rtt : std::max(r.rttMaxMs, rtt);
        r.rttAvgMs = (r.rttCount == 0 ? 0 : r.rttAvgMs * double(r.rttCount)) + rtt;
        ++r.rttCount;
        r.rttAvgMs /= double(r.rttCount);
    }
    return index;
}

QJsonObject receiverToJson(const ReceiverReport &r)
{
    QJsonObject o{{QStringLiteral("address"), r.address.toString()},
                  {QStringLiteral("port"), int(r.port)},
                  {QStringLiteral("replies"), qint64(r.replies)}};
    if (!r.host.isEmpty()) {
        o.insert(QStringLiteral("host"), r.host);
        o.insert(QStringLiteral("received"), qint64(r.reportedReceived));
        o.insert(QStringLiteral("lost"), qint64(r.reportedLost));
    }
    insertHops(o, r.hops, r.ttl);
    if (!r.lastText.isEmpty()) {
        o.insert(QStringLiteral("text"), r.lastText);
    }
    if (r.rttCount > 0) {
        o.insert(QStringLiteral("rtt_ms"), QJsonObject{{QStringLiteral("min"), r.rttMinMs},
                                                       {QStringLiteral("avg"), r.rttAvgMs},
                                                       {QStringLiteral("max"), r.rttMaxMs}});
    }
    return o;
}

QJsonObject replyToJson(const ReplyRecord &reply)
{
    QJsonObject o{{QStringLiteral("time"), formatTimeIso(reply.receiveTimeNs)},
                  {QStringLiteral("from"), formatAddressPort(reply.from, reply.fromPort)},
                  {QStringLiteral("size"), qint64(reply.data.size())}};
    if (reply.probe) {
        o.insert(QStringLiteral("host"), reply.probe->host);
        o.insert(QStringLiteral("stream"), qint64(reply.probe->streamId));
        o.insert(QStringLiteral("seq"), qint64(reply.probe->sequence));
        o.insert(QStringLiteral("received"), qint64(reply.probe->received));
        o.insert(QStringLiteral("lost"), qint64(reply.probe->lost));
        insertHops(o, hopCount(reply), reply.probe->ttl);
        if (reply.roundTripMs >= 0) {
            o.insert(QStringLiteral("rtt_ms"), reply.roundTripMs);
        }
    } else if (isPrintableText(reply.data)) {
        o.insert(QStringLiteral("payload"), QString::fromUtf8(reply.data));
    } else {
        o.insert(QStringLiteral("payload_hex"), QString::fromLatin1(reply.data.toHex()));
    }
    return o;
}

QString replyToTextLine(const ReplyRecord &reply)
{
    const QString from = formatAddressPort(reply.from, reply.fromPort);
    if (reply.probe) {
        QString line = ReplyText::tr("reply from %1  host %2  seq %3  received %4  lost %5")
                               .arg(from, payloadPreview(reply.probe->host.toUtf8(), true))
                               .arg(reply.probe->sequence)
                               .arg(reply.probe->received)
                               .arg(reply.probe->lost);
        if (reply.roundTripMs >= 0) {
            line += ReplyText::tr("  rtt %1 ms").arg(reply.roundTripMs, 0, 'f', 3);
        }
        return line + hopsText(hopCount(reply), reply.probe->ttl);
    }
    return ReplyText::tr("reply from %1  %2").arg(from, payloadPreview(reply.data, true));
}

} // namespace mct::core
