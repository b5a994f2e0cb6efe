// The doctor's `querier` check: is an IGMP/MLD querier heard on the interfaces checked?
#include "doctorquerier.h"

#include "payload.h"

#include <QCoreApplication>

#include <algorithm>

#include <poll.h>

namespace mct::core {

namespace {

class QuerierCheckText final
{
    Q_DECLARE_TR_FUNCTIONS(Doctor)
};

} // namespace

QuerierCheck::QuerierCheck(bool ipv6)
    : m_ipv6(ipv6)
{
    auto opened = QuerierSocket::open(ipv6);
    if (opened) {
        m_socket = std::move(opened.value());
    } else {
        m_error = opened.error();
    }
}

DoctorCheck QuerierCheck::run(const DoctorOptions &o, const QList<InterfaceInfo> &interfaces,
                              const QDeadlineTimer &deadline)
{
    const auto check = [](CheckStatus status, const QString &summary, const QString &fix = {}) {
        return DoctorCheck{QStringLiteral("querier"), status, summary, fix};
    };
    const bool window = o.audience == DoctorOptions::Audience::Window;
    if (!m_socket) {
        return check(CheckStatus::Warn, m_error,
                     window ? QuerierCheckText::tr("start the program as root to check the querier")
                            : QuerierCheckText::tr("run the doctor as root (sudo) to check the querier"));
    }
    // The interfaces the group would be joined on; none known (the route's): any interface counts.
    QList<QuerierInfo> found;
    for (const InterfaceInfo &i : interfaces) {
        QuerierInfo info;
        info.interfaceIndex = i.index;
        info.interfaceName = i.name;
        info.ipv6 = m_ipv6;
        info.sourceSpecificJoins = !o.sources.isEmpty();
        found.append(info);
    }
    // Joined on one interface (-i), that one needs a querier; joined on every one, the group's
    // traffic comes in where a querier keeps the switches forwarding it: one heard is enough.
    const bool oneNamed = !o.interfaceName.isEmpty();
    const auto enoughHeard = [&found, oneNamed] {
        const auto heard = [](const QuerierInfo &q) { return q.state == QuerierInfo::State::Heard; };
        return oneNamed ? std::all_of(found.cbegin(), found.cend(), heard)
                        : std::any_of(found.cbegin(), found.cend(), heard);
    };
    while (!found.isEmpty() && !enoughHeard()) {
        for (const QuerierSocket::Heard &heard : m_socket->read()) {
            for (QuerierInfo &q : found) {
                if (q.interfaceIndex == heard.interfaceIndex) {
                    (void)q.hear(heard.from, heard.query, wallClockNs());
                }
            }
        }
        if (enoughHeard() || deadline.hasExpired()) {
            break;
        }
        pollfd waiting{m_socket->descriptor(), POLLIN, 0};
        (void)::poll(&waiting, 1, int(std::max<qint64>(1, deadline.remainingTime())));
    }

    const QString protocol = m_ipv6 ? QStringLiteral("MLD") : QStringLiteral("IGMP");
    QStringList heardText;
    QStringList silent;
    QStringList fallbacks;
    for (const QuerierInfo &q : std::as_const(found)) {
        if (q.state != QuerierInfo::State::Heard) {
            silent.append(q.interfaceName);
            continue;
        }
        QString text = QuerierCheckText::tr("%1 on %2 (%3")
                               .arg(q.address.toString(), q.interfaceName, q.protocolName());
        if (q.intervalS >= 0) {
            text += QuerierCheckText::tr(", every %1 s").arg(q.intervalS);
        }
        heardText.append(text + u')');
        if (const QString fallback = querierFallbackWarning(q); !fallback.isEmpty()) {
            fallbacks.append(fallback);
        }
    }
    const double waitedS = double(o.querierListenMs) / 1000.0;
    if (found.isEmpty()) {
        return check(CheckStatus::Warn,
                     QuerierCheckText::tr("no interface to listen for %1 queries on").arg(protocol));
    }
    if (!silent.isEmpty() && (oneNamed || heardText.isEmpty())) {
        QuerierInfo none = found.constFirst();
        none.state = QuerierInfo::State::None;
        const QString longer =
                window ? QuerierCheckText::tr("queriers ask every 125 s by default, so a short wait can miss "
                                              "one: the joined group's querier column keeps listening")
                       : QuerierCheckText::tr("queriers ask every 125 s by default, so a short wait can miss "
                                              "one: listen a whole interval with --querier-timeout 130");
        return check(CheckStatus::Warn,
                     QuerierCheckText::tr("no %1 query heard on %2 within %3 s")
                             .arg(protocol, silent.join(QStringLiteral(", ")))
                             .arg(waitedS),
                     querierAdvice(none) + QStringLiteral("; ") + longer);
    }
    if (!fallbacks.isEmpty()) {
        return check(CheckStatus::Warn,
                     QuerierCheckText::tr("%1 querier heard: %2")
                             .arg(protocol, heardText.join(QStringLiteral(", "))),
                     fallbacks.join(QStringLiteral("; ")));
    }
    return check(
            CheckStatus::Pass,
            QuerierCheckText::tr("%1 querier heard: %2").arg(protocol, heardText.join(QStringLiteral(", "))));
}

} // namespace mct::core
