// The doctor's `route` check, graded by how the group is joined (judgeRoute in doctor.h), and the fix
// for a missing route.
#include "doctorroute.h"

#include "interfaces.h"
#include "multicastsocket.h"

#include <QCoreApplication>

namespace mct::core {

namespace {

class RouteText final
{
    Q_DECLARE_TR_FUNCTIONS(Doctor)
};

DoctorCheck routeCheck(CheckStatus status, const QString &summary, const QString &fix = {})
{
    return DoctorCheck{QStringLiteral("route"), status, summary, fix};
}

} // namespace

QString routeFix(const DoctorOptions &o)
{
    return forAudience(o.audience,
                       RouteText::tr("choose the interface in the Interface list, or add a route: %1"),
                       RouteText::tr("choose the interface with -i, or add a route: %1"))
            .arg(multicastRouteCommand(o.endpoint.isIPv6()));
}

DoctorCheck judgeRoute(const DoctorOptions &o, int routeError, const QString &routeDevice,
                       const QStringList &joinedOn)
{
    const QString group = o.endpoint.group.toString();
    if (routeError != 0 && !o.interfaceName.isEmpty()) {
        return routeCheck(
                CheckStatus::Warn, RouteText::tr("no route for %1: %2").arg(group, osErrorText(routeError)),
                forAudience(o.audience,
                            RouteText::tr("receiving on %1 works without a route; choose %1 as the "
                                          "sender's interface too"),
                            RouteText::tr("receiving on -i %1 works without a route; senders need -i too"))
                        .arg(o.interfaceName));
    }
    if (routeError != 0 && !joinedOn.isEmpty()) {
        // Joined on every multicast-capable interface, by name: the kernel needs no route to receive.
        return routeCheck(
                CheckStatus::Pass,
                forAudience(o.audience,
                            RouteText::tr("no route for %1, and receiving needs none: on All multicast "
                                          "interfaces the group is joined on each one (%2); a sender on "
                                          "this host needs its interface chosen, or a route"),
                            RouteText::tr("no route for %1, and receiving needs none: without -i the group "
                                          "is joined on each multicast-capable interface (%2); a sender "
                                          "on this host needs -i, or a route"))
                        .arg(group, joinedOn.join(QStringLiteral(", "))));
    }
    if (routeError != 0) {
        return routeCheck(CheckStatus::Fail,
                          RouteText::tr("no route for %1: %2").arg(group, osErrorText(routeError)),
                          routeFix(o));
    }
    if (!o.interfaceName.isEmpty() && !routeDevice.isEmpty() && routeDevice != o.interfaceName) {
        return routeCheck(CheckStatus::Warn,
                          RouteText::tr("the route for %1 leads out of %2, not %3")
                                  .arg(group, routeDevice, o.interfaceName),
                          forAudience(o.audience,
                                      RouteText::tr("senders on this host must choose %1 as their "
                                                    "interface to use it"),
                                      RouteText::tr("senders on this host must pass -i %1 to use that "
                                                    "interface"))
                                  .arg(o.interfaceName));
    }
    return routeCheck(CheckStatus::Pass,
                      routeDevice.isEmpty()
                              ? RouteText::tr("the kernel has a route for %1").arg(group)
                              : RouteText::tr("the route for %1 leads out of %2").arg(group, routeDevice));
}

} // namespace mct::core
