// The OS's words for an errno value, shared by both receive paths, the sender and the doctor.
#include "interfaces.h"
#include "multicastsocket.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace mct::core {

namespace {

class SocketText final
{
    Q_DECLARE_TR_FUNCTIONS(MulticastSocket)
};

QString hintFor(int error, bool join, bool ipv6, Audience audience)
{
    switch (error) {
    case ENODEV:
        if (!join) {
            return SocketText::tr("the interface is gone");
        }
        return forAudience(
                       audience,
                       SocketText::tr("no interface to join on: there is no multicast route for the group; "
                                      "choose an interface in the Interface list or add a route, e.g. %1"),
                       SocketText::tr("no interface to join on: there is no multicast route for the group; "
                                      "choose an interface (-i) or add a route, e.g. %1"))
                .arg(multicastRouteCommand(ipv6));
    case EADDRINUSE:
        return join ? SocketText::tr("this socket has already joined the group on that interface")
                    : SocketText::tr(
                            "another program holds the port exclusively; stop it or pick another port");
    case ENOBUFS:
        return SocketText::tr("the kernel refused more memberships; raise net.ipv4.igmp_max_memberships "
                              "(or igmp_max_msf for source filters) or leave some groups");
    case EACCES:
    case EPERM:
        return SocketText::tr(
                "permission denied; ports below 1024 need privileges, and a firewall may refuse");
    case EINVAL:
        return SocketText::tr(
                "the kernel refused the request; check that the source suits the group's family");
    case EADDRNOTAVAIL:
        return join ? SocketText::tr("the group was not joined on that interface")
                    : SocketText::tr("the address is not available on this host");
    default:
        return {};
    }
}

} // namespace

QString socketErrorText(int error, bool join, bool ipv6, Audience audience)
{
    const QString hint = hintFor(error, join, ipv6, audience);
    return hint.isEmpty() ? osErrorText(error) : SocketText::tr("%1: %2").arg(osErrorText(error), hint);
}

QString osErrorText(int error)
{
#ifdef __GLIBC__
    const char *name = strerrorname_np(error);
#else
    const char *name = nullptr;
#endif
    return QStringLiteral("%1 (%2)").arg(QString::fromLocal8Bit(std::strerror(error)),
                                         name ? QString::fromLatin1(name) : QString::number(error));
}

} // namespace mct::core
