// Multicast group:port endpoints: parsing, validation and advice on reserved ranges.
#include "endpoint.h"

#include "interfaces.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mct::core {

namespace {

// Gives this file's free functions a translation context.
class EndpointText final
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)
};

// QHostAddress also takes inet_aton's shorthand ("239.1:5000" is 239.0.0.1, "010" is octal);
// a typo must not silently become another group, so IPv4 must be four plain decimal octets.
bool isStrictAddressText(const QString &text)
{
    if (text.contains(u':')) {
        return true; // IPv6: QHostAddress's parser is strict already
    }
    static const QRegularExpression dottedQuad(
            QStringLiteral("^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-"
                           "9]|[1-9]?[0-9])){3}$"));
    return dottedQuad.match(text).hasMatch();
}

} // namespace

QString formatAddressPort(const QHostAddress &address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    }
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

QString Endpoint::toString() const
{
    return formatAddressPort(group, port);
}

Result<QHostAddress> parseAddress(const QString &text, const QString &field)
{
    QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'[') && trimmed.endsWith(u']')) {
        trimmed = trimmed.mid(1, trimmed.size() - 2);
    }
    QHostAddress address;
    if (trimmed.isEmpty() || !isStrictAddressText(trimmed) || !address.setAddress(trimmed)) {
        return Result<QHostAddress>::failure(
                EndpointText::tr("%1: \"%2\" is not an IP address; expected e.g. 192.0.2.10 or 2001:db8::10")
                        .arg(field, text));
    }
    return Result<QHostAddress>::success(address);
}

Result<Endpoint> parseEndpoint(const QString &text)
{
    using R = Result<Endpoint>;
    const QString field = EndpointText::tr("group:port");
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return R::failure(
                EndpointText::tr("%1 is empty; expected e.g. 239.1.2.3:5000 or [ff15::1]:5000").arg(field));
    }

    QString host;
    QString portText;
    if (trimmed.startsWith(u'[')) {
        const qsizetype close = trimmed.indexOf(u']');
        if (close < 0) {
            return R::failure(
                    EndpointText::tr(
                            "%1 \"%2\": missing \"]\" after the IPv6 address; expected e.g. [ff15::1]:5000")
                            .arg(field, text));
        }
        host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.startsWith(u':') || rest.size() == 1) {
            return R::failure(EndpointText::tr("%1 \"%2\": missing port; expected e.g. [ff15::1]:5000")
                                      .arg(field, text));
        }
        portText = rest.mid(1);
    } else {
        const qsizetype colon = trimmed.lastIndexOf(u':');
        if (colon < 0 || colon == trimmed.size() - 1) {
            return R::failure(EndpointText::tr("%1 \"%2\": missing port; expected e.g. 239.1.2.3:5000")
                                      .arg(field, text));
        }
        host = trimmed.left(colon);
        if (host.contains(u':')) {
            return R::failure(
                    EndpointText::tr("%1 \"%2\": put IPv6 addresses in brackets, e.g. [ff15::1]:5000")
                            .arg(field, text));
        }
        portText = trimmed.mid(colon + 1);
    }

    QHostAddress group;
    if (host.isEmpty() || !isStrictAddressText(host) || !group.setAddress(host)) {
        return R::failure(
                EndpointText::tr("%1 \"%2\": \"%3\" is not an IP address; expected e.g. 239.1.2.3:5000")
                        .arg(field, text, host));
    }
    if (!group.isMulticast()) {
        return R::failure(
                EndpointText::tr("%1 \"%2\": %3 is not a multicast address; use 224.0.0.0/4 (239.0.0.0/8 "
                                 "for tests) or ff00::/8 (e.g. ff15::1)")
                        .arg(field, text, group.toString()));
    }

    bool numeric = false;
    const uint port = portText.toUInt(&numeric);
    if (!numeric || port < 1 || port > 65535) {
        return R::failure(
                EndpointText::tr("%1 \"%2\": port \"%3\" is not valid; use a number from 1 to 65535")
                        .arg(field, text, portText));
    }
    // The interface is chosen apart from the group; a zone taken silently would mislead when it
    // differs from that choice, so it is refused, naming the way to choose it.
    if (!group.scopeId().isEmpty()) {
        // A numeric zone is an interface index; -i takes the name.
        bool index = false;
        const int zoneIndex = group.scopeId().toInt(&index);
        const QString named = index ? interfaceNameForIndex(zoneIndex) : QString();
        const QString zoneInterface = named.isEmpty() ? group.scopeId() : named;
        return R::failure(EndpointText::tr("%1 \"%2\": a zone (\"%%3\") is not taken in the group; choose "
                                           "the interface apart (-i %4 on the command line, the interface "
                                           "list in the window) and write [%5]:%6")
                                  .arg(field, text, group.scopeId(), zoneInterface,
                                       QHostAddress(group.toIPv6Address()).toString(),
                                       QString::number(port)));
    }

    return R::success(Endpoint{group, static_cast<quint16>(port)});
}

QString groupAdvice(const QHostAddress &group)
{
    if (group.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 a = group.toIPv4Address();
        if (a == 0xE0000001U) {
            return EndpointText::tr(
                    "224.0.0.1 is reserved for all-hosts: every host on the link receives it; "
                    "use 239.0.0.0/8 for tests");
        }
        if ((a & 0xFFFFFF00U) == 0xE0000000U) {
            return EndpointText::
                    tr("%1 is in 224.0.0.0/24, reserved for link-local protocols (routers never forward it "
                       "and TTL is ignored); use 239.0.0.0/8 for tests")
                            .arg(group.toString());
        }
        if ((a & 0xFF000000U) == 0xE0000000U || (a & 0xFF000000U) == 0xE9000000U) {
            return EndpointText::tr("%1 lies in a range assigned to Internet protocols (224/8, 233/8); "
                                    "use 239.0.0.0/8 for tests")
                    .arg(group.toString());
        }
        return {};
    }
    const Q_IPV6ADDR a = group.toIPv6Address();
    const int scope = a[1] & 0x0F;
    if (scope == 1) {
        return EndpointText::tr("%1 has interface-local scope (ff01::/16): it never leaves this host; "
                                "use e.g. ff15::1 for tests")
                .arg(group.toString());
    }
    if (scope == 2) {
        return EndpointText::tr(
                       "%1 has link-local scope (ff02::/16): routers never forward it and it is used by "
                       "neighbour discovery and other link protocols; use e.g. ff15::1 for tests")
                .arg(group.toString());
    }
    return {};
}

bool isSourceSpecificGroup(const QHostAddress &group)
{
    if (group.protocol() == QAbstractSocket::IPv4Protocol) {
        return (group.toIPv4Address() & 0xFF000000U) == 0xE8000000U;
    }
    const Q_IPV6ADDR a = group.toIPv6Address();
    return a[0] == 0xFF && (a[1] & 0xF0) == 0x30 && a[2] == 0 && a[3] == 0;
}

} // namespace mct::core
