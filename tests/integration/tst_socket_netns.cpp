// MulticastSocket in a private network namespace (loopback multicast): every payload arrives
// byte for byte, whichever way drain() reads it (copied out of its own buffer, or straight into
// the batch with the part beyond the slot spilled and joined), and the records say who sent it.
#include "multicastsocket.h"
#include "privatenet.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using mct::core::Membership;
using mct::core::MulticastSocket;
using mct::core::PacketBatch;

namespace {

constexpr quint16 kPort = 5600;
const QHostAddress kGroup(u"239.8.8.8"_s);

// A payload whose every byte depends on its datagram's number and position, so a byte from the
// wrong datagram or the wrong place cannot go unnoticed.
QByteArray payloadFor(int number, int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        data[i] = char((number * 131 + i * 7 + i / 251) & 0xFF);
    }
    return data;
}

} // namespace

class TestSocketNetns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void drain_alikeThenMixedSizes_everyPayloadExact_data();
    void drain_alikeThenMixedSizes_everyPayloadExact();
    void join_secondInterfaceWhileQueued_everyRecordNamesItsInterface();
    void setAskIpHeader_offThenOn_ttlAndTosUnknownThenKnown();
    void join_sourceFilter_nativeJoinsPortableRefusesNamingWhy();

private:
    // Sends datagrams of these sizes, numbered from `first`, to the group over loopback.
    void send(const QList<int> &sizes, int first);
    // The same out of mctpeer, so that they come in on its veth peer mctsecond.
    void sendThroughPeer(const QList<int> &sizes, int first);
    // Reads until `count` records are in the batch (the datagrams are queued by then).
    void readAll(PacketBatch &batch, qsizetype count, quint32 snapLength, int perCall);

    std::unique_ptr<MulticastSocket> m_socket;
    int m_loopback = 0; // lo's interface index
    int m_sender = -1;
};

void TestSocketNetns::initTestCase()
{
    MCT_SKIP_WITHOUT_PRIVATE_NETWORK();
    QString error;
    if (!mct::test::setUpLoopbackMulticast(&error)) {
        MCT_SKIP_OR_FAIL_IN_CI(u"cannot set up loopback multicast in the namespace: "_s + error);
    }
}

void TestSocketNetns::init()
{
    auto opened = MulticastSocket::open(kGroup, kPort, 16 * 1024 * 1024);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
    m_socket = std::move(opened.value());
    m_loopback = int(::if_nametoindex("lo"));
    QVERIFY(m_loopback > 0);
    const auto joined = m_socket->join(Membership{kGroup, m_loopback, {}, {}});
    QVERIFY2(joined, qPrintable(joined ? QString() : joined.error()));
    m_sender = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    QVERIFY(m_sender >= 0);
    in_addr loopback{htonl(INADDR_LOOPBACK)};
    QCOMPARE(::setsockopt(m_sender, IPPROTO_IP, IP_MULTICAST_IF, &loopback, sizeof loopback), 0);
    int sendBuffer = 16 * 1024 * 1024;
    ::setsockopt(m_sender, SOL_SOCKET, SO_SNDBUFFORCE, &sendBuffer, sizeof sendBuffer);
}

void TestSocketNetns::cleanup()
{
    m_socket.reset();
    if (m_sender >= 0) {
        ::close(m_sender);
        m_sender = -1;
    }
}

void TestSocketNetns::send(const QList<int> &sizes, int first)
{
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(kPort);
    to.sin_addr.s_addr = htonl(kGroup.toIPv4Address());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const QByteArray data = payloadFor(first + int(i), sizes.at(i));
        const ssize_t sent = ::sendto(m_sender, data.constData(), size_t(data.size()), 0,
                                      reinterpret_cast<const sockaddr *>(&to), sizeof to);
        QVERIFY2(sent == data.size(), qPrintable(u"sendto of %1 bytes: %2"_s.arg(data.size()).arg(sent)));
    }
}

void TestSocketNetns::readAll(PacketBatch &batch, qsizetype count, quint32 snapLength, int perCall)
{
    while (batch.records.size() < count) {
        // Loopback delivers in a softirq, which a busy machine may defer to ksoftirqd: wait for it.
        QVERIFY2(m_socket->waitForReadable(5000),
                 qPrintable(u"nothing to read after 5 s with %1 of %2 read"_s.arg(batch.records.size())
                                    .arg(count)));
        const int n = m_socket->drain(batch, perCall, snapLength);
        QVERIFY2(n > 0, qPrintable(u"drain returned %1 with %2 of %3 read: %4"_s.arg(n)
                                           .arg(batch.records.size())
                                           .arg(count)
                                           .arg(m_socket->errorString())));
    }
    QCOMPARE(batch.records.size(), count);
}

void TestSocketNetns::drain_alikeThenMixedSizes_everyPayloadExact_data()
{
    QTest::addColumn<quint32>("snapLength");
    QTest::addColumn<int>("perCall");
    // A warm-up of alike 1316-byte datagrams makes drain() read the next ones straight into the
    // batch; what follows mixes larger (spilled past the slot), smaller, empty and maximum ones.
    QTest::newRow("full payloads, 64 per call") << quint32(65535) << 64;
    QTest::newRow("full payloads, 5 per call") << quint32(65535) << 5;
    QTest::newRow("snap length 100 (always copied)") << quint32(100) << 64;
}

