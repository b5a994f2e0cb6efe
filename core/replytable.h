// "Who hears me": the receivers that answered a sender, aggregated from their unicast replies.
#pragma once

#include "sender.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>

namespace mct::core {

struct ReceiverReport
{
    QHostAddress address;
    quint16 port = 0; // the port it answers from: two receivers on one host differ by it
    QString host;     // from MCTR replies; empty for plain-text replies
    QString lastText; // the last plain-text reply: its text as sent (hex when not text), not escaped
    quint64 replies = 0;
    quint64 reportedReceived = 0; // what the receiver says it got (MCTR)
    quint64 reportedLost = 0;
    qint64 firstTimeNs = 0;
    qint64 lastTimeNs = 0;
    qint16 ttl = -1; // the TTL / hop limit the receiver last reported, -1 when unknown
    int hops = -1;   // routers between us: sent TTL - received TTL, -1 when unknown
    double rttMinMs = -1;
    double rttAvgMs = -1;
    double rttMaxMs = -1;
    quint64 rttCount = 0;

    // The packets arrive with TTL 1 (0: never left the sender's host): one router more on the way
    // and this receiver would no longer hear them.
    [[nodiscard]] bool atTtlEdge() const { return ttl >= 0 && ttl <= kEdgeTtl; }
    static constexpr int kEdgeTtl = 1;
};

// Routers on the way: the TTL sent minus the TTL received. -1 when either is unknown, or when the
// receiver reports more than was sent (the reply is not about what we sent).
[[nodiscard]] int hopCount(int sentTtl, int receivedTtl);
[[nodiscard]] int hopCount(const ReplyRecord &reply);

class ReplyTable final
{
public:
    // The same host address, an IPv4-mapped IPv6 one included.
    [[nodiscard]] static bool sameAddress(const QHostAddress &a, const QHostAddress &b)
    {
        return a.isEqual(b, QHostAddress::TolerantConversion);
    }
    // Replies from the same receiver: the same address and port.
    [[nodiscard]] static bool sameReceiver(const QHostAddress &a, quint16 aPort, const QHostAddress &b,
                                           quint16 bPort)
    {
        return aPort == bPort && sameAddress(a, b);
    }

    // Returns the index of the receiver the reply counted toward; a newcomer is appended.
    qsizetype add(const ReplyRecord &reply);
    // The receiver's index, -1 when it has not answered yet.
    [[nodiscard]] qsizetype indexOf(const QHostAddress &address, quint16 port) const;
    // How the receiver is named where it is listed: its address, with the port when another
    // receiver in the table answers from the same address (two on one host).
    [[nodiscard]] QString displayAddress(qsizetype index) const;
    [[nodiscard]] const QList<ReceiverReport> &receivers() const { return m_receivers; }
    void clear() { m_receivers.clear(); }

private:
    QList<ReceiverReport> m_receivers;
};

[[nodiscard]] QJsonObject receiverToJson(const ReceiverReport &report);
[[nodiscard]] QJsonObject replyToJson(const ReplyRecord &reply);
[[nodiscard]] QString replyToTextLine(const ReplyRecord &reply);
// "  hops 2 (ttl 3)", "  ttl 3" or nothing: what the text output appends for the TTL.
[[nodiscard]] QString hopsText(int hops, int ttl);

} // namespace mct::core
