// Listens for IGMP and MLD queries on the interfaces where groups are joined.
#include "querierwatch.h"

#include "payload.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>

namespace mct::core {

namespace {

class WatchText final
{
    Q_DECLARE_TR_FUNCTIONS(QuerierWatch)
};

constexpr int kCheckIntervalMs = 500;
constexpr qint64 kNsPerMs = 1'000'000;

} // namespace

QuerierWatch::QuerierWatch(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &QuerierWatch::checkTimeouts);
}

QuerierWatch::~QuerierWatch()
{
    // The notifiers go before the sockets they watch are closed.
    for (QSocketNotifier *notifier : m_notifiers) {
        delete notifier;
    }
}

void QuerierWatch::setTimeoutMs(qint64 timeoutMs)
{
    m_timeoutNs = timeoutMs * kNsPerMs;
}

namespace {

// The querier of an interface and family in a list, nullptr when it has none.
QuerierInfo *findIn(QList<QuerierInfo> &list, int interfaceIndex, bool ipv6)
{
    const auto it = std::find_if(list.begin(), list.end(), [&](const QuerierInfo &q) {
        return q.interfaceIndex == interfaceIndex && q.ipv6 == ipv6;
    });
    return it == list.end() ? nullptr : &*it;
}

} // namespace

QuerierInfo *QuerierWatch::entry(int interfaceIndex, bool ipv6)
{
    return findIn(m_entries, interfaceIndex, ipv6);
}

const QuerierInfo *QuerierWatch::find(int interfaceIndex, bool ipv6) const
{
    return const_cast<QuerierWatch *>(this)->entry(interfaceIndex, ipv6);
}

QList<QuerierInfo> QuerierWatch::queriers() const
{
    return m_entries;
}

void QuerierWatch::setInterfaces(const QList<Interface> &interfaces)
{
    QList<QuerierInfo> kept;
    for (const Interface &i : interfaces) {
        if (i.index <= 0) {
            continue;
        }
        if (QuerierInfo *same = findIn(kept, i.index, i.ipv6)) {
            same->sourceSpecificJoins = same->sourceSpecificJoins || i.sourceSpecific; // another group
            continue;
        }
        open(i.ipv6);
        QuerierInfo info;
        if (const QuerierInfo *known = entry(i.index, i.ipv6)) {
            info = *known;
        } else {
            info.interfaceIndex = i.index;
            info.ipv6 = i.ipv6;
            info.watchingSinceNs = wallClockNs();
        }
        info.interfaceName = i.name;
        info.sourceSpecificJoins = i.sourceSpecific;
        kept.append(info);
    }
    std::swap(m_entries, kept);
    for (const QuerierInfo &info : std::as_const(m_entries)) {
        const QuerierInfo *before = findIn(kept, info.interfaceIndex, info.ipv6);
        // A source-specific join made where an old querier already speaks: say so now.
        if (info.sourceSpecificJoins && info.oldVersion()
            && (before == nullptr || !before->sourceSpecificJoins)) {
            Q_EMIT changed(info);
        }
    }
    if (m_entries.isEmpty()) {
        m_timer->stop();
    } else {
        m_timer->start();
    }
}

void QuerierWatch::open(bool ipv6)
{
    const size_t family = ipv6 ? 1 : 0;
    if (m_tried[family]) {
        return;
    }
    m_tried[family] = true;
    auto opened = QuerierSocket::open(ipv6);
    if (!opened) {
        Q_EMIT unavailable(WatchText::tr("%1; receiving goes on without it").arg(opened.error()));
        return;
    }
    m_sockets[family] = std::move(opened.value());
    auto *notifier = new QSocketNotifier(m_sockets[family]->descriptor(), QSocketNotifier::Read, this);
    m_notifiers[family] = notifier;
    connect(notifier, &QSocketNotifier::activated, this, [this, family] {
        for (const QuerierSocket::Heard &heard : m_sockets[family]->read()) {
            onQuery(heard.interfaceIndex, heard.from, heard.query);
        }
    });
}

void QuerierWatch::onQuery(int interfaceIndex, const QHostAddress &from, const MembershipQuery &query)
{
    QuerierInfo *e = entry(interfaceIndex, query.ipv6);
    if (e == nullptr) {
        return; // an interface without a joined group
    }
    if (e->hear(from, query, wallClockNs())) {
        Q_EMIT changed(*e);
    }
}

void QuerierWatch::checkTimeouts()
{
    const qint64 now = wallClockNs();
    for (QuerierInfo &info : m_entries) {
        if (info.state == QuerierInfo::State::None) {
            continue;
        }
        // A querier that announced a longer interval is given that long, plus the time to answer.
        qint64 timeout = m_timeoutNs;
        if (info.state == QuerierInfo::State::Heard && info.intervalS > 0) {
            timeout = std::max(timeout, (qint64(info.intervalS) + 10) * 1'000'000'000);
        }
        const qint64 since = info.lastQueryNs > 0 ? info.lastQueryNs : info.watchingSinceNs;
        if (now - since >= timeout) {
            info.state = QuerierInfo::State::None;
            Q_EMIT changed(info);
        }
    }
}

} // namespace mct::core