void TestSocketNetns::drain_alikeThenMixedSizes_everyPayloadExact()
{
    QFETCH(quint32, snapLength);
    QFETCH(int, perCall);
    const QList<int> warmUp(8, 1316);
    QList<int> mixed;
    for (int i = 0; i < 12; ++i) {
        mixed.append(1316);
    }
    mixed += {1400, 1300, 60000, 1316, 0, 64, 1316, 1344, 1345, 65507, 700, 1316, 9000, 1316};
    for (int i = 0; i < 40; ++i) {
        mixed.append(1200 + i);
    }
    const QList<int> sizes = warmUp + mixed;

    PacketBatch batch;
    send(warmUp, 0);
    readAll(batch, warmUp.size(), snapLength, perCall);
    send(mixed, int(warmUp.size()));
    readAll(batch, sizes.size(), snapLength, perCall);

    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const auto &r = batch.records.at(i);
        const QByteArray expected = payloadFor(int(i), sizes.at(i)).left(qsizetype(snapLength));
        QCOMPARE(r.size, quint32(sizes.at(i)));
        QCOMPARE(r.storedLength, quint32(expected.size()));
        QVERIFY2(batch.payload(r) == expected,
                 qPrintable(u"payload of datagram %1 (%2 bytes) differs"_s.arg(i).arg(sizes.at(i))));
        QCOMPARE(r.group.toHostAddress(), kGroup);
        QCOMPARE(r.source.toHostAddress(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(r.port, kPort);
        QCOMPARE(r.interfaceIndex, m_loopback);
        QCOMPARE(r.ttl, qint16(1));
        QVERIFY(r.receiveTimeNs > 0);
    }
    // Slots leave gaps (1316-byte datagrams in 1344-byte slots: so they were used when payloads are
    // kept whole), at most the size of a slot per datagram: the arena stays near the payloads.
    qint64 payloadBytes = 0;
    for (const auto &r : std::as_const(batch.records)) {
        payloadBytes += r.storedLength;
    }
    const QString what = u"arena %1 bytes for %2 payload bytes"_s.arg(batch.arena.size()).arg(payloadBytes);
    QVERIFY2(batch.arena.size() <= payloadBytes * 2, qPrintable(what));
    if (snapLength >= 65535 && MulticastSocket::isNative()) { // the portable path has no slots
        QVERIFY2(batch.arena.size() > payloadBytes, qPrintable(what));
    } else {
        QVERIFY2(batch.arena.size() == payloadBytes, qPrintable(what));
    }
}

void TestSocketNetns::join_secondInterfaceWhileQueued_everyRecordNamesItsInterface()
{
    // Joined on lo alone, the socket does not ask the kernel where each datagram came in. A second
    // interface makes it ask; datagrams queued before carry no answer and must still name lo, and
    // those that come in on the second interface must name it, not lo or the first one joined.
    QString error;
    if (!mct::test::runIp({u"link"_s, u"add"_s, u"mctsecond"_s, u"type"_s, u"veth"_s, u"peer"_s, u"name"_s,
                           u"mctpeer"_s},
                          &error)
        || !mct::test::runIp({u"link"_s, u"set"_s, u"mctsecond"_s, u"up"_s}, &error)
        || !mct::test::runIp({u"link"_s, u"set"_s, u"mctpeer"_s, u"up"_s}, &error)
        // IPv4 addresses too: the portable path (QUdpSocket) joins on an interface by its address,
        // and the peer sends from its own.
        || !mct::test::runIp({u"addr"_s, u"add"_s, u"10.98.0.1/24"_s, u"dev"_s, u"mctsecond"_s}, &error)
        || !mct::test::runIp({u"addr"_s, u"add"_s, u"10.98.0.2/24"_s, u"dev"_s, u"mctpeer"_s}, &error)) {
        MCT_SKIP_OR_FAIL_IN_CI(u"cannot make a second interface: "_s + error);
    }
    const int second = int(::if_nametoindex("mctsecond"));
    QVERIFY(second > 0 && second != m_loopback);
    // The peer's address is this host's own (one namespace), which the kernel refuses as a source
    // arriving from outside unless told to accept it.
    QFile acceptLocal(u"/proc/sys/net/ipv4/conf/mctsecond/accept_local"_s);
    QVERIFY2(acceptLocal.open(QIODevice::WriteOnly) && acceptLocal.write("1") == 1,
             qPrintable(acceptLocal.errorString()));
    acceptLocal.close();
    // The portable path (QUdpSocket) always reads each datagram's interface.
    QCOMPARE(m_socket->asksPacketInfo(), !MulticastSocket::isNative());
    send({100, 100, 100}, 0);
    const auto joined = m_socket->join(Membership{kGroup, second, {}, {}});
    QVERIFY2(joined, qPrintable(joined ? QString() : joined.error()));
    QVERIFY(m_socket->asksPacketInfo());
    send({100, 100}, 3);
    sendThroughPeer({100, 100}, 5); // out of mctpeer: in on mctsecond
    PacketBatch batch;
    readAll(batch, 7, 65535, 64);
    QList<int> interfaceOf(7, -1); // by datagram number, whatever order they were read in
    for (const auto &r : std::as_const(batch.records)) {
        QCOMPARE(r.group.toHostAddress(), kGroup);
        for (int number = 0; number < 7; ++number) {
            if (batch.payload(r) == payloadFor(number, 100)) {
                interfaceOf[number] = r.interfaceIndex;
            }
        }
    }
    const QList<int> expected{m_loopback, m_loopback, m_loopback, m_loopback, m_loopback, second, second};
    QCOMPARE(interfaceOf, expected);
    QVERIFY(mct::test::runIp({u"link"_s, u"del"_s, u"mctsecond"_s}));
}

void TestSocketNetns::sendThroughPeer(const QList<int> &sizes, int first)
{
    // A sender of its own out of mctpeer, not looping its datagrams back to this host's sockets.
    const int peer = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    QVERIFY(peer >= 0);
    ip_mreqn out{};
    out.imr_ifindex = int(::if_nametoindex("mctpeer"));
    const int noLoop = 0;
    const bool ready = ::setsockopt(peer, IPPROTO_IP, IP_MULTICAST_IF, &out, sizeof out) == 0
                       && ::setsockopt(peer, IPPROTO_IP, IP_MULTICAST_LOOP, &noLoop, sizeof noLoop) == 0;
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(kPort);
    to.sin_addr.s_addr = htonl(kGroup.toIPv4Address());
    qsizetype sent = 0;
    for (qsizetype i = 0; ready && i < sizes.size(); ++i) {
        const QByteArray data = payloadFor(first + int(i), sizes.at(i));
        sent += ::sendto(peer, data.constData(), size_t(data.size()), 0,
                         reinterpret_cast<const sockaddr *>(&to), sizeof to)
                                == data.size()
                        ? 1
                        : 0;
    }
    ::close(peer);
    QVERIFY2(ready && sent == sizes.size(),
             qPrintable(u"sent %1 of %2 out of mctpeer"_s.arg(sent).arg(sizes.size())));
}

void TestSocketNetns::setAskIpHeader_offThenOn_ttlAndTosUnknownThenKnown()
{
    // A receiver that shows no TTL or DSCP stops asking (it costs receive rate): those datagrams say
    // "unknown", never a made-up value; asking again gives the TTL and TOS of the next ones.
    if (!MulticastSocket::isNative()) {
        QSKIP("the portable receive path (QUdpSocket) reads every datagram's TTL and never its TOS");
    }
    constexpr int kTos = 46 << 2 | 0x1; // DSCP EF, ECN ECT(1)
    QCOMPARE(::setsockopt(m_sender, IPPROTO_IP, IP_TOS, &kTos, sizeof kTos), 0);
    QVERIFY(m_socket->asksIpHeader());
    m_socket->setAskIpHeader(false);
    QVERIFY(!m_socket->asksIpHeader());
    send({64, 64}, 0);
    PacketBatch batch;
    readAll(batch, 2, 65535, 64);
    m_socket->setAskIpHeader(true);
    send({64}, 2);
    readAll(batch, 3, 65535, 64);
    for (const int unasked : {0, 1}) {
        QCOMPARE(batch.records.at(unasked).ttl, qint16(-1));
        QCOMPARE(batch.records.at(unasked).tos, qint16(-1));
        QCOMPARE(batch.records.at(unasked).dscp(), -1);
    }
    QCOMPARE(batch.records.at(2).ttl, qint16(1));
    QCOMPARE(batch.records.at(2).tos, qint16(kTos));
    QCOMPARE(batch.records.at(2).dscp(), 46);
    QCOMPARE(batch.records.at(2).ecn(), 1);
    QVERIFY(batch.records.at(0).receiveTimeNs > 0); // the timestamp is still asked for
}

void TestSocketNetns::join_sourceFilter_nativeJoinsPortableRefusesNamingWhy()
{
    // A source filter the portable path cannot apply is refused with the reason, never ignored (a
    // receiver would then show every source's datagrams as if they were the chosen one's).
    const Membership ssm{
            QHostAddress(u"232.1.1.7"_s), m_loopback, {QHostAddress(QHostAddress::LocalHost)}, {}};
    const auto joined = m_socket->join(ssm);
    if (MulticastSocket::isNative()) {
        QVERIFY2(joined, qPrintable(joined.error()));
        QVERIFY(m_socket->leave(ssm));
    } else {
        QVERIFY(!joined);
        QVERIFY2(joined.error().contains(u"232.1.1.7"_s) && joined.error().contains(u"source filters"_s),
                 qPrintable(joined.error()));
    }
}

MCT_TEST_MAIN_IN_PRIVATE_NETWORK(TestSocketNetns, QCoreApplication)

#include "tst_socket_netns.moc"
